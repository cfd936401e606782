package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import dev.errata.processor.model.CatalogNames;
import dev.errata.processor.model.CodeEntry;

/** The JavaPoet names of a catalog's generated types, made once from its {@link CatalogNames}. */
record TypeNames(ClassName errorCode, ClassName exception, ClassName decoder, ClassName unknown) {

  static TypeNames of(CatalogNames names) {
    ClassName exception = ClassName.get(names.packageName(), names.exception());
    return new TypeNames(
        ClassName.get(names.packageName(), names.errorCode()),
        exception,
        ClassName.get(names.packageName(), names.decoder()),
        exception.nestedClass(CatalogNames.UNKNOWN));
  }

  ClassName group(CodeEntry entry) {
    return exception.nestedClass(entry.names().group());
  }

  ClassName codeClass(CodeEntry entry) {
    return exception.nestedClass(entry.names().className());
  }
}
