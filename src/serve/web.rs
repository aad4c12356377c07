//! The web page at `/` and the small JSON API it reads (`/api/search`, `/api/entity`, `/api/diagram`).
//!
//! The page is plain HTML, CSS and JavaScript compiled into the binary, so it works with no network at all.
//! The API runs canned queries (the `.rq` files beside this module) through [`SparqlBackend`] with bound
//! parameters; no request text is ever spliced into a query.

use super::{App, HttpError, HttpResult, ok_response, only_methods, url_params};
use crate::lexicon::Lexicon;
use crate::questions::{self, Kind};
use crate::sparql::{Solutions, SparqlBackend, term_text};
use oxhttp::model::{Body, Method, Request, StatusCode};
use oxigraph::model::{NamedNode, Term};
use serde_json::{Value, json};

const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const STYLE_CSS: &str = include_str!("assets/style.css");

const FACTS_OUT: &str = include_str!("queries/facts-out.rq");
const FACTS_IN: &str = include_str!("queries/facts-in.rq");
const SOURCES: &str = include_str!("queries/sources.rq");

/// The canned queries of the web API, by file name, for tests that parse every one.
pub const QUERIES: &[(&str, &str)] = &[
    ("facts-out.rq", FACTS_OUT),
    ("facts-in.rq", FACTS_IN),
    ("sources.rq", SOURCES),
];

pub(super) fn handle(app: &App, request: &mut Request<Body>, path: &str) -> HttpResult {
    only_methods(request, &[Method::GET, Method::HEAD])?;
    let params = url_params(request);
    let param = |key: &str| params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    match path {
        "/" | "/index.html" => Ok(ok_response("text/html; charset=utf-8", INDEX_HTML)),
        "/assets/app.js" => Ok(ok_response("text/javascript; charset=utf-8", APP_JS)),
        "/assets/style.css" => Ok(ok_response("text/css; charset=utf-8", STYLE_CSS)),
        "/favicon.ico" => Err(HttpError::new(StatusCode::NOT_FOUND, "no icon")),
        "/api/search" => json_response(search(&app.store, param("q").unwrap_or(""))?),
        "/api/entity" => json_response(entity(&app.store, &app.lexicon, &iri_param(param("iri"))?)?),
        "/api/diagram" => diagram(app, &iri_param(param("iri"))?),
        _ => Err(HttpError::new(
            StatusCode::NOT_FOUND,
            format!("nothing at {path}"),
        )),
    }
}

fn iri_param(value: Option<&str>) -> Result<NamedNode, HttpError> {
    let value = value.ok_or_else(|| HttpError::bad_request("the iri parameter is missing"))?;
    NamedNode::new(value).map_err(|e| HttpError::bad_request(format!("invalid IRI <{value}>: {e}")))
}

fn json_response(value: Value) -> HttpResult {
    Ok(ok_response("application/json; charset=utf-8", value.to_string()))
}

fn query_error(e: crate::sparql::SparqlError) -> HttpError {
    HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
}

/// A row as a JSON object: each bound variable's plain text, and `…Iri` flags not needed since values are typed.
fn rows_json(solutions: &Solutions) -> Vec<Value> {
    solutions
        .rows
        .iter()
        .map(|row| {
            let mut object = serde_json::Map::new();
            for (name, cell) in solutions.variables.iter().zip(row) {
                if let Some(term) = cell {
                    object.insert(name.clone(), Value::String(term_text(term).to_owned()));
                    if let Term::Literal(l) = term
                        && let Some(language) = l.language()
                    {
                        object.insert(format!("{name}Lang"), Value::String(language.to_owned()));
                    }
                }
            }
            Value::Object(object)
        })
        .collect()
}

fn search(backend: &dyn SparqlBackend, text: &str) -> Result<Value, HttpError> {
    let found = questions::search(backend, text).map_err(question_error)?;
    Ok(json!({ "query": text, "results": found }))
}

fn question_error(e: questions::QuestionError) -> HttpError {
    HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
}

/// Everything the page shows about one entity: what it is, the everyday answers that fit its kind (from
/// [`questions`], as the command line prints them), every statement with its graph, and the sources.
fn entity(backend: &dyn SparqlBackend, lexicon: &Lexicon, iri: &NamedNode) -> Result<Value, HttpError> {
    let bind = |var: &'static str| [(var, Term::from(iri.clone()))];
    let facts = backend.select(FACTS_OUT, &bind("entity")).map_err(query_error)?;
    let incoming = backend.select(FACTS_IN, &bind("entity")).map_err(query_error)?;
    if facts.is_empty() && incoming.is_empty() {
        return Err(HttpError::new(
            StatusCode::NOT_FOUND,
            format!("nothing is known about <{}>", iri.as_str()),
        ));
    }
    let summary = questions::summary(backend, iri).map_err(question_error)?;
    let sources = backend.select(SOURCES, &bind("entity")).map_err(query_error)?;
    let mut facts_json = rows_json(&facts);
    let value_column = facts.column("value").unwrap_or(0);
    for (row, cells) in facts_json.iter_mut().zip(&facts.rows) {
        row["valueIsIri"] = Value::Bool(matches!(cells[value_column], Some(Term::NamedNode(_))));
    }
    let mut answer = json!({
        "iri": iri.as_str(),
        "summary": summary,
        "facts": facts_json,
        "incoming": rows_json(&incoming),
        "sources": rows_json(&sources),
        "diagram": crate::serve::diagram_available(),
    });
    let to_json = |value: Result<Value, questions::QuestionError>| value.map_err(question_error);
    match summary.kind {
        Kind::Meeting => {
            answer["attendance"] = to_json(questions::who_attended(backend, lexicon, iri).map(|a| json!(a)))?;
        }
        Kind::Person => {
            answer["meetings"] = to_json(questions::meetings(backend, lexicon, iri).map(|a| json!(a)))?;
            answer["posts"] = to_json(questions::posts(backend, lexicon, iri).map(|a| json!(a)))?;
        }
        Kind::Organization | Kind::Unit => {
            answer["meetings"] = to_json(questions::meetings(backend, lexicon, iri).map(|a| json!(a)))?;
            answer["members"] = to_json(questions::members(backend, lexicon, iri).map(|a| json!(a)))?;
        }
        _ => {}
    }
    Ok(answer)
}

fn diagram(app: &App, iri: &NamedNode) -> HttpResult {
    match crate::serve::render_diagram(&app.store, iri) {
        Some(Ok(svg)) => Ok(ok_response("image/svg+xml; charset=utf-8", svg)),
        Some(Err(message)) => Err(HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, message)),
        None => Err(HttpError::new(
            StatusCode::NOT_IMPLEMENTED,
            "diagrams are not available in this build yet",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_canned_web_query_parses() {
        for (name, query) in QUERIES {
            assert!(
                crate::serve::query_parser().parse_query(query).is_ok(),
                "{name} does not parse"
            );
        }
    }
}
