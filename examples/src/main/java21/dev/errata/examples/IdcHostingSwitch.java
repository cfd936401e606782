package dev.errata.examples;

import dev.errata.examples.idc.IdcHostingException;

/**
 * Java 21: a pattern {@code switch} over the sealed kind groups of one provider. It has no {@code
 * default}, so when a new table brings a kind the switch does not handle, this stops compiling
 * instead of quietly doing the wrong thing.
 */
public final class IdcHostingSwitch {
  private IdcHostingSwitch() {}

  /** What to tell the person who asked for the hosting change. */
  public static String reply(IdcHostingException e) {
    return switch (e) {
      case IdcHostingException.InsufficientFunds funds ->
          "Please top up your balance: " + funds.serverMessage();
      case IdcHostingException.QuotaExceeded full ->
          "No capacity left on this line: " + full.serverMessage();
      case IdcHostingException.InvalidArgument invalid ->
          "Please check your input: " + invalid.serverMessage();
      case IdcHostingException.PermissionDenied denied ->
          "Your account may not do this: " + denied.serverMessage();
      case IdcHostingException.NotFound missing ->
          "It no longer exists: " + missing.serverMessage();
      case IdcHostingException.AlreadyExists done ->
          "This was already done: " + done.serverMessage();
      case IdcHostingException.Conflict busy ->
          "Another change is in progress: " + busy.serverMessage();
      case IdcHostingException.FailedPrecondition state ->
          "Not possible in the current state: " + state.serverMessage();
      case IdcHostingException.Unsupported unsupported ->
          "Not offered on this line: " + unsupported.serverMessage();
      case IdcHostingException.Internal internal ->
          "The resource pool failed; we are on it (" + internal.code() + ")";
      case IdcHostingException.Unknown unknown ->
          "Unexpected answer (HTTP " + unknown.httpStatus() + ")";
    };
  }
}
