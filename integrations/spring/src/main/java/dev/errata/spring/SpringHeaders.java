package dev.errata.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/** Spring's headers as the map the decoder reads. */
final class SpringHeaders {
  private SpringHeaders() {}

  /**
   * A copy made through {@code forEach}, which {@link HttpHeaders} has in Spring 6 and 7 alike (in
   * 7 it is no longer a {@code Map}).
   */
  static Map<String, List<String>> asMap(HttpHeaders headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    headers.forEach(map::put);
    return map;
  }
}
