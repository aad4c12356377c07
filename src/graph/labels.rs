//! Display labels for node kinds and relations, used when the store has none.
//!
//! The store's own labels (the ontology's `skos:prefLabel`/`rdfs:label`) always win; this table, kept as data in
//! `labels.tsv`, only fills gaps, so a store loaded without the ontology still draws readable legends and edges.

use super::{Labels, Lang, NodeKind};
use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("labels.tsv");

fn table() -> &'static HashMap<&'static str, (&'static str, &'static str)> {
    static TABLE_MAP: OnceLock<HashMap<&'static str, (&'static str, &'static str)>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .filter_map(|l| {
                let mut cells = l.split('\t');
                Some((cells.next()?, (cells.next()?, cells.next()?)))
            })
            .collect()
    })
}

/// The display name of a node kind in `lang`.
pub fn kind_label(kind: NodeKind, lang: Lang) -> &'static str {
    let (zh, en) = table().get(kind.name()).copied().unwrap_or(("", ""));
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The built-in labels of a relation IRI, when the table has it.
pub fn fallback_label(iri: &str) -> Labels {
    table()
        .get(crate::vocab::compact(iri).as_str())
        .map(|(zh, en)| Labels::new(Some(zh), Some(en)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab;

    #[test]
    fn every_kind_and_link_relation_has_both_labels() {
        for kind in NodeKind::ALL {
            assert!(!kind_label(kind, Lang::Zh).is_empty(), "{kind}");
            assert!(!kind_label(kind, Lang::En).is_empty(), "{kind}");
        }
        for iri in [
            vocab::org::MEMBERSHIP,
            vocab::orgkg::PARTICIPATION,
            vocab::org::UNIT_OF,
            vocab::schema::AUTHOR,
        ] {
            let l = fallback_label(iri.as_str());
            assert!(l.zh.is_some() && l.en.is_some(), "{iri}");
        }
        assert_eq!(
            fallback_label(vocab::org::UNIT_OF.as_str()).zh.as_deref(),
            Some("下属于")
        );
    }
}
