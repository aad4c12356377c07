//! Curated records: the human-reviewable middle of the flow.
//!
//! An analyst writes (or `orgkg extract` drafts) organizations, people with their posts, meetings with their
//! participants and reports, and the sources all of it comes from, as YAML or JSON of one shape. This module
//! defines that shape, parses it with errors that name the file, line and column, and checks every reference
//! between records before anything reaches the store.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// Errors met while reading or checking records.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The YAML or JSON is malformed or does not have the record shape.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        /// The file (or `<stdin>`).
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// A record names something no record declares, or breaks another rule.
    #[error("{file}:{line}: {message}")]
    Invalid {
        /// The file (or `<stdin>`).
        file: PathBuf,
        /// 1-based line of the offending value (best effort: the first line that holds it).
        line: usize,
        /// What is wrong and what was expected.
        message: String,
    },
    /// The file holds no records at all.
    #[error("{0}: the file is empty; expected records (sources, organizations, people, meetings)")]
    Empty(PathBuf),
}

/// A whole record file: the sources, organizations, people and meetings it declares.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Documents the facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Organizations, with their units nested or linked by `parent`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<Organization>,
    /// People and the posts they hold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Meetings with their organizers, participants and reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
}

/// A source document: a news report, a web page, a register.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A short id that records use to cite this source.
    pub id: String,
    /// The document's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The publishing organization (a name or id of a declared organization, or free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// A local copy of the document, relative to the record file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// When the records were drafted from it by a tool (`orgkg extract`), RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted: Option<String>,
    /// The tool and version that drafted the records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extractor: Option<String>,
}

/// The sentence a fact was read from, and where it stands in the source text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The sentence, as normalized text.
    pub text: String,
    /// Character offset (in Unicode scalar values) where it starts in the original text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// Character offset where it ends (exclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// An organization or one of its units (department, branch, party committee).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// An explicit id, for when a name alone is ambiguous.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The canonical name in simplified Chinese (or as written, for other languages).
    pub name: String,
    /// The name as the source spelled it (traditional characters, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// The English name, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// The kind: a notation of the organization-kind scheme (`industry-association`, `company`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The organization this one is a unit of (name or id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Units declared inline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<Organization>,
    /// Other names: short forms, former names, a department's second name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The source that states it (a source id); defaults to the file's only source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// A person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// An explicit id, to tell apart people who share a name or to join mentions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name in simplified Chinese (or as written, for other languages).
    pub name: String,
    /// The name as the source spelled it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// The name in English (pinyin for Chinese names: `Wang Jian`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// Other names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Posts held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<PostHeld>,
    /// Ids of entities (in the store or this file) that a curator confirms are this same person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub same_as: Vec<String>,
    /// Ids of entities that a curator says are a different person, even if the evidence would merge them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_same_as: Vec<String>,
    /// The source that mentions the person; defaults to the file's only source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// One post a person holds: a role in an organization or unit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostHeld {
    /// The organization or unit: a name, an id, or `Parent/Unit` where unit names repeat (`某协会/会员部`).
    pub org: String,
    /// The role, as a title of the post-role scheme (`副会长`) or its notation (`vice-president`).
    pub role: String,
    /// The title as the source wrote it, if it differs from the role's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The date the source states the post as held, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// When the post was taken up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// When the post was left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// The source id; defaults to the person's or the file's source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// A meeting.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// An explicit id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The meeting's name in simplified Chinese.
    pub name: String,
    /// The name as the source spelled it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// The English name, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// The date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The last day, for meetings of several days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// The place: a city or a venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The place in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_en: Option<String>,
    /// Organizers (主办), by name or id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizers: Vec<String>,
    /// Co-organizers (协办).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_organizers: Vec<String>,
    /// Undertakers (承办).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undertakers: Vec<String>,
    /// Guiding units (指导).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guides: Vec<String>,
    /// Supporting units (支持).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supporters: Vec<String>,
    /// Topics discussed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Attendance as the source words it (`50余人`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<String>,
    /// The number in the attendance (`50`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_count: Option<u32>,
    /// The source id; defaults to the file's only source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence stating name, date, place and organizers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// People and organizations taking part, each with their roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Reports and briefings given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<Report>,
}

/// A person's or organization's part in a meeting.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The person or organization (name or id).
    pub who: String,
    /// Roles, as labels of the meeting-role scheme (`出席`, `讲话`) or notations (`attendee`, `speech`).
    pub roles: Vec<String>,
    /// The organization the participant came for (name or id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
    /// The title as the source wrote it at the time (`党委常委、副会长`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The source id; defaults to the meeting's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// A report, speech or briefing given at a meeting.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The title (without 《》).
    pub title: String,
    /// The title as the source spelled it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// The person who gave it (name or id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// `report` (作报告, 专题报告; the default) or `briefing` (通报).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The sentence it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// The formats records come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordFormat {
    /// YAML (`.yaml`, `.yml`).
    Yaml,
    /// JSON (`.json`), the same structure.
    Json,
}

impl Dataset {
    /// The evidence of every fact that can carry one: organizations, posts, meetings, participations, reports.
    pub fn evidence_mut(&mut self) -> impl Iterator<Item = &mut Option<Evidence>> {
        let orgs = self.organizations.iter_mut().map(|o| &mut o.evidence);
        let posts = self
            .people
            .iter_mut()
            .flat_map(|p| p.posts.iter_mut().map(|q| &mut q.evidence));
        let meetings = self.meetings.iter_mut().flat_map(|m| {
            std::iter::once(&mut m.evidence)
                .chain(m.participants.iter_mut().map(|p| &mut p.evidence))
                .chain(m.reports.iter_mut().map(|r| &mut r.evidence))
        });
        orgs.chain(posts).chain(meetings)
    }

    /// Parses a record file. `file` names it in errors.
    pub fn parse(text: &str, format: RecordFormat, file: &Path) -> Result<Self, RecordError> {
        if text.trim().is_empty() {
            return Err(RecordError::Empty(file.to_owned()));
        }
        let dataset: Self = match format {
            RecordFormat::Yaml => serde_yaml_ng::from_str(text).map_err(|e| {
                let (line, column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
                RecordError::Syntax {
                    file: file.to_owned(),
                    line,
                    column,
                    message: strip_location(&e.to_string()),
                }
            })?,
            RecordFormat::Json => serde_json::from_str(text).map_err(|e| RecordError::Syntax {
                file: file.to_owned(),
                line: e.line().max(1),
                column: e.column().max(1),
                message: strip_location(&e.to_string()),
            })?,
        };
        if dataset.is_empty() {
            return Err(RecordError::Empty(file.to_owned()));
        }
        Ok(dataset)
    }

    /// Writes the records as YAML.
    pub fn to_yaml(&self) -> String {
        serde_yaml_ng::to_string(self).unwrap_or_default()
    }

    /// Writes the records as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// True when the file declares nothing.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
            && self.organizations.is_empty()
            && self.people.is_empty()
            && self.meetings.is_empty()
    }

    /// Every organization, units included, flattened, with the name of the parent each inline unit sits in.
    pub fn all_organizations(&self) -> Vec<(&Organization, Option<&str>)> {
        fn walk<'a>(
            org: &'a Organization,
            parent: Option<&'a str>,
            out: &mut Vec<(&'a Organization, Option<&'a str>)>,
        ) {
            out.push((org, parent.or(org.parent.as_deref())));
            for unit in &org.units {
                walk(unit, Some(&org.name), out);
            }
        }
        let mut out = Vec::new();
        for org in &self.organizations {
            walk(org, None, &mut out);
        }
        out
    }

    /// Checks every reference between records and every controlled value.
    ///
    /// `text` is the file's content, used to find the line of an offending value; `known` answers whether
    /// a name or id already names an entity of the given kind in the store (so records may refer to
    /// entities loaded before), and `roles` whether a post or meeting role is in the vocabulary.
    pub fn check(
        &self,
        text: &str,
        file: &Path,
        known: &dyn Fn(RefKind, &str) -> bool,
        vocab: &dyn Vocabulary,
    ) -> Result<(), RecordError> {
        // The line of the offending value `needle` in the record that `anchor` names.
        let invalid = |anchor: &str, needle: &str, message: String| RecordError::Invalid {
            file: file.to_owned(),
            line: line_in_record(text, anchor, needle),
            message,
        };
        let source_ids: BTreeSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let mut seen_sources = BTreeSet::new();
        for source in &self.sources {
            if !seen_sources.insert(source.id.as_str()) {
                return Err(invalid(
                    "",
                    &source.id,
                    format!("source '{}' is declared twice", source.id),
                ));
            }
            for date in [&source.published].into_iter().flatten() {
                check_date(date)
                    .map_err(|m| invalid(&source.id, date, format!("source '{}': {m}", source.id)))?;
            }
        }
        let check_source = |anchor: &str, owner: &str, source: &Option<String>| -> Result<(), RecordError> {
            match source {
                Some(id) if !source_ids.contains(id.as_str()) && !known(RefKind::Source, id) => Err(invalid(
                    anchor,
                    id,
                    format!(
                        "{owner} cites source '{id}', which no record declares (declared: {})",
                        list(&source_ids)
                    ),
                )),
                _ => Ok(()),
            }
        };

        let orgs = self.all_organizations();
        let mut org_names: BTreeMap<&str, usize> = BTreeMap::new();
        let mut qualified: BTreeSet<String> = BTreeSet::new();
        for (org, parent) in &orgs {
            for name in org.names() {
                *org_names.entry(name).or_default() += 1;
                if let Some(parent) = parent {
                    qualified.insert(format!("{parent}/{name}"));
                }
            }
        }
        let person_names: BTreeSet<&str> = self.people.iter().flat_map(|p| p.names()).collect();
        let org_ok =
            |r: &str| org_names.contains_key(r) || qualified.contains(r) || known(RefKind::Organization, r);
        let person_ok = |r: &str| person_names.contains(r) || known(RefKind::Person, r);

        for (org, parent) in &orgs {
            let what = format!("organization '{}'", org.name);
            if let Some(parent) = parent
                && !org_ok(parent)
            {
                return Err(invalid(
                    &org.name,
                    parent,
                    format!("{what} names parent '{parent}', which no record declares"),
                ));
            }
            if let Some(kind) = &org.kind
                && !vocab.is_org_kind(kind)
            {
                return Err(invalid(
                    &org.name,
                    kind,
                    format!(
                        "{what} has kind '{kind}'; expected one of: {}",
                        vocab.org_kinds().join(", ")
                    ),
                ));
            }
            check_source(&org.name, &what, &org.source)?;
        }
        for person in &self.people {
            let what = format!("person '{}'", person.name);
            check_source(&person.name, &what, &person.source)?;
            for post in &person.posts {
                if !org_ok(&post.org) {
                    return Err(invalid(
                        &person.name,
                        &post.org,
                        format!(
                            "a post of {what} names organization '{}', which no record declares",
                            post.org
                        ),
                    ));
                }
                if !vocab.is_post_role(&post.role) {
                    return Err(invalid(
                        &person.name,
                        &post.role,
                        format!(
                            "a post of {what} has role '{}', which is not in the post-role scheme (use one of its labels, or add the role to data/lexicon/post-roles.tsv and ontology/orgkg.ttl)",
                            post.role
                        ),
                    ));
                }
                for date in [&post.as_of, &post.start, &post.end].into_iter().flatten() {
                    check_date(date)
                        .map_err(|m| invalid(&person.name, date, format!("a post of {what}: {m}")))?;
                }
                check_source(&person.name, &what, &post.source)?;
            }
        }
        for meeting in &self.meetings {
            let what = format!("meeting '{}'", meeting.name);
            for date in [&meeting.date, &meeting.end_date].into_iter().flatten() {
                check_date(date).map_err(|m| invalid(&meeting.name, date, format!("{what}: {m}")))?;
            }
            check_source(&meeting.name, &what, &meeting.source)?;
            for org in meeting
                .organizers
                .iter()
                .chain(&meeting.co_organizers)
                .chain(&meeting.undertakers)
                .chain(&meeting.guides)
                .chain(&meeting.supporters)
            {
                if !org_ok(org) {
                    return Err(invalid(
                        &meeting.name,
                        org,
                        format!("{what} names organizer '{org}', which no organization record declares"),
                    ));
                }
            }
            for p in &meeting.participants {
                if !person_ok(&p.who) && !org_ok(&p.who) {
                    return Err(invalid(
                        &meeting.name,
                        &p.who,
                        format!(
                            "a participant of {what} is '{}', which no person or organization record declares",
                            p.who
                        ),
                    ));
                }
                if p.roles.is_empty() {
                    return Err(invalid(
                        &meeting.name,
                        &p.who,
                        format!(
                            "participant '{}' of {what} has no roles; expected at least one (出席, 讲话, ...)",
                            p.who
                        ),
                    ));
                }
                for role in &p.roles {
                    if !vocab.is_meeting_role(role) {
                        return Err(invalid(
                            &p.who,
                            role,
                            format!(
                                "participant '{}' of {what} has role '{role}'; expected one of: {}",
                                p.who,
                                vocab.meeting_roles().join(", ")
                            ),
                        ));
                    }
                }
                if let Some(org) = &p.on_behalf_of
                    && !org_ok(org)
                {
                    return Err(invalid(
                        &p.who,
                        org,
                        format!(
                            "participant '{}' of {what} came on behalf of '{org}', which no organization record declares",
                            p.who
                        ),
                    ));
                }
                check_source(&p.who, &format!("participant '{}' of {what}", p.who), &p.source)?;
            }
            for report in &meeting.reports {
                if let Some(author) = &report.author
                    && !person_ok(author)
                    && !org_ok(author)
                {
                    return Err(invalid(
                        &report.title,
                        author,
                        format!(
                            "report '{}' of {what} names author '{author}', which no record declares",
                            report.title
                        ),
                    ));
                }
                if let Some(kind) = &report.kind
                    && kind != "report"
                    && kind != "briefing"
                {
                    return Err(invalid(
                        &report.title,
                        kind,
                        format!(
                            "report '{}' has kind '{kind}'; expected report or briefing",
                            report.title
                        ),
                    ));
                }
            }
        }
        if self.sources.len() > 1 {
            // With several sources, nothing may silently fall back to "the only source".
            let unsourced = self
                .people
                .iter()
                .find(|p| p.source.is_none() && p.posts.iter().any(|post| post.source.is_none()));
            if let Some(p) = unsourced {
                return Err(invalid(
                    "",
                    &p.name,
                    format!(
                        "person '{}' cites no source, and the file declares several; add `source:`",
                        p.name
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl Organization {
    /// The name and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.id.as_deref())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.original.as_deref())
            .chain(self.en.as_deref())
    }
}

impl Person {
    /// The name, id and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.id.as_deref())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.original.as_deref())
            .chain(self.en.as_deref())
    }
}

/// What a reference points at, for [`Dataset::check`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// A source id.
    Source,
    /// An organization.
    Organization,
    /// A person.
    Person,
}

/// The controlled vocabularies that records are checked against.
pub trait Vocabulary {
    /// Whether `role` is a post role (a zh title or a notation).
    fn is_post_role(&self, role: &str) -> bool;
    /// Whether `role` is a meeting role.
    fn is_meeting_role(&self, role: &str) -> bool;
    /// Whether `kind` is an organization kind.
    fn is_org_kind(&self, kind: &str) -> bool;
    /// The meeting roles, for messages.
    fn meeting_roles(&self) -> Vec<String>;
    /// The organization kinds, for messages.
    fn org_kinds(&self) -> Vec<String>;
}

/// Checks a `YYYY-MM-DD` date.
fn check_date(date: &str) -> Result<(), String> {
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map(|_| ())
        .map_err(|_| format!("'{date}' is not a date; expected YYYY-MM-DD"))
}

/// The 1-based line of the first occurrence of `needle` in `text` (1 when absent).
pub fn line_of(text: &str, needle: &str) -> usize {
    line_in_record(text, "", needle)
}

/// The line of `needle` in the record that `anchor` names (any record when `anchor` is empty): of the places
/// `anchor` is written, the `needle` written nearest after one of them; else the first place of `needle`. Text in
/// a YAML comment is never a value.
pub fn line_in_record(text: &str, anchor: &str, needle: &str) -> usize {
    let places = |what: &str| -> Vec<usize> {
        if what.is_empty() {
            return Vec::new();
        }
        text.match_indices(what)
            .map(|(at, _)| at)
            .filter(|&at| {
                let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
                let before = &text[line_start..at];
                !(before.trim_start().starts_with('#') || before.contains(" #"))
            })
            .collect()
    };
    let needles = places(needle);
    let line = |at: usize| text[..at].matches('\n').count() + 1;
    let nearest = places(anchor)
        .into_iter()
        .filter_map(|a| {
            needles
                .iter()
                .find(|&&n| n >= a + anchor.len())
                .map(|&n| (n - a, n))
        })
        .min();
    match (nearest, needles.first()) {
        (Some((_, at)), _) => line(at),
        (None, Some(&at)) => line(at),
        (None, None) => 1,
    }
}

fn strip_location(message: &str) -> String {
    // serde_yaml_ng appends " at line L column C"; serde_json " at line L column C". The location is
    // reported separately, so keep only the message.
    message.split(" at line ").next().unwrap_or(message).to_owned()
}

fn list(items: &BTreeSet<&str>) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.iter().copied().collect::<Vec<_>>().join(", ")
    }
}

impl fmt::Display for RecordFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Yaml => "YAML",
            Self::Json => "JSON",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct AnyVocab;
    impl Vocabulary for AnyVocab {
        fn is_post_role(&self, r: &str) -> bool {
            r != "国王"
        }
        fn is_meeting_role(&self, r: &str) -> bool {
            ["出席", "讲话"].contains(&r)
        }
        fn is_org_kind(&self, k: &str) -> bool {
            k == "company"
        }
        fn meeting_roles(&self) -> Vec<String> {
            vec!["出席".into(), "讲话".into()]
        }
        fn org_kinds(&self) -> Vec<String> {
            vec!["company".into()]
        }
    }

    fn check(text: &str) -> Result<Dataset, RecordError> {
        let d = Dataset::parse(text, RecordFormat::Yaml, Path::new("t.yaml"))?;
        d.check(text, Path::new("t.yaml"), &|_, _| false, &AnyVocab)?;
        Ok(d)
    }

    #[test]
    fn unknown_organization_in_a_post_names_file_line_and_record() {
        let text = "organizations:\n  - name: 甲公司\npeople:\n  - name: 张三\n    posts:\n      - org: 乙公司\n        role: 董事长\n";
        let err = check(text).unwrap_err().to_string();
        assert_eq!(
            err,
            "t.yaml:6: a post of person '张三' names organization '乙公司', which no record declares"
        );
    }

    #[test]
    fn the_line_of_a_bad_value_is_in_its_own_record_not_a_comment_or_another_record() {
        // 乙公司 is written first in a comment, then as 李四's post (fine: it is declared), then as 张三's bad one.
        let text = "# 乙公司 is a company\norganizations:\n  - name: 甲公司\npeople:\n  - name: 李四\n    posts:\n      - {org: 甲公司, role: 董事长}\n  - name: 张三\n    posts:\n      - {org: 甲公司, role: 董事长}\n      - {org: 乙公司, role: 董事长}\n";
        let err = check(text).unwrap_err().to_string();
        assert!(err.starts_with("t.yaml:11: a post of person '张三'"), "{err}");
        assert_eq!(line_in_record("a\n# b\nb\n", "", "b"), 3);
        assert_eq!(line_in_record("x: 1\ny: 2\nx: 3\nz: 1\n", "z", "1"), 4);
    }

    #[test]
    fn malformed_yaml_reports_line_and_column() {
        let err = check("people:\n  - name: [\n").unwrap_err();
        match err {
            RecordError::Syntax { line, column, .. } => assert!(line >= 2 && column >= 1, "{line}:{column}"),
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn unknown_field_is_a_syntax_error() {
        let err = check("people:\n  - name: 张三\n    nmae: x\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("t.yaml:3:"), "{err}");
        assert!(err.contains("nmae"), "{err}");
    }

    #[test]
    fn json_has_the_same_shape() {
        let text = r#"{"organizations":[{"name":"甲公司","kind":"company","units":[{"name":"办公室"}]}]}"#;
        let d = Dataset::parse(text, RecordFormat::Json, Path::new("t.json")).unwrap();
        d.check(text, Path::new("t.json"), &|_, _| false, &AnyVocab)
            .unwrap();
        let orgs = d.all_organizations();
        assert_eq!(orgs.len(), 2);
        assert_eq!(orgs[1].1, Some("甲公司"));
    }

    #[test]
    fn empty_file_is_refused() {
        assert!(matches!(check("  \n"), Err(RecordError::Empty(_))));
        assert!(matches!(check("{}\n"), Err(RecordError::Empty(_))));
    }

    #[test]
    fn bad_date_and_role_are_named() {
        let text = "organizations:\n  - name: 甲\nmeetings:\n  - name: 会\n    date: 2025-13-01\n";
        assert!(
            check(text)
                .unwrap_err()
                .to_string()
                .contains("'2025-13-01' is not a date")
        );
        let text = "organizations:\n  - name: 甲\nmeetings:\n  - name: 会\n    participants:\n      - who: 甲\n        roles: [跳舞]\n";
        let err = check(text).unwrap_err().to_string();
        assert!(err.starts_with("t.yaml:7:") && err.contains("'跳舞'"), "{err}");
    }
}
