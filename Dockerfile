# syntax=docker/dockerfile:1
# Build stage: the official Rust image builds qabot in release mode with the lock file.
FROM rust:1-bookworm AS build
WORKDIR /src
# Dependencies first, in a layer of their own, so a code change does not rebuild them.
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches \
    && echo 'fn main() {}' > src/main.rs && touch src/lib.rs && echo 'fn main() {}' > benches/engine.rs \
    && cargo build --release --locked \
    && rm -rf src benches
COPY src src
COPY benches benches
COPY migrations migrations
COPY intents.toml ./
RUN touch src/main.rs src/lib.rs && cargo build --release --locked && strip target/release/qabot

# Runtime stage: slim Debian with the binary, its config and the knowledge; no toolchain.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app --uid 10001 qabot
WORKDIR /app
COPY --from=build /src/target/release/qabot /usr/local/bin/qabot
COPY config.toml intents.toml ./
COPY knowledge knowledge
USER qabot
# The index is built into the image; the data folder (index, query log) is a volume.
RUN qabot index
VOLUME ["/app/data"]
HEALTHCHECK --interval=60s --timeout=20s --start-period=20s CMD ["qabot", "check", "--online"]
ENTRYPOINT ["qabot"]
# Runs the Telegram bot; needs TELOXIDE_TOKEN. `docker run ... qabot ask "..."` asks one question.
CMD ["telegram"]
