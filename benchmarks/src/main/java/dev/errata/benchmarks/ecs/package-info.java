/**
 * Huawei Cloud ECS: the code nested in an error object, {@code {"error":{"code":"Ecs.0005",...}}}.
 */
@ErrorCatalog(provider = "HuaweiEcs", table = "errata/tables/huawei-ecs.md")
package dev.errata.benchmarks.ecs;

import dev.errata.ErrorCatalog;
