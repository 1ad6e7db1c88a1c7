package org.marsad.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose first request's headers are not complete within the header time-out. The idle
 * time-out alone lets a client drip one header byte per interval and hold the connection for hours.
 */
final class HeaderDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final Duration timeout;

    HeaderDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    @Override
    public void onOpened(Connection connection) {
        scheduler.schedule(() -> {
            // Jetty counts a request in once its headers are parsed (HttpConnection.getMessagesIn).
            if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                connection.getEndPoint().close();
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
