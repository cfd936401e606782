/**
 * Pattern codes that made a regular expression backtrack for seconds: two placeholders between
 * dots, and 24 adjacent ones before a literal.
 */
@ErrorCatalog(provider = "HostilePatterns", table = "hostile-patterns.tsv")
package dev.errata.benchmarks.hostile;

import dev.errata.ErrorCatalog;
