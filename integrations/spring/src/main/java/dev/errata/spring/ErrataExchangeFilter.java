package dev.errata.spring;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;

/**
 * An {@link ExchangeFilterFunction} for {@code WebClient} that fails the exchange with the
 * provider's typed exception for every error response, those sent with HTTP 200 included:
 *
 * <pre>{@code
 * WebClient client = WebClient.builder()
 *     .filter(ErrataExchangeFilter.of(HuaweiCbcErrors.INSTANCE))
 *     .build();
 * }</pre>
 *
 * It waits for the first {@link dev.errata.ResponseReader#maxBodyBytes()} of a body (or all of a
 * shorter one) and decodes them; a success is handed on with its body whole, those first buffers
 * followed by the rest as it arrives, so nothing beyond the prefix is held in memory. An error's
 * buffers are released and the connection's remaining body is not read.
 */
public final class ErrataExchangeFilter implements ExchangeFilterFunction {
  private final ErrorDecoder<?> decoder;
  private final Consumer<? super ServiceException> listener;

  private ErrataExchangeFilter(
      ErrorDecoder<?> decoder, Consumer<? super ServiceException> listener) {
    this.decoder = decoder;
    this.listener = listener;
  }

  public static ErrataExchangeFilter of(ErrorDecoder<?> decoder) {
    return new ErrataExchangeFilter(Objects.requireNonNull(decoder, "decoder"), error -> {});
  }

  /**
   * This filter, also telling {@code listener} of each error before failing the exchange with it.
   */
  public ErrataExchangeFilter onError(Consumer<? super ServiceException> listener) {
    return new ErrataExchangeFilter(decoder, Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request).flatMap(this::check);
  }

  private Mono<ClientResponse> check(ClientResponse response) {
    int limit = decoder.reader().maxBodyBytes();
    // The first list holds buffers up to the limit (or the whole body); each later buffer comes
    // alone.
    Flux<List<DataBuffer>> chunks =
        Flux.defer(
            () -> {
              long[] seen = {0};
              return response
                  .bodyToFlux(DataBuffer.class)
                  .bufferUntil(buffer -> (seen[0] += buffer.readableByteCount()) >= limit);
            });
    // switchOnFirst hands the first list over and keeps the same subscription for the rest, which
    // the caller reads later: the source must not be cancelled when the decision is made.
    return chunks
        .switchOnFirst((first, all) -> decide(response, first, all, limit), false)
        .single();
  }

  private Mono<ClientResponse> decide(
      ClientResponse response,
      Signal<? extends List<DataBuffer>> first,
      Flux<List<DataBuffer>> all,
      int limit) {
    if (first.isOnError()) {
      return Mono.error(first.getThrowable());
    }
    List<DataBuffer> prefix = first.hasValue() ? first.get() : List.of();
    Optional<? extends ServiceException> error =
        decoder.decode(
            response.statusCode().value(),
            SpringHeaders.asMap(response.headers().asHttpHeaders()),
            new ByteArrayInputStream(copyOf(prefix, limit)));
    if (error.isEmpty()) {
      return Mono.just(
          response.mutate().body(original -> all.concatMapIterable(buffers -> buffers)).build());
    }
    listener.accept(error.get());
    return all.take(1)
        .doOnNext(buffers -> buffers.forEach(DataBufferUtils::release))
        .then(Mono.error(error.get()));
  }

  /** At most {@code limit} bytes from the front of {@code buffers}, leaving them unread. */
  private static byte[] copyOf(List<DataBuffer> buffers, int limit) {
    int size = 0;
    for (DataBuffer buffer : buffers) {
      size = (int) Math.min(limit, (long) size + buffer.readableByteCount());
    }
    byte[] bytes = new byte[size];
    int filled = 0;
    for (DataBuffer buffer : buffers) {
      try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
        while (views.hasNext() && filled < size) {
          ByteBuffer view = views.next();
          int length = Math.min(view.remaining(), size - filled);
          view.get(bytes, filled, length);
          filled += length;
        }
      }
    }
    return bytes;
  }
}
