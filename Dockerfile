# syntax=docker/dockerfile:1
# One image for every Marsad stage; docker-compose.yml picks the subcommand. It runs the stage runtime
# (runtime/): the CLI without the embedded broker and Scala, natives for linux x86-64 and aarch64 only.
# What was and was not run of this file on a machine without Docker: docs/DEPLOYING.md.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies get their own layer, rebuilt only when a pom changes. The poms alone are built with the very
# command that builds the jar below (empty modules), so Maven fetches exactly the plugins and libraries that
# step needs; dependency:go-offline fetches more (it asked for Maven 2.0.6 artifacts no step here uses) and can
# still miss what a plugin loads only when it runs. A layer, not a --mount=type=cache, so a CI builder that
# exports its cache reuses it too. Every module's pom is copied: the parent lists them all (DockerfileTest).
COPY pom.xml ./
COPY text/pom.xml text/
COPY model/pom.xml model/
COPY validation/pom.xml validation/
COPY config/pom.xml config/
COPY topics/pom.xml topics/
COPY http/pom.xml http/
COPY broker/pom.xml broker/
COPY test-fixtures/pom.xml test-fixtures/
COPY streams/pom.xml streams/
COPY ops/pom.xml ops/
COPY enrich/pom.xml enrich/
COPY ingest/pom.xml ingest/
COPY sink/pom.xml sink/
COPY replay/pom.xml replay/
COPY search/pom.xml search/
COPY cli/pom.xml cli/
COPY runtime/pom.xml runtime/
COPY it/pom.xml it/
COPY bench/pom.xml bench/
COPY examples/java-consumer/pom.xml examples/java-consumer/
RUN mvn -B -q -DskipTests -Dmaven.test.skip=true -pl runtime -am package \
    && find . -name target -type d -prune -exec rm -rf {} +
# The sources only now (.dockerignore keeps out target/, .git, .env and the training corpora), so a code change
# reuses the layer above; -o makes a dependency missing from that layer fail the build instead of hiding.
COPY . .
RUN mvn -B -q -o -DskipTests -Dmaven.test.skip=true -pl runtime -am package

FROM eclipse-temurin:17-jre
# A fixed uid and gid, so the volumes' owner stays the same across rebuilds and on the host's backup copies.
RUN groupadd --system --gid 10001 marsad \
    && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/marsad --shell /usr/sbin/nologin marsad \
    && mkdir -p /var/lib/marsad \
    && chown 10001:10001 /var/lib/marsad
COPY --from=build /src/runtime/target/marsad-stage.jar /opt/marsad/marsad.jar
COPY --chmod=0755 deploy/docker/marsad-entrypoint deploy/docker/marsad-health-ready /usr/local/bin/
# The data directory: state and indexes go under it, and a named volume mounted here starts owned by marsad.
WORKDIR /var/lib/marsad
USER 10001:10001
# 8090: ingest's push endpoint (ingest-service); 8091: every process's operations port (health, metrics, search).
EXPOSE 8090 8091
HEALTHCHECK --interval=10s --timeout=5s --start-period=2m --retries=3 CMD ["marsad-health-ready"]
ENTRYPOINT ["marsad-entrypoint"]
CMD ["--help"]
