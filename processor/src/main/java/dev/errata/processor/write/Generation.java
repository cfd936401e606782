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

  /**
   * One generated source: the type's qualified name, for the {@code Filer}, and its text, printable
   * ASCII only so that it means the same whatever {@code -encoding} the build reads it with.
   */
  public record SourceFile(String qualifiedName, String text) {}

  public static List<SourceFile> sources(Catalog catalog) {
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
        .addMember("value", "$L", StringLiterals.of(PROCESSOR))
        .addMember("comments", "$L", StringLiterals.of("from " + catalog.settings().table()))
        .build();
  }

  private static SourceFile file(Catalog catalog, TypeSpec type) {
    JavaFile file = JavaFile.builder(catalog.packageName(), type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    String name = catalog.packageName().isEmpty() ? type.name() : catalog.packageName() + "." + type.name();
    return new SourceFile(name, ascii(file.toString()));
  }

  /**
   * The source with every character above DEL as a Unicode escape. Literals and Javadoc are ASCII
   * already; what is left are identifiers made from codes ({@code 错误_不存在}), where javac reads
   * the escape as the letter.
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
