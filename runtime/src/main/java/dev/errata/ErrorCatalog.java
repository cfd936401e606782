package dev.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates typed errors for one provider from its published error table. Put it on a {@code
 * package-info.java}; the errata processor then writes, in that package, {@code
 * <provider>ErrorCode} (an enum of every code), {@code <provider>Exception} (a sealed hierarchy:
 * one group per {@link ErrorKind}, one class per code, and {@code Unknown}) and {@code
 * <provider>Errors} (the {@link ErrorDecoder}, registered with {@link java.util.ServiceLoader}).
 *
 * <pre>{@code
 * @ErrorCatalog(provider = "HuaweiCbc", table = "errata/tables/huawei-cbc.md")
 * package com.example.cloud.cbc;
 * }</pre>
 *
 * <p>The table is looked for in this order: in the directories of the processor option {@code
 * -Aerrata.tables}; next to the annotated package on the source path; in the class output
 * (resources already copied there); on the compile class path (a jar of tables such as {@code
 * errata-spec-tables}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
@Repeatable(ErrorCatalog.List.class)
public @interface ErrorCatalog {

  /** The type-name prefix of the generated classes, such as {@code HuaweiCbc}. */
  String provider();

  /** The table: a path relative to the package directory, a classpath resource, or a file name. */
  String table();

  /**
   * The provider id that {@link Errata#decoder(String)} finds the decoder by. Default: the provider
   * name in lower case with words split by hyphens ({@code HuaweiCbc} is {@code huawei-cbc}).
   */
  String id() default "";

  /**
   * Which table of a page with several to read, counting from 1. Default {@code 0}: every table
   * whose header names a code column, skipping headers repeated inside it.
   */
  int tableNumber() default 0;

  /** Header of the HTTP status column, for headers the reader does not know. */
  String statusColumn() default "";

  /** Header of the code column, for headers the reader does not know. */
  String codeColumn() default "";

  /** Header of the message column, for headers the reader does not know. */
  String messageColumn() default "";

  /** Header of the description column, for headers the reader does not know. */
  String descriptionColumn() default "";

  /** Header of the solution column, for headers the reader does not know. */
  String solutionColumn() default "";

  /**
   * RFC 6901 JSON pointer to the code in an error body, such as {@code /error/code}. Default:
   * detect the common shapes ({@code Response.Error.Code}, {@code error_code}, {@code error.code},
   * {@code Error.Code}, {@code Code}, {@code __type}, {@code code}, {@code errcode}, async job
   * results, XML {@code <Code>}), as {@link ResponseReader} describes.
   */
  String codePointer() default "";

  /** JSON pointer to the message. Default: detected next to the code. */
  String messagePointer() default "";

  /** JSON pointer to the request id. Default: detected in the body, else from response headers. */
  String requestIdPointer() default "";

  /** Codes that mean success even though a body carries them, such as {@code CBC.0000}. */
  String[] successCodes() default {};

  /**
   * The categories of errata warnings to acknowledge for this table, as each warning names its
   * category in brackets ({@code [errata:swapped-columns]}: write {@code "swapped-columns"}), or
   * {@code "all"}. Errors cannot be acknowledged. The processor option {@code -Aerrata.suppress}
   * does the same for every table of a build.
   */
  String[] suppress() default {};

  /** Per-code kind and retry rules; they win over everything but a {@code kind} column. */
  Classify[] classify() default {};

  /** Sets the kind and retry behaviour of one code of the table. */
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Classify {
    /** The code as the table writes it. */
    String code();

    ErrorKind kind();

    Retry retryable() default Retry.FROM_KIND;
  }

  /** Whether a code is retryable. */
  enum Retry {
    /** As its kind and wording say. */
    FROM_KIND,
    TRUE,
    FALSE
  }

  /** Holds repeated {@link ErrorCatalog} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.PACKAGE)
  @interface List {
    ErrorCatalog[] value();
  }
}
