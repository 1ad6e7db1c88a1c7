# One image for every Marsad stage; docker-compose.yml picks the subcommand. It runs the stage runtime
# (runtime/): the CLI without the embedded broker and Scala, natives for linux x86-64 and aarch64 only.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -Dmaven.test.skip=true -pl runtime -am package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/runtime/target/marsad-stage.jar /app/marsad.jar
ENTRYPOINT ["java", "-jar", "/app/marsad.jar"]
CMD ["--help"]
