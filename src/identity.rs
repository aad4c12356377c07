//! Identity: deterministic IRIs from identity keys, and finding entities that already have a key.
//!
//! An entity's IRI is minted from a key that says what makes it that entity: an organization by its name (a
//! unit by its parent and name), a person by name *and* organization, a meeting by date and name. Loading the
//! same facts twice therefore mints the same IRIs, and two sources that mention the same person in the same
//! organization meet in one node. Every key is stored with the entity (`orgkg:identityKey`), so a later
//! source can find the entity by any of its keys and `orgkg explain` can show why mentions were merged.

use crate::vocab::{ns, orgkg};
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, TermRef};
use oxigraph::store::Store;

/// 64-bit FNV-1a: small, stable across versions and platforms, good enough to name entities.
pub fn hash64(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The IRI minted for an entity of `kind` (`org`, `person`, `meeting`, ...) with identity `key`.
pub fn mint(kind: &str, key: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{kind}-{:016x}", ns::ID, hash64(key)))
}

/// The IRI of an explicit record id (`cnia` → `id:cnia`), or the IRI itself when given one.
pub fn explicit(id: &str) -> Option<NamedNode> {
    if let Some(iri) = id.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
        return NamedNode::new(iri).ok();
    }
    if id.contains("://") || id.starts_with("urn:") {
        return NamedNode::new(id).ok();
    }
    let local = id.strip_prefix("id:").unwrap_or(id);
    let valid = !local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c));
    valid.then(|| NamedNode::new_unchecked(format!("{}{local}", ns::ID)))
}

/// The named graph for a source called `name` (a file name, a URL's last segment, `stdin-<hash>`).
pub fn graph_iri(name: &str) -> NamedNode {
    let mut local = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || "-_.~".contains(c) {
            local.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                local.push_str(&format!("%{b:02X}"));
            }
        }
    }
    NamedNode::new_unchecked(format!("{}{local}", ns::GRAPH))
}

/// Identity keys, one constructor per kind of entity.
pub mod key {
    /// An organization at the top of its hierarchy, by (simplified) name.
    pub fn organization(name: &str) -> String {
        format!("org:{name}")
    }
    /// A unit (department, branch) by its parent's IRI and its own name.
    pub fn unit(parent: &str, name: &str) -> String {
        format!("unit:{parent}/{name}")
    }
    /// A person by name and the IRI of the organization that anchors them.
    pub fn person(name: &str, anchor: &str) -> String {
        format!("person:{name}@{anchor}")
    }
    /// A meeting by date (or source, when undated) and name.
    pub fn meeting(name: &str, date_or_source: &str) -> String {
        format!("meeting:{date_or_source}:{name}")
    }
    /// A place by name.
    pub fn place(name: &str) -> String {
        format!("place:{name}")
    }
    /// A source document by id.
    pub fn source(id: &str) -> String {
        format!("source:{id}")
    }
    /// A post by the IRI of its organization and the notation of its role.
    pub fn post(org: &str, role: &str) -> String {
        format!("post:{org}:{role}")
    }
    /// Holding a post, by the IRIs of the person and the post.
    pub fn membership(person: &str, post: &str) -> String {
        format!("membership:{person}:{post}")
    }
    /// A part in a meeting, by the IRIs of the meeting and the agent and the notation of the role.
    pub fn participation(meeting: &str, agent: &str, role: &str) -> String {
        format!("participation:{meeting}:{agent}:{role}")
    }
    /// A report by the IRI of its meeting and its title.
    pub fn report(meeting: &str, title: &str) -> String {
        format!("report:{meeting}:{title}")
    }
}

/// Finds the entity that already carries an identity key.
pub trait KeyLookup {
    /// The entity with this key, if one exists (the smallest IRI when several do).
    fn find_key(&self, key: &str) -> Option<NamedNode>;
}

/// A lookup that finds nothing: identity from the records alone.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoLookup;

impl KeyLookup for NoLookup {
    fn find_key(&self, _key: &str) -> Option<NamedNode> {
        None
    }
}

impl KeyLookup for Store {
    fn find_key(&self, key: &str) -> Option<NamedNode> {
        let literal = Literal::new_simple_literal(key);
        self.quads_for_pattern(
            None,
            Some(orgkg::IDENTITY_KEY),
            Some(TermRef::from(&literal)),
            None,
        )
        .filter_map(Result::ok)
        .filter_map(|q| match q.subject.as_ref() {
            NamedOrBlankNodeRef::NamedNode(n) => Some(n.into_owned()),
            NamedOrBlankNodeRef::BlankNode(_) => None,
        })
        .min_by(|a, b| a.as_str().cmp(b.as_str()))
    }
}

/// True when `iri` is one of the project's data IRIs.
pub fn is_data_iri(iri: NamedNodeRef<'_>) -> bool {
    iri.as_str().starts_with(ns::ID)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minted_iris_are_stable() {
        assert_eq!(hash64(""), 0xcbf2_9ce4_8422_2325);
        let a = mint("org", &key::organization("中国有色金属工业协会"));
        assert_eq!(a, mint("org", &key::organization("中国有色金属工业协会")));
        assert_ne!(a, mint("org", &key::organization("中国有色协会")));
        assert!(a.as_str().starts_with("https://w3id.org/orgkg/id/org-"));
        assert_eq!(a.as_str().len(), "https://w3id.org/orgkg/id/org-".len() + 16);
    }

    #[test]
    fn explicit_ids_and_graph_names() {
        assert_eq!(
            explicit("cnia").unwrap().as_str(),
            "https://w3id.org/orgkg/id/cnia"
        );
        assert_eq!(
            explicit("id:wang-jian").unwrap().as_str(),
            "https://w3id.org/orgkg/id/wang-jian"
        );
        assert_eq!(explicit("http://ex.org/a").unwrap().as_str(), "http://ex.org/a");
        assert!(explicit("two words").is_none());
        assert_eq!(
            graph_iri("seed.yaml").as_str(),
            "https://w3id.org/orgkg/graph/seed.yaml"
        );
        assert_eq!(graph_iri("a b").as_str(), "https://w3id.org/orgkg/graph/a%20b");
    }
}
