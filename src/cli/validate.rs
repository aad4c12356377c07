//! `orgkg validate`: check the store against the SHACL shapes.

use super::Context;
use anyhow::{Result, bail};
use clap::Args;
use orgkg::store::Access;
use orgkg::validate::{SHAPES, Severity, validate};
use std::io::Write;

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Output: table, json, or turtle (a SHACL validation report).
    #[arg(long, default_value = "table")]
    pub format: String,
}

pub fn run(ctx: &Context, args: &ValidateArgs, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open(Access::Read)?;
    let report = validate(store.store(), SHAPES)?;
    match args.format.as_str() {
        "table" => report.write_table(&mut *out)?,
        "json" => writeln!(out, "{}", serde_json::to_string_pretty(&report.to_json())?)?,
        "turtle" => report.write_turtle(&mut *out)?,
        other => bail!("unknown format '{other}'; expected table, json or turtle"),
    }
    let violations = report.count(Severity::Violation);
    if violations > 0 {
        out.flush()?;
        bail!("the store does not conform: {violations} violation(s)");
    }
    Ok(())
}
