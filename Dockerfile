# Builds Samvirke from source and runs it (used by docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY processes processes
COPY src src
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 samvirke && apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/samvirke-*.jar /tmp/samvirke-uber.jar
COPY bin/prepare-cds /usr/local/bin/prepare-cds
# Class Data Sharing (ADR 0018): the jar extracted to /app plus a class archive made by one training
# run on this image's JVM; start-up takes about a third less time. Same commands as bench/run uses.
RUN prepare-cds /tmp/samvirke-uber.jar /app && rm /tmp/samvirke-uber.jar && chown -R samvirke /app
USER samvirke
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/samvirke.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/samvirke.jar"]
