package org.marsad.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every stage calls the validation, so it must carry no stage with it. */
class ValidationPurityTest {

    @Test
    void shouldNotDependOnKafkaJacksonOrAnyStage() {
        noClasses().that().resideInAPackage("org.marsad.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "com.fasterxml.jackson..",
                        "org.marsad.broker..", "org.marsad.streams..", "org.marsad.ingest..", "org.marsad.enrich..",
                        "org.marsad.replay..", "java.io..", "java.nio.file..", "java.net..")
                .because("the rules are pure functions of a RawArticle: a stage that needs I/O or Kafka keeps that "
                        + "check in its own module (as enrich keeps the key-equals-id check)")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.marsad.validation"));
    }
}
