//! Fuzzes decoding, normalization and extraction: any bytes either fail to decode with an error, or give text
//! whose extraction never panics and never states a fact without evidence pointing into that text.
//!
//! Run with `cargo fuzz run normalize_extract fuzz/seeds` from the crate root (cargo-fuzz, nightly or
//! `cargo +stable fuzz run -s none`). The same check runs on every seed and its mutations as a plain test:
//! `cargo test --test fuzz_corpus`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orgkg::extract::{ExtractOptions, Extractor};
use orgkg::lexicon::Lexicon;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(|| Extractor::new(&Lexicon::builtin()));
    let Ok(text) = orgkg::normalize::decode(data) else {
        return;
    };
    let normalized = orgkg::normalize::normalize(&text);
    assert_eq!(
        normalized.text.chars().count(),
        normalized.original_text.chars().count()
    );
    let opts = ExtractOptions {
        source_id: "fuzz".into(),
        published: Some("2025-01-01".into()),
        ..ExtractOptions::default()
    };
    let extraction = extractor.extract(&text, &opts);
    if let Err(e) = extraction.check_evidence(&text) {
        panic!("{e}");
    }
});
