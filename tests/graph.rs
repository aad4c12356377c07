//! Graph projection and analytics: measures checked on small graphs whose answers are known by hand (or by
//! networkx), and the seed meeting read from an in-memory store.

use orgkg::graph::{Entity, KnowledgeGraph, Labels, Lang, Link, Named, NodeKind, Projection, Sampling};
use orgkg::sparql::SparqlBackend;
use orgkg::vocab;
use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedNode, Term};
use oxigraph::store::Store;
use std::process::Command;

fn iri(name: &str) -> NamedNode {
    NamedNode::new(format!("http://example.com/{name}")).unwrap()
}

fn id(name: &str) -> NamedNode {
    NamedNode::new(format!("{}{name}", vocab::ns::ID)).unwrap()
}

/// A graph of people named by the given strings, linked by the given pairs.
fn people(names: &[&str], edges: &[(&str, &str)]) -> KnowledgeGraph {
    let relation = Named {
        iri: iri("knows"),
        labels: Labels::new(Some("认识"), Some("knows")),
    };
    KnowledgeGraph::from_parts(
        names
            .iter()
            .map(|n| Entity::new(iri(n), NodeKind::Person, Labels::new(Some(n), None))),
        edges
            .iter()
            .map(|(a, b)| (iri(a), iri(b), Link::new(relation.clone()))),
    )
}

fn scores(graph: &KnowledgeGraph, sampling: Sampling) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = graph
        .betweenness(sampling)
        .iter()
        .map(|s| (s.entity.label(Lang::Zh), s.raw))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

pub fn seed_store() -> Store {
    let store = Store::new().unwrap();
    let trig = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/render/seed.trig"
    ))
    .unwrap();
    store.load_from_slice(RdfFormat::TriG, &trig).unwrap();
    store
}

#[test]
fn path_graph_betweenness_and_degree_match_hand_counts() {
    // a - b - c - d - e: b lies on 3 of the 6 pairs of others' paths, c on 4, d on 3.
    let g = people(
        &["a", "b", "c", "d", "e"],
        &[("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")],
    );
    let expected = [("a", 0.0), ("b", 3.0), ("c", 4.0), ("d", 3.0), ("e", 0.0)];
    let got = scores(&g, Sampling::Exact);
    for ((name, raw), (got_name, got_raw)) in expected.iter().zip(&got) {
        assert_eq!(name, got_name);
        assert!((raw - got_raw).abs() < 1e-9, "{name}: {got_raw}");
    }
    let top = &g.betweenness(Sampling::Exact)[0];
    assert_eq!(top.entity.label(Lang::Zh), "c");
    assert!((top.normalized - 4.0 / 6.0).abs() < 1e-9);

    let degree = g.degree_centrality();
    // Ties keep IRI order: b, c, d have two neighbours each, a and e one.
    let names: Vec<_> = degree
        .iter()
        .map(|s| (s.entity.label(Lang::Zh), s.raw as usize))
        .collect();
    assert_eq!(
        names,
        [
            ("b".into(), 2),
            ("c".into(), 2),
            ("d".into(), 2),
            ("a".into(), 1),
            ("e".into(), 1)
        ]
    );
    assert!((degree[0].normalized - 0.5).abs() < 1e-9);
}

#[test]
fn parallel_links_count_once_in_degree_and_paths() {
    // Two facts between a and b (say two posts) still make one neighbour and one shortest path.
    let relation = Named {
        iri: iri("r"),
        labels: Labels::default(),
    };
    let mut second = Link::new(relation.clone());
    second.role = Some(Named {
        iri: iri("role"),
        labels: Labels::new(Some("副会长"), None),
    });
    let g = KnowledgeGraph::from_parts(
        ["a", "b", "c"].map(|n| Entity::new(iri(n), NodeKind::Person, Labels::default())),
        [
            (iri("a"), iri("b"), Link::new(relation.clone())),
            (iri("b"), iri("a"), second),
            (iri("b"), iri("c"), Link::new(relation)),
        ],
    );
    assert_eq!(g.link_count(), 3);
    let degree = g.degree_centrality();
    assert_eq!(degree.iter().find(|s| s.entity.iri == iri("a")).unwrap().raw, 1.0);
    let paths = g.shortest_paths(&iri("a"), &iri("c"), 10).unwrap();
    assert_eq!(paths.len(), 1);
    assert_eq!(
        paths[0].hops[0].links.len(),
        2,
        "both facts explain the first hop"
    );
    // Entities without labels are listed by their IRI.
    assert_eq!(
        scores(&g, Sampling::Exact)[1],
        ("<http://example.com/b>".to_owned(), 1.0)
    );
}

#[test]
fn star_centre_lies_on_every_path_between_leaves() {
    let leaves = ["l1", "l2", "l3", "l4", "l5", "l6"];
    let edges: Vec<_> = leaves.iter().map(|l| ("hub", *l)).collect();
    let mut names = vec!["hub"];
    names.extend(leaves);
    let g = people(&names, &edges);
    let b = g.betweenness(Sampling::Exact);
    assert_eq!(b[0].entity.label(Lang::Zh), "hub");
    assert_eq!(b[0].raw, 15.0, "C(6,2) pairs of leaves");
    assert_eq!(b[0].normalized, 1.0);
    assert!(b[1..].iter().all(|s| s.raw == 0.0));
    // Sampling every node as a pivot is the exact answer.
    assert_eq!(
        scores(&g, Sampling::Pivots { k: 7, seed: 3 }),
        scores(&g, Sampling::Exact)
    );
}

#[test]
fn sampled_betweenness_estimates_the_exact_ranking() {
    // A "barbell": two 30-cliques joined through a 3-node bridge; the bridge nodes dominate either way.
    let mut names: Vec<String> = (0..63).map(|i| format!("n{i:02}")).collect();
    names.sort();
    let mut edges = Vec::new();
    for block in [0..30, 33..63] {
        for i in block.clone() {
            for j in i + 1..block.end {
                edges.push((format!("n{i:02}"), format!("n{j:02}")));
            }
        }
    }
    for (a, b) in [(29, 30), (30, 31), (31, 32), (32, 33)] {
        edges.push((format!("n{a:02}"), format!("n{b:02}")));
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let edges: Vec<(&str, &str)> = edges.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let g = people(&names, &edges);
    let exact: Vec<String> = g.betweenness(Sampling::Exact)[..5]
        .iter()
        .map(|s| s.entity.label(Lang::Zh))
        .collect();
    let sampled = g.betweenness(Sampling::Pivots { k: 20, seed: 1 });
    let top: Vec<String> = sampled[..5].iter().map(|s| s.entity.label(Lang::Zh)).collect();
    assert_eq!(exact, ["n31", "n30", "n32", "n29", "n33"]);
    let mut a = exact.clone();
    let mut b = top.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b, "sampled top five {top:?}");
    let exact_mid = g.betweenness(Sampling::Exact)[0].raw;
    assert!(
        (sampled[0].raw - exact_mid).abs() / exact_mid < 0.2,
        "estimate {} vs {exact_mid}",
        sampled[0].raw
    );
}

#[test]
fn betweenness_agrees_with_networkx_on_a_random_graph() {
    // An independent implementation: networkx must give the same normalized scores.
    let n = 40;
    let mut state: u64 = 12345;
    let mut edges = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            if (state >> 33).is_multiple_of(10) {
                edges.push((i, j));
            }
        }
    }
    let names: Vec<String> = (0..n).map(|i| format!("v{i:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let e: Vec<(&str, &str)> = edges.iter().map(|&(a, b)| (refs[a], refs[b])).collect();
    let g = people(&refs, &e);
    let ours: std::collections::BTreeMap<String, f64> = g
        .betweenness(Sampling::Exact)
        .iter()
        .map(|s| (s.entity.label(Lang::Zh), s.normalized))
        .collect();

    let edge_list: Vec<String> = e.iter().map(|(a, b)| format!("('{a}','{b}')")).collect();
    let script = format!(
        "import networkx as nx, json\nG = nx.Graph()\nG.add_nodes_from({names:?})\nG.add_edges_from([{}])\n\
         print(json.dumps(nx.betweenness_centrality(G, normalized=True)))",
        edge_list.join(",")
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .expect("python3 with networkx is installed");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let theirs: std::collections::BTreeMap<String, f64> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(theirs.len(), ours.len());
    for (name, value) in &theirs {
        assert!(
            (ours[name] - value).abs() < 1e-9,
            "{name}: ours {} networkx {value}",
            ours[name]
        );
    }
}

#[test]
fn components_and_communities_split_where_expected() {
    // Two triangles joined by c–d, and a separate pair x–y.
    let g = people(
        &["a", "b", "c", "d", "e", "f", "x", "y"],
        &[
            ("a", "b"),
            ("a", "c"),
            ("b", "c"),
            ("d", "e"),
            ("d", "f"),
            ("e", "f"),
            ("c", "d"),
            ("x", "y"),
        ],
    );
    let components: Vec<Vec<String>> = g
        .components()
        .iter()
        .map(|c| c.iter().map(|e| e.label(Lang::Zh)).collect())
        .collect();
    assert_eq!(components, [vec!["a", "b", "c", "d", "e", "f"], vec!["x", "y"]]);
    let communities: Vec<Vec<String>> = g
        .communities()
        .iter()
        .map(|c| c.members.iter().map(|e| e.label(Lang::Zh)).collect())
        .collect();
    assert_eq!(
        communities,
        [vec!["a", "b", "c"], vec!["d", "e", "f"], vec!["x", "y"]]
    );
    assert_eq!(g.communities()[2].id, 2);
}

#[test]
fn seed_store_reads_into_the_expected_entities_and_links() {
    let store = seed_store();
    let g = KnowledgeGraph::load(&store).unwrap();
    let count = |k: NodeKind| g.entities().filter(|e| e.kind == k).count();
    assert_eq!(count(NodeKind::Person), 6);
    assert_eq!(count(NodeKind::Association), 5);
    assert_eq!(count(NodeKind::Department), 2);
    assert_eq!(count(NodeKind::Company), 1);
    assert_eq!(count(NodeKind::Institution), 1);
    assert_eq!(count(NodeKind::Meeting), 1);
    assert_eq!(count(NodeKind::Report), 2);
    assert_eq!(g.node_count(), 18);
    // 10 posts, 15 participations, 2 units, 2 authors, 2 reports presented.
    assert_eq!(g.link_count(), 31);

    let wang = g.entity(&id("person-wang-jian")).unwrap();
    assert_eq!(wang.labels, Labels::new(Some("王健"), Some("Wang Jian")));
    let meeting = g.entity(&id("meeting-2025-symposium")).unwrap();
    assert_eq!(meeting.date.as_deref(), Some("2025-10-14"));
    assert_eq!(meeting.place.as_ref().and_then(|p| p.zh.as_deref()), Some("西安"));

    let posts: Vec<String> = g
        .links_between(&wang.iri, &id("org-cnia"))
        .iter()
        .map(|l| l.link.label(Lang::Zh))
        .collect();
    assert_eq!(posts, ["党委常委", "副会长"]);
}

#[test]
fn seed_path_is_explained_hop_by_hop_with_sources() {
    let store = seed_store();
    let g = KnowledgeGraph::load(&store).unwrap();
    // 何青 works in a department of the association whose vice president is 王健; both were at the meeting.
    let paths = g
        .shortest_paths(&id("person-he-qing"), &id("person-huang-zhongliang"), 10)
        .unwrap();
    assert!(!paths.is_empty());
    assert!(paths.iter().all(|p| p.len() == 2));
    let via: Vec<String> = paths.iter().map(|p| p.entities()[1].label(Lang::Zh)).collect();
    assert!(
        via.contains(&"2025年地方行业协会负责人座谈会".to_owned()),
        "{via:?}"
    );
    let meeting_path = paths
        .iter()
        .find(|p| p.entities()[1].kind == NodeKind::Meeting)
        .unwrap();
    let first = meeting_path.hops[0].describe(Lang::Zh);
    assert!(
        first.starts_with("何青 —作报告→ 2025年地方行业协会负责人座谈会"),
        "{first}"
    );
    assert!(
        first.contains("来源: https://w3id.org/orgkg/graph/cnia-2025-local-association-symposium.yaml"),
        "{first}"
    );
    assert!(first.contains("专题报告"), "{first}");
    let second = meeting_path.hops[1].describe(Lang::En);
    assert!(
        second.starts_with("Huang Zhongliang —Attendee→ 2025 Symposium"),
        "{second}"
    );

    let unknown = g.path(&id("person-nobody"), &id("person-he-qing")).unwrap_err();
    assert!(unknown.to_string().contains("person-nobody"), "{unknown}");
}

#[test]
fn seed_projections_have_the_expected_ties() {
    let store = seed_store();
    let g = KnowledgeGraph::load(&store).unwrap();

    let po = g.project(Projection::PersonOrganization);
    assert_eq!((po.node_count(), po.link_count()), (15, 10));

    // All six people were at the one meeting: a complete graph of 15 ties, each via that meeting.
    let pp = g.project(Projection::PersonPerson);
    assert_eq!((pp.node_count(), pp.link_count()), (6, 15));
    assert!(
        pp.links()
            .all(|l| l.link.weight == 1.0 && l.link.via == [id("meeting-2025-symposium")])
    );

    // Seven organizations took part (two through their people): 21 pairs; and 赵卫肃 holds posts in both the
    // association and its membership department: one more tie.
    let oo = g.project(Projection::OrganizationOrganization);
    assert_eq!(oo.node_count(), 9);
    assert_eq!(oo.link_count(), 22);
    let shared = oo.links_between(&id("org-cnia"), &id("org-cnia-membership"));
    assert_eq!(shared.len(), 1);
    assert_eq!(shared[0].link.via, [id("person-zhao-weisu")]);
    assert_eq!(shared[0].link.label(Lang::Zh), "共同任职人员");
    assert!(oo.links_between(&id("org-cnia"), &id("org-shaanxi-group")).len() == 1);
}

#[test]
fn analysis_is_written_back_as_triples_sparql_can_read() {
    let store = seed_store();
    let g = KnowledgeGraph::load(&store)
        .unwrap()
        .project(Projection::PersonOrganization);
    let analysis = g.analyze(Projection::PersonOrganization, Sampling::Auto);
    let written = analysis.write_to(&store).unwrap();
    assert_eq!(written, 15 * 3 + 1);
    let rows = store
        .select(
            "SELECT ?degree ?community WHERE { GRAPH ?g { ?p orgkg:degree ?degree ; orgkg:community ?community } }",
            &[("p", Term::from(id("person-wang-jian"))), ("g", Term::from(orgkg::graph::analytics_graph()))],
        )
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows.iter().next().unwrap().text("degree"), Some("1"));
    // Writing again replaces, not adds.
    analysis.write_to(&store).unwrap();
    let count = store
        .select(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            &[("g", Term::from(orgkg::graph::analytics_graph()))],
        )
        .unwrap();
    assert_eq!(count.iter().next().unwrap().text("n"), Some("46"));
}

#[test]
fn the_loader_output_reads_into_the_same_graph_as_the_hand_fixture() {
    let store = orgkg::store::OrgStore::memory().unwrap();
    let lexicon = orgkg::lexicon::Lexicon::builtin();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/seed/cnia-2025-local-association-symposium.yaml");
    orgkg::load::Loader::new(&store, &lexicon)
        .load(&[orgkg::load::LoadRequest::file(path).unwrap()])
        .unwrap();
    let real = KnowledgeGraph::load(store.store()).unwrap();
    let hand = KnowledgeGraph::load(&seed_store()).unwrap();
    assert_eq!(
        (real.node_count(), real.link_count()),
        (hand.node_count(), hand.link_count())
    );
    let kinds = |g: &KnowledgeGraph| {
        let mut v: Vec<(String, NodeKind)> = g.entities().map(|e| (e.label(Lang::Zh), e.kind)).collect();
        v.sort();
        v
    };
    assert_eq!(kinds(&real), kinds(&hand));
    let labels = |g: &KnowledgeGraph| {
        let mut v: Vec<String> = g
            .links()
            .map(|l| {
                format!(
                    "{} {} {}",
                    l.from.label(Lang::En),
                    l.link.label(Lang::En),
                    l.to.label(Lang::En)
                )
            })
            .collect();
        v.sort();
        v
    };
    // Role labels come from the lexicon when the store has none: the same words either way.
    assert_eq!(labels(&real), labels(&hand));
}

/// Runs a Python script with networkx on an exported file and returns what it prints, as JSON.
fn python(script: &str, file: &std::path::Path) -> serde_json::Value {
    let out = Command::new("python3")
        .args(["-c", script, file.to_str().unwrap()])
        .output()
        .expect("python3 is installed");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// What networkx reads back: node and edge counts, labels, kinds and edge labels.
const READ_BACK: &str = r#"
import sys, json, networkx as nx
path = sys.argv[1]
G = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
print(json.dumps({
    "directed": G.is_directed(),
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "labels": sorted(d.get("label", "") for _, d in G.nodes(data=True)),
    "kinds": {d.get("label", ""): d.get("kind", "") for _, d in G.nodes(data=True)},
    "parents": {d.get("label", ""): d.get("parent", "") for _, d in G.nodes(data=True) if d.get("parent")},
    "edge_labels": sorted(d.get("label", "") for _, _, d in G.edges(data=True)),
    "degree": {d.get("label", ""): d.get("degree") for _, d in G.nodes(data=True)},
}, ensure_ascii=False))
"#;

fn check_read_back(v: &serde_json::Value, g: &KnowledgeGraph) {
    assert_eq!(v["directed"], true);
    assert_eq!(v["nodes"], g.node_count());
    assert_eq!(v["edges"], g.link_count(), "parallel links stay separate edges");
    let labels: Vec<&str> = v["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    for name in [
        "王健",
        "何青",
        "中国有色金属工业协会",
        "会员部",
        "2025年地方行业协会负责人座谈会",
    ] {
        assert!(labels.contains(&name), "{name} in {labels:?}");
    }
    assert_eq!(v["kinds"]["中国有色金属工业协会"], "association");
    assert_eq!(v["kinds"]["会员部"], "department");
    assert_eq!(v["kinds"]["王健"], "person");
    assert_eq!(v["parents"]["会员部"], id("org-cnia").as_str());
    let edge_labels: Vec<&str> = v["edge_labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(edge_labels.iter().filter(|l| **l == "交流").count(), 5);
    assert!(edge_labels.contains(&"副会长") && edge_labels.contains(&"主办"));
}

#[test]
fn graphml_and_gexf_read_back_in_networkx_with_labels_and_kinds() {
    use orgkg::export::{ExportFormat, ExportOptions, export};
    let g = KnowledgeGraph::load(&seed_store()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for format in [ExportFormat::GraphMl, ExportFormat::Gexf] {
        let path = dir.path().join(format!("seed.{}", format.extension()));
        let mut bytes = Vec::new();
        export(
            &g,
            format,
            &ExportOptions {
                lang: Lang::Zh,
                metrics: true,
            },
            &mut bytes,
        )
        .unwrap();
        std::fs::write(&path, &bytes).unwrap();
        let v = python(READ_BACK, &path);
        check_read_back(&v, &g);
        // The measures travel as typed attributes: 王健 has two neighbours (the association and the meeting).
        assert_eq!(v["degree"]["王健"], 2, "{format:?}");
    }
}

#[test]
fn cytoscape_json_nests_departments_in_their_organization() {
    use orgkg::export::{ExportFormat, ExportOptions, export};
    let g = KnowledgeGraph::load(&seed_store()).unwrap();
    let mut bytes = Vec::new();
    export(&g, ExportFormat::Cytoscape, &ExportOptions::default(), &mut bytes).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let nodes = v["elements"]["nodes"].as_array().unwrap();
    let edges = v["elements"]["edges"].as_array().unwrap();
    assert_eq!((nodes.len(), edges.len()), (g.node_count(), g.link_count()));
    let children: Vec<&str> = nodes
        .iter()
        .filter(|n| n["data"]["parent"] == id("org-cnia").as_str())
        .map(|n| n["data"]["label"].as_str().unwrap())
        .collect();
    assert_eq!(children, ["会员部", "稀土金属咨询与协调部"]);
    // Every edge end is a node id, as Cytoscape requires.
    let ids: std::collections::HashSet<&str> =
        nodes.iter().map(|n| n["data"]["id"].as_str().unwrap()).collect();
    assert!(
        edges
            .iter()
            .all(|e| ids.contains(e["data"]["source"].as_str().unwrap())
                && ids.contains(e["data"]["target"].as_str().unwrap()))
    );
    assert!(nodes.iter().any(|n| n["classes"] == "meeting"));
}

#[test]
fn csv_lists_read_back_with_pythons_csv_module() {
    use orgkg::export::{ExportOptions, write_csv};
    let g = KnowledgeGraph::load(&seed_store())
        .unwrap()
        .project(Projection::PersonPerson);
    let dir = tempfile::tempdir().unwrap();
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    write_csv(
        &g,
        &ExportOptions {
            lang: Lang::En,
            metrics: false,
        },
        &mut nodes,
        &mut edges,
    )
    .unwrap();
    std::fs::write(dir.path().join("nodes.csv"), &nodes).unwrap();
    std::fs::write(dir.path().join("edges.csv"), &edges).unwrap();
    let script = r#"
import sys, csv, json, os
d = sys.argv[1]
nodes = list(csv.DictReader(open(os.path.join(d, "nodes.csv"), encoding="utf-8", newline="")))
edges = list(csv.DictReader(open(os.path.join(d, "edges.csv"), encoding="utf-8", newline="")))
ids = {n["id"] for n in nodes}
print(json.dumps({"nodes": len(nodes), "edges": len(edges), "labels": sorted(n["label"] for n in nodes),
  "ends_known": all(e["source"] in ids and e["target"] in ids for e in edges),
  "weights": sorted({e["weight"] for e in edges}), "via": sorted({e["via"] for e in edges})}))
"#;
    let v = python(script, dir.path());
    assert_eq!((v["nodes"].as_u64(), v["edges"].as_u64()), (Some(6), Some(15)));
    assert_eq!(v["ends_known"], true);
    assert_eq!(v["labels"][0], "He Qing");
    assert_eq!(v["weights"], serde_json::json!(["1"]));
    assert_eq!(
        v["via"],
        serde_json::json!([id("meeting-2025-symposium").as_str()])
    );
}

#[test]
fn mermaid_flowchart_has_one_line_per_node_and_merged_arrows() {
    use orgkg::export::{ExportFormat, ExportOptions, export};
    let g = KnowledgeGraph::load(&seed_store()).unwrap();
    let mut bytes = Vec::new();
    export(&g, ExportFormat::Mermaid, &ExportOptions::default(), &mut bytes).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("flowchart LR\n"));
    let node_lines = text
        .lines()
        .filter(|l| l.starts_with("  n") && !l.contains("-->"))
        .count();
    assert_eq!(node_lines, g.node_count());
    // 31 links between 25 distinct ordered pairs: two posts each for four people, two roles for two, and the
    // co-organizer who also spoke in the exchange.
    let arrows: Vec<&str> = text.lines().filter(|l| l.contains("-->")).collect();
    assert_eq!(arrows.len(), 25, "{arrows:#?}");
    assert!(text.contains(r#"-->|"党委常委、副会长"|"#), "{text}");
    assert!(text.contains(r#"(["王健"])"#), "people are stadium-shaped");
    assert!(text.contains("classDef person fill:#dcfce7"));
}
