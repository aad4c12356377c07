//! The `orgkg` command line: a thin layer over the library.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod cli;

use clap::Parser;
use cli::{Cli, Command, Context};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // A closed pipe (`orgkg ... | head`) is not a failure.
            if error.chain().any(|e| {
                e.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            let mut stderr = std::io::stderr().lock();
            let _ = write!(stderr, "error: {error}");
            for cause in error.chain().skip(1) {
                let _ = write!(stderr, "\n  caused by: {cause}");
            }
            let _ = writeln!(stderr);
            ExitCode::FAILURE
        }
    }
}

fn run(args: Cli) -> anyhow::Result<()> {
    let ctx = Context::from_args(&args.global)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.command {
        Command::Demo(a) => cli::demo::run(&ctx, &a, &mut out)?,
        Command::Load(a) => cli::load::run(&ctx, &a, &mut out)?,
        Command::Unload(a) => cli::unload::run(&ctx, &a, &mut out)?,
        Command::Normalize(a) => cli::normalize::run(&ctx, &a, &mut out)?,
        Command::Extract(a) => cli::extract::run(&ctx, &a, &mut out)?,
        Command::Query(a) => cli::query::run(&ctx, &a, &mut out)?,
        Command::Update(a) => cli::query::run_update(&ctx, &a, &mut out)?,
        Command::WhoAttended(a) => cli::questions::who_attended(&ctx, &a, &mut out)?,
        Command::Meetings(a) => cli::questions::meetings(&ctx, &a, &mut out)?,
        Command::Posts(a) => cli::questions::posts(&ctx, &a, &mut out)?,
        Command::Members(a) => cli::questions::members(&ctx, &a, &mut out)?,
        Command::Search(a) => cli::questions::search(&ctx, &a, &mut out)?,
        Command::Explain(a) => cli::explain::run(&ctx, &a, &mut out)?,
        Command::Stats(a) => cli::stats::run(&ctx, &a, &mut out)?,
        Command::Validate(a) => cli::validate::run(&ctx, &a, &mut out)?,
        Command::Dump(a) => cli::dump::run(&ctx, &a, &mut out)?,
        Command::Generate(a) => cli::generate::run(&ctx, &a, &mut out)?,
        Command::Render(a) => cli::render::run(&ctx, &a, &mut out)?,
        Command::Analyze(a) => cli::analyze::run(&ctx, &a, &mut out)?,
        Command::Export(a) => cli::export::run(&ctx, &a, &mut out)?,
        Command::Serve(a) => cli::serve::run(&ctx, &a, &mut std::io::stderr())?,
        Command::Push(a) => cli::push::run(&ctx, &a, &mut out)?,
    }
    out.flush()?;
    Ok(())
}
