//! Turns a [`View`] into a [`Diagram`]: which entities and facts to show, how to group them, what to drop first.

use super::{Cluster, Diagram, DiagramNode, Direction, Omission, RenderError, RenderOptions, View};
use crate::graph::load::{LabelIndex, kind_of_class, kind_of_classification};
use crate::graph::{Entity, GraphError, KnowledgeGraph, Lang, LinkRef, NodeKind, fallback_label};
use crate::sparql::SparqlBackend;
use crate::vocab;
use oxigraph::model::{NamedNode, NamedOrBlankNode, Term};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

const ENTITY: &str = include_str!("queries/entity.rq");

/// The canned queries of this module, by file name, so a test can parse every one.
#[cfg(test)]
const QUERIES: &[(&str, &str)] = &[("entity.rq", ENTITY)];

struct Builder {
    diagram: Diagram,
}

impl Builder {
    fn new(title: String, lang: Lang, direction: Direction) -> Self {
        Builder {
            diagram: Diagram {
                title,
                lang,
                direction,
                nodes: BTreeMap::new(),
                edges: BTreeMap::new(),
                clusters: Vec::new(),
                omission: None,
            },
        }
    }

    fn lang(&self) -> Lang {
        self.diagram.lang
    }

    /// Adds an entity, keeping the lowest priority it is offered with.
    fn entity(&mut self, e: &Entity, priority: usize) {
        let lang = self.lang();
        let node = self
            .diagram
            .nodes
            .entry(e.iri.as_str().to_owned())
            .or_insert_with(|| DiagramNode {
                kind: e.kind,
                label: e.label(lang),
                subtitle: meeting_subtitle(e, lang),
                tooltip: e.iri.as_str().to_owned(),
                focus: false,
                priority,
            });
        node.priority = node.priority.min(priority);
    }

    fn focus(&mut self, iri: &NamedNode) {
        if let Some(n) = self.diagram.nodes.get_mut(iri.as_str()) {
            n.focus = true;
            n.priority = 0;
        }
    }

    fn subtitle(&mut self, iri: &NamedNode, text: Option<&str>) {
        if let (Some(n), Some(t)) = (self.diagram.nodes.get_mut(iri.as_str()), text)
            && n.subtitle.is_none()
        {
            n.subtitle = Some(t.to_owned());
        }
    }

    /// Adds a fact as an edge (merged with other facts of the same relation between the same nodes).
    fn link(&mut self, l: &LinkRef<'_>, labelled: bool) {
        let lang = self.lang();
        let key = (
            l.from.iri.as_str().to_owned(),
            l.to.iri.as_str().to_owned(),
            l.link.relation.iri.as_str().to_owned(),
        );
        let edge = self.diagram.edges.entry(key).or_default();
        edge.labelled |= labelled;
        push_unique(&mut edge.labels, l.link.label(lang));
        let mut note = String::new();
        if let Some(ev) = &l.link.evidence {
            note.push_str(&format!("“{ev}”"));
        }
        if let Some(src) = &l.link.source {
            if !note.is_empty() {
                note.push(' ');
            }
            note.push_str(&format!("({}: {})", source_word(lang), src.as_str()));
        }
        if !note.is_empty() {
            push_unique(&mut edge.notes, note);
        }
    }

    /// Keeps the `max` nodes of lowest priority (then kind, then IRI) and notes what was dropped.
    fn finish(mut self, max: usize) -> Diagram {
        let d = &mut self.diagram;
        if d.nodes.len() > max {
            let mut order: Vec<(&String, &DiagramNode)> = d.nodes.iter().collect();
            order.sort_by(|a, b| (a.1.priority, a.1.kind, a.0).cmp(&(b.1.priority, b.1.kind, b.0)));
            let dropped: Vec<(String, NodeKind)> =
                order[max..].iter().map(|(k, n)| ((*k).clone(), n.kind)).collect();
            let mut by_kind: BTreeMap<NodeKind, usize> = BTreeMap::new();
            for (key, kind) in &dropped {
                *by_kind.entry(*kind).or_default() += 1;
                d.nodes.remove(key);
            }
            d.omission = Some(Omission {
                shown: d.nodes.len(),
                total: d.nodes.len() + dropped.len(),
                by_kind: by_kind.into_iter().collect(),
            });
            let nodes = &d.nodes;
            d.edges
                .retain(|(a, b, _), _| nodes.contains_key(a) && nodes.contains_key(b));
            for c in &mut d.clusters {
                c.retain(&|m| nodes.contains_key(m));
            }
            d.clusters.retain(|c| !c.is_empty());
        }
        self.diagram
    }
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

fn source_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "来源",
        Lang::En => "source",
    }
}

/// A meeting's second label line: its date and place.
fn meeting_subtitle(e: &Entity, lang: Lang) -> Option<String> {
    let place = e.place.as_ref().and_then(|p| p.get(lang));
    match (e.date.as_deref(), place) {
        (Some(d), Some(p)) => Some(format!("{d} · {p}")),
        (Some(d), None) => Some(d.to_owned()),
        (None, Some(p)) => Some(p.to_owned()),
        (None, None) => None,
    }
}

fn entity<'g>(graph: &'g KnowledgeGraph, iri: &NamedNode) -> Result<&'g Entity, RenderError> {
    graph
        .entity(iri)
        .ok_or_else(|| GraphError::UnknownEntity(iri.as_str().to_owned()).into())
}

fn is_structure(l: &LinkRef<'_>) -> bool {
    l.link.relation.iri == vocab::org::UNIT_OF || l.link.relation.iri == vocab::org::SUB_ORGANIZATION_OF
}

pub(super) fn from_graph(
    graph: &KnowledgeGraph,
    view: &View,
    options: &RenderOptions,
) -> Result<Diagram, RenderError> {
    match view {
        View::Organization(iri) => organization(graph, iri, options),
        View::Meeting(iri) => meeting(graph, iri, options),
        View::Ego { center, depth } => ego(graph, center, *depth, options),
        View::Path { from, to } => path(graph, from, to, options),
        View::Construct(_) => Err(RenderError::Empty(
            "a CONSTRUCT diagram needs a store to run its query; use render::diagram".to_owned(),
        )),
    }
}

fn organization(
    graph: &KnowledgeGraph,
    iri: &NamedNode,
    options: &RenderOptions,
) -> Result<Diagram, RenderError> {
    let lang = options.lang;
    let root = entity(graph, iri)?;
    if !root.kind.is_organization() {
        return Err(RenderError::WrongKind {
            iri: iri.as_str().to_owned(),
            expected: "an organization",
            found: root.kind,
        });
    }
    let title = match lang {
        Lang::Zh => format!("{}：组织结构与任职", root.label(lang)),
        Lang::En => format!("{}: structure and posts", root.label(lang)),
    };
    let mut b = Builder::new(title, lang, Direction::BottomUp);
    b.entity(root, 0);
    b.focus(iri);
    let mut seen: BTreeSet<&NamedNode> = BTreeSet::from([&root.iri]);
    let cluster = org_cluster(graph, root, 0, &mut b, &mut seen);
    b.diagram.clusters.push(cluster);
    // People holding posts in any of the organizations shown.
    let orgs: Vec<(&NamedNode, usize)> = seen
        .iter()
        .map(|o| (*o, b.diagram.nodes[o.as_str()].priority))
        .collect();
    let mut posts = 0;
    for (org, depth) in orgs {
        for l in graph.links_of(org) {
            if l.link.relation.iri == vocab::org::MEMBERSHIP && &l.to.iri == org {
                b.entity(l.from, depth + 1);
                b.link(&l, true);
                posts += 1;
            }
        }
    }
    if seen.len() == 1 && posts == 0 {
        return Err(RenderError::Empty(format!(
            "{} has no departments, branches or post holders in the store",
            root.label(lang)
        )));
    }
    Ok(b.finish(options.max_nodes))
}

/// The cluster of an organization: its node, its leaf units as nodes, and units with units of their own as
/// nested clusters.
fn org_cluster<'g>(
    graph: &'g KnowledgeGraph,
    org: &'g Entity,
    depth: usize,
    b: &mut Builder,
    seen: &mut BTreeSet<&'g NamedNode>,
) -> Cluster {
    let mut cluster = Cluster {
        label: String::new(),
        members: vec![org.iri.as_str().to_owned()],
        children: vec![],
    };
    for l in graph.links_of(&org.iri) {
        if !is_structure(&l) || l.to.iri != org.iri || !seen.insert(&l.from.iri) {
            continue;
        }
        b.entity(l.from, depth + 1);
        b.link(&l, false);
        let child = org_cluster(graph, l.from, depth + 1, b, seen);
        if child.members.len() == 1 && child.children.is_empty() {
            cluster.members.extend(child.members);
        } else {
            cluster.children.push(child);
        }
    }
    cluster
}

fn meeting(graph: &KnowledgeGraph, iri: &NamedNode, options: &RenderOptions) -> Result<Diagram, RenderError> {
    let lang = options.lang;
    let m = entity(graph, iri)?;
    if m.kind != NodeKind::Meeting {
        return Err(RenderError::WrongKind {
            iri: iri.as_str().to_owned(),
            expected: "a meeting",
            found: m.kind,
        });
    }
    let mut b = Builder::new(m.label(lang), lang, Direction::LeftRight);
    b.entity(m, 0);
    b.focus(iri);
    // Person → the organization they came for (the first named, in link order).
    let mut came_for: BTreeMap<&NamedNode, &NamedNode> = BTreeMap::new();
    let mut reports = Vec::new();
    for l in graph.links_of(iri) {
        if l.to.iri != *iri {
            continue;
        }
        if l.link.relation.iri == vocab::orgkg::PARTICIPATION {
            b.entity(l.from, 1);
            b.link(&l, true);
            b.subtitle(&l.from.iri, l.link.title.as_deref());
            if let Some(org) = &l.link.on_behalf_of
                && l.from.kind == NodeKind::Person
            {
                came_for.entry(&l.from.iri).or_insert(org);
            }
        } else if l.link.relation.iri == vocab::orgkg::PRESENTED_AT {
            b.entity(l.from, 2);
            b.link(&l, true);
            reports.push(l.from);
        }
    }
    if b.diagram.nodes.len() == 1 {
        return Err(RenderError::Empty(format!(
            "the store has no participants of {}",
            m.label(lang)
        )));
    }
    for report in reports {
        for l in graph.links_of(&report.iri) {
            if l.link.relation.iri == vocab::schema::AUTHOR && l.from.iri == report.iri {
                b.entity(l.to, 2);
                b.link(&l, true);
            }
        }
    }
    // One cluster per organization people came for, holding those people (and the organization's own node
    // when it took part itself).
    let mut groups: BTreeMap<&NamedNode, Vec<String>> = BTreeMap::new();
    for (person, org) in came_for {
        groups.entry(org).or_default().push(person.as_str().to_owned());
    }
    for (org, mut members) in groups {
        if b.diagram.nodes.contains_key(org.as_str()) {
            members.insert(0, org.as_str().to_owned());
        }
        let label = graph
            .entity(org)
            .map_or_else(|| vocab::compact(org.as_str()), |e| e.label(lang));
        b.diagram.clusters.push(Cluster {
            label,
            members,
            children: vec![],
        });
    }
    Ok(b.finish(options.max_nodes))
}

fn ego(
    graph: &KnowledgeGraph,
    center: &NamedNode,
    depth: usize,
    options: &RenderOptions,
) -> Result<Diagram, RenderError> {
    let lang = options.lang;
    let c = entity(graph, center)?;
    let title = match lang {
        Lang::Zh => format!("{}：{} 步以内", c.label(lang), depth),
        Lang::En => format!(
            "{}: within {} step{}",
            c.label(lang),
            depth,
            if depth == 1 { "" } else { "s" }
        ),
    };
    let mut b = Builder::new(title, lang, Direction::LeftRight);
    let mut distance: BTreeMap<&NamedNode, usize> = BTreeMap::from([(&c.iri, 0)]);
    let mut queue = VecDeque::from([c]);
    while let Some(e) = queue.pop_front() {
        let d = distance[&e.iri];
        if d >= depth {
            continue;
        }
        for n in graph.neighbours(&e.iri) {
            if !distance.contains_key(&n.iri) {
                distance.insert(&n.iri, d + 1);
                queue.push_back(n);
            }
        }
    }
    if distance.len() == 1 {
        return Err(RenderError::Empty(format!(
            "{} has no links in the store",
            c.label(lang)
        )));
    }
    for (iri, d) in &distance {
        b.entity(entity(graph, iri)?, *d);
    }
    b.focus(center);
    for l in graph.subgraph(distance.keys().copied()).links() {
        b.link(&l, true);
    }
    Ok(b.finish(options.max_nodes))
}

fn path(
    graph: &KnowledgeGraph,
    from: &NamedNode,
    to: &NamedNode,
    options: &RenderOptions,
) -> Result<Diagram, RenderError> {
    let lang = options.lang;
    let (a, z) = (entity(graph, from)?, entity(graph, to)?);
    let paths = graph.shortest_paths(from, to, options.max_paths.max(1))?;
    if paths.is_empty() {
        return Err(RenderError::NoPath(a.label(lang), z.label(lang)));
    }
    let title = match lang {
        Lang::Zh => format!("{} 与 {} 的联系", a.label(lang), z.label(lang)),
        Lang::En => format!("How {} and {} are connected", a.label(lang), z.label(lang)),
    };
    let mut b = Builder::new(title, lang, Direction::LeftRight);
    for p in &paths {
        for (i, e) in p.entities().into_iter().enumerate() {
            b.entity(e, i.min(p.len() - i));
        }
        for hop in &p.hops {
            for l in &hop.links {
                b.link(l, true);
            }
        }
    }
    b.focus(from);
    b.focus(to);
    Ok(b.finish(options.max_nodes))
}

/// Kinds and labels of one IRI, looked up in the store.
fn describe(
    backend: &dyn SparqlBackend,
    iri: &NamedNode,
    labels: &mut LabelIndex,
) -> Result<NodeKind, RenderError> {
    let mut best: Option<(u8, NodeKind)> = None;
    let mut classified = None;
    for row in backend
        .select(ENTITY, &[("entity", Term::from(iri.clone()))])?
        .iter()
    {
        if let Some(Term::NamedNode(class)) = row.get("class")
            && let Some(k) = kind_of_class(class.as_str())
            && best.is_none_or(|b| k.0 < b.0)
        {
            best = Some(k);
        }
        if let Some(Term::NamedNode(c)) = row.get("classification") {
            classified = kind_of_classification(c.as_str()).or(classified);
        }
        if let (Some(Term::NamedNode(p)), Some(Term::Literal(l))) = (row.get("property"), row.get("label")) {
            labels.offer(iri, p.as_str(), l.value(), l.language());
        }
    }
    Ok(match (best, classified) {
        (Some((_, k)), Some(c)) if k.is_organization() => c,
        (Some((_, k)), _) => k,
        (None, _) => NodeKind::Other,
    })
}

pub(super) fn construct(
    backend: &dyn SparqlBackend,
    query: &str,
    options: &RenderOptions,
) -> Result<Diagram, RenderError> {
    let lang = options.lang;
    let triples = backend.construct(query, &[])?;
    if triples.is_empty() {
        return Err(RenderError::Empty(
            "the CONSTRUCT query returned no triples".to_owned(),
        ));
    }
    let label_properties = [
        vocab::skos::PREF_LABEL,
        vocab::schema::NAME,
        vocab::foaf::NAME,
        vocab::rdfs::LABEL,
    ];
    let key = |n: &NamedOrBlankNode| match n {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    };
    let mut labels = LabelIndex::default();
    labels.add_lexicon(&crate::lexicon::Lexicon::builtin());
    let mut kinds: HashMap<String, (u8, NodeKind)> = HashMap::new();
    let mut nodes: BTreeMap<String, Option<NamedNode>> = BTreeMap::new();
    let mut edges: Vec<(String, String, NamedNode)> = Vec::new();
    for t in &triples {
        let s = key(&t.subject);
        let s_iri = match &t.subject {
            NamedOrBlankNode::NamedNode(n) => Some(n.clone()),
            NamedOrBlankNode::BlankNode(_) => None,
        };
        nodes.entry(s.clone()).or_insert(s_iri.clone());
        match &t.object {
            Term::Literal(l) => {
                if let Some(iri) = &s_iri
                    && label_properties.iter().any(|p| *p == t.predicate)
                {
                    labels.offer(iri, t.predicate.as_str(), l.value(), l.language());
                }
            }
            Term::NamedNode(o) if t.predicate == vocab::rdf::TYPE => {
                if let Some(k) = kind_of_class(o.as_str()) {
                    let entry = kinds.entry(s).or_insert(k);
                    if k.0 < entry.0 {
                        *entry = k;
                    }
                }
            }
            Term::NamedNode(o) => {
                nodes.entry(o.as_str().to_owned()).or_insert(Some(o.clone()));
                edges.push((s, o.as_str().to_owned(), t.predicate.clone()));
            }
            Term::BlankNode(o) => {
                let k = format!("_:{}", o.as_str());
                nodes.entry(k.clone()).or_insert(None);
                edges.push((s, k, t.predicate.clone()));
            }
            #[allow(unreachable_patterns)]
            _ => {}
        }
    }
    let title = match lang {
        Lang::Zh => "SPARQL 查询结果".to_owned(),
        Lang::En => "SPARQL query result".to_owned(),
    };
    let mut b = Builder::new(title, lang, Direction::LeftRight);
    for (k, iri) in &nodes {
        let (kind, label) = match iri {
            Some(iri) => {
                let looked_up = describe(backend, iri, &mut labels)?;
                let kind = kinds.get(k).map_or(looked_up, |(_, k)| {
                    if looked_up != NodeKind::Other {
                        looked_up
                    } else {
                        *k
                    }
                });
                let mut e = Entity::new(iri.clone(), kind, labels.get(iri));
                e.labels = labels.get(iri);
                (kind, e.label(lang))
            }
            None => (NodeKind::Other, "·".to_owned()),
        };
        b.diagram.nodes.insert(
            k.clone(),
            DiagramNode {
                kind,
                label,
                subtitle: None,
                tooltip: k.clone(),
                focus: false,
                priority: 1,
            },
        );
    }
    let mut predicate_labels: HashMap<NamedNode, String> = HashMap::new();
    for (s, o, p) in edges {
        let label = match predicate_labels.get(&p) {
            Some(l) => l.clone(),
            None => {
                describe(backend, &p, &mut labels)?;
                let mut l = labels.get(&p);
                if l.is_empty() {
                    l = fallback_label(p.as_str());
                }
                let text = l
                    .get(lang)
                    .map_or_else(|| vocab::compact(p.as_str()), str::to_owned);
                predicate_labels.insert(p.clone(), text.clone());
                text
            }
        };
        let edge = b.diagram.edges.entry((s, o, p.as_str().to_owned())).or_default();
        edge.labelled = true;
        push_unique(&mut edge.labels, label);
    }
    Ok(b.finish(options.max_nodes))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_canned_query_parses() {
        for (name, query) in super::QUERIES {
            let parsed = crate::sparql::evaluator().parse_query(query);
            assert!(parsed.is_ok(), "{name}: {:?}", parsed.err());
        }
    }
}
