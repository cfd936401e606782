package com.example.shop;

import dev.errata.CodeIndex;
import dev.errata.ErrorCode;
import dev.errata.ErrorKind;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The codes of the Shop (<code>shop</code>) error table, one constant each, with what the table says of them.
 *
 * <p>From <code>shop.tsv</code>. {@link #fromCode(String)} finds the constant for a code a server returned;
 * {@link ShopErrors} decodes whole responses into {@link ShopException}s.
 *
 * <p>Read from the table: columns: status = 1 (header HTTP status code), code = 2 (header Error code), message = 3 (header Error message), description = 4 (header Description), solution = 5 (header Solution).
 */
@Generated(
    value = "dev.errata.processor.ErrataProcessor",
    comments = "from shop.tsv"
)
public enum ShopErrorCode implements ErrorCode {
  /**
   * <code>OrderNotFound</code>: The order was not found.
   *
   * <p>&#35746;&#21333;&#19981;&#23384;&#22312;
   *
   * <p>Solution: Check the order id.
   *
   * <ul>
   * <li>HTTP status: 404
   * <li>Kind: {@link dev.errata.ErrorKind#NOT_FOUND NOT_FOUND} (HTTP 404)
   * <li>Retryable: no (NOT_FOUND is not retryable)
   * <li>Table: shop.tsv:2
   * <li>Exception: {@link ShopException.OrderNotFound}
   * </ul>
   */
  ORDER_NOT_FOUND,

  /**
   * <code>InvalidParameter.%s</code>: The specified field %s invalid.
   *
   * <p>&#21442;&#25968;&#38750;&#27861;
   *
   * <ul>
   * <li>HTTP status: 400
   * <li>Kind: {@link dev.errata.ErrorKind#INVALID_ARGUMENT INVALID_ARGUMENT} (code word "InvalidParameter")
   * <li>Retryable: no (INVALID_ARGUMENT is not retryable)
   * <li>Pattern: matches the codes in which each placeholder stands for a value
   * <li>Placeholders: <code>%s</code>; the values a response fills in are {@link dev.errata.ServiceException#arguments()}
   * <li>Table: shop.tsv:3
   * <li>Exception: {@link ShopException.InvalidParameter}
   * </ul>
   */
  INVALID_PARAMETER,

  /**
   * <code>Throttling</code>: Too many requests.
   *
   * <p>&#35831;&#27714;&#36807;&#20110;&#39057;&#32321;
   *
   * <p>Solution: Try again later.
   *
   * <ul>
   * <li>HTTP status: 429
   * <li>Kind: {@link dev.errata.ErrorKind#THROTTLED THROTTLED} (HTTP 429)
   * <li>Retryable: yes (THROTTLED is retryable)
   * <li>Table: shop.tsv:4
   * <li>Exception: {@link ShopException.Throttling}
   * </ul>
   */
  THROTTLING,

  /**
   * <code>201001</code>: &#19994;&#21153;&#26242;&#19981;&#25903;&#25345;&#36864;&#27454;
   *
   * <p>Solution: &#36164;&#28304;&#27744;&#26410;&#24320;&#21551;&#36864;&#27454;&#21151;&#33021;
   *
   * <ul>
   * <li>HTTP status: not given
   * <li>Kind: {@link dev.errata.ErrorKind#UNSUPPORTED UNSUPPORTED} (matched "&#19981;&#25903;&#25345;" in message)
   * <li>Retryable: no (UNSUPPORTED is not retryable)
   * <li>Table: shop.tsv:5
   * <li>Exception: {@link ShopException.Code201001}
   * </ul>
   */
  CODE_201001;

  @Override
  public String provider() {
    return ShopErrors.PROVIDER;
  }

  @Override
  public String code() {
    return switch (this) {
      case ORDER_NOT_FOUND -> "OrderNotFound";
      case INVALID_PARAMETER -> "InvalidParameter.%s";
      case THROTTLING -> "Throttling";
      case CODE_201001 -> "201001";
    };
  }

  @Override
  public int httpStatus() {
    return switch (this) {
      case ORDER_NOT_FOUND -> 404;
      case INVALID_PARAMETER -> 400;
      case THROTTLING -> 429;
      case CODE_201001 -> 0;
    };
  }

  @Override
  public String message() {
    return switch (this) {
      case ORDER_NOT_FOUND -> "The order was not found.";
      case INVALID_PARAMETER -> "The specified field %s invalid.";
      case THROTTLING -> "Too many requests.";
      case CODE_201001 -> "\u4e1a\u52a1\u6682\u4e0d\u652f\u6301\u9000\u6b3e";
    };
  }

  @Override
  public String description() {
    return switch (this) {
      case ORDER_NOT_FOUND -> "\u8ba2\u5355\u4e0d\u5b58\u5728";
      case INVALID_PARAMETER -> "\u53c2\u6570\u975e\u6cd5";
      case THROTTLING -> "\u8bf7\u6c42\u8fc7\u4e8e\u9891\u7e41";
      default -> "";
    };
  }

  @Override
  public String solution() {
    return switch (this) {
      case ORDER_NOT_FOUND -> "Check the order id.";
      case THROTTLING -> "Try again later.";
      case CODE_201001 -> "\u8d44\u6e90\u6c60\u672a\u5f00\u542f\u9000\u6b3e\u529f\u80fd";
      default -> "";
    };
  }

  @Override
  public ErrorKind kind() {
    return switch (this) {
      case ORDER_NOT_FOUND -> ErrorKind.NOT_FOUND;
      case INVALID_PARAMETER -> ErrorKind.INVALID_ARGUMENT;
      case THROTTLING -> ErrorKind.THROTTLED;
      case CODE_201001 -> ErrorKind.UNSUPPORTED;
    };
  }

  @Override
  public boolean retryable() {
    return switch (this) {
      case THROTTLING -> true;
      default -> false;
    };
  }

  @Override
  public boolean isPattern() {
    return switch (this) {
      case INVALID_PARAMETER -> true;
      default -> false;
    };
  }

  /**
   * The constant for a code as a server returns it: the code itself, else the first pattern code that matches it
   * (most literal characters first), such as <code>InvalidParameter.%s</code> for <code>InvalidParameter.LoadBalancerSpec</code>;
   * else the same in any case. See {@link CodeIndex}.
   *
   * @param code the code of a response, or {@code null}
   * @return the constant, or empty when the table has no such code
   */
  public static Optional<ShopErrorCode> fromCode(String code) {
    return Optional.ofNullable(lookup(code));
  }

  /**
   * Like {@link #fromCode(String)}, but {@code null} when no code matches.
   */
  static ShopErrorCode lookup(String code) {
    return Index.CODES.find(code);
  }

  private static final class Index {
    static final CodeIndex<ShopErrorCode> CODES = CodeIndex.of(values());
  }
}
