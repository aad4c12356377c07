//! Checks the store against SHACL shapes (`orgkg validate`).
//!
//! No Rust SHACL engine fits beside Oxigraph 0.5 without switching on features the project does not want, and the
//! shapes orgkg needs use a small part of SHACL Core. So this module implements that part itself: it reads the
//! shapes graph, turns every constraint into one SPARQL query over the union of all graphs in the store, and
//! gathers the answers into a [`ValidationReport`] that can be written as a table, as JSON, or as a SHACL
//! validation report in Turtle.
//!
//! Supported: node shapes with `sh:targetClass` and `sh:property`; property shapes whose `sh:path` is an IRI or
//! `[ sh:inversePath <iri> ]`; the constraints `sh:minCount`, `sh:maxCount`, `sh:datatype`, `sh:class`,
//! `sh:nodeKind`, `sh:languageIn`, `sh:in`, `sh:pattern` (with `sh:flags`) and `sh:minInclusive`; and
//! `sh:severity`, `sh:message`, `sh:name`, `sh:deactivated`. A shape that uses any other SHACL feature is
//! refused with [`ValidateError::Unsupported`] rather than silently half-checked. As SHACL prescribes,
//! `sh:targetClass` and `sh:class` follow `rdfs:subClassOf` in the data, so the ontology graph (which types the
//! role and kind concepts and declares the class hierarchy) should be in the store.
//!
//! Queries are assembled from terms of the parsed shapes graph only: IRIs are re-checked with
//! [`NamedNode::new`] and written as `<iri>`, literals in their escaped N-Triples form, counts as numbers.

use crate::vocab::{self, rdf, rdfs};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{
    BlankNode, Graph, Literal, LiteralRef, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef,
    Term, TermRef, TripleRef,
};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, SparqlEvaluator, SparqlSyntaxError};
use oxigraph::store::Store;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::io::{self, Write};

/// The SHACL shapes, built in (the same text the store loads into its shapes graph).
pub use crate::store::SHAPES;

/// The ontology, built in.
pub use crate::materialize::ONTOLOGY;

/// The namespace of the shapes in [`SHAPES`].
pub const SHAPES_NS: &str = "https://w3id.org/orgkg/shapes#";

const SH: &str = "http://www.w3.org/ns/shacl#";

/// Errors met while reading shapes, checking the store or writing a report.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ValidateError {
    /// The shapes graph is not valid Turtle.
    #[error("shapes:{line}:{column}: {message}")]
    ShapesSyntax {
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: u64,
        /// What the parser expected.
        message: String,
    },
    /// A shape is malformed: a count that is not a number, a path that is not an IRI, a broken list.
    #[error("shape {shape}: {message}")]
    Shape {
        /// The shape, compacted.
        shape: String,
        /// What is wrong with it.
        message: String,
    },
    /// A shape uses a SHACL feature outside the subset this module implements.
    #[error(
        "shape {shape} uses {feature}, which orgkg validate does not implement (it supports sh:targetClass, \
         sh:property, sh:path with an IRI or sh:inversePath, sh:minCount, sh:maxCount, sh:datatype, sh:class, \
         sh:nodeKind, sh:languageIn, sh:in, sh:pattern, sh:flags, sh:minInclusive, sh:severity)"
    )]
    Unsupported {
        /// The shape, compacted.
        shape: String,
        /// The unsupported predicate or path form.
        feature: String,
    },
    /// A query built from a shape does not parse (a bug in this module).
    #[error("the check built for shape {shape} is not valid SPARQL")]
    Query {
        /// The property shape, compacted.
        shape: String,
        /// The parser's complaint.
        #[source]
        source: SparqlSyntaxError,
    },
    /// Evaluating a check against the store failed.
    #[error("checking shape {shape} against the store")]
    Evaluation {
        /// The property shape, compacted.
        shape: String,
        /// The store's error.
        #[source]
        source: QueryEvaluationError,
    },
    /// Writing a report failed.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// How serious a validation result is (`sh:severity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// `sh:Violation`, the default.
    Violation,
    /// `sh:Warning`.
    Warning,
    /// `sh:Info`.
    Info,
}

impl Severity {
    /// All severities, the most serious first.
    pub const ALL: [Self; 3] = [Self::Violation, Self::Warning, Self::Info];

    /// The SHACL IRI of this severity.
    pub fn iri(self) -> NamedNode {
        sh(match self {
            Self::Violation => "Violation",
            Self::Warning => "Warning",
            Self::Info => "Info",
        })
    }

    fn plural(self) -> &'static str {
        match self {
            Self::Violation => "violations",
            Self::Warning => "warnings",
            Self::Info => "infos",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Violation => "violation",
            Self::Warning => "warning",
            Self::Info => "info",
        })
    }
}

/// The path of a property shape: a predicate, or a predicate followed backwards.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Path {
    /// `sh:path <p>`: the values are the objects of `<focus> <p> ?`.
    Predicate(NamedNode),
    /// `sh:path [ sh:inversePath <p> ]`: the values are the subjects of `? <p> <focus>`.
    Inverse(NamedNode),
}

impl Path {
    /// The path in SPARQL property-path syntax, with full IRIs.
    pub fn to_sparql(&self) -> String {
        match self {
            Self::Predicate(p) => p.to_string(),
            Self::Inverse(p) => format!("^{p}"),
        }
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Predicate(p) => f.write_str(&compact(p.as_str())),
            Self::Inverse(p) => write!(f, "^{}", compact(p.as_str())),
        }
    }
}

/// The SHACL constraint component a result comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Component {
    /// `sh:minCount`.
    MinCount,
    /// `sh:maxCount`.
    MaxCount,
    /// `sh:datatype`.
    Datatype,
    /// `sh:class`.
    Class,
    /// `sh:nodeKind`.
    NodeKind,
    /// `sh:languageIn`.
    LanguageIn,
    /// `sh:in`.
    In,
    /// `sh:pattern`.
    Pattern,
    /// `sh:minInclusive`.
    MinInclusive,
}

impl Component {
    /// The SHACL IRI of the component, such as `sh:MinCountConstraintComponent`.
    pub fn iri(self) -> NamedNode {
        sh(&format!("{}ConstraintComponent", self.name()))
    }

    /// The component's name, such as `MinCount`.
    pub fn name(self) -> &'static str {
        match self {
            Self::MinCount => "MinCount",
            Self::MaxCount => "MaxCount",
            Self::Datatype => "Datatype",
            Self::Class => "Class",
            Self::NodeKind => "NodeKind",
            Self::LanguageIn => "LanguageIn",
            Self::In => "In",
            Self::Pattern => "Pattern",
            Self::MinInclusive => "MinInclusive",
        }
    }
}

/// One way a focus node fails a shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationResult {
    /// The node that fails (`sh:focusNode`).
    pub focus_node: NamedOrBlankNode,
    /// The property path checked (`sh:resultPath`).
    pub path: Path,
    /// How serious the failure is.
    pub severity: Severity,
    /// The property shape's `sh:message` (English preferred), or else the same text as `detail`.
    pub message: String,
    /// What exactly was found, such as `found 2 values, at most 1 allowed`.
    pub detail: String,
    /// The offending value, for constraints on single values (`sh:value`).
    pub value: Option<Term>,
    /// The node shape whose target selected the focus node.
    pub shape: NamedOrBlankNode,
    /// The node shape's `sh:name` (English preferred), or its compact IRI.
    pub shape_name: String,
    /// The property shape that holds the failing constraint (`sh:sourceShape`).
    pub source_shape: NamedOrBlankNode,
    /// The failing constraint component.
    pub component: Component,
}

/// The outcome of checking a store against shapes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationReport {
    /// True when there is no result of any severity, as SHACL defines conformance.
    pub conforms: bool,
    /// The results, sorted by shape name, focus node, path and component.
    pub results: Vec<ValidationResult>,
}

/// A parsed shapes graph, ready to check stores.
#[derive(Debug, Clone)]
pub struct Shapes {
    node_shapes: Vec<NodeShape>,
}

#[derive(Debug, Clone)]
struct NodeShape {
    id: NamedOrBlankNode,
    name: String,
    targets: Vec<NamedNode>,
    properties: Vec<PropertyShape>,
}

#[derive(Debug, Clone)]
struct PropertyShape {
    id: NamedOrBlankNode,
    path: Path,
    severity: Severity,
    message: Option<String>,
    constraints: Vec<Constraint>,
}

#[derive(Debug, Clone)]
enum Constraint {
    MinCount(u64),
    MaxCount(u64),
    Datatype(NamedNode),
    Class(NamedNode),
    NodeKind(NamedNode),
    LanguageIn(Vec<String>),
    In(Vec<Term>),
    Pattern { pattern: String, flags: String },
    MinInclusive(Literal),
}

/// Checks the union of all graphs in `store` against the shapes in `shapes_turtle`.
///
/// This is [`Shapes::parse`] followed by [`Shapes::validate`].
pub fn validate(store: &Store, shapes_turtle: &str) -> Result<ValidationReport, ValidateError> {
    Shapes::parse(shapes_turtle)?.validate(store)
}

impl Shapes {
    /// Parses a shapes graph written in Turtle, refusing SHACL features outside the supported subset.
    pub fn parse(turtle: &str) -> Result<Self, ValidateError> {
        let mut graph = Graph::new();
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle) {
            let quad = quad.map_err(|e| {
                let start = e.location().map(|l| l.start);
                ValidateError::ShapesSyntax {
                    line: start.as_ref().map_or(0, |p| p.line + 1),
                    column: start.as_ref().map_or(0, |p| p.column + 1),
                    message: e.to_string(),
                }
            })?;
            graph.insert(quad.as_ref());
        }
        let g = ShapesGraph(&graph);
        let mut roots: Vec<NamedOrBlankNode> = Vec::new();
        let mut seen = HashSet::new();
        let node_shape = sh("NodeShape");
        let typed = g.0.subjects_for_predicate_object(rdf::TYPE, &node_shape);
        let targeted = g.0.triples_for_predicate(&sh("targetClass")).map(|t| t.subject);
        for subject in typed.chain(targeted) {
            if seen.insert(subject.into_owned()) {
                roots.push(subject.into_owned());
            }
        }
        let mut node_shapes = Vec::new();
        for root in roots {
            if g.is_deactivated(root.as_ref())? {
                continue;
            }
            node_shapes.push(g.node_shape(root.as_ref())?);
        }
        node_shapes.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Self { node_shapes })
    }

    /// The number of node shapes.
    pub fn len(&self) -> usize {
        self.node_shapes.len()
    }

    /// True when the graph holds no node shape.
    pub fn is_empty(&self) -> bool {
        self.node_shapes.is_empty()
    }

    /// Checks the union of all graphs in `store` against these shapes.
    pub fn validate(&self, store: &Store) -> Result<ValidationReport, ValidateError> {
        let mut results = Vec::new();
        for shape in &self.node_shapes {
            if shape.targets.is_empty() {
                continue;
            }
            let targets = target_pattern(&shape.targets)?;
            for property in &shape.properties {
                for constraint in &property.constraints {
                    check(store, shape, property, constraint, &targets, &mut results)?;
                }
            }
        }
        results.sort_by_cached_key(|r| {
            (
                r.shape_name.clone(),
                r.focus_node.to_string(),
                r.path.to_sparql(),
                r.component,
                r.value.as_ref().map(Term::to_string),
            )
        });
        Ok(ValidationReport {
            conforms: results.is_empty(),
            results,
        })
    }
}

/// Read access to the shapes graph, with errors that name the shape.
struct ShapesGraph<'a>(&'a Graph);

impl ShapesGraph<'_> {
    fn node_shape(&self, id: NamedOrBlankNodeRef<'_>) -> Result<NodeShape, ValidateError> {
        let mut targets = Vec::new();
        let mut property_ids = Vec::new();
        for triple in self.0.triples_for_subject(id) {
            let Some(local) = triple.predicate.as_str().strip_prefix(SH) else {
                continue;
            };
            match local {
                "targetClass" => targets.push(self.named(id, triple.object, "sh:targetClass")?),
                "property" => property_ids.push(self.node(id, triple.object, "sh:property")?),
                // Non-validating, or handled below (a shape with sh:path is its own property shape).
                "name" | "message" | "description" | "severity" | "deactivated" | "path" | "minCount"
                | "maxCount" | "datatype" | "class" | "nodeKind" | "languageIn" | "in" | "pattern"
                | "flags" | "minInclusive" | "order" | "group" => {}
                other => return Err(unsupported(id, &format!("sh:{other}"))),
            }
        }
        let mut properties = Vec::new();
        if self.0.object_for_subject_predicate(id, &sh("path")).is_some() {
            properties.push(self.property_shape(id)?);
        } else if let Some(t) = self
            .0
            .triples_for_subject(id)
            .find(|t| is_constraint(t.predicate))
        {
            return Err(unsupported(
                id,
                &format!("{} on a node shape", compact(t.predicate.as_str())),
            ));
        }
        for property in property_ids {
            if !self.is_deactivated(property.as_ref())? {
                properties.push(self.property_shape(property.as_ref())?);
            }
        }
        targets.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        Ok(NodeShape {
            id: id.into_owned(),
            name: self.text(id, &sh("name")).unwrap_or_else(|| compact_node(id)),
            targets,
            properties,
        })
    }

    fn property_shape(&self, id: NamedOrBlankNodeRef<'_>) -> Result<PropertyShape, ValidateError> {
        let path = self.path(id)?;
        let mut severity = Severity::Violation;
        let mut constraints = Vec::new();
        let mut patterns = Vec::new();
        let mut flags = None;
        for triple in self.0.triples_for_subject(id) {
            let Some(local) = triple.predicate.as_str().strip_prefix(SH) else {
                continue;
            };
            let object = triple.object;
            match local {
                // sh:targetClass is read when a shape with a path is also a node shape.
                "path" | "name" | "message" | "description" | "order" | "group" | "deactivated"
                | "targetClass" => {}
                "severity" => {
                    let iri = self.named(id, object, "sh:severity")?;
                    severity = Severity::ALL
                        .into_iter()
                        .find(|s| s.iri() == iri)
                        .ok_or_else(|| {
                            shape_error(id, format!("unknown severity {}", compact(iri.as_str())))
                        })?;
                }
                "minCount" => {
                    constraints.push(Constraint::MinCount(self.count(id, object, "sh:minCount")?))
                }
                "maxCount" => {
                    constraints.push(Constraint::MaxCount(self.count(id, object, "sh:maxCount")?))
                }
                "datatype" => {
                    constraints.push(Constraint::Datatype(self.named(id, object, "sh:datatype")?))
                }
                "class" => constraints.push(Constraint::Class(self.named(id, object, "sh:class")?)),
                "nodeKind" => {
                    let kind = self.named(id, object, "sh:nodeKind")?;
                    node_kind_filter(&kind).ok_or_else(|| {
                        shape_error(id, format!("{} is not a SHACL node kind", compact(kind.as_str())))
                    })?;
                    constraints.push(Constraint::NodeKind(kind));
                }
                "languageIn" => {
                    let mut tags = Vec::new();
                    for tag in self.list(id, object, "sh:languageIn")? {
                        match tag {
                            Term::Literal(l) if is_language_range(l.value()) => {
                                tags.push(l.value().to_owned())
                            }
                            other => {
                                return Err(shape_error(
                                    id,
                                    format!("sh:languageIn holds {other}, not a language tag"),
                                ));
                            }
                        }
                    }
                    constraints.push(Constraint::LanguageIn(tags));
                }
                "in" => {
                    let values = self.list(id, object, "sh:in")?;
                    if let Some(b) = values.iter().find(|v| v.is_blank_node()) {
                        return Err(unsupported(id, &format!("the blank node {b} in sh:in")));
                    }
                    constraints.push(Constraint::In(values));
                }
                "pattern" => patterns.push(self.string(id, object, "sh:pattern")?),
                "flags" => flags = Some(self.string(id, object, "sh:flags")?),
                "minInclusive" => match object {
                    TermRef::Literal(l) => constraints.push(Constraint::MinInclusive(l.into_owned())),
                    _ => return Err(shape_error(id, "sh:minInclusive is not a literal".to_owned())),
                },
                other => return Err(unsupported(id, &format!("sh:{other}"))),
            }
        }
        let flags = flags.unwrap_or_default();
        if !flags.chars().all(|c| "smixq".contains(c)) {
            return Err(shape_error(
                id,
                format!("sh:flags {flags:?} has a flag outside s, m, i, x, q"),
            ));
        }
        for pattern in patterns {
            if let Err(e) = regex::Regex::new(&pattern) {
                return Err(shape_error(
                    id,
                    format!("sh:pattern {pattern:?} is not a regular expression: {e}"),
                ));
            }
            constraints.push(Constraint::Pattern {
                pattern,
                flags: flags.clone(),
            });
        }
        Ok(PropertyShape {
            id: id.into_owned(),
            path,
            severity,
            message: self.text(id, &sh("message")),
            constraints,
        })
    }

    fn path(&self, id: NamedOrBlankNodeRef<'_>) -> Result<Path, ValidateError> {
        let mut paths = self.0.objects_for_subject_predicate(id, &sh("path"));
        let path = paths
            .next()
            .ok_or_else(|| shape_error(id, "a property shape needs sh:path".to_owned()))?;
        if paths.next().is_some() {
            return Err(shape_error(id, "a property shape has one sh:path".to_owned()));
        }
        match path {
            TermRef::NamedNode(p) => Ok(Path::Predicate(checked(p)?)),
            TermRef::BlankNode(b) => {
                let mut inverse = self.0.objects_for_subject_predicate(b, &sh("inversePath"));
                match (
                    inverse.next(),
                    inverse.next(),
                    self.0.triples_for_subject(b).count(),
                ) {
                    (Some(TermRef::NamedNode(p)), None, 1) => Ok(Path::Inverse(checked(p)?)),
                    _ => Err(unsupported(
                        id,
                        "a path other than an IRI or sh:inversePath of an IRI",
                    )),
                }
            }
            _ => Err(shape_error(id, "sh:path is a literal".to_owned())),
        }
    }

    fn is_deactivated(&self, id: NamedOrBlankNodeRef<'_>) -> Result<bool, ValidateError> {
        match self.0.object_for_subject_predicate(id, &sh("deactivated")) {
            None => Ok(false),
            Some(TermRef::Literal(l)) if matches!(l.value(), "true" | "1") => Ok(true),
            Some(TermRef::Literal(l)) if matches!(l.value(), "false" | "0") => Ok(false),
            Some(other) => Err(shape_error(
                id,
                format!("sh:deactivated is {other}, not a boolean"),
            )),
        }
    }

    /// The text of a property, preferring English, then an untagged string, then any language.
    fn text(&self, id: NamedOrBlankNodeRef<'_>, predicate: &NamedNode) -> Option<String> {
        let literals: Vec<LiteralRef<'_>> = self
            .0
            .objects_for_subject_predicate(id, predicate)
            .filter_map(|t| match t {
                TermRef::Literal(l) => Some(l),
                _ => None,
            })
            .collect();
        let rank = |l: &LiteralRef<'_>| match l.language() {
            Some("en") => 0,
            None => 1,
            Some(_) => 2,
        };
        literals
            .iter()
            .min_by_key(|l| (rank(l), l.value()))
            .map(|l| l.value().to_owned())
    }

    fn named(
        &self,
        id: NamedOrBlankNodeRef<'_>,
        term: TermRef<'_>,
        what: &str,
    ) -> Result<NamedNode, ValidateError> {
        match term {
            TermRef::NamedNode(n) => checked(n),
            other => Err(shape_error(id, format!("{what} is {other}, not an IRI"))),
        }
    }

    fn node(
        &self,
        id: NamedOrBlankNodeRef<'_>,
        term: TermRef<'_>,
        what: &str,
    ) -> Result<NamedOrBlankNode, ValidateError> {
        match term {
            TermRef::NamedNode(n) => Ok(checked(n)?.into()),
            TermRef::BlankNode(b) => Ok(b.into_owned().into()),
            other => Err(shape_error(id, format!("{what} is {other}, not a shape"))),
        }
    }

    fn count(
        &self,
        id: NamedOrBlankNodeRef<'_>,
        term: TermRef<'_>,
        what: &str,
    ) -> Result<u64, ValidateError> {
        match term {
            TermRef::Literal(l) => l.value().parse().ok(),
            _ => None,
        }
        .ok_or_else(|| shape_error(id, format!("{what} is {term}, not a non-negative integer")))
    }

    fn string(
        &self,
        id: NamedOrBlankNodeRef<'_>,
        term: TermRef<'_>,
        what: &str,
    ) -> Result<String, ValidateError> {
        match term {
            TermRef::Literal(l) => Ok(l.value().to_owned()),
            other => Err(shape_error(id, format!("{what} is {other}, not a string"))),
        }
    }

    /// The members of an RDF list.
    fn list(
        &self,
        id: NamedOrBlankNodeRef<'_>,
        head: TermRef<'_>,
        what: &str,
    ) -> Result<Vec<Term>, ValidateError> {
        let first = NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#first");
        let rest = NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");
        let nil = NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil");
        let broken = || shape_error(id, format!("{what} is not a well-formed RDF list"));
        let mut items = Vec::new();
        let mut node = head;
        let mut visited = HashSet::new();
        while node != TermRef::from(nil) {
            let cell: NamedOrBlankNodeRef<'_> = match node {
                TermRef::NamedNode(n) => n.into(),
                TermRef::BlankNode(b) => b.into(),
                _ => return Err(broken()),
            };
            if !visited.insert(cell.into_owned()) {
                return Err(broken());
            }
            items.push(
                self.0
                    .object_for_subject_predicate(cell, first)
                    .ok_or_else(broken)?
                    .into_owned(),
            );
            node = self
                .0
                .object_for_subject_predicate(cell, rest)
                .ok_or_else(broken)?;
        }
        Ok(items)
    }
}

fn is_constraint(predicate: NamedNodeRef<'_>) -> bool {
    predicate.as_str().strip_prefix(SH).is_some_and(|local| {
        matches!(
            local,
            "minCount"
                | "maxCount"
                | "datatype"
                | "class"
                | "nodeKind"
                | "languageIn"
                | "in"
                | "pattern"
                | "minInclusive"
        )
    })
}

/// The SPARQL group that binds `?focus` to every instance of the targets (following `rdfs:subClassOf`).
fn target_pattern(targets: &[NamedNode]) -> Result<String, ValidateError> {
    let branches = targets
        .iter()
        .map(|t| {
            Ok(format!(
                "{{ ?focus {}/{}* {} }}",
                rdf::TYPE,
                rdfs::SUB_CLASS_OF,
                iri(t)?
            ))
        })
        .collect::<Result<Vec<_>, ValidateError>>()?;
    Ok(branches.join(" UNION "))
}

/// Runs the check of one constraint and appends its results.
fn check(
    store: &Store,
    shape: &NodeShape,
    property: &PropertyShape,
    constraint: &Constraint,
    targets: &str,
    results: &mut Vec<ValidationResult>,
) -> Result<(), ValidateError> {
    let values = match &property.path {
        Path::Predicate(p) => format!("?focus {} ?value", iri(p)?),
        Path::Inverse(p) => format!("?value {} ?focus", iri(p)?),
    };
    let (component, query) = match constraint {
        Constraint::MinCount(n) => (
            Component::MinCount,
            format!(
                "SELECT ?focus (COUNT(DISTINCT ?value) AS ?count) WHERE {{ {targets} OPTIONAL {{ {values} }} }} \
                 GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) < {n})"
            ),
        ),
        Constraint::MaxCount(n) => (
            Component::MaxCount,
            format!(
                "SELECT ?focus (COUNT(DISTINCT ?value) AS ?count) WHERE {{ {targets} {values} }} \
                 GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) > {n})"
            ),
        ),
        other => {
            let (component, condition) = value_condition(other)?;
            (
                component,
                format!("SELECT DISTINCT ?focus ?value WHERE {{ {targets} {values} FILTER({condition}) }}"),
            )
        }
    };
    let shape_label = compact_node(property.id.as_ref());
    let mut prepared = SparqlEvaluator::new()
        .parse_query(&query)
        .map_err(|source| ValidateError::Query {
            shape: shape_label.clone(),
            source,
        })?;
    prepared.dataset_mut().set_default_graph_as_union();
    let evaluation = |source| ValidateError::Evaluation {
        shape: shape_label.clone(),
        source,
    };
    let QueryResults::Solutions(solutions) = prepared.on_store(store).execute().map_err(evaluation)? else {
        return Ok(());
    };
    let mut seen = HashSet::new();
    for solution in solutions {
        let solution = solution.map_err(evaluation)?;
        let Some(focus) = solution
            .get("focus")
            .cloned()
            .and_then(|t| NamedOrBlankNode::try_from(t).ok())
        else {
            continue;
        };
        let value = solution.get("value").cloned();
        if !seen.insert((focus.clone(), value.clone())) {
            continue;
        }
        let count = solution.get("count").and_then(|t| match t {
            Term::Literal(l) => l.value().parse::<u64>().ok(),
            _ => None,
        });
        let detail = describe(constraint, value.as_ref(), count.unwrap_or(0));
        results.push(ValidationResult {
            focus_node: focus,
            path: property.path.clone(),
            severity: property.severity,
            message: property.message.clone().unwrap_or_else(|| detail.clone()),
            detail,
            value: if matches!(component, Component::MinCount | Component::MaxCount) {
                None
            } else {
                value
            },
            shape: shape.id.clone(),
            shape_name: shape.name.clone(),
            source_shape: property.id.clone(),
            component,
        });
    }
    Ok(())
}

/// The SPARQL condition that holds for a `?value` failing a single-value constraint.
fn value_condition(constraint: &Constraint) -> Result<(Component, String), ValidateError> {
    Ok(match constraint {
        Constraint::Datatype(datatype) => {
            let d = iri(datatype)?;
            // For the datatypes SPARQL can cast to, an ill-formed lexical form ("2025-13-40"^^xsd:date) fails too.
            let castable = ["date", "dateTime", "integer", "decimal", "boolean"]
                .iter()
                .any(|local| datatype.as_str() == format!("{}{local}", vocab::ns::XSD));
            let well_formed = if castable {
                format!(" || !COALESCE({d}(STR(?value)) = ?value, false)")
            } else {
                String::new()
            };
            (
                Component::Datatype,
                format!("!isLiteral(?value) || DATATYPE(?value) != {d}{well_formed}"),
            )
        }
        Constraint::Class(class) => (
            Component::Class,
            format!(
                "NOT EXISTS {{ ?value {}/{}* {} }}",
                rdf::TYPE,
                rdfs::SUB_CLASS_OF,
                iri(class)?
            ),
        ),
        Constraint::NodeKind(kind) => (
            Component::NodeKind,
            node_kind_filter(kind).unwrap_or("false").to_owned(),
        ),
        Constraint::LanguageIn(tags) => {
            let matches = tags
                .iter()
                .map(|t| format!("LANGMATCHES(LANG(?value), {})", Literal::new_simple_literal(t)))
                .collect::<Vec<_>>();
            let any = if matches.is_empty() {
                "false".to_owned()
            } else {
                matches.join(" || ")
            };
            (Component::LanguageIn, format!("!isLiteral(?value) || !({any})"))
        }
        Constraint::In(values) => {
            let same = values
                .iter()
                .map(|v| Ok(format!("sameTerm(?value, {})", sparql_term(v)?)))
                .collect::<Result<Vec<_>, ValidateError>>()?;
            let any = if same.is_empty() {
                "false".to_owned()
            } else {
                same.join(" || ")
            };
            (Component::In, format!("!({any})"))
        }
        Constraint::Pattern { pattern, flags } => (
            Component::Pattern,
            format!(
                "isBlank(?value) || !REGEX(STR(?value), {}, {})",
                Literal::new_simple_literal(pattern),
                Literal::new_simple_literal(flags)
            ),
        ),
        Constraint::MinInclusive(min) => (
            Component::MinInclusive,
            format!(
                "!COALESCE(?value >= {}, false)",
                sparql_term(&min.clone().into())?
            ),
        ),
        Constraint::MinCount(_) | Constraint::MaxCount(_) => {
            unreachable!("counts are checked by grouping, not per value")
        }
    })
}

/// The SPARQL condition that holds for a `?value` of the wrong node kind.
fn node_kind_filter(kind: &NamedNode) -> Option<&'static str> {
    Some(match kind.as_str().strip_prefix(SH)? {
        "IRI" => "!isIRI(?value)",
        "Literal" => "!isLiteral(?value)",
        "BlankNode" => "!isBlank(?value)",
        "BlankNodeOrIRI" => "isLiteral(?value)",
        "BlankNodeOrLiteral" => "isIRI(?value)",
        "IRIOrLiteral" => "isBlank(?value)",
        _ => return None,
    })
}

/// What a failing value or count means, in a few words.
fn describe(constraint: &Constraint, value: Option<&Term>, count: u64) -> String {
    let value = value.map_or_else(|| "no value".to_owned(), display_term);
    match constraint {
        Constraint::MinCount(n) => format!("found {count} value{}, at least {n} required", plural(count)),
        Constraint::MaxCount(n) => format!("found {count} value{}, at most {n} allowed", plural(count)),
        Constraint::Datatype(d) => format!("{value} is not a well-formed {}", compact(d.as_str())),
        Constraint::Class(c) => format!("{value} is not an instance of {}", compact(c.as_str())),
        Constraint::NodeKind(k) => format!("{value} is not of node kind {}", compact(k.as_str())),
        Constraint::LanguageIn(tags) => {
            format!("{value} is not tagged with a language in ({})", tags.join(", "))
        }
        Constraint::In(values) => format!(
            "{value} is not one of ({})",
            values.iter().map(display_term).collect::<Vec<_>>().join(", ")
        ),
        Constraint::Pattern { pattern, .. } => format!("{value} does not match /{pattern}/"),
        Constraint::MinInclusive(min) => format!("{value} is not at least {}", min.value()),
    }
}

fn plural(count: u64) -> &'static str {
    if count == 1 { "" } else { "s" }
}

impl ValidationReport {
    /// The number of results of one severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.results.iter().filter(|r| r.severity == severity).count()
    }

    /// Writes one line per result, grouped by shape with a count per group, then a summary line.
    pub fn write_table(&self, mut w: impl Write) -> io::Result<()> {
        let mut groups: BTreeMap<(&str, String), Vec<&ValidationResult>> = BTreeMap::new();
        for result in &self.results {
            groups
                .entry((result.shape_name.as_str(), compact_node(result.shape.as_ref())))
                .or_default()
                .push(result);
        }
        for ((name, shape), results) in &groups {
            writeln!(
                w,
                "{name} ({shape}): {}",
                severity_counts(results.iter().copied())
            )?;
            for r in results {
                let value = r
                    .value
                    .as_ref()
                    .map(|v| format!(" = {}", display_term(v)))
                    .unwrap_or_default();
                let message = if r.message == r.detail {
                    String::new()
                } else {
                    format!(" | {}", r.message)
                };
                writeln!(
                    w,
                    "  {:<9} {} {}{value}: {}{message}",
                    r.severity,
                    compact_node(r.focus_node.as_ref()),
                    r.path,
                    r.detail
                )?;
            }
        }
        if self.conforms {
            writeln!(w, "conforms: no results")
        } else {
            writeln!(
                w,
                "does not conform: {} in {} shape{}",
                severity_counts(self.results.iter()),
                groups.len(),
                if groups.len() == 1 { "" } else { "s" }
            )
        }
    }

    /// The report as JSON: `conforms`, a count per severity, and the results with terms in N-Triples syntax.
    pub fn to_json(&self) -> serde_json::Value {
        let results = self
            .results
            .iter()
            .map(|r| {
                serde_json::json!({
                    "focusNode": r.focus_node.to_string(),
                    "path": r.path.to_sparql(),
                    "severity": r.severity.to_string(),
                    "component": r.component.name(),
                    "value": r.value.as_ref().map(Term::to_string),
                    "message": r.message,
                    "detail": r.detail,
                    "shape": r.shape.to_string(),
                    "shapeName": r.shape_name,
                    "sourceShape": r.source_shape.to_string(),
                })
            })
            .collect::<Vec<_>>();
        let counts = Severity::ALL
            .iter()
            .map(|s| (s.to_string(), serde_json::Value::from(self.count(*s))))
            .collect::<serde_json::Map<_, _>>();
        serde_json::json!({ "conforms": self.conforms, "counts": counts, "results": results })
    }

    /// Writes the report as a SHACL validation report (`sh:ValidationReport`) in Turtle.
    pub fn write_turtle(&self, w: impl Write) -> io::Result<()> {
        let mut serializer = RdfSerializer::from_format(RdfFormat::Turtle);
        for (prefix, ns) in vocab::PREFIXES.iter().copied().chain([("orgkgsh", SHAPES_NS)]) {
            serializer = serializer
                .with_prefix(prefix, ns)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        }
        let mut out = serializer.for_writer(w);
        let report = BlankNode::new_unchecked("orgkgValidationReport");
        let a = rdf::TYPE;
        out.serialize_triple(TripleRef::new(&report, a, &sh("ValidationReport")))?;
        let conforms = Literal::from(self.conforms);
        out.serialize_triple(TripleRef::new(&report, &sh("conforms"), &conforms))?;
        for (i, r) in self.results.iter().enumerate() {
            let node = BlankNode::new_unchecked(format!("orgkgValidationResult{}", i + 1));
            out.serialize_triple(TripleRef::new(&report, &sh("result"), &node))?;
            out.serialize_triple(TripleRef::new(&node, a, &sh("ValidationResult")))?;
            out.serialize_triple(TripleRef::new(&node, &sh("focusNode"), &r.focus_node))?;
            match &r.path {
                Path::Predicate(p) => out.serialize_triple(TripleRef::new(&node, &sh("resultPath"), p))?,
                Path::Inverse(p) => {
                    let path = BlankNode::new_unchecked(format!("orgkgValidationPath{}", i + 1));
                    out.serialize_triple(TripleRef::new(&node, &sh("resultPath"), &path))?;
                    out.serialize_triple(TripleRef::new(&path, &sh("inversePath"), p))?;
                }
            }
            out.serialize_triple(TripleRef::new(&node, &sh("resultSeverity"), &r.severity.iri()))?;
            out.serialize_triple(TripleRef::new(
                &node,
                &sh("sourceConstraintComponent"),
                &r.component.iri(),
            ))?;
            out.serialize_triple(TripleRef::new(&node, &sh("sourceShape"), &r.source_shape))?;
            if let Some(value) = &r.value {
                out.serialize_triple(TripleRef::new(&node, &sh("value"), value))?;
            }
            for text in [&r.message, &r.detail] {
                let message = Literal::new_language_tagged_literal_unchecked(text.as_str(), "en");
                out.serialize_triple(TripleRef::new(&node, &sh("resultMessage"), &message))?;
            }
        }
        out.finish()?;
        Ok(())
    }
}

fn severity_counts<'a>(results: impl Iterator<Item = &'a ValidationResult>) -> String {
    let mut counts = [0usize; 3];
    for r in results {
        counts[Severity::ALL.iter().position(|s| *s == r.severity).unwrap_or(0)] += 1;
    }
    let parts = Severity::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| {
            format!(
                "{n} {}",
                if n == 1 {
                    s.to_string()
                } else {
                    s.plural().to_owned()
                }
            )
        })
        .collect::<Vec<_>>();
    if parts.is_empty() {
        "no results".to_owned()
    } else {
        parts.join(", ")
    }
}

fn sh(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SH}{local}"))
}

/// An IRI of the shapes graph as it goes into a query: re-checked, then written as `<iri>`.
fn iri(node: &NamedNode) -> Result<String, ValidateError> {
    Ok(NamedNode::new(node.as_str())
        .map_err(|e| ValidateError::Shape {
            shape: node.as_str().to_owned(),
            message: format!("invalid IRI: {e}"),
        })?
        .to_string())
}

fn checked(node: NamedNodeRef<'_>) -> Result<NamedNode, ValidateError> {
    let node = node.into_owned();
    iri(&node)?;
    Ok(node)
}

/// A constant of `sh:in` or `sh:minInclusive` as it goes into a query.
fn sparql_term(term: &Term) -> Result<String, ValidateError> {
    match term {
        Term::NamedNode(n) => iri(n),
        Term::Literal(l) => Ok(l.to_string()),
        other => Err(ValidateError::Unsupported {
            shape: String::new(),
            feature: format!("the term {other} as a constant"),
        }),
    }
}

fn is_language_range(tag: &str) -> bool {
    tag == "*"
        || (!tag.is_empty()
            && tag
                .split('-')
                .all(|part| (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())))
}

fn shape_error(id: NamedOrBlankNodeRef<'_>, message: String) -> ValidateError {
    ValidateError::Shape {
        shape: compact_node(id),
        message,
    }
}

fn unsupported(id: NamedOrBlankNodeRef<'_>, feature: &str) -> ValidateError {
    ValidateError::Unsupported {
        shape: compact_node(id),
        feature: feature.to_owned(),
    }
}

fn compact(iri: &str) -> String {
    match iri.strip_prefix(SHAPES_NS) {
        Some(local)
            if !local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c)) =>
        {
            format!("orgkgsh:{local}")
        }
        _ => vocab::compact(iri),
    }
}

fn compact_node(node: NamedOrBlankNodeRef<'_>) -> String {
    match node {
        NamedOrBlankNodeRef::NamedNode(n) => compact(n.as_str()),
        other => other.to_string(),
    }
}

fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => compact(n.as_str()),
        Term::Literal(l) if l.datatype() != vocab::xsd::STRING && l.language().is_none() => {
            format!("\"{}\"^^{}", l.value(), compact(l.datatype().as_str()))
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::GraphName;

    const PREFIXES: &str = "@prefix orgkg: <https://w3id.org/orgkg/ns#> .
@prefix id: <https://w3id.org/orgkg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <http://schema.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix opengov: <http://www.w3.org/ns/opengov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.com/> .
";

    /// A person holding a post, as the loader writes it: valid against the shipped shapes.
    const MEMBERSHIP: &str = r#"
id:org-1 a org:FormalOrganization ; org:classification id:kind-industry-association ;
    skos:prefLabel "中国有色金属工业协会"@zh, "China Nonferrous Metals Industry Association"@en ;
    skos:altLabel "中國有色金屬工業協會"@zh-Hant ; org:hasUnit id:org-2 .
id:org-2 a org:OrganizationalUnit ; org:classification id:kind-department ;
    skos:prefLabel "会员部"@zh ; org:unitOf id:org-1 ; org:subOrganizationOf id:org-1 .
id:person-1 a foaf:Person, schema:Person ; foaf:name "王健"@zh ; skos:prefLabel "王健"@zh, "Wang Jian"@en ;
    org:holds id:post-1 ; org:memberOf id:org-1 .
id:post-1 a org:Post ; org:postIn id:org-1 ; org:role id:role-vice-president ; org:heldBy id:person-1 .
id:membership-1 a org:Membership ; org:member id:person-1 ; org:organization id:org-1 ;
    org:role id:role-vice-president ; opengov:post id:post-1 ; orgkg:asOf "2025-10-14"^^xsd:date ;
    orgkg:titleAtTime "副会长"@zh ; prov:wasDerivedFrom id:source-1 .
"#;

    /// A meeting with one participation, valid against the shipped shapes.
    const MEETING: &str = r#"
id:meeting-1 a orgkg:Meeting, schema:Event ; schema:name "2025年地方行业协会负责人座谈会"@zh ;
    schema:startDate "2025-10-14"^^xsd:date ; schema:location id:place-1 ; orgkg:attendanceCount 50 .
id:person-2 a foaf:Person ; foaf:name "赵卫肃"@zh .
id:participation-1 a orgkg:Participation ; orgkg:agent id:person-2 ; orgkg:event id:meeting-1 ;
    orgkg:meetingRole id:meeting-role-chair ; orgkg:onBehalfOf id:org-1 ; prov:wasDerivedFrom id:source-1 .
id:org-1 a org:FormalOrganization ; skos:prefLabel "中国有色金属工业协会"@zh .
"#;

    fn store_with(data: &str) -> Store {
        let store = Store::new().unwrap();
        let ontology = NamedNode::new("https://w3id.org/orgkg/graph/ontology").unwrap();
        store
            .load_from_slice(
                RdfParser::from_format(RdfFormat::Turtle).with_default_graph(GraphName::from(ontology)),
                ONTOLOGY,
            )
            .unwrap();
        let graph = NamedNode::new("https://w3id.org/orgkg/graph/test").unwrap();
        store
            .load_from_slice(
                RdfParser::from_format(RdfFormat::Turtle).with_default_graph(GraphName::from(graph)),
                &format!("{PREFIXES}{data}"),
            )
            .unwrap();
        store
    }

    fn id(local: &str) -> NamedOrBlankNode {
        NamedNode::new(format!("https://w3id.org/orgkg/id/{local}"))
            .unwrap()
            .into()
    }

    fn table(report: &ValidationReport) -> String {
        let mut out = Vec::new();
        report.write_table(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Validates `data` with the shipped shapes and asserts there is exactly one result, which it returns.
    fn single_result(data: &str) -> ValidationResult {
        let report = validate(&store_with(data), SHAPES).unwrap();
        assert_eq!(
            report.results.len(),
            1,
            "expected one result, got:\n{}",
            table(&report)
        );
        assert!(!report.conforms);
        report.results.into_iter().next().unwrap()
    }

    #[test]
    fn the_ontology_conforms_to_the_shapes() {
        let store = store_with("");
        let report = validate(&store, SHAPES).unwrap();
        assert!(report.conforms, "{}", table(&report));
    }

    #[test]
    fn a_valid_membership_conforms() {
        let report = validate(&store_with(MEMBERSHIP), SHAPES).unwrap();
        assert!(report.conforms, "{}", table(&report));
        assert_eq!(table(&report), "conforms: no results\n");
    }

    #[test]
    fn a_valid_meeting_conforms() {
        let report = validate(&store_with(MEETING), SHAPES).unwrap();
        assert!(report.conforms, "{}", table(&report));
    }

    #[test]
    fn a_participation_without_agent_violates_min_count() {
        let data = MEETING.replace("orgkg:agent id:person-2 ;", "");
        let r = single_result(&data);
        assert_eq!(r.focus_node, id("participation-1"));
        assert_eq!(r.path, Path::Predicate(vocab::orgkg::AGENT.into_owned()));
        assert_eq!(r.component, Component::MinCount);
        assert_eq!(r.severity, Severity::Violation);
        assert_eq!(r.value, None);
        assert_eq!(r.detail, "found 0 values, at least 1 required");
        assert_eq!(r.shape_name, "Participation");
        assert_eq!(
            r.source_shape,
            NamedNode::new(format!("{SHAPES_NS}Participation-agent"))
                .unwrap()
                .into()
        );
    }

    #[test]
    fn a_meeting_with_two_start_dates_violates_max_count() {
        let data = format!("{MEETING}\nid:meeting-1 schema:startDate \"2025-10-15\"^^xsd:date .");
        let r = single_result(&data);
        assert_eq!(r.focus_node, id("meeting-1"));
        assert_eq!(r.path, Path::Predicate(vocab::schema::START_DATE.into_owned()));
        assert_eq!(r.component, Component::MaxCount);
        assert_eq!(r.detail, "found 2 values, at most 1 allowed");
    }

    #[test]
    fn a_membership_whose_role_is_not_a_role_violates_class() {
        let data = MEMBERSHIP.replace(
            "org:role id:role-vice-president ; opengov:post",
            "org:role id:kind-company ; opengov:post",
        );
        let r = single_result(&data);
        assert_eq!(r.focus_node, id("membership-1"));
        assert_eq!(r.path, Path::Predicate(vocab::org::ROLE_PROP.into_owned()));
        assert_eq!(r.component, Component::Class);
        assert_eq!(r.value, Some(Term::from(id_iri("kind-company"))));
        assert_eq!(r.detail, "id:kind-company is not an instance of org:Role");
    }

    fn id_iri(local: &str) -> NamedNode {
        NamedNode::new(format!("https://w3id.org/orgkg/id/{local}")).unwrap()
    }

    #[test]
    fn a_date_typed_as_string_violates_datatype() {
        let data = MEMBERSHIP.replace("\"2025-10-14\"^^xsd:date", "\"2025-10-14\"");
        let r = single_result(&data);
        assert_eq!(r.focus_node, id("membership-1"));
        assert_eq!(r.path, Path::Predicate(vocab::orgkg::AS_OF.into_owned()));
        assert_eq!(r.component, Component::Datatype);
        assert_eq!(r.value, Some(Literal::new_simple_literal("2025-10-14").into()));
    }

    #[test]
    fn an_ill_formed_date_violates_datatype() {
        let data = MEETING.replace("\"2025-10-14\"^^xsd:date", "\"2025-13-40\"^^xsd:date");
        let r = single_result(&data);
        assert_eq!(r.focus_node, id("meeting-1"));
        assert_eq!(r.component, Component::Datatype);
        assert_eq!(r.detail, "\"2025-13-40\"^^xsd:date is not a well-formed xsd:date");
    }

    #[test]
    fn a_participation_without_source_is_only_a_warning() {
        let data = MEETING.replace(
            "orgkg:onBehalfOf id:org-1 ; prov:wasDerivedFrom id:source-1 .",
            "orgkg:onBehalfOf id:org-1 .",
        );
        let report = validate(&store_with(&data), SHAPES).unwrap();
        assert_eq!(report.results.len(), 1, "{}", table(&report));
        assert_eq!(report.count(Severity::Warning), 1);
        assert_eq!(report.count(Severity::Violation), 0);
        assert!(
            !report.conforms,
            "any result, even a warning, means the data does not conform"
        );
        assert_eq!(
            report.results[0].path,
            Path::Predicate(vocab::prov::WAS_DERIVED_FROM.into_owned())
        );
    }

    #[test]
    fn an_organization_named_in_a_wrong_language_and_with_two_parents_fails_twice() {
        let data = format!(
            "{MEMBERSHIP}\nid:org-2 skos:prefLabel \"Membership Department\"@fr ; org:unitOf id:org-3 .\n\
             id:org-3 a org:FormalOrganization ; skos:prefLabel \"陕西有色金属集团\"@zh ."
        );
        let report = validate(&store_with(&data), SHAPES).unwrap();
        let found: Vec<_> = report
            .results
            .iter()
            .map(|r| (r.focus_node.clone(), r.path.to_string(), r.component))
            .collect();
        assert_eq!(
            found,
            [
                (id("org-2"), "skos:prefLabel".to_owned(), Component::LanguageIn),
                (id("org-2"), "org:unitOf".to_owned(), Component::MaxCount),
            ],
            "{}",
            table(&report)
        );
    }

    #[test]
    fn in_pattern_min_inclusive_and_inverse_paths_are_checked() {
        let shapes = format!(
            "{PREFIXES}
ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:name \"Thing\"@en ;
    sh:property [ sh:path ex:method ; sh:in ( \"curated\" \"rdf\" ) ] ,
        [ sh:path ex:code ; sh:pattern \"^[a-z]+$\" ; sh:flags \"i\" ] ,
        [ sh:path ex:count ; sh:minInclusive 0 ] ,
        [ sh:path [ sh:inversePath ex:owns ] ; sh:minCount 1 ; sh:message \"Someone owns a thing.\"@en ] ."
        );
        let data = r#"
ex:a a ex:C ; ex:method "scraped" ; ex:code "ABC" ; ex:count -1 .
ex:b a ex:C ; ex:method "rdf" ; ex:code "a-b" ; ex:count "many" .
ex:owner ex:owns ex:b .
"#;
        let report = validate(&store_with(data), &shapes).unwrap();
        let found: Vec<_> = report
            .results
            .iter()
            .map(|r| (r.focus_node.to_string(), r.path.to_string(), r.component))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "<http://example.com/a>".to_owned(),
                    "<http://example.com/count>".to_owned(),
                    Component::MinInclusive
                ),
                (
                    "<http://example.com/a>".to_owned(),
                    "<http://example.com/method>".to_owned(),
                    Component::In
                ),
                (
                    "<http://example.com/a>".to_owned(),
                    "^<http://example.com/owns>".to_owned(),
                    Component::MinCount
                ),
                (
                    "<http://example.com/b>".to_owned(),
                    "<http://example.com/code>".to_owned(),
                    Component::Pattern
                ),
                (
                    "<http://example.com/b>".to_owned(),
                    "<http://example.com/count>".to_owned(),
                    Component::MinInclusive
                ),
            ],
            "{}",
            table(&report)
        );
        assert_eq!(report.results[2].message, "Someone owns a thing.");
        assert_eq!(report.results[2].detail, "found 0 values, at least 1 required");
    }

    #[test]
    fn a_property_shape_with_its_own_target_is_checked() {
        let shapes = format!(
            "{PREFIXES}ex:P sh:targetClass ex:C ; sh:path ex:label ; sh:minCount 1 ; sh:maxCount 0 ; sh:name \"label\"@en ."
        );
        let report = validate(
            &store_with("ex:a a ex:C . ex:b a ex:C ; ex:label \"b\" ."),
            &shapes,
        )
        .unwrap();
        let found: Vec<_> = report
            .results
            .iter()
            .map(|r| (r.focus_node.to_string(), r.detail.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "<http://example.com/a>".to_owned(),
                    "found 0 values, at least 1 required"
                ),
                (
                    "<http://example.com/b>".to_owned(),
                    "found 1 value, at most 0 allowed"
                ),
            ]
        );
    }

    #[test]
    fn the_table_groups_by_shape_and_counts() {
        let data = format!("{MEETING}\nid:meeting-1 schema:startDate \"2025-10-15\"^^xsd:date .")
            .replace("orgkg:agent id:person-2 ;", "");
        let report = validate(&store_with(&data), SHAPES).unwrap();
        assert_eq!(
            table(&report),
            "Meeting (orgkgsh:Meeting): 1 violation\n  \
             violation id:meeting-1 schema:startDate: found 2 values, at most 1 allowed | \
             A meeting has at most one start date, an xsd:date.\n\
             Participation (orgkgsh:Participation): 1 violation\n  \
             violation id:participation-1 orgkg:agent: found 0 values, at least 1 required | \
             A participation has exactly one agent, a person or an organization (foaf:Agent).\n\
             does not conform: 2 violations in 2 shapes\n"
        );
        let json = report.to_json();
        assert_eq!(json["conforms"], false);
        assert_eq!(json["counts"]["violation"], 2);
        assert_eq!(json["results"][1]["path"], "<https://w3id.org/orgkg/ns#agent>");
        assert_eq!(json["results"][1]["component"], "MinCount");
    }

    #[test]
    fn the_turtle_report_is_a_shacl_validation_report() {
        let data = MEMBERSHIP.replace("\"2025-10-14\"^^xsd:date", "\"2025-10-14\"");
        let report = validate(&store_with(&data), SHAPES).unwrap();
        let mut out = Vec::new();
        report.write_turtle(&mut out).unwrap();
        let mut graph = Graph::new();
        for triple in RdfParser::from_format(RdfFormat::Turtle).for_slice(&out) {
            graph.insert(triple.unwrap().as_ref());
        }
        let results: Vec<_> = graph
            .objects_for_subject_predicate(
                graph
                    .subject_for_predicate_object(rdf::TYPE, &sh("ValidationReport"))
                    .unwrap(),
                &sh("result"),
            )
            .collect();
        assert_eq!(results.len(), 1);
        let TermRef::BlankNode(result) = results[0] else {
            panic!("a result is a blank node")
        };
        assert_eq!(
            graph.object_for_subject_predicate(result, &sh("focusNode")),
            Some(TermRef::from(id_iri("membership-1").as_ref()))
        );
        assert_eq!(
            graph.object_for_subject_predicate(result, &sh("sourceConstraintComponent")),
            Some(TermRef::from(sh("DatatypeConstraintComponent").as_ref()))
        );
        assert_eq!(
            graph.object_for_subject_predicate(result, &sh("value")),
            Some(TermRef::from(LiteralRef::new_simple_literal("2025-10-14")))
        );
    }

    #[test]
    fn shapes_outside_the_subset_are_refused() {
        let shapes = format!(
            "{PREFIXES}ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:qualifiedMinCount 1 ] ."
        );
        let err = Shapes::parse(&shapes).unwrap_err();
        assert!(
            matches!(&err, ValidateError::Unsupported { feature, .. } if feature == "sh:qualifiedMinCount"),
            "{err}"
        );
        let shapes = format!("{PREFIXES}ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ] .");
        assert!(matches!(
            Shapes::parse(&shapes),
            Err(ValidateError::Unsupported { .. })
        ));
        let shapes = format!(
            "{PREFIXES}ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount \"one\" ] ."
        );
        assert!(matches!(Shapes::parse(&shapes), Err(ValidateError::Shape { .. })));
    }

    #[test]
    fn a_syntax_error_in_the_shapes_names_its_line() {
        let err = Shapes::parse("@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n<a> sh:targetClass <b\n")
            .unwrap_err();
        let ValidateError::ShapesSyntax { line, .. } = err else {
            panic!("expected a syntax error, got {err}")
        };
        assert_eq!(line, 3);
    }

    #[test]
    fn the_shipped_shapes_parse() {
        let shapes = Shapes::parse(SHAPES).unwrap();
        assert_eq!(shapes.len(), 10);
    }
}
