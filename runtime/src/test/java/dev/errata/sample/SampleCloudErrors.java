package dev.errata.sample;

import dev.errata.ErrorDecoder;
import dev.errata.ErrorResponse;
import dev.errata.ResponseReader;

/** A hand-written stand-in for a generated {@code <Provider>Errors} decoder. */
public final class SampleCloudErrors implements ErrorDecoder<SampleCloudException> {
  private static final ResponseReader READER =
      ResponseReader.builder().successCodes("CBC.0000").build();

  @Override
  public String provider() {
    return "sample-cloud";
  }

  @Override
  public ResponseReader reader() {
    return READER;
  }

  @Override
  public SampleCloudErrorCode errorCode(String code) {
    return SampleCloudErrorCode.fromCode(code).orElse(null);
  }

  @Override
  public SampleCloudException toException(ErrorResponse response) {
    return SampleCloudErrorCode.fromCode(response.code())
        .<SampleCloudException>map(
            code ->
                switch (code) {
                  case CBC_5003 -> new SampleCloudException.Cbc5003(response);
                  case CODE_201042 -> new SampleCloudException.Code201042(response);
                  case ECS_0005 -> new SampleCloudException.Ecs0005(response);
                  case INVALID_PARAMETER -> new SampleCloudException.InvalidParameter(response);
                })
        .orElseGet(() -> new SampleCloudException.Unknown(response));
  }
}
