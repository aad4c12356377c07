//! `orgkg serve`: the graph over HTTP, for SPARQL clients and for people.
//!
//! One process answers the SPARQL 1.1 Protocol at `/sparql`, the Graph Store Protocol at `/store`, a health
//! check at `/health`, and a web page at `/` with a small JSON API under `/api/` for it. The server is read-only
//! unless [`ServeConfig::writable`] is set, stops each query at [`ServeConfig::timeout`], refuses federated
//! `SERVICE` calls unless [`ServeConfig::allow_service`] is set, and bounds request bodies and result sizes, so
//! a careless or hostile client can neither change the store nor take the server down.
//!
//! The library never prints: one access-log line per request goes to the writer the caller passes to
//! [`serve`].

mod graph_store;
mod negotiate;
mod protocol;
mod web;

pub(crate) use protocol::parser as query_parser;
pub use web::QUERIES as WEB_QUERIES;

use oxhttp::model::header::{
    ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_EXPOSE_HEADERS, ALLOW,
    CONNECTION, CONTENT_LENGTH, CONTENT_TYPE,
};
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use oxigraph::store::Store;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The address `orgkg serve` binds when told nothing else: loopback only.
pub const DEFAULT_BIND: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 7878);

/// How the server behaves: where it listens, what it allows and how much it accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeConfig {
    /// The socket address to listen on ([`DEFAULT_BIND`] by default).
    pub bind: SocketAddr,
    /// The longest a query may run before it is stopped and the client gets 503.
    pub timeout: Duration,
    /// The most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one response may carry.
    pub max_results: usize,
    /// The most bytes one serialized response may carry.
    pub max_result_bytes: usize,
    /// The largest request body accepted, in bytes; larger bodies get 413.
    pub max_body_bytes: usize,
    /// Whether SPARQL Update and Graph Store writes are allowed.
    pub writable: bool,
    /// Whether queries may call other endpoints with `SERVICE`.
    pub allow_service: bool,
    /// Whether to answer cross-origin requests from any web page (CORS).
    pub cors: bool,
    /// The most connections served at once.
    pub max_connections: usize,
    /// The most queries evaluated at once, counting stopped queries still unwinding; more get 503.
    pub max_running_queries: usize,
}

impl Default for ServeConfig {
    fn default() -> Self {
        Self {
            bind: DEFAULT_BIND,
            timeout: Duration::from_secs(30),
            max_results: 100_000,
            max_result_bytes: 256 << 20,
            max_body_bytes: 16 << 20,
            writable: false,
            allow_service: false,
            cors: false,
            max_connections: 256,
            max_running_queries: 64,
        }
    }
}

/// Errors starting the server.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The address could not be bound (in use, or not allowed).
    #[error("cannot listen on {address}: {source}")]
    Bind {
        /// The address asked for.
        address: SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
}

/// A server listening in background threads.
pub struct RunningServer {
    inner: oxhttp::ListeningServer,
    address: SocketAddr,
}

impl RunningServer {
    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Blocks until the server stops (it stops only with the process).
    pub fn join(self) -> std::io::Result<()> {
        self.inner.join()
    }
}

/// A writer shared by request threads for the access log.
pub type LogWriter = Box<dyn Write + Send>;

/// Starts serving `store` with `config`, logging one line per request to `log`.
///
/// Returns once the socket is bound; requests are answered on background threads.
pub fn serve(store: Store, config: ServeConfig, log: LogWriter) -> Result<RunningServer, ServeError> {
    let address = config.bind;
    // oxhttp binds inside `spawn` and does not report the bound address, so bind once here to report a clear
    // error (port in use, no permission) before handing the address over.
    drop(std::net::TcpListener::bind(address).map_err(|source| ServeError::Bind { address, source })?);
    let max_connections = config.max_connections;
    let app = Arc::new(App::new(store, config, log));
    let handler = move |request: &mut Request<Body>| app.handle(request);
    let inner = oxhttp::Server::new(handler)
        .bind(address)
        .with_server_name(concat!("orgkg/", env!("CARGO_PKG_VERSION")))
        .expect("the server name is a valid header value")
        .with_global_timeout(Duration::from_secs(60))
        .with_max_concurrent_connections(max_connections)
        .spawn()
        .map_err(|source| ServeError::Bind { address, source })?;
    Ok(RunningServer { inner, address })
}

/// Whether an address is reachable only from this machine.
pub fn is_loopback(address: &SocketAddr) -> bool {
    address.ip().is_loopback()
}

/// The shared state behind every request.
struct App {
    store: Store,
    lexicon: crate::lexicon::Lexicon,
    config: ServeConfig,
    log: Mutex<LogWriter>,
    running_queries: Arc<AtomicUsize>,
}

/// A failed request: a status and a plain-text message for the client.
#[derive(Debug)]
struct HttpError {
    status: StatusCode,
    message: String,
}

impl HttpError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
        }
    }

    fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    fn into_response(self) -> Response<Body> {
        text_response(self.status, "text/plain; charset=utf-8", self.message + "\n")
    }
}

type HttpResult = Result<Response<Body>, HttpError>;

fn text_response(status: StatusCode, content_type: &str, body: impl Into<Vec<u8>>) -> Response<Body> {
    let body = body.into();
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .expect("static headers are valid")
}

fn ok_response(content_type: &str, body: impl Into<Vec<u8>>) -> Response<Body> {
    text_response(StatusCode::OK, content_type, body)
}

impl App {
    fn new(store: Store, config: ServeConfig, log: LogWriter) -> Self {
        Self {
            store,
            lexicon: crate::lexicon::Lexicon::builtin(),
            config,
            log: Mutex::new(log),
            running_queries: Arc::new(AtomicUsize::new(0)),
        }
    }

    fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let start = Instant::now();
        let method = request.method().clone();
        let target = request
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
        let mut response = match catch_unwind(AssertUnwindSafe(|| self.route(request))) {
            Ok(Ok(response)) => response,
            Ok(Err(error)) => error.into_response(),
            Err(_) => HttpError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal error while answering",
            )
            .into_response(),
        };
        if self.config.cors {
            let headers = response.headers_mut();
            headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
            headers.insert(
                ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static("content-type, content-length"),
            );
        }
        if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
            // Do not read the rest of an oversized body: answer and close the connection.
            *request.body_mut() = Body::empty();
            request
                .headers_mut()
                .insert(CONNECTION, HeaderValue::from_static("close"));
            response
                .headers_mut()
                .insert(CONNECTION, HeaderValue::from_static("close"));
        }
        self.log_request(&method, &target, &response, start.elapsed());
        response
    }

    fn log_request(&self, method: &Method, target: &str, response: &Response<Body>, elapsed: Duration) {
        let size = response
            .body()
            .len()
            .map_or_else(|| "-".to_owned(), |n| n.to_string());
        let shown: String = target.chars().take(300).collect();
        let line = format!(
            "{} {} {} {} {} {:.1}ms\n",
            chrono::Local::now().format("%Y-%m-%dT%H:%M:%S%.3f%:z"),
            method,
            shown.escape_debug(),
            response.status().as_u16(),
            size,
            elapsed.as_secs_f64() * 1000.0
        );
        if let Ok(mut log) = self.log.lock() {
            // A broken log must not break serving.
            let _ = log.write_all(line.as_bytes()).and_then(|()| log.flush());
        }
    }

    fn route(&self, request: &mut Request<Body>) -> HttpResult {
        let path = request.uri().path().to_owned();
        if request.method() == Method::OPTIONS {
            return Ok(self.preflight());
        }
        match path.as_str() {
            "/sparql" | "/query" => protocol::handle_query_endpoint(self, request),
            "/update" => protocol::handle_update_endpoint(self, request),
            "/store" => graph_store::handle(self, request),
            "/health" => {
                only_methods(request, &[Method::GET, Method::HEAD])?;
                Ok(ok_response("application/json", "{\"status\":\"ok\"}\n"))
            }
            _ => web::handle(self, request, &path),
        }
    }

    fn preflight(&self) -> Response<Body> {
        let mut response = Response::builder()
            .status(StatusCode::NO_CONTENT)
            .header(ALLOW, "GET, HEAD, POST, PUT, DELETE, OPTIONS")
            .body(Body::empty())
            .expect("static headers are valid");
        if self.config.cors {
            // oxhttp drops `Access-Control-Allow-Methods` from responses; browsers allow GET and POST without it,
            // which is all a cross-origin SPARQL client needs.
            let headers = response.headers_mut();
            headers.insert(
                ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static("content-type, accept"),
            );
        }
        response
    }

    /// Reads the request body, refusing more than the configured limit.
    fn read_body(&self, request: &mut Request<Body>) -> Result<Vec<u8>, HttpError> {
        let limit = self.config.max_body_bytes;
        let too_large = || {
            HttpError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the request body is larger than the limit of {limit} bytes"),
            )
        };
        let declared = request
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit as u64) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        request
            .body_mut()
            .take(limit as u64 + 1)
            .read_to_end(&mut body)
            .map_err(|e| HttpError::bad_request(format!("cannot read the request body: {e}")))?;
        if body.len() > limit {
            return Err(too_large());
        }
        Ok(body)
    }
}

/// Refuses methods other than `allowed` with 405.
fn only_methods(request: &Request<Body>, allowed: &[Method]) -> Result<(), HttpError> {
    if allowed.contains(request.method()) {
        Ok(())
    } else {
        let names: Vec<&str> = allowed.iter().map(Method::as_str).collect();
        Err(HttpError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            format!(
                "{} is not allowed here; use {}",
                request.method(),
                names.join(" or ")
            ),
        ))
    }
}

/// The decoded `key=value` pairs of the URL's query string.
fn url_params(request: &Request<Body>) -> Vec<(String, String)> {
    request
        .uri()
        .query()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default()
}

/// The media type of the request body, lower-cased and without parameters.
fn content_type(request: &Request<Body>) -> Option<String> {
    let value = request.headers().get(CONTENT_TYPE)?.to_str().ok()?;
    Some(value.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
}

/// Whether this build can draw diagrams for the page.
fn diagram_available() -> bool {
    false
}

/// The SVG diagram of an entity, once the render module exists; `None` until then.
fn render_diagram(_store: &Store, _iri: &oxigraph::model::NamedNode) -> Option<Result<String, String>> {
    None
}
