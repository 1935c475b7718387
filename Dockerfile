# Pyykkinaru in a container: docker build -t pyykkinaru . && docker run -p 8080:8080 -v pyykkinaru-data:/data pyykkinaru
FROM eclipse-temurin:25-jdk AS build
# npm (any version) fetches Node 24 from the npm registry for the frontend bundle (.mvn/install-node.sh).
RUN apt-get update \
 && apt-get install -y --no-install-recommends npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins
COPY frontend frontend
COPY src src
RUN ./mvnw -B -DskipTests package
# The JDK AOT cache (kiosk-config/aot-cache.sh): one training start here, about half the start-up time later.
COPY kiosk-config/aot-cache.sh kiosk-config/aot-cache.sh
RUN JAVA=java kiosk-config/aot-cache.sh target/pyykkinaru.jar target/aot

FROM eclipse-temurin:25-jre
# espeak-ng: speech for visitors who switch it on (GET /speech); without it the screens use the browser's voices.
RUN apt-get update \
 && apt-get install -y --no-install-recommends espeak-ng \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin pyykkinaru \
 && mkdir -p /data /app/kiosk-config \
 && chown pyykkinaru /data
WORKDIR /app
COPY --from=build /src/target/aot/app /app
COPY kiosk-config/stand.properties /app/kiosk-config/stand.properties
ENV PYYKKINARU_DATA_DIR=/data \
    PYYKKINARU_STAND_SETTINGS=/app/kiosk-config/stand.properties
VOLUME ["/data"]
USER pyykkinaru
EXPOSE 8080
# The cache was made by the build stage's JDK; a JRE of the same release reads it (it warns and starts without
# it if they differ).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/pyykkinaru.aot", "-jar", "/app/pyykkinaru.jar"]
