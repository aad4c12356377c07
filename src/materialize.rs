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
    super_classes: FastMap<NamedNode, Vec<NamedNode>>,
    shortcuts: HashMap<NamedNode, NamedNode>,
    /// Everything that follows from a predicate, looked up once per quad.
    predicates: FastMap<NamedNode, PredicateRule>,
}

/// What a quad with a given predicate implies.
#[derive(Debug, Clone, Default)]
struct PredicateRule {
    /// Super-properties to add.
    supers: Vec<NamedNode>,
    /// The inverse property and its super-properties.
    inverse: Option<(NamedNode, Vec<NamedNode>)>,
    /// Whether the object is a label that gets search keys.
    label: bool,
    /// Which node-local join it feeds: (participation or membership, slot).
    star: Option<(bool, usize)>,
}

/// A hash map keyed by IRIs with FNV-1a instead of SipHash: the loader looks up every quad's predicate, and
/// the keys are the ontology's own terms, so there is nothing to defend against.
type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bits.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
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
        let mut predicates: FastMap<NamedNode, PredicateRule> = FastMap::default();
        for (p, supers) in &super_properties {
            predicates.entry(p.clone()).or_default().supers = supers.clone();
        }
        for (p, inverse) in &inverses {
            let supers = super_properties.get(inverse).cloned().unwrap_or_default();
            predicates.entry(p.clone()).or_default().inverse = Some((inverse.clone(), supers));
        }
        for p in label_properties {
            predicates.entry(p).or_default().label = true;
        }
        let stars = [
            (orgkg::AGENT, (true, 0)),
            (orgkg::EVENT, (true, 1)),
            (orgkg::MEETING_ROLE, (true, 2)),
            (org::MEMBER, (false, 0)),
            (crate::vocab::opengov::POST, (false, 1)),
            (org::ORGANIZATION_PROP, (false, 2)),
        ];
        for (p, star) in stars {
            predicates.entry(p.into_owned()).or_default().star = Some(star);
        }
        let super_classes = closure(&direct_classes).into_iter().collect();
        Self {
            super_classes,
            shortcuts,
            predicates,
        }
    }

    /// Starts materializing one stream of quads.
    pub fn materializer(&self) -> Materializer<'_> {
        Materializer {
            rules: self,
            participations: HashMap::new(),
            memberships: HashMap::new(),
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
        } else if let Some(rule) = rules.predicates.get(&quad.predicate) {
            derive(rule, &quad.subject, &quad.object, &quad.graph_name, out);
            if let Some((participation, slot)) = rule.star {
                let map = if participation {
                    &mut self.participations
                } else {
                    &mut self.memberships
                };
                let entry = map.entry(quad.subject.clone()).or_default();
                entry.graph.get_or_insert_with(|| quad.graph_name.clone());
                [&mut entry.first, &mut entry.second, &mut entry.third][slot].push(quad.object.clone());
            }
            if rule.label
                && let Term::Literal(label) = &quad.object
            {
                for key in search_keys(label.value()) {
                    out.push(Quad::new(
                        quad.subject.clone(),
                        orgkg::SEARCH_KEY,
                        Literal::new_simple_literal(key),
                        quad.graph_name.clone(),
                    ));
                }
            }
        }
        out.push(quad);
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
                        if let Some(rule) = rules.predicates.get(&q.predicate) {
                            derive(rule, &q.subject, &q.object, &q.graph_name, out);
                        }
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
                        if let Some(rule) = rules.predicates.get(&q.predicate) {
                            derive(rule, &q.subject, &q.object, &q.graph_name, out);
                        }
                        out.push(q);
                    }
                }
            }
        }
    }
}

/// Adds an edge's super-properties and its inverse (with the inverse's super-properties).
fn derive(rule: &PredicateRule, s: &NamedOrBlankNode, o: &Term, g: &GraphName, out: &mut Vec<Quad>) {
    for sup in &rule.supers {
        out.push(Quad::new(s.clone(), sup.clone(), o.clone(), g.clone()));
    }
    if let (Some((inverse, supers)), Some(os)) = (&rule.inverse, as_subject(o)) {
        let back = Term::from(s.clone());
        out.push(Quad::new(os.clone(), inverse.clone(), back.clone(), g.clone()));
        for sup in supers {
            out.push(Quad::new(os.clone(), sup.clone(), back.clone(), g.clone()));
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
    SeenQuads::default().retain_new(&mut out);
    out
}

/// The quads already seen in one load, by a 128-bit hash of their terms (a collision is as likely as picking the
/// same atom twice from the Earth's oceans): derived edges that the input already holds, or that another quad
/// derived before, are dropped before the store has to encode them.
#[derive(Default)]
pub struct SeenQuads(std::collections::HashSet<u128, std::hash::BuildHasherDefault<Fnv>>);

impl SeenQuads {
    /// Keeps in `batch` only the quads not seen before (in this batch or an earlier one).
    pub fn retain_new(&mut self, batch: &mut Vec<Quad>) {
        batch.retain(|q| self.0.insert(quad_hash(q)));
    }
}

fn quad_hash(q: &Quad) -> u128 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let mut term = |kind: u8, parts: &[&str]| {
        h.update(&[kind]);
        for p in parts {
            h.update(p.as_bytes());
            h.update(&[0xff]);
        }
    };
    match &q.subject {
        NamedOrBlankNode::NamedNode(n) => term(1, &[n.as_str()]),
        NamedOrBlankNode::BlankNode(b) => term(2, &[b.as_str()]),
    }
    term(1, &[q.predicate.as_str()]);
    match &q.object {
        Term::NamedNode(n) => term(1, &[n.as_str()]),
        Term::BlankNode(b) => term(2, &[b.as_str()]),
        Term::Literal(l) => term(3, &[l.value(), l.language().unwrap_or(""), l.datatype().as_str()]),
        #[allow(unreachable_patterns)]
        other => term(4, &[&other.to_string()]),
    }
    match &q.graph_name {
        GraphName::NamedNode(n) => term(1, &[n.as_str()]),
        GraphName::BlankNode(b) => term(2, &[b.as_str()]),
        GraphName::DefaultGraph => term(5, &[]),
    }
    h.digest128()
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
    fn seen_quads_drop_repeats_across_batches_and_keep_distinct_literals() {
        let g = GraphName::NamedNode(ex("g"));
        let q = |o: Literal| Quad::new(ex("s"), rdfs::LABEL, o, g.clone());
        let zh = Literal::new_language_tagged_literal("王健", "zh").unwrap();
        let en = Literal::new_language_tagged_literal("王健", "en").unwrap();
        let mut seen = SeenQuads::default();
        let mut first = vec![q(zh.clone()), q(zh.clone()), q(en.clone())];
        seen.retain_new(&mut first);
        assert_eq!(first, [q(zh.clone()), q(en.clone())]);
        let mut second = vec![q(en), q(Literal::new_simple_literal("王健")), q(zh)];
        seen.retain_new(&mut second);
        assert_eq!(second, [q(Literal::new_simple_literal("王健"))]);
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
