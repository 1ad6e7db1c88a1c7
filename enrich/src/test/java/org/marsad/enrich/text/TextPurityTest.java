package org.marsad.enrich.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The text analysis stays pure Java, so it can be tested with plain strings and reused offline. */
class TextPurityTest {

    private static final JavaClasses TEXT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marsad.enrich.text", "org.marsad.text");

    @Test
    void shouldNotDependOnKafkaJacksonOrTheWireModel() {
        noClasses().that().resideInAnyPackage("org.marsad.enrich.text..", "org.marsad.text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.kafka..", "com.fasterxml.jackson..", "org.marsad.model..", "org.marsad.broker..",
                        "org.marsad.streams..")
                .because("text analysis is pure: taggers return their own values and SpanMapper in "
                        + "org.marsad.enrich turns them into wire records")
                .check(TEXT);
    }
}
