//! Benchmarks: indexing throughput on a generated corpus, top-10 passage search
//! latency, and answering latency over the development questions.
//!
//! `cargo bench` runs them all; `QABOT_BENCH_MB` sets the generated corpus size
//! (default 50). Peak memory (VmHWM) is printed after indexing.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use qabot::analysis;
use qabot::config::Config;
use qabot::engine::{Conversation, Engine};
use qabot::index::{self, SearchIndex};

const EXCLUDE: &[&str] = &["synonyms.toml", "curated.toml"];

/// A fixed-seed generator, so every run indexes the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A vocabulary of pronounceable made-up words, most frequent first.
fn vocabulary(size: usize) -> Vec<String> {
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mi", "ra", "ten", "sho", "vel", "dar", "pi", "nu", "gor", "sa", "li", "ber",
        "tu", "mon", "ze", "qua", "fin", "do",
    ];
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    (0..size)
        .map(|_| {
            (0..2 + rng.below(3))
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect()
        })
        .collect()
}

/// A reproducible corpus shaped like prose: function words, and content words
/// whose frequencies fall off with their rank as in real text (Zipf).
fn generate_corpus(dir: &Path, megabytes: usize, vocab: &[String]) -> u64 {
    const FUNCTION: &[&str] = &[
        "the", "of", "and", "in", "to", "a", "with", "for", "on", "by", "was", "were", "has",
        "have", "is", "that", "from", "at",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    std::fs::create_dir_all(dir).unwrap();
    let ln_v = (vocab.len() as f64).ln();
    let target = (megabytes as u64) << 20;
    let mut written = 0u64;
    let mut file = 0;
    while written < target {
        let mut text = format!("Report number {file}\n\n");
        while text.len() < 512 << 10 {
            for _ in 0..(3 + rng.below(4)) {
                let n = 8 + rng.below(18);
                let mut sentence = String::new();
                for i in 0..n {
                    let w = if rng.below(5) < 2 {
                        FUNCTION[rng.below(FUNCTION.len())].to_string()
                    } else if rng.below(30) == 0 {
                        format!("{}", 1990 + rng.below(35))
                    } else {
                        // Log-uniform rank: frequency about 1 / rank.
                        let u = (rng.next() % 1_000_000) as f64 / 1_000_000.0;
                        vocab[((u * ln_v).exp() as usize - 1).min(vocab.len() - 1)].clone()
                    };
                    if i > 0 {
                        sentence.push(' ');
                        sentence.push_str(&w);
                    } else {
                        let mut c = w.chars();
                        sentence.extend(c.next().unwrap().to_uppercase());
                        sentence.push_str(c.as_str());
                    }
                }
                text.push_str(&sentence);
                text.push_str(". ");
            }
            text.push_str("\n\n");
        }
        written += text.len() as u64;
        std::fs::write(dir.join(format!("report-{file:04}.txt")), text).unwrap();
        file += 1;
    }
    written
}

fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn indexing(c: &mut Criterion) {
    let mb: usize = std::env::var("QABOT_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let dir = tempfile::tempdir().unwrap();
    let knowledge = dir.path().join("knowledge");
    let vocab = vocabulary(20_000);
    let bytes = generate_corpus(&knowledge, mb, &vocab);
    let root = dir.path().join("index");

    // The phases of a build, once: reading and cleaning, then tantivy.
    let started = Instant::now();
    let corpus = qabot::knowledge::Corpus::load(&knowledge, EXCLUDE).unwrap();
    let load = started.elapsed();
    println!(
        "reading, cleaning and splitting {mb} MB: {:?} ({:.1} MB/s), {} passages",
        load,
        bytes as f64 / 1048576.0 / load.as_secs_f64(),
        corpus.passages.len()
    );
    drop(corpus);
    let mut group = c.benchmark_group("index");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function(format!("build_{mb}MB"), |b| {
        b.iter(|| index::build(&knowledge, &root, EXCLUDE).unwrap())
    });
    group.finish();
    if let Some(kb) = peak_memory_kb() {
        println!("peak memory after indexing {mb} MB: {} MB", kb / 1024);
    }

    // A filtered run may have skipped the build benchmark: build once for the search one.
    if SearchIndex::open(&root).unwrap().is_none() {
        index::build(&knowledge, &root, EXCLUDE).unwrap();
    }
    let started = Instant::now();
    let index = SearchIndex::open(&root).unwrap().unwrap();
    println!(
        "opened {} passages in {:?}",
        index.passages.len(),
        started.elapsed()
    );
    // Queries of three or four content words of middling frequency, as questions have.
    let mut rng = Rng(42);
    let queries: Vec<Vec<(Vec<String>, f32)>> = (0..50)
        .map(|_| {
            (0..3 + rng.below(2))
                .map(|_| {
                    let word = &vocab[20 + rng.below(2_000)];
                    (analysis::tokens(&mut analysis::analyzer(), word), 1.0)
                })
                .collect()
        })
        .collect();
    let mut group = c.benchmark_group("search");
    group.bench_function(format!("top10_{mb}MB"), |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(index.search(&queries[i], 10).unwrap())
        })
    });
    group.finish();
}

fn answering(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = tempfile::tempdir().unwrap();
    let config = Config {
        knowledge_dir: root.join("knowledge"),
        data_dir: data.path().to_path_buf(),
        ..Config::default()
    };
    let (engine, _) = Engine::open(&config).unwrap();
    let questions: Vec<String> = qabot::eval::read_items(&root.join("tests/fixtures/dev.jsonl"))
        .unwrap()
        .into_iter()
        .map(|i| i.question)
        .collect();
    // Median and p99 of engine time per question, as the engine itself measures it.
    let mut times = Vec::new();
    for _ in 0..50 {
        for q in &questions {
            times.push(answer(&engine, q));
        }
    }
    times.sort_unstable();
    println!(
        "engine time per dev question: median {} us, p99 {} us",
        times[times.len() / 2],
        times[times.len() * 99 / 100]
    );
    c.bench_function("answer_dev_questions", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % questions.len();
            black_box(answer(&engine, &questions[i]))
        })
    });
}

/// Rows per second through the batching writer into a real SQLite file, and
/// answering with logging on against logging off.
fn logging(c: &mut Criterion) {
    use qabot::querylog::{self, Channel, IdHasher, QueryLog};
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = Config {
        knowledge_dir: root.join("knowledge"),
        data_dir: dir.path().to_path_buf(),
        ..Config::default()
    };
    let (engine, _) = Engine::open(&config).unwrap();
    let answer = engine.answer(
        "When was the first ASEAN-China Media Cooperation Forum held?",
        &mut Conversation::default(),
    );
    let log = runtime.block_on(async {
        let pool = querylog::connect(&config.database_url()).await.unwrap();
        QueryLog::start(
            Some(pool),
            dir.path().join("fallback.jsonl"),
            IdHasher::from_config(&config).unwrap(),
            20_000,
            256,
        )
    });
    const ROWS: u64 = 5_000;
    let mut group = c.benchmark_group("querylog");
    group.sample_size(10).throughput(Throughput::Elements(ROWS));
    group.bench_function("write_5000_rows", |b| {
        b.iter(|| {
            runtime.block_on(async {
                for _ in 0..ROWS {
                    log.record(querylog::row_for(
                        &answer,
                        Channel::Telegram,
                        Some("c".into()),
                        Some("u".into()),
                    ));
                }
                log.flush().await;
            })
        })
    });
    group.finish();
    // What logging adds to the answer path: building the row and queueing it.
    // Rows are flushed between chunks, outside the timing, so the queue never fills.
    c.bench_function("record_one_row", |b| {
        b.iter_custom(|iters| {
            timed_in_chunks(&runtime, &log, iters, || {
                black_box(log.record(querylog::row_for(&answer, Channel::Telegram, None, None)));
            })
        })
    });
    let q = "How many ASEAN students were studying in China in the 2021-2022 academic year?";
    let _guard = runtime.enter();
    c.bench_function("answer_logging_off", |b| {
        b.iter(|| black_box(engine.answer(q, &mut Conversation::default())))
    });
    c.bench_function("answer_logging_on", |b| {
        b.iter_custom(|iters| {
            timed_in_chunks(&runtime, &log, iters, || {
                let a = engine.answer(q, &mut Conversation::default());
                black_box(log.record(querylog::row_for(&a, Channel::Telegram, None, None)));
            })
        })
    });
    runtime.block_on(log.close());
}

/// Times `iters` calls of `step` in chunks of 1,000, flushing the log between
/// chunks outside the timing, so its queue never fills.
fn timed_in_chunks(
    runtime: &tokio::runtime::Runtime,
    log: &qabot::querylog::QueryLog,
    iters: u64,
    mut step: impl FnMut(),
) -> Duration {
    let _guard = runtime.enter();
    let mut spent = Duration::ZERO;
    let mut left = iters;
    while left > 0 {
        let n = left.min(1_000);
        let started = Instant::now();
        for _ in 0..n {
            step();
        }
        spent += started.elapsed();
        runtime.block_on(log.flush());
        left -= n;
    }
    spent
}

fn answer(engine: &Engine, q: &str) -> u64 {
    engine.answer(q, &mut Conversation::default()).elapsed_us
}

criterion_group!(benches, answering, logging, indexing);
criterion_main!(benches);
