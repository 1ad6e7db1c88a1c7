package org.marsad.enrich.text.entity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The recognizer stays pure text analysis, so it can be tested and benchmarked without a broker. */
class EntityPurityTest {

    @Test
    void shouldNotDependOnKafkaOrJacksonWhenRecognizingEntities() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.marsad.enrich.text.entity");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "com.fasterxml.jackson..")
                .because("entity recognition is pure text analysis; map its spans to wire records in the Streams app")
                .check(classes);
    }
}
