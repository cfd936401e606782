package dev.errata;

import java.util.List;

/**
 * What one scan of a body found: a code and a message per {@link BodyShape} of the reader, by the
 * shape's rank, and the request id and async job fields. The first value a field gets stays (a
 * duplicate key does not replace it).
 */
final class BodyFields {
  private final List<BodyShape> shapes;
  private final String[] codes;
  private final String[] messages;
  private String requestId;
  private String configuredMessage;
  private String jobStatus;
  private boolean job;
  private boolean topLevelArray;
  private String subJobStatus;
  private String subJobCode;
  private String subJobReason;

  BodyFields(List<BodyShape> shapes) {
    this.shapes = shapes;
    this.codes = new String[shapes.size()];
    this.messages = new String[shapes.size()];
  }

  /** Fills the empty ones of these targets; returns whether scanning should go on. */
  boolean record(FieldTree.Target[] targets, String text) {
    for (FieldTree.Target target : targets) {
      record(target.field(), target.rank(), text);
    }
    return !complete();
  }

  void record(FieldTree.Field field, int rank, String text) {
    switch (field) {
      case CODE -> codes[rank] = codes[rank] != null ? codes[rank] : Texts.stripped(text);
      case MESSAGE ->
          messages[rank] = messages[rank] != null ? messages[rank] : Texts.nonBlank(text);
      case REQUEST_ID -> requestId = requestId != null ? requestId : Texts.stripped(text);
      case CONFIGURED_MESSAGE ->
          configuredMessage = configuredMessage != null ? configuredMessage : Texts.nonBlank(text);
      case JOB_STATUS -> jobStatus = jobStatus != null ? jobStatus : Texts.stripped(text);
      case SUB_JOB_STATUS ->
          subJobStatus = subJobStatus != null ? subJobStatus : Texts.stripped(text);
      case SUB_JOB_CODE -> subJobCode = subJobCode != null ? subJobCode : Texts.stripped(text);
      case SUB_JOB_REASON ->
          subJobReason = subJobReason != null ? subJobReason : Texts.nonBlank(text);
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
    int rank = rankOf(BodyShape.Form.FAILED_SUB_JOB);
    if (failed && rank >= 0 && codes[rank] == null && messages[rank] == null) {
      codes[rank] = subJobCode;
      messages[rank] = subJobReason;
    }
    subJobStatus = null;
    subJobCode = null;
    subJobReason = null;
  }

  /** Whether a code, its message and a request id are all known, so the rest need not be read. */
  boolean complete() {
    if (requestId == null) {
      return false;
    }
    for (int rank = 0; rank < codes.length; rank++) {
      if (codes[rank] != null && (configuredMessage != null || messages[rank] != null)) {
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

  String message(int rank) {
    return messages[rank];
  }

  String requestId() {
    return requestId;
  }

  String configuredMessage() {
    return configuredMessage;
  }

  /** The job's status when the body is an async job's, else {@code null}. */
  String jobStatus() {
    return job ? jobStatus : null;
  }

  /** Whether the body is a JSON array, read as its first element. */
  boolean isTopLevelArray() {
    return topLevelArray;
  }

  private int rankOf(BodyShape.Form form) {
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
