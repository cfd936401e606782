package dev.errata;

/**
 * The values one scan found, by slot. The first value a slot gets stays (a duplicate key does not
 * replace it). Code and message slots come in pairs, ranked: when a body carries several shapes,
 * the lowest-numbered pair that holds a code is the one reported.
 */
final class BodyFields {
  // code/message pairs: pair p has its code in slot 2p and its message in slot 2p + 1
  static final int EXPLICIT = 0; // the configured pointers, or the XML scanner
  static final int RESPONSE_ERROR = 1; // Response.Error.Code / Response.Error.Message
  static final int FLAT = 2; // error_code / error_msg, error_message, fail_reason
  static final int NESTED = 3; // error.code / error.message
  static final int DETAIL = 4; // error.details[0].code / .message
  static final int ERROR_OBJECT = 5; // Error.Code / Error.Message
  static final int CAPITAL = 6; // Code / Message
  static final int TYPE = 7; // __type / message, Message
  static final int LOWER = 8; // code / msg, message
  static final int ERRCODE = 9; // errcode / errmsg
  static final int FAILED_SUB_JOB = 10; // entities.sub_jobs[i].error_code / fail_reason
  static final int PAIRS = 11;

  static final int REQUEST_ID = 2 * PAIRS;
  static final int JOB_STATUS = REQUEST_ID + 1;
  static final int SUB_JOB_STATUS = JOB_STATUS + 1;
  static final int SUB_JOB_CODE = SUB_JOB_STATUS + 1;
  static final int SUB_JOB_REASON = SUB_JOB_CODE + 1;
  /** The message at a configured message pointer; it wins over any pair's message. */
  static final int CONFIGURED_MESSAGE = SUB_JOB_REASON + 1;
  /** Marked when the body has a property only async jobs have, such as {@code job_id}. */
  static final int JOB_MARKER = CONFIGURED_MESSAGE + 1;
  private static final int SLOTS = JOB_MARKER + 1;
  private static final String PRESENT = "present";

  static int code(int pair) {
    return 2 * pair;
  }

  static int message(int pair) {
    return 2 * pair + 1;
  }

  private final String[] values = new String[SLOTS];

  String get(int slot) {
    return values[slot];
  }

  /** Fills the empty ones of these slots; returns whether scanning should go on. */
  boolean record(int[] slots, String text) {
    for (int slot : slots) {
      record(slot, text);
    }
    return !complete();
  }

  void record(int slot, String text) {
    if (values[slot] == null) {
      values[slot] = isMessage(slot) ? nonBlank(text) : nonBlank(text.strip());
    }
  }

  void markPresent(int slot) {
    values[slot] = PRESENT;
  }

  /** Ends one element of {@code sub_jobs}: keeps it if it is the first that failed. */
  void endSubJob() {
    String status = values[SUB_JOB_STATUS];
    boolean failed = isFailedJob(status) || (status == null && values[SUB_JOB_CODE] != null);
    if (failed && values[code(FAILED_SUB_JOB)] == null && values[message(FAILED_SUB_JOB)] == null) {
      values[code(FAILED_SUB_JOB)] = values[SUB_JOB_CODE];
      values[message(FAILED_SUB_JOB)] = values[SUB_JOB_REASON];
    }
    values[SUB_JOB_STATUS] = null;
    values[SUB_JOB_CODE] = null;
    values[SUB_JOB_REASON] = null;
  }

  /** Whether a code, its message and a request id are all known, so the rest need not be read. */
  boolean complete() {
    if (values[REQUEST_ID] == null) {
      return false;
    }
    boolean configuredMessage = values[CONFIGURED_MESSAGE] != null;
    for (int pair = 0; pair < PAIRS; pair++) {
      if (values[code(pair)] != null && (configuredMessage || values[message(pair)] != null)) {
        return true;
      }
    }
    return false;
  }

  /** The pair that holds the reported code, or -1. */
  int codePair() {
    for (int pair = 0; pair < PAIRS; pair++) {
      if (values[code(pair)] != null) {
        return pair;
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

  private static boolean isMessage(int slot) {
    return (slot < REQUEST_ID && slot % 2 == 1) || slot == SUB_JOB_REASON || slot == CONFIGURED_MESSAGE;
  }

  private static String nonBlank(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
