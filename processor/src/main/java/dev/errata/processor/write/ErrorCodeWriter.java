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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Provider>ErrorCode}: an enum with one constant per code of the table. The
 * constants take no arguments: each accessor is one {@code switch} over them, so the enum's
 * initialiser creates the constants and nothing else, and a catalog holds as many codes as the JVM
 * lets an enum have.
 */
final class ErrorCodeWriter {
  private final Catalog catalog;
  private final TypeNames types;
  private final ClassName self;

  /** Texts too long for one string constant, each returned by a method of its own. */
  private final List<MethodSpec> longTexts = new ArrayList<>();

  ErrorCodeWriter(Catalog catalog, TypeNames types) {
    this.catalog = catalog;
    this.types = types;
    this.self = types.errorCode();
  }

  TypeSpec.Builder write() {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(ErrorCode.class)
            .addJavadoc(
                "The codes of the $L error table, one constant each, with what the table says of them.\n\n"
                    + "<p>From <code>$L</code>. {@link #fromCode(String)} finds the constant for a code a server "
                    + "returned;\n{@link $L} decodes whole responses into {@link $L}s.\n",
                CodeDocs.providerName(catalog),
                JavadocText.escape(catalog.settings().table()),
                types.decoder().simpleName(),
                types.exception().simpleName());
    type.addJavadoc(
        "$L",
        catalog.readNote().isEmpty()
            ? ""
            : "\n<p>Read from the table: " + JavadocText.escape(catalog.readNote()) + ".\n");

    for (CodeEntry entry : catalog.entries()) {
      type.addEnumConstant(
          entry.constantName(),
          TypeSpec.anonymousClassBuilder("").addJavadoc("$L", CodeDocs.of(entry, catalog)).build());
    }

    List<CodeEntry> entries = catalog.entries();
    type.addMethod(
        MethodSpec.methodBuilder("provider")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $T.PROVIDER", types.decoder())
            .build());
    type.addMethod(
        accessor("code", String.class, ThisSwitch.of(entries, CodeEntry::code, this::text, null)));
    type.addMethod(
        accessor(
            "httpStatus",
            int.class,
            ThisSwitch.of(
                entries,
                CodeEntry::httpStatus,
                status -> CodeBlock.of("$L", status),
                mostCommon(CodeEntry::httpStatus))));
    type.addMethod(
        accessor(
            "message", String.class, ThisSwitch.of(entries, CodeEntry::message, this::text, "")));
    type.addMethod(
        accessor(
            "description",
            String.class,
            ThisSwitch.of(entries, CodeEntry::description, this::text, "")));
    type.addMethod(
        accessor(
            "solution", String.class, ThisSwitch.of(entries, CodeEntry::solution, this::text, "")));
    type.addMethod(
        accessor(
            "kind",
            ErrorKind.class,
            ThisSwitch.of(
                entries,
                CodeEntry::kind,
                kind -> CodeBlock.of("$T.$L", ErrorKind.class, kind.name()),
                mostCommon(CodeEntry::kind))));
    type.addMethod(
        accessor(
            "retryable",
            boolean.class,
            ThisSwitch.of(
                entries, CodeEntry::retryable, retryable -> CodeBlock.of("$L", retryable), false)));

    if (entries.stream().anyMatch(CodeEntry::isPattern)) {
      type.addMethod(
          accessor(
              "isPattern",
              boolean.class,
              ThisSwitch.of(
                  entries,
                  CodeEntry::isPattern,
                  isPattern -> CodeBlock.of("$L", isPattern),
                  false)));
    }
    type.addMethods(longTexts);
    type.addMethod(fromCode());
    type.addMethod(lookup());
    type.addType(indexType());
    return type;
  }

  /**
   * A text as the accessors' switches return it: a literal, or for a text beyond one string
   * constant a call of a method that joins its pieces. Such a text costs its switch arm no more
   * bytecode than a literal, so no number of long texts can push an accessor past the JVM's 64 KB
   * per method.
   */
  private CodeBlock text(String text) {
    CodeBlock literal = StringLiterals.of(text);
    if (StringLiterals.isOneConstant(text)) {
      return literal;
    }
    String name = "longText" + (longTexts.size() + 1);
    longTexts.add(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addStatement("return $L", literal)
            .build());
    return CodeBlock.of("$N()", name);
  }

  private static MethodSpec accessor(String name, Class<?> returns, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addCode(body)
        .build();
  }

  /**
   * The value most codes share, which the accessor's {@code default} arm returns, or {@code null}
   * when no two codes share one.
   */
  private <V> V mostCommon(Function<CodeEntry, V> value) {
    Map<V, Integer> counts = new HashMap<>();
    V best = null;
    int bestCount = 0;
    for (CodeEntry entry : catalog.entries()) {
      V v = value.apply(entry);
      int count = counts.merge(v, 1, Integer::sum);
      if (count > bestCount) {
        best = v;
        bestCount = count;
      }
    }
    return bestCount > 1 ? best : null;
  }

  private MethodSpec fromCode() {
    return MethodSpec.methodBuilder("fromCode")
        .addJavadoc(
            "The constant for a code as a server returns it: the code itself, else the first "
                + "pattern code that matches it\n(most literal characters first), such as "
                + "<code>InvalidParameter.%s</code> for <code>InvalidParameter.LoadBalancerSpec</code>;\n"
                + "else the same in any case. See {@link $T}.\n\n"
                + "@param code the code of a response, or {@code null}\n"
                + "@return the constant, or empty when the table has no such code\n",
            CodeIndex.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(String.class, "code")
        .addStatement("return $T.ofNullable(lookup(code))", Optional.class)
        .build();
  }

  private MethodSpec lookup() {
    return MethodSpec.methodBuilder("lookup")
        .addJavadoc("Like {@link #fromCode(String)}, but {@code null} when no code matches.\n")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "code")
        .addStatement("return $T.CODES.find(code)", index())
        .build();
  }

  private ClassName index() {
    return self.nestedClass("Index");
  }

  /**
   * Holds the lookup table apart from the constants, so that no code can name a clashing field, and
   * so that it is built on the first lookup, not when the enum is first used.
   */
  private TypeSpec indexType() {
    return TypeSpec.classBuilder(index())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(ClassName.get(CodeIndex.class), self),
                    "CODES",
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("$T.of(values())", CodeIndex.class)
                .build())
        .build();
  }
}
