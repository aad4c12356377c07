//! Reads the store into a [`KnowledgeGraph`] with the canned queries in `queries/`.
//!
//! Each query fetches one kind of fact for the whole store; the joins that would multiply rows (labels per
//! entity, kinds per organization) are done here in hash maps instead, so a store of a million triples is read in
//! a handful of linear scans.

use super::labels::fallback_label;
use super::{Entity, GraphError, KnowledgeGraph, Labels, Link, Named, NodeKind};
use crate::lexicon::{Concept, Lexicon, meeting_role_iri, org_kind_iri, post_role_iri};
use crate::sparql::{Row, SparqlBackend};
use crate::vocab::{self, ns};
use oxigraph::model::{NamedNode, Term};
use std::collections::HashMap;

/// The canned queries, by file name, so a test can parse every one.
#[cfg(test)]
const QUERIES: &[(&str, &str)] = &[
    ("entities.rq", ENTITIES),
    ("labels.rq", LABELS),
    ("label-rdfs.rq", LABEL_RDFS),
    ("meetings.rq", MEETINGS),
    ("memberships.rq", MEMBERSHIPS),
    ("participations.rq", PARTICIPATIONS),
    ("facts.rq", FACTS),
];

const ENTITIES: &str = include_str!("queries/entities.rq");
const LABELS: &str = include_str!("queries/labels.rq");
const LABEL_RDFS: &str = include_str!("queries/label-rdfs.rq");
const MEETINGS: &str = include_str!("queries/meetings.rq");
const MEMBERSHIPS: &str = include_str!("queries/memberships.rq");
const PARTICIPATIONS: &str = include_str!("queries/participations.rq");
const FACTS: &str = include_str!("queries/facts.rq");

/// Preferred labels of every IRI in the store, chosen by property and language.
#[derive(Debug, Default)]
pub(crate) struct LabelIndex {
    map: HashMap<NamedNode, [Option<(u8, String)>; 2]>,
}

impl LabelIndex {
    /// Reads every label in the store.
    pub(crate) fn read(backend: &dyn SparqlBackend) -> Result<Self, GraphError> {
        let mut index = LabelIndex::default();
        for row in backend.select(LABELS, &[])?.iter() {
            let (Some(Term::NamedNode(s)), Some(Term::NamedNode(p)), Some(Term::Literal(l))) =
                (row.get("subject"), row.get("property"), row.get("label"))
            else {
                continue;
            };
            index.offer(s, p.as_str(), l.value(), l.language());
        }
        Ok(index)
    }

    /// True when the IRI has a label in either language.
    pub(crate) fn has(&self, iri: &NamedNode) -> bool {
        self.map
            .get(iri)
            .is_some_and(|[zh, en]| zh.is_some() || en.is_some())
    }

    /// Reads the `rdfs:label`s of one IRI (for the few that have no other label).
    pub(crate) fn read_rdfs(
        &mut self,
        backend: &dyn SparqlBackend,
        iri: &NamedNode,
    ) -> Result<(), GraphError> {
        for row in backend
            .select(LABEL_RDFS, &[("subject", Term::from(iri.clone()))])?
            .iter()
        {
            if let (Some(Term::NamedNode(p)), Some(Term::Literal(l))) =
                (row.get("property"), row.get("label"))
            {
                self.offer(iri, p.as_str(), l.value(), l.language());
            }
        }
        Ok(())
    }

    /// Adds the labels of the lexicon's concepts (post roles, meeting roles, organization kinds) where the
    /// store has none for them.
    pub(crate) fn add_lexicon(&mut self, lexicon: &Lexicon) {
        let schemes = [
            (&lexicon.post_roles, post_role_iri as fn(&Concept) -> NamedNode),
            (&lexicon.meeting_roles, meeting_role_iri),
            (&lexicon.org_kinds, org_kind_iri),
        ];
        for (concepts, iri) in schemes {
            for c in concepts {
                let iri = iri(c);
                self.offer_ranked(&iri, 0, 8, &c.zh);
                self.offer_ranked(&iri, 1, 8, &c.en);
            }
        }
    }

    /// Considers one label, keeping the best per language.
    pub(crate) fn offer(&mut self, subject: &NamedNode, property: &str, value: &str, language: Option<&str>) {
        let property_rank = match property {
            p if p == vocab::skos::PREF_LABEL.as_str() => 0,
            p if p == vocab::schema::NAME.as_str() => 1,
            p if p == vocab::foaf::NAME.as_str() => 2,
            _ => 3,
        };
        let lang = language.unwrap_or("").to_ascii_lowercase();
        let (slot, lang_rank) = match lang.as_str() {
            "zh" | "zh-hans" | "zh-cn" => (0, 0),
            "" => (0, 1),
            l if l.starts_with("en") => (1, 0),
            "zh-latn-pinyin" => (1, 1),
            _ => return,
        };
        self.offer_ranked(subject, slot, property_rank * 2 + lang_rank, value);
    }

    fn offer_ranked(&mut self, subject: &NamedNode, slot: usize, rank: u8, value: &str) {
        if value.is_empty() {
            return;
        }
        let entry = self.map.entry(subject.clone()).or_default();
        let better = match &entry[slot] {
            None => true,
            Some((r, v)) => (rank, value) < (*r, v.as_str()),
        };
        if better {
            entry[slot] = Some((rank, value.to_owned()));
        }
    }

    /// The labels of an IRI (empty when it has none).
    pub(crate) fn get(&self, iri: &NamedNode) -> Labels {
        self.map.get(iri).map_or_else(Labels::default, |[zh, en]| Labels {
            zh: zh.as_ref().map(|(_, v)| v.clone()),
            en: en.as_ref().map(|(_, v)| v.clone()),
        })
    }

    /// The IRI with its labels, falling back to the built-in table for the relations orgkg itself uses.
    pub(crate) fn named(&self, iri: &NamedNode) -> Named {
        let mut labels = self.get(iri);
        if labels.is_empty() {
            labels = fallback_label(iri.as_str());
        }
        Named {
            iri: iri.clone(),
            labels,
        }
    }
}

/// The node kind an organization-kind concept (`id:kind-<notation>`) stands for.
pub(crate) fn kind_of_classification(iri: &str) -> Option<NodeKind> {
    let notation = iri.strip_prefix(ns::ID)?.strip_prefix("kind-")?;
    Some(match notation {
        "industry-association" | "alliance" => NodeKind::Association,
        "company" | "group" => NodeKind::Company,
        "government-body" => NodeKind::GovernmentBody,
        "public-institution" | "promotion-centre" | "research-institute" | "university" => {
            NodeKind::Institution
        }
        "department" | "branch" | "party-committee" | "committee" => NodeKind::Department,
        _ => NodeKind::Organization,
    })
}

/// The node kind of an RDF class, with a rank (lower wins when an entity has several classes).
pub(crate) fn kind_of_class(iri: &str) -> Option<(u8, NodeKind)> {
    use vocab::{foaf, org, orgkg, schema};
    Some(match iri {
        i if i == foaf::PERSON.as_str() || i == schema::PERSON.as_str() => (0, NodeKind::Person),
        i if i == orgkg::MEETING.as_str() || i == schema::EVENT.as_str() => (1, NodeKind::Meeting),
        i if i == schema::REPORT.as_str()
            || i == orgkg::BRIEFING.as_str()
            || i == schema::CREATIVE_WORK.as_str() =>
        {
            (2, NodeKind::Report)
        }
        i if i == org::ORGANIZATIONAL_UNIT.as_str() => (3, NodeKind::Department),
        i if i == org::FORMAL_ORGANIZATION.as_str() || i == org::ORGANIZATION.as_str() => {
            (4, NodeKind::Organization)
        }
        _ => return None,
    })
}

fn iri(row: &Row<'_>, var: &str) -> Option<NamedNode> {
    match row.get(var) {
        Some(Term::NamedNode(n)) => Some(n.clone()),
        _ => None,
    }
}

fn text(row: &Row<'_>, var: &str) -> Option<String> {
    match row.get(var) {
        Some(Term::Literal(l)) => Some(l.value().to_owned()),
        _ => None,
    }
}

/// Reads the entities (with kinds, labels and meeting details) of the store.
pub(crate) fn read_entities(
    backend: &dyn SparqlBackend,
    labels: &LabelIndex,
) -> Result<HashMap<NamedNode, Entity>, GraphError> {
    // entity -> (class rank, class kind, classification kind)
    let mut kinds: HashMap<NamedNode, (u8, NodeKind, Option<NodeKind>)> = HashMap::new();
    for row in backend.select(ENTITIES, &[])?.iter() {
        let (Some(entity), Some(class)) = (iri(&row, "entity"), iri(&row, "class")) else {
            continue;
        };
        let Some((rank, kind)) = kind_of_class(class.as_str()) else {
            continue;
        };
        let classified = iri(&row, "classification").and_then(|c| kind_of_classification(c.as_str()));
        let entry = kinds.entry(entity).or_insert((rank, kind, None));
        if rank < entry.0 {
            (entry.0, entry.1) = (rank, kind);
        }
        if let Some(c) = classified {
            // Keep the smallest, so an entity classified twice gets the same kind on every run.
            entry.2 = Some(entry.2.map_or(c, |old| old.min(c)));
        }
    }
    let mut entities: HashMap<NamedNode, Entity> = kinds
        .into_iter()
        .map(|(iri, (_, kind, classified))| {
            let kind = match classified {
                Some(c) if kind.is_organization() => c,
                _ => kind,
            };
            let labels = labels.get(&iri);
            (iri.clone(), Entity::new(iri, kind, labels))
        })
        .collect();
    for row in backend.select(MEETINGS, &[])?.iter() {
        let Some(meeting) = iri(&row, "meeting").and_then(|m| entities.get_mut(&m)) else {
            continue;
        };
        if let Some(date) = text(&row, "date")
            && meeting.date.as_ref().is_none_or(|d| date < *d)
        {
            meeting.date = Some(date);
        }
        if let Some(place) = iri(&row, "place") {
            let place = labels.get(&place);
            if meeting.place.as_ref().is_none_or(|p| place < *p) {
                meeting.place = Some(place);
            }
        }
    }
    Ok(entities)
}

/// Reads every link of the store.
pub(crate) fn read_links(
    backend: &dyn SparqlBackend,
    labels: &LabelIndex,
) -> Result<Vec<(NamedNode, NamedNode, Link)>, GraphError> {
    let mut links = Vec::new();
    let mut named_cache: HashMap<NamedNode, Named> = HashMap::new();
    let mut named = |iri: NamedNode| {
        named_cache
            .entry(iri)
            .or_insert_with_key(|i| labels.named(i))
            .clone()
    };

    let membership = named(vocab::org::MEMBERSHIP.into_owned());
    for row in backend.select(MEMBERSHIPS, &[])?.iter() {
        let (Some(person), Some(org)) = (iri(&row, "person"), iri(&row, "organization")) else {
            continue;
        };
        let mut link = Link::new(membership.clone());
        link.role = iri(&row, "role").map(&mut named);
        link.title = text(&row, "title");
        link.evidence = text(&row, "evidence");
        link.source = iri(&row, "graph");
        links.push((person, org, link));
    }

    let participation = named(vocab::orgkg::PARTICIPATION.into_owned());
    for row in backend.select(PARTICIPATIONS, &[])?.iter() {
        let (Some(agent), Some(meeting)) = (iri(&row, "agent"), iri(&row, "meeting")) else {
            continue;
        };
        let mut link = Link::new(participation.clone());
        link.role = iri(&row, "role").map(&mut named);
        link.on_behalf_of = iri(&row, "onBehalfOf");
        link.title = text(&row, "title");
        link.evidence = text(&row, "evidence");
        link.source = iri(&row, "graph");
        links.push((agent, meeting, link));
    }

    for row in backend.select(FACTS, &[])?.iter() {
        let (Some(from), Some(relation), Some(to)) =
            (iri(&row, "from"), iri(&row, "relation"), iri(&row, "to"))
        else {
            continue;
        };
        let mut link = Link::new(named(relation));
        link.source = iri(&row, "graph");
        links.push((from, to, link));
    }
    // A unit is also materialized as a sub-organization of its parent: keep only the more specific fact.
    let units: std::collections::HashSet<(NamedNode, NamedNode)> = links
        .iter()
        .filter(|(_, _, l)| l.relation.iri == vocab::org::UNIT_OF)
        .map(|(a, b, _)| (a.clone(), b.clone()))
        .collect();
    links.retain(|(a, b, l)| {
        l.relation.iri != vocab::org::SUB_ORGANIZATION_OF || !units.contains(&(a.clone(), b.clone()))
    });
    Ok(links)
}

/// Reads the whole store into a graph; role and kind labels the store lacks come from the lexicon.
pub(crate) fn load(backend: &dyn SparqlBackend, lexicon: &Lexicon) -> Result<KnowledgeGraph, GraphError> {
    let mut labels = LabelIndex::read(backend)?;
    labels.add_lexicon(lexicon);
    // The relations links are made of, labelled in the ontology with rdfs:label only.
    for relation in [
        vocab::org::MEMBERSHIP,
        vocab::orgkg::PARTICIPATION,
        vocab::org::UNIT_OF,
        vocab::org::SUB_ORGANIZATION_OF,
        vocab::schema::AUTHOR,
        vocab::orgkg::PRESENTED_AT,
    ] {
        let relation = relation.into_owned();
        if !labels.has(&relation) {
            labels.read_rdfs(backend, &relation)?;
        }
    }
    let mut entities = read_entities(backend, &labels)?;
    // Entities loaded from other RDF may carry rdfs:label alone.
    for (iri, entity) in &mut entities {
        if entity.labels.is_empty() {
            labels.read_rdfs(backend, iri)?;
            entity.labels = labels.get(iri);
        }
    }
    let links = read_links(backend, &labels)?;
    Ok(KnowledgeGraph::from_parts(entities.into_values(), links))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_canned_query_parses() {
        for (name, query) in QUERIES {
            let _ = crate::sparql::evaluator()
                .parse_query(query)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    #[test]
    fn organization_kinds_follow_the_classification_notation() {
        let kind = |n: &str| kind_of_classification(&format!("{}kind-{n}", ns::ID));
        assert_eq!(kind("industry-association"), Some(NodeKind::Association));
        assert_eq!(kind("group"), Some(NodeKind::Company));
        assert_eq!(kind("promotion-centre"), Some(NodeKind::Institution));
        assert_eq!(kind("department"), Some(NodeKind::Department));
        assert_eq!(kind_of_classification("http://example.com/kind-company"), None);
    }

    #[test]
    fn labels_prefer_pref_label_then_plain_zh_and_skip_traditional_spellings() {
        let mut index = LabelIndex::default();
        let s = NamedNode::new("http://example.com/s").unwrap();
        index.offer(&s, vocab::rdfs::LABEL.as_str(), "乙", Some("zh"));
        index.offer(&s, vocab::skos::PREF_LABEL.as_str(), "甲", Some("zh"));
        index.offer(&s, vocab::skos::PREF_LABEL.as_str(), "甲舊", Some("zh-Hant"));
        index.offer(
            &s,
            vocab::skos::PREF_LABEL.as_str(),
            "Jia",
            Some("zh-Latn-pinyin"),
        );
        assert_eq!(index.get(&s), Labels::new(Some("甲"), Some("Jia")));
        index.offer(&s, vocab::skos::PREF_LABEL.as_str(), "A", Some("en"));
        assert_eq!(index.get(&s).en.as_deref(), Some("A"));
    }
}
