//! Projections: the simpler networks analysts reason about, derived from the full graph.
//!
//! The full graph mixes people, organizations, meetings and reports. Network measures mean more on one kind of
//! tie at a time: who holds posts where (person–organization), who meets whom (person–person through shared
//! meetings), and which organizations are tied by shared meetings or by people holding posts in both
//! (organization–organization). A projected link keeps, in [`Link::via`], the meetings or people it stands for,
//! so a path through a projection can still be explained.

use super::labels::fallback_label;
use super::{Entity, KnowledgeGraph, Link, Named, NodeKind};
use crate::vocab::{self, ns};
use oxigraph::model::NamedNode;
use std::collections::{BTreeMap, BTreeSet};

/// A view of the graph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Projection {
    /// Everything: organizations, people, meetings, reports and every link.
    #[default]
    Full,
    /// People and organizations, linked by the posts people hold.
    PersonOrganization,
    /// People, linked when they took part in the same meeting; the weight counts shared meetings.
    PersonPerson,
    /// Organizations, linked when they took part in the same meeting (themselves or through people who came
    /// for them) or when one person holds posts in both; the weight counts what they share.
    OrganizationOrganization,
}

impl Projection {
    /// Every projection.
    pub const ALL: [Projection; 4] = [
        Projection::Full,
        Projection::PersonOrganization,
        Projection::PersonPerson,
        Projection::OrganizationOrganization,
    ];

    /// The projection's name on the command line: `full`, `person-org`, `person-person`, `org-org`.
    pub fn name(self) -> &'static str {
        match self {
            Projection::Full => "full",
            Projection::PersonOrganization => "person-org",
            Projection::PersonPerson => "person-person",
            Projection::OrganizationOrganization => "org-org",
        }
    }
}

impl std::str::FromStr for Projection {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Projection::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Projection::ALL.iter().map(|p| p.name()).collect();
                format!("unknown projection {s:?}; expected one of {}", names.join(", "))
            })
    }
}

/// The relation of a person–person or organization–organization link made by shared meetings
/// (`orgkg:sharedMeeting`; derived, not stored).
pub fn shared_meeting() -> NamedNode {
    NamedNode::new_unchecked(format!("{}sharedMeeting", ns::ORGKG))
}

/// The relation of an organization–organization link made by people holding posts in both
/// (`orgkg:sharedMember`; derived, not stored).
pub fn shared_member() -> NamedNode {
    NamedNode::new_unchecked(format!("{}sharedMember", ns::ORGKG))
}

impl KnowledgeGraph {
    /// The graph seen through a projection.
    pub fn project(&self, projection: Projection) -> KnowledgeGraph {
        match projection {
            Projection::Full => self.clone(),
            Projection::PersonOrganization => self.person_organization(),
            Projection::PersonPerson => self.person_person(),
            Projection::OrganizationOrganization => self.organization_organization(),
        }
    }

    fn person_organization(&self) -> KnowledgeGraph {
        let entities = self
            .entities()
            .filter(|e| e.kind == NodeKind::Person || e.kind.is_organization())
            .cloned();
        let links = self
            .links()
            .filter(|l| l.link.relation.iri == vocab::org::MEMBERSHIP)
            .map(|l| (l.from.iri.clone(), l.to.iri.clone(), l.link.clone()));
        KnowledgeGraph::from_parts(entities, links)
    }

    /// Meeting → the entities of the wanted kind that took part in it (as agents, or for organizations also
    /// through the people who came on their behalf).
    fn attendance(&self, wanted: impl Fn(&Entity) -> bool) -> BTreeMap<&NamedNode, BTreeSet<&NamedNode>> {
        let mut by_meeting: BTreeMap<&NamedNode, BTreeSet<&NamedNode>> = BTreeMap::new();
        for l in self.links() {
            if l.link.relation.iri != vocab::orgkg::PARTICIPATION || l.to.kind != NodeKind::Meeting {
                continue;
            }
            if wanted(l.from) {
                by_meeting.entry(&l.to.iri).or_default().insert(&l.from.iri);
            }
            if let Some(org) = l.link.on_behalf_of.as_ref().and_then(|o| self.entity(o))
                && wanted(org)
            {
                by_meeting.entry(&l.to.iri).or_default().insert(&org.iri);
            }
        }
        by_meeting
    }

    fn person_person(&self) -> KnowledgeGraph {
        let people = |e: &Entity| e.kind == NodeKind::Person;
        let pairs = pairs_sharing(self.attendance(people));
        let relation = self.relation(shared_meeting());
        KnowledgeGraph::from_parts(
            self.entities().filter(|e| people(e)).cloned(),
            projected(pairs, &relation),
        )
    }

    fn organization_organization(&self) -> KnowledgeGraph {
        let orgs = |e: &Entity| e.kind.is_organization();
        let meetings = pairs_sharing(self.attendance(orgs));
        let mut posts: BTreeMap<&NamedNode, BTreeSet<&NamedNode>> = BTreeMap::new();
        for l in self.links() {
            if l.link.relation.iri == vocab::org::MEMBERSHIP && l.to.kind.is_organization() {
                posts.entry(&l.from.iri).or_default().insert(&l.to.iri);
            }
        }
        let members = pairs_sharing(posts);
        let mut links = projected(meetings, &self.relation(shared_meeting()));
        links.extend(projected(members, &self.relation(shared_member())));
        KnowledgeGraph::from_parts(self.entities().filter(|e| orgs(e)).cloned(), links)
    }

    fn relation(&self, iri: NamedNode) -> Named {
        let labels = fallback_label(iri.as_str());
        Named { iri, labels }
    }
}

/// Given groups (a meeting and who attended it), every unordered pair of members with the groups they share.
fn pairs_sharing<'a>(
    groups: BTreeMap<&'a NamedNode, BTreeSet<&'a NamedNode>>,
) -> BTreeMap<(&'a NamedNode, &'a NamedNode), Vec<&'a NamedNode>> {
    let mut pairs: BTreeMap<(&NamedNode, &NamedNode), Vec<&NamedNode>> = BTreeMap::new();
    for (group, members) in groups {
        let members: Vec<_> = members.into_iter().collect();
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                pairs.entry((a, b)).or_default().push(group);
            }
        }
    }
    pairs
}

fn projected(
    pairs: BTreeMap<(&NamedNode, &NamedNode), Vec<&NamedNode>>,
    relation: &Named,
) -> Vec<(NamedNode, NamedNode, Link)> {
    pairs
        .into_iter()
        .map(|((a, b), via)| {
            let mut link = Link::new(relation.clone());
            link.weight = via.len() as f64;
            link.via = via.into_iter().cloned().collect();
            (a.clone(), b.clone(), link)
        })
        .collect()
}
