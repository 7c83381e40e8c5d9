# The baocao loader as a container: `docker compose run loader load /articles`.
# Build stage: the same Debian packages as scripts/setup; tests are not built.
FROM debian:bookworm AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      build-essential cmake pkg-config libpqxx-dev libicu-dev libspdlog-dev libssl-dev libxml2-dev libre2-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B /build -DCMAKE_BUILD_TYPE=Release -DBAOCAO_TESTS=OFF \
 && cmake --build /build -j"$(nproc)" --target baocao \
 && cmake --install /build --prefix /usr/local

# Run stage: the shared libraries only. The binary finds its data and
# migrations in /usr/local/share/baocao (next to bin/, see data_dir()).
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libpqxx-6.4 libpq5 libicu72 libspdlog1.10 libfmt9 libssl3 libxml2 libre2-9 postgresql-client-15 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/baocao /usr/local/bin/baocao
COPY --from=build /usr/local/share/baocao /usr/local/share/baocao
USER nobody
ENTRYPOINT ["baocao"]
CMD ["--help"]
