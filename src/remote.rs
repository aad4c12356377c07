//! A remote SPARQL 1.1 endpoint as a [`SparqlBackend`], so the everyday questions run unchanged on any server.
//!
//! Queries go out as GET, or as a form POST when they are too long for a URL; never as an
//! `application/sparql-query` body, which makes Virtuoso hang. Answers are read with Oxigraph's results parsers,
//! and the quirks of real servers are smoothed over here rather than in every caller:
//!
//! - Virtuoso answers ASK as a one-row SELECT of `0`/`1`; both shapes are read as a boolean.
//! - Virtuoso writes the old `typed-literal` JSON type, which the parser accepts, and lower-cases language
//!   tags, as Oxigraph's own parsers do: compare tags without regard to case.
//! - Virtuoso cuts SELECT results at `ResultSetMaxRows` with status 200 and an `X-SPARQL-MaxRows` header; when a
//!   result is cut, the query is asked again page by page with `LIMIT`/`OFFSET` until it is complete.
//!
//! [`push`] uploads the store or one graph through the Graph Store Protocol or SPARQL Update.

mod push;

pub use push::{PushMethod, PushOptions, PushProgress, PushSummary, push};

use crate::serve::query_parser;
use crate::sparql::{Solutions, SparqlBackend, SparqlError, inline_bindings};
use crate::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Term, Triple, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput};
use oxigraph::sparql::{QueryResults, QuerySolutionIter, QueryTripleIter};
use spargebra::Query;
use spargebra::algebra::GraphPattern;
use std::sync::Arc;
use std::time::Duration;

/// Queries longer than this (URL-encoded) are sent as a form POST instead of GET.
const MAX_GET_QUERY_BYTES: usize = 4000;
/// The largest answer read from a server.
const MAX_ANSWER_BYTES: u64 = 4 << 30;

/// How results are asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ResultsFormat {
    /// SPARQL 1.1 Query Results JSON.
    #[default]
    Json,
    /// SPARQL Query Results XML.
    Xml,
}

/// How queries are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum QueryMethod {
    /// GET, or a form POST when the query is long.
    #[default]
    Auto,
    /// Always GET.
    Get,
    /// Always a form POST (`application/x-www-form-urlencoded`).
    Post,
}

/// A SPARQL 1.1 endpoint reached over HTTP.
#[derive(Clone)]
pub struct RemoteEndpoint {
    url: String,
    agent: ureq::Agent,
    results: ResultsFormat,
    method: QueryMethod,
    default_graphs: Vec<NamedNode>,
    timeout: Duration,
}

impl std::fmt::Debug for RemoteEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteEndpoint")
            .field("url", &self.url)
            .field("results", &self.results)
            .finish()
    }
}

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .user_agent(concat!("orgkg/", env!("CARGO_PKG_VERSION")))
        .build()
        .new_agent()
}

impl RemoteEndpoint {
    /// An endpoint at `url` (`http://` or `https://`), with a 60 s timeout per request.
    pub fn new(url: impl Into<String>) -> Result<Self, SparqlError> {
        let url = url.into();
        let valid = (url.starts_with("http://") || url.starts_with("https://"))
            && url
                .parse::<oxhttp::model::Uri>()
                .is_ok_and(|u| u.host().is_some());
        if !valid {
            return Err(SparqlError::Remote {
                endpoint: url,
                message: "not an http:// or https:// URL".into(),
            });
        }
        let timeout = Duration::from_secs(60);
        Ok(Self {
            url,
            agent: agent(timeout),
            results: ResultsFormat::default(),
            method: QueryMethod::default(),
            default_graphs: Vec::new(),
            timeout,
        })
    }

    /// Sets the time limit of each request.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self.agent = agent(timeout);
        self
    }

    /// Sets the results format asked for.
    pub fn with_results_format(mut self, format: ResultsFormat) -> Self {
        self.results = format;
        self
    }

    /// Sets how queries are sent.
    pub fn with_method(mut self, method: QueryMethod) -> Self {
        self.method = method;
        self
    }

    /// Scopes queries to these graphs (sent as `default-graph-uri`), for servers whose default graph holds more
    /// than the project's data.
    pub fn with_default_graphs(mut self, graphs: Vec<NamedNode>) -> Self {
        self.default_graphs = graphs;
        self
    }

    /// The endpoint URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub(crate) fn agent(&self) -> &ureq::Agent {
        &self.agent
    }

    fn remote_error(&self, message: impl Into<String>) -> SparqlError {
        SparqlError::Remote {
            endpoint: self.url.clone(),
            message: message.into(),
        }
    }

    /// Sends one query and returns the response's content type, `X-SPARQL-MaxRows` header and body.
    ///
    /// The project's prefixes are declared in front of the query, since other servers do not know them.
    fn send(&self, query: &str, accept: &str) -> Result<Answer, SparqlError> {
        let query = with_prefixes(query);
        let mut params: Vec<(&str, &str)> = vec![("query", &query)];
        params.extend(
            self.default_graphs
                .iter()
                .map(|g| ("default-graph-uri", g.as_str())),
        );
        let encoded_len: usize = params.iter().map(|(k, v)| k.len() + v.len() * 3 + 2).sum();
        let post = match self.method {
            QueryMethod::Get => false,
            QueryMethod::Post => true,
            QueryMethod::Auto => encoded_len > MAX_GET_QUERY_BYTES,
        };
        let result = if post {
            self.agent
                .post(&self.url)
                .header("Accept", accept)
                .send_form(params)
        } else {
            self.agent
                .get(&self.url)
                .header("Accept", accept)
                .query_pairs(params)
                .call()
        };
        let mut response = result.map_err(|e| self.remote_error(e.to_string()))?;
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
            .unwrap_or_default();
        let max_rows = response
            .headers()
            .get("x-sparql-maxrows")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<usize>().ok());
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER_BYTES)
            .read_to_vec()
            .map_err(|e| self.remote_error(format!("cannot read the answer: {e}")))?;
        if !status.is_success() {
            let text = String::from_utf8_lossy(&body);
            let text: String = text.trim().chars().take(2000).collect();
            let message = format!("HTTP {}: {text}", status.as_u16());
            return Err(if status.as_u16() == 400 {
                SparqlError::Syntax(message)
            } else {
                self.remote_error(message)
            });
        }
        Ok(Answer {
            content_type,
            max_rows,
            body,
        })
    }

    fn results_request(&self) -> (QueryResultsFormat, &'static str) {
        match self.results {
            ResultsFormat::Json => (QueryResultsFormat::Json, "application/sparql-results+json"),
            ResultsFormat::Xml => (QueryResultsFormat::Xml, "application/sparql-results+xml"),
        }
    }

    fn parse_results<'a>(
        &self,
        answer: &'a Answer,
    ) -> Result<SliceQueryResultsParserOutput<'a>, SparqlError> {
        let format = match answer.content_type.as_str() {
            "application/json" | "text/json" => QueryResultsFormat::Json,
            "application/xml" | "text/xml" => QueryResultsFormat::Xml,
            other => QueryResultsFormat::from_media_type(other).unwrap_or(self.results_request().0),
        };
        QueryResultsParser::from_format(format)
            .for_slice(&answer.body)
            .map_err(|e| self.remote_error(format!("unreadable results: {e}")))
    }

    fn solutions_of(&self, answer: &Answer) -> Result<Solutions, SparqlError> {
        match self.parse_results(answer)? {
            SliceQueryResultsParserOutput::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                Solutions::collect(
                    &variables,
                    solutions.map(|s| s.map_err(|e| self.remote_error(format!("unreadable results: {e}")))),
                )
            }
            SliceQueryResultsParserOutput::Boolean(_) => Err(SparqlError::UnexpectedResults {
                expected: "SELECT",
                got: "ASK",
            }),
        }
    }

    /// Runs a SELECT query given as text, reading every page when the server cuts the result.
    pub fn select_text(&self, query: &str) -> Result<Solutions, SparqlError> {
        let accept = self.results_request().1;
        let answer = self.send(query, accept)?;
        let first = self.solutions_of(&answer)?;
        match answer.max_rows {
            Some(cap) if cap > 0 && first.rows.len() >= cap => self.select_paged(query, cap),
            _ => Ok(first),
        }
    }

    /// Asks a cut SELECT again with `LIMIT`/`OFFSET` pages of `page` rows until a page comes back short.
    fn select_paged(&self, query: &str, page: usize) -> Result<Solutions, SparqlError> {
        let parsed = query_parser()
            .parse_query(query)
            .map_err(|e| SparqlError::Syntax(e.to_string()))?;
        let Query::Select {
            dataset,
            pattern,
            base_iri,
        } = parsed
        else {
            return Err(SparqlError::UnexpectedResults {
                expected: "SELECT",
                got: "another query form",
            });
        };
        // An outer LIMIT/OFFSET of the query itself composes with the pages.
        let (inner, start, length) = match pattern {
            GraphPattern::Slice { inner, start, length } => (*inner, start, length),
            other => (other, 0, None),
        };
        let mut all = Solutions::default();
        let mut offset = 0;
        loop {
            let want = length.map_or(page, |l| page.min(l.saturating_sub(offset)));
            if want == 0 {
                break;
            }
            let paged = Query::Select {
                dataset: dataset.clone(),
                pattern: GraphPattern::Slice {
                    inner: Box::new(inner.clone()),
                    start: start + offset,
                    length: Some(want),
                },
                base_iri: base_iri.clone(),
            };
            let answer = self.send(&paged.to_string(), self.results_request().1)?;
            let solutions = self.solutions_of(&answer)?;
            let got = solutions.rows.len();
            if all.variables.is_empty() {
                all.variables = solutions.variables;
            }
            all.rows.extend(solutions.rows);
            offset += got;
            if got < want {
                break;
            }
        }
        Ok(all)
    }

    /// Runs an ASK query given as text.
    pub fn ask_text(&self, query: &str) -> Result<bool, SparqlError> {
        let answer = self.send(query, self.results_request().1)?;
        match self.parse_results(&answer)? {
            SliceQueryResultsParserOutput::Boolean(value) => Ok(value),
            // Virtuoso: one row with `__ASK_RETVAL` bound to 1 or 0.
            SliceQueryResultsParserOutput::Solutions(solutions) => {
                let mut value = false;
                for solution in solutions {
                    let solution =
                        solution.map_err(|e| self.remote_error(format!("unreadable results: {e}")))?;
                    value = solution.values().iter().flatten().any(|term| match term {
                        Term::Literal(l) => matches!(l.value(), "1" | "true"),
                        _ => false,
                    });
                }
                Ok(value)
            }
        }
    }

    /// Runs a CONSTRUCT or DESCRIBE query given as text.
    pub fn construct_text(&self, query: &str) -> Result<Vec<Triple>, SparqlError> {
        let answer = self.send(
            query,
            "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5",
        )?;
        let format = match answer.content_type.as_str() {
            "text/plain" => RdfFormat::NTriples,
            other => RdfFormat::from_media_type(other).unwrap_or(RdfFormat::Turtle),
        };
        RdfParser::from_format(format)
            .for_slice(&answer.body)
            .map(|quad| {
                quad.map(Triple::from)
                    .map_err(|e| self.remote_error(format!("unreadable graph: {e}")))
            })
            .collect()
    }

    /// Runs any query given as text and returns its answer in Oxigraph's form, for writers that take one.
    pub fn query(&self, query: &str) -> Result<QueryResults<'static>, SparqlError> {
        let parsed = query_parser()
            .parse_query(query)
            .map_err(|e| SparqlError::Syntax(e.to_string()))?;
        Ok(match parsed {
            Query::Select { .. } => {
                let solutions = self.select_text(query)?;
                let variables: Arc<[Variable]> =
                    solutions.variables.iter().map(Variable::new_unchecked).collect();
                QueryResults::Solutions(QuerySolutionIter::from_tuples(
                    variables,
                    solutions.rows.into_iter().map(Ok),
                ))
            }
            Query::Ask { .. } => QueryResults::Boolean(self.ask_text(query)?),
            Query::Construct { .. } | Query::Describe { .. } => QueryResults::Graph(QueryTripleIter::new(
                self.construct_text(query)?.into_iter().map(Ok),
            )),
        })
    }

    /// Runs a SPARQL Update, sent as a form POST (`update=`).
    pub fn update(&self, update: &str) -> Result<(), SparqlError> {
        let mut response = self
            .agent
            .post(&self.url)
            .send_form([("update", with_prefixes(update).as_str())])
            .map_err(|e| self.remote_error(e.to_string()))?;
        if response.status().is_success() {
            return Ok(());
        }
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let text: String = text.trim().chars().take(2000).collect();
        Err(self.remote_error(format!(
            "update refused with HTTP {}: {text}",
            response.status().as_u16()
        )))
    }
}

/// Declares the project's prefixes ahead of `query` (a later declaration in the query itself still wins).
fn with_prefixes(query: &str) -> String {
    let mut text = String::with_capacity(query.len() + 700);
    for (prefix, namespace) in PREFIXES {
        text.push_str(&format!("PREFIX {prefix}: <{namespace}>\n"));
    }
    text.push_str(query);
    text
}

/// A raw answer from the server.
struct Answer {
    content_type: String,
    max_rows: Option<usize>,
    body: Vec<u8>,
}

impl SparqlBackend for RemoteEndpoint {
    fn select(&self, query: &str, bindings: &[(&str, Term)]) -> Result<Solutions, SparqlError> {
        self.select_text(&inline_bindings(query, bindings))
    }

    fn construct(&self, query: &str, bindings: &[(&str, Term)]) -> Result<Vec<Triple>, SparqlError> {
        self.construct_text(&inline_bindings(query, bindings))
    }

    fn ask(&self, query: &str, bindings: &[(&str, Term)]) -> Result<bool, SparqlError> {
        self.ask_text(&inline_bindings(query, bindings))
    }
}

/// Answers federated `SERVICE` calls of queries on the embedded store by asking the named endpoint.
///
/// Used by `orgkg serve --allow-service`; without it the server refuses `SERVICE`.
#[derive(Debug, Clone)]
pub struct ServiceClient {
    timeout: Duration,
}

impl ServiceClient {
    /// A client whose calls give up after `timeout`.
    pub fn new(timeout: Duration) -> Self {
        Self { timeout }
    }
}

impl oxigraph::sparql::DefaultServiceHandler for ServiceClient {
    type Error = SparqlError;

    fn handle(
        &self,
        service_name: &NamedNode,
        pattern: &GraphPattern,
        base_iri: Option<&oxiri::Iri<String>>,
    ) -> Result<QuerySolutionIter<'static>, SparqlError> {
        let query = Query::Select {
            dataset: None,
            pattern: pattern.clone(),
            base_iri: base_iri.cloned(),
        };
        let endpoint = RemoteEndpoint::new(service_name.as_str())?.with_timeout(self.timeout);
        let solutions = endpoint.select_text(&query.to_string())?;
        let variables: Arc<[Variable]> = solutions.variables.iter().map(Variable::new_unchecked).collect();
        Ok(QuerySolutionIter::from_tuples(
            variables,
            solutions.rows.into_iter().map(Ok),
        ))
    }
}
