package org.marsad.broker;

/** A running Kafka cluster that Marsad can talk to; closing it stops it if this process started it. */
public interface KafkaBroker extends AutoCloseable {

    /** The {@code bootstrap.servers} value for clients. */
    String bootstrapServers();

    @Override
    void close();
}
