package dev.errata.http;

import dev.errata.ServiceException;
import java.util.Optional;

/**
 * The body of a response an {@link dev.errata.ErrorDecoder} has checked: the value on success, the
 * provider's typed exception otherwise. {@link #orThrow()} hands back the one or throws the other,
 * so that {@code catch (HuaweiCbcException.Cbc5003 e)} works in the caller's code.
 *
 * @param <T> the type of the body on success
 * @param <E> the provider's exception root
 */
public final class DecodedBody<T, E extends ServiceException> {
  private final T value;
  private final E error;

  private DecodedBody(T value, E error) {
    this.value = value;
    this.error = error;
  }

  static <T, E extends ServiceException> DecodedBody<T, E> success(T value) {
    return new DecodedBody<>(value, null);
  }

  static <T, E extends ServiceException> DecodedBody<T, E> failure(E error) {
    return new DecodedBody<>(null, error);
  }

  /** Whether the response was an error. */
  public boolean isError() {
    return error != null;
  }

  /** The body on success; empty for an error (or a success mapped to {@code null}). */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The provider's exception for an error response. */
  public Optional<E> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The body, or throws the provider's exception. The exception is built on the HTTP client's
   * thread; its stack trace is refilled here so that it shows the caller.
   *
   * @throws E the typed exception when the response was an error
   */
  public T orThrow() throws E {
    if (error != null) {
      error.fillInStackTrace();
      throw error;
    }
    return value;
  }

  @Override
  public String toString() {
    return error != null
        ? "DecodedBody{error=" + error.getMessage() + "}"
        : "DecodedBody{value=" + value + "}";
  }
}
