//! Graph benchmark: reading a generated store of about a million triples into the graph, projecting it,
//! computing centralities and communities, and rendering a 2,000-node diagram to SVG with Graphviz.
//!
//! Run (release build; the numbers go in the README):
//!
//! ```sh
//! cargo run --release --example bench_graph            # 2,150 organizations, about 1M triples
//! cargo run --release --example bench_graph -- 200     # a smaller graph
//! cargo run --release --example bench_graph -- 2150 /tmp/big.dot   # also keep the 2,000-node DOT
//! ```
//!
//! The store is in memory, so the timings are of orgkg's reading and algorithms, not of disk I/O. Each step
//! prints its wall-clock time; nothing here is asserted.

use orgkg::convert::{ConvertContext, convert};
use orgkg::graph::{KnowledgeGraph, NodeKind, Projection, Sampling};
use orgkg::identity::{NoLookup, graph_iri};
use orgkg::lexicon::Lexicon;
use orgkg::materialize::{Rules, materialize_all};
use orgkg::render::{self, Format, RenderOptions, View};
use oxigraph::store::Store;
use std::path::Path;
use std::time::Instant;

/// CPU time (user + system) of this process so far, in seconds; on a shared machine it is steadier than wall
/// time. Linux only (`/proc/self/stat`, clock ticks of 1/100 s); 0 elsewhere.
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let fields: Vec<&str> = s.rsplit_once(')')?.1.split_whitespace().collect();
            Some((fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?) / 100.0)
        })
        .unwrap_or(0.0)
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let (start, cpu) = (Instant::now(), cpu_seconds());
    let out = f();
    println!(
        "{what:<58} {:>8.3} s wall {:>8.2} s cpu",
        start.elapsed().as_secs_f64(),
        cpu_seconds() - cpu
    );
    out
}

fn main() -> anyhow::Result<()> {
    let orgs: usize = std::env::args().nth(1).map_or(Ok(2150), |a| a.parse())?;
    let lexicon = Lexicon::builtin();

    let store = timed(
        &format!("generate {orgs} organizations and load them in memory"),
        || {
            let dataset = orgkg::generate::generate(orgs, 1);
            let name = format!("generated-{orgs}-1.yaml");
            let text = dataset.to_yaml();
            let ctx = ConvertContext {
                lexicon: &lexicon,
                lookup: &NoLookup,
                graph: graph_iri(&name),
                text: &text,
                file: Path::new(&name),
            };
            let quads = materialize_all(
                &Rules::new(&lexicon),
                convert(&dataset, &ctx).expect("generated records convert"),
            );
            let store = Store::new().expect("an in-memory store");
            let mut loader = store.bulk_loader();
            loader.load_quads(quads).expect("quads load");
            loader.commit().expect("the load commits");
            store
        },
    );
    println!("triples: {}", store.len()?);

    let graph = timed("read the graph (labels, entities, posts, participations)", || {
        KnowledgeGraph::load(&store)
    })?;
    println!(
        "graph: {} entities, {} links",
        graph.node_count(),
        graph.link_count()
    );
    let po = timed("person–organization projection", || {
        graph.project(Projection::PersonOrganization)
    });
    println!(
        "person–organization: {} nodes, {} links",
        po.node_count(),
        po.link_count()
    );
    let degree = timed("degree centrality (person–organization)", || {
        po.degree_centrality()
    });
    println!(
        "top degree: {} ({})",
        degree[0].entity.label(Default::default()),
        degree[0].raw
    );

    let d = timed(
        "read + project + degree, end to end",
        || -> anyhow::Result<usize> {
            let g = KnowledgeGraph::load(&store)?.project(Projection::PersonOrganization);
            Ok(g.degree_centrality().len())
        },
    )?;
    println!("scored: {d}");

    let pp = timed("person–person projection (shared meetings)", || {
        graph.project(Projection::PersonPerson)
    });
    println!(
        "person–person: {} nodes, {} links",
        pp.node_count(),
        pp.link_count()
    );
    let oo = timed("organization–organization projection", || {
        graph.project(Projection::OrganizationOrganization)
    });
    println!(
        "organization–organization: {} nodes, {} links",
        oo.node_count(),
        oo.link_count()
    );
    timed("betweenness, person–person, 256 sampled pivots", || {
        pp.betweenness(Sampling::Pivots { k: 256, seed: 0 })
    });
    timed("betweenness, full graph, Auto (256 pivots)", || {
        graph.betweenness(Sampling::Auto)
    });
    let communities = timed("communities (Louvain), person–person", || {
        pp.communities().len()
    });
    println!("communities: {communities}");
    timed("components, full graph", || graph.components().len());

    // A 2,000-node diagram: the neighbourhood of the busiest meeting, up to eight steps out, capped at 2,000 nodes.
    let meeting = graph
        .degree_centrality()
        .into_iter()
        .find(|s| s.entity.kind == NodeKind::Meeting)
        .map(|s| s.entity.iri.clone())
        .expect("the generated graph has meetings");
    let options = RenderOptions {
        max_nodes: 2000,
        ..RenderOptions::default()
    };
    let diagram = timed("build a 2,000-node ego diagram", || {
        render::diagram_of(
            &graph,
            &View::Ego {
                center: meeting,
                depth: 8,
            },
            &options,
        )
    })?;
    let dot = timed("print it as DOT", || diagram.to_dot(&options));
    println!(
        "diagram: {} nodes, {} edges, {} bytes of DOT",
        diagram.node_count(),
        diagram.edge_count(),
        dot.len()
    );
    if let Some(path) = std::env::args().nth(2) {
        std::fs::write(&path, &dot)?;
    }
    let svg = timed("render it to SVG with Graphviz dot", || {
        render::render(&dot, Format::Svg)
    })?;
    println!("svg: {} bytes", svg.len());
    Ok(())
}
