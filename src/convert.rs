//! From curated records to RDF: the qualified nodes and labels of every record, in one named graph.
//!
//! Names in records are resolved to IRIs here: an organization by any of its names, a person by name within
//! the file, an entity already in the store by its identity key (see [`crate::identity`]). The shortcut edges
//! and closures are not written here but by [`crate::materialize`], which treats records and RDF files alike.

use crate::chinese::{has_han, person_english, person_pinyin, to_simplified};
use crate::identity::{self, KeyLookup, key};
use crate::lexicon::{Lexicon, meeting_role_iri, org_kind_iri, post_role_iri};
use crate::records::{Dataset, Evidence, Organization, RecordError, line_of};
use crate::vocab::{foaf, opengov, org, orgkg, prov, rdf, schema, skos, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What conversion needs besides the records.
pub struct ConvertContext<'a> {
    /// The vocabularies.
    pub lexicon: &'a Lexicon,
    /// Finds entities already in the store by identity key.
    pub lookup: &'a dyn KeyLookup,
    /// The graph to write into.
    pub graph: NamedNode,
    /// The record file's text, for line numbers in errors.
    pub text: &'a str,
    /// The record file, for errors.
    pub file: &'a Path,
}

struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(s.clone(), p, o, self.graph.clone()));
    }
    fn label(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, text: &str, lang: &str) {
        let text = text.trim();
        if !text.is_empty() {
            self.add(
                s,
                p,
                Literal::new_language_tagged_literal_unchecked(text, lang.to_ascii_lowercase()),
            );
        }
    }
    fn date(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, date: Option<&String>) {
        if let Some(d) = date {
            self.add(s, p, Literal::new_typed_literal(d, xsd::DATE));
        }
    }
    fn evidence(&mut self, s: &NamedNode, evidence: Option<&Evidence>, source: Option<&NamedNode>) {
        if let Some(e) = evidence {
            self.label(s, orgkg::EVIDENCE, &e.text, lang_of(&e.text));
            if let Some(start) = e.start {
                self.add(s, orgkg::EVIDENCE_START, Literal::from(start as i64));
            }
            if let Some(end) = e.end {
                self.add(s, orgkg::EVIDENCE_END, Literal::from(end as i64));
            }
        }
        if let Some(src) = source {
            self.add(s, prov::WAS_DERIVED_FROM, src.clone());
        }
    }
    fn key(&mut self, s: &NamedNode, key: &str) {
        self.add(s, orgkg::IDENTITY_KEY, Literal::new_simple_literal(key));
    }
}

/// The language tag of a name: `zh` when it has Chinese characters, `en` otherwise.
fn lang_of(text: &str) -> &'static str {
    if has_han(text) { "zh" } else { "en" }
}

/// Converts a checked dataset into quads in `ctx.graph` (without materialized shortcuts).
pub fn convert(dataset: &Dataset, ctx: &ConvertContext<'_>) -> Result<Vec<Quad>, RecordError> {
    let invalid = |needle: &str, message: String| RecordError::Invalid {
        file: ctx.file.to_owned(),
        line: line_of(ctx.text, needle),
        message,
    };
    let mut w = Writer {
        graph: GraphName::NamedNode(ctx.graph.clone()),
        quads: Vec::new(),
    };

    // Sources.
    let mut sources: BTreeMap<&str, NamedNode> = BTreeMap::new();
    for s in &dataset.sources {
        let k = key::source(&s.id);
        let iri = ctx
            .lookup
            .find_key(&k)
            .unwrap_or_else(|| identity::mint("source", &k));
        sources.insert(&s.id, iri);
    }
    let default_source = (dataset.sources.len() == 1)
        .then(|| sources.values().next().cloned())
        .flatten();
    let source_of = |id: Option<&String>, fallback: Option<&NamedNode>| -> Option<NamedNode> {
        match id {
            Some(id) => sources
                .get(id.as_str())
                .cloned()
                .or_else(|| ctx.lookup.find_key(&key::source(id)))
                .or_else(|| Some(identity::mint("source", &key::source(id)))),
            None => fallback.cloned().or_else(|| default_source.clone()),
        }
    };

    // Organizations: top-level ones first, then units once their parent has an IRI.
    let orgs = dataset.all_organizations();
    let mut org_iris: Vec<Option<NamedNode>> = vec![None; orgs.len()];
    let mut names: BTreeMap<String, BTreeSet<NamedNode>> = BTreeMap::new();
    let mut parents: BTreeMap<NamedNode, NamedNode> = BTreeMap::new();
    let mut org_keys: Vec<Vec<String>> = vec![Vec::new(); orgs.len()];
    let mut by_alias: Vec<bool> = vec![false; orgs.len()];
    let name_forms = |o: &Organization| -> Vec<String> {
        let mut forms = vec![to_simplified(&o.name)];
        forms.extend(o.aliases.iter().map(|a| to_simplified(a)));
        forms.dedup();
        forms
    };
    for _round in 0..=orgs.len() {
        let mut progressed = false;
        for (i, (o, parent)) in orgs.iter().enumerate() {
            if org_iris[i].is_some() {
                continue;
            }
            let parent_iri = match parent {
                None => None,
                Some(p) => match resolve_name(&names, p) {
                    Some(Ok(iri)) => Some(iri),
                    Some(Err(())) => {
                        return Err(invalid(
                            p,
                            format!(
                                "parent '{p}' of '{}' names several organizations; use an id",
                                o.name
                            ),
                        ));
                    }
                    None if orgs.iter().any(|(other, _)| other.names().any(|n| n == *p)) => continue,
                    None => match ctx.lookup.find_key(&key::organization(&to_simplified(p))) {
                        Some(iri) => Some(iri),
                        None => {
                            return Err(invalid(
                                p,
                                format!(
                                    "organization '{}' names parent '{p}', which no record declares",
                                    o.name
                                ),
                            ));
                        }
                    },
                },
            };
            let keys: Vec<String> = match &parent_iri {
                None => name_forms(o).iter().map(|n| key::organization(n)).collect(),
                Some(p) => name_forms(o).iter().map(|n| key::unit(p.as_str(), n)).collect(),
            };
            let iri = match &o.id {
                Some(id) => identity::explicit(id).ok_or_else(|| invalid(id, format!("organization id '{id}' is not a valid id; expected letters, digits, '-', '_' or '.'")))?,
                None => keys
                    .iter()
                    .find_map(|k| ctx.lookup.find_key(k))
                    .unwrap_or_else(|| identity::mint("org", &keys[0])),
            };
            // Found through an alias (a short form such as 中国有色协会): the name here is another name of an
            // organization the store knows by its full one, so it becomes an alternative label.
            by_alias[i] = ctx.lookup.find_key(&keys[0]).is_some_and(|found| found != iri)
                || (o.id.is_none()
                    && ctx.lookup.find_key(&keys[0]).is_none()
                    && keys
                        .iter()
                        .skip(1)
                        .any(|k| ctx.lookup.find_key(k).as_ref() == Some(&iri)));
            for n in o.names() {
                names.entry(n.to_owned()).or_default().insert(iri.clone());
                names.entry(to_simplified(n)).or_default().insert(iri.clone());
                // A unit can also be named with its parent, `中国有色金属工业协会/会员部`, where names repeat.
                if let Some(p) = parent {
                    names.entry(format!("{p}/{n}")).or_default().insert(iri.clone());
                }
            }
            if let Some(p) = parent_iri {
                parents.insert(iri.clone(), p);
            }
            org_keys[i] = keys;
            org_iris[i] = Some(iri);
            progressed = true;
        }
        if !progressed {
            break;
        }
    }
    if let Some(i) = org_iris.iter().position(Option::is_none) {
        let o = orgs[i].0;
        return Err(invalid(
            &o.name,
            format!("organization '{}' sits in a cycle of parents", o.name),
        ));
    }
    let org_ref = |r: &str| -> Result<NamedNode, RecordError> {
        match resolve_name(&names, r) {
            Some(Ok(iri)) => Ok(iri),
            Some(Err(())) => Err(invalid(
                r,
                format!("'{r}' names several organizations; use an id"),
            )),
            None => identity::explicit(r)
                .filter(|_| r.starts_with("id:") || r.contains("://"))
                .or_else(|| ctx.lookup.find_key(&key::organization(&to_simplified(r))))
                .ok_or_else(|| invalid(r, format!("'{r}' names no declared organization"))),
        }
    };
    let top_of = |iri: &NamedNode| -> NamedNode {
        let mut current = iri.clone();
        let mut steps = 0;
        while let Some(p) = parents.get(&current) {
            current = p.clone();
            steps += 1;
            if steps > 64 {
                break;
            }
        }
        current
    };

    for (i, (o, _)) in orgs.iter().enumerate() {
        let iri = org_iris[i].clone().expect("resolved above");
        let kind = o.kind.as_deref().and_then(|k| ctx.lexicon.org_kind(k));
        let is_unit = parents.contains_key(&iri) || kind.is_some_and(|k| k.extra.as_deref() == Some("unit"));
        w.add(
            &iri,
            rdf::TYPE,
            if is_unit {
                org::ORGANIZATIONAL_UNIT
            } else {
                org::FORMAL_ORGANIZATION
            }
            .into_owned(),
        );
        if let Some(k) = kind {
            w.add(&iri, org::CLASSIFICATION, org_kind_iri(k));
        }
        let name = to_simplified(&o.name);
        let name_property = if by_alias[i] {
            skos::ALT_LABEL
        } else {
            skos::PREF_LABEL
        };
        w.label(&iri, name_property, &name, lang_of(&name));
        if let Some(orig) = o.original.as_deref().filter(|x| *x != name) {
            w.label(
                &iri,
                skos::ALT_LABEL,
                orig,
                if has_han(orig) { "zh-Hant" } else { "en" },
            );
        }
        if let Some(en) = &o.en {
            w.label(&iri, skos::PREF_LABEL, en, "en");
        }
        for alias in &o.aliases {
            w.label(&iri, skos::ALT_LABEL, &to_simplified(alias), lang_of(alias));
        }
        for k in &org_keys[i] {
            w.key(&iri, k);
        }
        if let Some(p) = parents.get(&iri) {
            w.add(&iri, org::UNIT_OF, p.clone());
        }
        let src = source_of(o.source.as_ref(), None);
        w.evidence(&iri, o.evidence.as_ref(), src.as_ref());
    }

    let org_names: BTreeMap<NamedNode, String> = orgs
        .iter()
        .zip(&org_iris)
        .filter_map(|((o, _), iri)| Some((iri.clone()?, to_simplified(&o.name))))
        .collect();

    // People: identity is name plus the top-level organization of each post.
    let mut people: BTreeMap<String, BTreeSet<NamedNode>> = BTreeMap::new();
    let mut person_iris = Vec::new();
    for p in &dataset.people {
        let name = to_simplified(&p.name);
        let mut anchors: Vec<NamedNode> = Vec::new();
        for post in &p.posts {
            let top = top_of(&org_ref(&post.org)?);
            if !anchors.contains(&top) {
                anchors.push(top);
            }
        }
        if anchors.is_empty() {
            // No post: the organization the person came for anchors them, else the source alone.
            let behalf = dataset
                .meetings
                .iter()
                .flat_map(|m| &m.participants)
                .find(|x| p.names().any(|n| n == x.who))
                .and_then(|x| x.on_behalf_of.as_deref());
            if let Some(b) = behalf {
                anchors.push(top_of(&org_ref(b)?));
            }
        }
        let keys: Vec<String> = if anchors.is_empty() {
            let scope = p
                .source
                .clone()
                .or_else(|| dataset.sources.first().map(|s| s.id.clone()))
                .unwrap_or_else(|| ctx.graph.as_str().to_owned());
            vec![key::person(&name, &format!("source:{scope}"))]
        } else {
            anchors.iter().map(|a| key::person(&name, a.as_str())).collect()
        };
        let rejected: Vec<NamedNode> = p
            .not_same_as
            .iter()
            .filter_map(|x| identity::explicit(x))
            .collect();
        let iri = match p.id.as_deref().or(p.same_as.first().map(String::as_str)) {
            Some(id) => identity::explicit(id)
                .ok_or_else(|| invalid(id, format!("person id '{id}' is not a valid id")))?,
            None => keys
                .iter()
                .filter_map(|k| ctx.lookup.find_key(k))
                .find(|found| !rejected.contains(found))
                .unwrap_or_else(|| {
                    if rejected.is_empty() {
                        identity::mint("person", &keys[0])
                    } else {
                        identity::mint("person", &format!("{}#{}", keys[0], ctx.graph.as_str()))
                    }
                }),
        };
        for n in p.names() {
            people.entry(n.to_owned()).or_default().insert(iri.clone());
            people.entry(to_simplified(n)).or_default().insert(iri.clone());
        }
        person_iris.push((iri, keys));
    }
    let person_ref = |r: &str| -> Option<Result<NamedNode, RecordError>> {
        resolve_name(&people, r)
            .map(|found| found.map_err(|()| invalid(r, format!("'{r}' names several people; use an id"))))
    };
    let agent_ref = |r: &str| -> Result<NamedNode, RecordError> {
        match person_ref(r) {
            Some(found) => found,
            None => {
                org_ref(r).map_err(|_| invalid(r, format!("'{r}' names no declared person or organization")))
            }
        }
    };

    for (p, (iri, keys)) in dataset.people.iter().zip(&person_iris) {
        let name = to_simplified(&p.name);
        w.add(iri, rdf::TYPE, foaf::PERSON.into_owned());
        w.label(iri, foaf::NAME, &name, lang_of(&name));
        w.label(iri, skos::PREF_LABEL, &name, lang_of(&name));
        if has_han(&name) {
            let en = p.en.clone().unwrap_or_else(|| person_english(&name));
            w.label(iri, skos::PREF_LABEL, &en, "en");
            w.label(iri, skos::ALT_LABEL, &person_pinyin(&name), "zh-Latn-pinyin");
        } else if let Some(en) = p.en.as_ref().filter(|en| **en != name) {
            w.label(iri, skos::ALT_LABEL, en, "en");
        }
        if let Some(orig) = p.original.as_deref().filter(|x| *x != name) {
            w.label(iri, skos::ALT_LABEL, orig, "zh-Hant");
        }
        for alias in &p.aliases {
            w.label(iri, skos::ALT_LABEL, alias, lang_of(alias));
        }
        for k in keys {
            w.key(iri, k);
        }
        for other in p
            .same_as
            .iter()
            .skip(usize::from(p.id.is_none()))
            .filter_map(|x| identity::explicit(x))
        {
            w.add(iri, orgkg::SAME_AS, other);
        }
        for other in p.not_same_as.iter().filter_map(|x| identity::explicit(x)) {
            w.add(iri, orgkg::DIFFERENT_FROM, other);
        }
        let person_source = source_of(p.source.as_ref(), None);
        for post in &p.posts {
            let org_iri = org_ref(&post.org)?;
            let role = ctx
                .lexicon
                .post_role(&post.role)
                .ok_or_else(|| invalid(&post.role, format!("'{}' is not a post role", post.role)))?;
            let role_iri = post_role_iri(role);
            let post_iri = identity::mint("post", &key::post(org_iri.as_str(), &role.notation));
            w.add(&post_iri, rdf::TYPE, org::POST.into_owned());
            w.add(&post_iri, org::POST_IN, org_iri.clone());
            w.add(&post_iri, org::ROLE_PROP, role_iri.clone());
            let org_name = org_names.get(&org_iri).cloned().unwrap_or_default();
            w.label(
                &post_iri,
                skos::PREF_LABEL,
                &format!("{org_name}{}", role.zh),
                "zh",
            );
            let m = identity::mint("membership", &key::membership(iri.as_str(), post_iri.as_str()));
            w.add(&m, rdf::TYPE, org::MEMBERSHIP.into_owned());
            w.add(&m, org::MEMBER, iri.clone());
            w.add(&m, org::ORGANIZATION_PROP, org_iri);
            w.add(&m, org::ROLE_PROP, role_iri);
            w.add(&m, opengov::POST, post_iri);
            w.date(&m, orgkg::AS_OF, post.as_of.as_ref());
            w.date(&m, schema::START_DATE, post.start.as_ref());
            w.date(&m, schema::END_DATE, post.end.as_ref());
            let title = post.title.clone().unwrap_or_else(|| role.zh.clone());
            w.label(&m, orgkg::TITLE_AT_TIME, &to_simplified(&title), lang_of(&title));
            let src = source_of(post.source.as_ref(), person_source.as_ref());
            w.evidence(&m, post.evidence.as_ref(), src.as_ref());
        }
    }

    // Meetings, their participations and reports.
    for meeting in &dataset.meetings {
        let name = to_simplified(&meeting.name);
        let src = source_of(meeting.source.as_ref(), None);
        let scope = meeting.date.clone().unwrap_or_else(|| {
            format!(
                "source:{}",
                src.as_ref().map_or(ctx.graph.as_str(), |s| s.as_str())
            )
        });
        let k = key::meeting(&name, &scope);
        let iri = match &meeting.id {
            Some(id) => identity::explicit(id)
                .ok_or_else(|| invalid(id, format!("meeting id '{id}' is not a valid id")))?,
            None => ctx
                .lookup
                .find_key(&k)
                .unwrap_or_else(|| identity::mint("meeting", &k)),
        };
        w.add(&iri, rdf::TYPE, orgkg::MEETING.into_owned());
        w.label(&iri, schema::NAME, &name, lang_of(&name));
        w.label(&iri, skos::PREF_LABEL, &name, lang_of(&name));
        if let Some(en) = &meeting.en {
            w.label(&iri, skos::PREF_LABEL, en, "en");
        }
        if let Some(orig) = meeting.original.as_deref().filter(|x| *x != name) {
            w.label(
                &iri,
                skos::ALT_LABEL,
                orig,
                if has_han(orig) { "zh-Hant" } else { "en" },
            );
        }
        w.key(&iri, &k);
        w.date(&iri, schema::START_DATE, meeting.date.as_ref());
        w.date(&iri, schema::END_DATE, meeting.end_date.as_ref());
        if let Some(place) = &meeting.place {
            let place_name = to_simplified(place);
            let pk = key::place(&place_name);
            let place_iri = ctx
                .lookup
                .find_key(&pk)
                .unwrap_or_else(|| identity::mint("place", &pk));
            w.add(&place_iri, rdf::TYPE, schema::PLACE.into_owned());
            w.label(&place_iri, schema::NAME, &place_name, lang_of(&place_name));
            w.label(&place_iri, skos::PREF_LABEL, &place_name, lang_of(&place_name));
            if let Some(en) = &meeting.place_en {
                w.label(&place_iri, skos::PREF_LABEL, en, "en");
            }
            w.key(&place_iri, &pk);
            w.add(&iri, schema::LOCATION, place_iri);
        }
        for topic in &meeting.topics {
            w.label(&iri, schema::KEYWORDS, &to_simplified(topic), lang_of(topic));
        }
        if let Some(a) = &meeting.attendance {
            w.label(&iri, orgkg::ATTENDANCE_TEXT, &to_simplified(a), lang_of(a));
        }
        if let Some(n) = meeting.attendance_count {
            w.add(&iri, orgkg::ATTENDANCE_COUNT, Literal::from(i64::from(n)));
        }
        w.evidence(&iri, meeting.evidence.as_ref(), src.as_ref());

        let participate = |w: &mut Writer,
                           agent: &NamedNode,
                           role_text: &str,
                           behalf: Option<NamedNode>,
                           title: Option<&String>,
                           evidence: Option<&Evidence>,
                           source: Option<NamedNode>|
         -> Result<(), RecordError> {
            let role = ctx
                .lexicon
                .meeting_role(role_text)
                .ok_or_else(|| invalid(role_text, format!("'{role_text}' is not a meeting role")))?;
            let p = identity::mint(
                "participation",
                &key::participation(iri.as_str(), agent.as_str(), &role.notation),
            );
            w.add(&p, rdf::TYPE, orgkg::PARTICIPATION.into_owned());
            w.add(&p, orgkg::AGENT, agent.clone());
            w.add(&p, orgkg::EVENT, iri.clone());
            w.add(&p, orgkg::MEETING_ROLE, meeting_role_iri(role));
            if let Some(b) = behalf {
                w.add(&p, orgkg::ON_BEHALF_OF, b);
            }
            if let Some(t) = title {
                w.label(&p, orgkg::TITLE_AT_TIME, &to_simplified(t), lang_of(t));
            }
            w.evidence(&p, evidence, source.as_ref());
            Ok(())
        };
        let organizer_lists = [
            ("organizer", &meeting.organizers),
            ("co-organizer", &meeting.co_organizers),
            ("undertaker", &meeting.undertakers),
            ("guide", &meeting.guides),
            ("supporter", &meeting.supporters),
        ];
        for (role, list) in organizer_lists {
            for o in list {
                let agent = org_ref(o)?;
                participate(
                    &mut w,
                    &agent,
                    role,
                    None,
                    None,
                    meeting.evidence.as_ref(),
                    src.clone(),
                )?;
            }
        }
        for x in &meeting.participants {
            let agent = agent_ref(&x.who)?;
            let behalf = x.on_behalf_of.as_deref().map(&org_ref).transpose()?;
            let psrc = source_of(x.source.as_ref(), src.as_ref());
            for role in &x.roles {
                participate(
                    &mut w,
                    &agent,
                    role,
                    behalf.clone(),
                    x.title.as_ref(),
                    x.evidence.as_ref(),
                    psrc.clone(),
                )?;
            }
        }
        for r in &meeting.reports {
            let title = to_simplified(&r.title);
            let report = identity::mint("report", &key::report(iri.as_str(), &title));
            let briefing = r.kind.as_deref() == Some("briefing");
            w.add(
                &report,
                rdf::TYPE,
                if briefing { orgkg::BRIEFING } else { schema::REPORT }.into_owned(),
            );
            w.label(&report, schema::NAME, &title, lang_of(&title));
            w.label(&report, skos::PREF_LABEL, &title, lang_of(&title));
            if let Some(orig) = r.original.as_deref().filter(|x| *x != title) {
                w.label(
                    &report,
                    skos::ALT_LABEL,
                    orig,
                    if has_han(orig) { "zh-Hant" } else { "en" },
                );
            }
            if let Some(a) = &r.author {
                w.add(&report, schema::AUTHOR, agent_ref(a)?);
            }
            w.add(&report, orgkg::PRESENTED_AT, iri.clone());
            w.evidence(&report, r.evidence.as_ref(), src.as_ref());
        }
    }

    // Sources last: the publisher may name an organization.
    for s in &dataset.sources {
        let iri = sources[s.id.as_str()].clone();
        w.add(&iri, rdf::TYPE, prov::ENTITY.into_owned());
        w.add(&iri, rdf::TYPE, schema::NEWS_ARTICLE.into_owned());
        w.key(&iri, &key::source(&s.id));
        if let Some(t) = &s.title {
            let t = to_simplified(t);
            w.label(&iri, schema::NAME, &t, lang_of(&t));
        }
        if let Some(url) = &s.url {
            match NamedNode::new(url.trim()) {
                Ok(u) => w.add(&iri, schema::URL, u),
                Err(_) => {
                    return Err(invalid(
                        url,
                        format!("source '{}' has URL '{url}', which is not a valid IRI", s.id),
                    ));
                }
            }
        }
        w.date(&iri, schema::DATE_PUBLISHED, s.published.as_ref());
        if let Some(p) = &s.publisher {
            match org_ref(p) {
                Ok(o) => w.add(&iri, schema::PUBLISHER, o),
                Err(_) => w.label(&iri, schema::PUBLISHER, p, lang_of(p)),
            }
        }
        if let Some(at) = &s.extracted {
            w.add(
                &iri,
                prov::GENERATED_AT_TIME,
                Literal::new_typed_literal(at, crate::vocab::xsd::DATE_TIME),
            );
        }
        if let Some(tool) = &s.extractor {
            w.add(&iri, prov::WAS_ATTRIBUTED_TO, Literal::new_simple_literal(tool));
        }
    }
    Ok(w.quads)
}

/// Resolves a name against a name table: `None` when unknown, `Err` when it names several entities.
fn resolve_name(table: &BTreeMap<String, BTreeSet<NamedNode>>, name: &str) -> Option<Result<NamedNode, ()>> {
    let found = table.get(name).or_else(|| table.get(&to_simplified(name)))?;
    if found.len() == 1 {
        found.iter().next().cloned().map(Ok)
    } else {
        Some(Err(()))
    }
}
