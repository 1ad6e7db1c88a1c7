package org.marsad.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module edges of docs/ARCHITECTURE.md that the poms alone do not show at a glance. */
class ModuleEdgesTest {

    private static final String[] STAGES = {"org.marsad.streams..", "org.marsad.ingest..", "org.marsad.enrich..",
        "org.marsad.sink..", "org.marsad.replay.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marsad.config", "org.marsad.streams", "org.marsad.ingest", "org.marsad.enrich",
                    "org.marsad.sink", "org.marsad.replay");

    @Test
    void shouldKeepStagesOffTheEmbeddedBrokerWhenCompiled() {
        noClasses().that().resideInAnyPackage(STAGES)
                .should().dependOnClassesThat().resideInAnyPackage("org.marsad.broker..", "org.marsad.fixtures..",
                        "kafka..", "scala..")
                .because("a stage runs in a container against a real cluster and must not carry Kafka's server or "
                        + "Scala; take settings from org.marsad.config and topics from org.marsad.topics, and use "
                        + "org.marsad.fixtures.TestKafka in tests")
                .check(MAIN);
    }

    @Test
    void shouldKeepConfigurationOnKafkaClientsAloneWhenCompiled() {
        noClasses().that().resideInAPackage("org.marsad.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marsad.text..", "org.marsad.model..",
                        "org.marsad.validation..", "org.marsad.topics..", "org.marsad.broker..", "org.marsad.fixtures..",
                        "org.marsad.streams..", "org.marsad.ingest..", "org.marsad.enrich..", "org.marsad.sink..",
                        "org.marsad.replay..", "org.marsad.cli..", "com.fasterxml.jackson..", "kafka..", "scala..")
                .because("every module reads its settings from config, so config may need nothing but kafka-clients")
                .check(MAIN);
    }
}
