package dev.errata.processor.model;

import dev.errata.ErrorKind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A provider's merged, validated, named and classified codes, in table order: all that the writers
 * need.
 *
 * @param readNote how the table was read, for the enum's Javadoc: which columns were chosen and
 *     why, and the codes its own rows declare successes; empty when not known
 */
public record Catalog(
    CatalogSettings settings, CatalogNames names, List<CodeEntry> entries, String readNote) {

  public Catalog {
    entries = List.copyOf(entries);
  }

  public Catalog(CatalogSettings settings, CatalogNames names, List<CodeEntry> entries) {
    this(settings, names, entries, "");
  }

  public Catalog withReadNote(String note) {
    return new Catalog(settings, names, entries, note);
  }

  public String packageName() {
    return names.packageName();
  }

  /** The kinds that at least one code has, in {@link ErrorKind} order. */
  public Set<ErrorKind> kinds() {
    Set<ErrorKind> kinds = new TreeSet<>();
    entries.forEach(entry -> kinds.add(entry.kind()));
    return kinds;
  }

  /** Whether {@code @ErrorCatalog} names the code as one a successful response carries. */
  public boolean isSuccessCode(CodeEntry entry) {
    return settings.body().successCodes().contains(entry.code());
  }
}
