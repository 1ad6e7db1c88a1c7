package org.marsad.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.marsad.enrich.text.TextAnalyzer;
import org.marsad.streams.StreamsSettings;
import org.marsad.streams.StreamsStage;

/**
 * Starts the enrich stage: the analyser is loaded by the caller once, the topology built and run with
 * exactly-once processing. Topics are provisioned by the caller.
 */
public final class EnrichApp {

    private EnrichApp() {
    }

    /**
     * Starts the stage.
     *
     * @param streamsOverrides extra Kafka Streams properties, applied last (tests lower time-outs here)
     * @param registry where the stage's own meters go (the process's operations registry)
     */
    public static StreamsStage start(EnrichConfig config, TextAnalyzer analyzer, Map<String, Object> streamsOverrides,
            MeterRegistry registry) {
        EnrichTopology topology = new EnrichTopology(
                new ArticleEnricher(analyzer), config.cluster().articleMaxBytes(), registry);
        return StreamsStage.start(topology.build(), StreamsSettings.forApplication(config.applicationId(),
                EnrichProcessor.STAGE, config.stateDir(), config.threads(), config.cluster(), streamsOverrides));
    }
}
