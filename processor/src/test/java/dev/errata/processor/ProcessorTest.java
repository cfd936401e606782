package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.ProcessorFixture.TSV_HEADER;
import static dev.errata.processor.ProcessorFixture.compile;
import static dev.errata.processor.ProcessorFixture.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errata.ErrorCode;
import dev.errata.ErrorDecoder;
import dev.errata.ErrorKind;
import dev.errata.ErrorResponse;
import dev.errata.ServiceException;
import dev.errata.processor.catalog.CatalogBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorTest {
  private static final String SHOP =
      "@ErrorCatalog(provider = \"Shop\", table = \"shop.tsv\", successCodes = \"OK\")";
  private static final String SHOP_TABLE =
      TSV_HEADER
          + "404\tOrderNotFound\tThe order was not found.\t订单不存在\tCheck the order id.\n"
          + "400\tInvalidParameter.%s\tThe specified field %s invalid.\t参数非法\t\n"
          + "429\tThrottling\tToo many requests.\t请求过于频繁\tTry again later.\n"
          + "\t201001\t业务暂不支持退款\t\t资源池未开启退款功能\n";

  @TempDir Path tables;

  @Test
  void generatesTheSourcesOfTheGoldenFiles() throws IOException {
    Compilation compilation =
        compile(tables, "shop.tsv", SHOP_TABLE, packageInfo("com.example.shop", SHOP));
    assertThat(compilation).succeeded();
    for (String type : List.of("ShopErrorCode", "ShopException", "ShopErrors")) {
      String generated = source(compilation, "com.example.shop." + type);
      Path golden = Path.of("src/test/resources/golden/" + type + ".java");
      if (Boolean.getBoolean("errata.golden.update")) {
        Files.writeString(golden, generated);
      }
      assertEquals(Files.readString(golden), generated, type + " differs from " + golden);
    }
  }

  @Test
  void registersEveryDecoderInOneServiceFile() throws IOException {
    Files.writeString(tables.resolve("other.tsv"), TSV_HEADER + "400\tX\tx\t\t\n");
    Files.writeString(tables.resolve("shop.tsv"), SHOP_TABLE);
    Compilation both =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new ErrataProcessor())
            .withOptions("-Aerrata.tables=" + tables)
            .compile(
                packageInfo("com.example.shop", SHOP),
                packageInfo(
                    "com.example.other",
                    "@ErrorCatalog(provider = \"Other\", table = \"other.tsv\")"));
    assertThat(both).succeeded();
    assertThat(both)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.errata.ErrorDecoder")
        .contentsAsUtf8String()
        .isEqualTo("com.example.other.OtherErrors\ncom.example.shop.ShopErrors\n");
  }

  @Test
  void repeatedAnnotationGeneratesEachProvider() {
    Compilation compilation =
        compile(
            tables,
            "shop.tsv",
            SHOP_TABLE,
            packageInfo(
                "com.example.shop",
                SHOP
                    + "\n@ErrorCatalog(provider = \"Shop2\", table = \"shop.tsv\", id = \"shop-two\")"));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.shop.Shop2ErrorCode");
    assertTrue(
        source(compilation, "com.example.shop.Shop2Errors").contains("PROVIDER = \"shop-two\""));
  }

  @Test
  void tableNotFoundIsAnErrorOnTheTableValueListingEveryPlaceTried() {
    JavaFileObject source =
        packageInfo(
            "com.example.shop", "@ErrorCatalog(provider = \"Shop\",\n    table = \"missing.tsv\")");
    Compilation compilation = compile(tables, "shop.tsv", SHOP_TABLE, source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("table 'missing.tsv' not found; tried:")
        .inFile(source)
        .onLine(2);
    for (String place :
        List.of(
            "-Aerrata.tables: ",
            "source path: com/example/shop/missing.tsv",
            "class output: missing.tsv",
            "class path: missing.tsv")) {
      assertThat(compilation).hadErrorContaining(place);
    }
  }

  @Test
  void tableIsFoundNextToThePackageOnTheSourcePath() throws IOException {
    Path sources = tables.resolve("src");
    Files.createDirectories(sources.resolve("com/example/shop"));
    Files.writeString(sources.resolve("com/example/shop/shop.tsv"), SHOP_TABLE);
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new ErrataProcessor())
            .withOptions("-sourcepath", sources.toString())
            .compile(packageInfo("com.example.shop", SHOP));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.shop.ShopErrors");
  }

  @Test
  void invalidJsonPointerIsAnErrorOnItsAttribute() {
    for (String pointer : List.of("error/code", "/error/~2")) {
      JavaFileObject source =
          packageInfo(
              "com.example.shop",
              "@ErrorCatalog(provider = \"Shop\", table = \"shop.tsv\",\n    codePointer = \""
                  + pointer
                  + "\")");
      Compilation compilation = compile(tables, "shop.tsv", SHOP_TABLE, source);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("codePointer '" + pointer + "'")
          .inFile(source)
          .onLineContaining("codePointer = ");
    }
  }

  @Test
  void validJsonPointersGenerateTheReader() {
    Compilation compilation =
        compile(
            tables,
            "shop.tsv",
            SHOP_TABLE,
            packageInfo(
                "com.example.shop",
                "@ErrorCatalog(provider = \"Shop\", table = \"shop.tsv\", codePointer = \"/error/code\","
                    + " messagePointer = \"/error/message\", requestIdPointer = \"/meta/request~1id\")"));
    assertThat(compilation).succeeded();
    assertTrue(
        source(compilation, "com.example.shop.ShopErrors")
            .contains(".codePointer(\"/error/code\")"));
  }

  @Test
  void malformedTablesOptionIsAWarningNotACrash() throws IOException {
    Files.writeString(tables.resolve("shop.tsv"), SHOP_TABLE);
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new ErrataProcessor())
            .withOptions("-Aerrata.tables=bad\u0000dir" + java.io.File.pathSeparator + tables)
            .compile(packageInfo("com.example.shop", SHOP));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("-Aerrata.tables: 'bad");
  }

  @Test
  void providerThatIsNoTypeNameIsAnErrorOnTheProvider() {
    JavaFileObject source =
        packageInfo(
            "com.example.shop",
            "@ErrorCatalog(\n    provider = \"huawei cbc\", table = \"shop.tsv\")");
    Compilation compilation = compile(tables, "shop.tsv", SHOP_TABLE, source);
    assertThat(compilation)
        .hadErrorContaining("provider 'huawei cbc' must be a Java type name")
        .inFile(source)
        .onLineContaining("provider = ");
  }

  @Test
  void sameProviderTwiceInAPackageIsAnError() {
    Compilation compilation =
        compile(
            tables, "shop.tsv", SHOP_TABLE, packageInfo("com.example.shop", SHOP + "\n" + SHOP));
    assertThat(compilation).hadErrorContaining("provider 'Shop' is declared twice in this package");
  }

  @Test
  void tableProblemsAreWarningsOnTheTableValueNamingFileAndLine() {
    String table = TSV_HEADER + "400\tA\tfirst\t\t\n400\tA\tsecond\t\t\n";
    JavaFileObject source =
        packageInfo(
            "com.example.shop", "@ErrorCatalog(provider = \"Shop\",\n    table = \"shop.tsv\")");
    Compilation compilation = compile(tables, "shop.tsv", table, source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "shop.tsv:3: [errata:duplicate-code] code 'A' is also on line 2 with other texts")
        .inFile(source)
        .onLineContaining("table = \"shop.tsv\"");
  }

  @Test
  void generatedCodeIsCleanUnderAllLintWarnings() {
    Compilation compilation =
        compile(
            tables,
            "shop.tsv",
            SHOP_TABLE,
            packageInfo("com.example.shop", SHOP),
            "-Xlint:all,-processing",
            "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatedCodeIsCleanUnderTheJavadocToolWithAllDoclintChecks() throws IOException {
    String table =
        SHOP_TABLE
            + "200\tOK\tSuccess.\t\t\n"
            + "400\tQuota.%s.%s.Exceeded\tQuota {name} of XXX exceeded <b> & */ @x\t\t\n";
    Compilation compilation =
        compile(tables, "shop.tsv", table, packageInfo("com.example.shop", SHOP));
    assertThat(compilation).succeeded();
    Path sources = tables.resolve("generated");
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-Xdoclint:all",
                "-quiet",
                "-encoding",
                "US-ASCII",
                "-d",
                tables.resolve("javadoc").toString(),
                "-cp",
                System.getProperty("java.class.path")));
    for (String type : List.of("ShopErrorCode", "ShopException", "ShopErrors")) {
      Path file = sources.resolve("com/example/shop/" + type + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source(compilation, "com.example.shop." + type));
      arguments.add(file.toString());
    }
    StringWriter output = new StringWriter();
    PrintWriter out = new PrintWriter(output);
    int exit =
        ToolProvider.findFirst("javadoc")
            .orElseThrow()
            .run(out, out, arguments.toArray(new String[0]));
    out.flush();
    assertEquals(0, exit, output.toString());
    assertEquals("", output.toString().strip(), "javadoc -Xdoclint:all reported");
  }

  @Test
  void successCodesSaySoInTheirJavadoc() {
    Compilation compilation =
        compile(
            tables,
            "shop.tsv",
            TSV_HEADER + "200\tOK\tSuccess.\t\t\n400\tBad\tx\t\t\n",
            packageInfo("com.example.shop", SHOP));
    String source = source(compilation, "com.example.shop.ShopErrorCode");
    assertEquals(1, source.split("<li>Success: ", -1).length - 1, source);
    assertTrue(source.indexOf("<li>Success: ") < source.indexOf("\n  OK,\n"));
  }

  @Test
  void twoBuildsGiveIdenticalSources() {
    Compilation first =
        compile(tables, "shop.tsv", SHOP_TABLE, packageInfo("com.example.shop", SHOP));
    Compilation second =
        compile(tables, "shop.tsv", SHOP_TABLE, packageInfo("com.example.shop", SHOP));
    for (String type : List.of("ShopErrorCode", "ShopException", "ShopErrors")) {
      assertEquals(
          source(first, "com.example.shop." + type), source(second, "com.example.shop." + type));
    }
  }

  @Test
  void decoderBuildsTheClassOfEachCodeAndCapturesPatternArguments() throws Exception {
    Compilation compilation =
        compile(tables, "shop.tsv", SHOP_TABLE, packageInfo("com.example.shop", SHOP));
    CompiledClasses classes = new CompiledClasses(compilation);
    ErrorDecoder<?> decoder =
        (ErrorDecoder<?>)
            classes.load("com.example.shop.ShopErrors").getField("INSTANCE").get(null);

    ServiceException pattern =
        decoder.toException(
            new ErrorResponse(
                400,
                "InvalidParameter.LoadBalancerSpec",
                "The specified field LoadBalancerSpec invalid.",
                "r-1",
                "{}",
                true));
    assertEquals("com.example.shop.ShopException$InvalidParameter", pattern.getClass().getName());
    assertEquals(List.of("LoadBalancerSpec"), pattern.arguments());
    assertEquals("InvalidParameter.%s", pattern.errorCode().orElseThrow().code());

    ServiceException notFound =
        decoder.toException(new ErrorResponse(404, "OrderNotFound", null, null, "", true));
    assertEquals("com.example.shop.ShopException$OrderNotFound", notFound.getClass().getName());
    assertEquals(
        "com.example.shop.ShopException$NotFound", notFound.getClass().getSuperclass().getName());
    assertEquals(ErrorKind.NOT_FOUND, notFound.kind());

    ServiceException unknown =
        decoder.toException(new ErrorResponse(503, "Nope", "down", null, "<html>", true));
    assertEquals("com.example.shop.ShopException$Unknown", unknown.getClass().getName());
    assertEquals(ErrorKind.UNAVAILABLE, unknown.kind());
    assertEquals("<html>", unknown.rawBody());

    dev.errata.Classification classified =
        decoder.classify(
            404,
            java.util.Map.of(),
            "{\"code\":\"ordernotfound\",\"message\":\"gone\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(
        "OrderNotFound",
        classified.errorCode().code(),
        "in any case, through the generated lookup");
    assertEquals("ordernotfound", classified.response().code());
    assertEquals(ErrorKind.NOT_FOUND, classified.kind());
  }

  /** Cells that would break or change the generated code if any reached it unescaped. */
  private static final List<String> HOSTILE_CELLS =
      List.of(
          "*/ public static void injected() {} /*",
          "\\u002a/ public static void injected() {} /*",
          "\\u000a@Deprecated",
          "\\u000a@deprecated use something else",
          "C:\\users\\new\\table",
          "<script>alert('x')</script> & &amp;",
          "$L $S $T $N $$ ${x} %s %d",
          "x\"; System.exit(1); \"",
          "{@code x} {@link java.lang.Object} @param",
          "trailing backslash \\",
          "\\\\u002a/ double backslash",
          "\u202e right-to-left override, zero\u200bwidth, emoji 😀, nul-free",
          "/** nested javadoc */ // line comment",
          "line\u2028separator\u2029paragraph\u0085next line\u000bvertical tab\u000cform feed end",
          "a\u2028between\u2029b",
          "café 中文 ünïcödé ß €");

  @Test
  void hostileCellsReachTheConstantsExactlyAndInjectNothing() throws Exception {
    StringBuilder table = new StringBuilder(TSV_HEADER);
    Map<String, String> messageByCode = new LinkedHashMap<>();
    for (int i = 0; i < HOSTILE_CELLS.size(); i++) {
      String code = "Hostile." + i;
      String cell = HOSTILE_CELLS.get(i);
      messageByCode.put(code, cell);
      table
          .append("400\t")
          .append(code)
          .append('\t')
          .append(cell)
          .append('\t')
          .append(cell)
          .append('\t')
          .append(cell)
          .append('\n');
    }
    Compilation compilation =
        compile(
            tables,
            "shop.tsv",
            table.toString(),
            packageInfo("com.example.shop", SHOP),
            "-Xlint:all,-processing",
            "-Werror");
    assertThat(compilation).succeededWithoutWarnings();

    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> errorCodes = classes.load("com.example.shop.ShopErrorCode");
    Map<String, String> compiled = new LinkedHashMap<>();
    for (Object constant : errorCodes.getEnumConstants()) {
      ErrorCode code = (ErrorCode) constant;
      compiled.put(code.code(), code.message());
      assertEquals(code.message(), code.description());
      assertEquals(code.message(), code.solution());
    }
    assertEquals(messageByCode, compiled);
    List<String> injected = new ArrayList<>();
    for (Class<?> type : List.of(errorCodes, classes.load("com.example.shop.ShopException"))) {
      Arrays.stream(type.getDeclaredMethods())
          .map(Method::getName)
          .filter(n -> n.startsWith("injected"))
          .forEach(injected::add);
      if (type.isAnnotationPresent(Deprecated.class)) {
        injected.add("@Deprecated on " + type);
      }
    }
    for (java.lang.reflect.Field field : errorCodes.getFields()) {
      if (field.isAnnotationPresent(Deprecated.class)) {
        injected.add("@Deprecated on " + field);
      }
    }
    assertEquals(List.of(), injected);
  }

  @Test
  void hostileCodesGetValidDistinctNames() throws Exception {
    List<String> codes =
        List.of(
            "class",
            "A\"B",
            "*/",
            "$",
            "X\\u0041",
            "1st",
            "Ünïcödé.Çode",
            "_",
            "Unknown",
            "Shop",
            "ShopErrors",
            "String",
            "Override",
            "Object",
            "ErrorResponse",
            "ServiceException",
            "ErrorKind",
            "Line\u2028Separator",
            "Para\u2029graph",
            "错误.不存在",
            "中".repeat(80),
            "Ünï".repeat(60));
    StringBuilder table = new StringBuilder(TSV_HEADER);
    for (String code : codes) {
      table.append("400\t").append(code).append("\tm\t\t\n");
    }
    Compilation compilation =
        compile(tables, "shop.tsv", table.toString(), packageInfo("com.example.shop", SHOP));
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> errorCodes = classes.load("com.example.shop.ShopErrorCode");
    List<String> compiledCodes = new ArrayList<>();
    for (Object constant : errorCodes.getEnumConstants()) {
      compiledCodes.add(((ErrorCode) constant).code());
    }
    assertEquals(codes, compiledCodes);
    ErrorDecoder<?> decoder =
        (ErrorDecoder<?>)
            classes.load("com.example.shop.ShopErrors").getField("INSTANCE").get(null);
    for (String code : codes) {
      ServiceException e = decoder.toException(new ErrorResponse(400, code, "m", null, "", true));
      assertEquals(code, e.errorCode().orElseThrow().code(), "decoded " + code);
    }
  }

  @Test
  void hostileProviderIdAndTableNameReachTheCodeExactly() throws Exception {
    String id = "shop */ @Deprecated \\u002a/ <b> \u2028 \u2029 中文";
    Compilation compilation =
        compile(
            tables,
            "we*/ird@<t>.tsv",
            SHOP_TABLE,
            packageInfo(
                "com.example.shop",
                "@ErrorCatalog(provider = \"Shop\", table = \"we*/ird@<t>.tsv\", id = \""
                    + id.replace("\\", "\\\\")
                    + "\")"),
            "-Xlint:all,-processing",
            "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    Object provider =
        new CompiledClasses(compilation)
            .load("com.example.shop.ShopErrors")
            .getField("PROVIDER")
            .get(null);
    assertEquals(id, provider);
  }

  @Test
  void hugeCellsAreSplitAndStayEqual() throws Exception {
    String ascii = "x".repeat(70_000);
    String chinese = "余额不足".repeat(25_000);
    String table = TSV_HEADER + "400\tBig\t" + ascii + "\t" + chinese + "\t\n";
    Compilation compilation =
        compile(tables, "shop.tsv", table, packageInfo("com.example.shop", SHOP));
    assertThat(compilation).succeeded();
    ErrorCode big =
        (ErrorCode)
            new CompiledClasses(compilation)
                .load("com.example.shop.ShopErrorCode")
                .getEnumConstants()[0];
    assertEquals(ascii, big.message());
    assertEquals(chinese, big.description());
  }

  @Test
  void generatedSourcesArePureAsciiAndMeanTheSameInEveryBuildEncoding() throws Exception {
    String table =
        TSV_HEADER
            + "404\t错误.不存在\tcafé 中文\t余额不足 😀\tß\n"
            + "400\tÜber.%s\tÜber %s ist ungültig\t\t\n";
    for (String encoding : List.of("ISO-8859-1", "US-ASCII", "UTF-8")) {
      Compilation compilation =
          compile(
              tables,
              "shop.tsv",
              table,
              packageInfo("com.example.shop", SHOP),
              "-encoding",
              encoding,
              "-Xlint:all,-processing",
              "-Werror");
      assertThat(compilation).succeededWithoutWarnings();
      for (String type : List.of("ShopErrorCode", "ShopException", "ShopErrors")) {
        String source = source(compilation, "com.example.shop." + type);
        assertTrue(source.chars().allMatch(c -> c < 0x80), type + " is not ASCII");
      }
      Map<String, String> compiled = new LinkedHashMap<>();
      for (Object constant :
          new CompiledClasses(compilation)
              .load("com.example.shop.ShopErrorCode")
              .getEnumConstants()) {
        ErrorCode code = (ErrorCode) constant;
        compiled.put(
            code.code(), code.message() + "|" + code.description() + "|" + code.solution());
      }
      assertEquals(
          Map.of("错误.不存在", "café 中文|余额不足 😀|ß", "Über.%s", "Über %s ist ungültig||"),
          compiled,
          encoding);
    }
  }

  @Test
  void loneSurrogateInACellIsKeptExactly() throws Exception {
    String table =
        "| Error code | Error message | Description |\n|---|---|---|\n"
            + "| Lone.1 | high &#xD800; alone | low &#xDC00; alone |\n";
    Compilation compilation =
        compile(
            tables,
            "shop.md",
            table,
            packageInfo(
                "com.example.shop", "@ErrorCatalog(provider = \"Shop\", table = \"shop.md\")"),
            "-Xlint:all,-processing",
            "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    ErrorCode lone =
        (ErrorCode)
            new CompiledClasses(compilation)
                .load("com.example.shop.ShopErrorCode")
                .getEnumConstants()[0];
    assertEquals("high \ud800 alone", lone.message());
    assertEquals("low \udc00 alone", lone.description());
  }

  @Test
  void classFilesOfLongNonAsciiCodesFitAFileName() {
    StringBuilder table = new StringBuilder(TSV_HEADER);
    List<String> codes =
        List.of("中".repeat(80), "中".repeat(79) + "文", "Ä".repeat(200), "😀".repeat(70));
    for (String code : codes) {
      table.append("400\t").append(code).append("\tm\t\t\n");
    }
    Compilation compilation =
        compile(tables, "shop.tsv", table.toString(), packageInfo("com.example.shop", SHOP));
    assertThat(compilation).succeeded();
    int classFiles = 0;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
        classFiles++;
      }
    }
    assertTrue(classFiles > codes.size(), "class files: " + classFiles);
  }

  @Test
  void theLargestCatalogCompilesWhateverTheLengthOfItsTexts() throws Exception {
    StringBuilder table = new StringBuilder(TSV_HEADER);
    String huge = "Quota exceeded. ".repeat(4_400);
    for (int i = 0; i < CatalogBuilder.MAX_CODES; i++) {
      String message =
          i % 95 == 0 ? huge + i : "Message " + i + " of a long table, with its own text.";
      table
          .append(400 + i % 100)
          .append("\tCode.")
          .append(i)
          .append('\t')
          .append(message)
          .append('\t')
          .append(i % 95 == 0 ? huge : "说明 " + i)
          .append("\t\n");
    }
    Compilation compilation =
        compile(tables, "shop.tsv", table.toString(), packageInfo("com.example.shop", SHOP));
    assertThat(compilation).succeeded();
    Object[] constants =
        new CompiledClasses(compilation).load("com.example.shop.ShopErrorCode").getEnumConstants();
    assertEquals(CatalogBuilder.MAX_CODES, constants.length);
    ErrorCode last = (ErrorCode) constants[constants.length - 1];
    assertEquals("Code." + (CatalogBuilder.MAX_CODES - 1), last.code());
    assertEquals(huge + 95 * 39, ((ErrorCode) constants[95 * 39]).message());
    assertEquals(huge, ((ErrorCode) constants[95 * 39]).description());
  }

  static String source(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
