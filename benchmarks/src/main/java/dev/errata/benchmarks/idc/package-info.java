/** An IDC hosting API: numeric codes in {@code {"code":201042,"msg":"..."}} bodies. */
@ErrorCatalog(provider = "IdcHosting", table = "errata/tables/idc-hosting.tsv")
package dev.errata.benchmarks.idc;

import dev.errata.ErrorCatalog;
