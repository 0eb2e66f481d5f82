//! The tantivy index of passages, on disk in the data folder.
//!
//! Each build writes a new generation folder beside the old one and then
//! switches the `CURRENT` pointer file with an atomic rename, so killing the
//! process at any moment leaves the previous index usable. A manifest of file
//! hashes tells whether the knowledge folder changed since the build.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use tantivy::columnar::Column;
use tantivy::query::{EnableScoring, Query, TermQuery, Weight};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TantivyDocument, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::tokenizer::{PreTokenizedString, TextAnalyzer};
use tantivy::{
    DocAddress, DocId, DocSet, Index, IndexReader, ReloadPolicy, Score, TERMINATED, Term, doc,
};

use crate::analysis::{analyzer, stems, surface_analyzer, tokens};
use crate::error::{Error, Result};
use crate::knowledge::{
    Corpus, DocumentInfo, IngestStats, Passage, capitalised, offset_of, word_slices,
};

/// Name under which the English stemming analyzer is registered.
pub const TOKENIZER: &str = "qabot_en";
const CURRENT: &str = "CURRENT";
const MANIFEST: &str = "manifest.json";
const GENERATION_PREFIX: &str = "gen-";
/// Bumped whenever ingestion or the schema changes, so an upgraded qabot rebuilds old indexes.
const INDEX_FORMAT: &str = "qabot-index-11";

/// The schema's fields.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub doc: Field,
    pub ord: Field,
    pub text: Field,
    pub context: Field,
    pub section: Field,
    pub paragraph: Field,
    pub sentence: Field,
}

/// The index schema: the sentence and its context (section, title) searchable,
/// and what a citation needs stored; a document's own fields (title, source,
/// date, address) are kept once, in the manifest.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(TOKENIZER)
        // No phrase queries are made, so no positions are kept.
        .set_index_option(IndexRecordOption::WithFreqs);
    let text = TextOptions::default().set_indexing_options(indexing.clone());
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        doc: b.add_text_field("doc", STRING | STORED),
        ord: b.add_u64_field("ord", FAST | STORED),
        text: b.add_text_field("text", text.clone().set_stored()),
        context: b.add_text_field("context", text.clone()),
        section: b.add_text_field("section", STORED),
        paragraph: b.add_u64_field("paragraph", STORED),
        sentence: b.add_u64_field("sentence", STORED),
    };
    (b.build(), fields)
}

/// One file of the knowledge folder as the manifest records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub path: String,
    pub size: u64,
    pub hash: String,
}

/// What a generation was built from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    /// Hash of every file of the knowledge folder: the knowledge version.
    pub version: String,
    pub files: Vec<FileEntry>,
    pub documents: Vec<DocumentInfo>,
    pub stats: IngestStats,
    pub build_ms: u64,
}

/// What `qabot index` reports.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub version: String,
    pub stats: IngestStats,
    pub elapsed: Duration,
}

/// Hashes every file of the knowledge folder (documents, synonyms, curated answers).
pub fn fingerprint(knowledge_dir: &Path) -> Result<(String, Vec<FileEntry>)> {
    let mut files = Vec::new();
    collect(knowledge_dir, &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut all = blake3::Hasher::new();
    all.update(INDEX_FORMAT.as_bytes());
    all.update(env!("CARGO_PKG_VERSION").as_bytes());
    for f in &files {
        all.update(f.path.as_bytes());
        all.update(&[0]);
        all.update(f.hash.as_bytes());
    }
    Ok((all.finalize().to_hex()[..16].to_string(), files))
}

/// Each file's path, size and modification time.
pub type Listing = Vec<(PathBuf, u64, Option<std::time::SystemTime>)>;

/// The path, size and modification time of every file of the knowledge
/// folder: a cheap look that tells whether [`fingerprint`] may have changed.
pub fn listing(knowledge_dir: &Path) -> Result<Listing> {
    let mut paths = Vec::new();
    walk(knowledge_dir, &mut paths)?;
    paths.sort();
    Ok(paths
        .into_iter()
        .map(|p| {
            let meta = std::fs::metadata(&p).ok();
            let size = meta.as_ref().map_or(0, |m| m.len());
            let modified = meta.and_then(|m| m.modified().ok());
            (p, size, modified)
        })
        .collect())
}

/// The files of a folder and its subfolders, hidden ones left out.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .flatten()
    {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn collect(root: &Path, out: &mut Vec<FileEntry>) -> Result<()> {
    let mut paths = Vec::new();
    walk(root, &mut paths)?;
    for path in paths {
        if let Ok(bytes) = std::fs::read(&path) {
            out.push(FileEntry {
                path: path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .into(),
                size: bytes.len() as u64,
                hash: blake3::hash(&bytes).to_hex()[..16].to_string(),
            });
        }
    }
    Ok(())
}

/// Builds a new generation from `knowledge_dir` under `index_root` and switches to it.
pub fn build(knowledge_dir: &Path, index_root: &Path, exclude: &[&str]) -> Result<BuildReport> {
    let started = Instant::now();
    let (version, files) = fingerprint(knowledge_dir)?;
    let corpus = Corpus::load(knowledge_dir, exclude)?;
    std::fs::create_dir_all(index_root).map_err(|e| Error::io(index_root, e))?;
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_micros();
    let name = format!("{GENERATION_PREFIX}{stamp}-{}", std::process::id());
    let dir = index_root.join(&name);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;

    write_index(&dir, &corpus)?;
    let manifest = Manifest {
        version: version.clone(),
        files,
        documents: corpus.documents.clone(),
        stats: corpus.stats.clone(),
        build_ms: started.elapsed().as_millis() as u64,
    };
    let json = serde_json::to_vec_pretty(&manifest).expect("manifest serializes");
    write_synced(&dir.join(MANIFEST), &json)?;
    sync_dir(&dir);

    // The switch: a new pointer file renamed over the old one.
    let tmp = index_root.join(format!("{CURRENT}.{}.tmp", std::process::id()));
    write_synced(&tmp, name.as_bytes())?;
    std::fs::rename(&tmp, index_root.join(CURRENT)).map_err(|e| Error::io(&tmp, e))?;
    sync_dir(index_root);
    remove_stale_generations(index_root, &name);
    Ok(BuildReport {
        version,
        stats: corpus.stats,
        elapsed: started.elapsed(),
    })
}

fn write_index(dir: &Path, corpus: &Corpus) -> Result<()> {
    let (schema, f) = schema();
    let index = Index::create_in_dir(dir, schema)?;
    index.tokenizers().register(TOKENIZER, analyzer());
    let threads = if corpus.stats.bytes > 8 << 20 {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
    } else {
        1
    };
    let mut writer: tantivy::IndexWriter =
        index.writer_with_num_threads(threads, (threads * 128) << 20)?;
    // A build writes once and is searched as it is: merging its few segments costs more than it saves.
    writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    // Passages of one section share their context: analyze it once per section.
    let mut analyzer = analyzer();
    let mut contexts: HashMap<(&str, &str), PreTokenizedString> = HashMap::new();
    for (ord, p) in corpus.passages.iter().enumerate() {
        let context = contexts
            .entry((p.section.as_str(), p.title.as_str()))
            .or_insert_with(|| {
                let text = format!("{} {}", p.section, p.title);
                let mut tokens = Vec::new();
                {
                    let mut stream = analyzer.token_stream(&text);
                    while stream.advance() {
                        tokens.push(stream.token().clone());
                    }
                }
                PreTokenizedString { text, tokens }
            })
            .clone();
        writer.add_document(doc!(
            f.id => p.id.as_str(),
            f.doc => p.doc.as_str(),
            f.ord => ord as u64,
            f.text => p.text.as_str(),
            f.context => context,
            f.section => p.section.as_str(),
            f.paragraph => p.paragraph as u64,
            f.sentence => p.sentence as u64,
        ))?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))?;
    file.sync_all().map_err(|e| Error::io(path, e))
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Removes generations other than `keep`, and pointer files a killed build left behind.
fn remove_stale_generations(index_root: &Path, keep: &str) {
    let Ok(entries) = std::fs::read_dir(index_root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let path = entry.path();
        if name.starts_with(GENERATION_PREFIX) && name != keep {
            if let Err(e) = std::fs::remove_dir_all(&path) {
                tracing::debug!(dir = %path.display(), error = %e, "could not remove old index generation");
            }
        } else if name.starts_with(CURRENT) && name.ends_with(".tmp") {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// A word of the documents as written, with its stemmed term.
#[derive(Debug, Clone)]
pub struct SurfaceWord {
    pub word: String,
    pub stem: String,
    pub stat: TermStat,
    /// Which of the letters a-z the word holds: see [`letter_set`].
    pub letters: u32,
}

/// Lowercase word -> its one form in `passages`, for words never written in
/// lowercase, and whether the documents write it as a name of its own: once
/// at least, not first in its sentence and with no capitalised word beside it
/// ("countries, Japan and the Republic of Korea"), unlike "Corridor" in
/// "Land-Sea Trade Corridor".
fn case_forms(passages: &[Passage]) -> FxHashMap<String, CaseForm> {
    // None: the documents write the word in more than one form.
    let mut forms: FxHashMap<String, Option<(&str, bool)>> = FxHashMap::default();
    let capitalised = |w: Option<&&str>| w.is_some_and(|w| capitalised(w));
    for p in passages {
        let words: Vec<&str> = word_slices(&p.text).collect();
        for (i, &w) in words.iter().enumerate() {
            if !w.chars().all(char::is_alphabetic) {
                continue;
            }
            // "the Institute of Asian Studies": "of" and a name go on with it.
            let of_a_name = words.get(i + 1) == Some(&"of") && capitalised(words.get(i + 2));
            let alone = i > 0
                && !capitalised(words.get(i - 1))
                && !capitalised(words.get(i + 1))
                && !of_a_name;
            let form = forms.entry(w.to_lowercase()).or_insert(Some((w, false)));
            match form {
                Some((f, standalone)) if *f == w => *standalone |= alone,
                _ => *form = None,
            }
        }
    }
    forms
        .into_iter()
        .filter_map(|(lower, form)| {
            let (form, standalone) = form?;
            (form != lower).then(|| {
                let form = form.to_string();
                (lower, CaseForm { form, standalone })
            })
        })
        .collect()
}

/// Lowercase words of each name of several words the documents write
/// capitalised (a lowercase word hyphened to one too: "Cross-border"), and of
/// each end of one that starts with a capitalised word ("china foreign
/// languages bureau", "education exchange week") -> the words as written. See [`SearchIndex::truecase`].
fn name_spans(
    passages: &[Passage],
    case_forms: &FxHashMap<String, CaseForm>,
) -> FxHashMap<String, Vec<String>> {
    /// Lowercase words a name may hold between capitalised ones: "Ministry of
    /// Information", "People's Congress" (split at the apostrophe).
    const JOINING: &[&str] = &["of", "and", "the", "for", "on", "in", "s"];
    let mut out: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for p in passages {
        let words: Vec<&str> = word_slices(&p.text).collect();
        // Whether words `i` and `i + 1` are written apart only by a space, a hyphen
        // or an apostrophe: "Du Zhanyuan, Director of ..." holds two names.
        let offset = |w: &str| offset_of(&p.text, w);
        let joined = |i: usize| {
            let between = &p.text[offset(words[i]) + words[i].len()..offset(words[i + 1])];
            between
                .chars()
                .all(|c| matches!(c, ' ' | '-' | '–' | '\'' | '’'))
        };
        let mut start = 0;
        while start < words.len() {
            if !capitalised(words[start]) {
                start += 1;
                continue;
            }
            let mut end = start + 1;
            loop {
                let mut next = end;
                // "Cross-border" goes on with "Detian-Ban Gioc Cross-border Waterfalls".
                let hyphened = |i: usize| {
                    p.text[offset(words[i]) + words[i].len()..offset(words[i + 1])] == *"-"
                };
                while next < words.len()
                    && (JOINING.contains(&words[next])
                        || (hyphened(next - 1) && !capitalised(words[next])))
                    && joined(next - 1)
                {
                    next += 1;
                }
                if next < words.len() && capitalised(words[next]) && joined(next - 1) {
                    end = next + 1;
                } else {
                    break;
                }
            }
            let run = &words[start..end];
            // A name ends with its head ("Fund"): "China-ASEAN Cooperation" is
            // not the "China-ASEAN Cooperation Fund", and may be said in lowercase.
            // The run may be two names joined by "and": "ASEAN-China Convergence
            // Media Forum and Online International Conference" ends one at "Forum".
            let ends = (1..run.len())
                .filter(|&b| run[b] == "and")
                .chain([run.len()]);
            for b in ends {
                for a in 0..b {
                    // "In May", "The Forum": a sentence's first word may be capitalised as
                    // such; "Since the Special Summit" names no more than "the Special
                    // Summit", as the documents also write "since" in lowercase.
                    let lower = run[a].to_lowercase();
                    if !capitalised(run[a])
                        || crate::engine::query::is_stop_word(&lower)
                        || (start + a == 0 && !case_forms.contains_key(&lower))
                    {
                        continue;
                    }
                    if b >= a + 2 && b - a <= LONGEST_NAME {
                        let key: Vec<String> = run[a..b].iter().map(|w| w.to_lowercase()).collect();
                        out.entry(key.join(" "))
                            .or_insert_with(|| run[a..b].iter().map(|w| w.to_string()).collect());
                    }
                }
            }
            start = end;
        }
    }
    out
}

/// The most words of a name [`name_spans`] keeps.
const LONGEST_NAME: usize = 8;

/// How the documents write a word they never write in lowercase.
#[derive(Debug, Clone)]
pub struct CaseForm {
    pub form: String,
    /// Written at least once as a name of its own; see [`case_forms`].
    pub standalone: bool,
}

/// The set of ASCII lowercase letters in `word`, one bit each. An edit
/// (insertion, deletion, substitution, swap) takes at most one letter out of a
/// word's set and adds at most one, so words `k` edits apart differ by at most
/// `k` letters either way: a cheap test that skips most of a vocabulary before
/// any distance is computed.
pub fn letter_set(word: &str) -> u32 {
    word.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |set, b| set | 1 << (b - b'a'))
}

/// A term of the vocabulary: its id, how many passages hold it, and whether
/// a heading or title does.
#[derive(Debug, Clone, Copy)]
pub struct TermStat {
    pub id: u32,
    pub df: u32,
    pub in_context: bool,
}

/// An open index generation, with its passages and their terms in memory for fast re-ranking.
pub struct SearchIndex {
    reader: IndexReader,
    fields: Fields,
    ord_columns: Vec<Column<u64>>,
    /// Every passage, by ordinal.
    pub passages: Vec<Passage>,
    /// Stemmed term -> id and passage frequency.
    /// Hashed with FxHash: looked up many times per question, and its keys come from the documents.
    pub vocabulary: FxHashMap<String, TermStat>,
    /// Sorted term ids of each passage's text.
    pub passage_terms: Vec<Box<[u32]>>,
    /// Term ids of each passage's text in the order written: where its words are.
    pub passage_words: Vec<Box<[u32]>>,
    /// Sorted term ids of each passage's section and title (shared within a section).
    pub context_terms: Vec<Arc<[u32]>>,
    /// Term ids of each passage's section and title in the order written.
    pub context_words: Vec<Arc<[u32]>>,
    /// Words as written (lowercase, ASCII letters), by length in bytes: what
    /// spelling correction compares against.
    pub surface: Vec<Vec<SurfaceWord>>,
    /// The same words -> their stems, as they were indexed: a question's words
    /// are mostly the documents', and need not be stemmed again.
    stems: FxHashMap<String, String>,
    /// Lowercase word -> the one form the documents write it in, for words they
    /// write only capitalised ("Myanmar", "ASEAN", "Trade"). See [`SearchIndex::truecase`].
    pub case_forms: FxHashMap<String, CaseForm>,
    /// Lowercase words of the documents' names of several words -> as written.
    pub name_spans: FxHashMap<String, Vec<String>>,
    pub manifest: Manifest,
    pub generation: PathBuf,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("generation", &self.generation)
            .field("passages", &self.passages.len())
            .finish()
    }
}

impl SearchIndex {
    /// Opens the current generation under `index_root`; `Ok(None)` when there is none.
    pub fn open(index_root: &Path) -> Result<Option<SearchIndex>> {
        let pointer = index_root.join(CURRENT);
        let name = match std::fs::read_to_string(&pointer) {
            Ok(name) => name.trim().to_string(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(pointer, e)),
        };
        let dir = index_root.join(&name);
        let manifest_path = dir.join(MANIFEST);
        let manifest: Manifest = std::fs::read(&manifest_path)
            .map_err(|e| Error::io(&manifest_path, e))
            .and_then(|b| {
                serde_json::from_slice(&b).map_err(|e| Error::Invalid {
                    path: manifest_path.clone(),
                    message: e.to_string(),
                })
            })?;
        let index = Index::open_in_dir(&dir)?;
        index.tokenizers().register(TOKENIZER, analyzer());
        let fields = schema().1;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let total = searcher.num_docs() as usize;
        let mut passages = vec![None; total];
        let mut ord_columns = Vec::new();
        let documents: HashMap<&str, &DocumentInfo> = manifest
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d))
            .collect();
        for segment in searcher.segment_readers() {
            ord_columns.push(segment.fast_fields().u64("ord")?);
            let store = segment
                .get_store_reader(64)
                .map_err(|e| Error::io(&dir, e))?;
            for doc in store.iter::<TantivyDocument>(segment.alive_bitset()) {
                let doc = doc?;
                let ord = doc
                    .get_first(fields.ord)
                    .and_then(|v| v.as_u64())
                    .unwrap_or(u64::MAX) as usize;
                if let Some(slot) = passages.get_mut(ord) {
                    *slot = Some(passage_from(&doc, &fields, &documents));
                }
            }
        }
        let passages: Vec<Passage> =
            passages
                .into_iter()
                .collect::<Option<_>>()
                .ok_or_else(|| Error::Invalid {
                    path: dir.clone(),
                    message: "index is missing passages".into(),
                })?;
        let mut index = SearchIndex {
            reader,
            fields,
            ord_columns,
            passages,
            vocabulary: FxHashMap::default(),
            passage_terms: Vec::new(),
            passage_words: Vec::new(),
            context_terms: Vec::new(),
            context_words: Vec::new(),
            surface: Vec::new(),
            stems: FxHashMap::default(),
            case_forms: FxHashMap::default(),
            name_spans: FxHashMap::default(),
            manifest,
            generation: dir,
        };
        index.build_vocabulary();
        Ok(Some(index))
    }

    fn build_vocabulary(&mut self) {
        let mut analyzer = analyzer();
        let mut vocabulary: FxHashMap<String, TermStat> = FxHashMap::default();
        let mut intern = |t: String| {
            let next = vocabulary.len() as u32;
            vocabulary
                .entry(t)
                .or_insert(TermStat {
                    id: next,
                    df: 0,
                    in_context: false,
                })
                .id
        };
        let mut df: Vec<u32> = Vec::new();
        // Passages of one section share its context: the term ids of the section
        // and title, sorted and in the order written.
        type Context = (Arc<[u32]>, Arc<[u32]>);
        let mut context_cache: HashMap<(&str, &str), Context> = HashMap::new();
        let mut passage_terms = Vec::with_capacity(self.passages.len());
        let mut passage_words = Vec::with_capacity(self.passages.len());
        let mut context_terms = Vec::with_capacity(self.passages.len());
        let mut context_words = Vec::with_capacity(self.passages.len());
        for p in &self.passages {
            let words: Box<[u32]> = tokens(&mut analyzer, &p.text)
                .into_iter()
                .map(&mut intern)
                .collect();
            let mut ids = words.to_vec();
            ids.sort_unstable();
            ids.dedup();
            for &id in &ids {
                if df.len() <= id as usize {
                    df.resize(id as usize + 1, 0);
                }
                df[id as usize] += 1;
            }
            passage_terms.push(ids.into_boxed_slice());
            passage_words.push(words);
            let (terms, words) = context_cache
                .entry((p.section.as_str(), p.title.as_str()))
                .or_insert_with(|| {
                    let words: Vec<u32> =
                        tokens(&mut analyzer, &format!("{} {}", p.section, p.title))
                            .into_iter()
                            .map(&mut intern)
                            .collect();
                    let mut ids = words.clone();
                    ids.sort_unstable();
                    ids.dedup();
                    (ids.into(), words.into())
                });
            context_terms.push(Arc::clone(terms));
            context_words.push(Arc::clone(words));
        }
        let mut in_context = vec![false; vocabulary.len()];
        for (ids, _) in context_cache.values() {
            for &id in ids.iter() {
                in_context[id as usize] = true;
            }
        }
        for stat in vocabulary.values_mut() {
            stat.df = df.get(stat.id as usize).copied().unwrap_or(0);
            stat.in_context = in_context[stat.id as usize];
        }
        let mut surface_analyzer = surface_analyzer();
        let mut seen = std::collections::HashSet::new();
        let mut surface: Vec<Vec<SurfaceWord>> = Vec::new();
        let mut stems = FxHashMap::default();
        for p in &self.passages {
            for word in tokens(&mut surface_analyzer, &p.text) {
                if word.bytes().all(|b| b.is_ascii_lowercase()) && seen.insert(word.clone()) {
                    let stem = tokens(&mut analyzer, &word).pop().unwrap_or_default();
                    if let Some(stat) = vocabulary.get(&stem) {
                        stems.insert(word.clone(), stem.clone());
                        if surface.len() <= word.len() {
                            surface.resize_with(word.len() + 1, Vec::new);
                        }
                        surface[word.len()].push(SurfaceWord {
                            letters: letter_set(&word),
                            word,
                            stem: stem.clone(),
                            stat: *stat,
                        });
                    }
                }
            }
        }
        self.case_forms = case_forms(&self.passages);
        self.name_spans = name_spans(&self.passages, &self.case_forms);
        self.surface = surface;
        self.stems = stems;
        self.vocabulary = vocabulary;
        self.passage_terms = passage_terms;
        self.passage_words = passage_words;
        self.context_terms = context_terms;
        self.context_words = context_words;
    }

    /// A question typed all in lowercase with the words the documents only write
    /// capitalised written so, so that its names count as names. English words
    /// are left as typed unless the documents write them as a name of their own,
    /// only capitalised inside a name ("xu lin" -> "Xu Lin"), or they stand
    /// next to such a word unless the documents write the two in a name apart
    /// only: "how many doses did china give myanmar" -> "how many doses did
    /// China give Myanmar", "who founded the asean-china centre" -> "who founded
    /// the ASEAN-China Centre", but "land-sea trade corridor" -> "Land-Sea trade
    /// corridor" and "the detian-ban gioc waterfalls" -> "the Detian-Ban Gioc
    /// waterfalls". Other questions are left as typed.
    pub fn truecase(&self, question: &str) -> Option<String> {
        /// Words a name the documents write capitalised needs, besides "of",
        /// "and"..., to be one typed in lowercase of English words alone.
        const LONG_NAME_WORDS: usize = 3;
        if question.chars().any(char::is_uppercase) {
            return None;
        }
        let words: Vec<&str> = word_slices(question).collect();
        // The English word list is loaded on first use, so only for lowercase questions.
        let mut forms: Vec<Option<&str>> = words
            .iter()
            .map(|w| {
                self.case_forms
                    .get(*w)
                    .filter(|c| c.standalone || !wordnik_list::word_exists(w))
                    .map(|c| c.form.as_str())
            })
            .collect();
        // Names of several words the documents write capitalised, longest first, that
        // hold a name of their own: "china-asean education exchange week", not
        // "progress report" or "plan of action", which people write in lowercase.
        // Where a name found starts right where another ends: "joint visit activity
        // maritime silk road dates" names two, which a comma keeps apart.
        let mut apart: Vec<usize> = Vec::new();
        let mut name_end = None;
        let mut i = 0;
        while i < words.len() {
            let longest = LONGEST_NAME.min(words.len() - i);
            let found = (2..=longest).rev().find_map(|n| {
                let words = &words[i..i + n];
                let written = self.name_spans.get(&words.join(" "))?;
                // Or whose every word the documents only write capitalised,
                // though English knows them too: "xu lin". Or of three words or
                // more besides "of", "and"...: "global development initiative"
                // is a name, though "progress report" and "plan of action" may be
                // said of any.
                let long = words
                    .iter()
                    .filter(|w| !crate::engine::query::is_stop_word(w))
                    .count()
                    >= LONG_NAME_WORDS;
                (forms[i..i + n].iter().any(Option::is_some)
                    || words.iter().all(|w| self.case_forms.contains_key(*w))
                    || long)
                    .then_some((n, written))
            });
            match found {
                Some((n, written)) => {
                    for (k, w) in written.iter().enumerate() {
                        forms[i + k] = Some(w);
                    }
                    if name_end == Some(i) {
                        apart.push(i);
                    }
                    name_end = Some(i + n);
                    i += n;
                }
                None => i += 1,
            }
        }
        // English words the documents only capitalise, next to a name, or before "of
        // (the)" and a name: a name too ("secretary-general of asean").
        // After "did", "does"... and a name, a question's last word is its verb:
        // "what did the beijing declaration plan" asks what the Beijing
        // Declaration planned ("did thailand send to the chengdu games" ends
        // with a name).
        let verb_last = words
            .iter()
            .rposition(|w| crate::engine::SUBJECT_AUXILIARIES.contains(w))
            .is_some_and(|a| {
                let subject = words.get(a + 1..words.len() - 1).unwrap_or_default();
                !subject.is_empty()
                    && subject
                        .iter()
                        .zip(&forms[a + 1..])
                        .all(|(w, form)| *w == "the" || form.is_some())
            });
        loop {
            let mut grown = false;
            for i in 0..words.len() {
                if verb_last && i + 1 == words.len() {
                    continue;
                }
                let of_a_name = |skip: &[&str]| {
                    skip.iter()
                        .enumerate()
                        .all(|(k, s)| words.get(i + 1 + k) == Some(s))
                        && forms.get(i + 1 + skip.len()).is_some_and(Option::is_some)
                };
                // "Chinese" describes: "chinese premier" is not a name.
                let a_name = |j: usize| {
                    forms.get(j).is_some_and(Option::is_some)
                        && !crate::engine::query::is_demonym(words[j])
                };
                // Not where the documents write the two in a name apart only: "the
                // detian-ban gioc waterfalls" says in English what the "Detian-Ban Gioc
                // Cross-border Waterfalls Tourism Cooperation Zone" is.
                let written_apart = |a: usize, b: usize| {
                    let (first, second) = (words[a], words[b]);
                    let mut apart = false;
                    for name in self.name_spans.keys() {
                        let (mut has_first, mut has_second, mut last) = (false, false, "");
                        for w in name.split(' ') {
                            if last == first && w == second {
                                return false;
                            }
                            has_first |= w == first;
                            has_second |= w == second;
                            last = w;
                        }
                        apart |= has_first && has_second;
                    }
                    apart
                };
                // The cheap checks first: `written_apart` reads every name.
                let beside_a_name = || {
                    (i > 0 && a_name(i - 1) && !written_apart(i - 1, i))
                        || (a_name(i + 1) && !written_apart(i, i + 1))
                        || of_a_name(&["of"])
                        || of_a_name(&["of", "the"])
                };
                if forms[i].is_none()
                    && let Some(c) = self.case_forms.get(words[i])
                    && beside_a_name()
                {
                    forms[i] = Some(&c.form);
                    grown = true;
                }
            }
            if !grown {
                break;
            }
        }
        let mut out = String::with_capacity(question.len());
        let mut last = 0;
        for (i, (w, form)) in words.iter().zip(forms).enumerate() {
            let start = offset_of(question, w);
            if apart.contains(&i) {
                out.push(',');
            }
            out.push_str(&question[last..start]);
            out.push_str(form.unwrap_or(w));
            last = start + w.len();
        }
        out.push_str(&question[last..]);
        Some(out)
    }

    /// Documents of this generation.
    pub fn documents(&self) -> &[DocumentInfo] {
        &self.manifest.documents
    }

    /// The knowledge version this generation was built from.
    pub fn version(&self) -> &str {
        &self.manifest.version
    }

    /// The stems of the documents' words of the same family as a lowercase
    /// word (see [`crate::engine::thesaurus::family`]): "rivalry" for "rival",
    /// "partnership" for "partners", "organized" for "organizer".
    pub fn family_of(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        crate::engine::thesaurus::family(word, |w| out.extend(self.stems.get(w).cloned()));
        out
    }

    /// The terms of `text` as `analyzer` (the English one) makes them; for a word
    /// of the documents, the stem it was indexed under.
    pub fn terms_of(&self, analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        match self.stems.get(text) {
            Some(stem) => vec![stem.clone()],
            None => stems(analyzer, text),
        }
    }

    /// Top `limit` passages (ordinal, BM25 score) for groups of alternative stemmed
    /// terms, each group weighted. The query is built from terms, never parsed.
    pub fn search(&self, groups: &[(Vec<String>, f32)], limit: usize) -> Result<Vec<(usize, f32)>> {
        let searcher = self.reader.searcher();
        let scoring = EnableScoring::enabled_from_searcher(&searcher);
        // A BM25-weighted term per form and field, and its boost.
        let mut terms: Vec<(Box<dyn Weight>, Score)> = Vec::new();
        for (forms, weight) in groups {
            // A form no passage or heading uses matches nothing: no term for it,
            // and no lookup of its postings.
            for (form, stat) in forms
                .iter()
                .filter_map(|f| Some((f, self.vocabulary.get(f)?)))
            {
                let fields = [
                    (self.fields.text, 1.0, stat.df > 0),
                    (self.fields.context, 0.3, stat.in_context),
                ];
                for (field, boost, _) in fields.into_iter().filter(|f| f.2) {
                    let term = Term::from_field_text(field, form);
                    let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
                    terms.push((query.weight(scoring)?, boost * weight));
                }
            }
        }
        // A passage scores the sum of its terms' scores, as in a boolean query of
        // "should" clauses; summed here from the terms' postings, which a question's
        // few words keep short. Through tantivy's `BooleanQuery` and `TopDocs`,
        // each search would set up a union over a window of 4096 documents, or
        // keep block-max WAND's books, either costing more than the postings.
        let mut hits: Vec<(Score, DocAddress)> = Vec::new();
        for (segment_ord, reader) in searcher.segment_readers().iter().enumerate() {
            let mut postings: Vec<(DocId, Score)> = Vec::new();
            for (weight, boost) in &terms {
                let mut scorer = weight.scorer(reader, *boost)?;
                let mut doc = scorer.doc();
                while doc != TERMINATED {
                    postings.push((doc, scorer.score()));
                    doc = scorer.advance();
                }
            }
            // Each passage's scores are added in the terms' order, as tantivy's
            // union adds them: into a score per passage of the segment when there
            // are as many postings as passages (a small knowledge base), else in
            // the runs of a stable sort by passage.
            let alive = reader.alive_bitset();
            let mut add = |doc: DocId, score: Score| {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    hits.push((score, DocAddress::new(segment_ord as u32, doc)));
                }
            };
            let max_doc = reader.max_doc() as usize;
            if max_doc <= postings.len() {
                let mut scores: Vec<Option<Score>> = vec![None; max_doc];
                for &(doc, score) in &postings {
                    *scores[doc as usize].get_or_insert(0.0) += score;
                }
                for (doc, score) in (0..).zip(scores) {
                    if let Some(score) = score {
                        add(doc, score);
                    }
                }
            } else {
                postings.sort_by_key(|&(doc, _)| doc);
                for run in postings.chunk_by(|a, b| a.0 == b.0) {
                    add(run[0].0, run.iter().fold(0.0, |sum, &(_, s)| sum + s));
                }
            }
        }
        // Best first; a tie in the order indexed, as `TopDocs` breaks it.
        let order = |a: &(Score, DocAddress), b: &(Score, DocAddress)| {
            b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
        };
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit, order);
            hits.truncate(limit);
        }
        hits.sort_by(order);
        Ok(hits
            .into_iter()
            .filter_map(|(score, addr)| {
                let ord = self
                    .ord_columns
                    .get(addr.segment_ord as usize)?
                    .first(addr.doc_id)?;
                Some((ord as usize, score))
            })
            .collect())
    }
}

fn passage_from(
    doc: &TantivyDocument,
    f: &Fields,
    documents: &HashMap<&str, &DocumentInfo>,
) -> Passage {
    let s = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let n = |field| doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0) as u32;
    let id = s(f.doc);
    let info = documents.get(id.as_str());
    let from_document =
        |get: fn(&DocumentInfo) -> &String| info.map(|d| get(d).clone()).unwrap_or_default();
    Passage {
        id: s(f.id),
        title: from_document(|d| &d.title),
        source: from_document(|d| &d.source),
        date: from_document(|d| &d.date),
        url: from_document(|d| &d.url),
        doc: id,
        section: s(f.section),
        paragraph: n(f.paragraph),
        sentence: n(f.sentence),
        text: s(f.text),
    }
}

/// Whether the index must be (re)built, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Freshness {
    Fresh,
    Missing,
    Stale,
    Broken(String),
}

/// Opens the current index, building it first when it is missing, stale or broken.
pub fn open_or_build(
    knowledge_dir: &Path,
    index_root: &Path,
    exclude: &[&str],
) -> Result<(SearchIndex, Option<BuildReport>)> {
    let (version, _) = fingerprint(knowledge_dir)?;
    let reason = match SearchIndex::open(index_root) {
        Ok(Some(index)) if index.version() == version => return Ok((index, None)),
        Ok(Some(_)) => Freshness::Stale,
        Ok(None) => Freshness::Missing,
        Err(e) => Freshness::Broken(e.to_string()),
    };
    tracing::info!(?reason, "building the index");
    let report = build(knowledge_dir, index_root, exclude)?;
    let index = SearchIndex::open(index_root)?.ok_or_else(|| Error::Invalid {
        path: index_root.to_path_buf(),
        message: "index missing right after it was built".into(),
    })?;
    Ok((index, Some(report)))
}

/// Whether the index under `index_root` matches the knowledge folder.
pub fn freshness(knowledge_dir: &Path, index_root: &Path) -> Result<Freshness> {
    let (version, _) = fingerprint(knowledge_dir)?;
    Ok(match SearchIndex::open(index_root) {
        Ok(Some(index)) if index.version() == version => Freshness::Fresh,
        Ok(Some(_)) => Freshness::Stale,
        Ok(None) => Freshness::Missing,
        Err(e) => Freshness::Broken(e.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passage(text: &str) -> Passage {
        Passage {
            id: "a#1.1".into(),
            doc: "a".into(),
            title: String::new(),
            source: String::new(),
            date: String::new(),
            url: String::new(),
            section: String::new(),
            paragraph: 1,
            sentence: 1,
            text: text.into(),
        }
    }

    fn spans_of(passages: &[Passage]) -> FxHashMap<String, Vec<String>> {
        name_spans(passages, &case_forms(passages))
    }

    #[test]
    fn name_spans_are_whole_names_or_their_ends_within_punctuation() {
        let spans = spans_of(&[passage(
            "Guests included Du Zhanyuan, Director of the China Foreign Languages Bureau, and the 16th China-ASEAN Education Exchange Week.",
        )]);
        let has = |k: &str| spans.contains_key(k);
        assert!(has("china foreign languages bureau"));
        assert!(has("director of the china foreign languages bureau"));
        assert!(has("education exchange week"));
        assert_eq!(
            spans["china asean education exchange week"],
            ["China", "ASEAN", "Education", "Exchange", "Week"]
        );
        // Not a name's beginning without its head, nor across a comma.
        assert!(!has("china foreign languages"));
        assert!(!has("du zhanyuan director"));
        assert!(has("du zhanyuan"));
        // Two names joined by "and" end one each.
        let spans = spans_of(&[passage(
            "The two sides held Norland Convergence Media Forum and Online International Conference on “Peace”.",
        )]);
        let has = |k: &str| spans.contains_key(k);
        assert!(has("norland convergence media forum"));
        assert!(has("media forum"));
        assert!(has(
            "norland convergence media forum and online international conference"
        ));
        assert!(has("online international conference"));
        assert!(!has("norland convergence media"));
        // A lowercase word hyphened to a capitalised one goes on with the name,
        // not one after a space, nor a capitalised word's lowercase neighbour.
        let spans = spans_of(&[passage(
            "The Harbia-Quill Cross-border Lakes Fishing Zone opened near Harbia-Quill border posts.",
        )]);
        let has = |k: &str| spans.contains_key(k);
        assert!(has("harbia quill cross border lakes fishing zone"));
        assert!(has("lakes fishing zone"));
        assert!(has("harbia quill"));
        assert!(!has("harbia quill border"));
        // A sentence's first word that the documents also write in lowercase
        // opens no name.
        let spans = spans_of(&[
            passage("Since the Harvest Fair, Harbia has sold more fish."),
            passage("Harbia has fished there since 2022."),
            passage("Norland Radio opened in May."),
        ]);
        let has = |k: &str| spans.contains_key(k);
        assert!(has("harvest fair"));
        assert!(!has("since the harvest fair"));
        assert!(has("norland radio"));
    }
}
