//! Measures extraction quality: precision, recall and F1 per kind of fact, for the seed report and every test
//! report in `tests/fixtures/news/` (each `x.txt` or saved page `x.html` beside its `x.expected.yaml`), per file
//! and overall.
//!
//! Run with `cargo run --example extraction_quality`; add `-- --diff` to list the facts that differ, or
//! `-- --yaml NAME` to print the records drafted from one report, or `-- --only PREFIX` to score only the reports
//! whose names start with PREFIX (`heldout` for the reports written after the extractor was tuned). `-- --dir DIR`
//! scores the reports of another directory instead (a batch not yet added to the test set, say).

use orgkg::extract::{ExtractOptions, Extractor, Scores, differences, score};
use orgkg::lexicon::Lexicon;
use orgkg::normalize::decode;
use orgkg::records::Dataset;
use std::io::Write;
use std::path::{Path, PathBuf};

fn cases(root: &Path, dir: Option<&Path>) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    if dir.is_none() {
        out.push((
            root.join("data/seed/cnia-2025-local-association-symposium.txt"),
            root.join("data/seed/cnia-2025-local-association-symposium.yaml"),
        ));
    }
    let dir = dir.map_or_else(|| root.join("tests/fixtures/news"), Path::to_path_buf);
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
                .collect()
        })
        .unwrap_or_default();
    texts.sort();
    for text in texts {
        let expected = text.with_extension("expected.yaml");
        out.push((text, expected));
    }
    out
}

fn main() -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match run(&mut out).and_then(|()| Ok(out.flush()?)) {
        // A closed pipe (`... | head`) ends the listing; it is not a failure.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            Ok(())
        }
        other => other,
    }
}

fn run(out: &mut impl Write) -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_diff = args.iter().any(|a| a == "--diff");
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let yaml_for = args
        .iter()
        .position(|a| a == "--yaml")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let dir = args
        .iter()
        .position(|a| a == "--dir")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let extractor = Extractor::new(&Lexicon::builtin());
    let mut total = Scores::default();
    writeln!(
        out,
        "| report | people P/R | titles P/R | organizations P/R | roles P/R | meeting facts P/R |"
    )?;
    writeln!(out, "| --- | --- | --- | --- | --- | --- |")?;
    for (text, expected) in cases(root, dir.as_deref()) {
        let stem = text.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        if only.as_deref().is_some_and(|p| !stem.starts_with(p)) {
            continue;
        }
        let name = text
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("?")
            .to_owned();
        let expected_text = std::fs::read_to_string(&expected)?;
        let expected: Dataset = serde_yaml_ng::from_str(&expected_text)?;
        let original = decode(&std::fs::read(&text)?)?;
        let source = expected.sources.first();
        let opts = ExtractOptions {
            source_id: name.clone(),
            file: text.file_name().and_then(|f| f.to_str()).map(str::to_owned),
            published: source.and_then(|s| s.published.clone()),
            ..ExtractOptions::default()
        };
        let got = orgkg::html::extract_any(&extractor, &original, &opts);
        if yaml_for.as_deref() == Some(name.as_str()) {
            writeln!(out, "{}", got.dataset.to_yaml())?;
            for notice in &got.notices {
                writeln!(out, "# notice: {notice}")?;
            }
        }
        let s = score(&expected, &got.dataset);
        let cell = |x: &orgkg::extract::Score| format!("{:.2}/{:.2}", x.precision(), x.recall());
        writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} |",
            cell(&s.people),
            cell(&s.titles),
            cell(&s.organizations),
            cell(&s.roles),
            cell(&s.meeting)
        )?;
        if show_diff {
            for d in differences(&expected, &got.dataset) {
                writeln!(out, "|   {d} | | | | | |")?;
            }
        }
        total.add(&s);
    }
    writeln!(out)?;
    writeln!(out, "Overall (micro-averaged over all reports):")?;
    writeln!(out)?;
    write!(out, "{total}")?;
    Ok(())
}
