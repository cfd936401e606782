package dev.errata.processor.model;

import dev.errata.ErrorKind;

/**
 * A code's kind and retry behaviour, each with the evidence that decided it, in words a person
 * reads in the generated Javadoc ({@code matched 余额不足 in description}).
 */
public record Classification(
    ErrorKind kind, String kindEvidence, boolean retryable, String retryEvidence) {}
