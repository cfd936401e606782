/**
 * Huawei Cloud CBC, whose errors often arrive with HTTP 200 and whose {@code CBC.0000} means
 * success: the provider the integrations' tests call.
 */
@ErrorCatalog(
    provider = "HuaweiCbc",
    table = "errata/tables/huawei-cbc.md",
    successCodes = "CBC.0000")
package dev.errata.integrations.testing.cbc;

import dev.errata.ErrorCatalog;
