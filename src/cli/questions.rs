//! The everyday questions: `who-attended`, `meetings`, `posts`, `members` and `search`.

use super::Context;
use super::endpoint::Backend;
use anyhow::{Result, anyhow};
use clap::Args;
use orgkg::output::Table;
use orgkg::questions::{self, Kind, Named, Role};
use orgkg::sparql::SparqlBackend;
use oxigraph::model::NamedNode;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct EntityArgs {
    /// The entity: any of its labels (Chinese, pinyin, English), `id:…`, or a full IRI.
    pub name: String,
    /// Output: table, json, csv or tsv.
    #[arg(long, default_value = "table")]
    pub format: String,
    /// Language of names and roles in tables: zh or en.
    #[arg(long, default_value = "zh")]
    pub lang: String,
    /// Ask this SPARQL 1.1 endpoint instead of the local store (same queries, same output).
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for.
    pub text: String,
    /// Output: table, json, csv or tsv.
    #[arg(long, default_value = "table")]
    pub format: String,
    /// Ask this SPARQL 1.1 endpoint instead of the local store (same queries, same output).
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
}

fn roles(list: &[Role], lang: &str) -> String {
    list.iter()
        .map(|r| r.name.get(lang).to_owned())
        .collect::<Vec<_>>()
        .join(if lang == "en" { ", " } else { "、" })
}

fn opt(n: &Option<Named>, lang: &str) -> String {
    n.as_ref().map(|n| n.label(lang)).unwrap_or_default()
}

/// Writes a table in the chosen format, or the value as JSON.
fn emit(format: &str, table: &Table, json: &impl Serialize, out: &mut dyn Write) -> Result<()> {
    match format {
        "table" => table.write_aligned(out)?,
        "csv" => table.write_csv(out)?,
        "tsv" => table.write_tsv(out)?,
        "json" => writeln!(out, "{}", serde_json::to_string_pretty(json)?)?,
        other => {
            return Err(anyhow!(
                "unknown format '{other}'; expected table, json, csv or tsv"
            ));
        }
    }
    Ok(())
}

fn resolve(backend: &dyn SparqlBackend, name: &str, kinds: &[Kind]) -> Result<NamedNode> {
    let found = questions::resolve(backend, name, kinds)?;
    Ok(NamedNode::new(found.iri)?)
}

pub fn who_attended(ctx: &Context, args: &EntityArgs, out: &mut dyn Write) -> Result<()> {
    let backend = Backend::open(ctx, args.endpoint.as_deref())?;
    who_attended_in(backend.sparql(), ctx, args, out)
}

pub fn who_attended_in(
    store: &dyn SparqlBackend,
    ctx: &Context,
    args: &EntityArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let meeting = resolve(store, &args.name, &[Kind::Meeting])?;
    let answer = questions::who_attended(store, &ctx.lexicon, &meeting)?;
    let lang = args.lang.as_str();
    let mut table = Table::new(["role", "name", "kind", "title", "on behalf of"]);
    for p in &answer.participants {
        table.push([
            roles(&p.roles, lang),
            p.agent.label(lang),
            p.kind.to_string(),
            p.title.clone().unwrap_or_default(),
            opt(&p.on_behalf_of, lang),
        ]);
    }
    if args.format == "table" {
        let m = &answer.meeting;
        writeln!(out, "{}", m.meeting.label(lang))?;
        let mut facts = Vec::new();
        if let Some(d) = &m.date {
            facts.push(format!("date {d}"));
        }
        if !m.place.best().is_empty() {
            facts.push(format!("place {}", m.place.get(lang)));
        }
        if let Some(a) = &m.attendance {
            facts.push(format!("attendance {a}"));
        }
        if !facts.is_empty() {
            writeln!(out, "  {}", facts.join(" · "))?;
        }
        if !m.topics.is_empty() {
            writeln!(out, "  topics {}", m.topics.join("、"))?;
        }
        writeln!(out)?;
    }
    emit(&args.format, &table, &answer, out)
}

pub fn meetings(ctx: &Context, args: &EntityArgs, out: &mut dyn Write) -> Result<()> {
    let backend = Backend::open(ctx, args.endpoint.as_deref())?;
    let store = backend.sparql();
    let entity = resolve(store, &args.name, &[Kind::Person, Kind::Organization, Kind::Unit])?;
    let answer = questions::meetings(store, &ctx.lexicon, &entity)?;
    let lang = args.lang.as_str();
    let mut table = Table::new(["date", "meeting", "place", "role", "via"]);
    for m in &answer {
        let via = m.via.iter().map(|v| v.label(lang)).collect::<Vec<_>>().join("、");
        table.push([
            m.date.clone().unwrap_or_default(),
            m.meeting.label(lang),
            m.place.get(lang).to_owned(),
            roles(&m.roles, lang),
            via,
        ]);
    }
    emit(&args.format, &table, &answer, out)
}

pub fn posts(ctx: &Context, args: &EntityArgs, out: &mut dyn Write) -> Result<()> {
    let backend = Backend::open(ctx, args.endpoint.as_deref())?;
    posts_in(backend.sparql(), ctx, args, out)
}

pub fn posts_in(
    store: &dyn SparqlBackend,
    ctx: &Context,
    args: &EntityArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let person = resolve(store, &args.name, &[Kind::Person])?;
    let answer = questions::posts(store, &ctx.lexicon, &person)?;
    let lang = args.lang.as_str();
    let mut table = Table::new(["role", "organization", "part of", "title", "as of", "source"]);
    for p in &answer {
        table.push([
            p.role.name.get(lang).to_owned(),
            p.organization.label(lang),
            opt(&p.parent, lang),
            p.title.clone().unwrap_or_default(),
            p.as_of.clone().unwrap_or_default(),
            p.sources.join("; "),
        ]);
    }
    emit(&args.format, &table, &answer, out)
}

pub fn members(ctx: &Context, args: &EntityArgs, out: &mut dyn Write) -> Result<()> {
    let backend = Backend::open(ctx, args.endpoint.as_deref())?;
    let store = backend.sparql();
    let org = resolve(store, &args.name, &[Kind::Organization, Kind::Unit])?;
    let answer = questions::members(store, &ctx.lexicon, &org)?;
    let lang = args.lang.as_str();
    let mut table = Table::new(["unit", "role", "person", "title", "as of"]);
    for m in &answer {
        table.push([
            m.unit.label(lang),
            m.role.name.get(lang).to_owned(),
            m.person.label(lang),
            m.title.clone().unwrap_or_default(),
            m.as_of.clone().unwrap_or_default(),
        ]);
    }
    emit(&args.format, &table, &answer, out)
}

pub fn search(ctx: &Context, args: &SearchArgs, out: &mut dyn Write) -> Result<()> {
    let backend = Backend::open(ctx, args.endpoint.as_deref())?;
    let found = questions::search(backend.sparql(), &args.text)?;
    let mut table = Table::new(["kind", "name", "english", "iri"]);
    for s in &found {
        table.push([
            s.kind.to_string(),
            s.name.zh.clone().unwrap_or_default(),
            s.name.en.clone().unwrap_or_default(),
            s.iri.clone(),
        ]);
    }
    if found.is_empty() && args.format == "table" {
        writeln!(out, "no entity has a label matching '{}'", args.text)?;
        return Ok(());
    }
    emit(&args.format, &table, &found, out)
}
