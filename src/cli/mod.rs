//! Command-line definitions (what the user typed) and their turning into a validated context.
//!
//! clap types stay in the binary: each subcommand's module turns its arguments into library calls.

use anyhow::{Context as _, Result, bail};
use clap::{Args, Parser, Subcommand};
use orgkg::extract::Extractor;
use orgkg::lexicon::Lexicon;
use orgkg::load::{Input, InputFormat, LoadRequest, Loader};
use orgkg::store::{Access, Location, OrgStore, default_location};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub mod analyze;
pub mod demo;
pub mod dump;
pub mod endpoint;
pub mod explain;
pub mod export;
pub mod extract;
pub mod generate;
pub mod load;
pub mod normalize;
pub mod push;
pub mod query;
pub mod questions;
pub mod render;
pub mod serve;
pub mod stats;
pub mod unload;
pub mod validate;

/// orgkg: a knowledge graph of industry organizations, their people, posts and meetings.
#[derive(Debug, Parser)]
#[command(name = "orgkg", version, about, long_about = None, max_term_width = 110)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand takes, before or after its name.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The store directory [default: ~/.local/share/orgkg/store].
    #[arg(long, global = true, env = "ORGKG_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Use a throwaway in-memory store instead of the one on disk.
    #[arg(long, global = true, conflicts_with = "store")]
    pub memory: bool,
    /// Load these files (or directories) into the store before the command runs; handy with --memory.
    #[arg(long, global = true, value_name = "PATH")]
    pub preload: Vec<PathBuf>,
    /// A directory of lexicon files (post-roles.tsv, meeting-roles.tsv, org-kinds.tsv, ...) extending the built-in ones.
    #[arg(long, global = true, env = "ORGKG_LEXICON", value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load the bundled seed meeting and show what orgkg answers (start here).
    Demo(demo::DemoArgs),
    /// Load curated records (YAML/JSON), news reports (.txt, .html) or RDF files into the store.
    Load(load::LoadArgs),
    /// Remove loaded sources (by file or graph IRI) and everything they said, in one transaction.
    Unload(unload::UnloadArgs),
    /// Print a news report's text as the extractor reads it: simplified, pinyin removed, punctuation unified.
    Normalize(normalize::NormalizeArgs),
    /// Draft records (YAML or JSON) from news reports for review, every fact with its evidence sentence.
    Extract(extract::ExtractArgs),
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all graphs.
    Query(query::QueryArgs),
    /// Run a SPARQL update.
    Update(query::UpdateArgs),
    /// Who took part in a meeting, in which role, with title and on behalf of whom.
    WhoAttended(questions::EntityArgs),
    /// The meetings a person or organization took part in.
    Meetings(questions::EntityArgs),
    /// The posts a person holds, with organization, as-of date and source.
    Posts(questions::EntityArgs),
    /// Everyone holding a post in an organization or any of its units.
    Members(questions::EntityArgs),
    /// Find entities by any label: Chinese (simplified or traditional), pinyin, English, or part of a name.
    Search(questions::SearchArgs),
    /// Show every source, label, key and post of an entity, and why its mentions were merged.
    Explain(explain::ExplainArgs),
    /// Counts by class, the graphs and the sources in the store.
    Stats(stats::StatsArgs),
    /// Check the store against the SHACL shapes (ontology/shapes.ttl) and report what does not conform.
    Validate(validate::ValidateArgs),
    /// Write the whole store, or one graph, in an RDF format.
    Dump(dump::DumpArgs),
    /// Draw a diagram (org, meeting, ego, path, or a CONSTRUCT query) as DOT, SVG, PNG or PDF.
    Render(render::RenderArgs),
    /// Network measures: degree, betweenness, components, communities; or explain a path (--path A B).
    Analyze(analyze::AnalyzeArgs),
    /// Export the graph or a projection as GraphML, GEXF, Cytoscape.js JSON, CSV or Mermaid.
    Export(export::ExportArgs),
    /// Write a synthetic graph of N organizations for benchmarks (deterministic for a seed).
    Generate(generate::GenerateArgs),
    /// Serve the store over HTTP: SPARQL endpoint, Graph Store, and a web page (loopback by default).
    Serve(serve::ServeArgs),
    /// Upload the store, or one graph, to a SPARQL server (Graph Store Protocol or SPARQL Update).
    Push(push::PushArgs),
}

/// The validated settings the subcommands share.
pub struct Context {
    pub location: Location,
    pub lexicon: Lexicon,
    /// The `--lexicon` directory, which may also hold the extraction lexicons (role-verbs.tsv, ...).
    pub lexicon_dir: Option<PathBuf>,
    pub preload: Vec<PathBuf>,
    /// The report extractor, built on first use.
    extractor: std::sync::OnceLock<Extractor>,
}

impl Context {
    pub fn from_args(global: &GlobalArgs) -> Result<Self> {
        let location = if global.memory {
            Location::Memory
        } else {
            Location::Disk(global.store.clone().unwrap_or_else(default_location))
        };
        let lexicon = match &global.lexicon {
            Some(dir) => Lexicon::with_extensions(dir)
                .with_context(|| format!("reading lexicons from {}", dir.display()))?,
            None => Lexicon::builtin(),
        };
        Ok(Self {
            location,
            lexicon,
            lexicon_dir: global.lexicon.clone(),
            preload: global.preload.clone(),
            extractor: std::sync::OnceLock::new(),
        })
    }

    /// Opens the store for a command; `--preload` files are loaded first (which needs write access).
    pub fn open(&self, access: Access) -> Result<OrgStore> {
        let access = if self.preload.is_empty() {
            access
        } else {
            Access::Write
        };
        let store = OrgStore::open(&self.location, access)?;
        if !self.preload.is_empty() {
            let requests = expand_paths(&self.preload, None)?;
            self.loader(&store)?
                .load(&requests)
                .context("loading the --preload files")?;
        }
        Ok(store)
    }

    /// The extractor for news reports, with the `--lexicon` directory's extraction lexicons.
    pub fn extractor(&self) -> Result<&Extractor> {
        if let Some(e) = self.extractor.get() {
            return Ok(e);
        }
        let extractor = match &self.lexicon_dir {
            Some(dir) => Extractor::with_lexicon_dir(&self.lexicon, dir)
                .with_context(|| format!("reading extraction lexicons from {}", dir.display()))?,
            None => Extractor::new(&self.lexicon),
        };
        Ok(self.extractor.get_or_init(|| extractor))
    }

    /// A loader that reads news reports with the extractor.
    pub fn loader<'a>(&'a self, store: &'a OrgStore) -> Result<Loader<'a>> {
        Ok(Loader::new(store, &self.lexicon).with_extractor(self.extractor()?))
    }
}

/// Turns paths (files, directories, `-`) into load requests; directories are walked for known extensions.
pub fn expand_paths(paths: &[PathBuf], format: Option<InputFormat>) -> Result<Vec<LoadRequest>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let Some(format) = format else {
                bail!("reading standard input needs --format (yaml, json, report, turtle, ntriples, ...)")
            };
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
                .context("reading standard input")?;
            out.push(LoadRequest {
                input: Input::Bytes {
                    name: "stdin".into(),
                    bytes,
                },
                format,
                graph: None,
                url: None,
                published: None,
            });
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files).with_context(|| format!("reading directory {}", path.display()))?;
            files.sort();
            for f in files {
                if let Some(fmt) = format.or_else(|| InputFormat::from_path(&f)) {
                    out.push(LoadRequest {
                        input: Input::File(f),
                        format: fmt,
                        graph: None,
                        url: None,
                        published: None,
                    });
                }
            }
        } else {
            if !path.exists() {
                bail!("{}: no such file or directory", path.display());
            }
            let Some(format) = format.or_else(|| InputFormat::from_path(path)) else {
                bail!(orgkg::load::LoadError::UnknownFormat(path.display().to_string()));
            };
            out.push(LoadRequest {
                input: Input::File(path.clone()),
                format,
                graph: None,
                url: None,
                published: None,
            });
        }
    }
    Ok(out)
}

pub fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if InputFormat::from_path(&path).is_some() {
            out.push(path);
        }
    }
    Ok(())
}

/// The writer a command's `-o FILE` names, or standard output; `file` holds the opened file.
pub fn output<'a>(
    path: Option<&std::path::Path>,
    out: &'a mut dyn std::io::Write,
    file: &'a mut Option<std::io::BufWriter<std::fs::File>>,
) -> Result<&'a mut dyn std::io::Write> {
    match path {
        Some(path) => {
            let created =
                std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
            Ok(file.insert(std::io::BufWriter::new(created)))
        }
        None => Ok(out),
    }
}

/// Whether standard error is a terminal (progress bars go there only then).
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}
