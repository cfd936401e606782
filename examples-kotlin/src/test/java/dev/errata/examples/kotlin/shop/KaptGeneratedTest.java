package dev.errata.examples.kotlin.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.ErrorKind;
import org.junit.jupiter.api.Test;

/** kapt ran the processor: the generated types exist and the Kotlin code built on them works. */
class KaptGeneratedTest {

  @Test
  void theTableNextToPackageInfoWasReadUnderKapt() {
    assertEquals(ErrorKind.NOT_FOUND, ShopErrorCode.ORDER_NOT_FOUND.kind());
    assertEquals("The order does not exist.", ShopErrorCode.ORDER_NOT_FOUND.message());
    assertEquals(3, ShopErrorCode.values().length);
  }

  @Test
  void kotlinCodeSwitchesOverTheSealedKinds() {
    assertEquals(
        "not found: The order does not exist.",
        ShopCallsKt.explain(
            404, "{\"code\":\"OrderNotFound\",\"message\":\"The order does not exist.\"}"));
    assertEquals(
        "top up first",
        ShopCallsKt.explain(402, "{\"code\":\"InsufficientBalance\",\"message\":\"low\"}"));
    assertEquals("ok", ShopCallsKt.explain(200, "{\"items\":[]}"));
  }
}
