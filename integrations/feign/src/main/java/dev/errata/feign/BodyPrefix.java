package dev.errata.feign;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a decoder made of the first {@link dev.errata.ResponseReader#maxBodyBytes()} of a response,
 * and the response with those bytes put back in front of the rest of its body.
 */
record BodyPrefix(Optional<? extends ServiceException> error, Response restored) {

  static BodyPrefix read(ErrorDecoder<?> decoder, Response response) throws IOException {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
      headers.put(header.getKey(), new ArrayList<>(header.getValue()));
    }
    if (response.body() == null) {
      return new BodyPrefix(decoder.decode(response.status(), headers, (byte[]) null), response);
    }
    InputStream body = response.body().asInputStream();
    byte[] prefix = body.readNBytes(decoder.reader().maxBodyBytes());
    Optional<? extends ServiceException> error =
        decoder.decode(response.status(), headers, new ByteArrayInputStream(prefix));
    Response restored =
        response.toBuilder()
            .body(
                new SequenceInputStream(new ByteArrayInputStream(prefix), body),
                response.body().length())
            .build();
    return new BodyPrefix(error, restored);
  }
}
