//! The SPARQL 1.1 Graph Store HTTP Protocol at `/store`: read a graph (`?graph=IRI`), the default graph
//! (`?default`) or, with neither, the whole dataset; replace (PUT), add to (POST) or delete (DELETE) a graph
//! when the server is writable.
//!
//! Reads stream straight from a store snapshot, so a large graph never sits in memory whole.

use super::negotiate::graph_format;
use super::{App, HttpError, HttpResult, content_type, url_params};
use oxhttp::model::header::{ACCEPT, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, Quad};
use oxigraph::store::{QuadIter, Store};
use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::rc::Rc;

/// Which graph a request addresses.
enum Target {
    Default,
    Named(NamedNode),
    Dataset,
}

pub(super) fn handle(app: &App, request: &mut Request<Body>) -> HttpResult {
    let params = url_params(request);
    let graphs: Vec<&str> = params
        .iter()
        .filter(|(k, _)| k == "graph")
        .map(|(_, v)| v.as_str())
        .collect();
    let default = params.iter().any(|(k, _)| k == "default");
    let target = match (graphs.as_slice(), default) {
        ([], false) => Target::Dataset,
        ([], true) => Target::Default,
        ([iri], false) => Target::Named(
            NamedNode::new(*iri)
                .map_err(|e| HttpError::bad_request(format!("invalid graph IRI <{iri}>: {e}")))?,
        ),
        _ => return Err(HttpError::bad_request("give exactly one of graph=IRI or default")),
    };
    let format_param = params
        .iter()
        .find(|(k, _)| k == "format")
        .map(|(_, v)| v.as_str());
    match *request.method() {
        Method::GET | Method::HEAD => read(app, request, &target, format_param),
        Method::PUT | Method::POST | Method::DELETE if !app.config.writable => Err(HttpError::new(
            StatusCode::FORBIDDEN,
            "this server is read-only; start it with --writable to allow Graph Store writes",
        )),
        Method::PUT => write(app, request, &target, true),
        Method::POST => write(app, request, &target, false),
        Method::DELETE => delete(app, &target),
        _ => Err(HttpError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "use GET, HEAD, PUT, POST or DELETE",
        )),
    }
}

fn exists(store: &Store, target: &Target) -> Result<bool, HttpError> {
    match target {
        Target::Named(graph) => store.contains_named_graph(graph).map_err(storage_error),
        Target::Default | Target::Dataset => Ok(true),
    }
}

fn storage_error(e: impl std::fmt::Display) -> HttpError {
    HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("store error: {e}"))
}

fn not_found(target: &Target) -> HttpError {
    let name = match target {
        Target::Named(g) => g.as_str(),
        _ => "",
    };
    HttpError::new(
        StatusCode::NOT_FOUND,
        format!("there is no graph <{name}> in the store"),
    )
}

fn read(app: &App, request: &Request<Body>, target: &Target, format_param: Option<&str>) -> HttpResult {
    let accept = request.headers().get(ACCEPT).and_then(|v| v.to_str().ok());
    let format = graph_format(format_param, accept, matches!(target, Target::Dataset))?;
    if !exists(&app.store, target)? {
        return Err(not_found(target));
    }
    let graph = match target {
        Target::Default => Some(GraphName::DefaultGraph),
        Target::Named(g) => Some(GraphName::NamedNode(g.clone())),
        Target::Dataset => None,
    };
    let quads = app
        .store
        .quads_for_pattern(None, None, None, graph.as_ref().map(GraphName::as_ref));
    let body = if *request.method() == Method::HEAD {
        Body::empty()
    } else {
        Body::from_read(StreamingDump::new(quads, format, graph.is_some()))
    };
    Ok(Response::builder()
        .status(StatusCode::OK)
        .header(CONTENT_TYPE, format.media_type())
        .body(body)
        .expect("valid media type"))
}

/// A reader that serializes quads from a store snapshot a batch at a time.
struct StreamingDump {
    quads: QuadIter<'static>,
    serializer: Option<oxigraph::io::WriterQuadSerializer<SharedBuffer>>,
    as_triples: bool,
    written: SharedBuffer,
    pending: Vec<u8>,
    offset: usize,
}

impl StreamingDump {
    fn new(quads: QuadIter<'static>, format: RdfFormat, as_triples: bool) -> Self {
        let written = SharedBuffer::default();
        let serializer = crate::vocab::PREFIXES
            .iter()
            .fold(RdfSerializer::from_format(format), |s, (p, ns)| {
                s.with_prefix(*p, *ns)
                    .expect("the built-in prefixes are valid IRIs")
            })
            .for_writer(written.clone());
        Self {
            quads,
            serializer: Some(serializer),
            as_triples,
            written,
            pending: Vec::new(),
            offset: 0,
        }
    }

    fn fill(&mut self) -> io::Result<()> {
        let Some(serializer) = self.serializer.as_mut() else {
            return Ok(());
        };
        for _ in 0..1024 {
            match self.quads.next() {
                Some(quad) => {
                    let quad = quad.map_err(io::Error::other)?;
                    if self.as_triples {
                        serializer.serialize_triple(quad.as_ref())?;
                    } else {
                        serializer.serialize_quad(&quad)?;
                    }
                }
                None => {
                    self.serializer.take().expect("checked above").finish()?;
                    break;
                }
            }
        }
        self.pending.append(&mut self.written.0.borrow_mut());
        Ok(())
    }
}

/// A byte buffer the serializer writes into while the reader drains it.
#[derive(Default, Clone)]
struct SharedBuffer(Rc<RefCell<Vec<u8>>>);

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Read for StreamingDump {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.offset >= self.pending.len() {
            self.pending.clear();
            self.offset = 0;
            if self.serializer.is_none() {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = buf.len().min(self.pending.len() - self.offset);
        buf[..n].copy_from_slice(&self.pending[self.offset..self.offset + n]);
        self.offset += n;
        Ok(n)
    }
}

fn write(app: &App, request: &mut Request<Body>, target: &Target, replace: bool) -> HttpResult {
    let media_type = content_type(request)
        .ok_or_else(|| HttpError::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "a write needs a Content-Type"))?;
    let format = RdfFormat::from_media_type(&media_type).ok_or_else(|| {
        HttpError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("cannot read RDF from a {media_type} body"),
        )
    })?;
    let body = app.read_body(request)?;
    let graph = match target {
        Target::Default => GraphName::DefaultGraph,
        Target::Named(g) => GraphName::NamedNode(g.clone()),
        Target::Dataset => return Err(HttpError::bad_request("a write needs graph=IRI or default")),
    };
    let existed = exists(&app.store, target)?;
    let parser = RdfParser::from_format(format)
        .without_named_graphs()
        .with_default_graph(graph.clone())
        .rename_blank_nodes();
    let quads: Vec<Quad> = parser
        .for_slice(&body)
        .collect::<Result<_, _>>()
        .map_err(|e| HttpError::bad_request(format!("cannot parse the {} body: {e}", format.name())))?;
    let mut transaction = app.store.start_transaction().map_err(storage_error)?;
    if replace {
        transaction.clear_graph(graph.as_ref()).map_err(storage_error)?;
    }
    if let GraphName::NamedNode(g) = &graph {
        transaction.insert_named_graph(g);
    }
    transaction.extend(&quads);
    transaction.commit().map_err(storage_error)?;
    let status = if existed {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::CREATED
    };
    Ok(Response::builder()
        .status(status)
        .body(Body::empty())
        .expect("static response"))
}

fn delete(app: &App, target: &Target) -> HttpResult {
    match target {
        Target::Default => app
            .store
            .clear_graph(GraphNameRef::DefaultGraph)
            .map_err(storage_error)?,
        Target::Named(g) => {
            if !app.store.contains_named_graph(g).map_err(storage_error)? {
                return Err(not_found(target));
            }
            app.store.remove_named_graph(g).map_err(storage_error)?;
        }
        Target::Dataset => return Err(HttpError::bad_request("DELETE needs graph=IRI or default")),
    }
    Ok(Response::builder()
        .status(StatusCode::NO_CONTENT)
        .body(Body::empty())
        .expect("static response"))
}
