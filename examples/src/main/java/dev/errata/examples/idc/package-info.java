/**
 * An IDC hosting reseller's resource-pool API (racks, ports, bandwidth, refunds). Its bodies are
 * {@code {"code":201042,"msg":"..."}} with a numeric code, which the reader detects by itself.
 */
@ErrorCatalog(provider = "IdcHosting", table = "errata/tables/idc-hosting.tsv")
package dev.errata.examples.idc;

import dev.errata.ErrorCatalog;
