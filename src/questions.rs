//! The everyday questions: who attended a meeting, which meetings and posts someone has, who is in an
//! organization, and what matches a name.
//!
//! Each answer comes from one canned query in `src/queries/`, run through a [`SparqlBackend`] with its
//! parameter bound (never pasted), so the same questions run on the embedded store and on any SPARQL 1.1
//! endpoint. Rows are grouped and ordered here, so the output is the same whichever backend answered.

use crate::chinese::fold;
use crate::lexicon::Lexicon;
use crate::sparql::{SparqlBackend, SparqlError, term_text};
use crate::vocab::{self, foaf, org, orgkg, prov, schema};
use oxigraph::model::{Literal, NamedNode, Term};
use serde::Serialize;
use std::collections::BTreeMap;

/// The canned queries, by file name (for tests that parse every one).
pub const QUERIES: &[(&str, &str)] = &[
    ("who-attended.rq", WHO_ATTENDED),
    ("meeting.rq", MEETING),
    ("meetings.rq", MEETINGS),
    ("posts.rq", POSTS),
    ("members.rq", MEMBERS),
    ("search-exact.rq", SEARCH_EXACT),
    ("search-contains.rq", SEARCH_CONTAINS),
    ("summary.rq", SUMMARY),
    ("merged-into.rq", MERGED_INTO),
];
const WHO_ATTENDED: &str = include_str!("queries/who-attended.rq");
const MEETING: &str = include_str!("queries/meeting.rq");
const MEETINGS: &str = include_str!("queries/meetings.rq");
const POSTS: &str = include_str!("queries/posts.rq");
const MEMBERS: &str = include_str!("queries/members.rq");
const SEARCH_EXACT: &str = include_str!("queries/search-exact.rq");
const SEARCH_CONTAINS: &str = include_str!("queries/search-contains.rq");
const SUMMARY: &str = include_str!("queries/summary.rq");
const MERGED_INTO: &str = include_str!("queries/merged-into.rq");

/// Errors answering a question.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QuestionError {
    /// The query failed.
    #[error(transparent)]
    Sparql(#[from] SparqlError),
    /// No entity matches the name.
    #[error("nothing in the store is called '{0}'; try `orgkg search` with part of the name")]
    NotFound(String),
    /// Several entities match the name: the user must choose.
    #[error("'{name}' fits {} entities; name one by its IRI:\n{}", candidates.len(), candidates.iter().map(|c| format!("  {}  {} ({})", c.iri, c.name.best(), c.kind)).collect::<Vec<_>>().join("\n"))]
    Ambiguous {
        /// What the user typed.
        name: String,
        /// The entities it fits.
        candidates: Vec<Summary>,
    },
    /// The entity exists but is not of the kind the question needs.
    #[error("'{name}' is a {found}, but this question needs a {expected}")]
    WrongKind {
        /// What the user typed.
        name: String,
        /// What it is.
        found: Kind,
        /// What was needed.
        expected: String,
    },
}

/// A name in the two languages the graph keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, PartialOrd, Ord)]
pub struct Name {
    /// Simplified Chinese (or the only name there is).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    /// English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Name {
    /// The name in `lang` (`zh` or `en`) when known, else the other one.
    pub fn get(&self, lang: &str) -> &str {
        let (first, second) = if lang == "en" {
            (&self.en, &self.zh)
        } else {
            (&self.zh, &self.en)
        };
        first.as_deref().or(second.as_deref()).unwrap_or("")
    }

    /// The Chinese name when known, else the English.
    pub fn best(&self) -> &str {
        self.get("zh")
    }

    fn take(&mut self, term: Option<&Term>) {
        if let Some(Term::Literal(l)) = term {
            let slot = match l.language().map(str::to_ascii_lowercase).as_deref() {
                Some("en") => &mut self.en,
                _ => &mut self.zh,
            };
            // Where sources disagree, keep the fullest name (then the smallest), whatever the result order.
            let better = |current: &str| {
                let (new, old) = (l.value().chars().count(), current.chars().count());
                new > old || (new == old && l.value() < current)
            };
            if slot.as_deref().is_none_or(better) {
                *slot = Some(l.value().to_owned());
            }
        }
    }
}

/// An entity with its names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, PartialOrd, Ord)]
pub struct Named {
    /// Its IRI.
    pub iri: String,
    /// Its names.
    #[serde(flatten)]
    pub name: Name,
}

impl Named {
    fn new(iri: &str) -> Self {
        Self {
            iri: iri.to_owned(),
            name: Name::default(),
        }
    }

    /// The name in `lang`, or the compact IRI when it has none.
    pub fn label(&self, lang: &str) -> String {
        let n = self.name.get(lang);
        if n.is_empty() {
            vocab::compact(&self.iri)
        } else {
            n.to_owned()
        }
    }
}

/// A role (of a post or in a meeting) with its labels and its place in the scheme's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, PartialOrd, Ord)]
pub struct Role {
    /// Position in the lexicon (organizers first, attendees last), for sorting.
    #[serde(skip)]
    pub order: usize,
    /// The notation (`vice-president`, `chair`).
    pub notation: String,
    /// Its labels.
    #[serde(flatten)]
    pub name: Name,
}

fn role(lexicon: &Lexicon, meeting: bool, term: Option<&Term>, label: Option<&Term>) -> Role {
    let iri = term.map(term_text).unwrap_or_default();
    let (prefix, concepts) = if meeting {
        ("meeting-role-", &lexicon.meeting_roles)
    } else {
        ("role-", &lexicon.post_roles)
    };
    let notation = iri
        .strip_prefix(vocab::ns::ID)
        .and_then(|l| l.strip_prefix(prefix));
    if let Some((i, c)) = notation.and_then(|n| concepts.iter().enumerate().find(|(_, c)| c.notation == n)) {
        return Role {
            order: i,
            notation: c.notation.clone(),
            name: Name {
                zh: Some(c.zh.clone()),
                en: Some(c.en.clone()),
            },
        };
    }
    let mut name = Name::default();
    name.take(label);
    Role {
        order: usize::MAX,
        notation: vocab::compact(iri),
        name,
    }
}

/// What kind of entity something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A person.
    Person,
    /// An organization in its own right.
    Organization,
    /// A department, branch or other unit.
    Unit,
    /// A meeting.
    Meeting,
    /// A report or briefing.
    Report,
    /// A place.
    Place,
    /// A post.
    Post,
    /// A source document.
    Source,
    /// Anything else.
    Other,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Unit => "unit",
            Self::Meeting => "meeting",
            Self::Report => "report",
            Self::Place => "place",
            Self::Post => "post",
            Self::Source => "source",
            Self::Other => "entity",
        })
    }
}

/// An entity found by name: its IRI, kind and names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, PartialOrd, Ord)]
pub struct Summary {
    /// What it is.
    pub kind: Kind,
    /// Its IRI.
    pub iri: String,
    /// Its names.
    pub name: Name,
    /// Its organization kind notation, for organizations (`industry-association`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_kind: Option<String>,
}

/// What an entity is and what it is called.
pub fn summary(backend: &dyn SparqlBackend, iri: &NamedNode) -> Result<Summary, QuestionError> {
    let rows = backend.select(SUMMARY, &[("entity", iri.clone().into())])?;
    let mut name = Name::default();
    let mut types = Vec::new();
    let mut org_kind = None;
    for row in rows.iter() {
        name.take(row.get("label"));
        if let Some(t) = row.text("type") {
            types.push(t.to_owned());
        }
        if let Some(k) = row.text("kind") {
            org_kind = k
                .strip_prefix(&format!("{}kind-", vocab::ns::ID))
                .map(str::to_owned);
        }
    }
    let has = |t: oxigraph::model::NamedNodeRef<'_>| types.iter().any(|x| x == t.as_str());
    let kind = if has(foaf::PERSON) || has(schema::PERSON) {
        Kind::Person
    } else if has(org::ORGANIZATIONAL_UNIT) {
        Kind::Unit
    } else if has(org::FORMAL_ORGANIZATION) || has(org::ORGANIZATION) {
        Kind::Organization
    } else if has(orgkg::MEETING) || has(schema::EVENT) {
        Kind::Meeting
    } else if has(schema::REPORT)
        || has(orgkg::BRIEFING)
        || has(schema::CREATIVE_WORK) && !has(schema::NEWS_ARTICLE)
    {
        Kind::Report
    } else if has(schema::PLACE) {
        Kind::Place
    } else if has(org::POST) {
        Kind::Post
    } else if has(prov::ENTITY) || has(schema::NEWS_ARTICLE) {
        Kind::Source
    } else {
        Kind::Other
    };
    Ok(Summary {
        kind,
        iri: iri.as_str().to_owned(),
        name,
        org_kind,
    })
}

/// Entities whose labels match `text`: exact matches of the folded text first (any spelling: simplified,
/// traditional, pinyin with or without tones and spaces, English), else labels that contain it.
pub fn search(backend: &dyn SparqlBackend, text: &str) -> Result<Vec<Summary>, QuestionError> {
    let key = fold(text);
    if key.is_empty() {
        return Ok(Vec::new());
    }
    let binding = [("key", Term::from(Literal::new_simple_literal(&key)))];
    let mut rows = backend.select(SEARCH_EXACT, &binding)?;
    if rows.is_empty() {
        rows = backend.select(SEARCH_CONTAINS, &binding)?;
    }
    let mut found = Vec::new();
    for row in rows.iter() {
        if let Some(Term::NamedNode(n)) = row.get("entity") {
            found.push(summary(backend, n)?);
        }
    }
    found.sort_by(|a, b| (a.kind, a.name.best(), &a.iri).cmp(&(b.kind, b.name.best(), &b.iri)));
    found.dedup_by(|a, b| a.iri == b.iri);
    Ok(found)
}

/// Resolves what a user typed (an IRI, `id:…`, or any label) to one entity of the wanted kinds.
///
/// A name that fits several entities is an error listing them: this never guesses.
pub fn resolve(backend: &dyn SparqlBackend, text: &str, kinds: &[Kind]) -> Result<Summary, QuestionError> {
    let text = text.trim();
    let as_iri = text
        .strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .map(str::to_owned)
        .or_else(|| (text.contains("://") || text.starts_with("urn:")).then(|| text.to_owned()))
        .or_else(|| {
            text.strip_prefix("id:")
                .filter(|l| !l.is_empty() && !l.contains(char::is_whitespace))
                .map(|l| format!("{}{l}", vocab::ns::ID))
        });
    if let Some(iri) = as_iri.and_then(|i| NamedNode::new(i).ok()) {
        let mut s = summary(backend, &iri)?;
        if s.kind == Kind::Other && s.name == Name::default() {
            // An entity merged into another since: its IRI leads to the survivor.
            let rows = backend.select(MERGED_INTO, &[("entity", iri.into())])?;
            match rows.iter().find_map(|r| r.get("survivor").cloned()) {
                Some(Term::NamedNode(survivor)) => s = summary(backend, &survivor)?,
                _ => return Err(QuestionError::NotFound(text.to_owned())),
            }
        }
        return check_kind(text, s, kinds);
    }
    let found = search(backend, text)?;
    let fitting: Vec<Summary> = found
        .iter()
        .filter(|s| kinds.is_empty() || kinds.contains(&s.kind))
        .cloned()
        .collect();
    match fitting.len() {
        1 => Ok(fitting.into_iter().next().expect("one")),
        0 if found.len() == 1 => check_kind(text, found.into_iter().next().expect("one"), kinds),
        0 => Err(QuestionError::NotFound(text.to_owned())),
        _ => {
            // An exact name beats partial matches when exactly one candidate carries it.
            let key = fold(text);
            let exact: Vec<&Summary> = fitting
                .iter()
                .filter(|s| {
                    [&s.name.zh, &s.name.en]
                        .into_iter()
                        .flatten()
                        .any(|n| fold(n) == key)
                })
                .collect();
            if exact.len() == 1 {
                return Ok(exact[0].clone());
            }
            Err(QuestionError::Ambiguous {
                name: text.to_owned(),
                candidates: fitting,
            })
        }
    }
}

fn check_kind(text: &str, s: Summary, kinds: &[Kind]) -> Result<Summary, QuestionError> {
    if kinds.is_empty() || kinds.contains(&s.kind) {
        Ok(s)
    } else {
        let expected = kinds.iter().map(Kind::to_string).collect::<Vec<_>>().join(" or ");
        Err(QuestionError::WrongKind {
            name: text.to_owned(),
            found: s.kind,
            expected,
        })
    }
}

/// The facts of a meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MeetingFacts {
    /// The meeting.
    #[serde(flatten)]
    pub meeting: Named,
    /// Start date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// End date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// The place.
    pub place: Name,
    /// Attendance as worded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance: Option<String>,
    /// Topics.
    pub topics: Vec<String>,
}

/// One agent's part in a meeting: all their roles, title and whom they came for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attendee {
    /// The person or organization.
    #[serde(flatten)]
    pub agent: Named,
    /// `person` or `organization`.
    pub kind: Kind,
    /// Roles, in the scheme's order.
    pub roles: Vec<Role>,
    /// Title at the time, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The organization the agent came for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<Named>,
    /// The sources stating it.
    pub sources: Vec<String>,
}

/// Who attended a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attendance {
    /// The meeting's facts.
    pub meeting: MeetingFacts,
    /// Everyone who took part, organizers first.
    pub participants: Vec<Attendee>,
}

/// Answers "who attended meeting M, in which role".
pub fn who_attended(
    backend: &dyn SparqlBackend,
    lexicon: &Lexicon,
    meeting: &NamedNode,
) -> Result<Attendance, QuestionError> {
    let bind = [("meeting", Term::from(meeting.clone()))];
    let mut facts = MeetingFacts {
        meeting: Named::new(meeting.as_str()),
        ..MeetingFacts::default()
    };
    for row in backend.select(MEETING, &bind)?.iter() {
        facts.meeting.name.take(row.get("name"));
        facts.place.take(row.get("placeName"));
        set_min(&mut facts.date, row.text("date"));
        set_min(&mut facts.end_date, row.text("endDate"));
        set_min(&mut facts.attendance, row.text("attendance"));
        if let Some(t) = row.text("topic")
            && !facts.topics.iter().any(|x| x == t)
        {
            facts.topics.push(t.to_owned());
        }
    }
    // Servers return rows in different orders; sorting keeps the answer the same whichever one replied.
    facts.topics.sort();
    let mut by_agent: BTreeMap<String, Attendee> = BTreeMap::new();
    for row in backend.select(WHO_ATTENDED, &bind)?.iter() {
        let Some(agent) = row.text("agent") else { continue };
        let entry = by_agent.entry(agent.to_owned()).or_insert_with(|| Attendee {
            agent: Named::new(agent),
            kind: Kind::Organization,
            roles: Vec::new(),
            title: None,
            on_behalf_of: None,
            sources: Vec::new(),
        });
        if row.get("isPerson").is_some() {
            entry.kind = Kind::Person;
        }
        entry.agent.name.take(row.get("name"));
        let r = role(lexicon, true, row.get("role"), row.get("roleName"));
        if !entry.roles.iter().any(|x| x.notation == r.notation) {
            entry.roles.push(r);
        }
        set_min(&mut entry.title, row.text("title"));
        if let Some(b) = row.text("behalf") {
            let named = entry.on_behalf_of.get_or_insert_with(|| Named::new(b));
            if named.iri == b {
                named.name.take(row.get("behalfName"));
            }
        }
        push_unique(&mut entry.sources, row.text("source"));
    }
    let mut participants: Vec<Attendee> = by_agent.into_values().collect();
    for p in &mut participants {
        p.roles.sort();
        p.sources.sort();
    }
    participants.sort_by(|a, b| {
        (a.roles.first().map(|r| r.order), a.kind, a.agent.name.best()).cmp(&(
            b.roles.first().map(|r| r.order),
            b.kind,
            b.agent.name.best(),
        ))
    });
    Ok(Attendance {
        meeting: facts,
        participants,
    })
}

/// One meeting an entity took part in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingRole {
    /// The meeting.
    #[serde(flatten)]
    pub meeting: Named,
    /// Its date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Its place.
    pub place: Name,
    /// The entity's roles.
    pub roles: Vec<Role>,
    /// For an organization: the people who came on its behalf.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<Named>,
}

/// Answers "which meetings did P (or O) take part in, when, where, in which role".
pub fn meetings(
    backend: &dyn SparqlBackend,
    lexicon: &Lexicon,
    entity: &NamedNode,
) -> Result<Vec<MeetingRole>, QuestionError> {
    let mut by_meeting: BTreeMap<String, MeetingRole> = BTreeMap::new();
    for row in backend
        .select(MEETINGS, &[("entity", entity.clone().into())])?
        .iter()
    {
        let Some(m) = row.text("meeting") else { continue };
        let entry = by_meeting.entry(m.to_owned()).or_insert_with(|| MeetingRole {
            meeting: Named::new(m),
            date: None,
            place: Name::default(),
            roles: Vec::new(),
            via: Vec::new(),
        });
        entry.meeting.name.take(row.get("name"));
        entry.place.take(row.get("placeName"));
        set_min(&mut entry.date, row.text("date"));
        if let Some(via) = row.text("via") {
            let pos = entry.via.iter().position(|v| v.iri == via).unwrap_or_else(|| {
                entry.via.push(Named::new(via));
                entry.via.len() - 1
            });
            entry.via[pos].name.take(row.get("viaName"));
        } else {
            let r = role(lexicon, true, row.get("role"), row.get("roleName"));
            if !entry.roles.iter().any(|x| x.notation == r.notation) {
                entry.roles.push(r);
            }
        }
    }
    let mut out: Vec<MeetingRole> = by_meeting.into_values().collect();
    for m in &mut out {
        m.roles.sort();
        m.via.sort();
    }
    out.sort_by(|a, b| (&a.date, a.meeting.name.best()).cmp(&(&b.date, b.meeting.name.best())));
    Ok(out)
}

/// One post a person holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Post {
    /// The role.
    pub role: Role,
    /// The organization or unit.
    pub organization: Named,
    /// The unit's parent organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Named>,
    /// The title as the source wrote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The date the source states it as held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Start date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// End date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// The sources stating it, by title (or IRI).
    pub sources: Vec<String>,
    /// The graphs holding it.
    pub graphs: Vec<String>,
}

/// Answers "which posts does P hold, in which organizations, according to which source and as of when".
pub fn posts(
    backend: &dyn SparqlBackend,
    lexicon: &Lexicon,
    person: &NamedNode,
) -> Result<Vec<Post>, QuestionError> {
    let mut by_post: BTreeMap<(String, String), Post> = BTreeMap::new();
    for row in backend
        .select(POSTS, &[("person", person.clone().into())])?
        .iter()
    {
        let (Some(org_iri), Some(role_iri)) = (row.text("org"), row.text("role")) else {
            continue;
        };
        let entry = by_post
            .entry((org_iri.to_owned(), role_iri.to_owned()))
            .or_insert_with(|| Post {
                role: role(lexicon, false, row.get("role"), None),
                organization: Named::new(org_iri),
                parent: None,
                title: None,
                as_of: None,
                start: None,
                end: None,
                sources: Vec::new(),
                graphs: Vec::new(),
            });
        if entry.role.order == usize::MAX {
            entry.role.name.take(row.get("roleName"));
        }
        entry.organization.name.take(row.get("orgName"));
        if let Some(p) = row.text("parent") {
            let parent = entry.parent.get_or_insert_with(|| Named::new(p));
            if parent.iri == p {
                parent.name.take(row.get("parentName"));
            }
        }
        set_min(&mut entry.title, row.text("title"));
        set_max(&mut entry.as_of, row.text("asOf"));
        set_min(&mut entry.start, row.text("start"));
        set_max(&mut entry.end, row.text("end"));
        push_unique(&mut entry.sources, row.text("sourceName").or(row.text("source")));
        push_unique(&mut entry.graphs, row.text("graph"));
    }
    let mut out: Vec<Post> = by_post.into_values().collect();
    for p in &mut out {
        p.sources.sort();
        p.graphs.sort();
    }
    out.sort_by(|a, b| {
        let key = |p: &Post| {
            (
                p.parent
                    .as_ref()
                    .map_or(p.organization.name.best().to_owned(), |x| {
                        x.name.best().to_owned()
                    }),
                p.parent.is_some(),
                p.organization.name.best().to_owned(),
                p.role.order,
            )
        };
        key(a).cmp(&key(b))
    });
    Ok(out)
}

/// One person holding a post in an organization or one of its units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    /// The person.
    pub person: Named,
    /// The role.
    pub role: Role,
    /// The organization or unit the post is in.
    pub unit: Named,
    /// Title as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// As-of date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

/// Answers "who holds posts in O and in all of O's departments and branches".
pub fn members(
    backend: &dyn SparqlBackend,
    lexicon: &Lexicon,
    organization: &NamedNode,
) -> Result<Vec<Member>, QuestionError> {
    let mut by_key: BTreeMap<(String, String, String), Member> = BTreeMap::new();
    for row in backend
        .select(MEMBERS, &[("org", organization.clone().into())])?
        .iter()
    {
        let (Some(person), Some(unit), Some(role_iri)) =
            (row.text("person"), row.text("unit"), row.text("role"))
        else {
            continue;
        };
        let entry = by_key
            .entry((person.to_owned(), unit.to_owned(), role_iri.to_owned()))
            .or_insert_with(|| Member {
                person: Named::new(person),
                role: role(lexicon, false, row.get("role"), None),
                unit: Named::new(unit),
                title: None,
                as_of: None,
            });
        if entry.role.order == usize::MAX {
            entry.role.name.take(row.get("roleName"));
        }
        entry.person.name.take(row.get("personName"));
        entry.unit.name.take(row.get("unitName"));
        set_min(&mut entry.title, row.text("title"));
        set_max(&mut entry.as_of, row.text("asOf"));
    }
    let mut out: Vec<Member> = by_key.into_values().collect();
    let top = organization.as_str();
    out.sort_by(|a, b| {
        let key = |m: &Member| {
            (
                m.unit.iri != top,
                m.unit.name.best().to_owned(),
                m.role.order,
                m.person.name.best().to_owned(),
            )
        };
        key(a).cmp(&key(b))
    });
    Ok(out)
}

fn set_min(slot: &mut Option<String>, value: Option<&str>) {
    if let Some(v) = value
        && slot.as_deref().is_none_or(|c| v < c)
    {
        *slot = Some(v.to_owned());
    }
}

fn set_max(slot: &mut Option<String>, value: Option<&str>) {
    if let Some(v) = value
        && slot.as_deref().is_none_or(|c| v > c)
    {
        *slot = Some(v.to_owned());
    }
}

fn push_unique(list: &mut Vec<String>, value: Option<&str>) {
    if let Some(v) = value
        && !list.iter().any(|x| x == v)
    {
        list.push(v.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_canned_query_parses_with_its_parameters_bound() {
        for (name, text) in QUERIES.iter().chain(crate::report::QUERIES) {
            let _query = crate::sparql::evaluator()
                .parse_query(text)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            // Oxigraph binds a parameter only when the SELECT projects it.
            let select = text.lines().find(|l| l.starts_with("SELECT")).unwrap();
            for param in text.lines().filter_map(|l| l.strip_prefix("# Parameter: ")) {
                assert!(
                    select.contains(&format!("{param} ")),
                    "{name} does not project {param}"
                );
            }
        }
    }
}
