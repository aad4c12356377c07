//! The sealed reports in `tests/fixtures/news-sealed/`: written by someone who had not seen the extractor (see that
//! folder's README). All but batches 49 to 54, 61 to 63, 70 to 72, 79 to 81, 88 to 90, 100 to 102, 109 to 111, 112
//! to 114, 115 to 117, 118 to 123, 124 to 129, 133 to 138 and 142 to 144 have since been studied; those, the unseen measures of
//! stops 18 to 22 and 25 to 36, were moved here after their measure was taken, unstudied. The honest estimate of quality on unseen reports is the batch
//! kept apart during a stop and scored only at its start and end (see the README). This test keeps the whole folder
//! from dropping (floors a little under its score when the last batches were added), and prints the table with
//! `--nocapture`.

use orgkg::extract::{ExtractOptions, Extractor, Scores, differences, score};
use orgkg::lexicon::Lexicon;
use orgkg::normalize::decode;
use orgkg::records::Dataset;
use std::path::Path;

/// (kind, precision floor, recall floor): the folder's scores at the end of stop 22, when batches 79 to 81, 85 to 87
/// and 91 to 93 had joined it, less about 0.03.
const FLOORS: [(&str, f64, f64); 5] = [
    ("people", 0.97, 0.95),
    ("titles", 0.94, 0.91),
    ("organizations", 0.92, 0.88),
    ("roles", 0.92, 0.88),
    ("meeting facts", 0.92, 0.87),
];

#[test]
fn sealed_reports_do_not_drop_below_their_first_scores() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news-sealed");
    let mut texts: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
        .collect();
    texts.sort();
    assert!(
        texts.len() >= 1330,
        "expected the hundred and thirty-three sealed batches, found {} reports",
        texts.len()
    );
    let extractor = Extractor::new(&Lexicon::builtin());
    let mut total = Scores::default();
    let mut report = String::new();
    for text in texts {
        let gold: Dataset =
            serde_yaml_ng::from_str(&std::fs::read_to_string(text.with_extension("expected.yaml")).unwrap())
                .unwrap();
        let opts = ExtractOptions {
            source_id: text.file_stem().unwrap().to_str().unwrap().to_owned(),
            published: gold.sources.first().and_then(|s| s.published.clone()),
            ..ExtractOptions::default()
        };
        let original = decode(&std::fs::read(&text).unwrap()).unwrap();
        let got = orgkg::html::extract_any(&extractor, &original, &opts);
        for d in differences(&gold, &got.dataset) {
            report.push_str(&format!("{}: {d}\n", text.file_name().unwrap().to_str().unwrap()));
        }
        total.add(&score(&gold, &got.dataset));
    }
    println!("{total}");
    for ((kind, s), (name, p, r)) in total.kinds().into_iter().zip(FLOORS) {
        assert_eq!(kind, name);
        assert!(
            s.precision() >= p && s.recall() >= r,
            "{kind} dropped below {p}/{r}:\n{total}\n{report}"
        );
    }
}
