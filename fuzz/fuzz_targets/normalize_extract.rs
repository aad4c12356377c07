//! Fuzzes decoding, normalization and extraction (of text, and of the same text read as a web page): any bytes either fail to decode with an error, or give text
//! whose extraction never panics and never states a fact without evidence pointing into that text.
//!
//! Run with `cargo fuzz run normalize_extract fuzz/seeds` from the crate root (cargo-fuzz, nightly or
//! `cargo +stable fuzz run -s none`). The same check runs on every seed and its mutations as a plain test:
//! `cargo test --test fuzz_corpus`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orgkg::extract::{Extraction, Extractor};
use orgkg::lexicon::Lexicon;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(|| Extractor::new(&Lexicon::builtin()));
    if let Err(e) = Extraction::check_invariants(extractor, data) {
        panic!("{e}");
    }
    // The same bytes read as a saved web page.
    if let Ok(text) = orgkg::normalize::decode(data)
        && let Err(e) = orgkg::html::check_page_invariants(extractor, &text)
    {
        panic!("{e}");
    }
});
