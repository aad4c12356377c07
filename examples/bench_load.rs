//! Load benchmark: orgkg's loader against Oxigraph's own bulk loader on the same N-Triples file, and the
//! curated-records loader on a generated YAML file.
//!
//! Run (release build, numbers go in the README):
//!
//! ```sh
//! cargo run --release -- generate --orgs 2150 --format ntriples -o /tmp/g1m.nt
//! cargo run --release -- generate --orgs 2150 --format yaml -o /tmp/g1m.yaml
//! cargo run --release --example bench_load -- oxigraph /tmp/g1m.nt
//! cargo run --release --example bench_load -- orgkg /tmp/g1m.nt
//! cargo run --release --example bench_load -- records /tmp/g1m.yaml
//! ```
//!
//! Each run loads into a fresh on-disk store in a temporary directory and prints the rate and the process's
//! peak resident memory (VmHWM); one step per process, so the peaks do not mix.

use orgkg::lexicon::Lexicon;
use orgkg::load::{LoadRequest, Loader};
use orgkg::store::{Access, Location, OrgStore};
use oxigraph::io::RdfFormat;
use oxigraph::store::Store;
use std::time::Instant;

mod common;
use common::peak_memory_mb;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(file)) = (args.first(), args.get(1)) else {
        anyhow::bail!("usage: bench_load oxigraph|orgkg FILE.nt | bench_load records FILE.yaml");
    };
    let lexicon = Lexicon::builtin();
    match mode.as_str() {
        "oxigraph" => oxigraph_bulk(file, None),
        "oxigraph-named" => oxigraph_bulk(file, Some("https://w3id.org/orgkg/graph/bench")),
        "orgkg" => orgkg_load(file, &lexicon),
        "records" => records(file, &lexicon),
        "parse" => parse_only(file, &lexicon),
        other => anyhow::bail!("unknown mode {other}"),
    }
}

/// Oxigraph's bulk loader, as its own CLI uses it, into the default graph or (like orgkg) a named graph.
fn oxigraph_bulk(nt: &str, graph: Option<&str>) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    let started = Instant::now();
    let mut loader = store.bulk_loader();
    let mut parser = oxigraph::io::RdfParser::from_format(RdfFormat::NTriples);
    if let Some(g) = graph {
        parser = parser.with_default_graph(oxigraph::model::NamedNode::new(g)?);
    }
    loader.load_from_reader(parser, std::io::BufReader::new(std::fs::File::open(nt)?))?;
    loader.commit()?;
    let seconds = started.elapsed().as_secs_f64();
    let n = store.len()?;
    let into = if graph.is_some() {
        "named graph  "
    } else {
        "default graph"
    };
    println!(
        "oxigraph bulk loader, {into}  {n:>10} quads  {seconds:>7.2} s  {:>9.0} quads/s  peak {:.0} MB",
        n as f64 / seconds,
        peak_memory_mb()
    );
    Ok(())
}

/// orgkg: parse, materialize, named graph, provenance, atomic commit.
fn orgkg_load(nt: &str, lexicon: &Lexicon) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = OrgStore::open(&Location::Disk(dir.path().join("s")), Access::Write)?;
    let started = Instant::now();
    let outcome = Loader::new(&store, lexicon).load(&[LoadRequest::file(nt)?])?;
    let seconds = started.elapsed().as_secs_f64();
    let input = std::io::BufRead::lines(std::io::BufReader::new(std::fs::File::open(nt)?)).count() as f64;
    println!(
        "orgkg load             {:>10} quads  {seconds:>7.2} s  {:>9.0} input triples/s  peak {:.0} MB",
        outcome[0].quads,
        input / seconds,
        peak_memory_mb()
    );
    Ok(())
}

fn records(yaml: &str, lexicon: &Lexicon) -> anyhow::Result<()> {
    {
        let text = std::fs::read_to_string(yaml)?;
        let started = Instant::now();
        let dataset =
            orgkg::records::Dataset::parse(&text, orgkg::records::RecordFormat::Yaml, yaml.as_ref())?;
        let parse = started.elapsed().as_secs_f64();
        let started = Instant::now();
        dataset.check(&text, yaml.as_ref(), &|_, _| false, lexicon)?;
        let cctx = orgkg::convert::ConvertContext {
            lexicon,
            lookup: &orgkg::identity::NoLookup,
            graph: orgkg::identity::graph_iri("bench"),
            text: &text,
            file: yaml.as_ref(),
        };
        let rules = orgkg::materialize::Rules::new(lexicon);
        let quads = orgkg::materialize::materialize_all(&rules, orgkg::convert::convert(&dataset, &cctx)?);
        let convert = started.elapsed().as_secs_f64();
        println!(
            "  YAML parse {parse:.2} s; check, convert and materialize {convert:.2} s ({} quads)",
            quads.len()
        );
        let records = dataset.organizations.len()
            + dataset.organizations.iter().map(|o| o.units.len()).sum::<usize>()
            + dataset.people.len()
            + dataset.people.iter().map(|p| p.posts.len()).sum::<usize>()
            + dataset.meetings.len()
            + dataset
                .meetings
                .iter()
                .map(|m| m.participants.len() + m.reports.len())
                .sum::<usize>();
        let dir = tempfile::tempdir()?;
        let store = OrgStore::open(&Location::Disk(dir.path().join("s")), Access::Write)?;
        let started = Instant::now();
        let outcome = Loader::new(&store, lexicon).load(&[LoadRequest::file(yaml)?])?;
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "orgkg load records     {records:>10} records ({} quads)  {seconds:>7.2} s  {:>9.0} records/s  peak {:.0} MB",
            outcome[0].quads,
            records as f64 / seconds,
            peak_memory_mb()
        );
    }
    Ok(())
}

/// Parsing and materializing alone, without a store: where the loader's own time goes.
fn parse_only(nt: &str, lexicon: &Lexicon) -> anyhow::Result<()> {
    let rules = orgkg::materialize::Rules::new(lexicon);
    let started = Instant::now();
    let parser = oxigraph::io::RdfParser::from_format(RdfFormat::NTriples);
    let mut n = 0;
    for q in parser.for_reader(std::io::BufReader::new(std::fs::File::open(nt)?)) {
        q?;
        n += 1;
    }
    let parse = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let mut m = rules.materializer();
    let mut out = Vec::new();
    let mut total = 0;
    for q in oxigraph::io::RdfParser::from_format(RdfFormat::NTriples)
        .for_reader(std::io::BufReader::new(std::fs::File::open(nt)?))
    {
        m.push(q?, &mut out);
        total += out.len();
        out.clear();
    }
    m.finish(&mut out);
    let both = started.elapsed().as_secs_f64();
    println!(
        "parse {n} triples {parse:.2} s; parse + materialize {both:.2} s ({} quads out)",
        total + out.len()
    );
    Ok(())
}
