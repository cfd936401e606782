package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table next to {@code package-info.java} is found without a source path and without {@code
 * -Aerrata.tables}, as under kapt and Gradle: javac says where the file it compiles is.
 */
class PackageSourceTest {
  @TempDir Path directory;

  @Test
  void findsTheTableNextToThePackageInfoTheCompilerRead() throws IOException {
    Path pkg = Files.createDirectories(directory.resolve("com/example/shop"));
    Path packageInfo = pkg.resolve("package-info.java");
    Files.writeString(
        packageInfo,
        "@ErrorCatalog(provider = \"Shop\", table = \"shop-errors.tsv\")\n"
            + "package com.example.shop;\n\nimport dev.errata.ErrorCatalog;\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        pkg.resolve("shop-errors.tsv"),
        ProcessorFixture.TSV_HEADER + "404\tOrderNotFound\tThe order does not exist.\t\t\n",
        StandardCharsets.UTF_8);

    Compilation compilation =
        javac()
            .withProcessors(new ErrataProcessor())
            .withOptions("--release", "17")
            .compile(JavaFileObjects.forResource(packageInfo.toUri().toURL()));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.shop.ShopErrorCode")
        .contentsAsUtf8String()
        .contains("ORDER_NOT_FOUND");
  }

  @Test
  void aTableNameLeadingOutOfThePackageDirectoryIsNotReadFromThere() throws IOException {
    Path pkg = Files.createDirectories(directory.resolve("com/example/shop"));
    Path packageInfo = pkg.resolve("package-info.java");
    Files.writeString(
        packageInfo,
        "@ErrorCatalog(provider = \"Shop\", table = \"../../../outside.tsv\")\n"
            + "package com.example.shop;\n\nimport dev.errata.ErrorCatalog;\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        directory.resolve("outside.tsv"),
        ProcessorFixture.TSV_HEADER + "404\tX\tx\t\t\n",
        StandardCharsets.UTF_8);

    Compilation compilation =
        javac()
            .withProcessors(new ErrataProcessor())
            .withOptions("--release", "17")
            .compile(JavaFileObjects.forResource(packageInfo.toUri().toURL()));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("table '../../../outside.tsv' not found; tried:");
    assertThat(compilation)
        .hadErrorContaining(
            "next to package-info.java: "
                + pkg
                + "/../../../outside.tsv (leads out of the directory, not read)");
  }
}
