package org.marsad.sink;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.marsad.streams.StreamsSettings;
import org.marsad.streams.StreamsStage;

/** Starts the sink stage with exactly-once processing; topics are provisioned by the caller. */
public final class SinkApp {

    static final String STAGE = "sink";

    private SinkApp() {
    }

    /**
     * Starts the stage; {@code streamsOverrides} are applied last (tests lower time-outs here); the stage's own
     * meters go to {@code registry}.
     */
    public static StreamsStage start(SinkConfig config, Map<String, Object> streamsOverrides, MeterRegistry registry) {
        return StreamsStage.start(new SinkTopology(registry).build(), StreamsSettings.forApplication(config.applicationId(),
                STAGE, config.stateDir(), config.threads(), config.cluster(), streamsOverrides));
    }
}
