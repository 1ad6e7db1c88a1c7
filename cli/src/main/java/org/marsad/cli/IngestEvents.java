package org.marsad.cli;

import org.marsad.ingest.Rejection;
import org.marsad.ingest.feed.FeedPollResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What the ingest stage reports while it runs (rejected inputs, failed feed polls) as log lines, so that
 * {@code --log-format json} keeps one JSON object per line; a feed's line carries the feed in the MDC
 * ({@value #MDC_FEED}: its configured name, else its location), as an enriched article's carries its id.
 */
final class IngestEvents {

    static final String MDC_FEED = "feed";

    private final Logger log;

    IngestEvents(Logger log) {
        this.log = log;
    }

    static IngestEvents toLog() {
        return new IngestEvents(LoggerFactory.getLogger("org.marsad.ingest"));
    }

    void rejected(Rejection rejection) {
        log.warn("rejected {}", TerminalText.escape(rejection.toString()));
    }

    /** Logs a poll that ended in an error; other polls are the meters' business. */
    void polled(FeedPollResult result) {
        if (result.error() == null) {
            return;
        }
        String feed = result.feed().name() != null ? result.feed().name() : result.feed().location();
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_FEED, feed)) {
            log.warn("feed {}", TerminalText.escape(result.feed().location() + ": " + result.error()));
        }
    }
}
