//! The extraction lexicons: role verbs, organization suffixes, noise patterns, title modifiers, surnames and cue
//! words, read from `data/lexicon/*.tsv`.
//!
//! The extractor reads the genre's structure (titles, organization suffixes, role verbs), so what it knows lives
//! in data files a user can extend without recompiling: the shipped files are built in, and files of the same
//! names in a directory given to [`super::Extractor::with_lexicon_dir`] add lines to them.

use crate::lexicon::Lexicon;
use regex::Regex;
use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

/// A small fast hasher for the short keys of the lexicons (a few characters each), looked up at nearly every
/// position of a text; the keys are the shipped and user lexicons, not input an attacker chooses per lookup.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(n)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub(crate) type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<FastHasher>>;
pub(crate) type HashSet<K> = StdHashSet<K, BuildHasherDefault<FastHasher>>;

const ROLE_VERBS: &str = include_str!("../../data/lexicon/role-verbs.tsv");
const ROLE_VERBS_EN: &str = include_str!("../../data/lexicon/role-verbs-en.tsv");
const ORG_SUFFIXES: &str = include_str!("../../data/lexicon/org-suffixes.tsv");
const NOISE: &str = include_str!("../../data/lexicon/noise.tsv");
const TITLE_MODIFIERS: &str = include_str!("../../data/lexicon/title-modifiers.tsv");
const SURNAMES: &str = include_str!("../../data/lexicon/surnames.tsv");
const CUES: &str = include_str!("../../data/lexicon/cues.tsv");
const TITLES_EN: &str = include_str!("../../data/lexicon/titles-en.tsv");
const TITLES_EXTRA: &str = include_str!("../../data/lexicon/titles-extra.tsv");
const TITLE_SCOPE: &str = include_str!("../../data/lexicon/title-scope.tsv");
const PLACES: &str = include_str!("../../data/lexicon/places.tsv");

/// Errors reading the extraction lexicons.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconFileError {
    /// A file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line is malformed: too few columns, an unknown value, a bad regular expression.
    #[error("{path}:{line}: {message}")]
    Line {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong and what was expected.
        message: String,
    },
}

/// What a role verb does besides giving roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Effect {
    /// Only roles.
    None,
    /// A report record when a title is given.
    Report,
    /// A report record only when the title is given in 《》: in `围绕“…”作报告` the quotes give the subject.
    ReportTitled,
    /// A briefing record whose title is the subject.
    Briefing,
    /// A post as of the meeting date.
    Elected,
}

/// One line of `role-verbs.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct VerbRule {
    pub head: Vec<char>,
    pub tail: Option<Vec<char>>,
    /// Meeting-role labels (zh); empty for fillers.
    pub roles: Vec<String>,
    pub effect: Effect,
}

/// How a noise line is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NoiseKind {
    Skip,
    Caption,
    Stop,
}

#[derive(Debug, Clone)]
pub(crate) enum Pattern {
    Prefix(String),
    Contains(String),
    Regex(Regex),
}

/// What a title modifier does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Modifier {
    Former,
    Keep,
    Separator,
}

/// An organization suffix: its kind notation and whether it names a unit.
#[derive(Debug, Clone)]
pub(crate) struct Suffix {
    pub kind: String,
    pub unit: bool,
}

/// Everything the extractor reads structure from.
#[derive(Debug, Clone)]
pub(crate) struct Lexicons {
    /// Post titles (zh and aliases) → the role's zh label.
    pub titles: HashMap<Vec<char>, String>,
    pub title_max: usize,
    /// English titles (lower case) → zh label.
    pub titles_en: Vec<(String, String)>,
    /// The plural of each of `titles_en`, in the same order.
    pub titles_en_plural: Vec<String>,
    pub modifiers: HashMap<Vec<char>, Modifier>,
    pub modifier_max: usize,
    pub suffixes: HashMap<Vec<char>, Suffix>,
    pub suffix_max: usize,
    pub verbs: Vec<VerbRule>,
    /// The rules of `verbs` by the first character of their head, in their order.
    pub verbs_by_first: HashMap<char, Vec<usize>>,
    pub noise: Vec<(NoiseKind, Pattern)>,
    pub surnames: HashSet<Vec<char>>,
    /// Surnames that are also conjunctions (`和`): a name starts with one only right after a title.
    pub conjunction_surnames: HashSet<Vec<char>>,
    /// Surnames that are also common words (`计`, `修`): a name starts with one only right after a title.
    pub word_surnames: HashSet<Vec<char>>,
    /// How names with no Han surname begin: Tibetan and Mongolian names (`索南卓玛`, `娜仁其其格`).
    pub minority_name_starts: Vec<Vec<char>>,
    pub name_ends: HashSet<Vec<char>>,
    pub openers: Vec<Vec<char>>,
    pub place_abbrev: HashMap<char, String>,
    pub meeting_nouns: Vec<String>,
    pub meeting_verbs: Vec<String>,
    /// Verbs that say a meeting took place only when what follows them ends with a meeting noun (`开展…活动`).
    pub weak_meeting_verbs: Vec<String>,
    /// Formal suffixes that name a unit when written after an organization of one of the kinds given
    /// (`学院` after a university).
    pub unit_under: HashMap<Vec<char>, Vec<String>>,
    /// Organizer words → the meeting field (`organizers`, `co_organizers`, ...), longest first.
    pub organizer_words: Vec<(Vec<char>, String)>,
    pub stop_chars: HashSet<char>,
    /// Words of organization names that hold a stop character (`华为`, `美的`).
    pub name_words: Vec<Vec<char>>,
    /// Words no organization's name starts with (`有关`, `全省`, `还有`).
    pub no_org_start: Vec<Vec<char>>,
    /// Bodies every place has one of, written with the place's level alone (`县委`, `市工商联`): the words after
    /// the level.
    pub local_bodies: Vec<String>,
    /// Characters never found in a person's given name.
    pub not_in_name: HashSet<char>,
    /// Words that may follow a list of organizations (`等单位`, `参会代表`).
    pub list_tails: Vec<Vec<char>>,
    /// Words naming people without their names (`负责人`, `专家`, `领导班子成员`).
    pub people_nouns: Vec<Vec<char>>,
    /// Words that end a company's name only as an item of a list of organizations (`冬瓜山铜矿`).
    pub list_name_ends: Vec<Vec<char>>,
    /// Words that read like a name (a surname and a given name) but never are one (`全体`, `部分`).
    pub not_names: HashSet<Vec<char>>,
    /// Standard abbreviations of the last words of a name, with what they stand for (`国资委`).
    pub abbreviations: Vec<(Vec<char>, Vec<char>)>,
    /// Clause openers that give the people listed after them a role (`出席会议的有`), with the role (zh).
    pub pre_roles: Vec<(Vec<char>, String)>,
    /// Words opening an election written `X为Y`.
    pub elect_openers: Vec<Vec<char>>,
    /// Provinces written before a city in a place.
    pub place_prefixes: Vec<String>,
    /// Cities a place may open with, written without 市 (`北京国谊宾馆`).
    pub cities: Vec<String>,
    /// Prefectures and well-known county-level places, without their level word (`湛江`, `义乌`).
    pub places: HashSet<String>,
    /// Title parts → the organization kinds such a title can belong to.
    pub title_scope: Vec<(String, Vec<String>)>,
    /// The first characters of titles, modifiers, role verbs (with roles or effects), name-end words and
    /// suffixes: a position whose character is not among them starts none of them.
    pub first_title: HashSet<char>,
    pub first_modifier: HashSet<char>,
    pub first_verb: HashSet<char>,
    pub first_name_end: HashSet<char>,
    pub first_suffix: HashSet<char>,
    /// Meeting-role labels (zh) by any label or notation, to check `role-verbs.tsv`.
    meeting_roles: HashMap<String, String>,
}

struct Rows<'a> {
    path: String,
    rows: Vec<(usize, Vec<&'a str>)>,
}

fn rows<'a>(text: &'a str, path: &str, min: usize) -> Result<Rows<'a>, LexiconFileError> {
    let mut out = Vec::new();
    let mut header = true;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if header {
            header = false;
            // The first non-comment line of a file is its header.
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < min || cols[0].trim().is_empty() {
            return Err(LexiconFileError::Line {
                path: path.to_owned(),
                line: i + 1,
                message: format!("expected {min} tab-separated columns, found {}", cols.len()),
            });
        }
        out.push((i + 1, cols));
    }
    Ok(Rows {
        path: path.to_owned(),
        rows: out,
    })
}

impl Rows<'_> {
    fn error(&self, line: usize, message: String) -> LexiconFileError {
        LexiconFileError::Line {
            path: self.path.clone(),
            line,
            message,
        }
    }
}

fn chars(s: &str) -> Vec<char> {
    s.trim().chars().collect()
}

impl Lexicons {
    /// The built-in files, with the post titles of `lexicon`.
    pub(crate) fn new(lexicon: &Lexicon) -> Self {
        Self::build(lexicon, &[]).expect("the built-in extraction lexicons are well-formed")
    }

    /// The built-in files extended with those found in `dir`.
    pub(crate) fn with_dir(lexicon: &Lexicon, dir: &Path) -> Result<Self, LexiconFileError> {
        let mut extra = Vec::new();
        for name in FILES {
            let path = dir.join(name);
            if path.exists() {
                let text = std::fs::read_to_string(&path).map_err(|source| LexiconFileError::Io {
                    path: path.display().to_string(),
                    source,
                })?;
                extra.push((name, path.display().to_string(), text));
            }
        }
        let extra: Vec<(&str, String, &str)> = extra
            .iter()
            .map(|(n, p, t)| (*n, p.clone(), t.as_str()))
            .collect();
        Self::build(lexicon, &extra)
    }

    fn build(lexicon: &Lexicon, extra: &[(&str, String, &str)]) -> Result<Self, LexiconFileError> {
        let mut lex = Self {
            titles: HashMap::default(),
            title_max: 0,
            titles_en: Vec::new(),
            titles_en_plural: Vec::new(),
            modifiers: HashMap::default(),
            modifier_max: 0,
            suffixes: HashMap::default(),
            suffix_max: 0,
            verbs: Vec::new(),
            verbs_by_first: HashMap::default(),
            noise: Vec::new(),
            surnames: HashSet::default(),
            conjunction_surnames: HashSet::default(),
            word_surnames: HashSet::default(),
            minority_name_starts: Vec::new(),
            name_ends: HashSet::default(),
            openers: Vec::new(),
            place_abbrev: HashMap::default(),
            meeting_nouns: Vec::new(),
            meeting_verbs: Vec::new(),
            weak_meeting_verbs: Vec::new(),
            unit_under: HashMap::default(),
            organizer_words: Vec::new(),
            stop_chars: HashSet::default(),
            name_words: Vec::new(),
            no_org_start: Vec::new(),
            local_bodies: Vec::new(),
            not_in_name: HashSet::default(),
            list_tails: Vec::new(),
            people_nouns: Vec::new(),
            list_name_ends: Vec::new(),
            not_names: HashSet::default(),
            abbreviations: Vec::new(),
            pre_roles: Vec::new(),
            elect_openers: Vec::new(),
            place_prefixes: Vec::new(),
            cities: Vec::new(),
            places: HashSet::default(),
            title_scope: Vec::new(),
            first_title: HashSet::default(),
            first_modifier: HashSet::default(),
            first_verb: HashSet::default(),
            first_name_end: HashSet::default(),
            first_suffix: HashSet::default(),
            meeting_roles: HashMap::default(),
        };
        for role in &lexicon.post_roles {
            for title in std::iter::once(&role.zh).chain(&role.aliases) {
                lex.titles.insert(chars(title), role.zh.clone());
            }
            lex.titles_en.push((role.en.to_lowercase(), role.zh.clone()));
        }
        for role in &lexicon.meeting_roles {
            for label in [&role.zh, &role.notation, &role.en] {
                lex.meeting_roles.insert(label.clone(), role.zh.clone());
            }
        }
        let builtin = [
            ("role-verbs.tsv", ROLE_VERBS),
            ("role-verbs-en.tsv", ROLE_VERBS_EN),
            ("org-suffixes.tsv", ORG_SUFFIXES),
            ("noise.tsv", NOISE),
            ("title-modifiers.tsv", TITLE_MODIFIERS),
            ("surnames.tsv", SURNAMES),
            ("cues.tsv", CUES),
            ("title-scope.tsv", TITLE_SCOPE),
            ("places.tsv", PLACES),
            // Before titles-en.tsv, whose English titles may name one of these (`Academician`: 院士, no post).
            ("titles-extra.tsv", TITLES_EXTRA),
            ("titles-en.tsv", TITLES_EN),
        ];
        for (name, text) in builtin {
            lex.add(name, &format!("data/lexicon/{name}"), text)?;
        }
        for (name, path, text) in extra {
            lex.add(name, path, text)?;
        }
        lex.title_max = lex.titles.keys().map(Vec::len).max().unwrap_or(1);
        lex.first_title = lex.titles.keys().filter_map(|k| k.first().copied()).collect();
        lex.first_modifier = lex.modifiers.keys().filter_map(|k| k.first().copied()).collect();
        lex.first_verb = lex
            .verbs
            .iter()
            .filter(|v| !v.roles.is_empty() || v.effect != Effect::None)
            .filter_map(|v| v.head.first().copied())
            .collect();
        lex.first_name_end = lex.name_ends.iter().filter_map(|k| k.first().copied()).collect();
        lex.first_suffix = lex.suffixes.keys().filter_map(|k| k.first().copied()).collect();
        lex.suffix_max = lex.suffixes.keys().map(Vec::len).max().unwrap_or(1);
        lex.modifier_max = lex.modifiers.keys().map(Vec::len).max().unwrap_or(1);
        lex.verbs
            .sort_by_key(|v| std::cmp::Reverse(v.head.len() + v.tail.as_ref().map_or(0, Vec::len)));
        lex.verbs_by_first = HashMap::default();
        for (i, v) in lex.verbs.iter().enumerate() {
            if let Some(&c) = v.head.first() {
                lex.verbs_by_first.entry(c).or_default().push(i);
            }
        }
        lex.openers.sort_by_key(|o| std::cmp::Reverse(o.len()));
        lex.list_tails.sort_by_key(|o| std::cmp::Reverse(o.len()));
        lex.elect_openers.sort_by_key(|o| std::cmp::Reverse(o.len()));
        lex.place_prefixes
            .sort_by_key(|o| std::cmp::Reverse(o.chars().count()));
        lex.pre_roles.sort_by_key(|(o, _)| std::cmp::Reverse(o.len()));
        lex.organizer_words
            .sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        lex.titles_en.sort_by_key(|(en, _)| std::cmp::Reverse(en.len()));
        lex.titles_en_plural = lex
            .titles_en
            .iter()
            .map(|(en, _)| super::english::plural_title(en))
            .collect();
        lex.title_scope
            .sort_by_key(|(p, _)| std::cmp::Reverse(p.chars().count()));
        Ok(lex)
    }

    fn add(&mut self, name: &str, path: &str, text: &str) -> Result<(), LexiconFileError> {
        match name {
            "role-verbs.tsv" | "role-verbs-en.tsv" => {
                let rows = rows(text, path, 2)?;
                // A phrase read before (a built-in one a user's directory lists again) is read the new way.
                let mut known: HashMap<(Vec<char>, Option<Vec<char>>), usize> = self
                    .verbs
                    .iter()
                    .enumerate()
                    .map(|(i, v)| ((v.head.clone(), v.tail.clone()), i))
                    .collect();
                for (line, cols) in &rows.rows {
                    let phrase = cols[0].trim();
                    let (head, tail) = match phrase.split_once('…') {
                        Some((h, t)) => (chars(h), Some(chars(t)).filter(|t| !t.is_empty())),
                        None => (chars(phrase), None),
                    };
                    let mut roles = Vec::new();
                    for role in cols[1]
                        .split(',')
                        .map(str::trim)
                        .filter(|r| !r.is_empty() && *r != "-")
                    {
                        let zh = self.meeting_roles.get(role).ok_or_else(|| {
                            rows.error(
                                *line,
                                format!("'{role}' is not a meeting role of data/lexicon/meeting-roles.tsv"),
                            )
                        })?;
                        roles.push(zh.clone());
                    }
                    let effect = match cols.get(2).map(|s| s.trim()).unwrap_or("") {
                        "" => Effect::None,
                        "report" => Effect::Report,
                        "report-titled" => Effect::ReportTitled,
                        "briefing" => Effect::Briefing,
                        "elected" => Effect::Elected,
                        other => {
                            return Err(rows.error(
                                *line,
                                format!(
                                    "unknown effect '{other}'; expected report, briefing, elected or nothing"
                                ),
                            ));
                        }
                    };
                    let rule = VerbRule {
                        head,
                        tail,
                        roles,
                        effect,
                    };
                    match known.get(&(rule.head.clone(), rule.tail.clone())) {
                        Some(&i) => self.verbs[i] = rule,
                        None => {
                            known.insert((rule.head.clone(), rule.tail.clone()), self.verbs.len());
                            self.verbs.push(rule);
                        }
                    }
                }
            }
            "org-suffixes.tsv" => {
                let rows = rows(text, path, 3)?;
                for (line, cols) in &rows.rows {
                    let unit = match cols[2].trim() {
                        "unit" => true,
                        "formal" => false,
                        other => {
                            return Err(
                                rows.error(*line, format!("level '{other}'; expected formal or unit"))
                            );
                        }
                    };
                    self.suffixes.insert(
                        chars(cols[0]),
                        Suffix {
                            kind: cols[1].trim().to_owned(),
                            unit,
                        },
                    );
                }
            }
            "noise.tsv" => {
                let rows = rows(text, path, 3)?;
                for (line, cols) in &rows.rows {
                    let kind = match cols[0].trim() {
                        "skip" => NoiseKind::Skip,
                        "caption" => NoiseKind::Caption,
                        "stop" => NoiseKind::Stop,
                        other => {
                            return Err(
                                rows.error(*line, format!("kind '{other}'; expected skip, caption or stop"))
                            );
                        }
                    };
                    let pattern = cols[2].to_owned();
                    let pattern = match cols[1].trim() {
                        "prefix" => Pattern::Prefix(pattern),
                        "contains" => Pattern::Contains(pattern),
                        "regex" => Pattern::Regex(
                            Regex::new(&pattern)
                                .map_err(|e| rows.error(*line, format!("bad regular expression: {e}")))?,
                        ),
                        other => {
                            return Err(rows.error(
                                *line,
                                format!("match '{other}'; expected prefix, contains or regex"),
                            ));
                        }
                    };
                    self.noise.push((kind, pattern));
                }
            }
            "title-modifiers.tsv" => {
                let rows = rows(text, path, 2)?;
                for (line, cols) in &rows.rows {
                    let effect = match cols[1].trim() {
                        "former" => Modifier::Former,
                        "keep" => Modifier::Keep,
                        "separator" => Modifier::Separator,
                        other => {
                            return Err(rows.error(
                                *line,
                                format!("effect '{other}'; expected former, keep or separator"),
                            ));
                        }
                    };
                    self.modifiers.insert(chars(cols[0]), effect);
                }
            }
            "surnames.tsv" => {
                let rows = rows(text, path, 1)?;
                for (_, cols) in &rows.rows {
                    self.surnames.insert(chars(cols[0]));
                }
            }
            "cues.tsv" => {
                let rows = rows(text, path, 2)?;
                for (line, cols) in &rows.rows {
                    let word = cols[1].trim();
                    let value = cols.get(2).map_or("", |v| v.trim());
                    match cols[0].trim() {
                        "name-end" => {
                            self.name_ends.insert(chars(word));
                        }
                        "opener" => self.openers.push(chars(word)),
                        "place-abbrev" => {
                            if let Some(c) = word.chars().next() {
                                self.place_abbrev.insert(c, value.to_owned());
                            }
                        }
                        "meeting-noun" => self.meeting_nouns.push(word.to_owned()),
                        "meeting-verb" => self.meeting_verbs.push(word.to_owned()),
                        "weak-meeting-verb" => self.weak_meeting_verbs.push(word.to_owned()),
                        "unit-under" => {
                            self.unit_under.insert(
                                chars(word),
                                value.split(',').map(|k| k.trim().to_owned()).collect(),
                            );
                        }
                        "organizer" => {
                            if !FIELDS.contains(&value) {
                                return Err(rows.error(
                                    *line,
                                    format!(
                                        "organizer field '{value}'; expected one of {}",
                                        FIELDS.join(", ")
                                    ),
                                ));
                            }
                            self.organizer_words.push((chars(word), value.to_owned()));
                        }
                        "stop-char" => self.stop_chars.extend(word.chars()),
                        "name-word" => self.name_words.push(chars(word)),
                        "no-org-start" => self.no_org_start.push(chars(word)),
                        "local-body" => self.local_bodies.push(word.to_owned()),
                        "not-in-name" => self.not_in_name.extend(word.chars()),
                        "word-surname" => {
                            self.word_surnames.insert(chars(word));
                            self.surnames.insert(chars(word));
                        }
                        "conjunction-surname" => {
                            self.conjunction_surnames.insert(chars(word));
                            self.surnames.insert(chars(word));
                        }
                        "minority-name" => self.minority_name_starts.push(chars(word)),
                        "list-tail" => self.list_tails.push(chars(word)),
                        "people-noun" => self.people_nouns.push(chars(word)),
                        "list-name-end" => self.list_name_ends.push(chars(word)),
                        "not-name" => {
                            self.not_names.insert(chars(word));
                        }
                        "abbreviation" => self.abbreviations.push((chars(word), chars(value))),
                        "elect-opener" => self.elect_openers.push(chars(word)),
                        "place-prefix" => self.place_prefixes.push(word.to_owned()),
                        "city" => self.cities.push(word.to_owned()),
                        "pre-role" => {
                            let zh = self.meeting_roles.get(value).ok_or_else(|| {
                                rows.error(
                                    *line,
                                    format!(
                                        "'{value}' is not a meeting role of data/lexicon/meeting-roles.tsv"
                                    ),
                                )
                            })?;
                            self.pre_roles.push((chars(word), zh.clone()));
                        }
                        other => return Err(rows.error(*line, format!("unknown kind '{other}'"))),
                    }
                }
            }
            "places.tsv" => {
                let rows = rows(text, path, 1)?;
                self.places
                    .extend(rows.rows.iter().map(|(_, cols)| cols[0].trim().to_owned()));
            }
            "titles-extra.tsv" => {
                let rows = rows(text, path, 1)?;
                for (_, cols) in &rows.rows {
                    // An empty role: the title is read, no post is recorded.
                    self.titles.entry(chars(cols[0])).or_default();
                }
            }
            "titles-en.tsv" => {
                let rows = rows(text, path, 2)?;
                for (line, cols) in &rows.rows {
                    let zh = cols[1].trim();
                    if !self.titles.contains_key(&chars(zh)) {
                        return Err(rows.error(
                            *line,
                            format!("'{zh}' is not a title of data/lexicon/post-roles.tsv"),
                        ));
                    }
                    self.titles_en
                        .push((cols[0].trim().to_lowercase(), self.titles[&chars(zh)].clone()));
                }
            }
            "title-scope.tsv" => {
                let rows = rows(text, path, 2)?;
                for (_, cols) in &rows.rows {
                    let kinds = cols[1]
                        .split(',')
                        .map(|k| k.trim().to_owned())
                        .filter(|k| !k.is_empty())
                        .collect();
                    self.title_scope.push((cols[0].trim().to_owned(), kinds));
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// The extraction lexicon files a user directory may hold.
pub const FILES: [&str; 11] = [
    "titles-extra.tsv",
    "titles-en.tsv",
    "role-verbs.tsv",
    "role-verbs-en.tsv",
    "org-suffixes.tsv",
    "noise.tsv",
    "title-modifiers.tsv",
    "surnames.tsv",
    "cues.tsv",
    "title-scope.tsv",
    "places.tsv",
];

const FIELDS: [&str; 5] = [
    "organizers",
    "co_organizers",
    "undertakers",
    "guides",
    "supporters",
];

impl Lexicons {
    /// The verb rules whose head starts with `c`, in their order.
    pub fn verbs_starting(&self, c: char) -> impl Iterator<Item = &VerbRule> {
        self.verbs_by_first
            .get(&c)
            .into_iter()
            .flatten()
            .map(|&i| &self.verbs[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A phrase listed twice is read one way only (a user's directory overrides the built-in line), so a repeat in
    /// the built-in files would be dead and misleading (as `作了汇报` was: a statement and a report).
    #[test]
    fn builtin_files_list_each_entry_once() {
        for (name, text) in [
            ("role-verbs.tsv", ROLE_VERBS),
            ("role-verbs-en.tsv", ROLE_VERBS_EN),
            ("org-suffixes.tsv", ORG_SUFFIXES),
            ("cues.tsv", CUES),
        ] {
            // The key: the phrase (the suffix), or for cues.tsv the kind of cue and its word.
            let key_columns = if name == "cues.tsv" { 2 } else { 1 };
            let mut seen = std::collections::HashSet::new();
            for line in text.lines().skip_while(|l| l.starts_with('#')).skip(1) {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let key: Vec<&str> = line.split('\t').take(key_columns).collect();
                assert!(seen.insert(key.clone()), "{name}: {key:?} is listed twice");
            }
        }
    }

    #[test]
    fn builtin_files_load_and_a_directory_extends_them() {
        let lex = Lexicons::new(&Lexicon::builtin());
        assert!(lex.titles.contains_key(&chars("副会长")));
        assert_eq!(lex.suffixes[&chars("协会")].kind, "industry-association");
        assert!(lex.local_bodies.iter().any(|b| b == "政协"));
        assert!(lex.no_org_start.contains(&chars("有关")));
        assert!(lex.name_words.contains(&chars("华为")));
        assert!(
            lex.verbs
                .iter()
                .any(|v| v.head == chars("作") && v.tail == Some(chars("报告")))
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("org-suffixes.tsv"),
            "suffix\tkind\tlevel\n合作社\tcompany\tformal\n",
        )
        .unwrap();
        let lex = Lexicons::with_dir(&Lexicon::builtin(), dir.path()).unwrap();
        assert!(lex.suffixes.contains_key(&chars("合作社")));
        std::fs::write(
            dir.path().join("role-verbs.tsv"),
            "phrase\troles\teffect\n跳舞\t跳舞\t\n",
        )
        .unwrap();
        let err = Lexicons::with_dir(&Lexicon::builtin(), dir.path())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("role-verbs.tsv:2: '跳舞' is not a meeting role"),
            "{err}"
        );
        // A phrase the built-in files read one way is read the way the user's file says.
        std::fs::write(
            dir.path().join("role-verbs.tsv"),
            "phrase\troles\teffect\n作了汇报\t作报告\t\n",
        )
        .unwrap();
        let lex = Lexicons::with_dir(&Lexicon::builtin(), dir.path()).unwrap();
        let readings: Vec<&VerbRule> = lex
            .verbs_starting('作')
            .filter(|v| v.head == chars("作了汇报"))
            .collect();
        assert_eq!(readings.len(), 1);
        assert_eq!(readings[0].roles, ["作报告"]);
    }
}
