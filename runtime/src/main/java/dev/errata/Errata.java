package dev.errata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds the generated decoders on the class path by provider id. */
public final class Errata {
  private Errata() {}

  private static final class Registry {
    static final Map<String, ErrorDecoder<?>> BY_ID = load();

    @SuppressWarnings("rawtypes")
    private static Map<String, ErrorDecoder<?>> load() {
      Map<String, ErrorDecoder<?>> byId = new TreeMap<>();
      for (ErrorDecoder decoder :
          ServiceLoader.load(ErrorDecoder.class, Errata.class.getClassLoader())) {
        byId.putIfAbsent(decoder.provider(), decoder);
      }
      return Collections.unmodifiableMap(byId);
    }
  }

  /** The decoder for a provider id, such as {@code huawei-cbc}. */
  public static Optional<ErrorDecoder<?>> find(String providerId) {
    return Optional.ofNullable(Registry.BY_ID.get(providerId));
  }

  /**
   * The decoder for a provider id.
   *
   * @throws IllegalArgumentException naming the ids that are registered, when none has this one
   */
  public static ErrorDecoder<?> decoder(String providerId) {
    ErrorDecoder<?> decoder = Registry.BY_ID.get(providerId);
    if (decoder == null) {
      throw new IllegalArgumentException(
          "no errata decoder for provider '"
              + providerId
              + "'; registered: "
              + Registry.BY_ID.keySet());
    }
    return decoder;
  }

  /** Every registered decoder, by provider id. */
  public static List<ErrorDecoder<?>> decoders() {
    return new ArrayList<>(Registry.BY_ID.values());
  }
}
