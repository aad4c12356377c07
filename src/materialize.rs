//! Materialization: the edges Oxigraph cannot infer, written on load.
//!
//! Oxigraph does no reasoning, so simple questions stay simple SPARQL only if the store already holds what the
//! ontology implies. As quads stream towards the store this adds, in the same graph:
//! super-properties and super-classes (from `rdfs:subPropertyOf`/`rdfs:subClassOf` in the ontology), inverse
//! edges (`owl:inverseOf`), the shortcut edge of every participation (`<meeting> orgkg:speaker <person>`, from
//! the role's shortcut property), `org:holds`/`org:memberOf` of every membership, and search keys for labels.
//! Records and RDF files go through the same code, so both get the same shortcuts.

use crate::chinese::search_keys;
use crate::lexicon::{Lexicon, meeting_role_iri};
use crate::vocab::{self, org, orgkg, owl, rdf, rdfs};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::{HashMap, HashSet};

/// The ontology, built in.
pub const ONTOLOGY: &str = include_str!("../ontology/orgkg.ttl");

/// The rules read from the ontology and the meeting-role lexicon.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    super_properties: HashMap<NamedNode, Vec<NamedNode>>,
    super_classes: HashMap<NamedNode, Vec<NamedNode>>,
    inverses: HashMap<NamedNode, NamedNode>,
    shortcuts: HashMap<NamedNode, NamedNode>,
    label_properties: HashSet<NamedNode>,
}

impl Rules {
    /// Reads the rules from the built-in ontology and the lexicon's meeting roles.
    pub fn new(lexicon: &Lexicon) -> Self {
        let mut direct_props: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
        let mut direct_classes: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
        let mut inverses = HashMap::new();
        for quad in RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(ONTOLOGY.as_bytes())
            .flatten()
        {
            let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (quad.subject, quad.object) else {
                continue;
            };
            if quad.predicate == rdfs::SUB_PROPERTY_OF {
                direct_props.entry(s).or_default().push(o);
            } else if quad.predicate == rdfs::SUB_CLASS_OF {
                direct_classes.entry(s).or_default().push(o);
            } else if quad.predicate == owl::INVERSE_OF {
                inverses.insert(o.clone(), s.clone());
                inverses.insert(s, o);
            }
        }
        let super_properties = closure(&direct_props);
        let mut label_properties: HashSet<NamedNode> = super_properties
            .iter()
            .filter(|(_, supers)| supers.iter().any(|p| *p == rdfs::LABEL))
            .map(|(p, _)| p.clone())
            .collect();
        label_properties.insert(rdfs::LABEL.into_owned());
        let shortcuts = lexicon
            .meeting_roles
            .iter()
            .filter_map(|c| {
                let property = vocab::expand(c.extra.as_deref()?)?;
                Some((meeting_role_iri(c), NamedNode::new(property).ok()?))
            })
            .collect();
        Self {
            super_properties,
            super_classes: closure(&direct_classes),
            inverses,
            shortcuts,
            label_properties,
        }
    }

    /// Starts materializing one stream of quads.
    pub fn materializer(&self) -> Materializer<'_> {
        Materializer {
            rules: self,
            participations: HashMap::new(),
            memberships: HashMap::new(),
            seen_keys: HashSet::new(),
        }
    }
}

fn closure(direct: &HashMap<NamedNode, Vec<NamedNode>>) -> HashMap<NamedNode, Vec<NamedNode>> {
    direct
        .keys()
        .map(|start| {
            let mut seen: Vec<NamedNode> = Vec::new();
            let mut stack = direct[start].clone();
            while let Some(next) = stack.pop() {
                if &next != start && !seen.contains(&next) {
                    if let Some(more) = direct.get(&next) {
                        stack.extend(more.iter().cloned());
                    }
                    seen.push(next);
                }
            }
            seen.sort();
            (start.clone(), seen)
        })
        .collect()
}

#[derive(Default)]
struct Star {
    first: Vec<Term>,
    second: Vec<Term>,
    third: Vec<Term>,
    graph: Option<GraphName>,
}

/// Materializes one stream: call [`Materializer::push`] per quad, then [`Materializer::finish`].
pub struct Materializer<'a> {
    rules: &'a Rules,
    participations: HashMap<NamedOrBlankNode, Star>,
    memberships: HashMap<NamedOrBlankNode, Star>,
    seen_keys: HashSet<(NamedOrBlankNode, String)>,
}

impl Materializer<'_> {
    /// Takes one quad and appends it, and what follows from it alone, to `out`.
    pub fn push(&mut self, quad: Quad, out: &mut Vec<Quad>) {
        let rules = self.rules;
        if quad.predicate == rdf::TYPE {
            if let Term::NamedNode(class) = &quad.object {
                for sup in rules.super_classes.get(class).into_iter().flatten() {
                    out.push(Quad::new(
                        quad.subject.clone(),
                        rdf::TYPE,
                        sup.clone(),
                        quad.graph_name.clone(),
                    ));
                }
            }
        } else {
            self.derive_edge(
                &quad.subject,
                &quad.predicate,
                &quad.object,
                &quad.graph_name,
                out,
            );
            let star = |map: &mut HashMap<NamedOrBlankNode, Star>, slot: usize| {
                let entry = map.entry(quad.subject.clone()).or_default();
                entry.graph.get_or_insert_with(|| quad.graph_name.clone());
                [&mut entry.first, &mut entry.second, &mut entry.third][slot].push(quad.object.clone());
            };
            let p = quad.predicate.as_ref();
            if p == orgkg::AGENT {
                star(&mut self.participations, 0);
            } else if p == orgkg::EVENT {
                star(&mut self.participations, 1);
            } else if p == orgkg::MEETING_ROLE {
                star(&mut self.participations, 2);
            } else if p == org::MEMBER {
                star(&mut self.memberships, 0);
            } else if p == crate::vocab::opengov::POST {
                star(&mut self.memberships, 1);
            } else if p == org::ORGANIZATION_PROP {
                star(&mut self.memberships, 2);
            }
            if rules.label_properties.contains(&quad.predicate)
                && let Term::Literal(label) = &quad.object
            {
                for key in search_keys(label.value()) {
                    if self.seen_keys.insert((quad.subject.clone(), key.clone())) {
                        out.push(Quad::new(
                            quad.subject.clone(),
                            orgkg::SEARCH_KEY,
                            Literal::new_simple_literal(key),
                            quad.graph_name.clone(),
                        ));
                    }
                }
            }
        }
        out.push(quad);
    }

    /// Adds an edge's super-properties and inverse (and theirs).
    fn derive_edge(&self, s: &NamedOrBlankNode, p: &NamedNode, o: &Term, g: &GraphName, out: &mut Vec<Quad>) {
        let rules = self.rules;
        for sup in rules.super_properties.get(p).into_iter().flatten() {
            out.push(Quad::new(s.clone(), sup.clone(), o.clone(), g.clone()));
        }
        let inverse_subject = match o {
            Term::NamedNode(n) => Some(NamedOrBlankNode::from(n.clone())),
            Term::BlankNode(b) => Some(NamedOrBlankNode::from(b.clone())),
            _ => None,
        };
        if let (Some(inv), Some(os)) = (rules.inverses.get(p), inverse_subject) {
            let back = Term::from(s.clone());
            out.push(Quad::new(os.clone(), inv.clone(), back.clone(), g.clone()));
            for sup in rules.super_properties.get(inv).into_iter().flatten() {
                out.push(Quad::new(os.clone(), sup.clone(), back.clone(), g.clone()));
            }
        }
    }

    /// Emits what needed several quads of one node: participation shortcuts and membership edges.
    pub fn finish(mut self, out: &mut Vec<Quad>) {
        let rules = self.rules;
        let mut participations: Vec<_> = std::mem::take(&mut self.participations).into_iter().collect();
        participations.sort_by_key(|a| a.0.to_string());
        for (_, star) in participations {
            let graph = star.graph.unwrap_or_default();
            for event in &star.second {
                let Some(event) = as_subject(event) else { continue };
                for role in &star.third {
                    let Term::NamedNode(role) = role else { continue };
                    let Some(property) = rules.shortcuts.get(role) else {
                        continue;
                    };
                    for agent in &star.first {
                        let q = Quad::new(event.clone(), property.clone(), agent.clone(), graph.clone());
                        self.derive_edge(&q.subject, &q.predicate, &q.object, &q.graph_name, out);
                        out.push(q);
                    }
                }
            }
        }
        let mut memberships: Vec<_> = std::mem::take(&mut self.memberships).into_iter().collect();
        memberships.sort_by_key(|a| a.0.to_string());
        for (_, star) in memberships {
            let graph = star.graph.unwrap_or_default();
            for member in &star.first {
                let Some(member) = as_subject(member) else {
                    continue;
                };
                for (targets, property) in [(&star.second, org::HOLDS), (&star.third, org::MEMBER_OF)] {
                    for target in targets {
                        let q = Quad::new(member.clone(), property, target.clone(), graph.clone());
                        self.derive_edge(&q.subject, &q.predicate, &q.object, &q.graph_name, out);
                        out.push(q);
                    }
                }
            }
        }
    }
}

fn as_subject(term: &Term) -> Option<NamedOrBlankNode> {
    match term {
        Term::NamedNode(n) => Some(n.clone().into()),
        Term::BlankNode(b) => Some(b.clone().into()),
        _ => None,
    }
}

/// Materializes a whole batch of quads (records, small files).
pub fn materialize_all(rules: &Rules, quads: Vec<Quad>) -> Vec<Quad> {
    let mut out = Vec::with_capacity(quads.len() * 2);
    let mut m = rules.materializer();
    for q in quads {
        m.push(q, &mut out);
    }
    m.finish(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{schema, skos};
    use oxigraph::model::NamedNodeRef;

    fn ex(s: &str) -> NamedNode {
        NamedNode::new(format!("http://ex/{s}")).unwrap()
    }

    #[test]
    fn participation_gets_its_shortcut_and_super_properties() {
        let lex = Lexicon::builtin();
        let rules = Rules::new(&lex);
        let g = GraphName::NamedNode(ex("g"));
        let role = meeting_role_iri(lex.meeting_role("主持").unwrap());
        let p = ex("p");
        let quads = vec![
            Quad::new(p.clone(), orgkg::AGENT, ex("wang"), g.clone()),
            Quad::new(p.clone(), orgkg::EVENT, ex("m"), g.clone()),
            Quad::new(p.clone(), orgkg::MEETING_ROLE, role, g.clone()),
            Quad::new(ex("m"), rdf::TYPE, orgkg::MEETING, g.clone()),
            Quad::new(ex("unit"), org::UNIT_OF, ex("assoc"), g.clone()),
        ];
        let out = materialize_all(&rules, quads);
        let has =
            |s: &str, p: NamedNodeRef<'_>, o: &str| out.contains(&Quad::new(ex(s), p, ex(o), g.clone()));
        assert!(has("m", orgkg::CHAIR, "wang"));
        assert!(has("m", schema::PERFORMER, "wang"));
        assert!(has("m", schema::ATTENDEE, "wang"));
        assert!(out.contains(&Quad::new(ex("m"), rdf::TYPE, schema::EVENT, g.clone())));
        assert!(has("assoc", org::HAS_UNIT, "unit"));
        assert!(has("unit", org::SUB_ORGANIZATION_OF, "assoc"));
        assert!(!has("m", orgkg::SPEAKER, "wang"));
    }

    #[test]
    fn labels_get_search_keys_and_rdfs_label() {
        let rules = Rules::new(&Lexicon::builtin());
        let g = GraphName::NamedNode(ex("g"));
        let label = Literal::new_language_tagged_literal("王健", "zh").unwrap();
        let out = materialize_all(
            &rules,
            vec![Quad::new(ex("w"), skos::PREF_LABEL, label.clone(), g.clone())],
        );
        assert!(out.contains(&Quad::new(ex("w"), rdfs::LABEL, label, g.clone())));
        assert!(out.contains(&Quad::new(
            ex("w"),
            orgkg::SEARCH_KEY,
            Literal::new_simple_literal("wangjian"),
            g.clone()
        )));
    }

    #[test]
    fn membership_gives_holds_held_by_and_member_of() {
        let rules = Rules::new(&Lexicon::builtin());
        let g = GraphName::NamedNode(ex("g"));
        let m = ex("m");
        let out = materialize_all(
            &rules,
            vec![
                Quad::new(m.clone(), org::MEMBER, ex("wang"), g.clone()),
                Quad::new(m.clone(), crate::vocab::opengov::POST, ex("post"), g.clone()),
                Quad::new(m, org::ORGANIZATION_PROP, ex("assoc"), g.clone()),
            ],
        );
        assert!(out.contains(&Quad::new(ex("wang"), org::HOLDS, ex("post"), g.clone())));
        assert!(out.contains(&Quad::new(ex("post"), org::HELD_BY, ex("wang"), g.clone())));
        assert!(out.contains(&Quad::new(ex("wang"), org::MEMBER_OF, ex("assoc"), g.clone())));
    }
}
