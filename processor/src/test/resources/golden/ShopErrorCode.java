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
   * <p>&#35746;&#21333;&#19981;&#23384;&#22312;
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
  ORDER_NOT_FOUND("OrderNotFound", 404, "The order was not found.", "\u8ba2\u5355\u4e0d\u5b58\u5728", "Check the order id.", ErrorKind.NOT_FOUND, false),

  /**
   * <code>InvalidParameter.%s</code>: The specified field %s invalid.
   *
   * <p>&#21442;&#25968;&#38750;&#27861;
   *
   * <ul>
   * <li>HTTP status: 400
   * <li>Kind: INVALID_ARGUMENT (code word "Invalid")
   * <li>Retryable: no (INVALID_ARGUMENT is not retryable)
   * <li>Pattern: matches the codes in which each placeholder stands for a value
   * <li>Placeholders: <code>%s</code>; the values a response fills in are {@link dev.errata.ServiceException#arguments()}
   * <li>Table: shop.tsv:3
   * </ul>
   */
  INVALID_PARAMETER("InvalidParameter.%s", 400, "The specified field %s invalid.", "\u53c2\u6570\u975e\u6cd5", "", ErrorKind.INVALID_ARGUMENT, false),

  /**
   * <code>Throttling</code>: Too many requests.
   *
   * <p>&#35831;&#27714;&#36807;&#20110;&#39057;&#32321;
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
  THROTTLING("Throttling", 429, "Too many requests.", "\u8bf7\u6c42\u8fc7\u4e8e\u9891\u7e41", "Try again later.", ErrorKind.THROTTLED, true),

  /**
   * <code>201001</code>: &#19994;&#21153;&#26242;&#19981;&#25903;&#25345;&#36864;&#27454;
   *
   * <p>Solution: &#36164;&#28304;&#27744;&#26410;&#24320;&#21551;&#36864;&#27454;&#21151;&#33021;
   *
   * <ul>
   * <li>HTTP status: not given
   * <li>Kind: UNSUPPORTED (matched "&#19981;&#25903;&#25345;" in message)
   * <li>Retryable: no (UNSUPPORTED is not retryable)
   * <li>Table: shop.tsv:5
   * </ul>
   */
  CODE_201001("201001", 0, "\u4e1a\u52a1\u6682\u4e0d\u652f\u6301\u9000\u6b3e", "", "\u8d44\u6e90\u6c60\u672a\u5f00\u542f\u9000\u6b3e\u529f\u80fd", ErrorKind.UNSUPPORTED, false);

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
