package dev.errata.processor.model;

import java.util.List;
import java.util.Map;

/**
 * What one {@link dev.errata.ErrorCatalog} asks for.
 *
 * @param packageName the annotated package
 * @param provider the type-name prefix, such as {@code HuaweiCbc}
 * @param providerId the id decoders are found by, such as {@code huawei-cbc}
 * @param table the table as the annotation names it
 * @param rules the user's kind and retry overrides, by code as the table writes it
 */
public record CatalogSettings(
    String packageName,
    String provider,
    String providerId,
    String table,
    TableOptions tableOptions,
    BodyLocation body,
    Map<String, KindOverride> rules) {

  public CatalogSettings {
    rules = Map.copyOf(rules);
  }

  /**
   * Where a provider's error bodies hold code, message and request id; empty pointers mean
   * auto-detection.
   */
  public record BodyLocation(
      String codePointer,
      String messagePointer,
      String requestIdPointer,
      List<String> successCodes) {
    public static final BodyLocation AUTO_DETECT = new BodyLocation("", "", "", List.of());

    public BodyLocation {
      successCodes = List.copyOf(successCodes);
    }
  }
}
