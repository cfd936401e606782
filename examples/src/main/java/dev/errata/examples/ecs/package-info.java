/**
 * Huawei Cloud ECS. Errors come in three shapes, all detected by the reader, which is why no {@code
 * codePointer} is set (one pointer would miss the other two): {@code {"error": {"code": "Ecs.0005",
 * "message": "..."}}}, a failed async job's {@code error_code} and {@code fail_reason}, and the API
 * gateway's {@code {"error_code": "APIGW.0301", "error_msg": ..., "request_id": ...}}, whose codes
 * the ECS table does not list.
 */
@ErrorCatalog(provider = "HuaweiEcs", table = "errata/tables/huawei-ecs.md")
package dev.errata.examples.ecs;

import dev.errata.ErrorCatalog;
