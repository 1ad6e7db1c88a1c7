package org.marsad.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) running inside this JVM, bound to
 * 127.0.0.1. Used by {@code marsad demo}, {@code marsad up} and the tests.
 *
 * <p>It wraps two Kafka internals, {@code StorageTool} (formats the log directory) and
 * {@code KafkaRaftServer}, so a Kafka upgrade touches this class only. Kafka's fatal-fault handler may halt
 * the host JVM on an unrecoverable metadata error; that is Kafka's own policy and is left in place, because
 * continuing with a broken metadata log would be worse.
 *
 * <p>Restarting on the same data directory keeps the data: the directory is formatted only once and the
 * cluster id is read back from {@code cluster.id} in it.
 */
public final class EmbeddedKafkaBroker implements KafkaBroker {

    private static final String CLUSTER_ID_FILE = "cluster.id";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /** Starts a broker on {@code port} (0 picks a free one) storing its logs in {@code dataDir}. */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /**
     * Starts a broker with extra broker properties, for example shorter transaction-abort intervals in
     * tests.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> overrides) {
        try {
            Files.createDirectories(dataDir);
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = freePort();
            Properties props = brokerProperties(dataDir, brokerPort, controllerPort);
            props.putAll(overrides);
            format(dataDir, props);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server.startup();
            return new EmbeddedKafkaBroker(server, "127.0.0.1:" + brokerPort, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded Kafka broker in " + dataDir, e);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The directory holding this broker's logs. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort) {
        Map<String, String> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", dataDir.resolve("kafka-logs").toString());
        // A single node cannot hold more than one replica of anything.
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("min.insync.replicas", "1");
        // Fewer internal partitions: faster start and fewer open files on a laptop-sized machine.
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.num.partitions", "5");
        config.put("group.initial.rebalance.delay.ms", "0");
        // Marsad creates its topics with explicit configs; a typo must not create a topic silently.
        config.put("auto.create.topics.enable", "false");
        // The cleaner refuses less than 1 MB per thread; 2 MB keeps the heap small.
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        config.put("log.cleaner.threads", "1");
        Properties props = new Properties();
        props.putAll(config);
        return props;
    }

    private static void format(Path dataDir, Properties props) throws IOException {
        Path idFile = dataDir.resolve(CLUSTER_ID_FILE);
        if (Files.exists(idFile)) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        Path configFile = dataDir.resolve("server.properties");
        try (var out = Files.newOutputStream(configFile)) {
            props.store(out, "Marsad embedded broker");
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code = StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", configFile.toString(), "--ignore-formatted"},
                new PrintStream(log, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("Cannot format Kafka storage in " + dataDir + ": "
                    + log.toString(StandardCharsets.UTF_8));
        }
        Files.writeString(idFile, clusterId);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
