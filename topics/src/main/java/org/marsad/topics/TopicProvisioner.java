package org.marsad.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates Marsad's topics when they are missing and refuses to start on an existing topic whose config
 * would break the pipeline (a non-compacted index, a message size limit below Marsad's).
 */
public final class TopicProvisioner {

    private static final Duration CREATION_TIMEOUT = Duration.ofSeconds(30);
    private static final long RETRY_INTERVAL_MS = 100;

    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    /** Ensures every topic exists with a compatible config. */
    public void ensure(Collection<TopicSpec> specs) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (!existing.contains(spec.name())) {
                    missing.add(new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor())
                            .configs(spec.configs()));
                }
            }
            create(missing);
            check(specs.stream().filter(s -> existing.contains(s.name())).toList());
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot provision Marsad topics: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning Marsad topics", e);
        }
    }

    private void create(List<NewTopic> missing) throws InterruptedException, ExecutionException {
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            // Another stage started at the same moment and won the race: the topic exists, which is the goal.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        awaitLeaders(missing.stream().map(NewTopic::name).toList());
    }

    /**
     * Creation is acknowledged before every broker serves the new partitions; a client that describes or
     * reads a topic at once could be told it does not exist, so wait until each partition has a leader.
     */
    private void awaitLeaders(List<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + CREATION_TIMEOUT.toNanos();
        while (true) {
            try {
                if (admin.describeTopics(names).allTopicNames().get().values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null))) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("Cannot describe new topics " + names + ": " + e.getCause(), e);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("New topics " + names + " have no leader after " + CREATION_TIMEOUT);
            }
            Thread.sleep(RETRY_INTERVAL_MS);
        }
    }

    private void check(List<TopicSpec> existing) throws InterruptedException, ExecutionException {
        if (existing.isEmpty()) {
            return;
        }
        Map<ConfigResource, TopicSpec> byResource = existing.stream().collect(Collectors.toMap(
                s -> new ConfigResource(ConfigResource.Type.TOPIC, s.name()), s -> s));
        Map<ConfigResource, Config> actual = admin.describeConfigs(byResource.keySet()).all().get();
        byResource.forEach((resource, spec) -> checkOne(spec, actual.get(resource)));
    }

    static void checkOne(TopicSpec spec, Config actual) {
        String wantedPolicy = spec.configs().get("cleanup.policy");
        String policy = value(actual, "cleanup.policy");
        if (wantedPolicy != null && !wantedPolicy.equals(policy)) {
            throw new IncompatibleTopicException(spec.name(), "cleanup.policy", policy, wantedPolicy);
        }
        String wantedBytes = spec.configs().get("max.message.bytes");
        String bytes = value(actual, "max.message.bytes");
        if (wantedBytes != null && bytes != null && Long.parseLong(bytes) < Long.parseLong(wantedBytes)) {
            throw new IncompatibleTopicException(spec.name(), "max.message.bytes", bytes, "at least " + wantedBytes);
        }
    }

    private static String value(Config config, String name) {
        var entry = config.get(name);
        return entry == null ? null : entry.value();
    }
}
