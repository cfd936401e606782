package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.ErrorCode;
import dev.errata.ErrorKind;
import dev.errata.processor.catalog.CodePlaceholders;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodeEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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

    List<CodeEntry> patterns = patternsMostSpecificFirst(catalog);
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
    type.addMethod(lookup(self, !patterns.isEmpty()));
    type.addType(indexType(self, patterns));
    if (!patterns.isEmpty()) {
      type.addType(patternCodeType(self));
    }
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
        .addJavadoc("The constant for a code as a server returns it: the code itself, or else the "
            + "first pattern code that matches it\n(most literal characters first), such as "
            + "<code>InvalidParameter.%s</code> for <code>InvalidParameter.LoadBalancerSpec</code>.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(String.class, "code")
        .addStatement("return $T.ofNullable(lookup(code))", Optional.class)
        .build();
  }

  private static MethodSpec lookup(ClassName self, boolean hasPatterns) {
    MethodSpec.Builder lookup = MethodSpec.methodBuilder("lookup")
        .addJavadoc("Like {@link #fromCode(String)}, but {@code null} when no code matches.\n")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "code");
    if (!hasPatterns) {
      return lookup.addStatement("return code == null ? null : $T.EXACT.get(code)", index(self)).build();
    }
    return lookup
        .beginControlFlow("if (code == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T exact = $T.EXACT.get(code)", self, index(self))
        .beginControlFlow("if (exact != null)")
        .addStatement("return exact")
        .endControlFlow()
        .beginControlFlow("for ($T pattern : $T.PATTERNS)", patternCode(self), index(self))
        .beginControlFlow("if (pattern.matches(code))")
        .addStatement("return pattern.errorCode()")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private static ClassName index(ClassName self) {
    return self.nestedClass("Index");
  }

  /** Holds the lookup tables apart from the constants, so that no code can name a clashing field. */
  private static TypeSpec indexType(ClassName self, List<CodeEntry> patterns) {
    TypeName exactType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
    TypeSpec.Builder index = TypeSpec.classBuilder(index(self))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(exactType, "EXACT", Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<>()", HashMap.class)
            .build());
    if (!patterns.isEmpty()) {
      CodeBlock.Builder entries = CodeBlock.builder().add("$T.of(", List.class).indent();
      for (int i = 0; i < patterns.size(); i++) {
        CodeEntry entry = patterns.get(i);
        entries.add("\nnew $T($S, $T.compile($S), $N)$L", patternCode(self),
            CodePlaceholders.literalPrefix(entry.code()), Pattern.class,
            CodePlaceholders.regex(entry.code()), entry.constantName(), i + 1 < patterns.size() ? "," : "");
      }
      entries.unindent().add(")");
      index.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), patternCode(self)),
              "PATTERNS", Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Pattern codes, most literal characters first.\n")
          .initializer(entries.build())
          .build());
    }
    CodeBlock.Builder fill = CodeBlock.builder().beginControlFlow("for ($T errorCode : values())", self);
    if (patterns.isEmpty()) {
      fill.addStatement("EXACT.put(errorCode.code, errorCode)");
    } else {
      fill.beginControlFlow("if (!errorCode.isPattern())")
          .addStatement("EXACT.put(errorCode.code, errorCode)")
          .endControlFlow();
    }
    return index.addStaticBlock(fill.endControlFlow().build()).build();
  }

  private static ClassName patternCode(ClassName self) {
    return self.nestedClass("PatternCode");
  }

  /**
   * A pattern code with the text before its first placeholder, compared first: a code that does
   * not start with it is no match, and no {@link java.util.regex.Matcher} is made for it.
   */
  private static TypeSpec patternCodeType(ClassName self) {
    return TypeSpec.recordBuilder(patternCode(self))
        .addModifiers(Modifier.PRIVATE)
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(String.class, "prefix")
            .addParameter(Pattern.class, "pattern")
            .addParameter(self, "errorCode")
            .build())
        .addMethod(MethodSpec.methodBuilder("matches")
            .returns(boolean.class)
            .addParameter(String.class, "code")
            .addStatement("return code.startsWith(prefix) && pattern.matcher(code).matches()")
            .build())
        .build();
  }

  private static List<CodeEntry> patternsMostSpecificFirst(Catalog catalog) {
    List<CodeEntry> patterns = new ArrayList<>();
    for (CodeEntry entry : catalog.entries()) {
      if (entry.pattern()) {
        patterns.add(entry);
      }
    }
    patterns.sort(Comparator.comparingInt((CodeEntry e) -> CodePlaceholders.withoutPlaceholders(e.code()).length()).reversed());
    return patterns;
  }
}
