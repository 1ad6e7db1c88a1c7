package org.marsad.replay;

/** A Kafka admin or client call failed; the message names the call and the broker's reason. */
public final class KafkaCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KafkaCallException(String call, Throwable cause) {
        super("Cannot " + call + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage()), cause);
    }
}
