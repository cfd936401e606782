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
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodeEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Provider>ErrorCode}: an enum with one constant per code of the table. The
 * constants take no arguments: each accessor is one {@code switch} over them, so the enum's
 * initialiser creates the constants and nothing else, and a catalog holds as many codes as the
 * JVM lets an enum have.
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
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(ErrorCode.class)
        .addJavadoc("The codes of the $L error table, one constant each, with what the table says of them.\n\n"
                + "<p>From <code>$L</code>. {@link #fromCode(String)} finds the constant for a code a server "
                + "returned;\n{@link $L} decodes whole responses into {@link $L}s.\n",
            CodeDocs.providerName(catalog), JavadocText.escape(catalog.settings().table()),
            types.decoder().simpleName(), types.exception().simpleName());

    for (CodeEntry entry : catalog.entries()) {
      type.addEnumConstant(entry.constantName(), TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L", CodeDocs.of(entry, catalog))
          .build());
    }

    List<CodeEntry> entries = catalog.entries();
    type.addMethod(MethodSpec.methodBuilder("provider")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $T.PROVIDER", types.decoder())
        .build());
    type.addMethod(accessor("code", String.class,
        ThisSwitch.of(entries, CodeEntry::code, this::text, null)));
    type.addMethod(accessor("httpStatus", int.class,
        ThisSwitch.of(entries, CodeEntry::httpStatus, status -> CodeBlock.of("$L", status), mostCommon(CodeEntry::httpStatus))));
    type.addMethod(accessor("message", String.class,
        ThisSwitch.of(entries, CodeEntry::message, this::text, "")));
    type.addMethod(accessor("description", String.class,
        ThisSwitch.of(entries, CodeEntry::description, this::text, "")));
    type.addMethod(accessor("solution", String.class,
        ThisSwitch.of(entries, CodeEntry::solution, this::text, "")));
    type.addMethod(accessor("kind", ErrorKind.class,
        ThisSwitch.of(entries, CodeEntry::kind, kind -> CodeBlock.of("$T.$L", ErrorKind.class, kind.name()), mostCommon(CodeEntry::kind))));
    type.addMethod(accessor("retryable", boolean.class,
        ThisSwitch.of(entries, CodeEntry::retryable, retryable -> CodeBlock.of("$L", retryable), false)));

    List<CodeEntry> patterns = patternsMostSpecificFirst();
    if (!patterns.isEmpty()) {
      type.addMethod(accessor("isPattern", boolean.class,
          ThisSwitch.of(entries, CodeEntry::isPattern, isPattern -> CodeBlock.of("$L", isPattern), false)));
    }
    type.addMethods(longTexts);
    type.addMethod(fromCode());
    type.addMethod(lookup(!patterns.isEmpty()));
    TypeSpec.Builder index = indexType(!patterns.isEmpty());
    if (!patterns.isEmpty()) {
      addPatternMatching(type, index, patterns);
    }
    type.addType(index.build());
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
    longTexts.add(MethodSpec.methodBuilder(name)
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
        .addJavadoc("The constant for a code as a server returns it: the code itself, or else the "
            + "first pattern code that matches it\n(most literal characters first), such as "
            + "<code>InvalidParameter.%s</code> for <code>InvalidParameter.LoadBalancerSpec</code>.\n\n"
            + "@param code the code of a response, or {@code null}\n"
            + "@return the constant, or empty when the table has no such code\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(String.class, "code")
        .addStatement("return $T.ofNullable(lookup(code))", Optional.class)
        .build();
  }

  private MethodSpec lookup(boolean hasPatterns) {
    MethodSpec.Builder lookup = MethodSpec.methodBuilder("lookup")
        .addJavadoc("Like {@link #fromCode(String)}, but {@code null} when no code matches.\n")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "code");
    if (!hasPatterns) {
      return lookup.addStatement("return code == null ? null : $T.EXACT.get(code)", index()).build();
    }
    return lookup
        .beginControlFlow("if (code == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T exact = $T.EXACT.get(code)", self, index())
        .beginControlFlow("if (exact != null)")
        .addStatement("return exact")
        .endControlFlow()
        .beginControlFlow("for ($T pattern : $T.PATTERNS)", patternCode(), index())
        .beginControlFlow("if (pattern.matches(code))")
        .addStatement("return pattern.errorCode()")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private ClassName index() {
    return self.nestedClass("Index");
  }

  /**
   * Holds the lookup tables apart from the constants, so that no code can name a clashing field,
   * and so that they are built on the first lookup, not when the enum is first used.
   */
  private TypeSpec.Builder indexType(boolean hasPatterns) {
    TypeName exactType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
    CodeBlock.Builder fill = CodeBlock.builder().beginControlFlow("for ($T errorCode : values())", self);
    if (hasPatterns) {
      fill.beginControlFlow("if (!errorCode.isPattern())")
          .addStatement("EXACT.put(errorCode.code(), errorCode)")
          .endControlFlow();
    } else {
      fill.addStatement("EXACT.put(errorCode.code(), errorCode)");
    }
    return TypeSpec.classBuilder(index())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(exactType, "EXACT", Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<>()", HashMap.class)
            .build())
        .addStaticBlock(fill.endControlFlow().build());
  }

  private ClassName patternCode() {
    return self.nestedClass("PatternCode");
  }

  /**
   * Everything that matches pattern codes, in one place: the {@code PATTERNS} list of the index,
   * most literal characters first, and the {@code PatternCode} type that compares the text before
   * the first placeholder first, so that a code that does not start with it makes no
   * {@link java.util.regex.Matcher}.
   */
  private void addPatternMatching(TypeSpec.Builder type, TypeSpec.Builder index, List<CodeEntry> patterns) {
    CodeBlock.Builder entries = CodeBlock.builder().add("$T.of(", List.class).indent();
    for (int i = 0; i < patterns.size(); i++) {
      CodeEntry entry = patterns.get(i);
      entries.add("\nnew $T($L, $T.compile($L), $N)$L", patternCode(),
          StringLiterals.of(entry.pattern().prefix()), Pattern.class,
          StringLiterals.of(entry.pattern().regex()), entry.constantName(), i + 1 < patterns.size() ? "," : "");
    }
    entries.unindent().add(")");
    index.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), patternCode()),
            "PATTERNS", Modifier.STATIC, Modifier.FINAL)
        .initializer(entries.build())
        .build());
    type.addType(TypeSpec.recordBuilder(patternCode())
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
        .build());
  }

  private List<CodeEntry> patternsMostSpecificFirst() {
    List<CodeEntry> patterns = new ArrayList<>();
    for (CodeEntry entry : catalog.entries()) {
      if (entry.isPattern()) {
        patterns.add(entry);
      }
    }
    patterns.sort(Comparator.comparingInt((CodeEntry e) -> e.pattern().literalLength()).reversed());
    return patterns;
  }
}
