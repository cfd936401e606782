package dev.errata.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.tools.Diagnostic;

/**
 * For compilers that print a diagnostic on a package without its file and line (ECJ does, for every
 * package-info): each message on a package starts with the package's name, so the user still knows
 * which {@code @ErrorCatalog} it is about.
 */
final class PackageNamingMessager implements Messager {
  private final Messager messager;

  PackageNamingMessager(Messager messager) {
    this.messager = messager;
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message) {
    messager.printMessage(kind, message);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
    messager.printMessage(kind, named(message, element), element);
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {
    messager.printMessage(kind, named(message, element), element, annotation);
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind,
      CharSequence message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    messager.printMessage(kind, named(message, element), element, annotation, value);
  }

  private static CharSequence named(CharSequence message, Element element) {
    return element instanceof PackageElement pkg
        ? "@ErrorCatalog on package " + pkg.getQualifiedName() + ": " + message
        : message;
  }
}
