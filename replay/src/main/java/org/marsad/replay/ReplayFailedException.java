package org.marsad.replay;

/** A replay could not finish: its Streams application died, or it or the sink stopped making progress. */
public final class ReplayFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReplayFailedException(String message) {
        super(message);
    }
}
