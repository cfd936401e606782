package dev.errata.processor;

import dev.errata.ErrorKind;
import dev.errata.ResponseReader;
import dev.errata.processor.catalog.JavaNames;
import dev.errata.processor.model.CatalogSettings;
import dev.errata.processor.model.CatalogSettings.BodyLocation;
import dev.errata.processor.model.Column;
import dev.errata.processor.model.KindOverride;
import dev.errata.processor.model.KindOverride.Retry;
import dev.errata.processor.model.TableOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * One {@code @ErrorCatalog} on a package: its settings, and where to point diagnostics so that an
 * IDE underlines the annotation's {@code table = "..."}.
 */
record CatalogRequest(
    PackageElement pkg,
    AnnotationMirror annotation,
    CatalogSettings settings,
    List<String> suppress) {
  CatalogRequest {
    suppress = List.copyOf(suppress);
  }

  static final String ANNOTATION = "dev.errata.ErrorCatalog";
  static final String CONTAINER = "dev.errata.ErrorCatalog.List";

  /** Every {@code @ErrorCatalog} on a package, whether written once or repeated. */
  static List<AnnotationMirror> mirrors(Element element) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (type.equals(ANNOTATION)) {
        mirrors.add(mirror);
      } else if (type.equals(CONTAINER)) {
        for (AnnotationValue value : list(explicitValues(mirror).get("value"))) {
          mirrors.add((AnnotationMirror) value.getValue());
        }
      }
    }
    return mirrors;
  }

  static CatalogRequest of(PackageElement pkg, AnnotationMirror mirror, Elements elements) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    elements
        .getElementValuesWithDefaults(mirror)
        .forEach((method, value) -> values.put(method.getSimpleName().toString(), value));

    String provider = string(values, "provider");
    String id = string(values, "id");
    Map<Column, String> headers = new EnumMap<>(Column.class);
    putIfSet(headers, Column.STATUS, string(values, "statusColumn"));
    putIfSet(headers, Column.CODE, string(values, "codeColumn"));
    putIfSet(headers, Column.MESSAGE, string(values, "messageColumn"));
    putIfSet(headers, Column.DESCRIPTION, string(values, "descriptionColumn"));
    putIfSet(headers, Column.SOLUTION, string(values, "solutionColumn"));

    List<String> successCodes = new ArrayList<>();
    for (AnnotationValue code : list(values.get("successCodes"))) {
      successCodes.add((String) code.getValue());
    }
    Map<String, KindOverride> rules = new LinkedHashMap<>();
    for (AnnotationValue classify : list(values.get("classify"))) {
      Map<String, AnnotationValue> rule = new LinkedHashMap<>();
      elements
          .getElementValuesWithDefaults((AnnotationMirror) classify.getValue())
          .forEach((method, value) -> rule.put(method.getSimpleName().toString(), value));
      String retry = enumName(rule.get("retryable"));
      rules.put(
          string(rule, "code"),
          new KindOverride(
              ErrorKind.valueOf(enumName(rule.get("kind"))),
              retry.equals("FROM_KIND")
                  ? Retry.FROM_KIND
                  : retry.equals("TRUE") ? Retry.YES : Retry.NO));
    }

    CatalogSettings settings =
        new CatalogSettings(
            pkg.getQualifiedName().toString(),
            provider,
            id.isEmpty() ? JavaNames.providerId(provider) : id,
            string(values, "table"),
            new TableOptions((Integer) values.get("tableNumber").getValue(), headers),
            new BodyLocation(
                string(values, "codePointer"),
                string(values, "messagePointer"),
                string(values, "requestIdPointer"),
                successCodes),
            rules);
    List<String> suppress = new ArrayList<>();
    for (AnnotationValue category : list(values.get("suppress"))) {
      suppress.add((String) category.getValue());
    }
    return new CatalogRequest(pkg, mirror, settings, suppress);
  }

  /**
   * Whether the annotation can be acted on; reports on the attribute at fault when not. The
   * provider must be a type name, once per package; the table named; the JSON pointers valid.
   */
  boolean isValid(Set<String> providersInPackage, Messager messager) {
    String provider = settings.provider();
    if (!JavaNames.isUsableClassName(provider)) {
      report(
          messager,
          Diagnostic.Kind.ERROR,
          "provider",
          "provider '"
              + provider
              + "' must be a Java type name starting upper-case, such as HuaweiCbc");
      return false;
    }
    if (!providersInPackage.add(provider)) {
      report(
          messager,
          Diagnostic.Kind.ERROR,
          "provider",
          "provider '" + provider + "' is declared twice in this package");
      return false;
    }
    if (settings.table().isBlank()) {
      report(messager, Diagnostic.Kind.ERROR, "table", "table must name a table file");
      return false;
    }
    return validPointers(messager);
  }

  /**
   * The generated decoder builds its {@link ResponseReader} when its class initialises; a pointer
   * the builder rejects would fail there, at run time. Ask the same builder now.
   */
  private boolean validPointers(Messager messager) {
    BodyLocation body = settings.body();
    Map<String, String> pointers = new LinkedHashMap<>();
    pointers.put("codePointer", body.codePointer());
    pointers.put("messagePointer", body.messagePointer());
    pointers.put("requestIdPointer", body.requestIdPointer());
    boolean valid = true;
    for (Map.Entry<String, String> pointer : pointers.entrySet()) {
      try {
        ResponseReader.builder().codePointer(pointer.getValue()).build();
      } catch (IllegalArgumentException e) {
        report(
            messager,
            Diagnostic.Kind.ERROR,
            pointer.getKey(),
            pointer.getKey()
                + " '"
                + pointer.getValue()
                + "' is not a JSON pointer (RFC 6901), such as /error/code: "
                + e.getMessage());
        valid = false;
      }
    }
    return valid;
  }

  /** Reports on the annotation, with the caret on the given attribute when the source names it. */
  void report(Messager messager, Diagnostic.Kind kind, String attribute, String message) {
    AnnotationValue value = explicitValues(annotation).get(attribute);
    if (value != null) {
      messager.printMessage(kind, message, pkg, annotation, value);
    } else {
      messager.printMessage(kind, message, pkg, annotation);
    }
  }

  private static Map<String, AnnotationValue> explicitValues(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
    }
    return values;
  }

  private static void putIfSet(Map<Column, String> headers, Column column, String header) {
    if (!header.isEmpty()) {
      headers.put(column, header);
    }
  }

  private static String string(Map<String, AnnotationValue> values, String name) {
    return (String) values.get(name).getValue();
  }

  private static String enumName(AnnotationValue value) {
    return ((VariableElement) value.getValue()).getSimpleName().toString();
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> list(AnnotationValue value) {
    return value == null ? List.of() : (List<? extends AnnotationValue>) value.getValue();
  }
}
