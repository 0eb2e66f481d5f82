//! Reading the file formats a knowledge folder may hold into lines of text
//! plus what a citation needs (title, source, date, address).
//!
//! Markdown headings (`# ...`) survive as heading markers; HTML is reduced to
//! the same shape, so one pipeline builds passages for every format.

use std::path::Path;

use scraper::{ElementRef, Html, Node, Selector};

/// Extensions read as documents.
pub const SUPPORTED: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// A file read into lines, before cleaning.
#[derive(Debug, Default, Clone)]
pub struct RawDocument {
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// Lines of text; a line starting with `#` is a heading.
    pub lines: Vec<String>,
    /// Whether `#` lines are headings (Markdown and HTML) rather than text.
    pub marked_headings: bool,
}

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    Empty,
    Binary,
    NotUtf8,
    Unsupported(String),
    Unreadable(String),
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skip::Empty => write!(f, "empty"),
            Skip::Binary => write!(f, "binary content"),
            Skip::NotUtf8 => write!(f, "not UTF-8 text"),
            Skip::Unsupported(ext) => write!(f, "unsupported format .{ext}"),
            Skip::Unreadable(e) => write!(f, "unreadable: {e}"),
        }
    }
}

/// Reads one file of the knowledge folder.
pub fn read_file(path: &Path) -> Result<RawDocument, Skip> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !SUPPORTED.contains(&ext.as_str()) {
        return Err(Skip::Unsupported(ext));
    }
    let bytes = std::fs::read(path).map_err(|e| Skip::Unreadable(e.to_string()))?;
    let text = decode(&bytes)?;
    Ok(match ext.as_str() {
        "html" | "htm" => parse_html(&text),
        "md" | "markdown" => parse_text(&text, true),
        _ => parse_text(&text, false),
    })
}

/// Bytes to text, refusing binary and non-UTF-8 content.
pub fn decode(bytes: &[u8]) -> Result<String, Skip> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Skip::Empty);
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let control = sample
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
        .count();
    if sample.contains(&0) || control * 20 > sample.len() {
        return Err(Skip::Binary);
    }
    std::str::from_utf8(bytes)
        .map(str::to_string)
        .map_err(|_| Skip::NotUtf8)
}

/// Plain text or Markdown, with optional front matter between `---` lines.
pub fn parse_text(text: &str, markdown: bool) -> RawDocument {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut doc = RawDocument {
        marked_headings: markdown,
        ..RawDocument::default()
    };
    let body = match split_front_matter(&text) {
        Some((front, body)) => {
            for line in front.lines() {
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
                if value.is_empty() {
                    continue;
                }
                let slot = match key.trim().to_ascii_lowercase().as_str() {
                    "title" => &mut doc.title,
                    "source" | "publisher" | "author" | "site" => &mut doc.source,
                    "date" | "published" => &mut doc.date,
                    "url" | "link" | "address" | "permalink" => &mut doc.url,
                    _ => continue,
                };
                slot.get_or_insert_with(|| value.to_string());
            }
            body
        }
        None => text.as_str(),
    };
    let mut in_code = false;
    for line in body.lines() {
        if markdown && line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        doc.lines.push(if markdown && !in_code {
            strip_markdown(line)
        } else {
            line.to_string()
        });
    }
    doc
}

fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---")?;
    let after = &rest[end + 4..];
    Some((&rest[..end], after.strip_prefix('\n').unwrap_or(after)))
}

/// Removes inline Markdown syntax, keeping heading markers and the words.
fn strip_markdown(line: &str) -> String {
    use std::sync::LazyLock;
    static IMAGE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"!\[[^\]]*\]\([^)]*\)").unwrap());
    static LINK: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\[([^\]]*)\]\([^)]*\)").unwrap());
    static EMPHASIS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(\*\*|__|`)").unwrap());
    static BULLET: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"^\s*([-*+]|>)\s+").unwrap());
    let line = IMAGE.replace_all(line, "");
    let line = LINK.replace_all(&line, "$1");
    let line = EMPHASIS.replace_all(&line, "");
    let line = BULLET.replace(&line, "");
    line.into_owned()
}

/// HTML: drops scripts, styles, navigation, headers, footers, forms and asides;
/// turns headings into `#` lines and block elements into paragraphs.
pub fn parse_html(text: &str) -> RawDocument {
    let html = Html::parse_document(text);
    let first = |css: &str| {
        let sel = Selector::parse(css).ok()?;
        html.select(&sel)
            .next()
            .map(|e| e.text().collect::<Vec<_>>().join(" "))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
    };
    let meta = |name: &str| {
        let sel =
            Selector::parse(&format!(r#"meta[name="{name}"], meta[property="{name}"]"#)).ok()?;
        html.select(&sel)
            .find_map(|e| e.value().attr("content"))
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
    };
    let mut doc = RawDocument {
        title: first("title").or_else(|| first("h1")),
        source: meta("og:site_name").or_else(|| meta("author")),
        date: meta("article:published_time").or_else(|| meta("date")),
        url: Selector::parse(r#"link[rel="canonical"]"#)
            .ok()
            .and_then(|s| html.select(&s).find_map(|e| e.value().attr("href")))
            .map(str::to_string)
            .or_else(|| meta("og:url")),
        marked_headings: true,
        ..RawDocument::default()
    };
    let mut current = String::new();
    let root = Selector::parse("body")
        .ok()
        .and_then(|s| html.select(&s).next())
        .unwrap_or_else(|| html.root_element());
    walk_html(root, &mut current, &mut doc.lines);
    flush(&mut current, &mut doc.lines, "");
    doc
}

const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "select", "template", "menu", "figure", "canvas", "object",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "li",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "ul",
    "ol",
    "table",
    "br",
    "hr",
    "caption",
    "address",
];

fn walk_html(element: ElementRef, current: &mut String, lines: &mut Vec<String>) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => {
                current.push_str(t);
            }
            Node::Element(e) => {
                let name = e.name();
                if SKIPPED_TAGS.contains(&name) {
                    continue;
                }
                let Some(child_el) = ElementRef::wrap(child) else {
                    continue;
                };
                if let Some(level) = name
                    .strip_prefix('h')
                    .and_then(|n| n.parse::<usize>().ok())
                    .filter(|n| (1..=6).contains(n))
                {
                    flush(current, lines, "");
                    let text = child_el.text().collect::<Vec<_>>().join(" ");
                    flush(&mut text.clone(), lines, &format!("{} ", "#".repeat(level)));
                } else if BLOCK_TAGS.contains(&name) {
                    flush(current, lines, "");
                    walk_html(child_el, current, lines);
                    flush(current, lines, "");
                } else {
                    walk_html(child_el, current, lines);
                }
            }
            _ => {}
        }
    }
}

fn flush(current: &mut String, lines: &mut Vec<String>, prefix: &str) {
    let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
    current.clear();
    if !text.is_empty() {
        lines.push(format!("{prefix}{text}"));
        lines.push(String::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_citation_fields() {
        let d = parse_text(
            "---\ntitle: \"Rail news\"\nsource: Example Times\ndate: 2021-12-03\nurl: https://example.org/a\n---\nBody line.\n",
            true,
        );
        assert_eq!(d.title.as_deref(), Some("Rail news"));
        assert_eq!(d.source.as_deref(), Some("Example Times"));
        assert_eq!(d.date.as_deref(), Some("2021-12-03"));
        assert_eq!(d.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(d.lines, vec!["Body line."]);
    }

    #[test]
    fn html_keeps_content_and_drops_scripts_and_navigation() {
        let d = parse_html(
            r#"<html><head><title>Port news</title><script>var x = "secret";</script></head>
            <body><nav><a href="/">Home</a> <a>About</a></nav><h1>The port</h1>
            <p>The port opened in <b>2020</b>.</p><footer>Copyright 2020</footer></body></html>"#,
        );
        assert_eq!(d.title.as_deref(), Some("Port news"));
        let text = d.lines.join("\n");
        assert!(text.contains("# The port"), "{text}");
        assert!(text.contains("The port opened in 2020."), "{text}");
        assert!(!text.contains("secret") && !text.contains("Home") && !text.contains("Copyright"));
    }

    #[test]
    fn binary_empty_and_non_utf8_are_refused() {
        assert_eq!(decode(b""), Err(Skip::Empty));
        assert_eq!(decode(b"  \n "), Err(Skip::Empty));
        assert_eq!(decode(b"\x00\x01\x02PNG\x00"), Err(Skip::Binary));
        assert_eq!(decode(b"caf\xe9 au lait"), Err(Skip::NotUtf8));
        assert_eq!(decode("\u{feff}hello".as_bytes()).unwrap(), "hello");
    }
}
