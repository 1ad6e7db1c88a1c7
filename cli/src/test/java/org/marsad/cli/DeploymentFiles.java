package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deployment files of the repository root (compose files, Dockerfile, container scripts, sample feeds), which
 * this module's pom copies under {@code deployment/} on the test classpath, and the few compose rules the tests
 * need to read them as docker compose does.
 */
final class DeploymentFiles {

    static final String DEV = "docker-compose.yml";
    static final String PROD = "docker-compose.prod.yml";
    static final String MARSAD_IMAGE = "marsad:latest";

    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{(\\w+):-([^}]*)}");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{(\\w+):\\?[^}]*}");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(h|ms|m|s|us)");
    /** An environment line in a comment (the TLS/SASL example), indented as under {@code environment:}. */
    private static final Pattern COMMENTED_VARIABLE = Pattern.compile("^#\\s+(MARSAD_[A-Z0-9_]+): \"(.*)\"$");

    private DeploymentFiles() {
    }

    static String text(String name) {
        try (InputStream in = DeploymentFiles.class.getResourceAsStream("/deployment/" + name)) {
            if (in == null) {
                fail(name + " is not on the test classpath (cli/pom.xml copies the deployment files)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        URL url = DeploymentFiles.class.getResource("/deployment/" + name);
        if (url == null) {
            fail(name + " is not on the test classpath (cli/pom.xml copies the deployment files)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode yaml(String name) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(name + " does not parse as YAML", e);
        }
    }

    /** The services that run the Marsad image. */
    static Map<String, JsonNode> marsadServices(JsonNode compose) {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        compose.get("services").fields().forEachRemaining(service -> {
            if (MARSAD_IMAGE.equals(service.getValue().path("image").asText())) {
                services.put(service.getKey(), service.getValue());
            }
        });
        return services;
    }

    /** A service's environment as docker compose hands it over: {@code ${X:-default}} is the default. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        service.path("environment").fields().forEachRemaining(
                variable -> environment.put(variable.getKey(), interpolate(variable.getValue().asText())));
        return environment;
    }

    /** The {@code MARSAD_*} variables set in the file's comments (examples a reader is told to copy). */
    static Map<String, String> commentedEnvironment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : text(name).lines().map(String::strip).toList()) {
            Matcher matcher = COMMENTED_VARIABLE.matcher(line);
            if (matcher.matches()) {
                environment.put(matcher.group(1), interpolate(matcher.group(2)));
            }
        }
        return environment;
    }

    /** {@code ${X:-default}} becomes its default, {@code ${X:?message}} a stand-in value for the required X. */
    static String interpolate(String value) {
        String defaulted = DEFAULTED.matcher(value).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
        return REQUIRED.matcher(defaulted).replaceAll(match -> "required-" + match.group(1));
    }

    /** A compose duration ({@code 45s}, {@code 1m30s}, {@code 2m}). */
    static Duration duration(String value) {
        Matcher matcher = DURATION_PART.matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "ms" -> Duration.ofMillis(amount);
                default -> Duration.ofNanos(amount * 1000);
            });
            end = matcher.end();
        }
        if (end == 0 || end != value.length()) {
            fail("'" + value + "' is not a compose duration");
        }
        return total;
    }

    /** The short-syntax volume entries of a service, each as {@code [source, target]} or {@code [source, target, mode]}. */
    static List<String[]> volumes(JsonNode service) {
        List<String[]> volumes = new ArrayList<>();
        service.path("volumes").forEach(volume -> volumes.add(interpolate(volume.asText()).split(":")));
        return volumes;
    }
}
