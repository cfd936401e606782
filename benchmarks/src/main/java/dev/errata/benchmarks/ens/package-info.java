/** Alibaba Cloud ENS: Code/Message bodies and a pattern code, {@code InvalidParameter.%s}. */
@ErrorCatalog(provider = "AlibabaEns", table = "errata/tables/alibaba-ens.md")
package dev.errata.benchmarks.ens;

import dev.errata.ErrorCatalog;
