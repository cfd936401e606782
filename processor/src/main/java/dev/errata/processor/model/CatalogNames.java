package dev.errata.processor.model;

import dev.errata.ErrorKind;
import java.util.Locale;

/**
 * The simple names of what one catalog generates, computed once, all in {@code packageName}.
 *
 * @param errorCode the enum of codes, {@code <P>ErrorCode}
 * @param exception the sealed root exception, {@code <P>Exception}
 * @param decoder the decoder, {@code <P>Errors}
 */
public record CatalogNames(String packageName, String errorCode, String exception, String decoder) {
  /** The exception nested in the root for codes the table does not list. */
  public static final String UNKNOWN = "Unknown";

  public static CatalogNames of(String packageName, String provider) {
    return new CatalogNames(
        packageName, provider + "ErrorCode", provider + "Exception", provider + "Errors");
  }

  /**
   * The name of a kind's exception group: {@code NOT_FOUND} is {@code NotFound}. The group of
   * {@code UNKNOWN} is {@code Unclassified} (listed, but nothing says what kind), since {@link
   * #UNKNOWN} is the class for codes the table does not list.
   */
  public static String groupName(ErrorKind kind) {
    if (kind == ErrorKind.UNKNOWN) {
      return "Unclassified";
    }
    StringBuilder name = new StringBuilder();
    for (String word : kind.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
