//! Ingestion and the index: the shipped documents, every supported format,
//! broken files, duplicates, freshness and interrupted rebuilds.

use std::collections::HashMap;
use std::time::Duration;

use qabot::index::{self, Freshness, SearchIndex};
use qabot::knowledge::{Corpus, dedup_key};

use crate::helpers::{TestProject, shipped_knowledge};

const EXCLUDE: &[&str] = &["synonyms.toml", "curated.toml"];

fn shipped() -> Corpus {
    Corpus::load(&shipped_knowledge(), EXCLUDE).unwrap()
}

#[test]
fn shipped_documents_are_all_indexed() {
    let c = shipped();
    assert_eq!(c.documents.len(), 5, "{:?}", c.stats.skipped);
    assert!(c.stats.skipped.is_empty(), "{:?}", c.stats.skipped);
    assert!(c.passages.len() > 200);
}

#[test]
fn no_furniture_line_of_the_seeds_is_in_any_passage() {
    let furniture = [
        "Skip to main content",
        "Español",
        "Suggest to a friend",
        "Data & News supplied by",
        "Stock quotes supplied by Barchart",
        "Quotes delayed at least 20 minutes",
        "By accessing this page",
        "Privacy Policy and Terms and Conditions",
        "Leave a Reply",
        "Fill in your details below",
        "You are commenting using your",
        "Log Out",
        "Connecting to %s",
        "Twitter picture",
        "Facebook photo",
        "[Photo provided to",
        "source:ASEAN-China Centre",
        "2023-09-06 23:39",
    ];
    let c = shipped();
    for p in &c.passages {
        for f in furniture {
            assert!(
                !p.text.contains(f),
                "furniture {f:?} in passage {}: {}",
                p.id,
                p.text
            );
        }
        assert_ne!(p.text.trim(), "Print", "{}", p.id);
    }
    assert!(c.stats.furniture_dropped >= 15, "{:?}", c.stats);
}

#[test]
fn the_thrice_repeated_article_yields_each_passage_once() {
    let c = shipped();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in &c.passages {
        *counts.entry(dedup_key(&p.text)).or_default() += 1;
    }
    assert!(
        counts.values().all(|&n| n == 1),
        "a passage is indexed twice"
    );
    let article: Vec<_> = c
        .passages
        .iter()
        .filter(|p| p.doc.starts_with("002_"))
        .collect();
    let remarks = article
        .iter()
        .filter(|p| p.text.contains("made the remarks when attending"))
        .count();
    assert_eq!(remarks, 1);
    assert!(
        article
            .iter()
            .any(|p| p.text.starts_with("At the conference, the ministers"))
    );
    assert!(c.stats.duplicates_dropped >= 10, "{:?}", c.stats);
}

#[test]
fn every_passage_carries_title_source_and_position() {
    for p in shipped().passages {
        assert!(!p.title.is_empty() && !p.source.is_empty(), "{p:?}");
        assert!(p.paragraph >= 1 && p.sentence >= 1, "{p:?}");
        assert_eq!(p.id, format!("{}#{}.{}", p.doc, p.paragraph, p.sentence));
    }
}

#[test]
fn passages_know_their_section_and_numbered_item() {
    let c = shipped();
    let find = |needle: &str| c.passages.iter().find(|p| p.text.contains(needle)).unwrap();
    let p = find("capacity-building activities with the ASEAN Centre for Climate Change");
    assert_eq!(p.section, "Build a Beautiful Homeland › point 31");
    let p = find("share the same sustainable development goals");
    assert!(
        p.section
            .starts_with("10. China-ASEAN Year of Sustainable Development Cooperation"),
        "{}",
        p.section
    );
    assert!(p.section.ends_with(
        "Expert View | Li Xia, section chief of the China-ASEAN Environmental Cooperation Center"
    ));
}

#[test]
fn sentence_splitting_handles_initials_and_glued_sentences() {
    let c = shipped();
    assert!(c.passages.iter().any(|p| {
        p.text
            .contains("Aladdin D. Rillo, Deputy Secretary-General of ASEAN")
    }));
    assert!(c.passages.iter().any(|p| p.text
        == "In May 2018, the two sides held the first ASEAN-China Media Cooperation Forum."));
    assert!(c.passages.iter().any(|p| {
        p.text
            .starts_with("In 2019, which marked the ASEAN-China Year of Media Exchanges")
    }));
}

#[test]
fn every_format_is_read_with_its_citation_fields() {
    let p = TestProject::new(&[
        (
            "notes.txt",
            "Harbour Notes\n\nThe harbour was dredged in 2019 by the port authority.\n",
        ),
        (
            "guide.md",
            "---\ntitle: City Guide\nsource: Example Press\ndate: 2020-05-01\nurl: https://example.org/guide\n---\n# Parks\n\nThe **central park** has [three lakes](https://example.org/lakes).\n",
        ),
        (
            "page.html",
            "<html><head><title>Museum Page</title><style>p{}</style></head><body><nav>Home | Visit</nav><h1>Museum</h1><p>The museum opened in 1990 with four halls.</p><script>track()</script><footer>Copyright 2020</footer></body></html>",
        ),
    ]);
    let c = Corpus::load(&p.knowledge(), EXCLUDE).unwrap();
    assert_eq!(c.documents.len(), 3);
    let by = |doc: &str| {
        c.passages
            .iter()
            .find(|x| x.doc == doc && x.text.split_whitespace().count() > 4)
            .unwrap()
    };
    let md = by("guide");
    assert_eq!(
        (md.title.as_str(), md.source.as_str(), md.date.as_str()),
        ("City Guide", "Example Press", "2020-05-01")
    );
    assert_eq!(md.text, "The central park has three lakes.");
    assert_eq!(md.section, "Parks");
    let html = by("page");
    assert_eq!(html.title, "Museum Page");
    assert_eq!(html.text, "The museum opened in 1990 with four halls.");
    assert!(
        c.passages
            .iter()
            .all(|x| !x.text.contains("track()") && !x.text.contains("Copyright"))
    );
    assert_eq!(by("notes").title, "Harbour Notes");
}

#[test]
fn broken_files_are_skipped_and_named_and_the_rest_indexed() {
    let p = TestProject::new(&[(
        "good.txt",
        "The lighthouse was built in 1880 by the town council.",
    )]);
    p.write("empty.md", b"");
    p.write("binary.txt", &[0u8, 159, 146, 150, 0, 1, 2, 3]);
    p.write("latin1.txt", b"Caf\xe9 cr\xe8me is served all day long.");
    p.write(
        "furniture-only.html",
        b"<html><body><nav>Home</nav><p>Print</p></body></html>",
    );
    let report = index::build(&p.knowledge(), &p.data().join("index"), EXCLUDE).unwrap();
    assert_eq!(report.stats.documents, 1);
    let reasons: HashMap<_, _> = report
        .stats
        .skipped
        .iter()
        .map(|s| (s.path.as_str(), s.reason.as_str()))
        .collect();
    assert_eq!(reasons.get("empty.md"), Some(&"empty"));
    assert_eq!(reasons.get("binary.txt"), Some(&"binary content"));
    assert_eq!(reasons.get("latin1.txt"), Some(&"not UTF-8 text"));
    assert_eq!(
        reasons.get("furniture-only.html"),
        Some(&"no text left after cleaning")
    );
    let index = SearchIndex::open(&p.data().join("index")).unwrap().unwrap();
    assert_eq!(index.passages.len(), 1);
}

#[test]
fn duplicates_across_documents_are_indexed_once() {
    let para = "The old mill was restored in 2004 by volunteers. It grinds flour on Sundays.";
    let p = TestProject::new(&[
        ("a.txt", para),
        ("b.md", &format!("# Mill\n\n{para}\n")),
        ("c.txt", &format!("{para}\n{para}")),
    ]);
    let c = Corpus::load(&p.knowledge(), EXCLUDE).unwrap();
    assert_eq!(
        c.passages
            .iter()
            .filter(|x| x.text.contains("restored in 2004"))
            .count(),
        1
    );
    assert_eq!(c.stats.duplicates_dropped, 6);
}

#[test]
fn the_index_is_rebuilt_when_the_knowledge_folder_changes() {
    let p = TestProject::new(&[(
        "a.txt",
        "The bridge opened in 1999 after six years of work.",
    )]);
    let root = p.data().join("index");
    assert_eq!(
        index::freshness(&p.knowledge(), &root).unwrap(),
        Freshness::Missing
    );
    let (first, report) = index::open_or_build(&p.knowledge(), &root, EXCLUDE).unwrap();
    assert!(report.is_some());
    assert_eq!(
        index::freshness(&p.knowledge(), &root).unwrap(),
        Freshness::Fresh
    );
    let (_, report) = index::open_or_build(&p.knowledge(), &root, EXCLUDE).unwrap();
    assert!(report.is_none(), "a fresh index is not rebuilt");
    p.write("b.txt", b"The tunnel opened in 2005 under the river.");
    assert_eq!(
        index::freshness(&p.knowledge(), &root).unwrap(),
        Freshness::Stale
    );
    let (second, report) = index::open_or_build(&p.knowledge(), &root, EXCLUDE).unwrap();
    assert!(report.is_some());
    assert_ne!(first.version(), second.version());
    assert_eq!(second.passages.len(), 2);
    // Only the current generation is kept.
    let generations = std::fs::read_dir(&root)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("gen-")
        })
        .count();
    assert_eq!(generations, 1);
}

#[test]
fn leftovers_of_an_interrupted_rebuild_do_not_block_the_next_start() {
    let p = TestProject::new(&[(
        "a.txt",
        "The bridge opened in 1999 after six years of work.",
    )]);
    let root = p.data().join("index");
    index::build(&p.knowledge(), &root, EXCLUDE).unwrap();
    // What a build killed midway leaves: a half-written generation with tantivy's
    // writer lock and no manifest, and a pointer file not yet renamed.
    let partial = root.join("gen-99999999999999999-1");
    std::fs::create_dir_all(&partial).unwrap();
    std::fs::write(partial.join(".tantivy-writer.lock"), b"").unwrap();
    std::fs::write(partial.join("meta.json"), b"{\"truncated").unwrap();
    std::fs::write(root.join("CURRENT.1.tmp"), b"gen-99999999999999999-1").unwrap();
    let index = SearchIndex::open(&root).unwrap().unwrap();
    assert_eq!(index.passages.len(), 1);
    p.write("b.txt", b"The tunnel opened in 2005 under the river.");
    index::build(&p.knowledge(), &root, EXCLUDE).unwrap();
    assert!(!partial.exists() && !root.join("CURRENT.1.tmp").exists());
    assert_eq!(SearchIndex::open(&root).unwrap().unwrap().passages.len(), 2);
}

#[test]
fn killing_a_rebuild_at_any_moment_leaves_a_usable_index() {
    let p = TestProject::new(&[]);
    // Enough text that a build takes a while.
    let para = |i: usize| {
        format!(
            "Station {i} opened in {} and serves {} passengers a day on line {}. ",
            1900 + i % 120,
            i * 37 % 9000,
            i % 40
        )
    };
    for f in 0..40 {
        let text: String = (0..400)
            .map(|i| para(f * 400 + i))
            .collect::<Vec<_>>()
            .join("\n");
        p.write(&format!("doc{f}.txt"), text.as_bytes());
    }
    let status = p.qabot().arg("index").output().unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let before = SearchIndex::open(&p.data().join("index"))
        .unwrap()
        .unwrap()
        .passages
        .len();
    for delay_ms in [5, 40, 120, 300] {
        p.write(
            "extra.txt",
            format!("A new platform opened after {delay_ms} ms of work.").as_bytes(),
        );
        let mut child = p
            .qabot()
            .arg("index")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let index = SearchIndex::open(&p.data().join("index"))
            .unwrap()
            .expect("an index is still there");
        assert!(index.passages.len() >= before);
        // And the next start rebuilds without being blocked.
        let out = p
            .qabot()
            .args(["ask", "--json", "When did station 17 open?"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
