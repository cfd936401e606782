/** Errors of an example shop API, read by errata under kapt from the table next to this file. */
@ErrorCatalog(provider = "Shop", table = "shop-errors.tsv")
package dev.errata.examples.kotlin.shop;

import dev.errata.ErrorCatalog;
