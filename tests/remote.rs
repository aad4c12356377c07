//! Remote mode: the everyday questions give the same answers on Virtuoso and on `orgkg serve` as on the embedded
//! store, after pushing the seed there by the Graph Store Protocol and by SPARQL Update; `--endpoint` on the
//! command line prints the same output as the local store.

mod common;

use common::questions::{assert_same_rows, normalized};
use common::virtuoso::Virtuoso;
use common::{ServeProcess, TestServer, fixture_store, orgkg, seed_records, seed_store};
use orgkg::lexicon::Lexicon;
use orgkg::questions::{self, Kind};
use orgkg::remote::{PushMethod, PushOptions, PushProgress, RemoteEndpoint, ResultsFormat, push};
use orgkg::serve::ServeConfig;
use orgkg::sparql::SparqlBackend;
use oxigraph::model::NamedNode;
use oxigraph::store::Store;
use serde_json::{Value, to_value};

/// Every everyday question about the seed, as JSON, asked of one backend.
fn everyday_answers(backend: &dyn SparqlBackend) -> Vec<(String, Value)> {
    let lexicon = Lexicon::builtin();
    let find = |text: &str, kinds: &[Kind]| {
        NamedNode::new(
            questions::resolve(backend, text, kinds)
                .unwrap_or_else(|e| panic!("{text}: {e}"))
                .iri,
        )
        .unwrap()
    };
    let meeting = find("2025年地方行业协会负责人座谈会", &[Kind::Meeting]);
    let wang = find("王健", &[Kind::Person]);
    let zhao = find("Zhao Weisu", &[Kind::Person]);
    let cnia = find("中国有色金属工业协会", &[Kind::Organization]);
    let unit = find("会员部", &[Kind::Unit]);
    let mut answers = vec![
        (
            "who-attended".into(),
            to_value(questions::who_attended(backend, &lexicon, &meeting).unwrap()).unwrap(),
        ),
        (
            "meetings 王健".into(),
            to_value(questions::meetings(backend, &lexicon, &wang).unwrap()).unwrap(),
        ),
        (
            "meetings 协会".into(),
            to_value(questions::meetings(backend, &lexicon, &cnia).unwrap()).unwrap(),
        ),
        (
            "posts 赵卫肃".into(),
            to_value(questions::posts(backend, &lexicon, &zhao).unwrap()).unwrap(),
        ),
        (
            "members 协会".into(),
            to_value(questions::members(backend, &lexicon, &cnia).unwrap()).unwrap(),
        ),
        (
            "members 会员部".into(),
            to_value(questions::members(backend, &lexicon, &unit).unwrap()).unwrap(),
        ),
    ];
    for text in [
        "王健",
        "wangjian",
        "Wáng Jiàn",
        "陜西",
        "有色",
        "nothing at all",
        "\" } DROP ALL {",
    ] {
        answers.push((
            format!("search {text}"),
            to_value(questions::search(backend, text).unwrap()).unwrap(),
        ));
    }
    answers
}

/// Asks both backends every question and compares the answers.
fn same_answers(local: &dyn SparqlBackend, remote: &dyn SparqlBackend, label: &str) {
    let expected = everyday_answers(local);
    let got = everyday_answers(remote);
    for ((name, want), (_, have)) in expected.iter().zip(&got) {
        if !name.contains("nothing") && !name.contains("DROP") {
            assert_ne!(
                want,
                &Value::Array(Vec::new()),
                "{name} is empty locally: the comparison would prove nothing"
            );
        }
        assert_eq!(have, want, "{label}: {name} differs");
    }
}

fn count_project_triples(endpoint: &RemoteEndpoint) -> usize {
    let rows = endpoint
        .select_text(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
             FILTER(STRSTARTS(STR(?g), \"https://w3id.org/orgkg/graph/\")) }",
        )
        .unwrap();
    rows.iter()
        .next()
        .and_then(|r| r.text("n"))
        .unwrap()
        .parse()
        .unwrap()
}

fn push_all(
    store: &Store,
    endpoint: &RemoteEndpoint,
    method: PushMethod,
    batch_size: usize,
) -> Vec<PushProgress> {
    let mut progress = Vec::new();
    let options = PushOptions {
        method,
        graph: None,
        batch_size,
    };
    let summary = push(store, endpoint, &options, &mut |p| progress.push(p.clone())).unwrap();
    assert_eq!(summary.triples, store.len().unwrap());
    progress
}

#[test]
fn virtuoso_gives_the_same_answers_as_the_embedded_store() {
    // Results are cut at 100 rows, so reading the bigger answers needs paging.
    let virtuoso = Virtuoso::start(100);
    let seed = seed_store();
    let store = seed.store();
    let endpoint = RemoteEndpoint::new(virtuoso.sparql_url()).unwrap();

    let progress = push_all(
        store,
        &endpoint,
        PushMethod::GraphStore {
            url: virtuoso.graph_store_url(),
        },
        200,
    );
    assert!(
        progress.len() >= 5,
        "batches of 200 should report often: {progress:?}"
    );
    assert!(progress.iter().all(|p| p.sent <= p.total));
    assert_eq!(count_project_triples(&endpoint), store.len().unwrap());
    same_answers(store, &endpoint, "virtuoso/json");
    same_answers(
        store,
        &endpoint.clone().with_results_format(ResultsFormat::Xml),
        "virtuoso/xml",
    );

    // Pushing again, now by SPARQL Update, replaces rather than duplicates.
    push_all(store, &endpoint, PushMethod::Update, 150);
    assert_eq!(count_project_triples(&endpoint), store.len().unwrap());
    same_answers(store, &endpoint, "virtuoso/after-update-push");

    // An answer longer than the server's row cap comes back whole.
    // Blank nodes (the ontology's lists) are skolemized on the way, so compare the named-node quads.
    let all = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/orgkg/\") && !isBlank(?s) && !isBlank(?o) && !CONTAINS(STR(?s), \"/.well-known/genid/\") && !CONTAINS(STR(?o), \"/.well-known/genid/\")) }";
    let local = store.select(all, &[]).unwrap();
    assert!(local.len() > 300);
    assert_same_rows(
        &normalized(&endpoint.select_text(all).unwrap()),
        &normalized(&local),
        "paged answer",
    );
    let limited = endpoint
        .select_text(&format!("{all} ORDER BY ?s ?p ?o LIMIT 150 OFFSET 5"))
        .unwrap();
    assert_eq!(limited.len(), 150);

    // The command line asks Virtuoso and prints what it prints for the local store.
    let records = seed_records();
    let preload = ["--memory", "--preload", records.to_str().unwrap()];
    for question in [
        ["who-attended", "座谈会"],
        ["posts", "王健"],
        ["members", "中国有色金属工业协会"],
        ["meetings", "吴桐"],
    ] {
        for format in ["table", "json"] {
            let local = orgkg(&[&preload[..], &question[..], &["--format", format]].concat());
            let remote = orgkg(
                &[
                    &question[..],
                    &["--format", format, "--endpoint", &virtuoso.sparql_url()],
                ]
                .concat(),
            );
            assert_eq!(remote, local, "{question:?} --format {format}");
        }
    }

    let error = endpoint.select_text("SELECT ?s WHERE { ?s ?p }").unwrap_err();
    assert!(matches!(error, orgkg::sparql::SparqlError::Syntax(_)), "{error}");
}

#[test]
fn orgkg_serve_gives_the_same_answers_as_the_embedded_store() {
    let seed = seed_store();
    let store = seed.store();
    let records = seed_records();
    let server = ServeProcess::start(&["--memory", "--preload", records.to_str().unwrap()], &[]);
    let endpoint = RemoteEndpoint::new(server.url("/sparql")).unwrap();
    same_answers(store, &endpoint, "orgkg serve");
    same_answers(
        store,
        &endpoint.clone().with_results_format(ResultsFormat::Xml),
        "orgkg serve/xml",
    );
    let search = orgkg(&[
        "search",
        "wangjian",
        "--format",
        "json",
        "--endpoint",
        &server.url("/sparql"),
    ]);
    let local = orgkg(&[
        "--memory",
        "--preload",
        records.to_str().unwrap(),
        "search",
        "wangjian",
        "--format",
        "json",
    ]);
    assert_eq!(search, local);
    // Diagrams too: the meeting drawn from the endpoint is the same DOT as drawn from the store.
    let remote_dot = orgkg(&[
        "render",
        "meeting",
        "座谈会",
        "--endpoint",
        &server.url("/sparql"),
    ]);
    let local_dot = orgkg(&[
        "--memory",
        "--preload",
        records.to_str().unwrap(),
        "render",
        "meeting",
        "座谈会",
    ]);
    assert!(remote_dot.contains("王健"), "{remote_dot}");
    assert_eq!(remote_dot, local_dot);
    let log = server.stop();
    assert!(log.contains("listening on http://127.0.0.1:"), "{log}");
    assert!(log.contains("loopback only"), "{log}");
    assert!(log.contains("GET /sparql?query="), "no access log in:\n{log}");

    // `orgkg push` into an empty writable server, both ways, leaves it holding exactly the seed.
    let target = ServeProcess::start(&["--memory"], &["--writable"]);
    let endpoint = RemoteEndpoint::new(target.url("/sparql")).unwrap();
    let pushed = orgkg(&[
        "--memory",
        "--preload",
        records.to_str().unwrap(),
        "push",
        "--endpoint",
        &target.url("/sparql"),
        "--graph-store",
        &target.url("/store"),
        "--batch",
        "100",
    ]);
    assert!(
        pushed.starts_with(&format!("pushed {} triples", store.len().unwrap())),
        "{pushed}"
    );
    same_answers(store, &endpoint, "pushed by graph store");
    // The pushing process loaded the seed itself, so only its load time may differ.
    let all = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?p != prov:generatedAtTime && !isBlank(?s) && !isBlank(?o) && !CONTAINS(STR(?s), \"/.well-known/genid/\") && !CONTAINS(STR(?o), \"/.well-known/genid/\")) }";
    let expected = normalized(&store.select(all, &[]).unwrap());
    assert_same_rows(
        &normalized(&endpoint.select_text(all).unwrap()),
        &expected,
        "pushed by graph store",
    );
    orgkg(&[
        "--memory",
        "--preload",
        records.to_str().unwrap(),
        "push",
        "--endpoint",
        &target.url("/sparql"),
    ]);
    assert_same_rows(
        &normalized(&endpoint.select_text(all).unwrap()),
        &expected,
        "pushed by update",
    );
}

#[test]
fn the_hand_written_fixture_round_trips_through_an_in_process_server() {
    let store = fixture_store();
    let config = ServeConfig {
        writable: true,
        ..ServeConfig::default()
    };
    let target = TestServer::start(Store::new().unwrap(), config);
    let endpoint = RemoteEndpoint::new(target.url("/sparql")).unwrap();
    push_all(
        &store,
        &endpoint,
        PushMethod::GraphStore {
            url: target.url("/store"),
        },
        64,
    );
    assert_eq!(common::dump(&target.store), common::dump(&store));
    push_all(&store, &endpoint, PushMethod::Update, 64);
    assert_eq!(common::dump(&target.store), common::dump(&store));
}

#[test]
fn a_read_only_server_refuses_a_push() {
    let server = TestServer::start(fixture_store(), ServeConfig::default());
    let endpoint = RemoteEndpoint::new(server.url("/sparql")).unwrap();
    let options = PushOptions::new(PushMethod::GraphStore {
        url: server.url("/store"),
    });
    let error = push(&fixture_store(), &endpoint, &options, &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(error.contains("403"), "{error}");
    let error = push(
        &fixture_store(),
        &endpoint,
        &PushOptions::new(PushMethod::Update),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(error.to_string().contains("read-only"), "{error}");
}

#[test]
fn unreachable_or_malformed_endpoints_give_clear_errors() {
    assert!(RemoteEndpoint::new("not a url").is_err());
    assert!(RemoteEndpoint::new("ftp://example.com/sparql").is_err());
    let port = common::free_port();
    let endpoint = RemoteEndpoint::new(format!("http://127.0.0.1:{port}/sparql")).unwrap();
    let error = endpoint.select_text("ASK {}").unwrap_err().to_string();
    assert!(error.contains(&port.to_string()), "{error}");
}
