/**
 * Alibaba Cloud ENS. Bodies are {@code {"RequestId": ..., "Code": ..., "Message": ...}} or, with
 * {@code Format=XML}, {@code <Error><Code>...</Code></Error>}; the reader detects both.
 */
@ErrorCatalog(
    provider = "AlibabaEns",
    table = "errata/tables/alibaba-ens.md",
    // OrderSysConstraintInvalid is listed twice; the first row wins, the second's texts are kept.
    suppress = "duplicate-code")
package dev.errata.examples.ens;

import dev.errata.ErrorCatalog;
