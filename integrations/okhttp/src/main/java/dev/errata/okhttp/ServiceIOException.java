package dev.errata.okhttp;

import dev.errata.ServiceException;
import java.io.IOException;

/**
 * An {@link IOException} carrying the provider's typed exception as its cause, for OkHttp's
 * asynchronous calls, which pass only {@code IOException}s to their callback.
 */
public final class ServiceIOException extends IOException {
  private static final long serialVersionUID = 1L;

  private final ServiceException error;

  public ServiceIOException(ServiceException error) {
    super(error.getMessage(), error);
    this.error = error;
  }

  /** The typed exception; cast it or rethrow it to catch it by its type. */
  public ServiceException error() {
    return error;
  }
}
