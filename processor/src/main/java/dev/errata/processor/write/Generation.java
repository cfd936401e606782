package dev.errata.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import java.util.List;

/**
 * The three source files of a catalog. Every file is made by {@link #file}, the one place that
 * decides what a generated file carries: {@code @Generated} naming the table, the warnings its code
 * is known to raise suppressed, printable ASCII, one indentation.
 */
public final class Generation {
  /**
   * The processor that {@code @Generated} names; a string, so this package does not depend on it.
   */
  static final String PROCESSOR = "dev.errata.processor.ErrataProcessor";

  private Generation() {}

  /**
   * One generated source: the type's qualified name, for the {@code Filer}, and its text, printable
   * ASCII only so that it means the same whatever {@code -encoding} the build reads it with.
   */
  public record SourceFile(String qualifiedName, String text) {}

  public static List<SourceFile> sources(Catalog catalog) {
    TypeNames types = TypeNames.of(catalog.names());
    return List.of(
        file(catalog, new ErrorCodeWriter(catalog, types).write()),
        // the nested classes share the root's serialVersionUID, as javac's lint would not know
        file(catalog, new ExceptionWriter(catalog, types).write(), "serial"),
        file(catalog, new DecoderWriter(catalog, types).write()));
  }

  /** The decoder's binary name, for the {@code ServiceLoader} registration. */
  public static String decoderClassName(Catalog catalog) {
    return TypeNames.of(catalog.names()).decoder().reflectionName();
  }

  private static SourceFile file(Catalog catalog, TypeSpec.Builder builder, String... suppressed) {
    builder.addAnnotation(
        AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$L", StringLiterals.of(PROCESSOR))
            .addMember("comments", "$L", StringLiterals.of("from " + catalog.settings().table()))
            .build());
    if (suppressed.length > 0) {
      AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
      for (String warning : suppressed) {
        suppress.addMember("value", "$L", StringLiterals.of(warning));
      }
      builder.addAnnotation(suppress.build());
    }
    TypeSpec type = builder.build();
    JavaFile file =
        JavaFile.builder(catalog.packageName(), type)
            .skipJavaLangImports(true)
            .indent("  ")
            .build();
    String name =
        catalog.packageName().isEmpty() ? type.name() : catalog.packageName() + "." + type.name();
    return new SourceFile(name, ascii(file.toString()));
  }

  /**
   * The source with every character above DEL as a Unicode escape. Literals and Javadoc are ASCII
   * already; what is left are identifiers made from codes ({@code 错误_不存在}), where javac reads the
   * escape as the letter.
   */
  static String ascii(String source) {
    StringBuilder ascii = null;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c > 0x7f) {
        if (ascii == null) {
          ascii = new StringBuilder(source.length() + 64).append(source, 0, i);
        }
        StringLiterals.unicodeEscape(ascii, c);
      } else if (ascii != null) {
        ascii.append(c);
      }
    }
    return ascii == null ? source : ascii.toString();
  }
}
