//! Merging entities that turn out to be one.
//!
//! Identity keys decide which mentions are one entity ([`crate::identity`]): a new source usually finds the
//! entity it means by one of its keys and reuses its IRI. Two entities can still come to carry one key. A report
//! that wrote only the short form 中国有色协会 was loaded before the records that declare it an alias of
//! 中国有色金属工业协会, which the store already knew by its full name; or a curator says with `same_as` that two
//! people in the store are one person. The load that brings the evidence then merges them, in the same
//! transaction: every quad of the merged entity, in every graph, is rewritten to the surviving entity, and so is
//! what hangs on it. Units and people keyed by a merged organization are keyed by the survivor (and merged with
//! the survivor's own units and people of the same name), and posts, memberships, participations and reports
//! minted from a merged IRI are minted again from the survivor's. The survivor records `orgkg:mergedFrom` in the
//! loading graph, so `orgkg explain` says why, and the old IRI still leads to it.
//!
//! A curator's `not_same_as` (`orgkg:differentFrom`) keeps two entities apart, whatever keys they share.

use crate::identity::{self, key};
use crate::vocab::{ns, opengov, org, orgkg, schema, skos};
use oxigraph::model::{
    GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, Term, TermRef,
};
use oxigraph::store::{StorageError, Store};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// How many rounds of re-keying a merge may cascade through (units of units, their people, ...).
const MAX_ROUNDS: usize = 16;

/// The merges one load brings about, and how to rewrite the store for them.
#[derive(Debug, Default)]
pub struct Merges {
    /// Union-find over entities: each merged entity points towards its survivor.
    parent: BTreeMap<NamedNode, NamedNode>,
    /// Entities the load itself writes: they survive a merge with an entity only the store holds.
    incoming: BTreeSet<NamedNode>,
    /// Each merge (merged entity, the graph of the load that caused it), for `orgkg:mergedFrom`.
    merged: Vec<(NamedNode, NamedNode)>,
    /// Store quads of keys that name a merged entity: (entity, key, graph).
    anchored: Vec<(NamedNode, String, GraphName)>,
    /// Those keys re-anchored on the survivor.
    rekeyed: BTreeMap<String, String>,
    /// Posts, memberships, participations and reports minted again from survivors' IRIs.
    derived: BTreeMap<NamedNode, NamedNode>,
}

impl Merges {
    /// Finds what must merge for a load that will add `new` quads to `store`.
    pub fn plan(store: &Store, new: &[Quad]) -> Result<Self, StorageError> {
        let mut m = Self::default();
        let mut new_keys: BTreeMap<String, Vec<(NamedNode, NamedNode)>> = BTreeMap::new();
        let mut different: BTreeSet<(NamedNode, NamedNode)> = BTreeSet::new();
        let mut declared_same = Vec::new();
        for q in new {
            let (NamedOrBlankNode::NamedNode(s), GraphName::NamedNode(g)) = (&q.subject, &q.graph_name)
            else {
                continue;
            };
            m.incoming.insert(s.clone());
            match &q.object {
                Term::Literal(k) if q.predicate == orgkg::IDENTITY_KEY => new_keys
                    .entry(k.value().to_owned())
                    .or_default()
                    .push((s.clone(), g.clone())),
                Term::NamedNode(o) if q.predicate == orgkg::DIFFERENT_FROM => {
                    different.insert((s.clone(), o.clone()));
                    different.insert((o.clone(), s.clone()));
                }
                Term::NamedNode(o) if q.predicate == orgkg::SAME_AS => {
                    declared_same.push((o.clone(), s.clone(), g.clone()));
                }
                _ => {}
            }
        }
        let apart = |a: &NamedNode, b: &NamedNode| -> Result<bool, StorageError> {
            if different.contains(&(a.clone(), b.clone())) {
                return Ok(true);
            }
            for (x, y) in [(a, b), (b, a)] {
                if let Some(q) = store
                    .quads_for_pattern(Some(x.into()), Some(orgkg::DIFFERENT_FROM), Some(y.into()), None)
                    .next()
                {
                    q?;
                    return Ok(true);
                }
            }
            Ok(false)
        };
        // Entities the store holds under a key the load also gives to an entity of its own.
        for (k, owners) in &new_keys {
            for found in holders(store, k)? {
                for (entity, graph) in owners {
                    if found != *entity && !apart(&found, entity)? {
                        m.union(&found, entity, graph);
                    }
                }
            }
        }
        // Entities a curator declares the same, when the store holds the other one.
        for (other, entity, graph) in declared_same {
            let known = store
                .quads_for_pattern(Some((&other).into()), None, None, None)
                .next()
                .transpose()?
                .is_some();
            if known && other != entity && !apart(&other, &entity)? {
                m.union(&other, &entity, &graph);
            }
        }
        if m.parent.is_empty() {
            return Ok(m);
        }
        m.cascade(store, &new_keys, &apart)?;
        m.derive(store)?;
        Ok(m)
    }

    /// True when the load merges nothing.
    pub fn is_empty(&self) -> bool {
        self.parent.is_empty()
    }

    /// How many entities the load merges into others.
    pub fn len(&self) -> usize {
        self.merged.len()
    }

    /// How many of the merges the source loaded into `graph` brought about.
    pub fn caused_by(&self, graph: &NamedNode) -> usize {
        self.merged.iter().filter(|(_, g)| g == graph).count()
    }

    /// The survivor of an entity (the entity itself when it does not merge).
    fn find(&self, n: &NamedNode) -> NamedNode {
        let mut current = n;
        while let Some(next) = self.parent.get(current) {
            current = next;
        }
        current.clone()
    }

    fn union(&mut self, a: &NamedNode, b: &NamedNode, graph: &NamedNode) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        // The load's own entity survives; between two of the store's, the smaller IRI, so the result does not
        // depend on the order the keys were found in.
        let (merged, survivor) = match (self.incoming.contains(&ra), self.incoming.contains(&rb)) {
            (true, false) => (rb, ra),
            (false, true) => (ra, rb),
            _ if ra.as_str() < rb.as_str() => (rb, ra),
            _ => (ra, rb),
        };
        self.parent.insert(merged.clone(), survivor);
        self.merged.push((merged, graph.clone()));
        true
    }

    /// Re-anchors the keys that name a merged entity (`unit:<org>/name`, `person:name@<org>`) on its survivor,
    /// merging with whatever already carries the re-anchored key, until nothing changes.
    fn cascade(
        &mut self,
        store: &Store,
        new_keys: &BTreeMap<String, Vec<(NamedNode, NamedNode)>>,
        apart: &dyn Fn(&NamedNode, &NamedNode) -> Result<bool, StorageError>,
    ) -> Result<(), StorageError> {
        let mut done: BTreeSet<(NamedNode, String)> = BTreeSet::new();
        for _ in 0..MAX_ROUNDS {
            // The keys anchored on an entity merged so far, from the store (read as a stream: a large store
            // holds a key per entity) and from the load.
            let merged: Vec<(NamedNode, NamedNode)> = self.merged.clone();
            let anchor_of = |k: &str| merged.iter().find(|(a, _)| anchored_on(k, a.as_str())).cloned();
            let mut found: Vec<(NamedNode, String, GraphName, NamedNode, NamedNode)> = Vec::new();
            for q in store.quads_for_pattern(None, Some(orgkg::IDENTITY_KEY), None, None) {
                let q = q?;
                if let (NamedOrBlankNode::NamedNode(s), Term::Literal(k)) = (q.subject, q.object)
                    && let Some((anchor, origin)) = anchor_of(k.value())
                {
                    found.push((s, k.value().to_owned(), q.graph_name, anchor, origin));
                }
            }
            for (k, owners) in new_keys {
                if let Some((anchor, origin)) = anchor_of(k) {
                    for (s, g) in owners {
                        let graph = GraphName::NamedNode(g.clone());
                        found.push((s.clone(), k.clone(), graph, anchor.clone(), origin.clone()));
                    }
                }
            }
            let mut changed = false;
            for (entity, k, graph, anchor, origin) in found {
                if !done.insert((entity.clone(), k.clone())) {
                    continue;
                }
                let rekeyed = reanchor(&k, anchor.as_str(), self.find(&anchor).as_str());
                let mut others: Vec<NamedNode> = holders(store, &rekeyed)?;
                others.extend(
                    new_keys
                        .get(&rekeyed)
                        .into_iter()
                        .flatten()
                        .map(|(s, _)| s.clone()),
                );
                for other in others {
                    if self.find(&other) != self.find(&entity) && !apart(&other, &entity)? {
                        self.union(&other, &entity, &origin);
                    }
                }
                self.anchored.push((entity, k.clone(), graph));
                self.rekeyed.insert(k, rekeyed);
                changed = true;
            }
            if !changed {
                break;
            }
        }
        Ok(())
    }

    /// Mints again the nodes whose IRIs were minted from a merged entity's: posts, memberships,
    /// participations and reports.
    fn derive(&mut self, store: &Store) -> Result<(), StorageError> {
        let merged: Vec<NamedNode> = self.parent.keys().cloned().collect();
        let objects = |p: NamedNodeRef<'_>, o: &NamedNode| -> Result<Vec<NamedNode>, StorageError> {
            let mut out = Vec::new();
            for q in store.quads_for_pattern(None, Some(p), Some(o.into()), None) {
                if let NamedOrBlankNode::NamedNode(s) = q?.subject {
                    out.push(s);
                }
            }
            Ok(out)
        };
        let value = |s: &NamedNode, p: NamedNodeRef<'_>| -> Result<Option<Term>, StorageError> {
            store
                .quads_for_pattern(Some(s.into()), Some(p), None, None)
                .next()
                .transpose()
                .map(|q| q.map(|q| q.object))
        };
        let iri = |t: Option<Term>| match t {
            Some(Term::NamedNode(n)) => Some(n),
            _ => None,
        };
        // Posts, from their organization and role.
        for o in &merged {
            for post in objects(org::POST_IN, o)? {
                let Some(role) = iri(value(&post, org::ROLE_PROP)?) else {
                    continue;
                };
                let Some(notation) = role.as_str().strip_prefix(&format!("{}role-", ns::ID)) else {
                    continue;
                };
                let again = identity::mint("post", &key::post(self.find(o).as_str(), notation));
                self.derive_one(post, again);
            }
        }
        // Memberships, from their member and post.
        let mut memberships = BTreeSet::new();
        for n in merged
            .iter()
            .chain(self.derived.keys().cloned().collect::<Vec<_>>().iter())
        {
            memberships.extend(objects(org::MEMBER, n)?);
            memberships.extend(objects(opengov::POST, n)?);
        }
        for m in memberships {
            let (Some(member), Some(post)) = (iri(value(&m, org::MEMBER)?), iri(value(&m, opengov::POST)?))
            else {
                continue;
            };
            let post = self.derived.get(&post).cloned().unwrap_or(post);
            let again = identity::mint(
                "membership",
                &key::membership(self.find(&member).as_str(), post.as_str()),
            );
            self.derive_one(m, again);
        }
        // Participations, from their meeting, agent and role; reports, from their meeting and title.
        let mut participations = BTreeSet::new();
        for n in &merged {
            participations.extend(objects(orgkg::AGENT, n)?);
            participations.extend(objects(orgkg::EVENT, n)?);
        }
        for p in participations {
            let (Some(event), Some(agent), Some(role)) = (
                iri(value(&p, orgkg::EVENT)?),
                iri(value(&p, orgkg::AGENT)?),
                iri(value(&p, orgkg::MEETING_ROLE)?),
            ) else {
                continue;
            };
            let Some(notation) = role.as_str().strip_prefix(&format!("{}meeting-role-", ns::ID)) else {
                continue;
            };
            let again = identity::mint(
                "participation",
                &key::participation(self.find(&event).as_str(), self.find(&agent).as_str(), notation),
            );
            self.derive_one(p, again);
        }
        for meeting in &merged {
            for report in objects(orgkg::PRESENTED_AT, meeting)? {
                let Some(Term::Literal(title)) = value(&report, schema::NAME)? else {
                    continue;
                };
                let again =
                    identity::mint("report", &key::report(self.find(meeting).as_str(), title.value()));
                self.derive_one(report, again);
            }
        }
        Ok(())
    }

    fn derive_one(&mut self, old: NamedNode, again: NamedNode) {
        if old != again {
            self.derived.insert(old, again);
        }
    }

    /// The IRI a node becomes, if the merges change it.
    fn target(&self, n: &NamedNode) -> Option<NamedNode> {
        if let Some(d) = self.derived.get(n) {
            return Some(d.clone());
        }
        let found = self.find(n);
        (found != *n).then_some(found)
    }

    /// A quad with every merged IRI replaced by its survivor's and every key re-anchored (`None` when nothing
    /// changes). The merged entity's preferred labels become alternative labels of the survivor, which keeps its
    /// own.
    pub fn rewrite(&self, q: &Quad) -> Option<Quad> {
        let subject = match &q.subject {
            NamedOrBlankNode::NamedNode(s) => self.target(s).map(NamedOrBlankNode::from),
            NamedOrBlankNode::BlankNode(_) => None,
        };
        let object = match &q.object {
            Term::NamedNode(o) => self.target(o).map(Term::from),
            Term::Literal(k) if q.predicate == orgkg::IDENTITY_KEY => self
                .rekeyed
                .get(k.value())
                .map(|again| Literal::new_simple_literal(again).into()),
            _ => None,
        };
        if subject.is_none() && object.is_none() {
            return None;
        }
        let predicate = if subject.is_some() && q.predicate == skos::PREF_LABEL {
            skos::ALT_LABEL.into_owned()
        } else {
            q.predicate.clone()
        };
        Some(Quad::new(
            subject.unwrap_or_else(|| q.subject.clone()),
            predicate,
            object.unwrap_or_else(|| q.object.clone()),
            q.graph_name.clone(),
        ))
    }

    /// The store quads to remove and the quads that replace them, and the `orgkg:mergedFrom` records.
    pub fn changes(&self, store: &Store) -> Result<(Vec<Quad>, Vec<Quad>), StorageError> {
        let mut remove = HashSet::new();
        let mut insert = HashSet::new();
        let nodes: Vec<&NamedNode> = self.parent.keys().chain(self.derived.keys()).collect();
        for n in nodes {
            let as_subject = store.quads_for_pattern(Some(n.into()), None, None, None);
            let as_object = store.quads_for_pattern(None, None, Some(n.into()), None);
            for q in as_subject.chain(as_object) {
                let q = q?;
                if let Some(again) = self.rewrite(&q) {
                    remove.insert(q);
                    insert.insert(again);
                }
            }
        }
        for (entity, k, graph) in &self.anchored {
            let q = Quad::new(
                entity.clone(),
                orgkg::IDENTITY_KEY,
                Literal::new_simple_literal(k),
                graph.clone(),
            );
            if let Some(again) = self.rewrite(&q) {
                remove.insert(q);
                insert.insert(again);
            }
        }
        for (merged, graph) in &self.merged {
            insert.insert(Quad::new(
                self.find(merged),
                orgkg::MERGED_FROM,
                merged.clone(),
                graph.clone(),
            ));
        }
        // A quad both removed (in its old form) and inserted stays.
        let remove: Vec<Quad> = remove.into_iter().filter(|q| !insert.contains(q)).collect();
        Ok((remove, insert.into_iter().collect()))
    }
}

/// Every entity in the store that carries identity key `k`.
fn holders(store: &Store, k: &str) -> Result<Vec<NamedNode>, StorageError> {
    let literal = Literal::new_simple_literal(k);
    let mut out = BTreeSet::new();
    for q in store.quads_for_pattern(
        None,
        Some(orgkg::IDENTITY_KEY),
        Some(TermRef::from(&literal)),
        None,
    ) {
        if let NamedOrBlankNodeRef::NamedNode(s) = q?.subject.as_ref() {
            out.insert(s.into_owned());
        }
    }
    Ok(out.into_iter().collect())
}

/// True when key `k` is anchored on the entity `anchor` (a unit of it, or a person known by it).
fn anchored_on(k: &str, anchor: &str) -> bool {
    k.strip_prefix("unit:")
        .and_then(|rest| rest.strip_prefix(anchor))
        .is_some_and(|rest| rest.starts_with('/'))
        || (k.starts_with("person:") && k.strip_suffix(anchor).is_some_and(|rest| rest.ends_with('@')))
}

/// Key `k` with its anchor `from` replaced by `to`.
fn reanchor(k: &str, from: &str, to: &str) -> String {
    if let Some(rest) = k.strip_prefix("unit:").and_then(|r| r.strip_prefix(from)) {
        format!("unit:{to}{rest}")
    } else if let Some(rest) = k.strip_suffix(from) {
        format!("{rest}{to}")
    } else {
        k.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_reanchored_only_on_their_own_anchor() {
        let a = "https://w3id.org/orgkg/id/org-a";
        let b = "https://w3id.org/orgkg/id/org-b";
        assert!(anchored_on(&format!("unit:{a}/会员部"), a));
        assert!(anchored_on(&format!("person:王健@{a}"), a));
        assert!(!anchored_on(&format!("unit:{a}1/会员部"), a));
        assert!(!anchored_on(&format!("person:王健@{a}1"), a));
        assert!(!anchored_on("org:中国有色协会", a));
        assert_eq!(
            reanchor(&format!("unit:{a}/会员部"), a, b),
            format!("unit:{b}/会员部")
        );
        assert_eq!(
            reanchor(&format!("person:王健@{a}"), a, b),
            format!("person:王健@{b}")
        );
    }
}
