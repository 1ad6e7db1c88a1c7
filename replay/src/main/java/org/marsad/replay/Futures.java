package org.marsad.replay;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaFuture;

/** Waits for an admin result and turns its failure into a {@link KafkaCallException} naming the call. */
final class Futures {

    private Futures() {
    }

    static <T> T get(String call, KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new KafkaCallException(call, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaCallException(call, e);
        }
    }
}
