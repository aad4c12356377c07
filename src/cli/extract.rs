//! `orgkg extract`: draft records from news reports for review, as YAML (default) or JSON, without loading them.
//! Notices (a report with no meeting, an empty file) go to standard error; the exit status stays 0 for them.

use super::Context;
use anyhow::{Context as _, Result, bail};
use clap::Args;
use orgkg::extract::ExtractOptions;
use orgkg::normalize::{DecodeError, decode};
use orgkg::records::Dataset;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The reports: text (UTF-8, UTF-16 or GB18030) or saved web pages (HTML); a directory stands for the
    /// `.txt` and `.html` files in it (and below), `-` for standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output: yaml (one document per report) or json (an object, or an array for several reports).
    #[arg(long, default_value = "yaml")]
    pub format: String,
    /// Where the report was published (recorded in the source).
    #[arg(long)]
    pub url: Option<String>,
    /// The publication date, YYYY-MM-DD: gives the meeting's year when the text omits it.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
}

pub fn run(ctx: &Context, args: &ExtractArgs, out: &mut dyn Write) -> Result<()> {
    if !matches!(args.format.as_str(), "yaml" | "json") {
        bail!("unknown format '{}'; expected yaml or json", args.format);
    }
    if let Some(date) = &args.published {
        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .with_context(|| format!("--published {date}: expected a date YYYY-MM-DD"))?;
    }
    let extractor = ctx.extractor()?;
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut stderr = std::io::stderr();
    let mut datasets: Vec<Dataset> = Vec::new();
    for file in reports(&args.files)? {
        let stdin = file.as_os_str() == "-";
        let name = if stdin {
            "standard input".to_owned()
        } else {
            file.display().to_string()
        };
        let bytes = if stdin {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
                .context("reading standard input")?;
            bytes
        } else {
            std::fs::read(&file).with_context(|| format!("reading {name}"))?
        };
        let text = match decode(&bytes) {
            Ok(text) => text,
            Err(DecodeError::Empty) => {
                let _ = writeln!(stderr, "notice: {name} is empty; no records drafted");
                continue;
            }
            Err(e) => return Err(e).with_context(|| format!("reading {name}")),
        };
        let opts = ExtractOptions {
            source_id: if stdin {
                "stdin".into()
            } else {
                file.file_stem()
                    .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned())
            },
            title: None,
            page_title: None,
            file: (!stdin)
                .then(|| file.file_name().map(|f| f.to_string_lossy().into_owned()))
                .flatten(),
            url: args.url.clone(),
            published: args.published.clone(),
            extracted_at: Some(now.clone()),
            tool: Some(format!("orgkg {}", env!("CARGO_PKG_VERSION"))),
        };
        let extraction = orgkg::html::extract_any(extractor, &text, &opts);
        for notice in &extraction.notices {
            let _ = writeln!(stderr, "notice: {notice}");
        }
        if !extraction.dataset.is_empty() {
            datasets.push(extraction.dataset);
        }
    }
    match (args.format.as_str(), datasets.as_slice()) {
        ("json", [one]) => writeln!(out, "{}", one.to_json())?,
        ("json", many) => writeln!(out, "{}", serde_json::to_string_pretty(many)?)?,
        (_, many) => {
            for (i, d) in many.iter().enumerate() {
                if i > 0 {
                    writeln!(out, "---")?;
                }
                write!(out, "{}", d.to_yaml())?;
            }
        }
    }
    Ok(())
}

/// The reports named: files as given, directories as the reports in them (sorted), `-` as is.
fn reports(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            super::walk(path, &mut found).with_context(|| format!("reading directory {}", path.display()))?;
            found
                .retain(|f| orgkg::load::InputFormat::from_path(f) == Some(orgkg::load::InputFormat::Report));
            if found.is_empty() {
                bail!(
                    "{}: no reports (.txt or .html files) in this directory",
                    path.display()
                );
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}
