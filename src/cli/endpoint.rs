//! `--endpoint URL`: the same questions against a remote SPARQL 1.1 endpoint instead of the local store.

use super::Context;
use anyhow::{Context as _, Result};
use orgkg::remote::RemoteEndpoint;
use orgkg::sparql::SparqlBackend;
use orgkg::store::{Access, OrgStore};

/// Where a question is asked: the local store, or a remote endpoint.
pub enum Backend {
    Local(OrgStore),
    Remote(RemoteEndpoint),
}

impl Backend {
    /// Opens the local store for reading, or the endpoint when one is given.
    pub fn open(ctx: &Context, endpoint: Option<&str>) -> Result<Self> {
        match endpoint {
            Some(url) => Ok(Self::Remote(
                RemoteEndpoint::new(url).with_context(|| format!("--endpoint {url}"))?,
            )),
            None => Ok(Self::Local(ctx.open(Access::Read)?)),
        }
    }

    /// The backend to run queries on.
    pub fn sparql(&self) -> &dyn SparqlBackend {
        match self {
            Self::Local(store) => store.store(),
            Self::Remote(endpoint) => endpoint,
        }
    }
}
