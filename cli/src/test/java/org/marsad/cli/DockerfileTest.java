package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.config.HttpKeys;
import org.marsad.config.IngestKeys;

/**
 * The Dockerfile (#19): dependencies resolved in a layer of their own before the sources arrive, then a JRE
 * stage that runs the stage runtime as a fixed non-root user, exposes its ports and checks its readiness.
 */
class DockerfileTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private final List<String> build = stage(0);
    private final List<String> runtime = stage(1);

    @Test
    void shouldResolveDependenciesFromThePomsAloneBeforeCopyingTheSources() {
        int dependencies = indexOf(build, "RUN mvn ");
        int sources = build.indexOf("COPY . .");
        assertTrue(dependencies >= 0 && sources > dependencies, "the dependency layer must come before COPY . .");
        for (String line : build.subList(0, dependencies)) {
            assertTrue(!line.startsWith("COPY ") || line.matches("COPY (\\S+/)?pom\\.xml \\S+"),
                    "only poms may be copied before the dependency layer: " + line);
        }
        // The parent lists every module, so Maven needs every module's pom to build any of them.
        Matcher module = MODULE.matcher(DeploymentFiles.text("pom.xml"));
        int modules = 0;
        while (module.find()) {
            String copy = "COPY " + module.group(1) + "/pom.xml " + module.group(1) + "/";
            assertTrue(build.subList(0, dependencies).contains(copy), "missing before the dependency layer: " + copy);
            modules++;
        }
        assertTrue(modules > 10, "only " + modules + " modules found in pom.xml");
    }

    @Test
    void shouldBuildOfflineWithTheCommandThatFilledTheDependencyLayer() {
        String warmUp = build.get(indexOf(build, "RUN mvn "));
        String real = build.get(build.indexOf("COPY . .") + 1);
        String command = "mvn -B -q -DskipTests -Dmaven.test.skip=true -pl runtime -am package";
        assertTrue(warmUp.startsWith("RUN " + command), warmUp);
        assertEquals("RUN " + command.replace("-q ", "-q -o "), real);
        assertTrue(DeploymentFiles.text(".dockerignore").lines().toList().containsAll(List.of("**/target", ".env")),
                ".dockerignore must keep stale target/ dirs and the push token out of the build");
    }

    @Test
    void shouldRunTheStageRuntimeOnAJreAsAFixedNonRootUser() {
        assertEquals("FROM eclipse-temurin:17-jre", runtime.get(0));
        assertTrue(runtime.contains("COPY --from=build /src/runtime/target/marsad-stage.jar /opt/marsad/marsad.jar"));
        String user = runtime.stream().filter(line -> line.startsWith("USER ")).findFirst().orElseThrow();
        String uid = user.substring("USER ".length()).split(":")[0];
        assertTrue(uid.matches("\\d+"), "USER must be numeric, so a runtime can verify it is not root: " + user);
        assertNotEquals("0", uid);
        String setup = String.join(" ", runtime);
        assertTrue(setup.contains("useradd --system --uid " + uid), "the user is created with uid " + uid);
        assertTrue(setup.contains("chown " + uid + ":"), "the data directory belongs to uid " + uid);
        assertTrue(runtime.contains("WORKDIR /var/lib/marsad"));
    }

    @Test
    void shouldExposeThePushAndOperationsPortsAndCheckReadiness() {
        Object push = IngestKeys.DEFINITION.defaultValues().get(IngestKeys.HTTP_PORT);
        Object operations = HttpKeys.DEFINITION.defaultValues().get(HttpKeys.PORT);
        assertTrue(runtime.contains("EXPOSE " + push + " " + operations), "EXPOSE " + push + " " + operations);
        String healthcheck = runtime.stream().filter(line -> line.startsWith("HEALTHCHECK ")).findFirst().orElseThrow();
        assertTrue(healthcheck.endsWith("CMD [\"marsad-health-ready\"]"), healthcheck);
        assertTrue(runtime.contains("ENTRYPOINT [\"marsad-entrypoint\"]"));
        assertTrue(runtime.stream().anyMatch(line -> line.startsWith("COPY --chmod=0755 deploy/docker/marsad-entrypoint "
                + "deploy/docker/marsad-health-ready ")));
    }

    /** The instructions of the Dockerfile's n-th stage, continuation lines joined, comments left out. */
    private static List<String> stage(int n) {
        List<List<String>> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : DeploymentFiles.text("Dockerfile").lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String instruction = (pending + line).replaceAll("\\s+", " ");
            pending.setLength(0);
            if (instruction.startsWith("FROM ")) {
                stages.add(new ArrayList<>());
            }
            stages.get(stages.size() - 1).add(instruction);
        }
        return stages.get(n);
    }

    private static int indexOf(List<String> instructions, String prefix) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
