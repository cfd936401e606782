package dev.errata.benchmarks;

import com.fasterxml.jackson.core.JsonPointer;
import dev.errata.ErrorCode;
import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import dev.errata.benchmarks.cbc.HuaweiCbcErrorCode;
import dev.errata.benchmarks.cbc.HuaweiCbcErrors;
import dev.errata.benchmarks.ecs.HuaweiEcsErrorCode;
import dev.errata.benchmarks.ecs.HuaweiEcsErrors;
import dev.errata.benchmarks.ens.AlibabaEnsErrorCode;
import dev.errata.benchmarks.ens.AlibabaEnsErrors;
import dev.errata.benchmarks.idc.IdcHostingErrorCode;
import dev.errata.benchmarks.idc.IdcHostingErrors;
import java.nio.charset.StandardCharsets;

/**
 * One provider's error body as its API sends it, with where a hand-written decoder finds the code.
 */
public enum ProviderBody {
  CBC(
      HuaweiCbcErrors.INSTANCE,
      HuaweiCbcErrorCode.values(),
      200,
      "/error_code",
      "/error_msg",
      "{\"error_code\":\"CBC.30050010\",\"error_msg\":\"This operation is not allowed because some"
          + " resources are included in the unpaid orders.\"}"),
  ENS(
      AlibabaEnsErrors.INSTANCE,
      AlibabaEnsErrorCode.values(),
      400,
      "/Code",
      "/Message",
      "{\"RequestId\":\"3C6F6C2E-7B1A-4E5A-9C3D-2F1E0B9A8D7C\",\"HostId\":\"ens.aliyuncs.com\","
          + "\"Code\":\"InvalidParameter.LoadBalancerSpec\",\"Message\":\"The specified field"
          + " LoadBalancerSpec invalid. Please check it again.\",\"Recommend\":"
          + "\"https://api.aliyun.com/troubleshoot?q=InvalidParameter.LoadBalancerSpec&product=Ens\"}"),
  IDC(
      IdcHostingErrors.INSTANCE,
      IdcHostingErrorCode.values(),
      200,
      "/code",
      "/msg",
      "{\"code\":201042,\"msg\":\"续费失败，余额不足\"}"),
  ECS(
      HuaweiEcsErrors.INSTANCE,
      HuaweiEcsErrorCode.values(),
      400,
      "/error/code",
      "/error/message",
      "{\"error\":{\"code\":\"Ecs.0005\",\"message\":\"Invalid parameter values. Contact customer"
          + " service.\"}}");

  final ErrorDecoder<? extends ServiceException> decoder;
  final ErrorCode[] codes;
  final int status;

  /** JSON pointers to the code and the message. */
  final JsonPointer codePointer;

  final JsonPointer messagePointer;
  final byte[] body;

  ProviderBody(
      ErrorDecoder<? extends ServiceException> decoder,
      ErrorCode[] codes,
      int status,
      String codePointer,
      String messagePointer,
      String body) {
    this.decoder = decoder;
    this.codes = codes;
    this.status = status;
    this.codePointer = JsonPointer.compile(codePointer);
    this.messagePointer = JsonPointer.compile(messagePointer);
    this.body = body.getBytes(StandardCharsets.UTF_8);
  }
}
