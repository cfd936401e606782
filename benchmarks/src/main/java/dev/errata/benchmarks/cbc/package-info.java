/** Huawei Cloud CBC (Cost and Billing Center): the largest seed table, 285 codes. */
@ErrorCatalog(
    provider = "HuaweiCbc",
    table = "errata/tables/huawei-cbc.md",
    successCodes = "CBC.0000")
package dev.errata.benchmarks.cbc;

import dev.errata.ErrorCatalog;
