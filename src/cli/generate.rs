//! `orgkg generate`: a synthetic graph for benchmarks, as records or as RDF.

use super::Context;
use anyhow::{Result, bail};
use clap::Args;
use orgkg::convert::{ConvertContext, convert};
use orgkg::identity::{NoLookup, graph_iri};
use orgkg::materialize::{Rules, materialize_all};
use oxigraph::io::RdfFormat;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many organizations (about 470 triples each: 2,150 give about a million).
    #[arg(long, default_value_t = 100)]
    pub orgs: usize,
    /// The random seed; the same seed gives the same graph.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// yaml or json (records), ntriples or nquads (RDF with the shortcuts materialized).
    #[arg(long, default_value = "yaml")]
    pub format: String,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: &GenerateArgs, out: &mut dyn Write) -> Result<()> {
    let dataset = orgkg::generate::generate(args.orgs, args.seed);
    let mut file = None;
    let writer = super::output(args.output.as_deref(), out, &mut file)?;
    match args.format.as_str() {
        "yaml" => writer.write_all(dataset.to_yaml().as_bytes())?,
        "json" => writeln!(writer, "{}", dataset.to_json())?,
        "ntriples" | "nt" | "nquads" | "nq" => {
            let name = format!("generated-{}-{}.yaml", args.orgs, args.seed);
            let text = dataset.to_yaml();
            let cctx = ConvertContext {
                lexicon: &ctx.lexicon,
                lookup: &NoLookup,
                graph: graph_iri(&name),
                text: &text,
                file: Path::new(&name),
            };
            let quads = materialize_all(&Rules::new(&ctx.lexicon), convert(&dataset, &cctx)?);
            let format = if args.format.starts_with("nq") {
                RdfFormat::NQuads
            } else {
                RdfFormat::NTriples
            };
            let mut ser = oxigraph::io::RdfSerializer::from_format(format).for_writer(writer);
            for q in &quads {
                if format == RdfFormat::NQuads {
                    ser.serialize_quad(q)?;
                } else {
                    ser.serialize_triple(q.as_ref())?;
                }
            }
            ser.finish()?.flush()?;
        }
        other => bail!("unknown format '{other}'; expected yaml, json, ntriples or nquads"),
    }
    Ok(())
}
