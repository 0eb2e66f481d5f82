# Build stage: the official Rust image builds qabot in release mode with the lock file.
FROM rust:1-bookworm AS build
WORKDIR /src
# Dependencies first, so a code change does not rebuild them.
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches && echo 'fn main() {}' > src/main.rs && touch src/lib.rs && echo 'fn main() {}' > benches/engine.rs \
    && cargo build --release --locked && rm -rf src benches
COPY src src
COPY benches benches
COPY intents.toml ./
COPY migrations migrations
RUN touch src/main.rs src/lib.rs && cargo build --release --locked

# Runtime stage: a slim Debian with only the binary, its config and the knowledge.
FROM debian:bookworm-slim
RUN useradd --system --create-home --home-dir /app qabot
WORKDIR /app
COPY --from=build /src/target/release/qabot /usr/local/bin/qabot
COPY config.toml intents.toml ./
COPY knowledge knowledge
RUN mkdir -p data && chown qabot:qabot data
USER qabot
VOLUME ["/app/data"]
ENTRYPOINT ["qabot"]
CMD []
