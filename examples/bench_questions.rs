//! Everyday-question benchmark: the median (warm) time of each question on a store, picking real entities.
//!
//! Run on a store loaded with a generated graph (release build):
//!
//! ```sh
//! cargo run --release -- --store /tmp/s1m load /tmp/g1m.nt
//! cargo run --release --example bench_questions -- /tmp/s1m
//! ```

use orgkg::lexicon::Lexicon;
use orgkg::questions;
use orgkg::sparql::SparqlBackend;
use orgkg::store::{Access, Location, OrgStore};
use oxigraph::model::NamedNode;
use std::time::{Duration, Instant};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn first(store: &OrgStore, query: &str) -> anyhow::Result<NamedNode> {
    let rows = store.store().select(query, &[])?;
    match rows.rows.first().and_then(|r| r[0].clone()) {
        Some(oxigraph::model::Term::NamedNode(n)) => Ok(n),
        _ => anyhow::bail!("no entity for {query}"),
    }
}

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: bench_questions STORE_DIR"))?;
    let store = OrgStore::open(&Location::Disk(path.into()), Access::Read)?;
    let lexicon = Lexicon::builtin();
    let b = store.store();
    if let Some(file) = std::env::args().nth(2) {
        // Time one query file instead: `bench_questions STORE QUERY.rq`.
        let text = std::fs::read_to_string(file)?;
        let d = time(21, || drop(b.select(&text, &[]).unwrap()));
        println!("query median {:.3} ms", d.as_secs_f64() * 1000.0);
        return Ok(());
    }
    println!("store: {} quads", b.len()?);
    let meeting = first(&store, "SELECT ?m WHERE { ?m a orgkg:Meeting } LIMIT 1")?;
    let person = first(
        &store,
        "SELECT ?p WHERE { ?p a foaf:Person ; org:holds ?x } LIMIT 1",
    )?;
    let org = first(&store, "SELECT ?o WHERE { ?o org:hasUnit ?u } LIMIT 1")?;
    let name = questions::summary(b, &person)?.name.best().to_owned();
    let runs = 101;
    let report =
        |label: &str, d: Duration| println!("{label:<28} median {:>8.3} ms", d.as_secs_f64() * 1000.0);
    report(
        "who-attended",
        time(runs, || {
            drop(questions::who_attended(b, &lexicon, &meeting).unwrap())
        }),
    );
    report(
        "meetings (person)",
        time(runs, || drop(questions::meetings(b, &lexicon, &person).unwrap())),
    );
    report(
        "posts",
        time(runs, || drop(questions::posts(b, &lexicon, &person).unwrap())),
    );
    report(
        "members (org + units)",
        time(runs, || drop(questions::members(b, &lexicon, &org).unwrap())),
    );
    report(
        &format!("search exact ({name})"),
        time(runs, || drop(questions::search(b, &name).unwrap())),
    );
    let part: String = name.chars().skip(1).collect();
    report(
        &format!("search partial ({part})"),
        time(21, || drop(questions::search(b, &part).unwrap())),
    );
    report(
        "resolve name → person",
        time(runs, || drop(questions::resolve(b, &name, &[]))),
    );
    Ok(())
}
