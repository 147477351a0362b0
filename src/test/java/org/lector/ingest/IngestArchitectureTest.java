package org.lector.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Keeps the ingest package's promises: few dependencies, no UI, SLF4J for logs. */
class IngestArchitectureTest {

    private static final JavaClasses INGEST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lector.ingest");

    @Test
    void dependsOnlyOnModelJdkAndParsers() {
        classes().that().resideInAPackage("org.lector.ingest..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.lector.model..",
                        "org.lector.ingest..", "org.jsoup..", "org.commonmark..", "org.mozilla.universalchardet..",
                        "org.apache.pdfbox..", "org.apache.fontbox..", "org.slf4j..", "com.fasterxml.jackson..")
                .because("ingest sits just above the model; the UI, CLI and store are built on it, not under it")
                .check(INGEST);
    }

    @Test
    void neverWritesToStandardStreams() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                .because("ingest logs through SLF4J; only the CLI prints")
                .check(INGEST);
    }

    @Test
    void neverPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace")
                .because("failures become IngestExceptions with a message for the user")
                .check(INGEST);
    }
}
