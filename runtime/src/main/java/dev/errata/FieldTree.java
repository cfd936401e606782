package dev.errata;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The body locations a reader looks at, as a tree of property names and array positions. Each
 * node lists the {@link BodyFields} slots that a scalar found there fills. Built once per reader,
 * read by any number of threads afterwards.
 */
final class FieldTree {
  private static final int[] NO_SLOTS = {};
  private static final FieldTree[] NO_ELEMENTS = {};
  /** Pointer segments above this index are only matched as property names. */
  private static final int MAX_ELEMENT_INDEX = 1024;

  private final Map<String, FieldTree> properties = new HashMap<>();
  private FieldTree[] elements = NO_ELEMENTS;
  private FieldTree anyElement;
  private int[] slots = NO_SLOTS;
  private int presenceSlot = -1;
  private boolean subJob;

  FieldTree property(String name) {
    return properties.get(name);
  }

  FieldTree element(int index) {
    if (anyElement != null) {
      return anyElement;
    }
    return index < elements.length ? elements[index] : null;
  }

  boolean hasProperties() {
    return !properties.isEmpty();
  }

  boolean hasElements() {
    return anyElement != null || elements.length > 0;
  }

  int[] slots() {
    return slots;
  }

  /** The slot marked when this property is present, whatever its value; or -1. */
  int presenceSlot() {
    return presenceSlot;
  }

  /** Whether this node is one element of an async job's {@code sub_jobs} array. */
  boolean isSubJob() {
    return subJob;
  }

  // building

  FieldTree child(String name) {
    return properties.computeIfAbsent(name, n -> new FieldTree());
  }

  FieldTree anyElementAsSubJob() {
    if (anyElement == null) {
      anyElement = new FieldTree();
      anyElement.subJob = true;
    }
    return anyElement;
  }

  FieldTree markPresence(int slot) {
    presenceSlot = slot;
    return this;
  }

  FieldTree fill(int slot) {
    slots = Arrays.copyOf(slots, slots.length + 1);
    slots[slots.length - 1] = slot;
    return this;
  }

  /** Adds a pointer; a segment such as {@code 0} matches both a property and an array index. */
  void add(JsonPointer pointer, int slot) {
    if (pointer.matches()) {
      fill(slot);
      return;
    }
    child(pointer.getMatchingProperty()).add(pointer.tail(), slot);
    int index = pointer.getMatchingIndex();
    if (index >= 0 && index <= MAX_ELEMENT_INDEX) {
      if (index >= elements.length) {
        elements = Arrays.copyOf(elements, index + 1);
      }
      if (elements[index] == null) {
        elements[index] = new FieldTree();
      }
      elements[index].add(pointer.tail(), slot);
    }
  }
}
