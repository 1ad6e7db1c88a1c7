package org.marsad.ingest.push;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A bare TCP connection to the test server, for requests no well-behaved client would send. */
final class RawConnection implements AutoCloseable {

    private final Socket socket;

    RawConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
    }

    RawConnection send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /** The status line of the answer, or null when the server closed without one; waits at most {@code wait}. */
    String statusLine(Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within " + wait + " (read so far: '" + line + "')", e);
        } catch (IOException e) {
            return line.isEmpty() ? null : line.toString().strip();
        }
        return line.isEmpty() ? null : line.toString().strip();
    }

    /** The rest of the answer (headers and body) until the server closes; waits at most {@code wait}. */
    String rest(Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
