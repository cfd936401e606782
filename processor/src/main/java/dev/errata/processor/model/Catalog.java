package dev.errata.processor.model;

import dev.errata.ErrorKind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A provider's merged, validated, named and classified codes, in table order.
 *
 * @param readNote how the table was read, for the enum's Javadoc: which columns were chosen and
 *     why, and the codes its own rows declare successes; empty when not known
 */
public record Catalog(CatalogSettings settings, List<CodeEntry> entries, String readNote) {

  public Catalog {
    entries = List.copyOf(entries);
  }

  public Catalog(CatalogSettings settings, List<CodeEntry> entries) {
    this(settings, entries, "");
  }

  public Catalog withReadNote(String note) {
    return new Catalog(settings, entries, note);
  }

  public String packageName() {
    return settings.packageName();
  }

  public String errorCodeName() {
    return settings.provider() + "ErrorCode";
  }

  public String exceptionName() {
    return settings.provider() + "Exception";
  }

  public String decoderName() {
    return settings.provider() + "Errors";
  }

  /** The kinds that at least one code has, in {@link ErrorKind} order. */
  public Set<ErrorKind> kinds() {
    Set<ErrorKind> kinds = new TreeSet<>();
    entries.forEach(entry -> kinds.add(entry.kind()));
    return kinds;
  }
}
