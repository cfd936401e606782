package dev.errata.processor.model;

/** The columns of an error table that errata reads. */
public enum Column {
  STATUS,
  CODE,
  MESSAGE,
  DESCRIPTION,
  SOLUTION,
  /** A friendlier class name for the code's exception. */
  NAME,
  /** An {@link dev.errata.ErrorKind} name that fixes the code's kind. */
  KIND
}
