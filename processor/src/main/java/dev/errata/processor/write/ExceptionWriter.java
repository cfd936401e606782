package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errata.ErrorKind;
import dev.errata.ErrorResponse;
import dev.errata.ServiceException;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CatalogNames;
import dev.errata.processor.model.CodeEntry;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Provider>Exception}: a sealed root holding one sealed group per kind that occurs,
 * one final class per code extending its kind's group, and {@code Unknown} for codes the table
 * lacks. All are nested in one file, so no {@code permits} clause is needed. A code's class holds
 * its constructor alone: its texts are on its {@code ErrorCode} constant, which its Javadoc links
 * to, and everything else is the root's. The constructors are package-private: the decoder makes
 * the exceptions, and {@code toException} is how tests make one.
 */
final class ExceptionWriter {
  private final Catalog catalog;
  private final TypeNames types;

  ExceptionWriter(Catalog catalog, TypeNames types) {
    this.catalog = catalog;
    this.types = types;
  }

  TypeSpec.Builder write() {
    ClassName root = types.exception();
    CodeEntry example = catalog.entries().get(0);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(root)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
            .superclass(ServiceException.class)
            .addJavadoc(
                "An error response of $L: catch one code ({@link $L.$L}), a kind of failure "
                    + "({@link $L.$L}), or any.\n\n<p>From <code>$L</code>; {@link $L} decodes responses "
                    + "into these, and {@link $L} holds what the table says of each code.\n",
                CodeDocs.providerName(catalog),
                root.simpleName(),
                example.className(),
                root.simpleName(),
                example.names().group(),
                JavadocText.escape(catalog.settings().table()),
                types.decoder().simpleName(),
                types.errorCode().simpleName())
            .addField(
                FieldSpec.builder(
                        long.class,
                        "serialVersionUID",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("1L")
                    .build())
            .addMethod(
                constructor()
                    .addParameter(types.errorCode(), "errorCode")
                    .addStatement("super($T.PROVIDER, response, errorCode)", types.decoder())
                    .build());

    for (ErrorKind kind : catalog.kinds()) {
      ClassName group = root.nestedClass(CatalogNames.groupName(kind));
      type.addType(
          TypeSpec.classBuilder(group)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC, Modifier.SEALED)
              .superclass(root)
              .addJavadoc(
                  "The codes of kind {@link dev.errata.ErrorKind#$L $L}.\n",
                  kind.name(),
                  kind.name())
              .addMethod(
                  constructor()
                      .addParameter(types.errorCode(), "errorCode")
                      .addStatement("super(response, errorCode)")
                      .build())
              .build());
      for (CodeEntry entry : catalog.entries()) {
        if (entry.kind() == kind) {
          type.addType(codeClass(entry, group));
        }
      }
    }

    type.addType(
        TypeSpec.classBuilder(types.unknown())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(root)
            .addJavadoc(
                "A response whose code the table does not list, or that carries no readable "
                    + "code;\nits kind comes from the HTTP status.\n")
            .addMethod(constructor().addStatement("super(response, null)").build())
            .build());
    return type;
  }

  private TypeSpec codeClass(CodeEntry entry, ClassName group) {
    return TypeSpec.classBuilder(types.codeClass(entry))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(group)
        .addJavadoc(
            "A response with code <code>$L</code>: {@link $L#$L}.\n",
            JavadocText.escape(entry.code()),
            types.errorCode().simpleName(),
            entry.constantName())
        .addMethod(
            constructor()
                .addStatement("super(response, $T.$N)", types.errorCode(), entry.constantName())
                .build())
        .build();
  }

  private static MethodSpec.Builder constructor() {
    return MethodSpec.constructorBuilder().addParameter(ErrorResponse.class, "response");
  }
}
