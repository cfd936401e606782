package dev.errata.processor;

import com.google.auto.service.AutoService;
import dev.errata.processor.catalog.CatalogBuilder;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Problem;
import dev.errata.processor.model.Problem.Category;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.read.TableReader;
import dev.errata.processor.write.Generation;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Generates a provider's error code enum, exception hierarchy and decoder for every
 * {@code @ErrorCatalog} package, and registers the decoders with {@link java.util.ServiceLoader}.
 *
 * <p>It does not claim the annotation, so other processors still see it.
 */
@AutoService(Processor.class)
public final class ErrataProcessor extends AbstractProcessor {
  /** Directories to look for tables in, separated by the platform's path separator. */
  static final String TABLES_OPTION = "errata.tables";

  /** Warning categories to acknowledge in every table of the build, separated by commas. */
  static final String SUPPRESS_OPTION = "errata.suppress";

  static final String SERVICE_FILE = "META-INF/services/dev.errata.ErrorDecoder";

  private final Set<String> decoders = new TreeSet<>();
  private Messager messager;
  private final Set<Element> decoderOrigins = new HashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    messager =
        PackageSource.placesDiagnosticsOnPackages(environment)
            ? environment.getMessager()
            : new PackageNamingMessager(environment.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(CatalogRequest.ANNOTATION, CatalogRequest.CONTAINER);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(TABLES_OPTION, SUPPRESS_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TableLocator locator = new TableLocator(processingEnv.getFiler(), optionDirectories());
    Set<PackageElement> packages = new LinkedHashSet<>();
    for (Element element :
        round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
      if (element instanceof PackageElement pkg) {
        packages.add(pkg);
      }
    }
    for (PackageElement pkg : packages) {
      Set<String> providers = new HashSet<>();
      for (AnnotationMirror mirror : CatalogRequest.mirrors(pkg)) {
        CatalogRequest request = CatalogRequest.of(pkg, mirror, processingEnv.getElementUtils());
        if (request.isValid(providers, messager)) {
          generate(request, locator);
        }
      }
    }
    if (round.processingOver() && !decoders.isEmpty()) {
      writeServiceFile();
    }
    return false;
  }

  private void generate(CatalogRequest request, TableLocator locator) {
    String table = request.settings().table();
    TableLocator.Result located =
        locator.find(
            request.settings().packageName(),
            table,
            PackageSource.directoryOf(processingEnv, request.pkg()));
    if (located.found().isEmpty()) {
      error(
          request,
          "table",
          "table '" + table + "' not found; tried:\n  " + String.join("\n  ", located.tried()));
      return;
    }
    Suppression suppression = suppression(request);
    TableContent content =
        TableReader.read(table, located.found().get().content(), request.settings().tableOptions());
    report(request, content.problems(), suppression);
    if (content.hasErrors()) {
      return;
    }
    for (String columns : content.columns()) {
      request.report(messager, Diagnostic.Kind.NOTE, "table", table + ": columns: " + columns);
    }
    CatalogBuilder.Result built = CatalogBuilder.build(request.settings(), content);
    report(request, built.problems(), suppression);
    if (built.catalog() == null) {
      return;
    }
    write(request, built.catalog());
  }

  private void write(CatalogRequest request, Catalog catalog) {
    for (Generation.SourceFile file : Generation.sources(catalog)) {
      try (Writer out =
          processingEnv
              .getFiler()
              .createSourceFile(file.qualifiedName(), request.pkg())
              .openWriter()) {
        out.write(file.text());
      } catch (IOException e) {
        error(request, "provider", "cannot write " + file.qualifiedName() + ": " + e.getMessage());
        return;
      }
    }
    decoders.add(Generation.decoderClassName(catalog));
    decoderOrigins.add(request.pkg());
  }

  private void writeServiceFile() {
    try {
      FileObject file =
          processingEnv
              .getFiler()
              .createResource(
                  StandardLocation.CLASS_OUTPUT,
                  "",
                  SERVICE_FILE,
                  decoderOrigins.toArray(new Element[0]));
      try (Writer out = file.openWriter()) {
        for (String decoder : decoders) {
          out.write(decoder);
          out.write('\n');
        }
      }
    } catch (IOException e) {
      messager.printMessage(
          Diagnostic.Kind.ERROR, "cannot write " + SERVICE_FILE + ": " + e.getMessage());
    }
  }

  private List<Path> optionDirectories() {
    String option = processingEnv.getOptions().get(TABLES_OPTION);
    List<Path> directories = new ArrayList<>();
    if (option != null) {
      for (String directory : option.split(java.io.File.pathSeparator)) {
        if (directory.isBlank()) {
          continue;
        }
        try {
          directories.add(Path.of(directory.trim()));
        } catch (InvalidPathException e) {
          messager.printMessage(
              Diagnostic.Kind.WARNING,
              "["
                  + Category.OPTION
                  + "] -A"
                  + TABLES_OPTION
                  + ": '"
                  + directory
                  + "' is not a path and is ignored: "
                  + e.getMessage());
        }
      }
    }
    return directories;
  }

  private void report(CatalogRequest request, List<Problem> problems, Suppression suppression) {
    for (Problem problem : problems) {
      if (!problem.isError() && suppression.covers(problem.category())) {
        continue;
      }
      request.report(
          messager,
          problem.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING,
          "table",
          problem.toString());
    }
  }

  /** The warning categories acknowledged for one table: the option's and the annotation's. */
  private Suppression suppression(CatalogRequest request) {
    String option = processingEnv.getOptions().get(SUPPRESS_OPTION);
    Suppression build =
        Suppression.of(
            option == null ? List.of() : List.of(option.split(",")),
            unknown -> warn(request, "-A" + SUPPRESS_OPTION + " names " + unknown));
    return build.and(
        Suppression.of(request.suppress(), unknown -> warn(request, "suppress names " + unknown)));
  }

  private void warn(CatalogRequest request, String message) {
    request.report(
        messager, Diagnostic.Kind.WARNING, "suppress", "[" + Category.OPTION + "] " + message);
  }

  private void error(CatalogRequest request, String attribute, String message) {
    request.report(messager, Diagnostic.Kind.ERROR, attribute, message);
  }
}
