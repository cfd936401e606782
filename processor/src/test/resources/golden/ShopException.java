package com.example.shop;

import dev.errata.ErrorKind;
import dev.errata.ErrorResponse;
import dev.errata.ServiceException;
import javax.annotation.processing.Generated;

/**
 * An error response of shop: catch one code ({@code ShopException.OrderNotFound}), a kind of failure ({@code ShopException.NotFound}), or any.
 *
 * <p>From <code>shop.tsv</code>; {@link ShopErrors} decodes responses into these.
 */
@Generated(
    value = "dev.errata.processor.ErrataProcessor",
    comments = "from shop.tsv"
)
public abstract sealed class ShopException extends ServiceException {
  private static final long serialVersionUID = 1L;

  ShopException(ErrorResponse response, ShopErrorCode errorCode) {
    super(ShopErrors.PROVIDER, response, errorCode);
  }

  /**
   * The codes of kind {@link ErrorKind#INVALID_ARGUMENT}.
   */
  public abstract static sealed class InvalidArgument extends ShopException {
    private static final long serialVersionUID = 1L;

    InvalidArgument(ErrorResponse response, ShopErrorCode errorCode) {
      super(response, errorCode);
    }
  }

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
   *
   * @see ShopErrorCode#INVALID_PARAMETER
   */
  public static final class InvalidParameter extends InvalidArgument {
    private static final long serialVersionUID = 1L;

    public InvalidParameter(ErrorResponse response) {
      super(response, ShopErrorCode.INVALID_PARAMETER);
    }
  }

  /**
   * The codes of kind {@link ErrorKind#NOT_FOUND}.
   */
  public abstract static sealed class NotFound extends ShopException {
    private static final long serialVersionUID = 1L;

    NotFound(ErrorResponse response, ShopErrorCode errorCode) {
      super(response, errorCode);
    }
  }

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
   *
   * @see ShopErrorCode#ORDER_NOT_FOUND
   */
  public static final class OrderNotFound extends NotFound {
    private static final long serialVersionUID = 1L;

    public OrderNotFound(ErrorResponse response) {
      super(response, ShopErrorCode.ORDER_NOT_FOUND);
    }
  }

  /**
   * The codes of kind {@link ErrorKind#THROTTLED}.
   */
  public abstract static sealed class Throttled extends ShopException {
    private static final long serialVersionUID = 1L;

    Throttled(ErrorResponse response, ShopErrorCode errorCode) {
      super(response, errorCode);
    }
  }

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
   *
   * @see ShopErrorCode#THROTTLING
   */
  public static final class Throttling extends Throttled {
    private static final long serialVersionUID = 1L;

    public Throttling(ErrorResponse response) {
      super(response, ShopErrorCode.THROTTLING);
    }
  }

  /**
   * The codes of kind {@link ErrorKind#UNSUPPORTED}.
   */
  public abstract static sealed class Unsupported extends ShopException {
    private static final long serialVersionUID = 1L;

    Unsupported(ErrorResponse response, ShopErrorCode errorCode) {
      super(response, errorCode);
    }
  }

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
   *
   * @see ShopErrorCode#CODE_201001
   */
  public static final class Code201001 extends Unsupported {
    private static final long serialVersionUID = 1L;

    public Code201001(ErrorResponse response) {
      super(response, ShopErrorCode.CODE_201001);
    }
  }

  /**
   * A response whose code the table does not list, or that carries no readable code;
   * its kind comes from the HTTP status.
   */
  public static final class Unknown extends ShopException {
    private static final long serialVersionUID = 1L;

    public Unknown(ErrorResponse response) {
      super(response, null);
    }
  }
}
