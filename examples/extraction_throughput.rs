//! Measures normalization and extraction throughput on one core: the seed report (or the report given as a
//! second argument, an English one say) repeated into a text of a few megabytes (as paragraphs, and as one single
//! line), timed end to end.
//!
//! Run with `cargo run --release --example extraction_throughput [-- MEGABYTES [REPORT.txt]]`.

use orgkg::extract::{ExtractOptions, Extractor};
use orgkg::lexicon::Lexicon;
use orgkg::normalize::normalize;
use std::time::Instant;

fn main() {
    let megabytes: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(4.0);
    let seed = match std::env::args().nth(2) {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => include_str!("../data/seed/cnia-2025-local-association-symposium.txt").to_owned(),
    };
    let target = (megabytes * 1_000_000.0) as usize;
    let mut paragraphs = String::with_capacity(target + seed.len());
    while paragraphs.len() < target {
        paragraphs.push_str(&seed);
        paragraphs.push('\n');
    }
    let one_line = paragraphs.replace('\n', " ");
    let extractor = Extractor::new(&Lexicon::builtin());
    let opts = ExtractOptions {
        source_id: "bench".into(),
        ..ExtractOptions::default()
    };
    for (what, text) in [("paragraphs", &paragraphs), ("one line", &one_line)] {
        let mb = text.len() as f64 / 1_000_000.0;
        let started = Instant::now();
        let n = normalize(text);
        let normalized = started.elapsed().as_secs_f64();
        let started = Instant::now();
        let got = extractor.extract(text, &opts);
        let extracted = started.elapsed().as_secs_f64();
        println!(
            "{what}: {mb:.1} MB; normalize alone {:.2} MB/s; normalize+extract {:.2} MB/s ({} chars, {} people, {} participations)",
            mb / normalized,
            mb / extracted,
            n.len_chars(),
            got.dataset.people.len(),
            got.dataset.meetings.first().map_or(0, |m| m.participants.len())
        );
    }
}
