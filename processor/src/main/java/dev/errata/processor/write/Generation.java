package dev.errata.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import java.util.List;

/** The three source files of a catalog, each marked as generated from its table. */
public final class Generation {
  /** The processor that {@code @Generated} names; a string, so this package does not depend on it. */
  static final String PROCESSOR = "dev.errata.processor.ErrataProcessor";

  private Generation() {}

  public static List<JavaFile> sources(Catalog catalog) {
    return List.of(
        file(catalog, ErrorCodeWriter.write(catalog)),
        file(catalog, ExceptionWriter.write(catalog)),
        file(catalog, DecoderWriter.write(catalog)));
  }

  /** The decoder's binary name, for the {@code ServiceLoader} registration. */
  public static String decoderClassName(Catalog catalog) {
    return ClassName.get(catalog.packageName(), catalog.decoderName()).reflectionName();
  }

  static AnnotationSpec annotation(Catalog catalog) {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", PROCESSOR)
        .addMember("comments", "$S", "from " + catalog.settings().table())
        .build();
  }

  private static JavaFile file(Catalog catalog, TypeSpec type) {
    return JavaFile.builder(catalog.packageName(), type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
