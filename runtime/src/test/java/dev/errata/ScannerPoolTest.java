package dev.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScannerPoolTest {
  private final AtomicInteger made = new AtomicInteger();
  private final ScannerPool pool =
      new ScannerPool(
          () -> {
            made.incrementAndGet();
            return new JsonBodyScanner(
                FieldTree.of(BodyShape.DETECTED, "", ""), BodyShape.DETECTED);
          });

  @Test
  void aScannerGivenBackIsTakenAgain() {
    JsonBodyScanner first = pool.take();
    pool.give(first);
    assertSame(first, pool.take());
    assertEquals(1, made.get());
  }

  @Test
  void aScannerTakenIsNotHandedOutAgainUntilGivenBack() {
    JsonBodyScanner first = pool.take();
    JsonBodyScanner second = pool.take();
    assertNotSame(first, second);
    assertEquals(2, made.get());
    pool.give(second);
    pool.give(first); // one of the two is kept
    JsonBodyScanner third = pool.take();
    assertSame(first, third);
    assertNotSame(first, pool.take());
  }

  @Test
  void threadsThatReadOneAfterTheOtherMakeFewScanners() throws InterruptedException {
    for (int t = 0; t < 100; t++) {
      Thread reader = new Thread(() -> pool.give(pool.take()));
      reader.start();
      reader.join();
    }
    // each new thread takes the scanner of its slot, which a thread before it gave back: at most
    // one scanner is made per slot, and there are at most 64
    assertTrue(made.get() <= 64, "made " + made);
  }
}
