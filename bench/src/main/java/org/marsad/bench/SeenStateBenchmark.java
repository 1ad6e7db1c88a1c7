package org.marsad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.kafka.SeenState;
import org.marsad.ingest.kafka.SeenStateTopic;
import org.marsad.model.Topics;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;

/**
 * The ingest seen-state at scale: fills {@code marsad.ingest.seen} on an embedded broker with N ids (64 hex
 * characters, as real ids are, each with a SHA-256 hex hash), then loads it as ingest does at start and reports
 * the load time, the heap the loaded state holds (used heap after a full GC, minus the same before the load),
 * the store's off-heap and disk bytes, the process RSS, claim rates, and the time of a second load (a restart).
 *
 * <p>Run: {@code java -Xmx1g -cp bench/target/benchmarks.jar org.marsad.bench.SeenStateBenchmark [ids]}.
 */
public final class SeenStateBenchmark {

    private static final HexFormat HEX = HexFormat.of();
    private static final int CLAIMS = 1_000_000;

    private SeenStateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ids = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        Path work = Files.createTempDirectory("marsad-bench-seen");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 0)) {
            ClusterConfig cluster = MarsadConfig.parse(Map.of("marsad.topic.partitions", "3")).cluster()
                    .withBootstrapServers(broker.bootstrapServers());
            try (Admin admin = Admin.create(cluster.clientBase())) {
                new TopicProvisioner(admin).ensure(List.of(MarsadTopics.compacted(Topics.INGEST_SEEN, cluster)));
            }
            long start = System.nanoTime();
            fill(cluster, ids);
            System.out.printf(Locale.ROOT, "filled %,d seen records in %.1f s%n", ids, seconds(start));
            long heapBefore = usedHeapAfterGc();
            start = System.nanoTime();
            long cpuStart = cpuNanos();
            try (SeenStateTopic topic = SeenStateTopic.load(cluster.clientBase(), Duration.ofMinutes(2),
                    work.resolve("seen"))) {
                double load = seconds(start);
                double loadCpu = (cpuNanos() - cpuStart) / 1e9;
                long heap = usedHeapAfterGc() - heapBefore;
                SeenState state = topic.state();
                SeenState.Usage usage = state.usage();
                System.out.printf(Locale.ROOT, "load: %,d ids in %.1f s (%,.0f ids/s); loading thread CPU %.1f s"
                        + " (%.2f us/id)%n", state.size(), load, state.size() / load, loadCpu, loadCpu * 1e6 / state.size());
                System.out.printf(Locale.ROOT, "heap held by the loaded state: %.1f MB (max heap %.0f MB)%n",
                        heap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
                System.out.printf(Locale.ROOT, "store: off-heap %.1f MB, disk %.1f MB; process RSS %.0f MB%n",
                        usage.offHeapBytes() / 1e6, usage.diskBytes() / 1e6, rssBytes() / 1e6);
                claims(state, ids);
            }
            start = System.nanoTime();
            try (SeenStateTopic topic = SeenStateTopic.load(cluster.clientBase(), Duration.ofMinutes(2),
                    work.resolve("seen"))) {
                System.out.printf(Locale.ROOT, "restart: %,d ids loaded again in %.1f s%n", topic.state().size(),
                        seconds(start));
            }
        } finally {
            delete(work);
        }
    }

    private static void fill(ClusterConfig cluster, int ids) throws Exception {
        Map<String, Object> props = cluster.clientBase();
        props.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < ids; i++) {
                producer.send(new ProducerRecord<>(Topics.INGEST_SEEN, id(sha, i), id(sha, -1 - i)));
            }
            producer.flush();
        }
    }

    private static void claims(SeenState state, int ids) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long start = System.nanoTime();
        long cpu = cpuNanos();
        int won = 0;
        for (int i = 0; i < CLAIMS; i++) {
            won += state.claim(id(sha, ids + i), "h") ? 1 : 0;
        }
        double fresh = seconds(start);
        double freshCpu = (cpuNanos() - cpu) / 1e3 / CLAIMS;
        start = System.nanoTime();
        cpu = cpuNanos();
        int repeated = 0;
        long step = Math.max(1, ids / CLAIMS);
        for (int i = 0; i < CLAIMS; i++) {
            long seenId = i * step % ids;
            repeated += state.claim(id(sha, seenId), id(sha, -1 - seenId)) ? 0 : 1;
        }
        double seen = seconds(start);
        double seenCpu = (cpuNanos() - cpu) / 1e3 / CLAIMS;
        System.out.printf(Locale.ROOT, "claims: %,d new ids %,.0f/s, %.1f CPU-us each (%,d won); %,d seen versions"
                + " %,.0f/s, %.1f CPU-us each (%,d refused)%n", CLAIMS, CLAIMS / fresh, freshCpu, won, CLAIMS,
                CLAIMS / seen, seenCpu, repeated);
    }

    private static String id(MessageDigest sha, long i) {
        return HEX.formatHex(sha.digest(Long.toString(i).getBytes(StandardCharsets.US_ASCII)));
    }

    /** CPU time of the calling thread: a rate that does not depend on what else the shared machine runs. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void delete(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
