package dev.errata.processor.model;

import dev.errata.ErrorKind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A provider's merged, validated, named and classified codes, in table order: all that the writers
 * need.
 */
public record Catalog(CatalogSettings settings, CatalogNames names, List<CodeEntry> entries) {

  public Catalog {
    entries = List.copyOf(entries);
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
