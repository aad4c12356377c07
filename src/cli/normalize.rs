//! `orgkg normalize`: print a report's text as the extractor reads it (simplified, pinyin removed, punctuation
//! unified, broken names mended), or as the source spelled it with only pinyin and mended spaces removed.

use super::Context;
use anyhow::{Context as _, Result};
use clap::Args;
use orgkg::normalize::{DecodeError, decode, normalize};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct NormalizeArgs {
    /// The report: text (UTF-8, UTF-16 or GB18030) or a saved web page (HTML).
    pub file: PathBuf,
    /// Print the source's spelling (traditional characters kept) instead of the simplified text.
    #[arg(long)]
    pub original: bool,
}

pub fn run(_ctx: &Context, args: &NormalizeArgs, out: &mut dyn Write) -> Result<()> {
    let bytes = std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let text = match decode(&bytes) {
        Ok(text) => text,
        Err(DecodeError::Empty) => {
            let _ = writeln!(
                std::io::stderr(),
                "notice: {} is empty; nothing to normalize",
                args.file.display()
            );
            return Ok(());
        }
        Err(e) => return Err(e).with_context(|| format!("reading {}", args.file.display())),
    };
    // A saved web page: the text it shows.
    let text = if orgkg::html::looks_like_html(&text) {
        orgkg::html::page_text(&text).text
    } else {
        text
    };
    let normalized = normalize(&text);
    let shown = if args.original {
        &normalized.original_text
    } else {
        &normalized.text
    };
    out.write_all(shown.as_bytes())?;
    if !shown.ends_with('\n') {
        writeln!(out)?;
    }
    Ok(())
}
