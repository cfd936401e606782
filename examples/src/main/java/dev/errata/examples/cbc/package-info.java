/**
 * Huawei Cloud's partner operations API (CBC). Bodies are {@code {"error_code": "CBC.xxxx",
 * "error_msg": "..."}}, detected by the reader; many errors arrive with HTTP 200. {@code CBC.0000}
 * in a body means success, which the table's own {@code 200 | CBC.0000 | Success.} row says. The
 * table's one repair (a row with its English and Chinese columns swapped) is acknowledged, so the
 * module builds with {@code -Werror}.
 */
// README:catalog-start
@ErrorCatalog(
    provider = "HuaweiCbc",
    table = "errata/tables/huawei-cbc.md",
    suppress = "swapped-columns")
// README:catalog-end
package dev.errata.examples.cbc;

import dev.errata.ErrorCatalog;
