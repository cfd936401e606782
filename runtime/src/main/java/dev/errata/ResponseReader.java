package dev.errata;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a provider's HTTP responses: finds code, message and request id in a bounded prefix of the
 * body (JSON, or XML) and decides whether the response is an error. Immutable and thread-safe; one
 * instance per provider, built once by generated code.
 */
public final class ResponseReader {
  /** How much of a body is read and kept, unless the builder says otherwise. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  private final String codePointer;
  private final String messagePointer;
  private final String requestIdPointer;
  private final Set<String> successCodes;
  private final int maxBodyBytes;

  private ResponseReader(Builder builder) {
    this.codePointer = builder.codePointer;
    this.messagePointer = builder.messagePointer;
    this.requestIdPointer = builder.requestIdPointer;
    this.successCodes = Set.copyOf(builder.successCodes);
    this.maxBodyBytes = builder.maxBodyBytes;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A reader that detects the common body shapes and knows no success codes. */
  public static ResponseReader autoDetect() {
    return builder().build();
  }

  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Reads a response; never throws. */
  public ErrorResponse read(int status, Map<String, List<String>> headers, byte[] body) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Reads at most {@link #maxBodyBytes()} of the stream; never throws, does not close it. */
  public ErrorResponse read(int status, Map<String, List<String>> headers, InputStream body) {
    throw new UnsupportedOperationException("not yet");
  }

  /** For a code and message already parsed elsewhere. */
  public ErrorResponse fromParsed(int status, String code, String message) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Configures a {@link ResponseReader}. */
  public static final class Builder {
    private String codePointer = "";
    private String messagePointer = "";
    private String requestIdPointer = "";
    private Set<String> successCodes = Set.of();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /** RFC 6901 pointer to the code; empty for auto-detection. */
    public Builder codePointer(String pointer) {
      this.codePointer = pointer;
      return this;
    }

    public Builder messagePointer(String pointer) {
      this.messagePointer = pointer;
      return this;
    }

    public Builder requestIdPointer(String pointer) {
      this.requestIdPointer = pointer;
      return this;
    }

    /** Codes that mean success even when a body carries them. */
    public Builder successCodes(String... codes) {
      this.successCodes = Set.of(codes);
      return this;
    }

    public Builder maxBodyBytes(int bytes) {
      this.maxBodyBytes = bytes;
      return this;
    }

    public ResponseReader build() {
      return new ResponseReader(this);
    }
  }
}
