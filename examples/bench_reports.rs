//! Report-loading benchmark: N news reports extracted and loaded in one command, into a fresh store on disk.
//!
//! The reports are the test set's (`tests/fixtures/news/*.txt` and the seed report) taken in turn, each copy
//! with a line of its own at the end, so that every copy is a source (and a graph) of its own while the people,
//! organizations and meetings they name repeat as they would across a real archive.
//!
//! Run (release build, numbers go in the README):
//!
//! ```sh
//! cargo run --release --example bench_reports -- 1000
//! ```

use orgkg::extract::Extractor;
use orgkg::lexicon::Lexicon;
use orgkg::load::{LoadRequest, Loader};
use orgkg::store::{Access, Location, OrgStore};
use std::path::{Path, PathBuf};
use std::time::Instant;

mod common;
use common::peak_memory_mb;

fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut originals: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/news"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    originals.push(root.join("data/seed/cnia-2025-local-association-symposium.txt"));
    originals.sort();
    let texts: Vec<Vec<u8>> = originals.iter().map(std::fs::read).collect::<Result<_, _>>()?;
    let dir = tempfile::tempdir()?;
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports)?;
    let mut requests = Vec::with_capacity(n);
    let mut bytes = 0;
    for i in 0..n {
        let path = reports.join(format!("report-{i:05}.txt"));
        let mut text = texts[i % texts.len()].clone();
        // GB18030 and UTF-16 reports keep their encoding; the extra line only makes the copy a source of its own.
        if std::str::from_utf8(&text).is_ok() {
            text.extend_from_slice(format!("\n（第{i}份）\n").as_bytes());
        }
        bytes += text.len();
        std::fs::write(&path, text)?;
        requests.push(LoadRequest::file(&path)?);
    }
    let lexicon = Lexicon::builtin();
    let extractor = Extractor::new(&lexicon);
    let store = OrgStore::open(&Location::Disk(dir.path().join("store")), Access::Write)?;
    let started = Instant::now();
    let outcomes = Loader::new(&store, &lexicon)
        .with_extractor(&extractor)
        .load(&requests)?;
    let seconds = started.elapsed().as_secs_f64();
    let quads: u64 = outcomes.iter().map(|o| o.quads).sum();
    println!(
        "{n} reports ({:.1} MB, {} distinct texts), {quads} quads: {seconds:.2} s ({:.0} reports/s)  peak {:.0} MB",
        bytes as f64 / 1e6,
        texts.len(),
        n as f64 / seconds,
        peak_memory_mb()
    );
    Ok(())
}
