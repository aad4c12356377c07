//! The fuzz target's check as a plain test: every seed in `fuzz/seeds/` and deterministic mutations of it
//! (truncations, byte flips, spliced fragments) either fail to decode or extract without a panic and without a
//! fact whose evidence does not point into the text. `cargo fuzz run normalize_extract fuzz/seeds` explores
//! further where cargo-fuzz is installed.

use orgkg::extract::{Extraction, Extractor};
use orgkg::lexicon::Lexicon;

fn check(extractor: &Extractor, bytes: &[u8]) {
    if let Err(e) = Extraction::check_invariants(extractor, bytes) {
        panic!("{e}");
    }
    if let Ok(text) = orgkg::normalize::decode(bytes)
        && let Err(e) = orgkg::html::check_page_invariants(extractor, &text)
    {
        panic!("{e}\ninput: {text:?}");
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
}

#[test]
fn seeds_and_their_mutations_keep_the_invariants() {
    let extractor = Extractor::new(&Lexicon::builtin());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 5);
    let fragments: Vec<&[u8]> = vec![
        "（".as_bytes(),
        "(xié)".as_bytes(),
        "主办、".as_bytes(),
        "\n".as_bytes(),
        "“".as_bytes(),
        "出席并讲话".as_bytes(),
        b"\xff",
        b"\x00",
        "。".as_bytes(),
        "会长".as_bytes(),
        b"<p>",
        b"</p><script>x",
        b"&ldquo;",
        b"&#x",
        b"<!--",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for seed in &seeds {
        check(&extractor, seed);
        for _ in 0..150 {
            let mut bytes = seed.clone();
            match rng.next() % 4 {
                0 => bytes.truncate(rng.next() % (bytes.len() + 1)),
                1 => {
                    for _ in 0..3 {
                        if !bytes.is_empty() {
                            let at = rng.next() % bytes.len();
                            bytes[at] ^= 1 << (rng.next() % 8);
                        }
                    }
                }
                2 => {
                    let at = rng.next() % (bytes.len() + 1);
                    let piece = fragments[rng.next() % fragments.len()];
                    bytes.splice(at..at, piece.iter().copied());
                }
                _ => {
                    let from = rng.next() % (bytes.len() + 1);
                    let to = from + rng.next() % (bytes.len() - from + 1);
                    bytes.drain(from..to);
                }
            }
            check(&extractor, &bytes);
        }
    }
}
