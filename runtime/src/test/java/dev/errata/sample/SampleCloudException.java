package dev.errata.sample;

import dev.errata.ErrorCode;
import dev.errata.ErrorResponse;
import dev.errata.ServiceException;

/** A hand-written stand-in for a generated {@code <Provider>Exception} hierarchy. */
public abstract sealed class SampleCloudException extends ServiceException {
  private static final long serialVersionUID = 1L;

  SampleCloudException(ErrorResponse response, ErrorCode errorCode) {
    super("sample-cloud", response, errorCode);
  }

  public abstract static sealed class InsufficientFunds extends SampleCloudException {
    private static final long serialVersionUID = 1L;

    InsufficientFunds(ErrorResponse response, ErrorCode errorCode) {
      super(response, errorCode);
    }
  }

  public abstract static sealed class InvalidArgument extends SampleCloudException {
    private static final long serialVersionUID = 1L;

    InvalidArgument(ErrorResponse response, ErrorCode errorCode) {
      super(response, errorCode);
    }
  }

  public static final class Cbc5003 extends InsufficientFunds {
    private static final long serialVersionUID = 1L;

    public Cbc5003(ErrorResponse response) {
      super(response, SampleCloudErrorCode.CBC_5003);
    }
  }

  public static final class Code201042 extends InsufficientFunds {
    private static final long serialVersionUID = 1L;

    public Code201042(ErrorResponse response) {
      super(response, SampleCloudErrorCode.CODE_201042);
    }
  }

  public static final class Ecs0005 extends InvalidArgument {
    private static final long serialVersionUID = 1L;

    public Ecs0005(ErrorResponse response) {
      super(response, SampleCloudErrorCode.ECS_0005);
    }
  }

  public static final class InvalidParameter extends InvalidArgument {
    private static final long serialVersionUID = 1L;

    public InvalidParameter(ErrorResponse response) {
      super(response, SampleCloudErrorCode.INVALID_PARAMETER);
    }
  }

  /** A code the table does not list, or no code at all. */
  public static final class Unknown extends SampleCloudException {
    private static final long serialVersionUID = 1L;

    public Unknown(ErrorResponse response) {
      super(response, null);
    }
  }
}
