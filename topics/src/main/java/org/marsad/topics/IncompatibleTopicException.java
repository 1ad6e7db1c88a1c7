package org.marsad.topics;

/** An existing topic has a config Marsad cannot run with; the message says which and what it needs. */
public final class IncompatibleTopicException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public IncompatibleTopicException(String topic, String key, String actual, String expected) {
        super("Topic " + topic + " has " + key + "=" + actual + " but Marsad needs " + expected
                + ": fix the topic config or point Marsad at another cluster");
    }
}
