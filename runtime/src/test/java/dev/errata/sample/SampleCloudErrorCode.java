package dev.errata.sample;

import dev.errata.CodeIndex;
import dev.errata.ErrorCode;
import dev.errata.ErrorKind;
import dev.errata.Placeholders;
import java.util.Optional;

/** A hand-written stand-in for a generated {@code <Provider>ErrorCode} enum. */
public enum SampleCloudErrorCode implements ErrorCode {
  CBC_5003("CBC.5003", 200, "Insufficient balance.", "余额不足。", ErrorKind.INSUFFICIENT_FUNDS),
  CODE_201042("201042", 0, "续费失败，余额不足", "请充值", ErrorKind.INSUFFICIENT_FUNDS),
  ECS_0005(
      "Ecs.0005",
      400,
      "Invalid parameter values. Contact customer service.",
      "参数非法",
      ErrorKind.INVALID_ARGUMENT),
  INVALID_PARAMETER(
      "InvalidParameter.%s",
      400, "The specified parameter %s is not valid.", "", ErrorKind.INVALID_ARGUMENT);

  private final String code;
  private final int httpStatus;
  private final String message;
  private final String solution;
  private final ErrorKind kind;

  SampleCloudErrorCode(
      String code, int httpStatus, String message, String solution, ErrorKind kind) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.message = message;
    this.solution = solution;
    this.kind = kind;
  }

  private static final class Index {
    static final CodeIndex<SampleCloudErrorCode> CODES = CodeIndex.of(values());
  }

  /**
   * Resolves an exact code, a code a pattern such as {@code InvalidParameter.%s} stands for, or
   * either in any case.
   */
  public static Optional<SampleCloudErrorCode> fromCode(String code) {
    return Optional.ofNullable(Index.CODES.find(code));
  }

  @Override
  public String provider() {
    return "sample-cloud";
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String message() {
    return message;
  }

  @Override
  public String description() {
    return "";
  }

  @Override
  public String solution() {
    return solution;
  }

  @Override
  public ErrorKind kind() {
    return kind;
  }

  @Override
  public boolean retryable() {
    return kind.retryableByDefault();
  }

  @Override
  public boolean isPattern() {
    return Placeholders.isPattern(code);
  }
}
