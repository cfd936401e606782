/**
 * Huawei Cloud's partner operations API (CBC). Bodies are {@code {"error_code": "CBC.xxxx",
 * "error_msg": "..."}}, detected by the reader; many errors arrive with HTTP 200, and {@code
 * CBC.0000} in a body means success.
 */
// README:catalog-start
@ErrorCatalog(
    provider = "HuaweiCbc",
    table = "errata/tables/huawei-cbc.md",
    successCodes = "CBC.0000")
// README:catalog-end
package dev.errata.examples.cbc;

import dev.errata.ErrorCatalog;
