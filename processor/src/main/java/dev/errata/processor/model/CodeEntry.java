package dev.errata.processor.model;

import dev.errata.ErrorKind;
import java.util.List;

/**
 * One distinct code of a catalog, ready to be written: the table's texts, its kind with evidence,
 * and its Java names.
 *
 * @param code the code as the table writes it
 * @param httpStatus the table's status, or {@code 0}
 * @param pattern whether the code holds a placeholder and so matches many returned codes
 * @param placeholders the placeholders in the code and its message ({@code %s}, {@code {name}},
 *     {@code XXX}, {@code 某某}, {@code N} ...), each once, in order: those whose values
 *     {@code ServiceException.arguments()} returns
 * @param constantName the enum constant's name, such as {@code CBC_5003}
 * @param className the exception class's simple name, such as {@code Cbc5003}
 * @param line the table line of the row that defined it
 * @param otherTexts texts of later rows with the same code, each as {@code line: message}
 */
public record CodeEntry(
    String code,
    int httpStatus,
    String message,
    String description,
    String solution,
    ErrorKind kind,
    String kindEvidence,
    boolean retryable,
    String retryEvidence,
    boolean pattern,
    List<String> placeholders,
    String constantName,
    String className,
    int line,
    List<String> otherTexts) {

  public CodeEntry {
    placeholders = List.copyOf(placeholders);
    otherTexts = List.copyOf(otherTexts);
  }
}
