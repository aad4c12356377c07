//! Keeps `ontology/orgkg.ttl`, `ontology/shapes.ttl`, `src/vocab.rs` and `data/lexicon/*.tsv` in step.
//!
//! Every `orgkg:` constant must be declared and documented in both languages; every lexicon line must have its
//! concept, with the same notation and labels and nothing else; and the shapes must parse, read well, and speak
//! only of terms the ontology declares.

use orgkg::vocab::{self, orgkg as o};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Graph, LiteralRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, TermRef, TripleRef};
use std::collections::{BTreeMap, BTreeSet};

const ONTOLOGY_IRI: &str = "https://w3id.org/orgkg/ns";
const SH: &str = "http://www.w3.org/ns/shacl#";

fn parse(turtle: &str) -> Graph {
    let mut graph = Graph::new();
    for triple in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle) {
        graph.insert(triple.expect("the Turtle parses").as_ref());
    }
    graph
}

fn ontology() -> Graph {
    parse(orgkg::validate::ONTOLOGY)
}

fn iri(s: &str) -> NamedNode {
    NamedNode::new(s).unwrap()
}

fn rdfs(local: &str) -> NamedNode {
    iri(&format!("http://www.w3.org/2000/01/rdf-schema#{local}"))
}

fn sh(local: &str) -> NamedNode {
    iri(&format!("{SH}{local}"))
}

/// The literals of `subject predicate ?`, as (language, text) pairs.
///
/// Oxigraph stores language tags in lower case (`zh-Hant` becomes `zh-hant`), so tags are compared that way.
fn literals<'a>(
    graph: &Graph,
    subject: impl Into<NamedOrBlankNodeRef<'a>>,
    predicate: NamedNodeRef<'a>,
) -> Vec<(String, String)> {
    let mut found: Vec<_> = graph
        .objects_for_subject_predicate(subject, predicate)
        .map(|t| match t {
            TermRef::Literal(l) => (
                l.language().unwrap_or_default().to_ascii_lowercase(),
                l.value().to_owned(),
            ),
            other => panic!("{other} is not a literal"),
        })
        .collect();
    found.sort();
    found
}

fn in_language(found: &[(String, String)], language: &str) -> Vec<String> {
    found
        .iter()
        .filter(|(l, _)| l == language)
        .map(|(_, v)| v.clone())
        .collect()
}

/// Every constant of `orgkg::vocab::orgkg`. Adding one there means adding it here (and to the ontology).
const ORGKG_TERMS: &[NamedNodeRef<'static>] = &[
    o::MEETING,
    o::PARTICIPATION,
    o::BRIEFING,
    o::SOURCE_GRAPH,
    o::POST_ROLES,
    o::MEETING_ROLES,
    o::ORGANIZATION_KINDS,
    o::MEETING_ROLE_CLASS,
    o::ORGANIZATION_KIND_CLASS,
    o::AGENT,
    o::EVENT,
    o::MEETING_ROLE,
    o::ON_BEHALF_OF,
    o::TITLE_AT_TIME,
    o::EVIDENCE,
    o::EVIDENCE_START,
    o::EVIDENCE_END,
    o::AS_OF,
    o::CO_ORGANIZER,
    o::UNDERTAKER,
    o::GUIDING_UNIT,
    o::SUPPORTER,
    o::CHAIR,
    o::SPEAKER,
    o::EXCHANGE_PARTICIPANT,
    o::ATTENDANCE_COUNT,
    o::ATTENDANCE_TEXT,
    o::PRESENTED_AT,
    o::SHORTCUT_PROPERTY,
    o::IDENTITY_KEY,
    o::SEARCH_KEY,
    o::LOADED_FROM,
    o::CONTENT_HASH,
    o::LOAD_METHOD,
    o::SAME_AS,
    o::DIFFERENT_FROM,
    o::MERGED_FROM,
    o::DEGREE,
    o::BETWEENNESS,
    o::COMMUNITY,
];

#[test]
fn every_orgkg_term_is_declared_with_labels_and_comments_in_zh_and_en() {
    let graph = ontology();
    let defined_by = iri(ONTOLOGY_IRI);
    for term in ORGKG_TERMS {
        assert!(
            graph
                .object_for_subject_predicate(*term, vocab::rdf::TYPE)
                .is_some(),
            "{term} has no rdf:type in orgkg.ttl"
        );
        assert!(
            graph.contains(TripleRef::new(
                *term,
                rdfs("isDefinedBy").as_ref(),
                defined_by.as_ref()
            )),
            "{term} is not rdfs:isDefinedBy the ontology"
        );
        for predicate in [vocab::rdfs::LABEL, vocab::rdfs::COMMENT] {
            let found = literals(&graph, *term, predicate);
            for language in ["zh", "en"] {
                assert_eq!(
                    in_language(&found, language).len(),
                    1,
                    "{term} needs exactly one {predicate} in {language}, has {found:?}"
                );
            }
        }
    }
}

#[test]
fn every_orgkg_term_in_the_ontology_has_a_vocab_constant() {
    let graph = ontology();
    let known: BTreeSet<&str> = ORGKG_TERMS.iter().map(|t| t.as_str()).collect();
    let declared: BTreeSet<String> = graph
        .triples_for_predicate(rdfs("isDefinedBy").as_ref())
        .filter_map(|t| match t.subject {
            NamedOrBlankNodeRef::NamedNode(n) => Some(n.as_str().to_owned()),
            _ => None,
        })
        .collect();
    let missing: Vec<_> = declared.iter().filter(|d| !known.contains(d.as_str())).collect();
    assert!(
        missing.is_empty(),
        "declared in orgkg.ttl but not in vocab.rs: {missing:?}"
    );
}

#[test]
fn the_ontology_header_has_a_version_and_labels() {
    let graph = ontology();
    let ontology = iri(ONTOLOGY_IRI);
    assert!(graph.contains(TripleRef::new(&ontology, vocab::rdf::TYPE, vocab::owl::ONTOLOGY)));
    let version = iri("http://www.w3.org/2002/07/owl#versionInfo");
    assert!(graph.object_for_subject_predicate(&ontology, &version).is_some());
    let labels = literals(&graph, &ontology, vocab::rdfs::LABEL);
    assert_eq!(in_language(&labels, "zh").len(), 1);
    assert_eq!(in_language(&labels, "en").len(), 1);
}

#[test]
fn the_axioms_the_loader_materializes_are_declared() {
    use vocab::{foaf, org, rdfs as r, schema, skos};
    let graph = ontology();
    let inverse_of = vocab::owl::INVERSE_OF;
    let label = r::LABEL;
    let expected = [
        (o::CO_ORGANIZER, r::SUB_PROPERTY_OF, schema::ORGANIZER),
        (o::UNDERTAKER, r::SUB_PROPERTY_OF, schema::ORGANIZER),
        (o::GUIDING_UNIT, r::SUB_PROPERTY_OF, schema::ORGANIZER),
        (o::SUPPORTER, r::SUB_PROPERTY_OF, schema::SPONSOR),
        (o::CHAIR, r::SUB_PROPERTY_OF, schema::PERFORMER),
        (o::CHAIR, r::SUB_PROPERTY_OF, schema::ATTENDEE),
        (o::SPEAKER, r::SUB_PROPERTY_OF, schema::PERFORMER),
        (o::SPEAKER, r::SUB_PROPERTY_OF, schema::ATTENDEE),
        (o::EXCHANGE_PARTICIPANT, r::SUB_PROPERTY_OF, schema::ATTENDEE),
        (skos::PREF_LABEL, r::SUB_PROPERTY_OF, label),
        (skos::ALT_LABEL, r::SUB_PROPERTY_OF, label),
        (foaf::NAME, r::SUB_PROPERTY_OF, label),
        (schema::NAME, r::SUB_PROPERTY_OF, label),
        (foaf::PERSON, r::SUB_CLASS_OF, schema::PERSON),
        (org::FORMAL_ORGANIZATION, r::SUB_CLASS_OF, org::ORGANIZATION),
        (org::ORGANIZATIONAL_UNIT, r::SUB_CLASS_OF, org::ORGANIZATION),
        (org::UNIT_OF, inverse_of, org::HAS_UNIT),
        (org::HOLDS, inverse_of, org::HELD_BY),
        (o::MEETING, r::SUB_CLASS_OF, schema::EVENT),
        (o::BRIEFING, r::SUB_CLASS_OF, schema::CREATIVE_WORK),
        (o::SOURCE_GRAPH, r::SUB_CLASS_OF, vocab::prov::ENTITY),
        (o::MEETING_ROLE_CLASS, r::SUB_CLASS_OF, skos::CONCEPT),
        (o::ORGANIZATION_KIND_CLASS, r::SUB_CLASS_OF, skos::CONCEPT),
    ];
    for (s, p, object) in expected {
        assert!(
            graph.contains(TripleRef::new(s, p, object)),
            "missing axiom {s} {p} {object}"
        );
    }
    assert!(
        !graph.contains(TripleRef::new(schema::PERSON, r::SUB_CLASS_OF, foaf::PERSON)),
        "schema:Person must not be declared a subclass of foaf:Person"
    );
}

/// One line of a lexicon TSV, by column name.
type Row = BTreeMap<String, String>;

fn lexicon(name: &str) -> Vec<Row> {
    let path = format!("{}/data/lexicon/{name}.tsv", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let mut lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("a header line").split('\t').collect();
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert!(
                cells.len() <= header.len(),
                "{name}.tsv: too many cells in {line:?}"
            );
            header
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    (
                        (*h).to_owned(),
                        cells.get(i).copied().unwrap_or_default().trim().to_owned(),
                    )
                })
                .collect()
        })
        .collect()
}

/// Checks that the scheme holds exactly one concept per lexicon row, with the row's notation and labels.
fn check_scheme(
    graph: &Graph,
    rows: &[Row],
    scheme: NamedNodeRef<'_>,
    iri_prefix: &str,
    types: &[NamedNodeRef<'_>],
    extra_predicates: &[NamedNodeRef<'_>],
) {
    use vocab::skos;
    let in_scheme: BTreeSet<String> = graph
        .subjects_for_predicate_object(skos::IN_SCHEME, scheme)
        .map(|s| s.to_string())
        .collect();
    let expected: BTreeSet<String> = rows
        .iter()
        .map(|r| format!("<{}{iri_prefix}{}>", vocab::ns::ID, r["notation"]))
        .collect();
    assert_eq!(
        in_scheme, expected,
        "the concepts of {scheme} differ from the lexicon"
    );
    assert!(graph.contains(TripleRef::new(scheme, vocab::rdf::TYPE, skos::CONCEPT_SCHEME)));

    let allowed: BTreeSet<NamedNodeRef<'_>> = [
        vocab::rdf::TYPE,
        skos::IN_SCHEME,
        skos::NOTATION,
        skos::PREF_LABEL,
        skos::ALT_LABEL,
    ]
    .into_iter()
    .chain(extra_predicates.iter().copied())
    .collect();
    for row in rows {
        let concept = iri(&format!("{}{iri_prefix}{}", vocab::ns::ID, row["notation"]));
        let c = concept.as_ref();
        let notation = literals(graph, c, skos::NOTATION);
        assert_eq!(
            notation,
            [(String::new(), row["notation"].clone())],
            "{concept} notation"
        );
        let pref = literals(graph, c, skos::PREF_LABEL);
        assert_eq!(
            pref,
            [
                ("en".to_owned(), row["en"].clone()),
                ("zh".to_owned(), row["zh"].clone())
            ],
            "{concept}"
        );

        let aliases: BTreeSet<String> = row
            .get("aliases")
            .map(|a| {
                a.split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let alt = literals(graph, c, skos::ALT_LABEL);
        let alt_zh: BTreeSet<String> = in_language(&alt, "zh").into_iter().collect();
        assert_eq!(
            alt_zh, aliases,
            "{concept}: the zh altLabels are the lexicon's aliases"
        );
        // Traditional spellings: one per simplified label at most, each of the same length but spelled otherwise.
        let simplified: Vec<&String> = std::iter::once(&row["zh"]).chain(aliases.iter()).collect();
        let hant = in_language(&alt, "zh-hant");
        assert!(
            hant.len() <= simplified.len(),
            "{concept}: too many zh-Hant labels {hant:?}"
        );
        for h in &hant {
            assert!(
                !simplified.contains(&h),
                "{concept}: zh-Hant label {h} is spelled as the simplified one"
            );
            assert!(
                simplified.iter().any(|s| s.chars().count() == h.chars().count()),
                "{concept}: zh-Hant label {h} matches no simplified label"
            );
        }
        let other: Vec<_> = alt.iter().filter(|(l, _)| l != "zh" && l != "zh-hant").collect();
        assert!(other.is_empty(), "{concept}: unexpected altLabels {other:?}");

        for t in types {
            assert!(
                graph.contains(TripleRef::new(c, vocab::rdf::TYPE, *t)),
                "{concept} is not a {t}"
            );
        }
        let types_found = graph.objects_for_subject_predicate(c, vocab::rdf::TYPE).count();
        assert_eq!(
            types_found,
            types.len(),
            "{concept} has other types than {types:?}"
        );
        for triple in graph.triples_for_subject(c) {
            assert!(
                allowed.contains(&triple.predicate),
                "{concept} has an unexpected {}",
                triple.predicate
            );
        }
    }
}

#[test]
fn post_roles_match_the_lexicon() {
    let graph = ontology();
    let rows = lexicon("post-roles");
    assert!(rows.len() > 50, "the post-role lexicon lost lines");
    check_scheme(
        &graph,
        &rows,
        o::POST_ROLES,
        "role-",
        &[vocab::skos::CONCEPT, vocab::org::ROLE],
        &[],
    );
    let vice_president = iri("https://w3id.org/orgkg/id/role-vice-president");
    let alt = literals(&graph, &vice_president, vocab::skos::ALT_LABEL);
    assert!(
        alt.contains(&("zh-hant".to_owned(), "副會長".to_owned())),
        "{alt:?}"
    );
    let party_secretary = iri("https://w3id.org/orgkg/id/role-party-secretary");
    let alt = literals(&graph, &party_secretary, vocab::skos::ALT_LABEL);
    assert_eq!(in_language(&alt, "zh-hant"), ["黨委書記", "黨組書記"]);
}

#[test]
fn meeting_roles_match_the_lexicon_and_name_their_shortcut() {
    let graph = ontology();
    let rows = lexicon("meeting-roles");
    check_scheme(
        &graph,
        &rows,
        o::MEETING_ROLES,
        "meeting-role-",
        &[vocab::skos::CONCEPT, o::MEETING_ROLE_CLASS],
        &[o::SHORTCUT_PROPERTY],
    );
    for row in &rows {
        let concept = iri(&format!(
            "https://w3id.org/orgkg/id/meeting-role-{}",
            row["notation"]
        ));
        let shortcuts: Vec<TermRef<'_>> = graph
            .objects_for_subject_predicate(&concept, o::SHORTCUT_PROPERTY)
            .collect();
        let expected = vocab::expand(&row["shortcut"])
            .unwrap_or_else(|| panic!("unknown prefix in {}", row["shortcut"]));
        assert_eq!(shortcuts, [TermRef::from(iri(&expected).as_ref())], "{concept}");
        if let Some(local) = expected.strip_prefix(vocab::ns::ORGKG) {
            assert!(
                ORGKG_TERMS.iter().any(|t| t.as_str() == expected),
                "the shortcut orgkg:{local} is not a vocab constant"
            );
        }
    }
}

#[test]
fn organization_kinds_match_the_lexicon() {
    let graph = ontology();
    let rows = lexicon("org-kinds");
    check_scheme(
        &graph,
        &rows,
        o::ORGANIZATION_KINDS,
        "kind-",
        &[vocab::skos::CONCEPT, o::ORGANIZATION_KIND_CLASS],
        &[],
    );
}

#[test]
fn every_shape_has_a_name_a_message_and_a_chinese_label() {
    let shapes = parse(orgkg::validate::SHAPES);
    let mut shape_ids: BTreeSet<String> = shapes
        .subjects_for_predicate_object(vocab::rdf::TYPE, &sh("NodeShape"))
        .map(|s| s.to_string())
        .collect();
    shape_ids.extend(
        shapes
            .triples_for_predicate(&sh("property"))
            .map(|t| t.object.to_string()),
    );
    assert!(shape_ids.len() > 30, "only {} shapes", shape_ids.len());
    for id in &shape_ids {
        let node = iri(id.trim_start_matches('<').trim_end_matches('>'));
        for (predicate, language) in [(sh("name"), "en"), (sh("message"), "en"), (rdfs("label"), "zh")] {
            let found = literals(&shapes, &node, predicate.as_ref());
            assert_eq!(
                in_language(&found, language).len(),
                1,
                "{id} needs one {predicate}@{language}"
            );
        }
    }
    assert_eq!(
        orgkg::validate::Shapes::parse(orgkg::validate::SHAPES)
            .unwrap()
            .len(),
        10
    );
}

#[test]
fn shapes_speak_only_of_declared_orgkg_terms() {
    let shapes = parse(orgkg::validate::SHAPES);
    let known: BTreeSet<&str> = ORGKG_TERMS.iter().map(|t| t.as_str()).collect();
    for predicate in ["path", "class", "targetClass", "inversePath"] {
        for triple in shapes.triples_for_predicate(&sh(predicate)) {
            if let TermRef::NamedNode(n) = triple.object
                && n.as_str().starts_with(vocab::ns::ORGKG)
            {
                assert!(
                    known.contains(n.as_str()),
                    "sh:{predicate} {n} is not an orgkg term"
                );
            }
        }
    }
    let message = shapes
        .triples_for_predicate(&sh("message"))
        .find_map(|t| match t.object {
            TermRef::Literal(l) => Some(l),
            _ => None,
        })
        .map(LiteralRef::value);
    assert!(message.is_some_and(|m| m.ends_with('.')));
}
