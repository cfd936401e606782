package dev.errata;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * The JSON scanners of one reader, kept from read to read: a scanner holds arrays sized to the
 * reader's shapes and jackson-core's buffers, which would otherwise be made for every read.
 *
 * <p>A few slots, about two per processor; a thread takes the scanner of the slot its identity
 * picks and puts it back after the read. A thread that finds its slot empty, because another thread
 * of the same slot is reading, makes a scanner of its own, and one of the two is kept. Unlike a
 * thread-local, this keeps nothing in a thread once the reader is gone (no class loader is held by
 * a pooled thread of a server), and a virtual thread per request finds scanners already made.
 */
final class ScannerPool {
  private static final int MAX_SLOTS = 64;

  private final Supplier<JsonBodyScanner> newScanner;
  private final AtomicReferenceArray<JsonBodyScanner> slots;
  private final int slotMask;

  ScannerPool(Supplier<JsonBodyScanner> newScanner) {
    this.newScanner = newScanner;
    int wanted = Math.min(MAX_SLOTS, 2 * Runtime.getRuntime().availableProcessors());
    int size = Integer.highestOneBit(Math.max(1, wanted - 1)) << 1; // a power of two >= wanted
    this.slots = new AtomicReferenceArray<>(size);
    this.slotMask = size - 1;
  }

  /** A scanner that no other thread uses until it is {@linkplain #give given back}. */
  JsonBodyScanner take() {
    JsonBodyScanner scanner = slots.getAndSet(slotOfThisThread(), null);
    return scanner != null ? scanner : newScanner.get();
  }

  /** Gives back a scanner taken by this thread, done with. */
  void give(JsonBodyScanner scanner) {
    slots.lazySet(slotOfThisThread(), scanner);
  }

  private int slotOfThisThread() {
    int hash = System.identityHashCode(Thread.currentThread());
    return (hash ^ (hash >>> 16)) & slotMask;
  }
}
