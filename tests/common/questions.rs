//! The everyday questions as the tests ask them of every backend, with bound parameters.
//!
//! Written here until `orgkg::questions` lands; each is a canned query plus its bindings.

use oxigraph::model::{Literal, NamedNode, Term};

pub const MEETING: &str = "https://w3id.org/orgkg/id/meeting-091a2b3c4d5e6f70";
pub const WANG_JIAN: &str = "https://w3id.org/orgkg/id/person-5e6f708192a3b4c5";
pub const CNIA: &str = "https://w3id.org/orgkg/id/org-1a2b3c4d5e6f7081";

const WHO_ATTENDED: &str = "SELECT ?meeting ?agent ?name ?role ?title WHERE {
  ?p orgkg:event ?meeting ; orgkg:agent ?agent ; orgkg:meetingRole ?r .
  ?agent skos:prefLabel ?name FILTER(LANGMATCHES(LANG(?name), \"zh\"))
  ?r skos:prefLabel ?role FILTER(LANGMATCHES(LANG(?role), \"zh\"))
  OPTIONAL { ?p orgkg:titleAtTime ?title }
}";

const MEETINGS: &str = "SELECT ?agent ?meeting ?name ?date ?role WHERE {
  ?p orgkg:agent ?agent ; orgkg:event ?meeting ; orgkg:meetingRole ?r .
  ?meeting schema:name ?name FILTER(LANGMATCHES(LANG(?name), \"zh\"))
  OPTIONAL { ?meeting schema:startDate ?date }
  ?r skos:prefLabel ?role FILTER(LANGMATCHES(LANG(?role), \"en\"))
}";

const POSTS: &str = "SELECT ?person ?role ?org ?asOf ?evidence WHERE {
  ?m org:member ?person ; org:organization ?o ; org:role ?r .
  ?o skos:prefLabel ?org FILTER(LANGMATCHES(LANG(?org), \"zh\"))
  ?r skos:prefLabel ?role FILTER(LANGMATCHES(LANG(?role), \"zh\"))
  OPTIONAL { ?m orgkg:asOf ?asOf } OPTIONAL { ?m orgkg:evidence ?evidence }
}";

const MEMBERS: &str = "SELECT ?organization ?person ?name ?role ?unit WHERE {
  ?organization a org:FormalOrganization .
  ?organization org:hasUnit* ?u .
  ?m org:organization ?u ; org:member ?person ; org:role ?r .
  ?person skos:prefLabel ?name FILTER(LANGMATCHES(LANG(?name), \"zh\"))
  ?r skos:prefLabel ?role FILTER(LANGMATCHES(LANG(?role), \"zh\"))
  ?u skos:prefLabel ?unit FILTER(LANGMATCHES(LANG(?unit), \"zh\"))
}";

const SEARCH: &str = "SELECT DISTINCT ?text ?entity WHERE {
  ?entity orgkg:searchKey ?key FILTER(CONTAINS(?key, ?text))
}";

const ASK_ATTENDED: &str = "ASK { ?meeting schema:attendee ?agent }";

const CONSTRUCT_MEETING: &str = "CONSTRUCT { ?meeting ?p ?o } WHERE { ?meeting ?p ?o }";

fn iri(s: &str) -> Term {
    NamedNode::new(s).unwrap().into()
}

/// Values bound to a query's variables.
pub type Bindings = Vec<(&'static str, Term)>;

/// The SELECT questions: a name, the query and its bindings.
pub fn selects() -> Vec<(&'static str, &'static str, Bindings)> {
    vec![
        ("who-attended", WHO_ATTENDED, vec![("meeting", iri(MEETING))]),
        ("meetings", MEETINGS, vec![("agent", iri(WANG_JIAN))]),
        ("meetings-of-org", MEETINGS, vec![("agent", iri(CNIA))]),
        ("posts", POSTS, vec![("person", iri(WANG_JIAN))]),
        ("members", MEMBERS, vec![("organization", iri(CNIA))]),
        (
            "search-zh",
            SEARCH,
            vec![("text", Literal::new_simple_literal("王健").into())],
        ),
        (
            "search-pinyin",
            SEARCH,
            vec![("text", Literal::new_simple_literal("wang").into())],
        ),
        (
            "search-quote",
            SEARCH,
            vec![("text", Literal::new_simple_literal("\" } ; DROP ALL").into())],
        ),
    ]
}

/// ASK questions with their expected answers.
pub fn asks() -> Vec<(&'static str, Bindings, bool)> {
    vec![
        (
            ASK_ATTENDED,
            vec![("meeting", iri(MEETING)), ("agent", iri(WANG_JIAN))],
            true,
        ),
        (
            ASK_ATTENDED,
            vec![("meeting", iri(MEETING)), ("agent", iri(CNIA))],
            false,
        ),
    ]
}

/// A CONSTRUCT question.
pub fn construct() -> (&'static str, Bindings) {
    (CONSTRUCT_MEETING, vec![("meeting", iri(MEETING))])
}

/// Rows in a canonical order, as strings, so answers from different servers compare.
pub fn normalized(solutions: &orgkg::sparql::Solutions) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = solutions
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| cell.as_ref().map_or_else(String::new, |t| t.to_string()))
                .collect()
        })
        .collect();
    rows.sort();
    rows
}
