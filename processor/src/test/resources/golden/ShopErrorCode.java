package com.example.shop;

import dev.errata.ErrorCode;
import dev.errata.ErrorKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Every code of the shop error table, one constant each.
 *
 * <p>From <code>shop.tsv</code>. Find the constant for a code a server returned with {@link #fromCode(String)}.
 */
@Generated(
    value = "dev.errata.processor.ErrataProcessor",
    comments = "from shop.tsv"
)
public enum ShopErrorCode implements ErrorCode {
  /**
   * <code>OrderNotFound</code>: The order was not found.
   *
   * <p>订单不存在
   *
   * <p>Solution: Check the order id.
   *
   * <ul>
   * <li>HTTP status: 404
   * <li>Kind: NOT_FOUND (HTTP 404)
   * <li>Retryable: no (NOT_FOUND is not retryable)
   * <li>Table: shop.tsv:2
   * </ul>
   */
  ORDER_NOT_FOUND("OrderNotFound", 404, "The order was not found.", "订单不存在", "Check the order id.", ErrorKind.NOT_FOUND, false),

  /**
   * <code>InvalidParameter.%s</code>: The specified field %s invalid.
   *
   * <p>参数非法
   *
   * <ul>
   * <li>HTTP status: 400
   * <li>Kind: INVALID_ARGUMENT (code word "InvalidParameter")
   * <li>Retryable: no (INVALID_ARGUMENT is not retryable)
   * <li>Pattern: matches the codes in which each placeholder stands for a value
   * <li>Placeholders: <code>%s</code>; the values a response fills in are {@link dev.errata.ServiceException#arguments()}
   * <li>Table: shop.tsv:3
   * </ul>
   */
  INVALID_PARAMETER("InvalidParameter.%s", 400, "The specified field %s invalid.", "参数非法", "", ErrorKind.INVALID_ARGUMENT, false),

  /**
   * <code>Throttling</code>: Too many requests.
   *
   * <p>请求过于频繁
   *
   * <p>Solution: Try again later.
   *
   * <ul>
   * <li>HTTP status: 429
   * <li>Kind: THROTTLED (HTTP 429)
   * <li>Retryable: yes (THROTTLED is retryable)
   * <li>Table: shop.tsv:4
   * </ul>
   */
  THROTTLING("Throttling", 429, "Too many requests.", "请求过于频繁", "Try again later.", ErrorKind.THROTTLED, true),

  /**
   * <code>201001</code>: 业务暂不支持退款
   *
   * <p>Solution: 资源池未开启退款功能
   *
   * <ul>
   * <li>HTTP status: not given
   * <li>Kind: UNSUPPORTED (matched "不支持" in message)
   * <li>Retryable: no (UNSUPPORTED is not retryable)
   * <li>Table: shop.tsv:5
   * </ul>
   */
  CODE_201001("201001", 0, "业务暂不支持退款", "", "资源池未开启退款功能", ErrorKind.UNSUPPORTED, false);

  private final String code;

  private final int httpStatus;

  private final String message;

  private final String description;

  private final String solution;

  private final ErrorKind kind;

  private final boolean retryable;

  ShopErrorCode(String code, int httpStatus, String message, String description, String solution,
      ErrorKind kind, boolean retryable) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.message = message;
    this.description = description;
    this.solution = solution;
    this.kind = kind;
    this.retryable = retryable;
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
    return description;
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
    return retryable;
  }

  @Override
  public String provider() {
    return ShopErrors.PROVIDER;
  }

  @Override
  public boolean isPattern() {
    return switch (this) {
      case INVALID_PARAMETER -> true;
      default -> false;
    };
  }

  /**
   * The constant for a code as a server returns it: the code itself, or else the first pattern code that matches it
   * (most literal characters first), such as <code>InvalidParameter.%s</code> for <code>InvalidParameter.LoadBalancerSpec</code>.
   */
  public static Optional<ShopErrorCode> fromCode(String code) {
    return Optional.ofNullable(lookup(code));
  }

  /**
   * Like {@link #fromCode(String)}, but {@code null} when no code matches.
   */
  static ShopErrorCode lookup(String code) {
    if (code == null) {
      return null;
    }
    ShopErrorCode exact = Index.EXACT.get(code);
    if (exact != null) {
      return exact;
    }
    for (PatternCode pattern : Index.PATTERNS) {
      if (pattern.matches(code)) {
        return pattern.errorCode();
      }
    }
    return null;
  }

  private static final class Index {
    static final Map<String, ShopErrorCode> EXACT = new HashMap<>();

    /**
     * Pattern codes, most literal characters first.
     */
    static final List<PatternCode> PATTERNS = List.of(
      new PatternCode("InvalidParameter.", Pattern.compile("\\QInvalidParameter.\\E(.+)"), INVALID_PARAMETER));

    static {
      for (ShopErrorCode errorCode : values()) {
        if (!errorCode.isPattern()) {
          EXACT.put(errorCode.code, errorCode);
        }
      }
    }
  }

  private record PatternCode(String prefix, Pattern pattern, ShopErrorCode errorCode) {
    boolean matches(String code) {
      return code.startsWith(prefix) && pattern.matcher(code).matches();
    }
  }
}
