//! Extraction: from the text of a news report about a meeting to reviewable records.
//!
//! Industry associations publish a report for nearly every meeting, in a formulaic genre: a headline, a sentence
//! saying who organized which meeting when and where, then who attended, spoke, chaired and reported, each
//! person introduced by organization and titles. The extractor reads that structure (organization suffixes,
//! titles, role verbs, all of them data files in `data/lexicon/`) rather than guessing at words, and drafts the
//! records an analyst reviews: organizations, people and their posts, the meeting with its participants and
//! reports, and the report itself as the one source. Every fact carries the sentence it was read from and where
//! that sentence stands in the original text. Precision comes first: what it cannot read with confidence, it
//! leaves out.

mod english;
mod lexicons;
mod meeting;
mod mentions;
mod published;
mod roles;
mod score;
mod sentences;

pub use lexicons::{FILES as LEXICON_FILES, LexiconFileError};
pub(crate) use published::line_date;
pub use published::page_published;
pub use score::{Score, Scores, differences, score};

use crate::chinese;
use crate::lexicon::Lexicon;
use crate::normalize::{Normalized, normalize};
use crate::records::{
    Dataset, Evidence, Meeting, Organization, Participant, Person, PostHeld, Report, Source,
};
use lexicons::Lexicons;
use mentions::{Mention, PostMention};
use std::ops::Range;
use std::path::Path;

/// What the caller knows about the report besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtractOptions {
    /// The id of the source record (also used by records to cite it).
    pub source_id: String,
    /// The headline, when known (the source's title); otherwise it is read from the text.
    pub title: Option<String>,
    /// The title a saved page gives itself (its `<title>`), which may carry the site's name beside the headline:
    /// the line of the text that reads it, or a part of it, is the headline, and the site's menus above it are no
    /// part of the report.
    pub page_title: Option<String>,
    /// The local file the text comes from.
    pub file: Option<String>,
    /// Where the report was published.
    pub url: Option<String>,
    /// The publication date, `YYYY-MM-DD`; gives the meeting's year when the text omits it.
    pub published: Option<String>,
    /// When the extraction ran (RFC 3339).
    pub extracted_at: Option<String>,
    /// The tool and version that ran it.
    pub tool: Option<String>,
}

/// The drafted records and what the extractor wants the user to know.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// The records: one source, and the organizations, people and meeting read from it.
    pub dataset: Dataset,
    /// Notices: no meeting found, facts left out, and similar.
    pub notices: Vec<String>,
}

/// Errors setting up an extractor.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExtractError {
    /// An extraction lexicon file is unreadable or malformed.
    #[error(transparent)]
    Lexicon(#[from] LexiconFileError),
}

/// Reads reports into records; build it once and use it for many reports.
#[derive(Debug, Clone)]
pub struct Extractor {
    lex: Lexicons,
}

impl Extractor {
    /// An extractor with the built-in extraction lexicons and the post titles of `lexicon`.
    pub fn new(lexicon: &Lexicon) -> Self {
        Self {
            lex: Lexicons::new(lexicon),
        }
    }

    /// An extractor whose lexicons are extended by the files found in `dir` (see [`LEXICON_FILES`]).
    pub fn with_lexicon_dir(lexicon: &Lexicon, dir: &Path) -> Result<Self, ExtractError> {
        Ok(Self {
            lex: Lexicons::with_dir(lexicon, dir)?,
        })
    }

    /// Extracts the records of one report from its text as published. Without a publication date in `opts`, the
    /// one the page states in its information line (`发布时间：2025-02-21`) is taken, see [`page_published`].
    pub fn extract(&self, original: &str, opts: &ExtractOptions) -> Extraction {
        let with_page_date;
        let opts = match opts
            .published
            .is_none()
            .then(|| page_published(original))
            .flatten()
        {
            Some(date) => {
                with_page_date = ExtractOptions {
                    published: Some(date),
                    ..opts.clone()
                };
                &with_page_date
            }
            None => opts,
        };
        let norm = normalize(original);
        let t: Vec<char> = norm.text.chars().collect();
        let mut doc = Doc {
            lex: &self.lex,
            t,
            unmended: None,
            norm,
            orgs: Vec::new(),
            people: Vec::new(),
            participations: Vec::new(),
            reports: Vec::new(),
            org_roles: Default::default(),
            orig: Vec::new(),
            org_index: Default::default(),
            host: None,
            founded: None,
            meeting_bodies: Vec::new(),
            organizers: Vec::new(),
            elected_org: None,
            site_owner: None,
            title_orgs: Vec::new(),
            speech_givers: (std::collections::HashSet::new(), 0),
            said: Vec::new(),
            township: None,
            honour_ends: Vec::new(),
        };
        doc.orig = doc.norm.original_text.chars().collect();
        doc.township = mentions::township(&doc.t);
        doc.honour_ends = mentions::honour_ends(&doc.t);
        let mut notices = Vec::new();
        let title_parts = opts
            .page_title
            .as_deref()
            .map(sentences::title_parts)
            .unwrap_or_default();
        let sentences = sentences::sentences(&doc.t, &self.lex, &title_parts);
        let headline = sentences
            .iter()
            .find(|s| s.kind == sentences::LineKind::Headline)
            .map(|s| doc.text(s.range.clone()));
        let english = doc.is_english();
        let meeting = if english {
            doc.read_english(&sentences, opts)
        } else {
            doc.define_abbreviations();
            doc.register_site_owner();
            if doc.site_owner.is_none() {
                doc.register_title_owner(&title_parts);
            }
            if doc.site_owner.is_none() {
                doc.register_source_owner();
            }
            let meeting = doc.read_meeting(&sentences, opts);
            if let Some(m) = &meeting {
                let organizers: Vec<usize> = m
                    .organizers
                    .iter()
                    .filter(|(field, _)| field == "organizers")
                    .map(|(_, o)| *o)
                    .collect();
                match organizers.as_slice() {
                    [o] => doc.host = Some(*o),
                    [] => doc.host = m.founds,
                    _ => {}
                }
                doc.organizers = if organizers.is_empty() {
                    m.parties.clone()
                } else {
                    organizers
                };
                doc.meeting_bodies = m.organizers.iter().map(|(_, o)| *o).collect();
                doc.founded = m.founds;
                doc.read_sentences(&sentences);
                doc.said_after_attending(&sentences, m);
                doc.register_signing_parties(&sentences);
            }
            // `协会开展会员满意度调查活动` names an activity; without anybody taking part in it, it is no meeting.
            meeting.filter(|m| !m.weak || !doc.participations.is_empty() || !doc.reports.is_empty())
        };
        let Some(meeting) = meeting else {
            notices.push(format!(
                "{}: no meeting found (no sentence says that a meeting was held, convened or organized); no records drafted",
                display_id(opts)
            ));
            return Extraction {
                dataset: Dataset::default(),
                notices,
            };
        };
        let source = Source {
            id: opts.source_id.clone(),
            title: opts.title.clone().or(headline),
            url: opts.url.clone(),
            published: opts.published.clone(),
            publisher: None,
            file: opts.file.clone(),
            extracted: opts.extracted_at.clone(),
            extractor: opts.tool.clone(),
        };
        let mut meeting = meeting;
        doc.fold_short_forms(&mut meeting);
        doc.one_participation_per_meeting(&meeting);
        doc.drop_less_specific_posts();
        doc.qualify_local_bodies();
        let dataset = doc.assemble(source, meeting, &mut notices);
        Extraction { dataset, notices }
    }
}

/// A name without the party's before it: `中共宁波市委统战部` is of 宁波市.
pub(crate) fn without_party(name: &str) -> &str {
    name.strip_prefix("中共").unwrap_or(name)
}

/// A party committee of a province, city, county or district (`福鼎市委`, `江苏省委`), or an organization's (`…党委`).
pub(crate) fn is_party_committee(name: &str) -> bool {
    // (Not the Youth League's: `共青团绍兴市委副书记`.)
    !name.starts_with("共青团")
        && ["省委", "市委", "县委", "区委", "州委", "党委"]
            .iter()
            .any(|w| name.ends_with(w))
}

/// Words after an organization's name that make it the name of its website (`南京工业大学新闻网`).
/// The panels an appraisal or a review forms for the meeting (`鉴定委员会主任委员`, `评审专家组`): no organization
/// of the report.
pub(crate) const PANELS: [&str; 10] = [
    "鉴定委员会",
    "评价委员会",
    "评审委员会",
    "验收委员会",
    "审查委员会",
    "专家组",
    "鉴定专家组",
    "评价专家组",
    "评审专家组",
    "审查专家组",
];

const SITE_WORDS: [&str; 7] = ["官方网站", "门户网站", "新闻网", "新闻中心", "网站", "官网", "网"];

impl Extraction {
    /// The invariants the fuzz target and its plain-test twin check on any bytes: they either fail to decode, or
    /// normalize to text aligned character for character with the original, and extract (without a panic) to
    /// facts whose evidence points into that text. Names what is wrong.
    pub fn check_invariants(extractor: &Extractor, bytes: &[u8]) -> Result<(), String> {
        let Ok(text) = crate::normalize::decode(bytes) else {
            return Ok(());
        };
        let normalized = crate::normalize::normalize(&text);
        if normalized.text.chars().count() != normalized.original_text.chars().count() {
            return Err("the normalized text and the original text are not aligned".into());
        }
        let opts = ExtractOptions {
            source_id: "fuzz".into(),
            published: Some("2025-01-01".into()),
            ..ExtractOptions::default()
        };
        extractor
            .extract(&text, &opts)
            .check_evidence(&text)
            .map_err(|e| format!("{e}\ninput: {text:?}"))
    }

    /// Checks that every fact carries evidence whose span lies inside `original` (the text given to
    /// [`Extractor::extract`]) and whose text is the normalized form of that span (letters, digits and Chinese
    /// characters compared; punctuation and spaces aside); names what is wrong.
    pub fn check_evidence(&self, original: &str) -> Result<(), String> {
        let chars: Vec<char> = original.chars().collect();
        let check = |e: &Option<Evidence>, what: &dyn Fn() -> String| -> Result<(), String> {
            let e = e.as_ref().ok_or_else(|| format!("{} has no evidence", what()))?;
            let (Some(start), Some(end)) = (e.start, e.end) else {
                return Err(format!("{} has evidence without a span", what()));
            };
            if start >= end || end > chars.len() {
                return Err(format!(
                    "{}: span {start}..{end} is outside the text ({} characters)",
                    what(),
                    chars.len()
                ));
            }
            let cut: String = chars[start..end].iter().collect();
            // Punctuation is normalized by its context (`(` after Chinese becomes `（`), which a cut span
            // lacks at its edges: compare letters, digits and characters only.
            let strip = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
            if strip(&normalize(&cut).text) != strip(&e.text) {
                return Err(format!(
                    "{}: evidence '{}' is not the text of its span",
                    what(),
                    e.text
                ));
            }
            Ok(())
        };
        let d = &self.dataset;
        for o in &d.organizations {
            check(&o.evidence, &|| format!("organization {}", o.name))?;
        }
        for p in &d.people {
            for post in &p.posts {
                check(&post.evidence, &|| format!("post {} of {}", post.role, p.name))?;
            }
        }
        for m in &d.meetings {
            check(&m.evidence, &|| format!("meeting {}", m.name))?;
            for p in &m.participants {
                check(&p.evidence, &|| format!("participant {}", p.who))?;
            }
            for r in &m.reports {
                check(&r.evidence, &|| format!("report {}", r.title))?;
            }
        }
        Ok(())
    }
}

fn display_id(opts: &ExtractOptions) -> &str {
    opts.file.as_deref().unwrap_or(&opts.source_id)
}

/// An organization as registered while reading.
#[derive(Debug, Clone)]
pub(crate) struct OrgRec {
    pub name: String,
    pub original: String,
    pub en: Option<String>,
    pub kind: String,
    pub unit: bool,
    pub parent: Option<usize>,
    pub aliases: Vec<String>,
    pub evidence: Range<usize>,
}

/// A person as registered while reading.
#[derive(Debug, Clone)]
pub(crate) struct PersonRec {
    pub name: String,
    pub original: String,
    pub english: bool,
    pub posts: Vec<PostRec>,
    pub top_org: Option<usize>,
    pub title: Option<String>,
}

/// A post read for a person.
#[derive(Debug, Clone)]
pub(crate) struct PostRec {
    /// `None`: the meeting's organizer (a post taken up by election with no organization named).
    pub org: Option<usize>,
    pub role: String,
    pub title: Option<String>,
    pub evidence: Range<usize>,
}

/// Who takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Who {
    Person(usize),
    Org(usize),
}

/// A part in the meeting.
#[derive(Debug, Clone)]
pub(crate) struct Participation {
    pub who: Who,
    pub roles: Vec<String>,
    pub on_behalf_of: Option<usize>,
    pub title: Option<String>,
    pub evidence: Range<usize>,
}

/// A report or briefing.
#[derive(Debug, Clone)]
pub(crate) struct ReportRec {
    pub title: Range<usize>,
    pub author: Option<usize>,
    pub kind: &'static str,
    pub evidence: Range<usize>,
}

/// The meeting as read.
#[derive(Debug, Clone, Default)]
pub(crate) struct MeetingRec {
    pub name: String,
    pub original: String,
    pub en: Option<String>,
    pub date: Option<String>,
    pub end_date: Option<String>,
    pub place: Option<String>,
    /// (field, organization).
    pub organizers: Vec<(String, usize)>,
    pub topics: Vec<String>,
    pub attendance: Option<String>,
    pub attendance_count: Option<u32>,
    pub evidence: Range<usize>,
    /// Only weak signs say that the meeting took place (a weak meeting verb, a headline ending in a meeting
    /// noun): it is kept only when someone is read taking part in it.
    pub weak: bool,
    /// The organization a founding meeting founds when it holds the meeting itself (`…联盟成立大会` with no
    /// organizer) or is a unit of an organizer (`…专业委员会成立大会`): the posts its elections give without an
    /// organization are its.
    pub founds: Option<usize>,
    /// The parties whose agreement the meeting signs, named at the head of its name (`甲大学与乙集团战略合作协议签约
    /// 仪式`): not its organizers, but the bodies a title written alone may belong to.
    pub parties: Vec<usize>,
    /// The meetings the page reports after this one (`当日下午，…会员大会在同一会场举行`), in order: each holds the
    /// participations and reports read from its sentence on.
    pub then: Vec<MeetingRec>,
}

impl MeetingRec {
    /// The meeting's organizer when its `organizers` field names exactly one.
    pub(crate) fn sole_organizer(&self) -> Option<usize> {
        let mut organizers = self.organizers.iter().filter(|(f, _)| f == "organizers");
        match (organizers.next(), organizers.next()) {
            (Some((_, o)), None) => Some(*o),
            _ => None,
        }
    }

    /// Which of the page's meetings (0 for this one, 1 for the first of [`Self::then`], …) the text at `at` is
    /// about.
    pub(crate) fn index_at(&self, at: usize) -> usize {
        self.then.iter().filter(|m| m.evidence.start <= at).count()
    }
}

/// One report being read: its normalized text and everything registered so far.
pub(crate) struct Doc<'a> {
    pub lex: &'a Lexicons,
    pub t: Vec<char>,
    /// The text as normalized, when `t` was mended for reading (`SITU Hui` read as `Situ Hui`): what evidence
    /// quotes.
    pub unmended: Option<Vec<char>>,
    pub norm: Normalized,
    pub orgs: Vec<OrgRec>,
    pub people: Vec<PersonRec>,
    pub participations: Vec<Participation>,
    pub reports: Vec<ReportRec>,
    /// (organization, role) pairs already recorded, so an organization listed twice takes part once.
    pub org_roles: std::collections::HashSet<(usize, String)>,
    /// The characters of `norm.original_text`, for cutting `original` labels.
    pub orig: Vec<char>,
    /// Registered organizations by name and alias.
    pub org_index: lexicons::HashMap<Vec<char>, usize>,
    /// The organization an election written in the report named last (`当选为分会会长`): posts elected after it
    /// without an organization (`…等7人当选为副会长`) are in the same one. `Some(None)`: it named one that is not
    /// known (`为协会会长` where no association is), and the posts after it are left out with it.
    pub elected_org: Option<Option<usize>>,
    /// The meeting's single organizer (or the organization a founding meeting founds), whose titles a person
    /// named with a title alone may hold.
    pub host: Option<usize>,
    /// The organization a founding meeting founds (`…分会成立大会`), whose officers a list of them gives.
    pub founded: Option<usize>,
    /// Every organizer of the meeting (its `organizers` field).
    pub organizers: Vec<usize>,
    /// The bodies of every organizer field of the meeting (organizers, undertakers, guides…).
    pub meeting_bodies: Vec<usize>,
    /// The organization whose site the page is from, when its first line is that organization's name alone
    /// (`河南省工业和信息化厅`): what the page's short references (`厅党组成员`, `省国资委`) stand for.
    pub site_owner: Option<usize>,
    /// Organizations of titles that record no post (`一级调研员`, `高级工程师`) held by people who take part, and
    /// those a panel's experts come from (`由A、B等单位的11位专家组成`): kept in the records as where those people
    /// are from.
    pub title_orgs: Vec<usize>,
    /// The people who gave a speech (讲话 or 致辞), as found in `participations` up to `.1`: what they go on to
    /// say is that speech.
    pub speech_givers: (std::collections::HashSet<usize>, usize),
    /// The one township the page names (`芝英镇`), which its `镇党委` and `镇政府` are of.
    pub township: Option<String>,
    /// Where the honours the page writes end (`中国陶瓷艺术大师`), sorted.
    pub honour_ends: Vec<usize>,
    /// English pages: the statements (发言) of people said to have said something (`X, president of Y, said …`)
    /// where no role verb named what they did, kept for those who have no other part in the meeting.
    pub said: Vec<Participation>,
}

impl Doc<'_> {
    /// True when the report is written in English (see [`sentences::written_in_english`]).
    fn is_english(&self) -> bool {
        sentences::written_in_english(&self.t)
    }

    /// Registers an organization read from the text (or finds it: by name, alias, or as a clear short form of
    /// one registered before, such as 有色协会 for 中国有色金属工业协会).
    pub(crate) fn register_org(
        &mut self,
        piece: &mentions::OrgPiece,
        parent: Option<usize>,
        evidence: Range<usize>,
    ) -> usize {
        let name = piece
            .name
            .clone()
            .unwrap_or_else(|| self.text(piece.range.clone()));
        // A name the text does not write whole has the written form as an alias when it is the name's end
        // (`市工商联` for `临沂市工商联`), but not otherwise (`无锡市` for `无锡市工业和信息化局`).
        let written = self.text(piece.written.clone());
        let written = if piece.name.is_some() && !name.ends_with(&written) {
            name.clone()
        } else {
            written
        };
        let found = piece
            .known
            .filter(|&k| !self.orgs[k].unit || parent.is_none() || self.orgs[k].parent == parent)
            .or_else(|| {
                self.orgs.iter().position(|o| {
                    (o.name == name || o.aliases.contains(&name))
                        && (!o.unit || o.parent == parent || parent.is_none())
                })
            });
        let found = found.or_else(|| {
            if piece.unit {
                None
            } else {
                self.short_form_of(&name)
            }
        });
        let idx = match found {
            Some(idx) => {
                if self.may_be_alias(&name)
                    && self.orgs[idx].name != name
                    && !self.orgs[idx].aliases.contains(&name)
                {
                    self.orgs[idx].aliases.push(name.clone());
                }
                // The site's owner read from the footer first: its evidence is where the text names it first.
                if self.orgs[idx].name == name && self.orgs[idx].evidence.start > evidence.start {
                    self.orgs[idx].original = self.original_slice(piece.range.clone());
                    self.orgs[idx].evidence = evidence.clone();
                }
                idx
            }
            None => {
                let original = match &piece.name {
                    Some(name) => name.clone(),
                    None => self.original_slice(piece.range.clone()),
                };
                self.orgs.push(OrgRec {
                    name: name.clone(),
                    original,
                    en: None,
                    kind: piece.kind.clone(),
                    unit: piece.unit,
                    parent: if piece.unit { parent } else { None },
                    aliases: Vec::new(),
                    evidence,
                });
                self.orgs.len() - 1
            }
        };
        let new_aliases: Vec<String> = piece
            .alias
            .iter()
            .chain(std::iter::once(&written))
            .filter(|a| self.may_be_alias(a))
            .cloned()
            .collect();
        let org = &mut self.orgs[idx];
        for alias in &new_aliases {
            if *alias != org.name && !org.aliases.contains(alias) {
                org.aliases.push(alias.clone());
            }
        }
        for name in std::iter::once(&org.name).chain(&org.aliases) {
            self.org_index.entry(name.chars().collect()).or_insert(idx);
        }
        idx
    }

    /// The one registered organization that `name` is a short form of: same last word, its characters in
    /// order within the full name.
    pub(crate) fn short_form_of(&self, name: &str) -> Option<usize> {
        self.full_name_of(&name.chars().collect::<Vec<_>>(), 0..self.orgs.len())
    }

    /// The organization among `candidates` that `short` shortens; when several do, the one nearest to it in
    /// length (中国有色协会 is 中国有色金属工业协会 rather than 中国有色金属加工工业协会), if only one is.
    fn full_name_of(&self, short: &[char], candidates: Range<usize>) -> Option<usize> {
        let mut fulls: Vec<(usize, usize)> = candidates
            .filter(|&o| self.shortens(short, o))
            .map(|o| (self.orgs[o].name.chars().count(), o))
            .collect();
        fulls.sort_unstable();
        match fulls.as_slice() {
            [(_, o)] => Some(*o),
            [(a, o), (b, _), ..] if a < b => Some(*o),
            // (`市工信局` where `德州市工业和信息化局` holds the meeting and `禹城市工业和信息化局` undertakes it: the
            // host's, or the site's owner's.)
            [(shortest, _), ..] => [self.host, self.site_owner]
                .into_iter()
                .flatten()
                .find(|h| fulls.iter().any(|(n, o)| n == shortest && o == h)),
            [] => None,
        }
    }

    /// True when a name an organization was found or written by may be its alias: not a bare kind word (`协会`, `the
    /// association`), not the page's word for itself (`我会`), not one character (`校`), not the name with its
    /// alias in parentheses (`会员部（贸易物流部）` is both names, not a third).
    fn may_be_alias(&self, name: &str) -> bool {
        let generic = self.lex.suffixes.contains_key(&name.chars().collect::<Vec<_>>())
            || name.chars().all(|c| c.is_ascii_lowercase())
            || mentions::self_reference_ends(name).is_some();
        !generic && !name.contains('（') && name.chars().count() >= 2
    }

    /// True when `short` is a clear short form of organization `full`: same last word, its characters in order
    /// within the full name, at most four fifths of its length. 有色协会, 中国有色协会 and 中国有色工业协会 for
    /// 中国有色金属工业协会; 省工业和信息化厅 for 江苏省工业和信息化厅. A short form of three characters must
    /// also start like the full name.
    fn shortens(&self, short: &[char], full: usize) -> bool {
        let o = &self.orgs[full];
        // A university is written in full: `武汉大学` is no short form of `武汉理工大学`; nor does a short form
        // keep a company's registered form: `中车株洲电力机车有限公司` is a company of its own beside `中车株洲电力机车
        // 研究所有限公司`.
        if short.len() < 3 || o.unit || o.kind == "university" || short.ends_with(&['有', '限', '公', '司'])
        {
            return false;
        }
        // `省国资委` for `青海省人民政府国有资产监督管理委员会`: a standard abbreviation written out first.
        let expanded: Vec<char>;
        let abbreviation = self.lex.abbreviations.iter().find(|(a, _)| short.ends_with(a));
        let abbreviated = abbreviation.is_some();
        let short = match abbreviation {
            Some((a, full_form)) => {
                expanded = short[..short.len() - a.len()]
                    .iter()
                    .chain(full_form.iter())
                    .copied()
                    .collect();
                &expanded[..]
            }
            None => short,
        };
        let Some(suffix_len) = (1..=self.lex.suffix_max.min(short.len() - 1))
            .rev()
            .find(|&l| self.lex.suffixes.contains_key(&short[short.len() - l..]))
        else {
            return false;
        };
        let mut full: Vec<char> = o.name.chars().collect();
        let written_len = full.len();
        // `安钢集团` for `安阳钢铁集团有限责任公司`: a group's short form drops the company form after 集团.
        if short.ends_with(&['集', '团']) {
            for form in ["有限责任公司", "股份有限公司", "有限公司"] {
                let form: Vec<char> = form.chars().collect();
                if full.ends_with(&form) && full[..full.len() - form.len()].ends_with(&['集', '团']) {
                    full.truncate(full.len() - form.len());
                    break;
                }
            }
        }
        // A name nearly as long as the other is a body of its own: 中国有色金属工业协会 is no short form of
        // 中国有色金属加工工业协会. Without its province (`省有色金属工业协会`), a name is a short form however long.
        let provincial = matches!(short[0], '省' | '市' | '县' | '区') && full.ends_with(short);
        // `江苏省工信厅` for `江苏省工业和信息化厅`: the whole name with its standard abbreviation.
        if abbreviated && full == short {
            return true;
        }
        // A short form keeps the first word after the place it keeps: 中国食品工业协会 is a body of its own, no
        // short form of 中国焙烤食品糖制品工业协会.
        // (A standard abbreviation written out may leave out 人民政府: `云南省国资委`.)
        let kept = short.iter().zip(&full).take_while(|(a, b)| a == b).count();
        if !abbreviated && kept >= 2 && kept < short.len() {
            let place: String = short[..kept].iter().collect();
            // (`汕头市市场监督管理局` is no short form of `汕头市澄海区市场监督管理局`: a city of the places lexicon with
            // its level.)
            let city = place
                .strip_suffix(['市', '县', '区', '省'])
                .is_some_and(|p| self.lex.places.contains(p));
            if place == "中国" || place == "全国" || self.lex.place_prefixes.contains(&place) || city {
                return false;
            }
        }
        // `进出口银行浙江省分行` for `中国进出口银行浙江省分行`: the name without the country before it.
        let national = full.starts_with(&['中', '国']) && full[2..] == *short;
        // (`鞍钢集团` for `鞍钢集团有限公司`: the company form dropped counts in the length.)
        (short.len() * 5 <= written_len * 4 || provincial || national)
            && full.ends_with(&short[short.len() - suffix_len..])
            && is_subsequence(short, &full)
            && (short.len() >= 4 || full[0] == short[0])
    }

    /// `省应急管理厅` on a page whose provincial bodies all belong to one province (`湖北省经济和信息化厅`, `湖北省
    /// 化工行业协会`) is that province's: named in full (a standard abbreviation written out), the short form kept
    /// as an alias. Likewise `自治区…` on a page of one autonomous region, and `市中小企业发展服务中心` on the site
    /// of a city's body (`宜春市工业和信息化局`) whose bodies of a city all belong to that city.
    fn qualify_local_bodies(&mut self) {
        let provinces: Vec<String> = self
            .provinces()
            .filter(|p| self.orgs.iter().any(|o| o.name.starts_with(p)))
            .map(str::to_owned)
            .collect();
        // On a provincial body's own site, `省…` is its province's, whatever other provinces the page names.
        let own = self.own_province();
        if let Some(province) = own.as_ref().or(match provinces.as_slice() {
            [one] => Some(one),
            _ => None,
        }) {
            let province = province.clone();
            self.qualify(province_word(&province), &province, true);
        }
        // A city: two or three characters before `市` opening the name of a body that is no unit.
        let mut cities: Vec<String> = self
            .orgs
            .iter()
            .filter(|o| !o.unit)
            .filter_map(|o| {
                let chars: Vec<char> = without_party(&o.name).chars().collect();
                let k = (2..=3).find(|&k| chars.get(k) == Some(&'市'))?;
                // `…市场…` is no city.
                (k + 3 <= chars.len()
                    && chars.get(k + 1) != Some(&'场')
                    && chars[..k].iter().all(|&c| crate::chinese::is_han(c)))
                .then(|| chars[..=k].iter().collect::<String>())
            })
            .collect();
        cities.sort();
        cities.dedup();
        // … and the page is that city's own (its owner is one of its bodies): another city's association on a
        // page is no sign whose `市经信局` it names.
        if let [city] = cities.as_slice()
            && self
                .site_owner
                .is_some_and(|o| without_party(&self.orgs[o].name).starts_with(city.as_str()))
        {
            let city = city.clone();
            self.qualify("市", &city, false);
        }
    }

    /// The full names of provinces (`湖北省`) and autonomous regions (`内蒙古自治区`).
    fn provinces(&self) -> impl Iterator<Item = &str> {
        const REGIONS: [&str; 5] = [
            "内蒙古自治区",
            "广西壮族自治区",
            "西藏自治区",
            "宁夏回族自治区",
            "新疆维吾尔自治区",
        ];
        self.lex
            .place_prefixes
            .iter()
            .map(String::as_str)
            .filter(|p| p.ends_with('省') && p.chars().count() >= 3)
            .chain(REGIONS)
    }

    /// The province of the page's owner, when the owner is a provincial body (`贵州省工业和信息化厅`).
    fn own_province(&self) -> Option<String> {
        let owner = &self.orgs[self.site_owner?].name;
        self.provinces().find(|p| owner.starts_with(p)).map(str::to_owned)
    }

    /// `省工业和信息化厅` on the site of `贵州省工业和信息化厅`, where another province's department is named too:
    /// the owner's province's body of that name, when it is registered.
    fn own_provincial_body(&self, i: usize) -> Option<usize> {
        let o = &self.orgs[i];
        if o.unit {
            return None;
        }
        let province = self.own_province()?;
        let full = format!("{province}{}", o.name.strip_prefix(province_word(&province))?);
        self.orgs.iter().position(|x| x.name == full)
    }

    /// Names the bodies whose names open with `short` (`省`, `市`) in full with `full` (`湖北省`) before them;
    /// only government bodies when `government_only`.
    fn qualify(&mut self, short: &str, full_prefix: &str, government_only: bool) {
        for i in 0..self.orgs.len() {
            let o = &self.orgs[i];
            if o.unit || (government_only && o.kind != "government-body") || !o.name.starts_with(short) {
                continue;
            }
            // `省发展改革委` is named as the body names itself: `…省发展和改革委员会`; `省政府` as `…省人民政府`.
            let written = &o.name[short.len()..];
            let rest = match self.lex.abbreviations.iter().find_map(|(a, full)| {
                let a: String = a.iter().collect();
                written.strip_suffix(a.as_str()).map(|stem| (stem, full))
            }) {
                Some((stem, full)) => format!("{stem}{}", full.iter().collect::<String>()),
                None if written.chars().count() >= 3 => written.to_owned(),
                None => continue,
            };
            let full = format!("{full_prefix}{rest}");
            if self
                .orgs
                .iter()
                .any(|x| x.name == full || x.aliases.contains(&full))
            {
                continue;
            }
            let short = std::mem::replace(&mut self.orgs[i].name, full);
            if !self.orgs[i].aliases.contains(&short) {
                self.orgs[i].aliases.push(short);
            }
        }
    }

    /// A post read once in an organization (`南方科技大学覃立群教授`, a subtitle) and once in one of its units
    /// (`南方科技大学机械与能源工程系教授覃立群`) is the unit's: the vaguer one goes.
    fn drop_less_specific_posts(&mut self) {
        let orgs = &self.orgs;
        let under = |unit: usize, org: usize| {
            let mut o = orgs[unit].parent;
            for _ in 0..8 {
                match o {
                    Some(p) if p == org => return true,
                    Some(p) => o = orgs[p].parent,
                    None => return false,
                }
            }
            false
        };
        for p in &mut self.people {
            let posts = p.posts.clone();
            p.posts.retain(|post| {
                !posts.iter().any(|q| {
                    q.role == post.role
                        && matches!((q.org, post.org), (Some(u), Some(o)) if u != o && under(u, o))
                })
            });
        }
    }

    /// The one registered unit whose name `name` writes with a standard abbreviation of its last words
    /// (`改性塑料专委会` for `改性塑料专业委员会`).
    pub(crate) fn unit_by_short_name(&self, name: &str) -> Option<usize> {
        self.unit_expanding(name, None, None)
    }

    /// The one unit (other than `except`, under `parent` when given) whose name is `name` with a standard
    /// abbreviation of its last words written out (`改性塑料专委会` → `改性塑料专业委员会`), or else whose name
    /// holds that in order (`改性专委会`).
    fn unit_expanding(&self, name: &str, parent: Option<usize>, except: Option<usize>) -> Option<usize> {
        let name: Vec<char> = name.chars().collect();
        let (a, full) = self
            .lex
            .abbreviations
            .iter()
            .find(|(a, _)| name.ends_with(a) && name.len() > a.len())?;
        let expanded: Vec<char> = name[..name.len() - a.len()]
            .iter()
            .chain(full.iter())
            .copied()
            .collect();
        let units = || {
            (0..self.orgs.len()).filter(|&j| {
                Some(j) != except && self.orgs[j].unit && (parent.is_none() || self.orgs[j].parent == parent)
            })
        };
        let one = |found: Vec<usize>| match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        let exact: Vec<usize> = units()
            .filter(|&j| self.orgs[j].name.chars().eq(expanded.iter().copied()))
            .collect();
        if !exact.is_empty() {
            return one(exact);
        }
        // `改性专委会` for `改性塑料专业委员会`: words left out of the middle too, the first two kept.
        let head = &expanded[..2.min(expanded.len())];
        one(units()
            .filter(|&j| {
                let unit: Vec<char> = self.orgs[j].name.chars().collect();
                unit.starts_with(head) && is_subsequence(&expanded, &unit)
            })
            .collect())
    }

    /// The unit that unit `i` names by a standard abbreviation of its last words (`储能专委会` for the
    /// `储能专业委员会` of the same organization, `标委会` for a `…标准化技术委员会`) or by its last words alone
    /// (`产业学院` for the `现代煤化工产业学院` of the same university).
    fn unit_short_form(&self, i: usize) -> Option<usize> {
        let short = &self.orgs[i];
        // `改性塑料专委会` read with no parent: the one unit of that full name, whatever its parent.
        let expanded = short
            .unit
            .then(|| self.unit_expanding(&short.name, short.parent, Some(i)))
            .flatten();
        expanded.or_else(|| {
            // `产业学院召开…` after `宁夏大学现代煤化工产业学院` (read as a unit or not): the end of the one unit
            // (of the same parent, when it has one) whose name ends so.
            let found: Vec<usize> = (0..self.orgs.len())
                .filter(|&j| {
                    j != i
                        && self.orgs[j].unit
                        && (short.parent.is_none() || self.orgs[j].parent == short.parent)
                        && self.orgs[j].name.len() > short.name.len()
                        && self.orgs[j].name.ends_with(&short.name)
                })
                .collect();
            match found.as_slice() {
                [one] if short.name.chars().count() >= 3 => Some(*one),
                _ => None,
            }
        })
    }

    /// A role read twice for the same person or organization at the same meeting of the page is stated once, from
    /// the first sentence that gives it (`王健出席会议并讲话。…王健出席会议`: one participation). A later sentence
    /// that adds a role keeps its own participation, with that role alone, so that each role keeps its evidence;
    /// roles read from one sentence share one participation.
    fn one_participation_per_meeting(&mut self, meeting: &MeetingRec) {
        let mut parts: Vec<Participation> = Vec::new();
        for mut part in std::mem::take(&mut self.participations) {
            let at = meeting.index_at(part.evidence.start);
            let earlier = |q: &Participation| q.who == part.who && meeting.index_at(q.evidence.start) == at;
            let stated: Vec<String> = parts
                .iter()
                .filter(|q| earlier(q))
                .flat_map(|q| q.roles.clone())
                .collect();
            part.roles.retain(|r| !stated.contains(r));
            // Roles read apart in one sentence (`…等企业负责人参加座谈并发言`) are one participation.
            let same_sentence = parts.iter_mut().find(|q| {
                q.who == part.who
                    && q.evidence == part.evidence
                    && q.on_behalf_of == part.on_behalf_of
                    && q.title == part.title
            });
            match same_sentence {
                Some(q) => q.roles.append(&mut part.roles),
                None if !part.roles.is_empty() => parts.push(part),
                None => {}
            }
        }
        self.participations = parts;
    }

    /// A short form read before the full name (`中国有色协会` in the headline, `中国有色金属工业协会` in the body)
    /// was registered as an organization of its own: folds it into the one full name it shortens, and its units
    /// into the full name's units of the same name, so that the records hold each organization once.
    fn fold_short_forms(&mut self, meeting: &mut MeetingRec) {
        let n = self.orgs.len();
        let mut to: Vec<usize> = (0..n)
            .map(|i| {
                let short: Vec<char> = self.orgs[i].name.chars().collect();
                // … or after it (`安阳钢铁集团有限责任公司…，安钢集团党委副书记`), when no full name follows.
                self.full_name_of(&short, i + 1..n)
                    .or_else(|| {
                        (!self.orgs[i].unit)
                            .then(|| self.full_name_of(&short, 0..i))
                            .flatten()
                    })
                    .or_else(|| self.unit_short_form(i))
                    .or_else(|| self.own_provincial_body(i))
                    .unwrap_or(i)
            })
            .collect();
        if to.iter().enumerate().all(|(i, &j)| i == j) {
            return;
        }
        // Units of a folded organization become units of the full one, the same unit when it has one by name.
        for i in 0..n {
            let Some(p) = self.orgs[i].parent else { continue };
            let parent = to[p];
            self.orgs[i].parent = Some(parent);
            if to[i] != i || p == parent {
                continue;
            }
            if let Some(j) = (0..n).find(|&j| {
                j != i
                    && to[j] == j
                    && self.orgs[j].parent.map(|q| to[q]) == Some(parent)
                    && self.orgs[j].name == self.orgs[i].name
            }) {
                to[i] = j;
            }
        }
        let resolve = |mut o: usize| {
            for _ in 0..8 {
                if to[o] == o {
                    break;
                }
                o = to[o];
            }
            o
        };
        for i in 0..n {
            let j = resolve(i);
            if j == i || self.orgs[i].unit {
                continue;
            }
            let aliases: Vec<String> = std::iter::once(self.orgs[i].name.clone())
                .chain(self.orgs[i].aliases.clone())
                .collect();
            let target = &mut self.orgs[j];
            for a in aliases {
                if a != target.name && !target.aliases.contains(&a) {
                    target.aliases.push(a);
                }
            }
        }
        for o in &mut self.orgs {
            o.parent = o.parent.map(resolve);
        }
        for p in &mut self.people {
            p.top_org = p.top_org.map(resolve);
            let mut posts: Vec<PostRec> = Vec::new();
            for mut post in std::mem::take(&mut p.posts) {
                post.org = post.org.map(resolve);
                if !posts.iter().any(|q| q.org == post.org && q.role == post.role) {
                    posts.push(post);
                }
            }
            p.posts = posts;
        }
        for part in &mut self.participations {
            if let Who::Org(o) = part.who {
                part.who = Who::Org(resolve(o));
            }
            part.on_behalf_of = part.on_behalf_of.map(resolve);
        }
        let mut then = std::mem::take(&mut meeting.then);
        for m in std::iter::once(&mut *meeting).chain(then.iter_mut()) {
            let mut organizers: Vec<(String, usize)> = Vec::new();
            for (field, o) in std::mem::take(&mut m.organizers) {
                let o = resolve(o);
                if !organizers.iter().any(|(f, q)| *f == field && *q == o) {
                    organizers.push((field, o));
                }
            }
            m.organizers = organizers;
            m.founds = m.founds.map(resolve);
        }
        meeting.then = then;
        let mut title_orgs: Vec<usize> = Vec::new();
        for o in std::mem::take(&mut self.title_orgs).into_iter().map(resolve) {
            if !title_orgs.contains(&o) {
                title_orgs.push(o);
            }
        }
        self.title_orgs = title_orgs;
        self.site_owner = self.site_owner.map(resolve);
        self.host = self.host.map(resolve);
    }

    /// A page whose first line names no organization may name its owner on a line of its own in the header, before
    /// the text starts (a WeChat article: headline, `原创`, the account's name, the date); else in the footer.
    fn register_header_owner(&mut self, from: usize) {
        let mut start = from;
        for _ in 0..8 {
            while start < self.t.len() && self.t[start].is_whitespace() {
                start += 1;
            }
            let end = (start..self.t.len())
                .find(|&q| self.t[q] == '\n')
                .unwrap_or(self.t.len());
            if start >= end || self.t[start..end].iter().any(|c| matches!(c, '。' | '，' | '：')) {
                break;
            }
            if end - start >= 6
                && self.t[start..end].iter().all(|&c| chinese::is_han(c))
                && let Some(pieces) = self.parse_orgs(start..end)
                && let [piece] = pieces.as_slice()
                && !piece.unit
                && piece.range == (start..end)
                && piece.known.is_none()
            {
                let (idx, _) = self.register_chain(&pieces, None, start..end);
                self.site_owner = idx.first().copied().flatten();
                return;
            }
            // `原创鲁化协宣传部山东省化工行业协会2025年08月28日`: the account's name right before the date, after
            // another name (a department's) or at the start of its run of characters.
            if let Some(date) = (start..end).find(|&q| self.t[q].is_ascii_digit()) {
                let mut run = (start..date)
                    .rev()
                    .take_while(|&q| chinese::is_han(self.t[q]))
                    .last()
                    .unwrap_or(date);
                // (WeChat's mark of an original article is no part of the name.)
                if self.t[run..date].starts_with(&['原', '创']) {
                    run += 2;
                }
                // The name after the last word ending another name (`鲁化协宣传部`) first, the whole run last.
                let owner = (run..date.saturating_sub(5)).rev().find_map(|k| {
                    (k == run || self.suffix_ending_pub(run, k).is_some())
                        .then(|| self.parse_orgs(k..date))
                        .flatten()
                        // (Named in the text before: `会员部中国食品土畜进出口商会` where the headline names it.)
                        .filter(|p| {
                            matches!(p.as_slice(), [one] if !one.unit && one.range == (k..date) && (one.known.is_none() || k > run))
                        })
                        .map(|p| (k, p))
                });
                // `苏州软协苏州市软件行业协会2025年1月18日`: the account's short name glued to the full name. When the
                // text does not write that name again but writes a part of it that ends it, the part is the owner.
                // (Written as a name of its own: not inside a longer one, `淄博市化工行业协会` for `化工行业协会`.)
                let written_again = |from: usize| {
                    let name = &self.t[from..date];
                    let upto = self.t.len().min(date + 5000);
                    (date..upto.saturating_sub(name.len())).any(|q| {
                        self.t[q..q + name.len()] == *name && {
                            let before = self.t[q - 1];
                            !chinese::is_han(before)
                                || self.lex.stop_chars.contains(&before)
                                || matches!(before, '、' | '和' | '与' | '及')
                        }
                    })
                };
                let owner = owner.map(|(k, pieces)| {
                    if written_again(k) {
                        return (k, pieces);
                    }
                    (k + 2..date.saturating_sub(5))
                        .filter(|&j| written_again(j))
                        .find_map(|j| {
                            self.parse_orgs(j..date)
                                .filter(|p| {
                                    matches!(p.as_slice(), [one] if !one.unit && one.range == (j..date) && one.known.is_none())
                                })
                                .map(|p| (j, p))
                        })
                        .unwrap_or((k, pieces))
                });
                if let Some((k, pieces)) = owner {
                    let (idx, _) = self.register_chain(&pieces, None, k..date);
                    self.site_owner = idx.first().copied().flatten();
                    return;
                }
            }
            start = end;
        }
        self.register_footer_owner();
    }

    /// A saved page's title may name the site after the headline (`我校与…签署合作协议-齐鲁工业大学新闻网`, or
    /// `…通过鉴定-康力电梯股份有限公司`): the site's organization, when the text writes its name, is the owner.
    fn register_title_owner(&mut self, title_parts: &[Vec<char>]) {
        for part in title_parts.iter().skip(1) {
            let part: String = part.iter().collect();
            // (`…-康力电梯股份有限公司`: the site named by its organization alone, unless the text names it as a
            // group without its company form, `华熠控股集团`: the page's own name for it.)
            let site = SITE_WORDS.iter().find_map(|w| part.strip_suffix(w));
            let name = site.unwrap_or(&part);
            if site.is_none()
                && let Some(group) = ["股份有限公司", "有限责任公司", "有限公司"]
                    .iter()
                    .find_map(|w| name.strip_suffix(w))
                    .filter(|g| g.ends_with("集团"))
            {
                let group: Vec<char> = group.chars().collect();
                let full: Vec<char> = name.chars().collect();
                let short_alone = (0..self.t.len().saturating_sub(group.len()))
                    .any(|q| self.t[q..].starts_with(&group) && !self.t[q..].starts_with(&full));
                if short_alone {
                    continue;
                }
            }
            let name: Vec<char> = name.chars().collect();
            if name.len() < 4 {
                continue;
            }
            let Some(at) =
                (0..self.t.len().saturating_sub(name.len())).find(|&q| self.t[q..].starts_with(&name))
            else {
                continue;
            };
            let range = at..at + name.len();
            if let Some(pieces) = self.parse_orgs(range.clone())
                && let [piece] = pieces.as_slice()
                && !piece.unit
                && piece.range == range
            {
                let (idx, _) = self.register_chain(&pieces, None, range);
                self.site_owner = idx.first().copied().flatten();
                return;
            }
        }
    }

    /// A page whose first line names no organization may name its owner in the footer: `版权所有：国务院国有资产
    /// 监督管理委员会`, `主办单位：甲省铜业协会`. Registered as the site's owner when it parses as one organization.
    fn register_footer_owner(&mut self) {
        let from = self.t.len().saturating_sub(600);
        for label in ["版权所有：", "版权所有", "主办单位：", "网站主办：", "主办："] {
            let label: Vec<char> = label.chars().collect();
            let Some(at) = (from..=self.t.len().saturating_sub(label.len()))
                .rev()
                .find(|&q| self.t[q..].starts_with(&label))
            else {
                continue;
            };
            let start = at + label.len();
            let end = (start..self.t.len())
                .find(|&q| !chinese::is_han(self.t[q]))
                .unwrap_or(self.t.len());
            // `…监督管理委员会京ICP备…`: the name is the longest that reads as one organization.
            let after = (start + 4..=end.min(start + 40)).rev().find_map(|e| {
                self.parse_orgs(start..e)
                    .filter(|p| p.len() == 1 && !p[0].unit && p[0].range.end == e)
                    .map(|p| (start..e, p))
            });
            // `Copyright © 2024 浙江森诺家居集团股份有限公司 版权所有`: the name right before the label.
            let before = || {
                let end = (from..at)
                    .rev()
                    .find(|&q| !self.t[q].is_whitespace())
                    .map_or(at, |q| q + 1);
                (end.saturating_sub(40).max(from)..end.saturating_sub(3))
                    .filter(|&k| (k..end).all(|q| chinese::is_han(self.t[q])))
                    .find_map(|k| {
                        self.parse_orgs(k..end)
                            .filter(|p| p.len() == 1 && !p[0].unit && p[0].range == (k..end))
                            .map(|p| (k..end, p))
                    })
            };
            let Some((range, pieces)) =
                after.or_else(|| (label == ['版', '权', '所', '有']).then(before).flatten())
            else {
                continue;
            };
            let (idx, _) = self.register_chain(&pieces, None, range);
            self.site_owner = idx.first().copied().flatten();
            return;
        }
    }

    /// A page whose header, title and footer name no owner may say where it comes from in its information line
    /// (`来源：盐城市粮食和物资储备局    发布日期：…`): that body, when the label comes early and what follows it
    /// reads as one organization, is the owner (so that its `市局` is found).
    fn register_source_owner(&mut self) {
        let label = ['来', '源', '：'];
        let Some(at) = (0..self.t.len().min(1500).saturating_sub(label.len()))
            .find(|&q| self.t[q..].starts_with(&label))
        else {
            return;
        };
        let start = at + label.len();
        let end = (start..self.t.len())
            .find(|&q| !chinese::is_han(self.t[q]))
            .unwrap_or(self.t.len());
        if end - start < 4 {
            return;
        }
        // (Not `来源：农业工程学院` where the text writes `江苏大学农业工程学院`: a unit of a body named elsewhere.)
        let name = &self.t[start..end];
        let inside_longer = (1..self.t.len().saturating_sub(name.len()))
            .any(|q| q != start && self.t[q..].starts_with(name) && chinese::is_han(self.t[q - 1]));
        if !inside_longer
            && let Some(pieces) = self.parse_orgs(start..end)
            && let [piece] = pieces.as_slice()
            && !piece.unit
            && piece.range == (start..end)
        {
            let (idx, _) = self.register_chain(&pieces, None, start..end);
            self.site_owner = idx.first().copied().flatten();
        }
    }

    /// Registers `（以下简称“联盟”）` definitions anywhere in the text as aliases of the organization before them.
    /// A first line that is an organization's name alone (with its English name after a space, at most) names
    /// the site the page is from; registered so that the page's short references resolve to it.
    fn register_site_owner(&mut self) {
        let Some(start) = self.t.iter().position(|c| !c.is_whitespace()) else {
            return;
        };
        let line_end = (start..self.t.len())
            .find(|&q| self.t[q] == '\n')
            .unwrap_or(self.t.len());
        let mut han_end = (start..line_end)
            .find(|&q| !chinese::is_han(self.t[q]))
            .unwrap_or(line_end);
        // (`China National Building Material Group Co., Ltd.`: with the marks a company's English name holds.)
        let rest_latin = self.t[han_end..line_end].iter().all(|c| {
            c.is_ascii_alphabetic()
                || matches!(c, ' ' | '\u{3000}' | ',' | '.' | '&' | '-' | '(' | ')' | '\'')
        });
        // `江苏大学新闻网 > 学术科研`: the site's name before the path to the page.
        let breadcrumb = self.t[han_end..line_end]
            .iter()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| matches!(c, '>' | '＞' | '›' | '»'))
            && SITE_WORDS.iter().any(|w| self.text(start..han_end).ends_with(w));
        if han_end - start < 4 || !(rest_latin || breadcrumb) {
            self.register_header_owner(line_end);
            return;
        }
        // `南京工业大学新闻网`: the site of the organization named before.
        if let Some(w) = SITE_WORDS.iter().find(|w| {
            self.text(start..han_end)
                .strip_suffix(**w)
                .is_some_and(|n| n.chars().count() >= 4)
        }) {
            han_end -= w.chars().count();
        }
        let Some(pieces) = self.parse_orgs(start..han_end) else {
            self.register_header_owner(line_end);
            return;
        };
        if pieces.len() != 1 || pieces[0].unit {
            return;
        }
        let (idx, _) = self.register_chain(&pieces, None, start..han_end);
        self.site_owner = idx.first().copied().flatten();
    }

    fn define_abbreviations(&mut self) {
        let marks: Vec<usize> = (0..self.t.len().saturating_sub(1))
            .filter(|&i| matches!(self.t[i], '简' | '下') && self.t[i + 1] == '称')
            .collect();
        // The organization the last definition named, and where its parenthesis closed: `中国石油和化学工业联合会
        // （以下简称“石化联合会”）化工园区工作委员会（以下简称“园区委”）` defines a unit of it next.
        let mut last_defined: Option<(usize, usize)> = None;
        for mark in marks.into_iter().take(200) {
            // `（以下简称“联盟”）`, also after a code: `（SAC/TC229，以下简称“稀土标委会”）`, `（…，下称“水泥标委会”）`.
            let Some(open) = (mark.saturating_sub(20)..mark)
                .rev()
                .take_while(|&i| self.t[i] != '）')
                .find(|&i| self.t[i] == '（')
            else {
                continue;
            };
            let start = (open.saturating_sub(40)..open)
                .rev()
                .take_while(|&i| chinese::is_han(self.t[i]))
                .last()
                .unwrap_or(open);
            // `中钢协党委与鞍钢集团有限公司（以下简称“鞍钢集团”）`, `安徽省经济和信息化厅与安徽省建筑材料工业协会
            // （以下简称“省建材协会”）`: the name starts after a conjunction that follows another organization (of
            // four characters or more, when its last word is one character).
            let start = (start + 2..open)
                .rev()
                .find(|&k| {
                    matches!(self.t[k], '和' | '及' | '与' | '、')
                        && self
                            .suffix_ending_pub(start, k)
                            .is_some_and(|len| len >= 2 || (len == 1 && k - start >= 4))
                })
                .map_or(start, |k| k + 1);
            // `调研组先后深入江西锂源新能源科技集团有限公司（以下简称“锂源集团”）`: the name starts after the verb of a
            // visit (`在武汉组织召开长飞光纤光缆股份有限公司（以下简称“长飞公司”）完成的…评价会`: or of a meeting).
            let start = (start..open.saturating_sub(4))
                .rev()
                .find(|&k| {
                    [
                        "深入", "走访", "来到", "前往", "参观", "考察", "调研", "到", "赴", "召开", "举办",
                        "举行",
                    ]
                    .iter()
                    .any(|w| {
                        let w: Vec<char> = w.chars().collect();
                        self.t[..k].ends_with(&w)
                    })
                })
                .unwrap_or(start);
            for s in start..open.saturating_sub(2) {
                let from = self.skip_openers(s, open);
                if let Some(pieces) = self.parse_orgs(from..open) {
                    // The name starts with an organization of its own; a unit written after it is what the
                    // short form stands for (`中国物流与采购联合会冷链物流专业委员会（以下简称“中物联冷链委”）`).
                    let parent = last_defined
                        .filter(|&(close, _)| close + 1 == from)
                        .map(|(_, o)| o);
                    if pieces.first().is_none_or(|p| p.unit) && parent.is_none() {
                        continue;
                    }
                    let end = self.paren_alias(open, self.t.len()).1;
                    let mut pieces = pieces;
                    if let Some(last) = pieces.last_mut() {
                        last.alias = self.paren_alias(open, end).0;
                    }
                    let ev = self.sentence_around(open);
                    let defined = pieces.last().and_then(|p| p.alias.clone());
                    let (idx, _) = self.register_chain(&pieces, parent, ev);
                    if let Some(Some(o)) = idx.last() {
                        last_defined = Some((end.saturating_sub(1), *o));
                    }
                    // A defined short form stands for the organization even when it is a kind word
                    // (`（以下简称“集团公司”）`), which is otherwise nobody's alias.
                    if let (Some(alias), Some(Some(o))) = (defined, idx.last()) {
                        let o = *o;
                        if self.orgs[o].name != alias && !self.orgs[o].aliases.contains(&alias) {
                            self.orgs[o].aliases.push(alias.clone());
                        }
                        self.org_index.insert(alias.chars().collect(), o);
                    }
                    break;
                }
            }
        }
    }

    /// The range of the sentence around `at` (up to `。` or a line break).
    pub(crate) fn sentence_around(&self, at: usize) -> Range<usize> {
        let start = (0..at)
            .rev()
            .find(|&i| matches!(self.t[i], '。' | '\n' | '！' | '？'))
            .map_or(0, |i| i + 1);
        let end = (at..self.t.len())
            .find(|&i| matches!(self.t[i], '。' | '\n' | '！' | '？'))
            .map_or(self.t.len(), |i| i + 1);
        sentences::trim(&self.t, start..end)
    }

    /// Registers a person named in a mention, with the posts the mention states.
    pub(crate) fn register_person(&mut self, m: &Mention, evidence: Range<usize>) -> usize {
        let name = self.text(m.name.clone());
        let idx = match self.people.iter().position(|p| p.name == name) {
            Some(idx) => idx,
            None => {
                let original = self.original_slice(m.name.clone());
                self.people.push(PersonRec {
                    name,
                    original,
                    english: false,
                    posts: Vec::new(),
                    top_org: m.top_org,
                    title: m.title.clone(),
                });
                self.people.len() - 1
            }
        };
        if self.people[idx].top_org.is_none() {
            self.people[idx].top_org = m.top_org;
            self.people[idx].title.clone_from(&m.title);
        }
        for post in &m.posts {
            self.add_post(idx, post, evidence.clone(), false);
        }
        idx
    }

    /// Adds a post to a person, once; posts no longer held and posts with no organization are left out (except
    /// those taken up by election, which belong to the meeting's organizer).
    pub(crate) fn add_post(
        &mut self,
        person: usize,
        post: &PostMention,
        evidence: Range<usize>,
        elected: bool,
    ) {
        // `福鼎市委副书记`, `市委常委`, `厚街镇党委委员`: a party committee's secretary, deputy, standing member or
        // member, titles the genre writes without 党委.
        let party =
            post.org
                .filter(|&o| is_party_committee(&self.orgs[o].name))
                .and(match post.written.as_str() {
                    "书记" => Some("党委书记"),
                    "副书记" => Some("党委副书记"),
                    "常委" => Some("党委常委"),
                    "委员" => Some("党委委员"),
                    _ => None,
                });
        let mapped;
        let post = match party {
            Some(role) if post.role.is_empty() || post.role == "委员" => {
                mapped = PostMention {
                    role: role.to_owned(),
                    ..post.clone()
                };
                &mapped
            }
            _ => post,
        };
        if post.former || post.role.is_empty() || (post.org.is_none() && !elected) {
            return;
        }
        let title = post.org.and_then(|o| {
            let org = &self.orgs[o];
            let plain = if org.unit {
                format!("{}{}", org.name, post.role)
            } else {
                post.role.clone()
            };
            (post.written != plain && post.written != post.role).then(|| post.written.clone())
        });
        let p = &mut self.people[person];
        if !p.posts.iter().any(|q| q.org == post.org && q.role == post.role) {
            p.posts.push(PostRec {
                org: post.org,
                role: post.role.clone(),
                title,
                evidence,
            });
        }
    }

    /// The source's spelling of the characters `range` of the normalized text.
    pub(crate) fn original_slice(&self, range: Range<usize>) -> String {
        let end = range.end.min(self.orig.len());
        self.orig[range.start.min(end)..end].iter().collect()
    }

    /// The normalized text of `range` as the page writes it, before any mending for reading (`SITU Hui`).
    pub(crate) fn written(&self, range: Range<usize>) -> String {
        match &self.unmended {
            Some(t) => t[range.start.min(t.len())..range.end.min(t.len())]
                .iter()
                .collect(),
            None => self.text(range),
        }
    }

    fn evidence(&self, range: Range<usize>) -> Evidence {
        let span = self.norm.original_span(range.clone());
        Evidence {
            text: self.written(range),
            start: Some(span.start),
            end: Some(span.end),
        }
    }

    /// Turns what was read into records: only organizations that some fact refers to, and people with a post,
    /// a role or a report.
    fn assemble(&self, source: Source, meeting: MeetingRec, notices: &mut Vec<String>) -> Dataset {
        let as_of = meeting.date.clone().or_else(|| source.published.clone());
        // (A unit founded at the meeting takes the posts its election gives, not its organizer.)
        let organizer = meeting.founds.or_else(|| meeting.sole_organizer());
        let mut used = vec![false; self.orgs.len()];
        let mark = |used: &mut Vec<bool>, mut o: usize| {
            let mut steps = 0;
            loop {
                used[o] = true;
                match self.orgs[o].parent {
                    Some(p) if steps < 8 => {
                        o = p;
                        steps += 1;
                    }
                    _ => break,
                }
            }
        };
        for m in std::iter::once(&meeting).chain(&meeting.then) {
            for (_, o) in &m.organizers {
                mark(&mut used, *o);
            }
        }
        let mut people = Vec::new();
        let mut person_used = vec![false; self.people.len()];
        for p in &self.participations {
            match p.who {
                Who::Person(i) => person_used[i] = true,
                Who::Org(o) => mark(&mut used, o),
            }
            if let Some(o) = p.on_behalf_of {
                mark(&mut used, o);
            }
        }
        // The panel an appraisal or a review forms for the meeting (`鉴定委员会主任委员`) is no organization of the
        // report: its posts are left out.
        let panel = |o: usize| PANELS.contains(&self.orgs[o].name.as_str());
        for &o in self.title_orgs.iter().filter(|&&o| !panel(o)) {
            mark(&mut used, o);
        }
        for r in &self.reports {
            if let Some(a) = r.author {
                person_used[a] = true;
            }
        }
        // A post elected with no organization named is the organizer's, unless the organizer is a government body
        // that cannot hold it (a 副会长 elected at an association's assembly that a city government's page reports).
        let owner = |post: &PostRec| {
            post.org.or(organizer
                .filter(|&o| self.orgs[o].kind != "government-body" || self.title_fits(&post.role, o)))
        };
        for post in self.people.iter().flat_map(|p| &p.posts) {
            if let Some(org) = owner(post).filter(|&o| !panel(o)) {
                mark(&mut used, org);
            }
        }
        for (i, p) in self.people.iter().enumerate() {
            let mut posts = Vec::new();
            for post in &p.posts {
                let Some(org) = owner(post) else {
                    notices.push(format!(
                        "{}: a post ({}) is left out: no organization is named for it, and the meeting has no \
                         single organizer that could hold it",
                        p.name, post.role
                    ));
                    continue;
                };
                if panel(org) {
                    continue;
                }
                posts.push(PostHeld {
                    org: self.org_ref(org, &used),
                    role: post.role.clone(),
                    title: post.title.clone(),
                    as_of: as_of.clone(),
                    start: None,
                    end: None,
                    source: None,
                    evidence: Some(self.evidence(post.evidence.clone())),
                });
            }
            if posts.is_empty() && !person_used[i] {
                continue;
            }
            let en = if p.english || !chinese::has_han(&p.name) {
                None
            } else {
                Some(chinese::person_english(&p.name))
            };
            people.push(Person {
                name: p.name.clone(),
                original: Some(p.original.clone()),
                en,
                posts,
                ..Person::default()
            });
        }
        let organizations = self
            .orgs
            .iter()
            .enumerate()
            .filter(|(i, _)| used[*i])
            .map(|(_, o)| Organization {
                name: o.name.clone(),
                original: Some(o.original.clone()),
                en: o.en.clone(),
                kind: Some(o.kind.clone()),
                parent: o.parent.map(|p| self.org_ref(p, &used)),
                aliases: o.aliases.clone(),
                evidence: Some(self.evidence(o.evidence.clone())),
                ..Organization::default()
            })
            .collect();
        let org_name = |o: usize| self.org_ref(o, &used);
        // Each meeting of the page, with the participations and reports read from its sentence on.
        let build = |k: usize, rec: &MeetingRec| {
            let field = |name: &str| {
                rec.organizers
                    .iter()
                    .filter(|(f, _)| f == name)
                    .map(|(_, o)| org_name(*o))
                    .collect::<Vec<_>>()
            };
            let participants = self
                .participations
                .iter()
                .filter(|p| meeting.index_at(p.evidence.start) == k)
                .map(|p| Participant {
                    who: match p.who {
                        Who::Person(i) => self.people[i].name.clone(),
                        Who::Org(o) => org_name(o),
                    },
                    roles: p.roles.clone(),
                    on_behalf_of: p.on_behalf_of.map(org_name),
                    title: p.title.clone(),
                    source: None,
                    evidence: Some(self.evidence(p.evidence.clone())),
                })
                .collect();
            let reports = self
                .reports
                .iter()
                .filter(|r| meeting.index_at(r.evidence.start) == k)
                .map(|r| {
                    let title = self.text(r.title.clone());
                    let original = self.original_slice(r.title.clone());
                    Report {
                        title,
                        original: Some(original),
                        author: r.author.map(|a| self.people[a].name.clone()),
                        kind: Some(r.kind.to_owned()),
                        evidence: Some(self.evidence(r.evidence.clone())),
                    }
                })
                .collect();
            Meeting {
                name: rec.name.clone(),
                original: Some(rec.original.clone()).filter(|o| !o.is_empty()),
                en: rec.en.clone(),
                date: rec.date.clone(),
                end_date: rec.end_date.clone(),
                place: rec.place.clone(),
                organizers: field("organizers"),
                co_organizers: field("co_organizers"),
                undertakers: field("undertakers"),
                guides: field("guides"),
                supporters: field("supporters"),
                topics: rec.topics.clone(),
                attendance: rec.attendance.clone(),
                attendance_count: rec.attendance_count,
                evidence: Some(self.evidence(rec.evidence.clone())),
                participants,
                reports,
                ..Meeting::default()
            }
        };
        let meetings = std::iter::once(&meeting)
            .chain(&meeting.then)
            .enumerate()
            .map(|(k, rec)| build(k, rec))
            .collect();
        Dataset {
            sources: vec![source],
            organizations,
            people,
            meetings,
        }
    }
}

impl Doc<'_> {
    /// How records refer to an organization: its name, or `Parent/Unit` when another organization the records
    /// hold has the same name (`中国钢铁工业协会/党委`, `鞍钢集团有限公司/党委`).
    fn org_ref(&self, o: usize, used: &[bool]) -> String {
        let org = &self.orgs[o];
        let repeated = self
            .orgs
            .iter()
            .enumerate()
            .any(|(i, x)| i != o && used.get(i) == Some(&true) && x.name == org.name);
        match org.parent {
            Some(p) if repeated && p != o => format!("{}/{}", self.orgs[p].name, org.name),
            _ => org.name.clone(),
        }
    }
}

fn is_subsequence(short: &[char], full: &[char]) -> bool {
    let mut it = full.iter();
    short.iter().all(|c| it.any(|f| f == c))
}

/// The word a province's bodies open their short names with: `省` (`省工信厅`), or `自治区` for an autonomous region.
fn province_word(province: &str) -> &'static str {
    if province.ends_with('省') {
        "省"
    } else {
        "自治区"
    }
}
