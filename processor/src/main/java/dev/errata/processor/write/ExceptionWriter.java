package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errata.ErrorKind;
import dev.errata.ErrorResponse;
import dev.errata.ServiceException;
import dev.errata.processor.catalog.CatalogBuilder;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodeEntry;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Provider>Exception}: a sealed root holding one sealed group per kind that occurs,
 * one final class per code extending its kind's group, and {@code Unknown} for codes the table
 * lacks. All are nested in one file, so no {@code permits} clause is needed.
 */
final class ExceptionWriter {
  private ExceptionWriter() {}

  static TypeSpec write(Catalog catalog) {
    ClassName root = ClassName.get(catalog.packageName(), catalog.exceptionName());
    ClassName errorCode = ClassName.get(catalog.packageName(), catalog.errorCodeName());
    ClassName decoder = ClassName.get(catalog.packageName(), catalog.decoderName());

    TypeSpec.Builder type = TypeSpec.classBuilder(root)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.SEALED)
        .superclass(ServiceException.class)
        .addAnnotation(Generation.annotation(catalog))
        .addJavadoc("An error response of $L: catch one code ({@code $L.$L}), a kind of failure "
                + "({@code $L.$L}), or any.\n\n<p>From <code>$L</code>; {@link $T} decodes responses "
                + "into these.\n",
            JavadocText.escape(catalog.settings().providerId()),
            root.simpleName(), catalog.entries().get(0).className(),
            root.simpleName(), CatalogBuilder.groupName(catalog.entries().get(0).kind()),
            JavadocText.escape(catalog.settings().table()), decoder)
        .addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(ErrorResponse.class, "response")
            .addParameter(errorCode, "errorCode")
            .addStatement("super($T.PROVIDER, response, errorCode)", decoder)
            .build());

    for (ErrorKind kind : catalog.kinds()) {
      ClassName group = root.nestedClass(CatalogBuilder.groupName(kind));
      TypeSpec.Builder groupType = TypeSpec.classBuilder(group)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC, Modifier.SEALED)
          .superclass(root)
          // Named in full: an import used only by Javadoc is an unused import to ECJ.
          .addJavadoc("The codes of kind {@link dev.errata.ErrorKind#$L}.\n", kind.name())
          .addField(serialVersionUid())
          .addMethod(MethodSpec.constructorBuilder()
              .addParameter(ErrorResponse.class, "response")
              .addParameter(errorCode, "errorCode")
              .addStatement("super(response, errorCode)")
              .build());
      type.addType(groupType.build());
      for (CodeEntry entry : catalog.entries()) {
        if (entry.kind() == kind) {
          type.addType(codeClass(catalog, entry, root, group, errorCode));
        }
      }
    }

    type.addType(TypeSpec.classBuilder(root.nestedClass("Unknown"))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(root)
        .addJavadoc("A response whose code the table does not list, or that carries no readable "
            + "code;\nits kind comes from the HTTP status.\n")
        .addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ErrorResponse.class, "response")
            .addStatement("super(response, null)")
            .build())
        .build());
    return type.build();
  }

  private static TypeSpec codeClass(
      Catalog catalog, CodeEntry entry, ClassName root, ClassName group, ClassName errorCode) {
    return TypeSpec.classBuilder(root.nestedClass(entry.className()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(group)
        .addJavadoc("$L\n@see $T#$L\n", CodeDocs.of(entry, catalog), errorCode, entry.constantName())
        .addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ErrorResponse.class, "response")
            .addStatement("super(response, $T.$N)", errorCode, entry.constantName())
            .build())
        .build();
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }
}
