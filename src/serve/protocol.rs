//! The SPARQL 1.1 Protocol at `/sparql`: queries by GET and POST (form or direct), updates when writable,
//! and the service description when asked with no query.
//!
//! A query is parsed on the request thread, then evaluated and serialized on a worker thread that the request
//! thread waits for at most [`ServeConfig::timeout`](super::ServeConfig::timeout). At the deadline the query's
//! cancellation token is cancelled (Oxigraph checks it when it reads storage, and the worker checks it between
//! rows) and the client gets 503 at once, whether or not the worker has noticed yet. Workers still unwinding
//! count against [`ServeConfig::max_running_queries`](super::ServeConfig::max_running_queries), so endless queries
//! cannot pile up without bound.

use super::negotiate::{graph_format, result_format};
use super::{App, HttpError, HttpResult, content_type, ok_response, url_params};
use crate::vocab::PREFIXES;
use oxhttp::model::header::{ACCEPT, HOST};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use spargebra::algebra::{Expression, GraphPattern, OrderExpression};
use spargebra::{GraphUpdateOperation, Query, SparqlParser, Update};
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

/// A SPARQL parser that knows the project's prefixes, so queries may use `org:`, `schema:` and the rest undeclared.
pub(crate) fn parser() -> SparqlParser {
    PREFIXES.iter().fold(SparqlParser::new(), |p, (prefix, ns)| {
        p.with_prefix(*prefix, *ns)
            .expect("the built-in prefixes are valid IRIs")
    })
}

/// What a request to the SPARQL endpoint asks for.
enum Operation {
    Query(String),
    Update(String),
    Describe,
}

/// The protocol's dataset parameters.
#[derive(Default)]
struct DatasetParams {
    default_graphs: Vec<String>,
    named_graphs: Vec<String>,
    using_given: bool,
}

pub(super) fn handle_query_endpoint(app: &App, request: &mut Request<Body>) -> HttpResult {
    let mut params = url_params(request);
    let operation = match *request.method() {
        Method::GET | Method::HEAD => {
            if params.iter().any(|(k, _)| k == "update") {
                return Err(HttpError::bad_request("SPARQL updates must be sent with POST"));
            }
            match single(&params, "query")? {
                Some(q) => Operation::Query(q),
                None => Operation::Describe,
            }
        }
        Method::POST => read_post(app, request, &mut params)?,
        _ => {
            return Err(HttpError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "use GET or POST for the SPARQL endpoint",
            ));
        }
    };
    let dataset = dataset_params(&params);
    let accept = request
        .headers()
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let format = single(&params, "format")?;
    match operation {
        Operation::Query(query) => run_query(app, &query, &dataset, format.as_deref(), accept.as_deref()),
        Operation::Update(update) => run_update(app, &update, &dataset),
        Operation::Describe => service_description(app, request, format.as_deref(), accept.as_deref()),
    }
}

pub(super) fn handle_update_endpoint(app: &App, request: &mut Request<Body>) -> HttpResult {
    if *request.method() != Method::POST {
        return Err(HttpError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "SPARQL updates must be sent with POST",
        ));
    }
    let mut params = url_params(request);
    match read_post(app, request, &mut params)? {
        Operation::Update(update) => run_update(app, &update, &dataset_params(&params)),
        _ => Err(HttpError::bad_request("this endpoint takes SPARQL updates only")),
    }
}

fn read_post(
    app: &App,
    request: &mut Request<Body>,
    params: &mut Vec<(String, String)>,
) -> Result<Operation, HttpError> {
    let media_type = content_type(request).unwrap_or_default();
    let body = app.read_body(request)?;
    let text = || {
        String::from_utf8(body.clone())
            .map_err(|_| HttpError::bad_request("the request body is not valid UTF-8"))
    };
    match media_type.as_str() {
        "application/x-www-form-urlencoded" => {
            params.extend(form_urlencoded::parse(&body).into_owned());
            match (single(params, "query")?, single(params, "update")?) {
                (Some(q), None) => Ok(Operation::Query(q)),
                (None, Some(u)) => Ok(Operation::Update(u)),
                (Some(_), Some(_)) => Err(HttpError::bad_request("send either query= or update=, not both")),
                (None, None) => Err(HttpError::bad_request(
                    "the form has neither a query= nor an update= field",
                )),
            }
        }
        "application/sparql-query" => Ok(Operation::Query(text()?)),
        "application/sparql-update" => Ok(Operation::Update(text()?)),
        "" => Err(HttpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "a POST needs a Content-Type",
        )),
        other => Err(HttpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "cannot read a {other} body; send application/x-www-form-urlencoded, application/sparql-query or application/sparql-update"
            ),
        )),
    }
}

fn single(params: &[(String, String)], key: &str) -> Result<Option<String>, HttpError> {
    let mut values = params.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
    let first = values.next().cloned();
    if values.next().is_some() {
        return Err(HttpError::bad_request(format!(
            "the parameter {key} is given more than once"
        )));
    }
    Ok(first)
}

fn dataset_params(params: &[(String, String)]) -> DatasetParams {
    let values = |key: &str| {
        params
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    DatasetParams {
        default_graphs: values("default-graph-uri"),
        named_graphs: values("named-graph-uri"),
        using_given: params
            .iter()
            .any(|(k, _)| k == "using-graph-uri" || k == "using-named-graph-uri"),
    }
}

fn parse_iris(iris: &[String]) -> Result<Vec<NamedNode>, HttpError> {
    iris.iter()
        .map(|iri| {
            NamedNode::new(iri).map_err(|e| HttpError::bad_request(format!("invalid graph IRI <{iri}>: {e}")))
        })
        .collect()
}

/// How an answer is written.
#[derive(Clone, Copy)]
enum AnswerFormat {
    Results(QueryResultsFormat),
    Graph(RdfFormat),
}

impl AnswerFormat {
    fn media_type(self) -> &'static str {
        match self {
            Self::Results(QueryResultsFormat::Json) => "application/sparql-results+json; charset=utf-8",
            Self::Results(QueryResultsFormat::Xml) => "application/sparql-results+xml; charset=utf-8",
            Self::Results(QueryResultsFormat::Csv) => "text/csv; charset=utf-8",
            Self::Results(QueryResultsFormat::Tsv) => "text/tab-separated-values; charset=utf-8",
            Self::Results(other) => other.media_type(),
            Self::Graph(RdfFormat::Turtle) => "text/turtle; charset=utf-8",
            Self::Graph(RdfFormat::NTriples) => "application/n-triples; charset=utf-8",
            Self::Graph(other) => other.media_type(),
        }
    }
}

fn run_query(
    app: &App,
    text: &str,
    dataset: &DatasetParams,
    format_param: Option<&str>,
    accept: Option<&str>,
) -> HttpResult {
    let query = parser()
        .parse_query(text)
        .map_err(|e| HttpError::bad_request(format!("SPARQL syntax error: {e}")))?;
    let pattern = match &query {
        Query::Select { pattern, .. }
        | Query::Construct { pattern, .. }
        | Query::Describe { pattern, .. }
        | Query::Ask { pattern, .. } => pattern,
    };
    if !app.config.allow_service && pattern_uses_service(pattern) {
        return Err(service_refused());
    }
    let format = match query {
        Query::Select { .. } | Query::Ask { .. } => {
            AnswerFormat::Results(result_format(format_param, accept)?)
        }
        Query::Construct { .. } | Query::Describe { .. } => {
            AnswerFormat::Graph(graph_format(format_param, accept, false)?)
        }
    };
    let token = CancellationToken::new();
    let mut evaluator = SparqlEvaluator::new().with_cancellation_token(token.clone());
    if app.config.allow_service {
        evaluator =
            evaluator.with_default_service_handler(crate::remote::ServiceClient::new(app.config.timeout));
    }
    let mut prepared = evaluator.for_query(query);
    if !dataset.default_graphs.is_empty() || !dataset.named_graphs.is_empty() {
        let defaults = parse_iris(&dataset.default_graphs)?;
        let named = parse_iris(&dataset.named_graphs)?;
        prepared
            .dataset_mut()
            .set_default_graph(defaults.into_iter().map(GraphName::NamedNode).collect());
        if !named.is_empty() {
            prepared
                .dataset_mut()
                .set_available_named_graphs(named.into_iter().map(NamedOrBlankNode::NamedNode).collect());
        }
    } else if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }

    let running = Arc::clone(&app.running_queries);
    if running.fetch_add(1, Ordering::SeqCst) >= app.config.max_running_queries {
        running.fetch_sub(1, Ordering::SeqCst);
        return Err(HttpError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many queries are running; try again shortly",
        ));
    }
    let limits = Limits {
        rows: app.config.max_results,
        bytes: app.config.max_result_bytes,
    };
    let store = app.store.clone();
    let worker_token = token.clone();
    let (sender, receiver) = mpsc::sync_channel(1);
    let spawned = std::thread::Builder::new()
        .name("orgkg query".into())
        .spawn(move || {
            let _guard = RunningGuard(running);
            let answer = prepared
                .on_store(&store)
                .execute()
                .map_err(evaluation_error)
                .and_then(|results| serialize(results, format, limits, &worker_token));
            // The request thread may have given up waiting; then nobody wants the answer.
            let _ = sender.send(answer);
        });
    if let Err(e) = spawned {
        return Err(HttpError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("cannot start the query: {e}"),
        ));
    }
    match receiver.recv_timeout(app.config.timeout) {
        Ok(answer) => Ok(ok_response(format.media_type(), answer?)),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            token.cancel();
            Err(timeout_error(app.config.timeout))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(HttpError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the query failed unexpectedly",
        )),
    }
}

/// Decrements the count of running queries when a worker ends, however it ends.
struct RunningGuard(Arc<AtomicUsize>);

impl Drop for RunningGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn timeout_error(timeout: Duration) -> HttpError {
    HttpError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        format!(
            "the query was stopped after {} s, the server's time limit",
            timeout.as_secs_f64()
        ),
    )
}

fn service_refused() -> HttpError {
    HttpError::new(
        StatusCode::FORBIDDEN,
        "SERVICE and LOAD, which make this server call other servers, are disabled; start it with --allow-service to allow them",
    )
}

fn evaluation_error(error: QueryEvaluationError) -> HttpError {
    match error {
        QueryEvaluationError::Cancelled => {
            HttpError::new(StatusCode::SERVICE_UNAVAILABLE, "the query was stopped")
        }
        QueryEvaluationError::UnsupportedService(name) => HttpError::new(
            StatusCode::FORBIDDEN,
            format!("SERVICE <{}> is not available on this server", name.as_str()),
        ),
        other => HttpError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("SPARQL evaluation failed: {other}"),
        ),
    }
}

#[derive(Clone, Copy)]
struct Limits {
    rows: usize,
    bytes: usize,
}

fn too_many(limits: Limits, what: &str) -> HttpError {
    HttpError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        format!(
            "the answer has more than {} {what} or {} bytes, the server's limit; add LIMIT to the query",
            limits.rows, limits.bytes
        ),
    )
}

fn write_error(limits: Limits, what: &'static str) -> impl Fn(std::io::Error) -> HttpError {
    move |e| {
        if e.get_ref().is_some_and(|inner| inner.is::<BufferFull>()) {
            too_many(limits, what)
        } else {
            HttpError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("cannot write the answer: {e}"),
            )
        }
    }
}

/// Evaluates and serializes an answer into memory, within the size limits and until the token is cancelled.
fn serialize(
    results: QueryResults<'_>,
    format: AnswerFormat,
    limits: Limits,
    token: &CancellationToken,
) -> Result<Vec<u8>, HttpError> {
    let stopped = || HttpError::new(StatusCode::SERVICE_UNAVAILABLE, "the query was stopped");
    let buffer = LimitedBuffer::new(limits.bytes);
    match (results, format) {
        (QueryResults::Boolean(value), AnswerFormat::Results(f)) => {
            let buffer = QueryResultsSerializer::from_format(f)
                .serialize_boolean_to_writer(buffer, value)
                .map_err(write_error(limits, "rows"))?;
            Ok(buffer.bytes)
        }
        (QueryResults::Solutions(solutions), AnswerFormat::Results(f)) => {
            let mut writer = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(buffer, solutions.variables().to_vec())
                .map_err(write_error(limits, "rows"))?;
            for (count, solution) in solutions.enumerate() {
                if token.is_cancelled() {
                    return Err(stopped());
                }
                if count >= limits.rows {
                    return Err(too_many(limits, "rows"));
                }
                let solution = solution.map_err(evaluation_error)?;
                writer.serialize(&solution).map_err(write_error(limits, "rows"))?;
            }
            Ok(writer.finish().map_err(write_error(limits, "rows"))?.bytes)
        }
        (QueryResults::Graph(triples), AnswerFormat::Graph(f)) => {
            let mut serializer = PREFIXES.iter().fold(RdfSerializer::from_format(f), |s, (p, ns)| {
                s.with_prefix(*p, *ns)
                    .expect("the built-in prefixes are valid IRIs")
            });
            if f == RdfFormat::NTriples {
                serializer = RdfSerializer::from_format(f);
            }
            let mut writer = serializer.for_writer(buffer);
            for (count, triple) in triples.enumerate() {
                if token.is_cancelled() {
                    return Err(stopped());
                }
                if count >= limits.rows {
                    return Err(too_many(limits, "triples"));
                }
                let triple = triple.map_err(evaluation_error)?;
                writer
                    .serialize_triple(&triple)
                    .map_err(write_error(limits, "triples"))?;
            }
            Ok(writer.finish().map_err(write_error(limits, "triples"))?.bytes)
        }
        _ => Err(HttpError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the query returned another kind of answer than its form",
        )),
    }
}

/// A memory buffer that refuses to grow past a limit, so a huge answer fails early instead of filling memory.
struct LimitedBuffer {
    bytes: Vec<u8>,
    limit: usize,
}

/// The marker error a [`LimitedBuffer`] returns when full.
#[derive(Debug, thiserror::Error)]
#[error("the answer is larger than the limit")]
struct BufferFull;

impl LimitedBuffer {
    fn new(limit: usize) -> Self {
        Self {
            bytes: Vec::new(),
            limit,
        }
    }
}

impl Write for LimitedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > self.limit {
            return Err(std::io::Error::other(BufferFull));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn run_update(app: &App, text: &str, dataset: &DatasetParams) -> HttpResult {
    if !app.config.writable {
        return Err(HttpError::new(
            StatusCode::FORBIDDEN,
            "this server is read-only; start it with --writable to allow SPARQL Update",
        ));
    }
    if dataset.using_given {
        return Err(HttpError::bad_request(
            "using-graph-uri and using-named-graph-uri are not supported; put USING in the update",
        ));
    }
    let update = parser()
        .parse_update(text)
        .map_err(|e| HttpError::bad_request(format!("SPARQL syntax error: {e}")))?;
    if !app.config.allow_service && update_calls_out(&update) {
        return Err(service_refused());
    }
    SparqlEvaluator::new()
        .for_update(update)
        .on_store(&app.store)
        .execute()
        .map_err(|e| {
            HttpError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("SPARQL update failed: {e}"),
            )
        })?;
    Ok(Response::builder()
        .status(StatusCode::NO_CONTENT)
        .body(Body::empty())
        .expect("static response"))
}

fn update_calls_out(update: &Update) -> bool {
    update.operations.iter().any(|op| match op {
        GraphUpdateOperation::Load { .. } => true,
        GraphUpdateOperation::DeleteInsert { pattern, .. } => pattern_uses_service(pattern),
        _ => false,
    })
}

/// Whether a graph pattern contains a `SERVICE` call anywhere, including inside `EXISTS` filters.
pub(crate) fn pattern_uses_service(pattern: &GraphPattern) -> bool {
    match pattern {
        GraphPattern::Service { .. } => true,
        GraphPattern::Bgp { .. } | GraphPattern::Path { .. } | GraphPattern::Values { .. } => false,
        GraphPattern::Join { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right }
        | GraphPattern::Lateral { left, right } => pattern_uses_service(left) || pattern_uses_service(right),
        GraphPattern::LeftJoin {
            left,
            right,
            expression,
        } => {
            pattern_uses_service(left)
                || pattern_uses_service(right)
                || expression.as_ref().is_some_and(expression_uses_service)
        }
        GraphPattern::Filter { expr, inner } => expression_uses_service(expr) || pattern_uses_service(inner),
        GraphPattern::Extend {
            inner, expression, ..
        } => expression_uses_service(expression) || pattern_uses_service(inner),
        GraphPattern::OrderBy { inner, expression } => {
            pattern_uses_service(inner)
                || expression.iter().any(|e| match e {
                    OrderExpression::Asc(e) | OrderExpression::Desc(e) => expression_uses_service(e),
                })
        }
        GraphPattern::Group {
            inner, aggregates, ..
        } => {
            pattern_uses_service(inner)
                || aggregates.iter().any(|(_, a)| match a {
                    spargebra::algebra::AggregateExpression::FunctionCall { expr, .. } => {
                        expression_uses_service(expr)
                    }
                    spargebra::algebra::AggregateExpression::CountSolutions { .. } => false,
                })
        }
        GraphPattern::Graph { inner, .. }
        | GraphPattern::Project { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. } => pattern_uses_service(inner),
    }
}

fn expression_uses_service(expression: &Expression) -> bool {
    match expression {
        Expression::Exists(pattern) => pattern_uses_service(pattern),
        Expression::NamedNode(_)
        | Expression::Literal(_)
        | Expression::Variable(_)
        | Expression::Bound(_) => false,
        Expression::Or(a, b)
        | Expression::And(a, b)
        | Expression::Equal(a, b)
        | Expression::SameTerm(a, b)
        | Expression::Greater(a, b)
        | Expression::GreaterOrEqual(a, b)
        | Expression::Less(a, b)
        | Expression::LessOrEqual(a, b)
        | Expression::Add(a, b)
        | Expression::Subtract(a, b)
        | Expression::Multiply(a, b)
        | Expression::Divide(a, b) => expression_uses_service(a) || expression_uses_service(b),
        Expression::UnaryPlus(e) | Expression::UnaryMinus(e) | Expression::Not(e) => {
            expression_uses_service(e)
        }
        Expression::In(a, list) => expression_uses_service(a) || list.iter().any(expression_uses_service),
        Expression::If(a, b, c) => {
            expression_uses_service(a) || expression_uses_service(b) || expression_uses_service(c)
        }
        Expression::Coalesce(list) | Expression::FunctionCall(_, list) => {
            list.iter().any(expression_uses_service)
        }
    }
}

/// The SPARQL 1.1 Service Description of this endpoint, in the negotiated RDF format (Turtle by default).
fn service_description(
    app: &App,
    request: &Request<Body>,
    format_param: Option<&str>,
    accept: Option<&str>,
) -> HttpResult {
    let format = match graph_format(format_param, accept, false) {
        Ok(f) => f,
        // A browser asking for HTML still gets the description rather than an error.
        Err(_) => RdfFormat::Turtle,
    };
    let host = request
        .headers()
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c))
        })
        .map_or_else(|| app.config.bind.to_string(), str::to_owned);
    let endpoint = format!("http://{host}/sparql");
    let mut ttl = format!(
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\
         @prefix fmt: <http://www.w3.org/ns/formats/> .\n\
         @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\
         <{endpoint}> a sd:Service ;\n\
         \x20 rdfs:label \"orgkg SPARQL endpoint\"@en , \"orgkg SPARQL 查询端点\"@zh ;\n\
         \x20 sd:endpoint <{endpoint}> ;\n\
         \x20 sd:supportedLanguage sd:SPARQL11Query{update} ;\n\
         \x20 sd:feature sd:UnionDefaultGraph{federated} ;\n\
         \x20 sd:resultFormat fmt:SPARQL_Results_JSON , fmt:SPARQL_Results_XML , fmt:SPARQL_Results_CSV , fmt:SPARQL_Results_TSV ,\n\
         \x20   fmt:Turtle , fmt:N-Triples , fmt:JSON-LD , fmt:RDF_XML ;\n\
         \x20 sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .\n",
        update = if app.config.writable {
            " , sd:SPARQL11Update"
        } else {
            ""
        },
        federated = if app.config.allow_service {
            " , sd:BasicFederatedQuery"
        } else {
            ""
        },
    );
    if format == RdfFormat::Turtle {
        return Ok(ok_response(AnswerFormat::Graph(format).media_type(), ttl));
    }
    let store = Store::new().map_err(|e| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    store
        .load_from_slice(RdfFormat::Turtle, ttl.as_bytes())
        .map_err(|e| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    ttl.clear();
    let bytes = store
        .dump_graph_to_writer(oxigraph::model::GraphNameRef::DefaultGraph, format, Vec::new())
        .map_err(|e| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    Ok(ok_response(AnswerFormat::Graph(format).media_type(), bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calls_out(query: &str) -> bool {
        match parser().parse_query(query).unwrap() {
            Query::Select { pattern, .. } | Query::Ask { pattern, .. } => pattern_uses_service(&pattern),
            _ => unreachable!(),
        }
    }

    #[test]
    fn service_is_found_wherever_it_hides() {
        assert!(calls_out(
            "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }"
        ));
        assert!(calls_out(
            "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE SILENT <http://x/> { ?s ?p ?o } } }"
        ));
        assert!(calls_out(
            "ASK { ?s ?p ?o FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }"
        ));
        assert!(calls_out(
            "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?s WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }"
        ));
        assert!(!calls_out(
            "SELECT * WHERE { ?s rdfs:label \"SERVICE <http://x/>\" }"
        ));
    }

    #[test]
    fn load_counts_as_calling_out() {
        let update = parser()
            .parse_update("LOAD <http://example.com/data.ttl>")
            .unwrap();
        assert!(update_calls_out(&update));
        let update = parser()
            .parse_update("INSERT DATA { <http://x/s> <http://x/p> 1 }")
            .unwrap();
        assert!(!update_calls_out(&update));
    }
}
