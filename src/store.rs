//! The store: an Oxigraph store on disk (or in memory), with the ontology and shapes kept loaded.
//!
//! Opening checks what a user can get wrong: a directory that is not a store, a store locked by another
//! process. Commands that only read open the store read-only, so they work beside a running `orgkg serve`.

use crate::identity::graph_iri;
use crate::vocab::{ns, orgkg, rdf};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphNameRef, Literal, NamedNode, Quad, QuadRef, TermRef};
use oxigraph::store::{StorageError, Store};
use std::path::{Path, PathBuf};

/// The SHACL shapes, built in.
pub const SHAPES: &str = include_str!("../ontology/shapes.ttl");

/// Errors opening a store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The directory exists, holds files, and is not an Oxigraph store.
    #[error(
        "{0} is not an orgkg store: the directory holds other files and no store (no CURRENT file); choose an empty or new directory with --store"
    )]
    NotAStore(PathBuf),
    /// The path is a file, not a directory.
    #[error("{0} is a file; a store is a directory (choose another path with --store)")]
    IsAFile(PathBuf),
    /// Another process holds the store's lock.
    #[error(
        "the store at {0} is in use by another process (is `orgkg serve` running on it?); read-only commands still work, or stop that process"
    )]
    Locked(PathBuf),
    /// A read-only command was run on a store that does not exist yet.
    #[error(
        "there is no store at {0} yet; run `orgkg demo` or `orgkg load FILE` first (or pass --store DIR)"
    )]
    Missing(PathBuf),
    /// This build has no on-disk store (built without the `rocksdb` feature).
    #[error(
        "{0}: this orgkg was built without the rocksdb feature, so it has no store on disk; use --memory"
    )]
    NoDisk(PathBuf),
    /// The storage layer failed.
    #[error("store at {path}: {source}")]
    Storage {
        /// The store's directory.
        path: String,
        /// The cause.
        source: StorageError,
    },
}

/// How a command uses the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reads only: opened read-only when it exists.
    Read,
    /// Writes: opened read-write, created if missing.
    Write,
}

/// Where the store lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// In memory, gone when the process ends.
    Memory,
    /// On disk in a directory.
    Disk(PathBuf),
}

/// The default store directory: `$XDG_DATA_HOME/orgkg/store` (`~/.local/share/orgkg/store` on Linux).
pub fn default_location() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("orgkg")
        .join("store")
}

/// An open store.
pub struct OrgStore {
    store: Store,
    location: Location,
    read_only: bool,
}

impl OrgStore {
    /// Opens (or creates) the store at `location`.
    pub fn open(location: &Location, access: Access) -> Result<Self, StoreError> {
        let path = match location {
            Location::Memory => {
                let store = Store::new().map_err(|source| StoreError::Storage {
                    path: "memory".into(),
                    source,
                })?;
                let this = Self {
                    store,
                    location: location.clone(),
                    read_only: false,
                };
                this.ensure_builtin_graphs()?;
                return Ok(this);
            }
            Location::Disk(path) => path,
        };
        Self::open_disk(location, path, access)
    }

    /// Without RocksDB (the `rocksdb` feature off, as the fuzz target builds it) there is no store on disk.
    #[cfg(not(feature = "rocksdb"))]
    fn open_disk(_location: &Location, path: &Path, _access: Access) -> Result<Self, StoreError> {
        Err(StoreError::NoDisk(path.to_path_buf()))
    }

    #[cfg(feature = "rocksdb")]
    fn open_disk(location: &Location, path: &Path, access: Access) -> Result<Self, StoreError> {
        let storage = |source: StorageError| classify(path, source);
        if path.is_file() {
            return Err(StoreError::IsAFile(path.to_path_buf()));
        }
        let exists = path.join("CURRENT").is_file();
        if !exists
            && path.is_dir()
            && std::fs::read_dir(path)
                .map(|mut d| d.next().is_some())
                .unwrap_or(false)
        {
            return Err(StoreError::NotAStore(path.to_path_buf()));
        }
        if access == Access::Read && exists {
            // A read-only open races with a writer in another process that is compacting (files named in the
            // manifest vanish): the writer settles within moments, so try again a few times.
            let mut attempt = 0;
            let store = loop {
                match Store::open_read_only(path) {
                    Ok(store) => break store,
                    Err(StorageError::Corruption(_)) if attempt < 20 => {
                        attempt += 1;
                        std::thread::sleep(std::time::Duration::from_millis(25 * attempt));
                    }
                    Err(e) => return Err(storage(e)),
                }
            };
            return Ok(Self {
                store,
                location: location.clone(),
                read_only: true,
            });
        }
        if access == Access::Read && !exists {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        std::fs::create_dir_all(path).map_err(|e| storage(StorageError::Io(e)))?;
        let store = Store::open(path).map_err(storage)?;
        let this = Self {
            store,
            location: location.clone(),
            read_only: false,
        };
        this.ensure_builtin_graphs()?;
        Ok(this)
    }

    /// An empty in-memory store with the ontology loaded.
    pub fn memory() -> Result<Self, StoreError> {
        Self::open(&Location::Memory, Access::Write)
    }

    /// The Oxigraph store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Where it lives.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// Whether it was opened read-only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Loads (or refreshes) the ontology and the shapes, each in a graph of its own, when missing or changed.
    fn ensure_builtin_graphs(&self) -> Result<(), StoreError> {
        let storage = |source: StorageError| StoreError::Storage {
            path: self.describe(),
            source,
        };
        for (name, text) in [("ontology", crate::materialize::ONTOLOGY), ("shapes", SHAPES)] {
            let graph = builtin_graph(name);
            let hash = Literal::new_simple_literal(content_hash(text.as_bytes()));
            let current = self
                .store
                .contains(QuadRef::new(&graph, orgkg::CONTENT_HASH, &hash, &graph))
                .map_err(storage)?;
            if current {
                continue;
            }
            let mut t = self.store.start_transaction().map_err(storage)?;
            t.clear_graph(&graph).map_err(storage)?;
            let parser = RdfParser::from_format(RdfFormat::Turtle).with_default_graph(graph.clone());
            for quad in parser.for_slice(text.as_bytes()) {
                let quad: Quad = quad.expect("the built-in ontology and shapes parse");
                t.insert(&quad);
            }
            t.insert(QuadRef::new(&graph, orgkg::CONTENT_HASH, &hash, &graph));
            t.insert(QuadRef::new(&graph, rdf::TYPE, orgkg::SOURCE_GRAPH, &graph));
            t.insert(QuadRef::new(
                &graph,
                orgkg::LOAD_METHOD,
                TermRef::from(&Literal::new_simple_literal("built-in")),
                &graph,
            ));
            t.commit().map_err(storage)?;
        }
        Ok(())
    }

    /// Compacts the store (RocksDB's full compaction). After a bulk load the data sits in many sorted files;
    /// compacted, a 1M-quad store answers who-attended in 6 ms instead of 32.
    pub fn optimize(&self) -> Result<(), StorageError> {
        #[cfg(feature = "rocksdb")]
        return self.store.optimize();
        #[cfg(not(feature = "rocksdb"))]
        Ok(())
    }

    /// A short description of the location, for messages.
    pub fn describe(&self) -> String {
        match &self.location {
            Location::Memory => "in-memory store".to_owned(),
            Location::Disk(p) => p.display().to_string(),
        }
    }

    /// The named graphs holding loaded sources (the built-in ontology and shapes graphs excluded).
    pub fn source_graphs(&self) -> Result<Vec<NamedNode>, StorageError> {
        let mut graphs: Vec<NamedNode> = self
            .store
            .named_graphs()
            .filter_map(|g| match g {
                Ok(oxigraph::model::NamedOrBlankNode::NamedNode(n)) if !is_builtin_graph(&n) => Some(Ok(n)),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            })
            .collect::<Result<_, _>>()?;
        graphs.sort();
        Ok(graphs)
    }

    /// Whether a named graph exists.
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool, StorageError> {
        self.store.contains_named_graph(graph)
    }

    /// The content hash recorded for a graph, if any.
    pub fn graph_hash(&self, graph: &NamedNode) -> Option<String> {
        self.store
            .quads_for_pattern(
                Some(graph.as_ref().into()),
                Some(orgkg::CONTENT_HASH),
                None,
                Some(GraphNameRef::NamedNode(graph.as_ref())),
            )
            .filter_map(Result::ok)
            .find_map(|q| match q.object {
                oxigraph::model::Term::Literal(l) => Some(l.value().to_owned()),
                _ => None,
            })
    }
}

/// The graph of a built-in vocabulary (`ontology`, `shapes`).
pub fn builtin_graph(name: &str) -> NamedNode {
    graph_iri(name)
}

/// True for the graphs orgkg manages itself.
pub fn is_builtin_graph(graph: &NamedNode) -> bool {
    graph.as_str() == format!("{}ontology", ns::GRAPH) || graph.as_str() == format!("{}shapes", ns::GRAPH)
}

/// The content hash orgkg records for a loaded source.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("xxh3:{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
}

#[cfg(feature = "rocksdb")]
fn classify(path: &Path, source: StorageError) -> StoreError {
    let text = source.to_string();
    if text.contains("lock") || text.contains("Resource temporarily unavailable") {
        StoreError::Locked(path.to_owned())
    } else {
        StoreError::Storage {
            path: path.display().to_string(),
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_has_the_ontology_once() {
        let s = OrgStore::memory().unwrap();
        let n = s.store().len().unwrap();
        assert!(n > 10);
        s.ensure_builtin_graphs().unwrap();
        assert_eq!(s.store().len().unwrap(), n);
        assert!(s.source_graphs().unwrap().is_empty());
    }

    #[test]
    fn refuses_a_directory_that_is_not_a_store() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "hello").unwrap();
        let err = OrgStore::open(&Location::Disk(dir.path().to_owned()), Access::Write)
            .err()
            .unwrap();
        assert!(matches!(err, StoreError::NotAStore(_)), "{err}");
        assert!(dir.path().join("notes.txt").is_file());
    }

    #[test]
    fn a_second_writer_is_told_the_store_is_locked_and_readers_still_work() {
        let dir = tempfile::tempdir().unwrap();
        let loc = Location::Disk(dir.path().join("s"));
        let first = OrgStore::open(&loc, Access::Write).unwrap();
        let err = OrgStore::open(&loc, Access::Write).err().unwrap();
        assert!(matches!(err, StoreError::Locked(_)), "{err}");
        let reader = OrgStore::open(&loc, Access::Read).unwrap();
        assert_eq!(reader.store().len().unwrap(), first.store().len().unwrap());
    }
}
