package dev.errata.processor;

import dev.errata.processor.model.Problem.Category;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Which warning categories a table's user acknowledged, through {@code -Aerrata.suppress} for a
 * whole build and {@code @ErrorCatalog(suppress = ...)} for one table; {@code all} for every one.
 */
record Suppression(boolean all, Set<Category> categories) {

  Suppression {
    categories = Set.copyOf(categories);
  }

  /**
   * @param keys the categories as written, such as {@code swapped-columns} or {@code
   *     errata:short-row}
   * @param unknown told each key that names no category, as a sentence for the user
   */
  static Suppression of(List<String> keys, Consumer<String> unknown) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    boolean all = false;
    for (String key : keys) {
      String bare = key.strip();
      if (bare.equalsIgnoreCase("all")) {
        all = true;
      } else if (!bare.isEmpty()) {
        Category.of(bare)
            .ifPresentOrElse(
                categories::add,
                () ->
                    unknown.accept(
                        "'"
                            + bare
                            + "', which is no errata warning category; known: all, "
                            + known()));
      }
    }
    return new Suppression(all, categories);
  }

  Suppression and(Suppression other) {
    Set<Category> both = EnumSet.noneOf(Category.class);
    both.addAll(categories);
    both.addAll(other.categories);
    return new Suppression(all || other.all, both);
  }

  boolean covers(Category category) {
    return all || categories.contains(category);
  }

  private static String known() {
    return Arrays.stream(Category.values()).map(Category::key).collect(Collectors.joining(", "));
  }
}
