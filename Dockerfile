# One image for every Marsad stage; docker-compose.yml picks the subcommand.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -Dmaven.test.skip=true -pl cli -am package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/cli/target/marsad.jar /app/marsad.jar
ENTRYPOINT ["java", "-jar", "/app/marsad.jar"]
CMD ["--help"]
