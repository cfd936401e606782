package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.CodeIndex;
import dev.errata.ErrorCode;
import dev.errata.ErrorKind;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodeEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes {@code <Provider>ErrorCode}: an enum with one constant per code of the table. */
final class ErrorCodeWriter {
  private ErrorCodeWriter() {}

  static TypeSpec write(Catalog catalog) {
    ClassName self = ClassName.get(catalog.packageName(), catalog.errorCodeName());
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(ErrorCode.class)
        .addAnnotation(Generation.annotation(catalog))
        .addJavadoc("Every code of the $L error table, one constant each.\n\n"
            + "<p>From <code>$L</code>. Find the constant for a code a server returned with "
            + "{@link #fromCode(String)}.\n",
            JavadocText.escape(catalog.settings().providerId()), JavadocText.escape(catalog.settings().table()));
    type.addJavadoc("$L", catalog.readNote().isEmpty() ? "" : "\n<p>Read from the table: " + JavadocText.escape(catalog.readNote()) + ".\n");

    for (CodeEntry entry : catalog.entries()) {
      type.addEnumConstant(entry.constantName(), TypeSpec.anonymousClassBuilder(CodeBlock.builder()
              .add("$L, $L, $L, $L, $L, $T.$L, $L",
                  StringLiterals.of(entry.code()),
                  entry.httpStatus(),
                  StringLiterals.of(entry.message()),
                  StringLiterals.of(entry.description()),
                  StringLiterals.of(entry.solution()),
                  ErrorKind.class, entry.kind().name(),
                  entry.retryable())
              .build())
          .addJavadoc("$L", CodeDocs.of(entry, catalog))
          .build());
    }

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    addProperty(type, constructor, String.class, "code");
    addProperty(type, constructor, int.class, "httpStatus");
    addProperty(type, constructor, String.class, "message");
    addProperty(type, constructor, String.class, "description");
    addProperty(type, constructor, String.class, "solution");
    addProperty(type, constructor, ErrorKind.class, "kind");
    addProperty(type, constructor, boolean.class, "retryable");
    type.addMethod(constructor.build());

    type.addMethod(MethodSpec.methodBuilder("provider")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $T.PROVIDER", ClassName.get(catalog.packageName(), catalog.decoderName()))
        .build());

    List<CodeEntry> patterns = patterns(catalog);
    if (!patterns.isEmpty()) {
      CodeBlock.Builder names = CodeBlock.builder();
      for (int i = 0; i < patterns.size(); i++) {
        names.add(i == 0 ? "$N" : ", $N", patterns.get(i).constantName());
      }
      type.addMethod(MethodSpec.methodBuilder("isPattern")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(boolean.class)
          .addCode("return switch (this) {\n$>case $L -> true;\ndefault -> false;\n$<};\n", names.build())
          .build());
    }
    type.addMethod(fromCode(self));
    type.addMethod(lookup(self));
    type.addType(indexType(self));
    return type.build();
  }

  private static void addProperty(
      TypeSpec.Builder type, MethodSpec.Builder constructor, Class<?> javaType, String name) {
    type.addField(javaType, name, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addParameter(javaType, name).addStatement("this.$N = $N", name, name);
    type.addMethod(MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(javaType)
        .addStatement("return $N", name)
        .build());
  }

  private static MethodSpec fromCode(ClassName self) {
    return MethodSpec.methodBuilder("fromCode")
        .addJavadoc("The constant for a code as a server returns it: the code itself, else the first "
            + "pattern code that matches it\n(most literal characters first), such as "
            + "<code>InvalidParameter.%s</code> for <code>InvalidParameter.LoadBalancerSpec</code>;\n"
            + "else the same in any case. See {@link $T}.\n", CodeIndex.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(String.class, "code")
        .addStatement("return $T.ofNullable(lookup(code))", Optional.class)
        .build();
  }

  private static MethodSpec lookup(ClassName self) {
    return MethodSpec.methodBuilder("lookup")
        .addJavadoc("Like {@link #fromCode(String)}, but {@code null} when no code matches.\n")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "code")
        .addStatement("return $T.CODES.find(code)", index(self))
        .build();
  }

  private static ClassName index(ClassName self) {
    return self.nestedClass("Index");
  }

  /** Holds the lookup table apart from the constants, so that no code can name a clashing field. */
  private static TypeSpec indexType(ClassName self) {
    return TypeSpec.classBuilder(index(self))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(CodeIndex.class), self), "CODES",
                Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of(values())", CodeIndex.class)
            .build())
        .build();
  }

  private static List<CodeEntry> patterns(Catalog catalog) {
    List<CodeEntry> patterns = new ArrayList<>();
    for (CodeEntry entry : catalog.entries()) {
      if (entry.pattern()) {
        patterns.add(entry);
      }
    }
    return patterns;
  }
}
