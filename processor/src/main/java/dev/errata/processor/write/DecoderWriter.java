package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.ErrorDecoder;
import dev.errata.ErrorResponse;
import dev.errata.ResponseReader;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CatalogSettings.BodyLocation;
import dev.errata.processor.model.CodeEntry;
import javax.lang.model.element.Modifier;

/** Writes {@code <Provider>Errors}: the provider's {@link ErrorDecoder}. */
final class DecoderWriter {
  private final Catalog catalog;
  private final TypeNames types;

  DecoderWriter(Catalog catalog, TypeNames types) {
    this.catalog = catalog;
    this.types = types;
  }

  TypeSpec.Builder write() {
    ClassName self = types.decoder();
    ClassName root = types.exception();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(ErrorDecoder.class), root))
        .addJavadoc(
            "Decodes the error responses of $L into {@link $L}s. Stateless and thread-safe: "
                + "use {@link #INSTANCE},\nor find it by id with {@link dev.errata.Errata#decoder(String)}.\n",
            CodeDocs.providerName(catalog),
            root.simpleName())
        .addField(
            FieldSpec.builder(
                    String.class, "PROVIDER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The provider id.\n")
                .initializer(StringLiterals.of(catalog.settings().providerId()))
                .build())
        .addField(
            FieldSpec.builder(
                    ResponseReader.class,
                    "READER",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(reader(catalog.settings().body()))
                .build())
        .addField(
            FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The shared instance.\n")
                .initializer("new $T()", self)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc(
                    "For {@link java.util.ServiceLoader}; code should use {@link #INSTANCE}.\n")
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("provider")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return PROVIDER")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("reader")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ResponseReader.class)
                .addStatement("return READER")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("errorCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(types.errorCode())
                .addParameter(String.class, "code")
                .addStatement("return $T.lookup(code)", types.errorCode())
                .build())
        .addMethod(toException());
  }

  private static CodeBlock reader(BodyLocation body) {
    CodeBlock.Builder reader =
        CodeBlock.builder().add("$T.builder()", ResponseReader.class).indent();
    if (!body.codePointer().isEmpty()) {
      reader.add("\n.codePointer($L)", StringLiterals.of(body.codePointer()));
    }
    if (!body.messagePointer().isEmpty()) {
      reader.add("\n.messagePointer($L)", StringLiterals.of(body.messagePointer()));
    }
    if (!body.requestIdPointer().isEmpty()) {
      reader.add("\n.requestIdPointer($L)", StringLiterals.of(body.requestIdPointer()));
    }
    if (!body.successCodes().isEmpty()) {
      CodeBlock.Builder codes = CodeBlock.builder();
      for (int i = 0; i < body.successCodes().size(); i++) {
        codes.add(i == 0 ? "$L" : ", $L", StringLiterals.of(body.successCodes().get(i)));
      }
      reader.add("\n.successCodes($L)", codes.build());
    }
    return reader.add("\n.build()").unindent().build();
  }

  private MethodSpec toException() {
    ClassName errorCode = types.errorCode();
    CodeBlock.Builder cases = CodeBlock.builder();
    for (CodeEntry entry : catalog.entries()) {
      cases.add("case $N -> new $T(response);\n", entry.constantName(), types.codeClass(entry));
    }
    return MethodSpec.methodBuilder("toException")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(types.exception())
        .addParameter(ErrorResponse.class, "response")
        .addStatement("$T errorCode = $T.lookup(response.code())", errorCode, errorCode)
        .beginControlFlow("if (errorCode == null)")
        .addStatement("return new $T(response)", types.unknown())
        .endControlFlow()
        .addCode("return switch (errorCode) {\n$>$L$<};\n", cases.build())
        .build();
  }
}
