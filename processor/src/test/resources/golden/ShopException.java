package com.example.shop;

import dev.errata.ErrorResponse;
import dev.errata.ServiceException;
import javax.annotation.processing.Generated;

/**
 * An error response of Shop (<code>shop</code>): catch one code ({@link ShopException.OrderNotFound}), a kind of failure ({@link ShopException.NotFound}), or any.
 *
 * <p>From <code>shop.tsv</code>; {@link ShopErrors} decodes responses into these, and {@link ShopErrorCode} holds what the table says of each code.
 */
@Generated(
    value = "dev.errata.processor.ErrataProcessor",
    comments = "from shop.tsv"
)
@SuppressWarnings("serial")
public abstract sealed class ShopException extends ServiceException {
  private static final long serialVersionUID = 1L;

  ShopException(ErrorResponse response, ShopErrorCode errorCode) {
    super(ShopErrors.PROVIDER, response, errorCode);
  }

  /**
   * The codes of kind {@link dev.errata.ErrorKind#INVALID_ARGUMENT INVALID_ARGUMENT}.
   */
  public abstract static sealed class InvalidArgument extends ShopException {
    InvalidArgument(ErrorResponse response, ShopErrorCode errorCode) {
      super(response, errorCode);
    }
  }

  /**
   * A response with code <code>InvalidParameter.%s</code>: {@link ShopErrorCode#INVALID_PARAMETER}.
   */
  public static final class InvalidParameter extends InvalidArgument {
    InvalidParameter(ErrorResponse response) {
      super(response, ShopErrorCode.INVALID_PARAMETER);
    }
  }

  /**
   * The codes of kind {@link dev.errata.ErrorKind#NOT_FOUND NOT_FOUND}.
   */
  public abstract static sealed class NotFound extends ShopException {
    NotFound(ErrorResponse response, ShopErrorCode errorCode) {
      super(response, errorCode);
    }
  }

  /**
   * A response with code <code>OrderNotFound</code>: {@link ShopErrorCode#ORDER_NOT_FOUND}.
   */
  public static final class OrderNotFound extends NotFound {
    OrderNotFound(ErrorResponse response) {
      super(response, ShopErrorCode.ORDER_NOT_FOUND);
    }
  }

  /**
   * The codes of kind {@link dev.errata.ErrorKind#THROTTLED THROTTLED}.
   */
  public abstract static sealed class Throttled extends ShopException {
    Throttled(ErrorResponse response, ShopErrorCode errorCode) {
      super(response, errorCode);
    }
  }

  /**
   * A response with code <code>Throttling</code>: {@link ShopErrorCode#THROTTLING}.
   */
  public static final class Throttling extends Throttled {
    Throttling(ErrorResponse response) {
      super(response, ShopErrorCode.THROTTLING);
    }
  }

  /**
   * The codes of kind {@link dev.errata.ErrorKind#UNSUPPORTED UNSUPPORTED}.
   */
  public abstract static sealed class Unsupported extends ShopException {
    Unsupported(ErrorResponse response, ShopErrorCode errorCode) {
      super(response, errorCode);
    }
  }

  /**
   * A response with code <code>201001</code>: {@link ShopErrorCode#CODE_201001}.
   */
  public static final class Code201001 extends Unsupported {
    Code201001(ErrorResponse response) {
      super(response, ShopErrorCode.CODE_201001);
    }
  }

  /**
   * A response whose code the table does not list, or that carries no readable code;
   * its kind comes from the HTTP status.
   */
  public static final class Unknown extends ShopException {
    Unknown(ErrorResponse response) {
      super(response, null);
    }
  }
}
