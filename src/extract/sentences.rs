//! Lines, sentences and clauses: the report's text cut into the pieces facts are read from, with noise lines
//! (navigation, bylines, counters, spam) dropped and photo captions marked.

use super::lexicons::{Lexicons, NoiseKind, Pattern};
use std::ops::Range;

/// What a line of the report is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// The headline: the first line of text, without a sentence end.
    Headline,
    /// Body text.
    Body,
    /// A photo caption: it may name people and their titles, never a role.
    Caption,
}

/// A sentence: a range of the normalized text, cut into clauses.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    pub range: Range<usize>,
    pub clauses: Vec<Range<usize>>,
    pub kind: LineKind,
}

/// The most characters an open quote or bracket protects from being cut (quotes are often left unclosed).
const QUOTE_REACH: usize = 80;

/// Cuts the text into sentences, dropping noise lines and the page's furniture above the headline. `title_parts`:
/// the parts of the page's own title (see [`title_parts`]), if any.
pub(crate) fn sentences(text: &[char], lex: &Lexicons, title_parts: &[Vec<char>]) -> Vec<Sentence> {
    let lines = lines(text, lex);
    let headline = headline_line(text, &lines, title_parts, lex);
    let mut out = Vec::new();
    for (i, (line, noise)) in lines.into_iter().enumerate() {
        let kind = match noise {
            Some(NoiseKind::Skip | NoiseKind::Stop) => continue,
            Some(NoiseKind::Caption) => LineKind::Caption,
            None if Some(i) == headline => LineKind::Headline,
            // Menus, breadcrumbs and the date line above the headline.
            None if headline.is_some_and(|h| i < h) => continue,
            None => LineKind::Body,
        };
        if kind == LineKind::Headline {
            let line = headline_title(text, headline_without_column(text, line), lex);
            out.push(Sentence {
                range: line.clone(),
                clauses: vec![line.clone()],
                kind,
            });
        } else {
            let line = if kind == LineKind::Body {
                without_dateline(text, line)
            } else {
                line
            };
            for sentence in split(text, line.clone(), is_sentence_end) {
                let clauses = split(text, sentence.clone(), is_clause_end);
                out.push(Sentence {
                    range: sentence,
                    clauses,
                    kind,
                });
            }
        }
    }
    out
}

/// The text's non-empty lines, trimmed, each with the kind of noise it is; none after a line that stops the
/// report. A line that would stop it before any line of prose (`热门文章` heading a list in the page's side column,
/// above the article) is skipped instead: the report has not begun.
fn lines(text: &[char], lex: &Lexicons) -> Vec<(Range<usize>, Option<NoiseKind>)> {
    let mut out = Vec::new();
    let mut prose = false;
    let mut start = 0;
    while start <= text.len() {
        let end = text[start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(text.len(), |p| start + p);
        let line = trim(text, start..end);
        start = end + 1;
        if line.is_empty() {
            continue;
        }
        let line_text: String = text[line.clone()].iter().collect();
        let noise = lex.noise.iter().find(|(_, pattern)| match pattern {
            Pattern::Prefix(p) => line_text.starts_with(p.as_str()),
            Pattern::Contains(p) => line_text.contains(p.as_str()),
            Pattern::Regex(r) => line.len() < 2000 && r.is_match(&line_text),
        });
        let mut noise = noise.map(|(k, _)| *k);
        if noise == Some(NoiseKind::Stop) {
            if prose {
                break;
            }
            noise = Some(NoiseKind::Skip);
        }
        prose |= noise.is_none() && ends_sentence(&text[line.clone()]);
        out.push((line, noise));
    }
    out
}

/// The parts of a page's title that may be its headline, as the extractor reads text (normalized, spaces
/// dropped): `协会召开理事会-甲省铜业协会` gives both sides of the dash; parts under four characters are left out.
pub(crate) fn title_parts(title: &str) -> Vec<Vec<char>> {
    let text = crate::normalize::normalize(title).text;
    let chars: Vec<char> = text.chars().collect();
    // A hyphen inside a word of Latin letters or digits (`High-Quality`) joins it; any other parts the title
    // (`协会召开理事会-甲省铜业协会`, `… - Ministry of …`).
    let parts = |i: usize| match chars[i] {
        '-' => {
            !(i > 0
                && chars[i - 1].is_ascii_alphanumeric()
                && chars.get(i + 1).is_some_and(char::is_ascii_alphanumeric))
        }
        c => matches!(c, '_' | '|' | '–' | '—' | '｜' | '丨'),
    };
    let mut out = Vec::new();
    let mut part = Vec::new();
    for i in 0..=chars.len() {
        if i == chars.len() || parts(i) {
            if part.len() >= 4 {
                out.push(std::mem::take(&mut part));
            }
            part.clear();
        } else if !chars[i].is_whitespace() {
            part.push(chars[i]);
        }
    }
    out
}

/// Which line is the headline. Above the headline of a saved page stand the site's menus and breadcrumbs; below it,
/// often, its information line (`发布时间：2025-05-28 来源：…`). The headline is the last line of title shape
/// before the text that reads a part of the page's own title (a site's name comes first, on its header); else the
/// last line of title shape before an information line that comes before the text; else the first line that is not
/// noise, when it has a title's shape (at most 120 characters, no sentence end), unless it names no meeting and a
/// later line of title shape before the text does.
fn headline_line(
    text: &[char],
    lines: &[(Range<usize>, Option<NoiseKind>)],
    title_parts: &[Vec<char>],
    lex: &Lexicons,
) -> Option<usize> {
    let titled = |r: &Range<usize>| r.len() <= 120 && !ends_sentence(&text[r.clone()]);
    // The text starts at the first line that reads as a sentence; in a Chinese report, a sentence in Chinese (the
    // company's English name on a site's header, `… GROUP CO., LTD.`, is none).
    let han = |r: &Range<usize>| {
        text[r.clone()]
            .iter()
            .filter(|&&c| crate::chinese::is_han(c))
            .count()
    };
    let chinese = !written_in_english(text);
    let text_at = lines
        .iter()
        .position(|(r, noise)| noise.is_none() && !titled(r) && (!chinese || han(r) > 0))
        .unwrap_or(lines.len());
    let candidate = |i: usize| {
        let (r, noise) = &lines[i];
        noise.is_none() && titled(r) && r.len() >= 4 && !text[r.clone()].ends_with(&['：'])
    };
    let by_title = (0..text_at).rev().find(|&i| {
        let line: Vec<char> = text[lines[i].0.clone()]
            .iter()
            .copied()
            .filter(|c| !c.is_whitespace())
            .collect();
        candidate(i) && title_parts.contains(&line)
    });
    let info = lines[..text_at].iter().position(|(r, _)| {
        let line: String = text[r.clone()].iter().collect();
        super::published::line_date(&line).is_some()
    });
    let by_info = info.and_then(|info| (0..info).rev().find(|&i| candidate(i) && lines[i].0.len() >= 6));
    if let Some(h) = by_title.or(by_info) {
        return Some(h);
    }
    // `宜春市工业和信息化局`, `首页 > 工作动态`, then `…银企对接会举行`: the last line of title shape before the
    // text that names a meeting, when the first line does not.
    let names_meeting = |i: usize| {
        let line: String = text[lines[i].0.clone()].iter().collect();
        lex.meeting_verbs.iter().any(|v| line.contains(v.as_str()))
            || lex
                .meeting_nouns
                .iter()
                .any(|n| n.chars().count() >= 2 && line.contains(n.as_str()))
    };
    let first = lines.iter().position(|(_, noise)| noise.is_none())?;
    if !names_meeting(first)
        && let Some(h) = (first + 1..text_at)
            .rev()
            .find(|&i| candidate(i) && names_meeting(i))
    {
        return Some(h);
    }
    titled(&lines[first].0).then_some(first)
}

/// True when a text is written in English: few Chinese characters among its letters.
pub(crate) fn written_in_english(text: &[char]) -> bool {
    let han = text.iter().filter(|&&c| crate::chinese::is_han(c)).count();
    let latin = text.iter().filter(|c| c.is_ascii_alphabetic()).count();
    latin > 0 && han * 20 < latin
}

/// A body line without the dateline a news site writes before its first sentence: `华夏财经网9月20日讯　`,
/// `本报讯（记者 王强）`, `新华社北京9月19日电　`.
fn without_dateline(text: &[char], line: Range<usize>) -> Range<usize> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"^(?:本报|\p{Han}{2,12}?(?:网|报|社|台|新闻|客户端)\p{Han}{0,4}?)(?:(?:\d{1,2}月\d{1,2}日)?讯|\d{1,2}月\d{1,2}日电)(?:（[^）]{0,30}）|\([^)]{0,30}\))?[\s　]*",
        )
        .expect("the dateline pattern is valid")
    });
    let head: String = text[line.clone()].iter().take(60).collect();
    // A dateline is set apart from the sentence: by a space, its parentheses, or the date that opens the sentence
    // (`国家电网…` is no dateline).
    let apart = |m: &regex::Match| {
        m.as_str()
            .ends_with(|c: char| c.is_whitespace() || c == '）' || c == ')')
            || head[m.end()..].starts_with(|c: char| c.is_ascii_digit())
    };
    match re.find(&head) {
        Some(m) if m.end() < head.len() && apart(&m) => {
            let chars = head[..m.end()].chars().count();
            trim(text, line.start + chars..line.end)
        }
        _ => line,
    }
}

/// A headline without the column a site writes before it (`【行业动态】…`, `聚焦 | …`, `聚焦丨…`) or the dash of a
/// subtitle (`——中国化纤协会召开…`).
fn headline_without_column(text: &[char], line: Range<usize>) -> Range<usize> {
    let mut start = line.start;
    if text[start] == '【'
        && let Some(close) = (start + 1..line.end.min(start + 12)).find(|&i| text[i] == '】')
        && close + 1 < line.end
    {
        start = close + 1;
    }
    if let Some(bar) = (start..line.end.min(start + 8)).find(|&i| matches!(text[i], '|' | '｜' | '丨'))
        && bar + 1 < line.end
        && bar > start
    {
        start = bar + 1;
    }
    // `——中国化纤协会召开…`: a subtitle's dash.
    while start + 1 < line.end && matches!(text[start], '—' | '-' | '－' | '─') {
        start += 1;
    }
    trim(text, start..line.end)
}

/// A headline without the subtitle a space sets off after a title that names the meeting (`…协会召开第三次会员代表大会
/// 选举产生新一届领导机构`): the subtitle would run on into the meeting's name.
fn headline_title(text: &[char], line: Range<usize>, lex: &Lexicons) -> Range<usize> {
    let han = |i: usize| text.get(i).is_some_and(|&c| crate::chinese::is_han(c));
    let Some(gap) = (line.start + 1..line.end).find(|&i| text[i] == ' ' && han(i - 1) && han(i + 1)) else {
        return line;
    };
    let title: String = text[line.start..gap].iter().collect();
    let names_meeting = lex.meeting_verbs.iter().any(|v| title.contains(v.as_str()))
        && lex
            .meeting_nouns
            .iter()
            .any(|n| n.chars().count() >= 2 && title.ends_with(n.as_str()));
    if names_meeting { line.start..gap } else { line }
}

/// True when a line ends as a sentence does: with a stop, or with a quotation that does (`…他说：“…。”`; a
/// headline's `共商“稳订单、拓市场”` does not, nor a headline's exclamation).
fn ends_sentence(line: &[char]) -> bool {
    let stop = |c: &char| matches!(c, '。' | '！' | '？' | '.' | '!' | '?' | '；');
    // (A WeChat headline may shout: `…会员大会圆满举行！` with no comma or stop inside is a title.)
    let exclaimed = |body: &[char]| !body.iter().any(|c| matches!(c, '。' | '，' | ',' | '；'));
    match line {
        [.., before, '”'] => stop(before),
        [body @ .., '！' | '!'] => !exclaimed(body),
        [.., last] => stop(last),
        [] => false,
    }
}

fn is_sentence_end(text: &[char], i: usize) -> bool {
    match text[i] {
        '。' | '！' | '？' => true,
        // `… titled "Bamboo Fibre Composites." Fan Lijun, …`: a quote closing after a stop.
        '"' => i > 0 && matches!(text[i - 1], '.' | '!' | '?') && quote_ends_sentence(text, i),
        '.' | '!' | '?' => {
            // An English sentence ends at a stop followed by a space and a capital, or at the end of the line;
            // not after `Co.`, `Ltd.`, `No.`, initials or decimals.
            let next = text.get(i + 1).copied();
            let after = text.get(i + 2).copied();
            let at_end = next.is_none_or(|c| c == '\n');
            let before: String = text[i.saturating_sub(4)..i].iter().collect();
            // A company's closing word ends the sentence too when a new clause starts after it (`… Co., Ltd. The
            // forum …`, `… Ltd. Closing remarks were …`): a capitalized word followed by a lower-case one. A title and
            // a name (`Acme Corp. Chairman Wang Wu`) keep the sentence going.
            let company = ["Co", "Ltd", "Inc", "Corp"].iter().any(|a| before.ends_with(a));
            // (So does a name of up to three words set off by a comma before words in lower case: `… Co., Ltd. Min Qi,
            // deputy secretary-general of …`.)
            let new_clause = company && {
                let word_end = (i + 2..text.len())
                    .find(|&k| !text[k].is_alphanumeric())
                    .unwrap_or(text.len());
                let appositive = || {
                    let mut k = i + 2;
                    (0..3).any(|_| {
                        if !text.get(k).is_some_and(|c| c.is_ascii_uppercase()) {
                            return false;
                        }
                        let end = (k..text.len())
                            .find(|&q| !text[q].is_alphanumeric())
                            .unwrap_or(text.len());
                        k = end + 1;
                        text.get(end) == Some(&',')
                            && text.get(end + 1) == Some(&' ')
                            && text.get(end + 2).is_some_and(|c| c.is_ascii_lowercase())
                    })
                };
                (text.get(word_end) == Some(&' ') && text.get(word_end + 1).is_some_and(|c| c.is_lowercase()))
                    || appositive()
            };
            let abbreviation = !new_clause
                && ([
                    "Co", "Ltd", "No", "Mr", "Ms", "Dr", "Inc", "St", "Jr", "Corp", "Prof", "Dept",
                ]
                .iter()
                .any(|a| before.ends_with(a))
                    || (i >= 2 && text[i - 1].is_ascii_uppercase() && !text[i - 2].is_alphanumeric()));
            at_end
                || (next == Some(' ')
                    && after.is_some_and(|c| c.is_uppercase() || c == '"' || c == '“')
                    && !abbreviation)
        }
        _ => false,
    }
}

fn is_clause_end(text: &[char], i: usize) -> bool {
    matches!(text[i], '，' | '；' | '：' | ';')
        || (text[i] == ',' && text.get(i + 1) == Some(&' '))
        || reports_joined_at(text, i)
}

/// `会长孟繁林所作的《理事会工作报告》和监事长柏云飞所作的《监事会工作报告》`: a conjunction after a report's title
/// that joins the next person's report (not another title of the same person's: `所作的《A》和《B》`); also after a
/// report named without 《》 (`会长甄守田所作的第四届理事会工作报告、监事长戢永红所作的…`).
fn reports_joined_at(text: &[char], i: usize) -> bool {
    let after_report = i >= 2
        && text[i - 2..i] == ['报', '告']
        && text[i.saturating_sub(30)..i]
            .windows(2)
            .any(|w| w == ['所', '作']);
    if !(matches!(text[i], '和' | '、' | '及') && i > 0 && (text[i - 1] == '》' || after_report)) {
        return false;
    }
    let rest = &text[i + 1..text.len().min(i + 41)];
    let span = rest
        .iter()
        .position(|&c| c == '《' || c == '。')
        .unwrap_or(rest.len());
    // (`…、监事长郜明作的《…》和詹雪莲作的《…》`: 作的 right before the title, without 所.)
    rest[..span].windows(2).any(|w| w == ['所', '作'])
        || rest[..span].ends_with(&['作', '的']) && rest.get(span) == Some(&'《')
}

/// Cuts `range` after every character `cut` accepts, except inside quotes and brackets; the pieces keep their
/// closing punctuation and lose surrounding white space.
fn split(text: &[char], range: Range<usize>, cut: fn(&[char], usize) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut open: Option<(char, usize)> = None;
    let mut depth = 0usize;
    for i in range.clone() {
        let c = text[i];
        if let Some((close, at)) = open {
            if i - at > QUOTE_REACH {
                open = None;
                depth = 0;
            } else if c == close {
                depth -= 1;
                if depth == 0 {
                    open = None;
                    // `… gave a report titled "Bamboo Fibre Composites." Fan Lijun, …`: a stop inside the quote
                    // ends the sentence when the next one starts after it (not `"…." Zhang said`).
                    // (Clauses end there as well: their sentence does.)
                    if i > at + 1 && matches!(text[i - 1], '.' | '!' | '?') && quote_ends_sentence(text, i) {
                        let piece = trim(text, start..i + 1);
                        if !piece.is_empty() {
                            out.push(piece);
                        }
                        start = i + 1;
                    }
                }
                continue;
            } else if Some(c) == opening(close) {
                depth += 1;
                continue;
            } else {
                continue;
            }
        }
        if let Some(close) = closing(c) {
            open = Some((close, i));
            depth = 1;
            continue;
        }
        if cut(text, i) {
            let piece = trim(text, start..i + 1);
            if !piece.is_empty() {
                out.push(piece);
            }
            start = i + 1;
        }
    }
    let piece = trim(text, start..range.end);
    if !piece.is_empty() {
        out.push(piece);
    }
    out
}

/// Whether an English sentence starts after the closing quote at `i`: a space, then a capitalized word, with no
/// `said`, `says`, `added` or `noted` among the next four words (the quote's speaker: `"…." Zhang Wei said`).
fn quote_ends_sentence(text: &[char], i: usize) -> bool {
    if text.get(i + 1) != Some(&' ') || !text.get(i + 2).is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let rest: String = text[i + 2..text.len().min(i + 60)].iter().collect();
    !rest.split(' ').take(4).any(|w| {
        matches!(
            w.trim_end_matches([',', '.']),
            "said" | "says" | "added" | "noted"
        )
    })
}

fn closing(c: char) -> Option<char> {
    match c {
        '《' => Some('》'),
        '“' => Some('”'),
        '（' => Some('）'),
        '「' => Some('」'),
        _ => None,
    }
}

fn opening(c: char) -> Option<char> {
    match c {
        '》' => Some('《'),
        '”' => Some('“'),
        '）' => Some('（'),
        '」' => Some('「'),
        _ => None,
    }
}

/// The range without white space at either end.
pub(crate) fn trim(text: &[char], mut range: Range<usize>) -> Range<usize> {
    while range.start < range.end && text[range.start].is_whitespace() {
        range.start += 1;
    }
    while range.end > range.start && text[range.end - 1].is_whitespace() {
        range.end -= 1;
    }
    range
}

/// The range without its closing punctuation.
pub(crate) fn bare(text: &[char], mut range: Range<usize>) -> Range<usize> {
    while range.end > range.start
        && matches!(
            text[range.end - 1],
            '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | '.' | ':'
        )
    {
        range.end -= 1;
    }
    range
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn cut(text: &str) -> Vec<(LineKind, String, Vec<String>)> {
        let chars: Vec<char> = text.chars().collect();
        let lex = Lexicons::new(&Lexicon::builtin());
        sentences(&chars, &lex, &[])
            .into_iter()
            .map(|s| {
                let whole = chars[s.range.clone()].iter().collect();
                let clauses = s
                    .clauses
                    .iter()
                    .map(|c| chars[c.clone()].iter().collect())
                    .collect();
                (s.kind, whole, clauses)
            })
            .collect()
    }

    #[test]
    fn a_news_sites_dateline_is_cut_from_the_first_sentence_and_nothing_else_is() {
        let first = |text: &str| cut(text)[1].1.clone();
        assert_eq!(
            first("标题\n华夏财经网9月20日讯　9月19日，会议召开。"),
            "9月19日，会议召开。"
        );
        assert_eq!(
            first("标题\n本报讯（记者 汪洋）10月23日上午，博览会开幕。"),
            "10月23日上午，博览会开幕。"
        );
        assert_eq!(
            first("标题\n新华社北京9月19日电 会议在京召开。"),
            "会议在京召开。"
        );
        // A name that ends like a news site's is no dateline.
        assert_eq!(
            first("标题\n国家电网电力公司召开会议。"),
            "国家电网电力公司召开会议。"
        );
        assert_eq!(
            first("标题\n中国有色金属报讯息中心召开会议。"),
            "中国有色金属报讯息中心召开会议。"
        );
    }

    #[test]
    fn headline_sentences_and_clauses() {
        let got = cut(
            "某协会座谈会在京召开\n会议由甲主持，乙出席。丙作《一，二》报告；丁发言。\n责任编辑：张三\n图为会议现场",
        );
        assert_eq!(got[0].0, LineKind::Headline);
        assert_eq!(got[1].1, "会议由甲主持，乙出席。");
        assert_eq!(got[1].2, ["会议由甲主持，", "乙出席。"]);
        assert_eq!(got[2].2, ["丙作《一，二》报告；", "丁发言。"]);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[3].0, LineKind::Caption);
    }

    #[test]
    fn a_headline_loses_the_column_written_before_it() {
        for page in [
            "【行业动态】协会年会在京召开\n正文。",
            "聚焦 | 协会年会在京召开\n正文。",
            "聚焦丨协会年会在京召开\n正文。",
        ] {
            assert_eq!(cut(page)[0].1, "协会年会在京召开", "{page}");
        }
        assert_eq!(cut("【】\n正文。")[0].0, LineKind::Body);
    }

    #[test]
    fn english_sentences_keep_company_abbreviations() {
        let got = cut(
            "Title line\nZhang San of Acme Co., Ltd. attended. Li Si spoke. Acme Corp. Chairman Wang Wu spoke.",
        );
        assert_eq!(got[1].1, "Zhang San of Acme Co., Ltd. attended.");
        assert_eq!(got[2].1, "Li Si spoke.");
        assert_eq!(got[3].1, "Acme Corp. Chairman Wang Wu spoke.");
        // A name set off by a comma after the company's closing word starts a sentence.
        let got = cut(
            "Title line\nIt was chaired by Li Si, chairman of Acme Co., Ltd. Min Qi, deputy head, spoke.",
        );
        assert_eq!(got[1].1, "It was chaired by Li Si, chairman of Acme Co., Ltd.");
        assert_eq!(got[2].1, "Min Qi, deputy head, spoke.");
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_line() {
        let long = "甲".repeat(100);
        let got = cut(&format!("标题\n“{long}，乙出席。丙发言。"));
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn a_title_parts_at_its_dashes_but_not_inside_a_word() {
        let parts = |t: &str| -> Vec<String> {
            super::title_parts(t)
                .into_iter()
                .map(|p| p.into_iter().collect())
                .collect()
        };
        assert_eq!(
            parts("协会召开理事会-甲省铜业协会"),
            ["协会召开理事会", "甲省铜业协会"]
        );
        assert_eq!(
            parts("MIIT Holds Symposium on High-Quality Development - Ministry of Industry"),
            [
                "MIITHoldsSymposiumonHigh-QualityDevelopment",
                "MinistryofIndustry"
            ]
        );
    }
}
