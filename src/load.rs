//! Loading sources into the store: curated records, news reports and standard RDF, each into a named graph.
//!
//! A load is all or nothing. New graphs go through Oxigraph's bulk loader, which writes nothing until it is
//! committed, so an error anywhere (a bad line in the third file) leaves the store exactly as it was. A source
//! whose graph already exists is compared by content hash: the same content is skipped (loading twice changes
//! nothing), changed content replaces the graph inside one transaction.

use crate::convert::{ConvertContext, convert};
use crate::extract::{ExtractOptions, Extractor};
use crate::identity::{KeyLookup, graph_iri};
use crate::lexicon::Lexicon;
use crate::materialize::{Rules, SeenQuads, materialize_all};
use crate::merge::Merges;
use crate::normalize::{DecodeError, decode};
use crate::records::{Dataset, RecordError, RecordFormat, RefKind};
use crate::store::{OrgStore, content_hash};
use crate::vocab::{orgkg, prov, rdf, schema, xsd};
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::StorageError;
use std::collections::HashMap;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Errors while loading. Every variant leaves the store unchanged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// A file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The input is empty.
    #[error("{0}: the file is empty; nothing to load")]
    Empty(String),
    /// The input is not valid UTF-8.
    #[error(
        "{path}:{line}:{column}: invalid UTF-8 (byte offset {offset}); records and RDF must be UTF-8 text"
    )]
    Encoding {
        /// The file.
        path: String,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (in characters) of the first bad byte.
        column: usize,
        /// Byte offset.
        offset: usize,
    },
    /// Records are malformed or refer to something undeclared.
    #[error(transparent)]
    Records(#[from] RecordError),
    /// An RDF file is malformed.
    #[error("{path}:{line}:{column}: {message}")]
    Rdf {
        /// The file.
        path: String,
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: u64,
        /// What the parser expected.
        message: String,
    },
    /// The file's format could not be told from its name.
    #[error(
        "{0}: cannot tell the format from the file name; pass --format (yaml, json, report, turtle, trig, ntriples, nquads, rdfxml, jsonld)"
    )]
    UnknownFormat(String),
    /// A news report could not be read as a report.
    #[error("{path}: {message}")]
    Report {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// The store failed.
    #[error("store: {0}")]
    Storage(#[from] StorageError),
    /// The store was opened read-only.
    #[error("the store is open read-only; loading needs write access")]
    ReadOnly,
    /// A graph to unload is not in the store (or is a built-in one).
    #[error("there is no loaded source graph {0} in the store; `orgkg stats` lists the graphs")]
    NoSuchGraph(NamedNode),
}

/// What a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Curated records.
    Records(RecordFormat),
    /// A standard RDF syntax.
    Rdf(RdfFormat),
    /// A news report, as plain text or a saved web page, to extract records from.
    Report,
}

impl InputFormat {
    /// The format named by `--format` or a file extension.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => Self::Records(RecordFormat::Yaml),
            "json" => Self::Records(RecordFormat::Json),
            "txt" | "text" | "report" | "html" | "htm" | "xhtml" => Self::Report,
            "ttl" | "turtle" => Self::Rdf(RdfFormat::Turtle),
            "trig" => Self::Rdf(RdfFormat::TriG),
            "nt" | "ntriples" | "n-triples" => Self::Rdf(RdfFormat::NTriples),
            "nq" | "nquads" | "n-quads" => Self::Rdf(RdfFormat::NQuads),
            "rdf" | "owl" | "xml" | "rdfxml" | "rdf-xml" => Self::Rdf(RdfFormat::RdfXml),
            "jsonld" | "json-ld" => Self::Rdf(RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            }),
            "n3" => Self::Rdf(RdfFormat::N3),
            _ => return None,
        })
    }

    /// The format of a file, by extension.
    pub fn from_path(path: &Path) -> Option<Self> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Self::from_name)
    }

    fn method(self) -> &'static str {
        match self {
            Self::Records(_) => "curated",
            Self::Report => "extracted",
            Self::Rdf(_) => "rdf",
        }
    }
}

/// Where a source's bytes come from.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file, streamed.
    File(PathBuf),
    /// Bytes already read (standard input), with a name for messages.
    Bytes {
        /// The name used in messages and for the graph (`stdin`).
        name: String,
        /// The content.
        bytes: Vec<u8>,
    },
}

impl Input {
    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Self::File(p) => p.display().to_string(),
            Self::Bytes { name, .. } => name.clone(),
        }
    }

    fn read_all(&self) -> Result<Vec<u8>, LoadError> {
        match self {
            Self::File(p) => std::fs::read(p).map_err(|source| LoadError::Io {
                path: p.display().to_string(),
                source,
            }),
            Self::Bytes { bytes, .. } => Ok(bytes.clone()),
        }
    }
}

/// One source to load.
#[derive(Debug, Clone)]
pub struct LoadRequest {
    /// Where it comes from.
    pub input: Input,
    /// Its format.
    pub format: InputFormat,
    /// The graph to load into; by default one named after the file (`…/graph/<file name>`).
    pub graph: Option<NamedNode>,
    /// The source's URL, recorded as provenance (and given to the extractor).
    pub url: Option<String>,
    /// The source's publication date (`YYYY-MM-DD`), recorded and given to the extractor.
    pub published: Option<String>,
}

impl LoadRequest {
    /// A request for a file, its format told by its extension.
    pub fn file(path: impl Into<PathBuf>) -> Result<Self, LoadError> {
        let path = path.into();
        let format = InputFormat::from_path(&path)
            .ok_or_else(|| LoadError::UnknownFormat(path.display().to_string()))?;
        Ok(Self {
            input: Input::File(path),
            format,
            graph: None,
            url: None,
            published: None,
        })
    }

    /// The graph this request loads into.
    pub fn graph(&self) -> NamedNode {
        if let Some(g) = &self.graph {
            return g.clone();
        }
        match &self.input {
            Input::File(p) => graph_iri(
                &p.file_name()
                    .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned()),
            ),
            Input::Bytes { name, bytes } => graph_iri(&format!("{name}-{}", &content_hash(bytes)[5..13])),
        }
    }
}

/// What became of one source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadStatus {
    /// A new graph was written.
    Loaded,
    /// The graph existed with other content and was replaced.
    Replaced,
    /// The graph already held exactly this content; nothing changed.
    Unchanged,
}

/// The outcome of one source.
#[derive(Debug, Clone)]
pub struct LoadOutcome {
    /// The source's name.
    pub name: String,
    /// Its graph.
    pub graph: NamedNode,
    /// What happened.
    pub status: LoadStatus,
    /// Quads written (materialized edges included).
    pub quads: u64,
    /// Notices for the user (a report with no meeting in it, say).
    pub notices: Vec<String>,
}

/// Removes loaded sources: each graph and everything in it (materialized edges included), all in one
/// transaction. Naming a graph the store does not hold, or a built-in one, is an error and removes nothing.
/// Entities that a later load merged stay merged.
pub fn unload(store: &OrgStore, graphs: &[NamedNode]) -> Result<Vec<(NamedNode, u64)>, LoadError> {
    if store.is_read_only() {
        return Err(LoadError::ReadOnly);
    }
    let mut removed = Vec::with_capacity(graphs.len());
    for graph in graphs {
        if crate::store::is_builtin_graph(graph) || !store.has_graph(graph)? {
            return Err(LoadError::NoSuchGraph(graph.clone()));
        }
        let n = store
            .store()
            .quads_for_pattern(None, None, None, Some(graph.into()))
            .count() as u64;
        removed.push((graph.clone(), n));
    }
    let mut t = store.store().start_transaction()?;
    for graph in graphs {
        t.remove_named_graph(graph)?;
    }
    t.commit()?;
    Ok(removed)
}

/// Loads sources into a store.
pub struct Loader<'a> {
    store: &'a OrgStore,
    lexicon: &'a Lexicon,
    rules: Rules,
    progress: Option<Arc<dyn Fn(u64) + Send + Sync>>,
    reports: Option<&'a Extractor>,
    /// Quads written so far in this load, for progress.
    written: std::cell::Cell<u64>,
}

enum Prepared {
    Quads {
        quads: Vec<Quad>,
        replace: bool,
    },
    Stream {
        format: RdfFormat,
        replace: bool,
        hash: Option<String>,
    },
    Unchanged,
    /// Handed to the bulk loader already.
    Written,
}

/// Identity keys minted earlier in the same load, consulted before the store.
struct Overlay<'a> {
    store: &'a oxigraph::store::Store,
    keys: Mutex<HashMap<String, NamedNode>>,
}

impl KeyLookup for Overlay<'_> {
    fn find_key(&self, key: &str) -> Option<NamedNode> {
        if let Some(found) = self.keys.lock().ok().and_then(|k| k.get(key).cloned()) {
            return Some(found);
        }
        self.store.find_key(key)
    }
}

impl<'a> Loader<'a> {
    /// A loader for `store` with the given vocabularies.
    pub fn new(store: &'a OrgStore, lexicon: &'a Lexicon) -> Self {
        Self {
            store,
            lexicon,
            rules: Rules::new(lexicon),
            progress: None,
            reports: None,
            written: std::cell::Cell::new(0),
        }
    }

    /// Calls `f` from time to time with the number of quads written so far.
    pub fn on_progress(mut self, f: impl Fn(u64) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// Reads news reports (`.txt`, `.html`) with `extractor` (without one, loading a report is an error).
    pub fn with_extractor(mut self, extractor: &'a Extractor) -> Self {
        self.reports = Some(extractor);
        self
    }

    /// Loads every request, all or nothing.
    pub fn load(&self, requests: &[LoadRequest]) -> Result<Vec<LoadOutcome>, LoadError> {
        if self.store.is_read_only() {
            return Err(LoadError::ReadOnly);
        }
        let store = self.store.store();
        let overlay = Overlay {
            store,
            keys: Mutex::new(HashMap::new()),
        };
        let graphs: Vec<NamedNode> = requests.iter().map(LoadRequest::graph).collect();
        let exists: Vec<bool> = graphs
            .iter()
            .map(|g| self.store.has_graph(g))
            .collect::<Result<_, _>>()?;
        // With no graph to replace and no identity keys in the store to merge with, everything goes through the
        // bulk loader, which takes each source's quads as soon as they are ready: it sorts them on threads of its
        // own while the next sources are read.
        let mut bulk = (!exists.contains(&true) && !has_identity_keys(store)?).then(|| BulkSink::new(store));
        let mut prepared = Vec::with_capacity(requests.len());
        let mut outcomes = Vec::with_capacity(requests.len());
        self.read_in_order(requests, &exists, |i, read| {
            let request = &requests[i];
            let graph = graphs[i].clone();
            let mut notices = Vec::new();
            let p = match read? {
                SourceRead::Unchanged => Prepared::Unchanged,
                SourceRead::Rdf { format, hash } => Prepared::Stream {
                    format,
                    replace: exists[i],
                    hash,
                },
                SourceRead::Records {
                    dataset,
                    text,
                    hash,
                    notices: extra,
                } => {
                    notices = extra;
                    let name = request.input.name();
                    let path = Path::new(&name);
                    let known = |kind: RefKind, r: &str| known_in_store(&overlay, kind, r);
                    let prepare = |text: &str| -> Result<Vec<Quad>, LoadError> {
                        dataset.check(text, path, &known, self.lexicon)?;
                        let ctx = ConvertContext {
                            lexicon: self.lexicon,
                            lookup: &overlay,
                            graph: graph.clone(),
                            text,
                            file: path,
                        };
                        Ok(convert(&dataset, &ctx)?)
                    };
                    let mut quads = match (prepare(text.as_deref().unwrap_or_default()), &text) {
                        (Ok(quads), _) => quads,
                        (Err(e), Some(_)) => return Err(e),
                        // Records drafted from a report are written out only for an error to name their line.
                        (Err(_), None) => prepare(&dataset.to_yaml())?,
                    };
                    remember_keys(&overlay, &quads);
                    quads.extend(graph_description(&graph, request, &hash, &dataset));
                    Prepared::Quads {
                        quads: materialize_all(&self.rules, quads),
                        replace: exists[i],
                    }
                }
            };
            let status = match &p {
                Prepared::Unchanged => LoadStatus::Unchanged,
                Prepared::Quads { replace: true, .. } | Prepared::Stream { replace: true, .. } => {
                    LoadStatus::Replaced
                }
                _ => LoadStatus::Loaded,
            };
            let mut outcome = LoadOutcome {
                name: request.input.name(),
                graph,
                status,
                quads: 0,
                notices,
            };
            let p = match (p, bulk.as_mut()) {
                (Prepared::Quads { quads, .. }, Some(sink)) => {
                    outcome.quads = quads.len() as u64;
                    self.report(self.written.get() + outcome.quads);
                    sink.push(quads)?;
                    Prepared::Written
                }
                (p, _) => p,
            };
            outcomes.push(outcome);
            prepared.push(p);
            Ok(())
        })?;
        if let Some(sink) = bulk {
            self.write_in_bulk(requests, &prepared, &mut outcomes, sink)?;
            return Ok(outcomes);
        }
        let merges = self.plan_merges(&mut prepared)?;
        let transactional = !merges.is_empty()
            || prepared.iter().any(|p| {
                matches!(
                    p,
                    Prepared::Quads { replace: true, .. } | Prepared::Stream { replace: true, .. }
                )
            });
        for outcome in outcomes.iter_mut() {
            match merges.caused_by(&outcome.graph) {
                0 => {}
                n => outcome.notices.push(format!(
                    "merged {n} entit{} in the store into the ones this source names (`orgkg explain` says why)",
                    if n == 1 { "y" } else { "ies" }
                )),
            }
        }
        if transactional {
            self.write_in_transaction(requests, &prepared, &mut outcomes, &merges)?;
        } else {
            self.write_in_bulk(requests, &prepared, &mut outcomes, BulkSink::new(store))?;
        }
        Ok(outcomes)
    }

    /// Reads every request's content and drafts its records (parsing curated records, extracting reports) on
    /// worker threads, and hands each result to `then` in the order of the requests, stopping at the first
    /// error. Whatever the workers read ahead of an error is dropped.
    fn read_in_order(
        &self,
        requests: &[LoadRequest],
        exists: &[bool],
        mut then: impl FnMut(usize, Result<SourceRead, LoadError>) -> Result<(), LoadError>,
    ) -> Result<(), LoadError> {
        let workers = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .saturating_sub(1)
            .clamp(1, 8)
            .min(requests.len().max(1));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let stop = std::sync::atomic::AtomicBool::new(false);
        let (tx, rx) = std::sync::mpsc::channel::<(usize, Result<SourceRead, LoadError>)>();
        let (store, extractor) = (self.store, self.reports);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let tx = tx.clone();
                let (next, stop) = (&next, &stop);
                scope.spawn(move || {
                    use std::sync::atomic::Ordering::Relaxed;
                    while !stop.load(Relaxed) {
                        let i = next.fetch_add(1, Relaxed);
                        let Some(request) = requests.get(i) else { break };
                        let read = read_source(store, extractor, request, exists[i]);
                        if tx.send((i, read)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            let mut early: std::collections::BTreeMap<usize, Result<SourceRead, LoadError>> =
                Default::default();
            let mut done = 0;
            let result = (|| {
                while done < requests.len() {
                    let read = match early.remove(&done) {
                        Some(read) => read,
                        None => {
                            let Ok((i, read)) = rx.recv() else {
                                return Err(LoadError::Report {
                                    path: requests[done].input.name(),
                                    message: "a reading thread stopped before it was done".into(),
                                });
                            };
                            if i != done {
                                early.insert(i, read);
                                continue;
                            }
                            read
                        }
                    };
                    then(done, read)?;
                    done += 1;
                }
                Ok(())
            })();
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
            result
        })
    }

    /// Finds the entities this load shows to be one with entities in the store, and rewrites the load's own
    /// quads to the survivors.
    fn plan_merges(&self, prepared: &mut [Prepared]) -> Result<Merges, LoadError> {
        let store = self.store.store();
        let keyed = has_identity_keys(store)?;
        let new: Vec<Quad> = prepared
            .iter()
            .filter_map(|p| match p {
                Prepared::Quads { quads, .. } => Some(quads.iter().filter(|q| {
                    q.predicate == orgkg::IDENTITY_KEY
                        || q.predicate == orgkg::SAME_AS
                        || q.predicate == orgkg::DIFFERENT_FROM
                })),
                _ => None,
            })
            .flatten()
            .cloned()
            .collect();
        if !keyed || new.is_empty() {
            return Ok(Merges::default());
        }
        let merges = Merges::plan(store, &new)?;
        if !merges.is_empty() {
            for p in prepared.iter_mut() {
                if let Prepared::Quads { quads, .. } = p {
                    for q in quads.iter_mut() {
                        if let Some(again) = merges.rewrite(q) {
                            *q = again;
                        }
                    }
                }
            }
        }
        Ok(merges)
    }

    fn report(&self, count: u64) {
        self.written.set(count);
        if let Some(p) = &self.progress {
            p(count);
        }
    }

    /// Writes what is not written yet through the bulk loader, and commits. One pending batch runs across all
    /// sources.
    fn write_in_bulk(
        &self,
        requests: &[LoadRequest],
        prepared: &[Prepared],
        outcomes: &mut [LoadOutcome],
        mut sink: BulkSink<'_>,
    ) -> Result<(), LoadError> {
        for ((request, p), outcome) in requests.iter().zip(prepared).zip(outcomes.iter_mut()) {
            match p {
                Prepared::Unchanged | Prepared::Written => {}
                Prepared::Quads { quads, .. } => {
                    outcome.quads = quads.len() as u64;
                    self.report(self.written.get() + outcome.quads);
                    sink.push(quads.iter().cloned())?;
                }
                Prepared::Stream { format, hash, .. } => {
                    outcome.quads =
                        self.stream(request, *format, hash.clone(), &mut |quads: &mut Vec<Quad>| {
                            sink.push(quads.drain(..))
                        })?;
                }
            }
        }
        sink.loader.load_quads(sink.pending.drain(..))?;
        sink.loader.commit()?;
        Ok(())
    }

    fn write_in_transaction(
        &self,
        requests: &[LoadRequest],
        prepared: &[Prepared],
        outcomes: &mut [LoadOutcome],
        merges: &Merges,
    ) -> Result<(), LoadError> {
        let (remove, insert) = merges.changes(self.store.store())?;
        let mut t = self.store.store().start_transaction()?;
        for q in &remove {
            t.remove(q);
        }
        t.extend(insert.iter());
        let mut written = 0u64;
        for ((request, p), outcome) in requests.iter().zip(prepared).zip(outcomes.iter_mut()) {
            let graph = request.graph();
            match p {
                Prepared::Unchanged | Prepared::Written => {}
                Prepared::Quads { quads, replace } => {
                    if *replace {
                        t.clear_graph(&graph)?;
                    }
                    t.extend(quads.iter());
                    outcome.quads = quads.len() as u64;
                    written += outcome.quads;
                    self.report(written);
                }
                Prepared::Stream {
                    format,
                    replace,
                    hash,
                } => {
                    if *replace {
                        t.clear_graph(&graph)?;
                    }
                    outcome.quads =
                        self.stream(request, *format, hash.clone(), &mut |quads: &mut Vec<Quad>| {
                            t.extend(quads.iter());
                            written += quads.len() as u64;
                            quads.clear();
                            Ok(())
                        })?;
                    self.report(written);
                }
            }
        }
        t.commit()?;
        Ok(())
    }

    /// Parses an RDF source, materializes it, and hands batches of quads to `sink`. Returns the count.
    fn stream(
        &self,
        request: &LoadRequest,
        format: RdfFormat,
        hash: Option<String>,
        sink: &mut dyn FnMut(&mut Vec<Quad>) -> Result<(), LoadError>,
    ) -> Result<u64, LoadError> {
        let name = request.input.name();
        let graph = request.graph();
        let parser = RdfParser::from_format(format)
            .with_default_graph(graph.clone())
            .rename_blank_nodes();
        let bytes;
        let reader: Box<dyn Read + Send + '_> = match &request.input {
            Input::File(path) => Box::new(BufReader::with_capacity(
                1 << 20,
                std::fs::File::open(path).map_err(|source| LoadError::Io {
                    path: name.clone(),
                    source,
                })?,
            )),
            Input::Bytes { bytes: b, .. } => {
                bytes = b.as_slice();
                Box::new(bytes)
            }
        };
        let base = self.written.get();
        let mut materializer = self.rules.materializer();
        let mut out = Vec::with_capacity(BATCH);
        let mut count = 0u64;
        let mut parsed = 0u64;
        let mut seen = SeenQuads::default();
        // Parsing runs on a thread of its own while this one materializes: on two cores the two overlap.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Vec<Quad>, LoadError>>(4);
        let digest = std::thread::scope(|scope| -> Result<u64, LoadError> {
            let parse_name = name.clone();
            let parsing = scope.spawn(move || {
                let mut hasher = xxhash_rust::xxh3::Xxh3::new();
                let hashing = HashingReader {
                    inner: reader,
                    hasher: &mut hasher,
                };
                let mut chunk = Vec::with_capacity(CHUNK);
                for quad in parser.for_reader(hashing) {
                    match quad {
                        Ok(q) => {
                            chunk.push(q);
                            if chunk.len() >= CHUNK
                                && tx
                                    .send(Ok(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK))))
                                    .is_err()
                            {
                                return 0;
                            }
                        }
                        Err(e) => {
                            let _ = tx.send(Err(rdf_error(&parse_name, e)));
                            return 0;
                        }
                    }
                }
                let _ = tx.send(Ok(chunk));
                hasher.digest()
            });
            for chunk in rx {
                for quad in chunk? {
                    parsed += 1;
                    materializer.push(quad, &mut out);
                }
                if out.len() >= BATCH {
                    seen.retain_new(&mut out);
                    count += out.len() as u64;
                    self.report(base + count);
                    sink(&mut out)?;
                }
            }
            Ok(parsing.join().unwrap_or(0))
        })?;
        materializer.finish(&mut out);
        seen.retain_new(&mut out);
        let hash = hash.unwrap_or_else(|| format!("xxh3:{digest:016x}"));
        let description = graph_description(&graph, request, &hash, &Dataset::default());
        for q in description {
            materializer_free_push(&self.rules, q, &mut out);
        }
        count += out.len() as u64;
        self.report(base + count);
        sink(&mut out)?;
        if parsed == 0 {
            return Err(LoadError::Empty(name));
        }
        Ok(count)
    }
}

/// What a worker read of one request ([`Loader::read_in_order`]).
enum SourceRead {
    /// The graph holds exactly this content already.
    Unchanged,
    /// RDF, streamed when it is written.
    Rdf { format: RdfFormat, hash: Option<String> },
    /// Records, curated or drafted from a report, with the text their line numbers refer to (none for drafted
    /// ones, written out only if they fail a check).
    Records {
        dataset: Dataset,
        text: Option<String>,
        hash: String,
        notices: Vec<String>,
    },
}

/// Reads one request: an RDF file as it stands (it is parsed as it is written), records parsed, a report
/// extracted.
fn read_source(
    store: &OrgStore,
    extractor: Option<&Extractor>,
    request: &LoadRequest,
    exists: bool,
) -> Result<SourceRead, LoadError> {
    let name = request.input.name();
    let bytes = match (request.format, &request.input, exists) {
        (InputFormat::Rdf(format), Input::File(path), false) => {
            let empty = std::fs::metadata(path)
                .map_err(|source| LoadError::Io {
                    path: path.display().to_string(),
                    source,
                })?
                .len()
                == 0;
            if empty {
                return Err(LoadError::Empty(name));
            }
            return Ok(SourceRead::Rdf { format, hash: None });
        }
        _ => request.input.read_all()?,
    };
    let hash = content_hash(&bytes);
    if let InputFormat::Rdf(_) = request.format
        && bytes.iter().all(u8::is_ascii_whitespace)
    {
        return Err(LoadError::Empty(name));
    }
    if exists && store.graph_hash(&request.graph()).as_deref() == Some(hash.as_str()) {
        return Ok(SourceRead::Unchanged);
    }
    let (dataset, text, notices) = match request.format {
        InputFormat::Rdf(format) => {
            return Ok(SourceRead::Rdf {
                format,
                hash: Some(hash),
            });
        }
        InputFormat::Records(format) => {
            let text = utf8(&bytes, &name)?;
            let dataset = Dataset::parse(&text, format, Path::new(&name))?;
            (dataset, Some(text), Vec::new())
        }
        InputFormat::Report => {
            let extractor = extractor.ok_or_else(|| LoadError::Report {
                path: name.clone(),
                message: "no extractor was given to the loader for news reports".into(),
            })?;
            let text = match decode(&bytes) {
                Ok(text) => text,
                Err(DecodeError::Empty) => return Err(LoadError::Empty(name)),
                Err(e) => {
                    return Err(LoadError::Report {
                        path: name,
                        message: e.to_string(),
                    });
                }
            };
            let file = Path::new(&name);
            let options = ExtractOptions {
                source_id: file
                    .file_stem()
                    .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned()),
                title: None,
                page_title: None,
                file: file.file_name().map(|f| f.to_string_lossy().into_owned()),
                url: request.url.clone(),
                published: request.published.clone(),
                extracted_at: Some(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
                tool: Some(format!("orgkg {}", env!("CARGO_PKG_VERSION"))),
            };
            let extraction = crate::html::extract_any(extractor, &text, &options);
            (extraction.dataset, None, extraction.notices)
        }
    };
    Ok(SourceRead::Records {
        dataset,
        text,
        hash,
        notices,
    })
}

/// The store holds identity keys, so a load may merge what it names with what is there.
fn has_identity_keys(store: &oxigraph::store::Store) -> Result<bool, LoadError> {
    Ok(store
        .quads_for_pattern(None, Some(orgkg::IDENTITY_KEY), None, None)
        .next()
        .transpose()?
        .is_some())
}

/// Oxigraph's bulk loader with the quads not yet handed to it.
struct BulkSink<'s> {
    loader: oxigraph::store::BulkLoader<'s>,
    pending: Vec<Quad>,
}

impl<'s> BulkSink<'s> {
    fn new(store: &'s oxigraph::store::Store) -> Self {
        Self {
            loader: store.bulk_loader(),
            pending: Vec::with_capacity(BATCH),
        }
    }

    /// Adds quads, handing them over [`LOADER_BATCH`] at a time.
    fn push(&mut self, quads: impl IntoIterator<Item = Quad>) -> Result<(), LoadError> {
        self.pending.extend(quads);
        while self.pending.len() >= LOADER_BATCH {
            self.loader.load_quads(self.pending.drain(..LOADER_BATCH))?;
        }
        Ok(())
    }
}

const BATCH: usize = 100_000;
/// Quads the parsing thread hands over at once.
const CHUNK: usize = 4_096;
/// Quads handed to Oxigraph's bulk loader at once. Each hand-over is sorted into files on a thread of the loader's
/// own, as many at once as there are cores, while the next quads are read: a fifth of the loader's own batch size
/// loads a million triples in two thirds of its time on two cores (and with half its memory).
const LOADER_BATCH: usize = 200_000;

fn materializer_free_push(rules: &Rules, quad: Quad, out: &mut Vec<Quad>) {
    let mut m = rules.materializer();
    m.push(quad, out);
    m.finish(out);
}

struct HashingReader<'h, R> {
    inner: R,
    hasher: &'h mut xxhash_rust::xxh3::Xxh3,
}

impl<R: Read> Read for HashingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

fn rdf_error(path: &str, e: RdfParseError) -> LoadError {
    match e {
        RdfParseError::Syntax(s) => {
            let (line, column) = s
                .location()
                .map_or((1, 1), |l| (l.start.line + 1, l.start.column + 1));
            LoadError::Rdf {
                path: path.to_owned(),
                line,
                column,
                message: s.to_string(),
            }
        }
        RdfParseError::Io(e) if e.kind() == std::io::ErrorKind::InvalidData => LoadError::Rdf {
            path: path.to_owned(),
            line: 0,
            column: 0,
            message: format!("invalid data: {e}"),
        },
        RdfParseError::Io(source) => LoadError::Io {
            path: path.to_owned(),
            source,
        },
    }
}

/// Decodes UTF-8, naming the line and column of the first bad byte.
pub fn utf8(bytes: &[u8], name: &str) -> Result<String, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let text = String::from_utf8_lossy(good);
            let line = text.matches('\n').count() + 1;
            let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(LoadError::Encoding {
                path: name.to_owned(),
                line,
                column,
                offset: e.valid_up_to(),
            })
        }
    }
}

fn known_in_store(lookup: &dyn KeyLookup, kind: RefKind, reference: &str) -> bool {
    use crate::chinese::to_simplified;
    use crate::identity::key;
    match kind {
        RefKind::Organization => lookup
            .find_key(&key::organization(&to_simplified(reference)))
            .is_some(),
        RefKind::Source => lookup.find_key(&key::source(reference)).is_some(),
        RefKind::Person => false,
    }
}

fn remember_keys(overlay: &Overlay<'_>, quads: &[Quad]) {
    let Ok(mut keys) = overlay.keys.lock() else { return };
    for q in quads.iter().filter(|q| q.predicate == orgkg::IDENTITY_KEY) {
        if let (NamedOrBlankNode::NamedNode(s), Term::Literal(k)) = (&q.subject, &q.object) {
            keys.entry(k.value().to_owned()).or_insert_with(|| s.clone());
        }
    }
}

/// The quads that describe a loaded graph in itself: where it came from, when, and its content hash.
fn graph_description(graph: &NamedNode, request: &LoadRequest, hash: &str, dataset: &Dataset) -> Vec<Quad> {
    let g = GraphName::NamedNode(graph.clone());
    let q = |p: NamedNodeRef<'_>, o: Term| Quad::new(graph.clone(), p, o, g.clone());
    let mut out = vec![
        q(rdf::TYPE, orgkg::SOURCE_GRAPH.into_owned().into()),
        q(
            orgkg::LOADED_FROM,
            Literal::new_simple_literal(request.input.name()).into(),
        ),
        q(orgkg::CONTENT_HASH, Literal::new_simple_literal(hash).into()),
        q(
            orgkg::LOAD_METHOD,
            Literal::new_simple_literal(request.format.method()).into(),
        ),
        q(
            prov::GENERATED_AT_TIME,
            Literal::new_typed_literal(
                chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                xsd::DATE_TIME,
            )
            .into(),
        ),
    ];
    if let Some(url) = request.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
        out.push(q(schema::URL, url.into()));
    }
    for source in &dataset.sources {
        let iri = crate::identity::mint("source", &crate::identity::key::source(&source.id));
        out.push(q(prov::WAS_DERIVED_FROM, iri.into()));
    }
    out
}
