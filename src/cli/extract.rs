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
    /// The reports: text (UTF-8, UTF-16 or GB18030) or saved web pages (HTML).
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
    for file in &args.files {
        let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let text = match decode(&bytes) {
            Ok(text) => text,
            Err(DecodeError::Empty) => {
                let _ = writeln!(stderr, "notice: {} is empty; no records drafted", file.display());
                continue;
            }
            Err(e) => return Err(e).with_context(|| format!("reading {}", file.display())),
        };
        let opts = ExtractOptions {
            source_id: file
                .file_stem()
                .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned()),
            title: None,
            file: file.file_name().map(|f| f.to_string_lossy().into_owned()),
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
