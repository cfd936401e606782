package dev.errata;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body locations a reader looks at, as a tree of property names and array positions, compiled
 * once per reader from its {@link BodyShape}s. Each node lists what a scalar found there fills.
 * Read by any number of threads once built.
 */
final class FieldTree {
  /** What a scalar at a node fills in {@link BodyFields}. */
  enum Field {
    CODE,
    MESSAGE,
    REQUEST_ID,
    CONFIGURED_MESSAGE,
    JOB_STATUS,
    SUB_JOB_STATUS,
    SUB_JOB_CODE,
    SUB_JOB_REASON;

    /** Whether this is a message, recorded by where it starts rather than as text. */
    boolean isMessage() {
      return this == MESSAGE || this == CONFIGURED_MESSAGE || this == SUB_JOB_REASON;
    }
  }

  /** One thing a node fills: a field, and for codes and messages the rank of their shape. */
  record Target(Field field, int rank) {}

  private static final Target[] NO_TARGETS = {};
  private static final FieldTree[] NO_ELEMENTS = {};

  /** Pointer segments above this index are only matched as property names. */
  private static final int MAX_ELEMENT_INDEX = 1024;

  private static final List<String> JOB_PROPERTIES =
      List.of("job_id", "job_type", "entities", "fail_reason");

  private final Map<String, FieldTree> properties = new HashMap<>();
  private FieldTree[] elements = NO_ELEMENTS;
  private FieldTree anyElement;
  private Target[] targets = NO_TARGETS;
  private boolean marksJob;
  private boolean subJob;

  /**
   * The tree of a reader that looks for these shapes. An empty message pointer looks only where the
   * shapes say; an empty request id pointer looks for the usual names.
   */
  static FieldTree of(List<BodyShape> shapes, String messagePointer, String requestIdPointer) {
    FieldTree root = new FieldTree();
    for (int rank = 0; rank < shapes.size(); rank++) {
      BodyShape shape = shapes.get(rank);
      if (shape.form() == BodyShape.Form.FAILED_SUB_JOB) {
        root.asyncJob();
        continue;
      }
      root.add(shape.code(), new Target(Field.CODE, rank));
      for (String message : shape.messages()) {
        root.add(message, new Target(Field.MESSAGE, rank));
      }
      if (requestIdPointer.isEmpty()) {
        for (String requestId : shape.requestIds()) {
          root.add(requestId, new Target(Field.REQUEST_ID, -1));
        }
      }
    }
    if (!messagePointer.isEmpty()) {
      root.add(messagePointer, new Target(Field.CONFIGURED_MESSAGE, -1));
    }
    for (String requestId :
        requestIdPointer.isEmpty() ? BodyShape.TOP_LEVEL_REQUEST_IDS : List.of(requestIdPointer)) {
      root.add(requestId, new Target(Field.REQUEST_ID, -1));
    }
    return root;
  }

  /**
   * A job's {@code status} and its properties at the top; the status, code and reason of each
   * sub-job.
   */
  private void asyncJob() {
    child("status").fill(new Target(Field.JOB_STATUS, -1));
    for (String name : JOB_PROPERTIES) {
      child(name).marksJob = true;
    }
    FieldTree subJob = child("entities").child("sub_jobs").anyElementAsSubJob();
    subJob.child("status").fill(new Target(Field.SUB_JOB_STATUS, -1));
    subJob.child("error_code").fill(new Target(Field.SUB_JOB_CODE, -1));
    subJob.child("fail_reason").fill(new Target(Field.SUB_JOB_REASON, -1));
  }

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

  Target[] targets() {
    return targets;
  }

  /** Whether the presence of this property, whatever its value, makes the body an async job's. */
  boolean marksJob() {
    return marksJob;
  }

  /** Whether this node is one element of an async job's {@code sub_jobs} array. */
  boolean isSubJob() {
    return subJob;
  }

  private FieldTree child(String name) {
    return properties.computeIfAbsent(name, n -> new FieldTree());
  }

  private FieldTree anyElementAsSubJob() {
    if (anyElement == null) {
      anyElement = new FieldTree();
      anyElement.subJob = true;
    }
    return anyElement;
  }

  private void fill(Target target) {
    targets = Arrays.copyOf(targets, targets.length + 1);
    targets[targets.length - 1] = target;
  }

  private void add(String pointer, Target target) {
    add(JsonPointer.compile(pointer), target);
  }

  /** Adds a pointer; a segment such as {@code 0} matches both a property and an array index. */
  private void add(JsonPointer pointer, Target target) {
    if (pointer.matches()) {
      fill(target);
      return;
    }
    child(pointer.getMatchingProperty()).add(pointer.tail(), target);
    int index = pointer.getMatchingIndex();
    if (index >= 0 && index <= MAX_ELEMENT_INDEX) {
      if (index >= elements.length) {
        elements = Arrays.copyOf(elements, index + 1);
      }
      if (elements[index] == null) {
        elements[index] = new FieldTree();
      }
      elements[index].add(pointer.tail(), target);
    }
  }
}
