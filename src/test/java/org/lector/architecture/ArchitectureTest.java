package org.lector.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;

/** The layer rules of DESIGN.md, enforced on the production classes. */
@AnalyzeClasses(packages = "org.lector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersDependDownwardOnly = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("model").definedBy("org.lector.model..")
            .layer("ingest").definedBy("org.lector.ingest..")
            .layer("nlp").definedBy("org.lector.nlp..")
            .layer("store").definedBy("org.lector.store..")
            .layer("overlay").definedBy("org.lector.overlay..")
            .layer("export").definedBy("org.lector.export..")
            .layer("library").definedBy("org.lector.library..")
            .layer("reading").definedBy("org.lector.reading..")
            .layer("ui").definedBy("org.lector.ui..")
            .layer("cli").definedBy("org.lector.cli..")
            .layer("app").definedBy("org.lector.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("reading").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("reading", "ui", "cli", "app")
            .whereLayer("nlp").mayOnlyBeAccessedByLayers("reading", "ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("reading", "ui", "cli", "app")
            .whereLayer("export").mayOnlyBeAccessedByLayers("reading", "ui", "cli", "app")
            .whereLayer("overlay").mayOnlyBeAccessedByLayers("reading")
            .whereLayer("library").mayOnlyBeAccessedByLayers("export", "reading", "ui", "cli", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("ingest", "nlp", "store", "overlay", "export", "library",
                    "reading", "ui", "cli", "app")
            .because("model depends on nothing, the services only on model, the reading of an article on the services,"
                    + " and only ui and cli sit on top; what the reader sees is worked out in reading alone");

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = noClasses().that().resideInAPackage("org.lector.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.lector.model..")
            .because("the model is plain records and enums that every layer can share");

    @ArchTest
    static final ArchRule overlayIsAPureFunctionOfTheModel = noClasses().that().resideInAPackage("org.lector.overlay..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.lector.model..",
                    "org.lector.overlay..")
            .because("what the reader sees is worked out from the engine's analysis and the reader's records alone, "
                    + "so it is tested without a library, an engine or a screen");

    @ArchTest
    static final ArchRule theLibraryViewsArePure = noClasses().that().resideInAPackage("org.lector.library..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.lector.model..",
                    "org.lector.library..", "com.github.difflib..")
            .because("the views across the library are functions of the model, tested without a file or a screen");

    @ArchTest
    static final ArchRule uiFeatureSlicesReachTheLibraryOnlyThroughReading = noClasses()
            .that().resideInAPackage("org.lector.ui..")
            .and().resideOutsideOfPackages("org.lector.ui.main..", "org.lector.ui.library..",
                    "org.lector.ui.dictionary..")
            .should().dependOnClassesThat().resideInAPackage("org.lector.store..")
            .because("the panels, the reader, the card, the edits, review and the analysis work on an article "
                    + "through org.lector.reading (Reading, ReaderRecords), never on the library's rows; only the "
                    + "window's root (ui.main) holds the library, and the library's and the dictionary's own "
                    + "windows manage its contents");

    @ArchTest
    static final ArchRule uiSlicesDoNotReachIntoTheWindow = noClasses()
            .that().resideInAPackage("org.lector.ui..").and().resideOutsideOfPackage("org.lector.ui.main..")
            .should().dependOnClassesThat().resideInAPackage("org.lector.ui.main..")
            .because("ui.main is the window and its menus, which put the slices together; a slice that reached back"
                    + " into it could not be built or tested on its own");

    @ArchTest
    static final ArchRule onlyUiKnowsJavaFx = noClasses()
            .that().resideInAnyPackage("org.lector.model..", "org.lector.ingest..", "org.lector.nlp..",
                    "org.lector.store..", "org.lector.overlay..", "org.lector.export..", "org.lector.library..",
                    "org.lector.reading..", "org.lector.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
            .because("only the gui knows the user; everything else must run headless from the command line");

    /** The classes that may make threads: the window's source, and two headless services with reasons of their own. */
    private static final DescribedPredicate<JavaClass> THREAD_SOURCES = DescribedPredicate.describe(
            "the executor source (ui.common.BackgroundTasks), the engine's workers (nlp.AnalysisEngine), the "
                    + "library's one writer (store.LibraryWriter) and its exit hook (store.Library), the command"
                    + " line's Ctrl+C hook (cli.LongRun), the Markdown parser's deep-stack thread"
                    + " (ingest.MarkdownReader) and the window toolkit's early start (app.FxToolkit)",
            c -> List.of("org.lector.ui.common.BackgroundTasks", "org.lector.nlp.AnalysisEngine",
                    "org.lector.store.LibraryWriter", "org.lector.store.Library", "org.lector.cli.LongRun",
                    "org.lector.ingest.MarkdownReader", "org.lector.app.FxToolkit")
                    .contains(c.getName().replaceAll("\\$.*", "")));

    @ArchTest
    static final ArchRule threadsComeFromOneSource = noClasses().that(DescribedPredicate.not(THREAD_SOURCES))
            .should().dependOnClassesThat().belongToAnyOf(Executors.class, ThreadPoolExecutor.class,
                    ScheduledThreadPoolExecutor.class, ForkJoinPool.class)
            .orShould().callConstructorWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Thread.class))))
            .orShould().callMethod(CompletableFuture.class, "runAsync", Runnable.class)
            .orShould().callMethod(CompletableFuture.class, "supplyAsync", Supplier.class)
            .because("background work runs on BackgroundTasks, one bounded pool of named threads given to whatever "
                    + "needs it, so what runs is bounded and ends in one place. The engine keeps its own fixed pool"
                    + " (its size is a setting of the engine, and it runs headless in the command line, where no "
                    + "window's pool exists); the library keeps its one writer thread, which must not be a daemon "
                    + "so that no edit is cut off at exit, and a shutdown hook, which cannot come from a pool; so"
                    + " does the command line's Ctrl+C hook; the Markdown parser runs on a thread of its own whose"
                    + " stack size is chosen for deeply nested input, which no pool's thread has; JavaFX's toolkit"
                    + " starts at launch on a thread of its own, before any pool exists, so it overlaps the command"
                    + " line's work (Platform.startup waits for the toolkit, and that thread only calls it)");

    @ArchTest
    static final ArchRule onlyStoreTouchesJdbc = noClasses().that().resideOutsideOfPackage("org.lector.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("store is the only package that talks to SQLite");

    @ArchTest
    static final ArchRule standardStreamsOnlyInCommandLine = noClasses()
            .that().resideOutsideOfPackages("org.lector.cli..", "org.lector.app..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the terminal gets clear lines from the command line; everything else logs through SLF4J");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("logs go through SLF4J to one place");

    @ArchTest
    static final ArchRule noGenericExceptionsThrown = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
