package dev.errata.examples;

import dev.errata.ServiceException;
import dev.errata.examples.cbc.HuaweiCbcException;
import dev.errata.examples.idc.IdcHostingException;
import java.net.http.HttpRequest;
import java.time.Duration;

/** The ways to handle a provider's errors with errata, each as a method to copy. */
public final class Recipes {
  private Recipes() {}

  /** One code: catch its class. Every other error goes on to the caller. */
  public static String renewHosting(ProviderClient<IdcHostingException> idc, HttpRequest renew) {
    try {
      return idc.send(renew);
    } catch (IdcHostingException.Code201042 balanceTooLow) {
      return "renewal postponed: " + balanceTooLow.serverMessage();
    }
  }

  /**
   * A kind of failure: catch its group, which holds every code of the table with that kind (for
   * Huawei CBC: "insufficient balance", "insufficient budget", "coupon quota too low" ...).
   */
  public static String payOrder(ProviderClient<HuaweiCbcException> cbc, HttpRequest pay) {
    try {
      return cbc.send(pay);
    } catch (HuaweiCbcException.InsufficientFunds e) {
      return "ask the customer to top up (" + e.code() + ")";
    } catch (HuaweiCbcException.NotFound e) {
      return "nothing to pay: " + e.serverMessage();
    }
  }

  /** Any provider: one policy over the common taxonomy. */
  public static String advice(ServiceException e) {
    return switch (e.kind()) {
      case INVALID_ARGUMENT, UNSUPPORTED -> "fix the request: " + e.serverMessage();
      case UNAUTHENTICATED, PERMISSION_DENIED -> "check credentials and permissions of the account";
      case INSUFFICIENT_FUNDS, QUOTA_EXCEEDED -> "top up the account or raise the quota";
      case NOT_FOUND, ALREADY_EXISTS, CONFLICT, FAILED_PRECONDITION ->
          "reload the resource and decide again";
      case THROTTLED, UNAVAILABLE, TIMEOUT -> "try again later";
      case INTERNAL, UNKNOWN ->
          "report it to " + e.provider() + " with request id " + e.requestId().orElse("(none)");
    };
  }

  /** Retry what the provider says may succeed when tried again: three calls at most. */
  public static String withRetries(
      ProviderClient<?> client, HttpRequest request, Duration firstDelay) {
    return Retry.upTo(3, firstDelay).call(() -> client.send(request));
  }
}
