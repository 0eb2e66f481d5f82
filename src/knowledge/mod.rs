//! The knowledge base: the documents of the knowledge folder, cleaned and cut
//! into passages (one sentence each) that carry everything a citation needs.
//!
//! files -> [`formats`] (lines + metadata) -> [`clean`] (furniture out) ->
//! blocks (headings, paragraphs) -> [`sentences`] -> passages, each indexed once.

pub mod clean;
pub mod formats;
pub mod sentences;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use clean::{Line, clean_line};
use formats::{RawDocument, Skip};

/// One sentence of a document, with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Stable id: document id, `#`, paragraph number, `.`, sentence number.
    pub id: String,
    /// Document id: the file's path in the knowledge folder, without extension.
    pub doc: String,
    pub title: String,
    pub source: String,
    pub date: String,
    pub url: String,
    /// Heading path and numbered item the passage sits under ("Build a Peaceful Homeland › 12").
    pub section: String,
    /// Paragraph number in the document (headings count), from 1.
    pub paragraph: u32,
    /// Sentence number in the paragraph, from 1.
    pub sentence: u32,
    /// The sentence, quoted from the document.
    pub text: String,
}

/// A document of the knowledge folder, as the sources list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    pub path: String,
    pub title: String,
    pub source: String,
    pub date: String,
    pub url: String,
    pub passages: usize,
}

/// A file that was not indexed, and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// What reading the knowledge folder found.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct IngestStats {
    pub documents: usize,
    pub passages: usize,
    pub duplicates_dropped: usize,
    pub furniture_dropped: usize,
    pub bytes: u64,
    pub skipped: Vec<Skipped>,
}

/// The cleaned knowledge folder.
#[derive(Debug, Default, Clone)]
pub struct Corpus {
    pub documents: Vec<DocumentInfo>,
    pub passages: Vec<Passage>,
    pub stats: IngestStats,
}

/// Passages shorter than this many words are not worth a citation.
const MIN_PASSAGE_WORDS: usize = 3;

impl Corpus {
    /// Reads every supported file under `dir` (sorted, hidden files and `exclude` names left out).
    pub fn load(dir: &Path, exclude: &[&str]) -> crate::Result<Corpus> {
        let mut files = Vec::new();
        list_files(dir, dir, exclude, &mut files)?;
        files.sort();
        let rel_of = |path: &Path| {
            path.strip_prefix(dir)
                .unwrap_or(path)
                .to_string_lossy()
                .replace('\\', "/")
        };
        // Reading and cleaning files is independent work: spread it over the cores.
        // Dedup stays sequential, in file order, so the result does not depend on timing.
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(files.len())
            .max(1);
        let chunk = files.len().div_ceil(workers).max(1);
        let parsed: Vec<(String, Parsed)> = std::thread::scope(|scope| {
            let handles: Vec<_> = files
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .map(|path| {
                                let rel = rel_of(path);
                                let built = formats::read_file(path).map(|raw| {
                                    let id = rel
                                        .rsplit_once('.')
                                        .map(|(stem, _)| stem)
                                        .unwrap_or(&rel)
                                        .to_string();
                                    let bytes =
                                        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
                                    (build_document(&id, &rel, raw), bytes)
                                });
                                (rel, built)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("a document parser panicked"))
                .collect()
        });
        let mut corpus = Corpus::default();
        let mut seen = HashSet::new();
        for (rel, built) in parsed {
            let skip = |corpus: &mut Corpus, reason: String| {
                tracing::warn!(file = %rel, %reason, "skipping file");
                corpus.stats.skipped.push(Skipped {
                    path: rel.clone(),
                    reason,
                });
            };
            match built {
                Ok((built, bytes)) => {
                    corpus.stats.bytes += bytes;
                    corpus.add_built(built, &mut seen);
                    if corpus.documents.last().is_some_and(|d| d.passages == 0) {
                        corpus.documents.pop();
                        skip(&mut corpus, "no text left after cleaning".into());
                    }
                }
                Err(Skip::Unsupported(ext)) if ext.is_empty() || !is_document_like(&ext) => {
                    tracing::debug!(file = %rel, "not a document, ignored");
                }
                Err(reason) => skip(&mut corpus, reason.to_string()),
            }
        }
        corpus.stats.documents = corpus.documents.len();
        corpus.stats.passages = corpus.passages.len();
        Ok(corpus)
    }

    /// Adds one document read from `rel`, dropping passages already seen anywhere.
    pub fn add(&mut self, id: &str, rel: &str, raw: RawDocument, seen: &mut HashSet<u64>) {
        self.add_built(build_document(id, rel, raw), seen);
    }

    fn add_built(&mut self, built: BuiltDocument, seen: &mut HashSet<u64>) {
        self.stats.furniture_dropped += built.furniture;
        let mut info = built.info;
        for p in built.passages {
            if seen.insert(dedup_hash(&p.text)) {
                self.passages.push(p);
                info.passages += 1;
            } else {
                self.stats.duplicates_dropped += 1;
            }
        }
        self.documents.push(info);
    }
}

/// Unsupported extensions that look like documents get a warning; others (images of a site, lock files) are ignored quietly.
fn is_document_like(ext: &str) -> bool {
    matches!(
        ext,
        "pdf" | "doc" | "docx" | "odt" | "rtf" | "epub" | "xhtml" | "rst" | "csv" | "json"
    )
}

fn list_files(
    root: &Path,
    dir: &Path,
    exclude: &[&str],
    out: &mut Vec<PathBuf>,
) -> crate::Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| crate::Error::io(dir, e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') || (dir == root && exclude.contains(&name.as_str())) {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => list_files(root, &path, exclude, out)?,
            Ok(_) => out.push(path),
            Err(e) => tracing::warn!(file = %path.display(), error = %e, "cannot stat file"),
        }
    }
    Ok(())
}

/// The words of a text as written: its runs of letters and digits.
pub fn word_slices(text: &str) -> impl DoubleEndedIterator<Item = &str> + Clone {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Where `part`, a slice of `text` such as a word from [`word_slices`], starts
/// in it, in bytes.
pub fn offset_of(text: &str, part: &str) -> usize {
    let at = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    debug_assert!(
        at + part.len() <= text.len(),
        "{part:?} is not a slice of the text"
    );
    at
}

/// Whether a word starts with a capital letter: "Normans", "ASEAN".
pub fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// Two passages are the same when their words are, whatever the case, spacing and punctuation.
pub fn dedup_key(text: &str) -> String {
    word_slices(text)
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A hash of [`dedup_key`], computed without building the key.
pub fn dedup_hash(text: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for word in word_slices(text) {
        for c in word.chars().flat_map(char::to_lowercase) {
            h.write_u32(c as u32);
        }
        h.write_u8(0);
    }
    h.finish()
}

/// A file read and cleaned (with its size in bytes), or why it was skipped.
type Parsed = Result<(BuiltDocument, u64), Skip>;

struct BuiltDocument {
    info: DocumentInfo,
    passages: Vec<Passage>,
    furniture: usize,
}

enum Block {
    Heading(String),
    Paragraph(String),
}

static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(source|publisher|来源)\s*[:：]\s*(\S.{0,100})$").unwrap()
});
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\d{4}-\d{2}-\d{2})([ T]\d{2}:\d{2}(:\d{2})?)?\s*$").unwrap()
});
static NUMBERED_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\s*([A-Z“\x22].*)$").unwrap());
static NUMBERED_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3})[.)]\s+(\S.*)$").unwrap());

/// How many of the first non-empty lines may carry metadata (source, date).
const METADATA_LINES: usize = 6;

fn build_document(id: &str, rel: &str, raw: RawDocument) -> BuiltDocument {
    let mut source = raw.source.clone();
    let mut date = raw.date.clone();
    let mut furniture = 0;
    let mut blocks: Vec<Vec<String>> = vec![Vec::new()];
    let mut non_empty = 0;
    let lines = raw
        .lines
        .iter()
        .flat_map(|line| split_glued_title(line, raw.title.as_deref()));
    for line in lines {
        if !line.trim().is_empty() {
            non_empty += 1;
            if non_empty <= METADATA_LINES {
                if let Some(c) = SOURCE_LINE.captures(line) {
                    source.get_or_insert_with(|| c[2].trim().to_string());
                    continue;
                }
                if let Some(c) = DATE_LINE.captures(line) {
                    date.get_or_insert_with(|| c[1].to_string());
                    continue;
                }
            }
        }
        match clean_line(line) {
            Line::Drop => furniture += 1,
            Line::Keep(text) if text.is_empty() => blocks.push(Vec::new()),
            Line::Keep(text) => blocks.last_mut().expect("never empty").push(text),
        }
    }

    let elements = to_elements(&blocks, raw.marked_headings);
    let title = raw
        .title
        .clone()
        .or_else(|| match elements.first() {
            Some(Block::Heading(h)) => Some(h.clone()),
            _ => None,
        })
        .unwrap_or_else(|| id.rsplit('/').next().unwrap_or(id).replace(['_', '-'], " "));
    let info = DocumentInfo {
        id: id.to_string(),
        path: rel.to_string(),
        title: title.clone(),
        // With no publisher named, the citation names the file, so it always says where it comes from.
        source: source.unwrap_or_else(|| rel.to_string()),
        date: date.unwrap_or_default(),
        url: raw.url.clone().unwrap_or_default(),
        passages: 0,
    };

    let mut passages = Vec::new();
    let mut headings: Vec<(String, bool)> = Vec::new(); // (label, numbered)
    for (n, element) in elements.iter().enumerate() {
        let paragraph = n as u32 + 1;
        let (texts, section) = match element {
            Block::Heading(h) => {
                let (label, text, numbered) = match NUMBERED_HEADING.captures(h) {
                    Some(c) => (format!("{}. {}", &c[1], &c[2]), c[2].to_string(), true),
                    None => (h.clone(), h.clone(), false),
                };
                if numbered || !headings.first().is_some_and(|(_, numbered)| *numbered) {
                    headings.clear();
                } else {
                    headings.truncate(1);
                }
                headings.push((label, numbered));
                (vec![text], section_label(&headings, None))
            }
            Block::Paragraph(p) => match NUMBERED_ITEM.captures(p) {
                Some(c) => (
                    sentences::split_sentences(&c[2]),
                    section_label(&headings, Some(&c[1])),
                ),
                None => (
                    sentences::split_sentences(p),
                    section_label(&headings, None),
                ),
            },
        };
        for (s, text) in texts.into_iter().enumerate() {
            if text.split_whitespace().count() < MIN_PASSAGE_WORDS {
                continue;
            }
            passages.push(Passage {
                id: format!("{id}#{paragraph}.{}", s + 1),
                doc: id.to_string(),
                title: title.clone(),
                source: info.source.clone(),
                date: info.date.clone(),
                url: info.url.clone(),
                section: section.clone(),
                paragraph,
                sentence: s as u32 + 1,
                text,
            });
        }
    }
    BuiltDocument {
        info,
        passages,
        furniture,
    }
}

/// Web copy often glues the page title to the text around it: "…: officialXu Lin,
/// director…", "…digital transformation.China to enhance…". Such a line is split
/// so that the title stands alone (and is then dropped as a repeat).
fn split_glued_title<'a>(line: &'a str, title: Option<&str>) -> Vec<&'a str> {
    let Some(title) = title
        .map(str::trim)
        .filter(|t| t.split_whitespace().count() >= 3)
    else {
        return vec![line];
    };
    let mut pieces = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find(title) {
        let end = at + title.len();
        let glued_before = rest[..at].ends_with(['.', '!', '?']);
        let glued_after = capitalised(&rest[end..]);
        if !glued_before && !glued_after {
            break;
        }
        if at > 0 {
            pieces.push(&rest[..at]);
        }
        pieces.push(&rest[at..end]);
        rest = &rest[end..];
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(rest);
    }
    pieces
}

fn section_label(headings: &[(String, bool)], item: Option<&str>) -> String {
    let mut parts: Vec<String> = headings.iter().map(|(h, _)| h.clone()).collect();
    if let Some(n) = item {
        parts.push(format!("point {n}"));
    }
    parts.join(" › ")
}

/// Headings are short lines without closing punctuation; other lines make
/// paragraphs, which end at a blank line or at a line ending a sentence.
fn to_elements(blocks: &[Vec<String>], marked: bool) -> Vec<Block> {
    let mut out = Vec::new();
    for block in blocks {
        let mut para = String::new();
        for (i, line) in block.iter().enumerate() {
            let line = line.trim();
            let heading = if marked {
                line.starts_with('#')
                    .then(|| line.trim_start_matches('#').trim().to_string())
            } else {
                let next_continues = block
                    .get(i + 1)
                    .and_then(|l| l.trim().chars().next())
                    .is_some_and(char::is_lowercase);
                (para.is_empty() && !next_continues && looks_like_heading(line))
                    .then(|| line.to_string())
            };
            if let Some(h) = heading {
                if !para.is_empty() {
                    out.push(Block::Paragraph(std::mem::take(&mut para)));
                }
                if !h.is_empty() {
                    out.push(Block::Heading(h));
                }
                continue;
            }
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(line);
            if !marked && ends_sentence(line) {
                out.push(Block::Paragraph(std::mem::take(&mut para)));
            }
        }
        if !para.is_empty() {
            out.push(Block::Paragraph(para));
        }
    }
    out
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// Most words in a heading; a labelled one ("Expert View | Wang Yuzhu, director
/// of ... at the Institute of ..., Chinese Academy of Social Sciences") may run longer.
const HEADING_WORDS: usize = 20;
const LABELLED_HEADING_WORDS: usize = 30;

fn looks_like_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let most = if line.contains(" | ") {
        LABELLED_HEADING_WORDS
    } else {
        HEADING_WORDS
    };
    (1..=most).contains(&words)
        && line.len() <= 200
        && !line.trim_end().ends_with(['.', '!', '?', ':', ';', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_of(files: &[(&str, &str)]) -> Corpus {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        Corpus::load(dir.path(), &[]).unwrap()
    }

    #[test]
    fn headings_and_numbered_points_become_sections() {
        let c = corpus_of(&[(
            "report.txt",
            "Annual Report on Rivers\n\nKeep Rivers Clean\n\n1. The city built three new filters in 2020.\n\n2. Fish returned to the river.\n",
        )]);
        assert_eq!(c.documents[0].title, "Annual Report on Rivers");
        let p = c
            .passages
            .iter()
            .find(|p| p.text.contains("filters"))
            .unwrap();
        assert_eq!(p.section, "Keep Rivers Clean › point 1");
        assert_eq!(p.text, "The city built three new filters in 2020.");
        assert!(p.id.starts_with("report#"));
    }

    #[test]
    fn numbered_stories_carry_their_number_and_subheadings() {
        let c = corpus_of(&[(
            "top.txt",
            "Top Stories\n\n1The bridge opens to traffic\n\nThe bridge opened on May 1.\n\nExpert View | Ann Lee, engineer at the Institute\n\nIt is a fine bridge indeed.\n\n2A new port is built\n\nThe port handles ships.\n\nExpert View | Bo Chen, deputy director and associate professor at the Institute of Maritime Studies at the University of Coastal Affairs\n\nIt is a busy port.\n",
        )]);
        let find = |w: &str| {
            c.passages
                .iter()
                .find(|p| p.text.contains(w))
                .unwrap()
                .section
                .clone()
        };
        assert_eq!(find("opened on May"), "1. The bridge opens to traffic");
        assert_eq!(
            find("fine bridge"),
            "1. The bridge opens to traffic › Expert View | Ann Lee, engineer at the Institute"
        );
        assert_eq!(find("handles ships"), "2. A new port is built");
        // A labelled heading may run longer than a plain one.
        assert_eq!(
            find("busy port"),
            "2. A new port is built › Expert View | Bo Chen, deputy director and associate professor at the Institute of Maritime Studies at the University of Coastal Affairs"
        );
    }

    #[test]
    fn repeated_paragraphs_yield_one_passage() {
        let para = "The museum opened in 1990 with four halls. It now has ten halls.";
        let c = corpus_of(&[
            (
                "a.txt",
                &format!("{para}\n{para}\n{para}Glued start of a copy.\n"),
            ),
            ("b.txt", &format!("Other text is here today.\n{para}\n")),
        ]);
        let texts: Vec<&str> = c.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts.iter().filter(|t| t.contains("four halls")).count(),
            1,
            "{texts:?}"
        );
        assert!(c.stats.duplicates_dropped >= 4);
    }

    #[test]
    fn a_title_glued_to_the_text_around_it_stands_alone() {
        let title = Some("Ferry service to grow: mayor");
        assert_eq!(
            split_glued_title(
                "Ferry service to grow: mayorAnna Berg, mayor, speaks.",
                title
            ),
            ["Ferry service to grow: mayor", "Anna Berg, mayor, speaks."]
        );
        assert_eq!(
            split_glued_title(
                "New boats come in May.Ferry service to grow: mayorAnna Berg",
                title
            ),
            [
                "New boats come in May.",
                "Ferry service to grow: mayor",
                "Anna Berg"
            ]
        );
        // Quoted in a sentence, the title is left where it is.
        let line = "The article Ferry service to grow: mayor ran on Monday.";
        assert_eq!(split_glued_title(line, title), [line]);
        assert_eq!(
            split_glued_title("Ferry service to grow: mayor", title),
            ["Ferry service to grow: mayor"]
        );
    }

    #[test]
    fn metadata_lines_fill_source_and_date() {
        let c = corpus_of(&[(
            "n.txt",
            "News of the Day\nsource:Harbour Gazette\n2023-09-06 23:39\nThe harbour was dredged last week by crews.\n",
        )]);
        let d = &c.documents[0];
        assert_eq!(
            (d.source.as_str(), d.date.as_str()),
            ("Harbour Gazette", "2023-09-06")
        );
        assert!(
            c.passages
                .iter()
                .all(|p| !p.text.contains("Gazette") && !p.text.contains("23:39"))
        );
    }

    #[test]
    fn broken_files_are_skipped_with_a_reason_and_the_rest_indexed() {
        let c = corpus_of(&[
            ("good.txt", "The lighthouse was built in 1880 by the town."),
            ("empty.txt", ""),
            ("binary.txt", "\u{0}\u{1}\u{2}\u{3}"),
            ("slides.pdf", "%PDF-1.4"),
            ("picture.png", "not read"),
        ]);
        assert_eq!(c.documents.len(), 1);
        let reasons: Vec<String> = c
            .stats
            .skipped
            .iter()
            .map(|s| format!("{}: {}", s.path, s.reason))
            .collect();
        assert!(
            reasons.iter().any(|r| r.starts_with("empty.txt: empty")),
            "{reasons:?}"
        );
        assert!(
            reasons.iter().any(|r| r.starts_with("binary.txt: binary")),
            "{reasons:?}"
        );
        assert!(
            reasons
                .iter()
                .any(|r| r.starts_with("slides.pdf: unsupported")),
            "{reasons:?}"
        );
        assert!(
            !reasons.iter().any(|r| r.starts_with("picture.png")),
            "{reasons:?}"
        );
    }
}
