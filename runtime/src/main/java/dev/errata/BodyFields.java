package dev.errata;

import java.util.Arrays;
import java.util.List;

/**
 * What one scan of a body found: a code and a message per {@link BodyShape} of the reader, by the
 * shape's rank, and the request id and async job fields. The first value a field gets stays (a
 * duplicate key does not replace it).
 *
 * <p>A JSON message is not decoded while scanning: only where its string starts in the body text is
 * kept ({@link #messageStart}), and {@link ErrorResponse#message()} decodes it when asked. An XML
 * message is kept as text ({@link #messageText}). One instance may be {@linkplain #clear() cleared}
 * and used for the next scan on the same thread.
 */
final class BodyFields {
  /** A message start meaning "no message". */
  static final int NO_MESSAGE = -1;

  private final List<BodyShape> shapes;
  private final int failedSubJobRank;
  private final String[] codes;
  private final int[] messageStarts;

  /** Decoded messages by rank, for XML bodies only; {@code null} until one is recorded. */
  private String[] messageTexts;

  /** Bit {@code rank} is set once a code or message of that rank is recorded (ranks below 64). */
  private long recordedRanks;

  private String requestId;
  private int configuredMessageStart;
  private String jobStatus;
  private boolean job;
  private boolean topLevelArray;
  private String subJobStatus;
  private String subJobCode;
  private int subJobReasonStart;

  BodyFields(List<BodyShape> shapes) {
    this.shapes = shapes;
    this.failedSubJobRank = rankOf(shapes, BodyShape.Form.FAILED_SUB_JOB);
    this.codes = new String[shapes.size()];
    this.messageStarts = new int[shapes.size()];
    Arrays.fill(messageStarts, NO_MESSAGE);
    clear();
  }

  /** Forgets everything found, for the next scan. */
  void clear() {
    if (codes.length > Long.SIZE) {
      Arrays.fill(codes, null);
      Arrays.fill(messageStarts, NO_MESSAGE);
    } else {
      // most bodies fill one or two shapes: clear only those
      for (long ranks = recordedRanks; ranks != 0; ranks &= ranks - 1) {
        int rank = Long.numberOfTrailingZeros(ranks);
        codes[rank] = null;
        messageStarts[rank] = NO_MESSAGE;
      }
    }
    recordedRanks = 0;
    if (messageTexts != null) {
      Arrays.fill(messageTexts, null);
    }
    requestId = null;
    configuredMessageStart = NO_MESSAGE;
    jobStatus = null;
    job = false;
    topLevelArray = false;
    subJobStatus = null;
    subJobCode = null;
    subJobReasonStart = NO_MESSAGE;
  }

  /** Records a value that is kept as text: a code, request id or job status. */
  void record(FieldTree.Field field, int rank, String text) {
    switch (field) {
      case CODE -> {
        if (codes[rank] == null) {
          codes[rank] = Texts.stripped(text);
          recordedRanks |= 1L << rank;
        }
      }
      case MESSAGE -> {
        if (messageStarts[rank] == NO_MESSAGE && messageText(rank) == null) {
          if (messageTexts == null) {
            messageTexts = new String[shapes.size()];
          }
          messageTexts[rank] = Texts.nonBlank(text);
        }
      }
      case REQUEST_ID -> requestId = requestId != null ? requestId : Texts.stripped(text);
      case JOB_STATUS -> jobStatus = jobStatus != null ? jobStatus : Texts.stripped(text);
      case SUB_JOB_STATUS ->
          subJobStatus = subJobStatus != null ? subJobStatus : Texts.stripped(text);
      case SUB_JOB_CODE -> subJobCode = subJobCode != null ? subJobCode : Texts.stripped(text);
      case CONFIGURED_MESSAGE, SUB_JOB_REASON ->
          throw new IllegalArgumentException(field + " is recorded by where it starts");
    }
  }

  /**
   * Records a message that is not blank by where its JSON string starts in the body text, {@link
   * #NO_MESSAGE} for a blank one.
   */
  void recordMessage(FieldTree.Field field, int rank, int start) {
    switch (field) {
      case MESSAGE -> {
        if (messageStarts[rank] == NO_MESSAGE) {
          messageStarts[rank] = start;
          recordedRanks |= 1L << rank;
        }
      }
      case CONFIGURED_MESSAGE -> {
        if (configuredMessageStart == NO_MESSAGE) {
          configuredMessageStart = start;
        }
      }
      case SUB_JOB_REASON -> {
        if (subJobReasonStart == NO_MESSAGE) {
          subJobReasonStart = start;
        }
      }
      default -> throw new IllegalArgumentException(field + " is recorded as text");
    }
  }

  /**
   * Takes back every message recorded as starting at {@code start}: its string turned out to be cut
   * off. {@link #NO_MESSAGE} takes back nothing.
   */
  void forgetMessage(int start) {
    if (start == NO_MESSAGE) {
      return;
    }
    for (int rank = 0; rank < messageStarts.length; rank++) {
      if (messageStarts[rank] == start) {
        messageStarts[rank] = NO_MESSAGE;
      }
    }
    if (configuredMessageStart == start) {
      configuredMessageStart = NO_MESSAGE;
    }
    if (subJobReasonStart == start) {
      subJobReasonStart = NO_MESSAGE;
    }
  }

  void markJob() {
    job = true;
  }

  void markTopLevelArray() {
    topLevelArray = true;
  }

  /** Ends one element of {@code sub_jobs}: keeps it if it is the first that failed. */
  void endSubJob() {
    boolean failed = isFailedJob(subJobStatus) || (subJobStatus == null && subJobCode != null);
    int rank = failedSubJobRank;
    if (failed && rank >= 0 && codes[rank] == null && messageStarts[rank] == NO_MESSAGE) {
      codes[rank] = subJobCode;
      messageStarts[rank] = subJobReasonStart;
      recordedRanks |= 1L << rank;
    }
    subJobStatus = null;
    subJobCode = null;
    subJobReasonStart = NO_MESSAGE;
  }

  /** Whether a code, its message and a request id are all known, so the rest need not be read. */
  boolean complete() {
    if (requestId == null) {
      return false;
    }
    for (int rank = 0; rank < codes.length; rank++) {
      if (codes[rank] != null && (configuredMessageStart != NO_MESSAGE || hasMessage(rank))) {
        return true;
      }
    }
    return false;
  }

  List<BodyShape> shapes() {
    return shapes;
  }

  /** The rank of the first shape that holds a code, or -1. */
  int firstCodeRank() {
    for (int rank = 0; rank < codes.length; rank++) {
      if (codes[rank] != null) {
        return rank;
      }
    }
    return -1;
  }

  String code(int rank) {
    return codes[rank];
  }

  boolean hasMessage(int rank) {
    return messageStarts[rank] != NO_MESSAGE || messageText(rank) != null;
  }

  /** Where the shape's message starts in the body text, or {@link #NO_MESSAGE}. */
  int messageStart(int rank) {
    return messageStarts[rank];
  }

  /** The shape's message as decoded text (XML), or {@code null}. */
  String messageText(int rank) {
    return messageTexts == null ? null : messageTexts[rank];
  }

  String requestId() {
    return requestId;
  }

  /**
   * Where the message at the configured pointer starts in the body text, or {@link #NO_MESSAGE}.
   */
  int configuredMessageStart() {
    return configuredMessageStart;
  }

  /** The job's status when the body is an async job's, else {@code null}. */
  String jobStatus() {
    return job ? jobStatus : null;
  }

  /** Whether the body is a JSON array, read as its first element. */
  boolean isTopLevelArray() {
    return topLevelArray;
  }

  private static int rankOf(List<BodyShape> shapes, BodyShape.Form form) {
    for (int rank = 0; rank < shapes.size(); rank++) {
      if (shapes.get(rank).form() == form) {
        return rank;
      }
    }
    return -1;
  }

  static boolean isFailedJob(String status) {
    return "FAIL".equalsIgnoreCase(status)
        || "FAILED".equalsIgnoreCase(status)
        || "ERROR".equalsIgnoreCase(status);
  }

  /** The statuses of an async job that has not failed (yet). */
  static boolean isUnfailedJob(String status) {
    return "SUCCESS".equalsIgnoreCase(status)
        || "RUNNING".equalsIgnoreCase(status)
        || "INIT".equalsIgnoreCase(status);
  }
}
