//! Web pages as saved from a browser: the text a reader sees, with each character's place in the page.
//!
//! Analysts often keep a report as the page itself (`.html`) rather than its text. The extractor reads text, so a
//! page is first turned into what a browser would show: markup, scripts, styles and the `<head>` dropped, character
//! references decoded, white space collapsed as HTML collapses it, a blank line between blocks (paragraph, heading,
//! list item, table row) and a line break at each `<br>`. Every character of that text remembers where it stands in
//! the page, so evidence read from the text points back into the page as the file holds it.

use crate::extract::{ExtractOptions, Extraction, Extractor};
use crate::records::Evidence;
use regex::Regex;
use std::sync::OnceLock;

/// The visible text of a page, and for each of its characters the index of the page character it comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageText {
    /// The text, one line per block.
    pub text: String,
    /// `offsets[i]`: the page character (index in `chars()`) that text character `i` comes from.
    pub offsets: Vec<usize>,
}

/// True when `text` is an HTML page rather than plain text: it opens, after white space and comments, with a
/// doctype or an `<html>`, `<head>` or `<body>` tag, or holds `<body` or `<p>` near its start along with other tags.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(2048)
        .collect();
    let lower = head.to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body", "<?xml"]
        .iter()
        .any(|p| lower.starts_with(p))
        || (lower.contains("<body") || lower.contains("<p>") || lower.contains("<div"))
            && lower.matches('<').count() >= 5
            && lower.matches('>').count() >= 5
}

/// The pending mark of a single line break (a blank line is `\n`).
const LINE_BREAK: char = '\u{b}';

/// Elements whose content a reader never sees.
const HIDDEN: [&str; 7] = ["script", "style", "noscript", "template", "head", "svg", "iframe"];

/// Elements that start a new line.
const BLOCKS: [&str; 27] = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "blockquote",
    "dd",
    "dt",
    "dl",
    "hr",
    "figure",
    "figcaption",
    "title",
    "main",
];

/// The text a browser shows for `page`.
pub fn page_text(page: &str) -> PageText {
    let chars: Vec<char> = page.chars().collect();
    let mut out = Builder::default();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '<' => {
                if starts_with_at(&chars, i, "<!--") {
                    i = find(&chars, i + 4, "-->").map_or(chars.len(), |e| e + 3);
                    continue;
                }
                let Some(tag) = read_tag(&chars, i) else {
                    out.push('<', i);
                    i += 1;
                    continue;
                };
                let name = tag.name.as_str();
                if !tag.closing && HIDDEN.contains(&name) && !tag.self_closing {
                    // Skip to the matching end tag (these elements do not nest in practice).
                    let end = find_ci(&chars, tag.end, &format!("</{name}"));
                    i = end.map_or(chars.len(), |e| {
                        read_tag(&chars, e).map_or(e + name.len() + 2, |t| t.end)
                    });
                    out.block(i);
                    continue;
                }
                if BLOCKS.contains(&name) {
                    out.block(i);
                } else if name == "br" {
                    out.line_break(i);
                } else if matches!(name, "td" | "th") {
                    out.push(' ', i);
                }
                i = tag.end;
            }
            '&' => {
                let (decoded, len) = entity(&chars, i);
                for c in decoded.chars() {
                    out.push(c, i);
                }
                i += len;
            }
            c if c.is_whitespace() && c != '\u{3000}' => {
                out.push(' ', i);
                i += 1;
            }
            c => {
                out.push(c, i);
                i += 1;
            }
        }
    }
    out.finish()
}

/// The content of the first `<meta>` tag named (`name=` or `property=`) by one of `names` (a regex alternation),
/// with either attribute first.
fn meta_content<'p>(page: &'p str, cache: &OnceLock<[Regex; 2]>, names: &str) -> Option<&'p str> {
    let [name_first, content_first] = cache.get_or_init(|| {
        let names = format!(r#"["']?(?:{names})["']?"#);
        [
            format!(r#"(?i)<meta\s[^>]*?(?:name|property)\s*=\s*{names}[^>]*?\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')"#),
            format!(r#"(?i)<meta\s[^>]*?content\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*?\s(?:name|property)\s*=\s*{names}"#),
        ]
        .map(|r| Regex::new(&r).expect("valid"))
    });
    [name_first, content_first]
        .iter()
        .find_map(|re| re.captures(page))
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
        .map(|m| m.as_str())
}

/// The title a page gives itself, as a browser shows it: the `ArticleTitle`, `og:title` or `twitter:title` meta
/// tag of government and news sites, else the `<title>` (which often carries the site's name too).
pub fn page_title(page: &str) -> Option<String> {
    static META: OnceLock<[Regex; 2]> = OnceLock::new();
    static TITLE: OnceLock<Regex> = OnceLock::new();
    let title = TITLE.get_or_init(|| Regex::new(r"(?is)<title[^>]*>(.*?)</title\s*>").expect("valid"));
    let found = meta_content(page, &META, "ArticleTitle|og:title|twitter:title")
        .or_else(|| title.captures(page).and_then(|c| c.get(1)).map(|m| m.as_str()))?;
    // References decoded and white space collapsed, as the page shows it.
    let text = page_text(found).text;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The publication date a page's meta tags give (`PubDate`, `publishdate`, `article:published_time`), as
/// `YYYY-MM-DD`.
pub fn page_meta_date(page: &str) -> Option<String> {
    static META: OnceLock<[Regex; 2]> = OnceLock::new();
    let found = meta_content(
        page,
        &META,
        "PubDate|publishdate|publish_date|article:published_time|firstpublishedtime",
    )?;
    // `2025-05-28 09:35:00`, `2025-05-28T09:35:00+08:00`: the day.
    crate::extract::line_date(found.trim().split(['T', ' ']).next()?)
}

/// Extracts the records of a report given as a page or as plain text. For a page, the text it shows is read (its
/// own title telling which line is the headline), and the evidence spans are turned back into spans of the page.
pub fn extract_any(extractor: &Extractor, original: &str, opts: &ExtractOptions) -> Extraction {
    if !looks_like_html(original) {
        return extractor.extract(original, opts);
    }
    let page = page_text(original);
    // The page's title, and its date: the caller's, else the text's information line, else the meta tags (read
    // once here, so the extractor does not look for the text's line again).
    let published = opts
        .published
        .clone()
        .or_else(|| crate::extract::page_published(&page.text))
        .or_else(|| page_meta_date(original));
    let opts = ExtractOptions {
        page_title: opts.page_title.clone().or_else(|| page_title(original)),
        published,
        ..opts.clone()
    };
    let opts = &opts;
    let mut extraction = extractor.extract(&page.text, opts);
    let map = |e: &mut Option<Evidence>| {
        if let Some(e) = e
            && let (Some(start), Some(end)) = (e.start, e.end)
            && start < end
            && end <= page.offsets.len()
        {
            e.start = Some(page.offsets[start]);
            e.end = Some(page.offsets[end - 1] + 1);
        }
    };
    extraction.dataset.evidence_mut().for_each(map);
    extraction
}

/// The invariants the fuzz target checks on any text, read as a page: every character of the shown text comes
/// from a place in the page, in order, and every span of evidence extracted from it lies inside the page.
/// Names what is wrong.
pub fn check_page_invariants(extractor: &Extractor, text: &str) -> Result<(), String> {
    let page = page_text(text);
    let len = text.chars().count();
    if page.offsets.len() != page.text.chars().count() {
        return Err("the shown text and its offsets differ in length".into());
    }
    if page.offsets.windows(2).any(|w| w[0] > w[1]) || page.offsets.iter().rev().skip(1).any(|&o| o >= len) {
        return Err(format!(
            "offsets out of order or outside the page: {:?}",
            page.offsets
        ));
    }
    let opts = ExtractOptions {
        source_id: "fuzz".into(),
        published: Some("2025-01-01".into()),
        ..ExtractOptions::default()
    };
    let mut d = extract_any(extractor, text, &opts).dataset;
    for e in d.evidence_mut() {
        let span = e.as_ref().and_then(|e| e.start.zip(e.end));
        if !span.is_some_and(|(s, end)| s < end && end <= len) {
            return Err(format!("evidence outside the page ({len} characters): {e:?}"));
        }
    }
    Ok(())
}

/// Collects text, collapsing runs of spaces and of line breaks as a browser does.
#[derive(Default)]
struct Builder {
    text: String,
    offsets: Vec<usize>,
    /// A space or line break waiting to be written before the next visible character.
    pending: Option<(char, usize)>,
}

impl Builder {
    fn push(&mut self, c: char, at: usize) {
        if c == ' ' || c == '\u{a0}' {
            if self.pending.is_none() && !self.text.is_empty() {
                self.pending = Some((' ', at));
            }
            return;
        }
        if let Some((p, at)) = self.pending.take() {
            // Blocks are set apart by a blank line: a page's blocks are never one sentence broken across lines,
            // so normalization must not join them (`开幕式现场。本报记者 汪洋 摄` above a paragraph).
            if p == '\n' {
                self.text.push(p);
                self.offsets.push(at);
            }
            // (A line break of its own, `<br>`, is one.)
            let p = if p == LINE_BREAK { '\n' } else { p };
            self.text.push(p);
            self.offsets.push(at);
        }
        self.text.push(c);
        self.offsets.push(at);
    }

    fn block(&mut self, at: usize) {
        if !self.text.is_empty() {
            self.pending = Some(('\n', at));
        }
    }

    /// `<br>`: one line break, which normalization may mend where it cuts a sentence (`…有限公司、<br/>…有限公司等
    /// 企业代表先后发言`); two in a row, or one beside a block, set blocks apart.
    fn line_break(&mut self, at: usize) {
        if self.text.is_empty() {
            return;
        }
        self.pending = match self.pending {
            Some(('\n' | LINE_BREAK, a)) => Some(('\n', a)),
            _ => Some((LINE_BREAK, at)),
        };
    }

    fn finish(mut self) -> PageText {
        if !self.text.is_empty() {
            self.text.push('\n');
            self.offsets.push(self.offsets.last().map_or(0, |o| o + 1));
        }
        PageText {
            text: self.text,
            offsets: self.offsets,
        }
    }
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    /// Index just after the tag's `>`.
    end: usize,
}

/// The tag starting at `chars[at]` (a `<`), or `None` when the `<` opens no tag (`a < b`). Reading it is linear
/// in its length, and a tag left open ends the page, so a page of any shape is read in linear time.
fn read_tag(chars: &[char], at: usize) -> Option<Tag> {
    let mut i = at + 1;
    let closing = chars.get(i) == Some(&'/');
    if closing {
        i += 1;
    }
    let first = *chars.get(i)?;
    if !(first.is_ascii_alphabetic() || first == '!' || first == '?') {
        return None;
    }
    let start = i;
    while i < chars.len() && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '!' | '?' | '-' | ':')) {
        i += 1;
    }
    let name: String = chars[start..i].iter().collect::<String>().to_ascii_lowercase();
    // To the closing `>`, skipping quoted attribute values. A tag left open at the end of the page hides the
    // rest of it, as in a browser: its end is the page's end.
    let mut quote: Option<char> = None;
    while i < chars.len() {
        match (quote, chars[i]) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(chars[i]),
            (None, '>') => {
                let self_closing = chars[i - 1] == '/';
                return Some(Tag {
                    name,
                    closing,
                    self_closing,
                    end: i + 1,
                });
            }
            _ => {}
        }
        i += 1;
    }
    Some(Tag {
        name,
        closing,
        self_closing: true,
        end: chars.len(),
    })
}

/// A character reference at `chars[at]` (a `&`): its text and length; a lone `&` stands for itself.
fn entity(chars: &[char], at: usize) -> (String, usize) {
    let end = (at + 1..chars.len().min(at + 12)).find(|&i| chars[i] == ';');
    let Some(end) = end else {
        return ("&".into(), 1);
    };
    let body: String = chars[at + 1..end].iter().collect();
    let decoded = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse().ok(),
        };
        code.and_then(char::from_u32).map(String::from)
    } else {
        let c = match body.as_str() {
            "nbsp" | "ensp" | "emsp" | "thinsp" => Some(' '),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            "lsquo" => Some('‘'),
            "rsquo" => Some('’'),
            "mdash" => Some('—'),
            "ndash" => Some('–'),
            "middot" => Some('·'),
            "hellip" => Some('…'),
            "bull" => Some('•'),
            "times" => Some('×'),
            "copy" => Some('©'),
            "reg" => Some('®'),
            "laquo" => Some('«'),
            "raquo" => Some('»'),
            _ => None,
        };
        c.map(String::from)
    };
    match decoded {
        Some(text) => (text, end - at + 1),
        None => ("&".into(), 1),
    }
}

fn starts_with_at(chars: &[char], at: usize, s: &str) -> bool {
    s.chars().enumerate().all(|(k, c)| chars.get(at + k) == Some(&c))
}

fn find(chars: &[char], from: usize, s: &str) -> Option<usize> {
    (from..chars.len()).find(|&i| starts_with_at(chars, i, s))
}

/// Like [`find`], ignoring ASCII case.
fn find_ci(chars: &[char], from: usize, s: &str) -> Option<usize> {
    let s: Vec<char> = s.chars().collect();
    (from..chars.len()).find(|&i| {
        s.iter()
            .enumerate()
            .all(|(k, c)| chars.get(i + k).is_some_and(|d| d.eq_ignore_ascii_case(c)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_shows_its_blocks_apart_and_hides_what_a_reader_never_sees() {
        let page = "<!DOCTYPE html>\n<html><head><title>站名</title><script>var a = '<p>x</p>';</script>\
                    <style>p { color: red }</style></head>\n<body><div class=\"nav\">首页 &gt; 协会动态</div>\
                    <h1>标题&nbsp;一</h1><!-- 注释 --><p>第一段，\n   由&ldquo;协会&rdquo;主办。</p>\
                    <p>第二段<br/>第三行&#8220;&#x201D;&amp;</p></body></html>";
        let got = page_text(page);
        assert_eq!(
            got.text,
            "首页 > 协会动态\n\n标题 一\n\n第一段， 由“协会”主办。\n\n第二段\n第三行“”&\n"
        );
        assert_eq!(got.offsets.len(), got.text.chars().count());
        let chars: Vec<char> = page.chars().collect();
        // Every visible character points at itself in the page, or at the reference it was decoded from.
        for (c, &o) in got.text.chars().zip(&got.offsets) {
            if c.is_alphanumeric() && !"“”".contains(c) {
                assert_eq!(chars[o], c);
            }
        }
        let at = got.text.chars().position(|c| c == '“').unwrap();
        assert_eq!(chars[got.offsets[at]], '&');
    }

    #[test]
    fn plain_text_and_text_with_a_stray_angle_bracket_are_no_page() {
        assert!(!looks_like_html(
            "中国有色金属工业协会召开座谈会\n10月14日，会议在西安召开。"
        ));
        assert!(!looks_like_html("增速 <5% 的企业"));
        assert!(looks_like_html(
            "  <!doctype html><html><body><p>x</p></body></html>"
        ));
        assert!(looks_like_html(
            "<div><div><p>新闻</p><p>正文</p><span>1</span></div></div>"
        ));
        // A `<` that opens no tag is text.
        assert_eq!(page_text("<p>a < b & c</p>").text, "a < b & c\n");
        // A tag left open hides the rest of the page.
        assert_eq!(page_text("<p>x</p><a title=\"y>z").text, "x\n");
    }
}
