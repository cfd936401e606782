/** Alibaba Cloud ENS, for its pattern codes such as {@code InvalidParameter.%s}. */
@ErrorCatalog(provider = "AlibabaEns", table = "errata/tables/alibaba-ens.md")
package dev.errata.integrations.testing.ens;

import dev.errata.ErrorCatalog;
