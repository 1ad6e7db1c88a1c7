package org.marsad.cli;

/**
 * {@code demo} and {@code up} without a cluster start an embedded broker, which the stage runtime jar
 * (runtime/) leaves out with Kafka's server and Scala; this says so in one line instead of a
 * NoClassDefFoundError.
 */
final class EmbeddedBrokerCheck {

    // A name, not a class literal: resolving the literal is what fails when the broker is absent.
    private static final String BROKER_CLASS = "org.marsad.broker.EmbeddedKafkaBroker";

    private EmbeddedBrokerCheck() {
    }

    static void require(String command) {
        try {
            Class.forName(BROKER_CLASS, false, EmbeddedBrokerCheck.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("this command starts an embedded broker, which the stage runtime jar"
                    + " leaves out: run the laptop jar (./marsad, cli/target/marsad.jar)"
                    + (command.equals("up") ? " or name a cluster with --bootstrap-servers" : ""), e);
        }
    }
}
