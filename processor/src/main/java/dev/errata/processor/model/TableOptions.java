package dev.errata.processor.model;

import java.util.Map;

/**
 * How to read a table, from {@link dev.errata.ErrorCatalog}.
 *
 * @param tableNumber which table of a page to read, from 1; {@code 0} reads every error table
 * @param headers explicit header text for columns whose header the reader does not know
 */
public record TableOptions(int tableNumber, Map<Column, String> headers) {
  public static final TableOptions DEFAULT = new TableOptions(0, Map.of());

  public TableOptions {
    headers = Map.copyOf(headers);
  }
}
