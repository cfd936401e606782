package dev.errata.processor.kind;

import dev.errata.ErrorKind;

/**
 * Words that speak for a kind. When several rules match the same text, the one of higher rank wins:
 * {@code 余额不足} (insufficient balance) outranks {@code 不存在} (does not exist) in {@code 账本不存在
 * 账户余额不足}, because the more specific failure explains the row.
 */
public record WordRule(ErrorKind kind, int rank, Phrases phrases) {}
