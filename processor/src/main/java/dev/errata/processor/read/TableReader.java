package dev.errata.processor.read;

import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;

/** Reads an error table file in any of the formats errata accepts. */
public final class TableReader {
  private TableReader() {}

  /**
   * @param file the table's name as the user wrote it, used in every {@link
   *     dev.errata.processor.model.Problem}
   * @param content the file's bytes
   */
  public static TableContent read(String file, byte[] content, TableOptions options) {
    throw new UnsupportedOperationException("not yet");
  }
}
