package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ops.OperationsRoutes;

/**
 * The image's two scripts, run with bash as the container runs them: the health check is healthy on a 200 from
 * {@code /health/ready} only, and the entrypoint passes JAVA_OPTS and MARSAD_JAVA_OPTS to the JVM.
 */
class ContainerScriptsTest {

    private static final long DEADLINE_SECONDS = 30;

    @Test
    void shouldBeHealthyOnlyWhenReadinessAnswers200() throws Exception {
        AtomicInteger status = new AtomicInteger(200);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(OperationsRoutes.READY, exchange -> {
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        String port = String.valueOf(server.getAddress().getPort());
        try {
            assertEquals(0, run(List.of("marsad-health-ready"), Map.of("MARSAD_HTTP_PORT", port)).exit());
            status.set(503);
            Result down = run(List.of("marsad-health-ready"), Map.of("MARSAD_HTTP_PORT", port));
            assertEquals(1, down.exit());
            assertTrue(down.err().contains("503"), down.err());
        } finally {
            server.stop(0);
        }
        Result closed = run(List.of("marsad-health-ready"), Map.of("MARSAD_HTTP_PORT", port));
        assertEquals(1, closed.exit());
        assertTrue(closed.err().contains("nothing listens on 127.0.0.1:" + port), closed.err());
    }

    @Test
    void shouldPassBothJavaOptionVariablesBeforeTheJarWhenStarting(@TempDir Path bin) throws Exception {
        // A stand-in java on the PATH prints the arguments it was given, one a line.
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Result started = run(List.of("marsad-entrypoint", "sink", "--set", "marsad.sink.threads=2 3"), Map.of(
                "PATH", bin + ":" + System.getenv("PATH"),
                "JAVA_OPTS", "-Xmx1g -Da=1",
                "MARSAD_JAVA_OPTS", "-Db=2"));
        assertEquals(0, started.exit(), started.err());
        assertEquals(List.of("-Xmx1g", "-Da=1", "-Db=2", "-jar", "/opt/marsad/marsad.jar", "sink", "--set",
                "marsad.sink.threads=2 3"), started.out().lines().toList());
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> script, Map<String, String> environment) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash",
                DeploymentFiles.path("deploy/docker/" + script.get(0)).toString()));
        command.addAll(script.subList(1, script.size()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS), script + " did not end");
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
