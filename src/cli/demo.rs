//! `orgkg demo`: load the bundled seed meeting and show the everyday answers.

use super::Context;
use anyhow::Result;
use clap::Args;
use orgkg::load::{Input, InputFormat, LoadRequest, LoadStatus};
use orgkg::records::RecordFormat;
use orgkg::store::Access;
use std::io::Write;

#[derive(Debug, Args)]
pub struct DemoArgs {}

pub fn run(ctx: &Context, _args: &DemoArgs, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open(Access::Write)?;
    let requests: Vec<LoadRequest> = orgkg::seed::FILES
        .iter()
        .map(|(name, text)| LoadRequest {
            input: Input::Bytes {
                name: (*name).to_owned(),
                bytes: text.as_bytes().to_vec(),
            },
            format: if name.ends_with(".txt") {
                InputFormat::Report
            } else {
                InputFormat::Records(RecordFormat::Yaml)
            },
            graph: Some(orgkg::identity::graph_iri(name)),
            url: None,
            published: None,
        })
        .collect();
    let outcomes = ctx.loader(&store)?.load(&requests)?;
    writeln!(out, "orgkg demo: the seed meeting, in {}", store.describe())?;
    for o in &outcomes {
        let what = if o.status == LoadStatus::Unchanged {
            "already loaded"
        } else {
            "loaded"
        };
        writeln!(out, "  {what}: {} ({} quads)", o.name, o.quads)?;
    }
    writeln!(out, "\n$ orgkg who-attended 座谈会\n")?;
    let meeting = super::questions::EntityArgs {
        name: "2025年地方行业协会负责人座谈会".into(),
        format: "table".into(),
        lang: "zh".into(),
        endpoint: None,
    };
    super::questions::who_attended_in(store.store(), ctx, &meeting, out)?;
    writeln!(out, "\n$ orgkg posts 赵卫肃\n")?;
    let person = super::questions::EntityArgs {
        name: "赵卫肃".into(),
        format: "table".into(),
        lang: "zh".into(),
        endpoint: None,
    };
    super::questions::posts_in(store.store(), ctx, &person, out)?;
    let store_flag = match &ctx.location {
        orgkg::store::Location::Memory => " --memory --preload data/seed",
        orgkg::store::Location::Disk(_) => "",
    };
    let next = [
        (
            "search \"wang jian\"",
            "find anyone by Chinese, pinyin or English",
        ),
        ("meetings 王健", "the meetings a person took part in"),
        (
            "members 中国有色金属工业协会",
            "everyone with a post there or in its departments",
        ),
        (
            "explain 王健",
            "every source and label of an entity, and why mentions were merged",
        ),
        (
            "query 'SELECT ?m ?p WHERE { ?m orgkg:speaker ?p }'",
            "any SPARQL 1.1 query",
        ),
        ("stats", "what the store holds"),
    ];
    let width = next
        .iter()
        .map(|(c, _)| orgkg::chinese::display_width(c))
        .max()
        .unwrap_or(0);
    writeln!(out, "\nNext:")?;
    for (command, what) in next {
        let pad = " ".repeat(width - orgkg::chinese::display_width(command) + 2);
        writeln!(out, "  orgkg{store_flag} {command}{pad}{what}")?;
    }
    Ok(())
}
