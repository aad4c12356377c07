//! Normalization: from the bytes of a web page's text to clean simplified Chinese, with a way back.
//!
//! Reports copied from the web come in many shapes: UTF-8 with or without a byte-order mark, UTF-16, GB18030;
//! traditional characters; the pinyin of characters inserted after them by mirror sites (`協(xié)會`, even inside a
//! real parenthesis: `會員部(貿(mào)易物流部)`); ASCII and full-width punctuation mixed; names broken by line
//! breaks or stray spaces. The extractor wants one canonical form of the text, while every fact it finds must
//! point back into the text as published. [`normalize`] therefore keeps, for every character of its output, the
//! position of the character of the input it came from.

use crate::chinese;
use std::ops::Range;

/// Why bytes could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The input is empty or holds only white space.
    #[error("the input is empty")]
    Empty,
    /// The input looks like binary data (NUL bytes or control characters), not text.
    #[error("the input is binary data, not text ({0})")]
    Binary(String),
    /// The input is neither UTF-8, UTF-16 nor GB18030.
    #[error("the input is not text in a known encoding (tried UTF-8, UTF-16 and GB18030): {0}")]
    UnknownEncoding(String),
}

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM or an unmistakable
/// pattern of NUL bytes), or GB18030 (when the bytes are not UTF-8 and decode cleanly to mostly Chinese).
///
/// Binary data and empty input are refused with an error that says which.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        std::str::from_utf8(rest)
            .map_err(|e| {
                DecodeError::UnknownEncoding(format!("a UTF-8 byte-order mark, then invalid UTF-8 ({e})"))
            })?
            .to_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, encoding_rs::UTF_16LE)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, encoding_rs::UTF_16BE)?
    } else if let Some(encoding) = utf16_by_nuls(bytes) {
        utf16(bytes, encoding)?
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        text.to_owned()
    } else {
        if bytes.contains(&0) {
            return Err(DecodeError::Binary("it contains NUL bytes".to_owned()));
        }
        let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
        let non_ascii = text.chars().filter(|c| !c.is_ascii()).count();
        let han = text.chars().filter(|&c| chinese::is_han(c)).count();
        if had_errors || non_ascii == 0 || han * 10 < non_ascii * 6 {
            return Err(DecodeError::UnknownEncoding(
                "the bytes are not UTF-8, and read as GB18030 they are not mostly Chinese".to_owned(),
            ));
        }
        text.into_owned()
    };
    check_text(&text)?;
    Ok(text)
}

fn utf16(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> Result<String, DecodeError> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(DecodeError::UnknownEncoding(format!(
            "invalid {}",
            encoding.name()
        )));
    }
    Ok(text.into_owned())
}

/// UTF-16 without a byte-order mark: most of the ASCII-range code units have a NUL high byte, which shows as
/// NUL bytes at every other position.
fn utf16_by_nuls(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let (mut even, mut odd) = (0, 0);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // Chinese text in UTF-16 has few NULs; ASCII-heavy text has them at one parity only.
    if odd * 10 >= pairs * 3 && even == 0 {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 3 && odd == 0 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn check_text(text: &str) -> Result<(), DecodeError> {
    if text.contains('\0') {
        return Err(DecodeError::Binary("it contains NUL characters".to_owned()));
    }
    let total = text.chars().count();
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls > 0 && controls * 100 > total {
        return Err(DecodeError::Binary(format!(
            "{controls} control characters in {total}"
        )));
    }
    if text.chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
        return Err(DecodeError::Empty);
    }
    Ok(())
}

/// Normalized text and the way back to the text it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The canonical form: simplified Chinese, no pinyin annotations, full-width Chinese punctuation
    /// (`，。：；（）`), broken names mended, paragraphs separated by single line breaks.
    pub text: String,
    /// The same characters as `text` at the same character offsets, but spelled as the source spelled them
    /// (traditional characters and the source's punctuation kept); only pinyin and mended white space are gone.
    /// Cut `original` labels from it with the offsets of `text`.
    pub original_text: String,
    /// For every character of `text`, the character offset in the original input it comes from.
    origin: Vec<u32>,
}

impl Normalized {
    /// The character range in the original input that the character range `span` of `text` comes from.
    ///
    /// Ranges outside `text` are clamped; an empty range maps to an empty range at the matching position.
    pub fn original_span(&self, span: Range<usize>) -> Range<usize> {
        let len = self.origin.len();
        let (start, end) = (span.start.min(len), span.end.min(len));
        if start >= end {
            let at = self.origin.get(start).map_or_else(
                || self.origin.last().map_or(0, |&o| o as usize + 1),
                |&o| o as usize,
            );
            return at..at;
        }
        self.origin[start] as usize..self.origin[end - 1] as usize + 1
    }

    /// The number of characters of `text`.
    pub fn len_chars(&self) -> usize {
        self.origin.len()
    }

    /// The characters `span` of `original_text` (the source's spelling of that part of `text`).
    pub fn original_slice(&self, span: Range<usize>) -> String {
        self.original_text
            .chars()
            .skip(span.start)
            .take(span.end.saturating_sub(span.start))
            .collect()
    }
}

/// Normalizes a report's text; see [`Normalized`].
pub fn normalize(original: &str) -> Normalized {
    let chars: Vec<char> = original.chars().collect();
    let mut kept = strip_pinyin(&chars);
    kept.retain(|&(c, _)| !is_pictograph(c));
    let kept = mend_space(&kept);
    let kept = unify_punctuation(kept);
    let kept = join_group_in_company_names(kept);
    let original_text: String = kept.iter().map(|&(c, _, _)| c).collect();
    let text: String = simplify(&kept.iter().map(|&(_, c, _)| c).collect::<Vec<_>>())
        .into_iter()
        .collect();
    let origin = kept.iter().map(|&(_, _, o)| o).collect();
    Normalized {
        text,
        original_text,
        origin,
    }
}

/// (character as in the source, character in canonical punctuation, offset in the source).
type Kept = (char, char, u32);

fn is_tone_letter(c: char) -> bool {
    c.is_ascii_lowercase()
        || matches!(
            c,
            'ā' | 'á'
                | 'ǎ'
                | 'à'
                | 'ē'
                | 'é'
                | 'ě'
                | 'è'
                | 'ī'
                | 'í'
                | 'ǐ'
                | 'ì'
                | 'ō'
                | 'ó'
                | 'ǒ'
                | 'ò'
                | 'ū'
                | 'ú'
                | 'ǔ'
                | 'ù'
                | 'ǖ'
                | 'ǘ'
                | 'ǚ'
                | 'ǜ'
                | 'ü'
                | 'ń'
                | 'ň'
                | 'ǹ'
                | 'ḿ'
        )
}

/// True when `s` (toneless, lower case, `ü` as `v`) is a syllable of Mandarin.
fn is_syllable(s: &str) -> bool {
    const INITIALS: [&str; 23] = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
        "c", "s", "y", "w",
    ];
    const FINALS: [&str; 36] = [
        "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "van", "ai",
        "ei", "ao", "ou", "an", "en", "in", "un", "vn", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "ve", "er",
        "a", "o", "e", "i", "u",
    ];
    let rest = INITIALS.iter().find_map(|i| s.strip_prefix(i)).unwrap_or(s);
    FINALS.contains(&rest) || (rest == "v" && s != "v")
}

/// Removes pinyin annotations that follow Chinese characters: `協(xié)會` → `協會`, `(xie2)` too. Also drops
/// carriage returns and the byte-order mark.
fn strip_pinyin(chars: &[char]) -> Vec<(char, u32)> {
    let mut out = Vec::with_capacity(chars.len());
    let mut han_run = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c == '(' || c == '（')
            && han_run > 0
            && let Some(len) = pinyin_annotation(&chars[i..], han_run)
        {
            i += len;
            continue;
        }
        if c != '\r' && c != '\u{feff}' {
            out.push((c, i as u32));
        }
        han_run = if chinese::is_han(c) { han_run + 1 } else { 0 };
        i += 1;
    }
    out
}

/// The length of a pinyin annotation `(xié)` / `（xie2）` / `(zhōng guó)` at the start of `chars`, if it is one
/// and reads no more syllables than the `han_run` characters before it.
fn pinyin_annotation(chars: &[char], han_run: usize) -> Option<usize> {
    let close = chars.iter().take(40).position(|&c| c == ')' || c == '）')?;
    let inner: String = chars[1..close].iter().collect();
    let syllables: Vec<&str> = inner.split(' ').filter(|s| !s.is_empty()).collect();
    if syllables.is_empty() || syllables.len() > han_run {
        return None;
    }
    for s in &syllables {
        let letters = s.trim_end_matches(|c: char| ('1'..='5').contains(&c));
        if letters.is_empty()
            || s.len() - letters.len() > 1
            || letters.chars().count() > 6
            || !letters.chars().all(is_tone_letter)
            || !is_syllable(&chinese::strip_tones(letters))
        {
            return None;
        }
    }
    Some(close + 1)
}

fn is_cjk_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '：'
            | '；'
            | '（'
            | '）'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '《'
            | '》'
            | '！'
            | '？'
            | '【'
            | '】'
            | '「'
            | '」'
            | '『'
            | '』'
            | '…'
            | '—'
            | '·'
    )
}

fn is_cjkish(c: char) -> bool {
    chinese::is_han(c) || is_cjk_punct(c)
}

/// Emoji and the marks that compose them (`📍`, `🎉`, `👆`, `💪`), which WeChat copies scatter through the text:
/// dropped like stray spaces. (Geometric marks such as `▲`, which open captions, stay.)
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}' | '\u{fe0f}' | '\u{200d}' | '\u{20e3}')
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{200b}' | '\u{c}'
    )
}

fn terminates(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '：' | '.' | '!' | '?' | ';' | ':' | '”' | '」' | '』'
    )
}

/// Mends white space: removes spaces inside Chinese text (a list of short names separated by spaces becomes a
/// `、` list), joins lines broken inside a sentence, and collapses blank lines to one line break.
fn mend_space(chars: &[(char, u32)]) -> Vec<Kept> {
    let mut out: Vec<Kept> = Vec::with_capacity(chars.len());
    let mut i = 0;
    let mut line_start = 0; // index into `out` where the current line starts
    let mut lines_seen = 0;
    while i < chars.len() {
        let (c, o) = chars[i];
        if !(is_space(c) || c == '\n') {
            out.push((c, c, o));
            i += 1;
            continue;
        }
        let run_start = i;
        while i < chars.len() && (is_space(chars[i].0) || chars[i].0 == '\n') {
            i += 1;
        }
        let run = &chars[run_start..i];
        let newlines = run.iter().filter(|(c, _)| *c == '\n').count();
        let prev = out.last().map(|&(c, _, _)| c);
        let next = chars.get(i).map(|&(c, _)| c);
        let (Some(prev), Some(next)) = (prev, next) else {
            if newlines > 0 && prev.is_some() {
                // Trailing white space at the end of the text: keep one line break.
                let (_, o) = run.iter().find(|(c, _)| *c == '\n').copied().unwrap_or(run[0]);
                out.push(('\n', '\n', o));
            }
            continue;
        };
        if newlines == 0 {
            let chinese_prev = is_cjkish(prev);
            let chinese_next = is_cjkish(next);
            let digit_next = next.is_ascii_digit();
            let digit_prev = prev.is_ascii_digit();
            if chinese_prev && chinese_next {
                if chinese::is_han(prev) && chinese::is_han(next) && in_space_list(chars, run_start, i) {
                    out.push(('、', '、', run[0].1));
                } else if chinese::is_han(prev)
                    && chinese::is_han(next)
                    && (is_column_gap(chars, run_start, i) || is_phrase_gap(chars, run_start, i))
                {
                    out.push((' ', ' ', run[0].1));
                }
            } else if (chinese_prev && digit_next) || (digit_prev && chinese_next) {
                // `共计 50 余人` → `共计50余人`
            } else {
                out.push((' ', ' ', run[0].1));
            }
            continue;
        }
        let line: Vec<char> = out[line_start..].iter().map(|&(c, _, _)| c).collect();
        let line_len = line.iter().filter(|c| !is_space(**c)).count();
        // A line broken inside a sentence: body text (it holds a sentence's punctuation) cut before its end.
        // Headlines, bylines and navigation hold none, and stay lines of their own.
        let body_line = line.iter().any(|c| matches!(c, '，' | '。' | '、' | ','))
            || line.windows(2).any(|w| w == ['.', ' ']);
        // Lines that each open with a label (`会长：…`, `副会长（按姓氏笔画排序）：`) are items of a list, not a
        // broken sentence.
        let labelled = |l: &mut dyn Iterator<Item = char>| {
            let mut n = 0;
            for c in l {
                if c == '：' || c == ':' {
                    return n >= 2;
                }
                // `副会长（按姓氏笔画排序）：`
                if !(chinese::is_han(c) || is_space(c) || matches!(c, '（' | '）' | '(' | ')')) || n >= 16 {
                    return false;
                }
                n += usize::from(chinese::is_han(c));
            }
            false
        };
        let listed = labelled(&mut line.iter().copied().filter(|c| !is_space(*c)))
            && labelled(&mut chars[i..].iter().map(|&(c, _)| c).take_while(|c| *c != '\n'));
        // `工业和信息化部电子信息司副司长` / `欧阳敏，天津市…`: a title cut from the name after it (the next line opens
        // with a short name and a comma).
        // (Looked at only when the line would not be joined otherwise, from its last two characters.)
        let title_cut = || {
            const TITLE_ENDS: [&str; 12] = [
                "长", "主任", "书记", "经理", "理事", "委员", "院士", "教授", "总监", "总师", "总裁", "主席",
            ];
            // (Not a headline ending in a title above a paragraph that opens with a time: `近日，`.)
            const OPENERS: [&str; 11] = [
                "近日", "日前", "今天", "昨天", "当天", "今日", "上午", "下午", "随后", "会上", "同时",
            ];
            let tail: String = line[line.len().saturating_sub(2)..].iter().collect();
            // A name of `k` characters at the start of the next line, then a comma or a list mark (or the line's
            // end: a list of guests with each title on a line and each name on the next).
            let next_word = |k: usize| {
                let word: String = chars[i..].iter().take(k).map(|(c, _)| *c).collect();
                word.chars().count() == k
                    && word.chars().all(chinese::is_han)
                    && !OPENERS.contains(&word.as_str())
                    && chars
                        .get(i + k)
                        .is_none_or(|(c, _)| matches!(c, '，' | '、' | '\n'))
            };
            let next_name = || (2..=4).any(next_word);
            // `…能源原材料处处长` / `孙铭远通报了…。`: or the next line is a sentence that opens with Han characters
            // (the name and its verb).
            let next_sentence = || {
                let next_line: Vec<char> = chars[i..]
                    .iter()
                    .map(|(c, _)| *c)
                    .take(400)
                    .take_while(|c| *c != '\n')
                    .collect();
                next_line.iter().take(2).all(|c| chinese::is_han(*c))
                    && next_line.iter().any(|c| matches!(c, '。' | '；'))
                    && !OPENERS
                        .iter()
                        .any(|w| next_line.iter().collect::<String>().starts_with(w))
            };
            // `…有限公司总经理魏` / `东升、…`: the name itself cut after its surname (also before its verb:
            // `…副秘书长钱` / `海鸥主持。`).
            let surname_cut = || {
                let before: String = line[line.len().saturating_sub(3)..line.len() - 1]
                    .iter()
                    .collect();
                line.last().is_some_and(|c| chinese::is_han(*c))
                    && TITLE_ENDS.iter().any(|t| before.ends_with(t))
                    && ((1..=2).any(next_word) || next_sentence())
            };
            let plain = line.iter().all(|c| chinese::is_han(*c) || is_space(*c));
            line_len >= 4
                && (TITLE_ENDS.iter().any(|t| tail.ends_with(t))
                    && (next_name() || (plain && line_len <= 30 && next_sentence()))
                    || surname_cut())
        };
        // `…党组书记、局长聂` / (a blank line) / `伟主持座谈会。`: a name cut after its surname by a paragraph break
        // inside a sentence.
        let paragraph_cut = || {
            const TITLE_ENDS: [&str; 6] = ["长", "主任", "书记", "经理", "主席", "总裁"];
            let before: String = line[line.len().saturating_sub(3)..line.len().saturating_sub(1)]
                .iter()
                .collect();
            let next_line: Vec<char> = chars[i..]
                .iter()
                .map(|(c, _)| *c)
                .take(200)
                .take_while(|c| *c != '\n')
                .collect();
            body_line
                && line.last().is_some_and(|c| chinese::is_han(*c))
                && TITLE_ENDS.iter().any(|t| before.ends_with(t))
                && next_line.iter().take(3).all(|c| chinese::is_han(*c))
                && next_line.contains(&'。')
        };
        let mend = (newlines == 1
            && lines_seen > 0
            && !terminates(prev)
            && ((line_len >= 10 && body_line && !listed && !guest_line(chars, run_start)) || title_cut()))
            || (newlines == 2 && lines_seen > 0 && paragraph_cut());
        let (_, nl_origin) = run.iter().find(|(c, _)| *c == '\n').copied().unwrap_or(run[0]);
        if mend && is_cjkish(prev) && is_cjkish(next) {
            // A Chinese sentence broken across lines: join without a space.
        } else if mend && prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric() {
            out.push((' ', ' ', nl_origin));
        } else {
            out.push(('\n', '\n', nl_origin));
            line_start = out.len();
            if line_len > 0 {
                lines_seen += 1;
            }
        }
    }
    out
}

/// True when the spaces `chars[from..to]` are a gap between columns (`严国栋　　湖北楚天化工集团有限公司董事长`,
/// `钟　华　　武汉工程大学…`): two spaces or more, with a word of two Han characters or more on either side (a
/// single space inside it still counts: `钟　华`). `会　　长` is one word spaced out.
fn is_column_gap(chars: &[(char, u32)], from: usize, to: usize) -> bool {
    if to - from < 2 || chars[from..to].iter().any(|(c, _)| *c == '\n') {
        return false;
    }
    // A line of prose has no columns: `副局长乌  兰出席会议。` is a name spaced out.
    if in_prose(chars, from, to) {
        return false;
    }
    let word = |it: &mut dyn Iterator<Item = char>| {
        let mut n = 0;
        let mut spaces = 0;
        for c in it {
            if chinese::is_han(c) {
                n += 1;
                spaces = 0;
            } else if is_space(c) && c != '\n' && spaces == 0 {
                spaces += 1;
            } else {
                break;
            }
        }
        n
    };
    let left = word(&mut chars[..from].iter().rev().map(|&(c, _)| c));
    let right = word(&mut chars[to..].iter().map(|&(c, _)| c));
    left >= 2 && right >= 2
}

/// True when the line of the source ending at `end` is one guest of a list: titles, a column gap of wide space,
/// then a whole name (`湖南省农业农村厅党组成员、副厅长　龚 健`, `…副局长　宁　波`); or a name, then its titles in
/// parentheses. Such lines are no sentence broken across lines, though a name cut by a line break after its surname
/// is (`秘书长　郑` / `晓红主持…`).
fn guest_line(chars: &[(char, u32)], end: usize) -> bool {
    let start = chars[..end]
        .iter()
        .rposition(|&(c, _)| c == '\n')
        .map_or(0, |p| p + 1);
    let line: Vec<char> = chars[start..end].iter().map(|&(c, _)| c).collect();
    // `韩　冰（中国通用机械工业协会副会长）`: a name of two to four characters, then its titles in parentheses.
    let written: Vec<char> = line.iter().copied().filter(|&c| !is_space(c)).collect();
    if written.last() == Some(&'）')
        && let Some(open) = written.iter().position(|&c| c == '（')
        && (2..=4).contains(&open)
        && written[..open].iter().all(|&c| chinese::is_han(c))
        && !written.contains(&'。')
    {
        return true;
    }
    // (The name may be spaced out itself: `副局长　宁　波`.)
    (0..line.len())
        .rev()
        .filter(|&p| line[p] == '\u{3000}')
        .any(|gap| {
            let name: Vec<char> = line[gap + 1..]
                .iter()
                .copied()
                .filter(|&c| !is_space(c))
                .collect();
            let before = line[..gap].iter().filter(|&&c| chinese::is_han(c)).count();
            (2..=4).contains(&name.len()) && name.iter().all(|&c| chinese::is_han(c)) && before >= 4
        })
}

/// True when the spaces `chars[from..to]` separate two phrases of a line with no sentence punctuation (a headline:
/// `共谋出海新路径 东莞市家具协会2024年度年会暨颁奖盛典举行`): five Han characters or more on either side, where a
/// name broken by a stray space has a short part (`邵 敏`, `中国有色金属 工业协会`).
fn is_phrase_gap(chars: &[(char, u32)], from: usize, to: usize) -> bool {
    let han_run = |it: &mut dyn Iterator<Item = char>| it.take_while(|c| chinese::is_han(*c)).count();
    let left = han_run(&mut chars[..from].iter().rev().map(|&(c, _)| c));
    let right = han_run(&mut chars[to..].iter().map(|&(c, _)| c));
    // (A caption, `图为公司纪委书记刘 蕾参加职工代表分组讨论`, spaces a name out as a line of prose does.)
    let caption = || {
        chars[..from]
            .iter()
            .rev()
            .take(200)
            .take_while(|&&(c, _)| c != '\n')
            .any(|&(c, _)| c == '图')
    };
    // (A name goes on into no quotation: `…座谈会 共商“稳订单”` is two phrases.)
    let quoted = || right >= 2 && matches!(chars.get(to + right), Some(('“' | '《', _)));
    left >= 5 && (right >= 5 || quoted()) && !in_prose(chars, from, to) && !caption()
}

/// True when the line around `chars[from..to]` is prose: it holds a comma or a full stop within 200 characters
/// either way (so a long line costs no more).
fn in_prose(chars: &[(char, u32)], from: usize, to: usize) -> bool {
    let prose = |it: &mut dyn Iterator<Item = char>| {
        it.take(200)
            .take_while(|&c| c != '\n')
            .any(|c| matches!(c, '，' | '。' | ','))
    };
    prose(&mut chars[..from].iter().rev().map(|&(c, _)| c)) || prose(&mut chars[to..].iter().map(|&(c, _)| c))
}

/// True when the spaces `chars[from..to]` separate items of a list of short Chinese words (`张三 李四 王五`):
/// the stretch of text around them, up to punctuation or a line break, is made only of words of two to three
/// characters separated by spaces, at least three of them.
fn in_space_list(chars: &[(char, u32)], from: usize, to: usize) -> bool {
    let stop = |c: char| c == '\n' || (is_cjk_punct(c) || c.is_ascii_punctuation());
    let mut start = from;
    while start > 0 && !stop(chars[start - 1].0) && from - start < 200 {
        start -= 1;
    }
    let mut end = to;
    while end < chars.len() && !stop(chars[end].0) && end - to < 200 {
        end += 1;
    }
    let segment: String = chars[start..end].iter().map(|&(c, _)| c).collect();
    let words: Vec<&str> = segment.split(is_space).filter(|w| !w.is_empty()).collect();
    words.len() >= 3
        && words
            .iter()
            .all(|w| (2..=3).contains(&w.chars().count()) && w.chars().all(chinese::is_han))
}

/// Unifies punctuation: ASCII punctuation in Chinese context becomes full-width (`,` → `，`, `(` → `（`,
/// `"` → `“`/`”`), full-width letters and digits become ASCII.
fn unify_punctuation(mut chars: Vec<Kept>) -> Vec<Kept> {
    let context = |chars: &[Kept], i: usize| -> bool {
        let before = chars[i.saturating_sub(8)..i]
            .iter()
            .rev()
            .map(|k| k.1)
            .find(|c| !is_space(*c));
        let after = chars[i + 1..chars.len().min(i + 9)]
            .iter()
            .map(|k| k.1)
            .find(|c| !is_space(*c));
        before.is_some_and(is_cjkish) || after.is_some_and(is_cjkish)
    };
    let mut parens: Vec<bool> = Vec::new();
    let mut quote_open = false;
    for i in 0..chars.len() {
        let c = chars[i].1;
        let mapped = match c {
            '\u{ff01}'..='\u{ff5e}' if !matches!(c, '，' | '：' | '；' | '（' | '）' | '！' | '？') => {
                char::from_u32(c as u32 - 0xfee0).unwrap_or(c)
            }
            '﹙' => '（',
            '﹚' => '）',
            '﹐' => '，',
            '\n' => {
                quote_open = false;
                c
            }
            _ => c,
        };
        // `2025/2026年榨季`, `2025/2026学年`: a season or a year spanning two years, written as `2025-2026` is.
        let years_around = |chars: &[Kept]| {
            i >= 4
                && chars[i - 4..i].iter().all(|k| k.1.is_ascii_digit())
                && (i == 4 || !chars[i - 5].1.is_ascii_digit())
                && chars.len() > i + 5
                && chars[i + 1..i + 5].iter().all(|k| k.1.is_ascii_digit())
                && !chars[i + 5].1.is_ascii_digit()
        };
        let mapped = match mapped {
            '/' if years_around(&chars) => '-',
            ',' if context(&chars, i) => '，',
            ';' if context(&chars, i) => '；',
            ':' if context(&chars, i) && !chars.get(i + 1).is_some_and(|k| k.1.is_ascii_digit()) => '：',
            '!' if context(&chars, i) => '！',
            '?' if context(&chars, i) => '？',
            '.' if i > 0
                && chinese::is_han(chars[i - 1].1)
                && !chars.get(i + 1).is_some_and(|k| k.1.is_ascii_alphanumeric()) =>
            {
                '。'
            }
            '(' | '（' => {
                let wide = mapped == '（' || context(&chars, i);
                parens.push(wide);
                if wide { '（' } else { '(' }
            }
            ')' | '）' => {
                let wide = parens.pop().unwrap_or(mapped == '）' || context(&chars, i));
                if wide { '）' } else { ')' }
            }
            '"' if context(&chars, i) => {
                quote_open = !quote_open;
                if quote_open { '“' } else { '”' }
            }
            '“' => {
                quote_open = true;
                '“'
            }
            '”' => {
                quote_open = false;
                '”'
            }
            other => other,
        };
        chars[i].1 = mapped;
    }
    chars
}

/// `太原钢铁（集团）有限公司` → `太原钢铁集团有限公司`: the parentheses a registered company writes around 集团
/// before its company suffix (or a park around its zone before its committee), and a hyphen inside its name, are no
/// part of the name as it is used (the original keeps neither, so that labels and names agree).
fn join_group_in_company_names(chars: Vec<Kept>) -> Vec<Kept> {
    // Characters that end a company's name or join two (a role verb, a preposition, a list word): the words between
    // a mark and the company form must hold none.
    const NOT_IN_COMPANY_NAME: &str = "代表出席参加主持致辞讲话发言在与和及等为的";
    let canon = |i: usize| chars.get(i).map(|k| k.1);
    let mut drop = vec![false; chars.len()];
    for i in 0..chars.len() {
        // `梅特勒-托利多（常州）测量技术有限公司`: a hyphen inside a company's transliterated name is no part of the
        // name as it is used either: after two to four Chinese characters that open the name in a sentence (not a
        // page's title, `…通过科技成果鉴定-康力电梯股份有限公司`), with the company form a few words on.
        if matches!(canon(i), Some('-' | '－' | '‐'))
            && let opening = (0..i).rev().take_while(|&k| chinese::is_han(chars[k].1)).count()
            && (2..=4).contains(&opening)
            && i > opening
            && matches!(canon(i - opening - 1), Some('、' | '，' | '：' | '；' | '。'))
            && (i + 1..i + 3).all(|k| canon(k).is_some_and(chinese::is_han))
        {
            let words: String = chars[i + 1..chars.len().min(i + 22)]
                .iter()
                .map(|k| k.1)
                .take_while(|&c| chinese::is_han(c) || c == '（' || c == '）')
                .collect();
            drop[i] = words
                .find("公司")
                .is_some_and(|at| !words[..at].chars().any(|c| NOT_IN_COMPANY_NAME.contains(c)));
            continue;
        }
        // … and so are those around the region or the group word of a company written in the middle of its
        // name (`怡球金属资源再生（中国）股份有限公司`, `某某科技（上海）有限公司`, `某某（控股）有限公司`): two
        // or three Chinese characters after a name's own, before the company suffix.
        if canon(i) != Some('（') || i == 0 || !chinese::is_han(chars[i - 1].1) {
            continue;
        }
        let Some(len) = (2..=3).find(|&l| canon(i + 1 + l) == Some('）')) else {
            continue;
        };
        if !(i + 1..i + 1 + len).all(|k| canon(k).is_some_and(chinese::is_han)) {
            continue;
        }
        let close = i + 1 + len;
        let after: String = chars[close + 1..chars.len().min(close + 7)]
            .iter()
            .map(|k| k.1)
            .collect();
        // (`中国北方稀土（集团）高科技股份有限公司`, `凯赛（金乡）生物材料有限公司`: also with more words of the name
        // before its company form, when they hold no word that ends a name or joins two.)
        let inner: String = chars[i + 1..close].iter().map(|k| k.1).collect();
        let words: String = chars[close + 1..chars.len().min(close + 13)]
            .iter()
            .map(|k| k.1)
            .take_while(|&c| chinese::is_han(c))
            .collect();
        let later_form = words.find("公司").is_some_and(|at| {
            let between = &words[..at];
            !between.chars().any(|c| NOT_IN_COMPANY_NAME.contains(c))
                && (["集团", "控股", "中国"].contains(&inner.as_str())
                    || inner.chars().count() == 2
                    || inner.ends_with(['省', '市', '县', '区']))
                && !inner.ends_with(['长', '理', '任', '员', '师', '记', '监', '裁', '事', '授', '士'])
        });
        // (`阿克苏纺织工业城（开发区）管理委员会`: the zone a park's committee governs, likewise.)
        let zone_committee =
            inner.ends_with('区') && (after.starts_with("管理委员会") || after.starts_with("管委会"));
        if later_form
            || zone_committee
            || ["有限", "股份", "公司", "集团"]
                .iter()
                .any(|w| after.starts_with(w))
        {
            drop[i] = true;
            drop[close] = true;
        }
    }
    if !drop.contains(&true) {
        return chars;
    }
    chars
        .into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(k, _)| k)
        .collect()
}

/// Converts to simplified Chinese character for character: phrase-aware on whole lines, and character by
/// character where a phrase conversion would change the length (offsets must stay aligned).
fn simplify(chars: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len());
    for line in chars.split_inclusive(|&c| c == '\n') {
        if !line.iter().copied().any(chinese::is_han) {
            out.extend_from_slice(line);
            continue;
        }
        let text: String = line.iter().collect();
        let converted: Vec<char> = chinese::to_simplified(&text).chars().collect();
        if converted.len() == line.len() {
            out.extend(converted);
            continue;
        }
        for &c in line {
            let one: Vec<char> = if chinese::is_han(c) {
                chinese::to_simplified(&c.to_string()).chars().collect()
            } else {
                vec![c]
            };
            out.push(if one.len() == 1 { one[0] } else { c });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_is_removed_also_inside_a_real_parenthesis() {
        let n = normalize("中國(guó)有色金屬工業(yè)協(xié)會(huì)會員部(貿(mào)易物流部)主任");
        assert_eq!(n.text, "中国有色金属工业协会会员部（贸易物流部）主任");
        assert_eq!(n.original_text, "中國有色金屬工業協會會員部(貿易物流部)主任");
        assert_eq!(n.text.chars().count(), n.original_text.chars().count());
    }

    #[test]
    fn tone_numbers_and_several_syllables_are_removed_but_real_words_stay() {
        assert_eq!(normalize("協會(xie2 hui4)召開").text, "协会召开");
        assert_eq!(
            normalize("國際銅業協會(ICA)和協會(tie)").text,
            "国际铜业协会（ICA）和协会"
        );
        assert_eq!(normalize("公司(集团)").text, "公司（集团）");
        // With more words of the name before its company form; a title in parentheses stays.
        assert_eq!(
            normalize("中国北方稀土（集团）高科技股份有限公司、凯赛（金乡）生物材料有限公司").text,
            "中国北方稀土集团高科技股份有限公司、凯赛金乡生物材料有限公司"
        );
        assert_eq!(
            normalize("王健（总经理）代表甲有限公司").text,
            "王健（总经理）代表甲有限公司"
        );
        assert_eq!(normalize("The (a) case").text, "The (a) case");
    }

    #[test]
    fn offsets_point_back_into_the_original() {
        let original = "為(wèi)深入探討,王(wáng)健出席";
        let n = normalize(original);
        assert_eq!(n.text, "为深入探讨，王健出席");
        let at = n.text.chars().position(|c| c == '王').unwrap();
        let span = n.original_span(at..at + 2);
        let cut: String = original
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect();
        assert_eq!(cut, "王(wáng)健");
        assert_eq!(n.original_slice(at..at + 2), "王健");
        assert_eq!(n.original_span(0..0), 0..0);
        assert_eq!(
            n.original_span(100..200),
            original.chars().count()..original.chars().count()
        );
    }

    #[test]
    fn broken_names_and_stray_spaces_are_mended() {
        assert_eq!(normalize("副会长王 健出席").text, "副会长王健出席");
        assert_eq!(normalize("共计 50 余人参加").text, "共计50余人参加");
        let wrapped = "标题\n中国有色金属工业协会党委常委、副会长王\n健出席并讲话。\n\n下一段";
        assert_eq!(
            normalize(wrapped).text,
            "标题\n中国有色金属工业协会党委常委、副会长王健出席并讲话。\n下一段"
        );
        assert_eq!(normalize("出席：张三 李四 王五").text, "出席：张三、李四、王五");
        // A headline's two phrases stay apart; a caption's name spaced out is mended.
        assert_eq!(
            normalize("共谋出海新路径 东莞市家具协会2024年度年会举行").text,
            "共谋出海新路径 东莞市家具协会2024年度年会举行"
        );
        // Emoji go; a caption's mark stays.
        assert_eq!(
            normalize("协会会长林志坚主持会议。📍\n▲会议现场\n💪加油👍🏻").text,
            "协会会长林志坚主持会议。\n▲会议现场\n加油"
        );
        // (Also when the second is short but opens a quotation.)
        assert_eq!(
            normalize("芝英镇召开五金产业企业家座谈会　共商“稳订单、拓市场”").text,
            "芝英镇召开五金产业企业家座谈会 共商“稳订单、拓市场”"
        );
        assert_eq!(
            normalize("图为公司纪委书记刘 蕾参加职工代表分组讨论").text,
            "图为公司纪委书记刘蕾参加职工代表分组讨论"
        );
        // A name cut after its surname by a paragraph break inside a sentence.
        assert_eq!(
            normalize(
                "标题\n市政府副市长罗春燕出席座谈会，市经济和信息化局党组书记、局长聂\n\n伟主持座谈会。"
            )
            .text,
            "标题\n市政府副市长罗春燕出席座谈会，市经济和信息化局党组书记、局长聂伟主持座谈会。"
        );
        // A list of guests, each with titles, a wide gap and the name on a line of its own, stays a list.
        assert_eq!(
            normalize("出席会议的领导和嘉宾有：\n　　湖南省农业农村厅党组成员、副厅长　龚 健\n　　湖南省茶业协会会长　周 振旺\n会议由秘书长伍湘安主持。").text,
            "出席会议的领导和嘉宾有：\n湖南省农业农村厅党组成员、副厅长龚健\n湖南省茶业协会会长周振旺\n会议由秘书长伍湘安主持。"
        );
        // (Also when the name is spaced out with the same wide space as the gap.)
        assert_eq!(
            normalize("出席会议的领导有：\n　　株洲市住房和城乡建设局党组成员、副局长　宁　波\n　　湖南省市政工程协会会长　彭志远\n").text,
            "出席会议的领导有：\n株洲市住房和城乡建设局党组成员、副局长宁波\n湖南省市政工程协会会长彭志远\n"
        );
        // A list of guests with each title on a line and each name on the next.
        assert_eq!(
            normalize("出席会议的领导和嘉宾有：\n中国汽车工业协会副会长兼秘书长\n卜永清\n十堰市人民政府副市长\n饶婧\n会议由秘书长蒙晓光主持。").text,
            "出席会议的领导和嘉宾有：\n中国汽车工业协会副会长兼秘书长卜永清\n十堰市人民政府副市长饶婧\n会议由秘书长蒙晓光主持。"
        );
        // A name cut after its surname at the end of a line, before its verb.
        assert_eq!(
            normalize("标题\n　　会议由中国食品工业协会副秘书长钱\n海鸥主持。\n").text,
            "标题\n会议由中国食品工业协会副秘书长钱海鸥主持。\n"
        );
        // A name cut after its surname at the end of a line, in a list.
        assert_eq!(
            normalize("标题\n会议在福州召开。\n厦门科华数能科技有限公司总经理魏\n东升、宁德新能源科技有限公司副总裁卓子涵当选为副会长。").text,
            "标题\n会议在福州召开。\n厦门科华数能科技有限公司总经理魏东升、宁德新能源科技有限公司副总裁卓子涵当选为副会长。"
        );
        // A title and the name of the sentence on the next line.
        assert_eq!(
            normalize(
                "标题\n会议在北京召开。\n国家统计局工业统计司能源原材料处处长\n孙铭远通报了主要统计数据。"
            )
            .text,
            "标题\n会议在北京召开。\n国家统计局工业统计司能源原材料处处长孙铭远通报了主要统计数据。"
        );
        // Columns of a name list keep a gap; a name or label spaced out is one word.
        assert_eq!(
            normalize("会　　长：严国栋　　湖北楚天化工集团有限公司董事长").text,
            "会长：严国栋 湖北楚天化工集团有限公司董事长"
        );
        assert_eq!(
            normalize("标题\n会　　长：严国栋　　甲集团有限公司党委书记、董事长\n常务副会长：蔡文卿").text,
            "标题\n会长：严国栋 甲集团有限公司党委书记、董事长\n常务副会长：蔡文卿"
        );
        assert_eq!(
            normalize("　　钟　华　　武汉工程大学化工与制药学院院长").text,
            "钟华 武汉工程大学化工与制药学院院长"
        );
        // A title cut from the name after it.
        assert_eq!(
            normalize(
                "标题\n会议在天津召开。\n工业和信息化部电子信息司副司长\n欧阳敏，天津市副局长贺文杰出席。"
            )
            .text,
            "标题\n会议在天津召开。\n工业和信息化部电子信息司副司长欧阳敏，天津市副局长贺文杰出席。"
        );
        // … but a headline ending in a title stays above a paragraph that opens with a time.
        assert_eq!(
            normalize("网站首页\n工作动态\n副部长会见宝武集团董事长\n近日，副部长会见了来访客人。").text,
            "网站首页\n工作动态\n副部长会见宝武集团董事长\n近日，副部长会见了来访客人。"
        );
        // In prose, two spaces inside a name are no column gap.
        assert_eq!(
            normalize("厅长巴特尔，管理局副局长乌  兰出席会议。").text,
            "厅长巴特尔，管理局副局长乌兰出席会议。"
        );
        assert_eq!(
            normalize("Wang Jian, Vice\nPresident").text,
            "Wang Jian, Vice\nPresident"
        );
    }

    #[test]
    fn group_in_parentheses_joins_a_company_name() {
        let n = normalize("太原钢铁（集团）有限公司董事长，寧波金田銅業（集團）股份有限公司；（集团）会议");
        assert_eq!(
            n.text,
            "太原钢铁集团有限公司董事长，宁波金田铜业集团股份有限公司；（集团）会议"
        );
        assert_eq!(n.original_span(4..6), 5..7);
        assert_eq!(
            normalize(
                "怡球金属资源再生（中国）股份有限公司、某某科技（上海）有限公司、会员部（贸易物流部）主任"
            )
            .text,
            "怡球金属资源再生中国股份有限公司、某某科技上海有限公司、会员部（贸易物流部）主任"
        );
        // A park's zone before its committee, likewise.
        assert_eq!(
            normalize("阿克苏纺织工业城（开发区）管理委员会主任，某园区（试验区）管委会").text,
            "阿克苏纺织工业城开发区管理委员会主任，某园区试验区管委会"
        );
        // A hyphen inside a company's name opened in a sentence, but not one after a page's title.
        assert_eq!(
            normalize("、梅特勒-托利多（常州）测量技术有限公司的代表\n项目通过鉴定-康力电梯股份有限公司\n，中-欧论坛").text,
            "、梅特勒托利多常州测量技术有限公司的代表\n项目通过鉴定-康力电梯股份有限公司\n，中-欧论坛"
        );
        // Not before words that are no company suffix, nor without a name before them.
        assert_eq!(
            normalize("某协会（北京）召开，（中国）有限").text,
            "某协会（北京）召开，（中国）有限"
        );
    }

    #[test]
    fn punctuation_is_unified_in_chinese_text_only() {
        assert_eq!(
            normalize("会议,讲话;主持:\"座谈会\"!").text,
            "会议，讲话；主持：“座谈会”！"
        );
        assert_eq!(
            normalize("Wang Jian, Vice President (CNIA).").text,
            "Wang Jian, Vice President (CNIA)."
        );
        assert_eq!(normalize("２０２５年１０月").text, "2025年10月");
    }

    #[test]
    fn decode_handles_the_encodings_and_refuses_binary() {
        assert_eq!(decode("\u{feff}协会".as_bytes()).unwrap(), "协会");
        let (gb, _, _) = encoding_rs::GB18030.encode("中国有色金属工业协会在西安召开座谈会");
        assert_eq!(decode(&gb).unwrap(), "中国有色金属工业协会在西安召开座谈会");
        let le: Vec<u8> = "Meeting 会议".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).unwrap(), "Meeting 会议");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("协会".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap(), "协会");
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t"), Err(DecodeError::Empty));
        assert!(matches!(
            decode(&[0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0xff, 0x00]),
            Err(DecodeError::Binary(_))
        ));
        assert!(matches!(
            decode(&[0xff, 0xfe, 0xfd, 0x80, 0x81]),
            Err(DecodeError::UnknownEncoding(_) | DecodeError::Binary(_))
        ));
    }
}
