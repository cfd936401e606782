package com.example.shop;

import dev.errata.ErrorDecoder;
import dev.errata.ErrorResponse;
import dev.errata.ResponseReader;
import javax.annotation.processing.Generated;

/**
 * Decodes shop responses into {@link ShopException}s. Stateless and thread-safe: use {@link #INSTANCE},
 * or find it by id with {@link dev.errata.Errata#decoder(String)}.
 */
@Generated(
    value = "dev.errata.processor.ErrataProcessor",
    comments = "from shop.tsv"
)
public final class ShopErrors implements ErrorDecoder<ShopException> {
  /**
   * The provider id.
   */
  public static final String PROVIDER = "shop";

  private static final ResponseReader READER = ResponseReader.builder()
    .successCodes("OK")
    .build();

  /**
   * The shared instance.
   */
  public static final ShopErrors INSTANCE = new ShopErrors();

  /**
   * For {@link java.util.ServiceLoader}; code should use {@link #INSTANCE}.
   */
  public ShopErrors() {
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public ResponseReader reader() {
    return READER;
  }

  @Override
  public ShopErrorCode errorCode(String code) {
    return ShopErrorCode.lookup(code);
  }

  @Override
  public ShopException toException(ErrorResponse response) {
    ShopErrorCode errorCode = ShopErrorCode.lookup(response.code());
    if (errorCode == null) {
      return new ShopException.Unknown(response);
    }
    return switch (errorCode) {
      case ORDER_NOT_FOUND -> new ShopException.OrderNotFound(response);
      case INVALID_PARAMETER -> new ShopException.InvalidParameter(response);
      case THROTTLING -> new ShopException.Throttling(response);
      case CODE_201001 -> new ShopException.Code201001(response);
    };
  }
}
