//! Chinese text: traditional to simplified, pinyin, display width and search keys.
//!
//! The graph stores names in simplified Chinese and keeps the spelling found; users search by either, by pinyin
//! with or without tones and spaces, or by English. Everything that compares or displays Chinese text goes
//! through here so that the loader, the search and the extractor agree on what "the same name" is.

use pinyin::ToPinyin;
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_width::UnicodeWidthStr;

/// The pinyin overrides shipped in `data/lexicon/pinyin.tsv`.
const PINYIN_OVERRIDES: &str = include_str!("../data/lexicon/pinyin.tsv");

/// Characters that web pages write in place of the intended traditional character, which dictionary
/// converters leave alone (`陜` U+965C for `陝`).
const VARIANTS: &[(char, char)] = &[
    ('陜', '陝'),
    ('衞', '衛'),
    ('峯', '峰'),
    ('羣', '群'),
    ('綫', '線'),
    ('鑛', '礦'),
];

fn opencc() -> &'static ferrous_opencc::OpenCC {
    static CONVERTER: OnceLock<ferrous_opencc::OpenCC> = OnceLock::new();
    CONVERTER.get_or_init(|| {
        ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s)
            .expect("the built-in traditional-to-simplified dictionaries load")
    })
}

/// True when `c` is a CJK ideograph.
pub fn is_han(c: char) -> bool {
    // (With the ideographic zero, 〇, written in numbered names: `第七〇三研究所`, `二〇二五年`.)
    matches!(c as u32, 0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// True when the text contains at least one CJK ideograph.
pub fn has_han(text: &str) -> bool {
    text.chars().any(is_han)
}

/// Converts traditional Chinese to simplified (phrase-aware), mending variant characters first.
///
/// Text with no Chinese in it is returned unchanged without touching the converter.
pub fn to_simplified(text: &str) -> String {
    if !has_han(text) {
        return text.to_owned();
    }
    let mended: String = text
        .chars()
        .map(|c| VARIANTS.iter().find(|(v, _)| *v == c).map_or(c, |(_, t)| *t))
        .collect();
    opencc().convert(&mended)
}

/// The terminal width of a string: two columns for each wide (CJK) character.
pub fn display_width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

struct Overrides {
    surnames: Vec<(Vec<char>, Vec<String>)>,
    words: HashMap<String, Vec<String>>,
    word_starts: std::collections::HashSet<char>,
    longest_word: usize,
}

fn overrides() -> &'static Overrides {
    static OVERRIDES: OnceLock<Overrides> = OnceLock::new();
    OVERRIDES.get_or_init(|| {
        let mut surnames = Vec::new();
        let mut words = HashMap::new();
        for line in PINYIN_OVERRIDES.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let mut cols = line.split('\t');
            let (Some(kind), Some(text), Some(reading)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let syllables: Vec<String> = reading.split_whitespace().map(str::to_owned).collect();
            match kind {
                "surname" => surnames.push((text.chars().collect(), syllables)),
                _ => {
                    words.insert(text.to_owned(), syllables);
                }
            }
        }
        // Longest surnames first, so 欧阳 wins over a one-character reading.
        surnames.sort_by_key(|(chars, _): &(Vec<char>, _)| std::cmp::Reverse(chars.len()));
        let longest_word = words.keys().map(|w| w.chars().count()).max().unwrap_or(1);
        let word_starts = words.keys().filter_map(|w| w.chars().next()).collect();
        Overrides {
            surnames,
            words,
            word_starts,
            longest_word,
        }
    })
}

/// A piece of text read as pinyin: syllables with tone marks, and anything that is not Chinese kept as is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Syllable(String),
    Other(char),
}

fn read(text: &str, as_person: bool) -> (Vec<Piece>, usize) {
    let chars: Vec<char> = to_simplified(text).chars().collect();
    read_chars(&chars, as_person)
}

/// Reads simplified characters as pinyin; `as_person` reads a leading surname with its own reading.
fn read_chars(chars: &[char], as_person: bool) -> (Vec<Piece>, usize) {
    let table = overrides();
    let mut pieces = Vec::new();
    let mut i = 0;
    let mut surname_len = 0;
    if as_person && let Some((s, reading)) = table.surnames.iter().find(|(s, _)| chars.starts_with(s)) {
        pieces.extend(reading.iter().cloned().map(Piece::Syllable));
        i = s.len();
        surname_len = reading.len();
    }
    while i < chars.len() {
        let max = if table.word_starts.contains(&chars[i]) {
            table.longest_word.min(chars.len() - i)
        } else {
            1
        };
        let word = (2..=max).rev().find_map(|n| {
            let w: String = chars[i..i + n].iter().collect();
            table.words.get(&w).map(|r| (n, r))
        });
        if let Some((n, reading)) = word {
            pieces.extend(reading.iter().cloned().map(Piece::Syllable));
            i += n;
            continue;
        }
        let c = chars[i];
        match c.to_pinyin() {
            Some(p) => pieces.push(Piece::Syllable(p.with_tone().to_owned())),
            None => pieces.push(Piece::Other(c)),
        }
        i += 1;
    }
    if as_person && surname_len == 0 && pieces.first().is_some_and(|p| matches!(p, Piece::Syllable(_))) {
        surname_len = 1;
    }
    (pieces, surname_len)
}

fn join(pieces: &[Piece], separator: &str) -> String {
    let mut out = String::new();
    let mut previous_syllable = false;
    for piece in pieces {
        match piece {
            Piece::Syllable(s) => {
                if previous_syllable {
                    out.push_str(separator);
                }
                out.push_str(s);
                previous_syllable = true;
            }
            Piece::Other(c) => {
                out.push(*c);
                previous_syllable = false;
            }
        }
    }
    out
}

/// Pinyin with tone marks, syllables separated by spaces (`中国` → `zhōng guó`).
pub fn pinyin(text: &str) -> String {
    join(&read(text, false).0, " ")
}

/// A person's name in pinyin with tone marks, surname first and capitalized (`王健` → `Wáng Jiàn`).
pub fn person_pinyin(name: &str) -> String {
    person_name(name, true)
}

/// A person's name in toneless pinyin, as English text writes it (`吴群英` → `Wu Qunying`).
pub fn person_english(name: &str) -> String {
    person_name(name, false)
}

fn person_name(name: &str, tones: bool) -> String {
    let (pieces, surname_len) = read(name, true);
    let syllable = |p: &Piece| match p {
        Piece::Syllable(s) if tones => s.clone(),
        Piece::Syllable(s) => strip_tones(s),
        Piece::Other(c) => c.to_string(),
    };
    let (surname, given) = pieces.split_at(surname_len.min(pieces.len()));
    let surname: String = surname.iter().map(syllable).collect();
    let given: String = given.iter().map(syllable).collect();
    [capitalize(&surname), capitalize(&given)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `s` with its first letter in capitals (`apparel` → `Apparel`).
pub(crate) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Removes tone marks and tone numbers from pinyin (`Wáng Jiàn`, `wang2 jian4` → `Wang Jian`, `wang jian`).
pub fn strip_tones(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous_letter = false;
    for c in text.chars() {
        // A tone number follows the syllable it marks: `wang2`. Other digits (`2025年`) stay.
        if previous_letter && ('1'..='5').contains(&c) {
            previous_letter = false;
            continue;
        }
        let plain = match c {
            'ā' | 'á' | 'ǎ' | 'à' => 'a',
            'Ā' | 'Á' | 'Ǎ' | 'À' => 'A',
            'ē' | 'é' | 'ě' | 'è' => 'e',
            'Ē' | 'É' | 'Ě' | 'È' => 'E',
            'ī' | 'í' | 'ǐ' | 'ì' => 'i',
            'Ī' | 'Í' | 'Ǐ' | 'Ì' => 'I',
            'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
            'Ō' | 'Ó' | 'Ǒ' | 'Ò' => 'O',
            'ū' | 'ú' | 'ǔ' | 'ù' => 'u',
            'Ū' | 'Ú' | 'Ǔ' | 'Ù' => 'U',
            'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ü' => 'v',
            'ń' | 'ň' | 'ǹ' => 'n',
            'ḿ' => 'm',
            other => other,
        };
        previous_letter = plain.is_ascii_alphabetic();
        out.push(plain);
    }
    out
}

/// The normalized form labels and queries are compared in: simplified, lower case, no tones, no spaces or
/// punctuation. `王健`, `王 健`, `Wáng Jiàn`, `wang jian` and `WangJian` give `王健` or `wangjian`.
pub fn fold(text: &str) -> String {
    fold_simplified(&to_simplified(text))
}

fn fold_simplified(simplified: &str) -> String {
    strip_tones(simplified)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The search keys of a label: its folded form and, for Chinese text, its folded pinyin (both readings of a
/// surname that has a special one, since a label does not say whether it names a person).
pub fn search_keys(label: &str) -> Vec<String> {
    let simplified = to_simplified(label);
    let mut keys = vec![fold_simplified(&simplified)];
    if has_han(&simplified) {
        let chars: Vec<char> = simplified.chars().collect();
        keys.push(fold_simplified(&join(&read_chars(&chars, false).0, "")));
        if overrides().surnames.iter().any(|(s, _)| chars.starts_with(s)) {
            keys.push(fold_simplified(&join(&read_chars(&chars, true).0, "")));
        }
    }
    keys.retain(|k| !k.is_empty());
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_becomes_simplified_including_the_web_variant_of_shaan() {
        assert_eq!(to_simplified("中國有色金屬工業協會"), "中国有色金属工业协会");
        assert_eq!(to_simplified("陜西省有色金屬工業協會"), "陕西省有色金属工业协会");
        assert_eq!(to_simplified("會員部(貿易物流部)"), "会员部(贸易物流部)");
        assert_eq!(to_simplified("Wang Jian"), "Wang Jian");
    }

    #[test]
    fn person_names_read_with_surname_readings() {
        assert_eq!(person_pinyin("王健"), "Wáng Jiàn");
        assert_eq!(person_english("吴群英"), "Wu Qunying");
        assert_eq!(person_english("曾国藩"), "Zeng Guofan");
        assert_eq!(person_english("单雄信"), "Shan Xiongxin");
        assert_eq!(person_english("欧阳修"), "Ouyang Xiu");
        assert_eq!(person_english("趙衛肅"), "Zhao Weisu");
    }

    #[test]
    fn words_read_with_their_own_readings() {
        assert_eq!(strip_tones(&pinyin("行业")), "hang ye");
        assert_eq!(strip_tones(&pinyin("重庆")), "chong qing");
        assert_eq!(strip_tones(&pinyin("2025年")), "2025nian");
    }

    #[test]
    fn fold_makes_every_spelling_of_a_name_meet() {
        for spelling in ["wang jian", "Wangjian", "Wáng Jiàn", "WANG JIAN", "wang2 jian4"] {
            assert_eq!(fold(spelling), "wangjian", "{spelling}");
        }
        assert_eq!(fold("王 健"), "王健");
        assert!(search_keys("王健").contains(&"wangjian".to_owned()));
        assert!(search_keys("曾明").contains(&"zengming".to_owned()));
        assert!(search_keys("曾明").contains(&"cengming".to_owned()));
    }

    #[test]
    fn chinese_is_two_columns_wide() {
        assert_eq!(display_width("王健"), 4);
        assert_eq!(display_width("ab"), 2);
    }
}
