package org.marsad.ingest;

/** Told about every rejected input; implementations must be thread-safe (feeds report from pool threads). */
@FunctionalInterface
public interface RejectionListener {

    void rejected(Rejection rejection);

    /** A listener that logs each rejection as a warning. */
    static RejectionListener logging() {
        System.Logger log = System.getLogger("org.marsad.ingest");
        return r -> log.log(System.Logger.Level.WARNING, "Rejected {0}", r);
    }
}
