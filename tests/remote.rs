//! Remote mode: the everyday questions give the same answers on Virtuoso and on `orgkg serve` as on the embedded
//! store, after pushing the store there by the Graph Store Protocol and by SPARQL Update.

mod common;

use common::questions::{asks, construct, normalized, selects};
use common::virtuoso::Virtuoso;
use common::{TestServer, fixture_store};
use orgkg::remote::{PushMethod, PushOptions, PushProgress, RemoteEndpoint, ResultsFormat, push};
use orgkg::serve::ServeConfig;
use orgkg::sparql::SparqlBackend;
use oxigraph::store::Store;
use std::collections::BTreeSet;

/// Asks every everyday question of both backends and compares the answers.
fn same_answers(local: &Store, remote: &dyn SparqlBackend, label: &str) {
    for (name, query, bindings) in selects() {
        let expected = local.select(query, &bindings).unwrap();
        let got = remote
            .select(query, &bindings)
            .unwrap_or_else(|e| panic!("{label} {name}: {e}"));
        if name != "search-quote" {
            assert!(
                !expected.is_empty(),
                "{name} finds nothing locally: the comparison would prove nothing"
            );
        }
        assert_eq!(got.variables, expected.variables, "{label} {name}");
        assert_eq!(normalized(&got), normalized(&expected), "{label} {name}");
    }
    for (query, bindings, answer) in asks() {
        assert_eq!(local.ask(query, &bindings).unwrap(), answer);
        assert_eq!(remote.ask(query, &bindings).unwrap(), answer, "{label} {query}");
    }
    let (query, bindings) = construct();
    let expected: BTreeSet<String> = local
        .construct(query, &bindings)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    let got: BTreeSet<String> = remote
        .construct(query, &bindings)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(expected.len() > 20);
    assert_eq!(got, expected, "{label} construct");
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
    assert_eq!(summary.graphs, 2);
    progress
}

#[test]
fn virtuoso_gives_the_same_answers_as_the_embedded_store() {
    // Results are cut at 100 rows, so reading the bigger answers needs paging.
    let virtuoso = Virtuoso::start(100);
    let store = fixture_store();
    let endpoint = RemoteEndpoint::new(virtuoso.sparql_url()).unwrap();

    let progress = push_all(
        &store,
        &endpoint,
        PushMethod::GraphStore {
            url: virtuoso.graph_store_url(),
        },
        50,
    );
    assert!(
        progress.len() >= 7,
        "batches of 50 should report often: {progress:?}"
    );
    assert!(progress.iter().all(|p| p.sent <= p.total));
    assert_eq!(count_project_triples(&endpoint), store.len().unwrap());
    same_answers(&store, &endpoint, "virtuoso/json");
    same_answers(
        &store,
        &endpoint.clone().with_results_format(ResultsFormat::Xml),
        "virtuoso/xml",
    );

    // Pushing again, now by SPARQL Update, replaces rather than duplicates.
    push_all(&store, &endpoint, PushMethod::Update, 40);
    assert_eq!(count_project_triples(&endpoint), store.len().unwrap());
    same_answers(&store, &endpoint, "virtuoso/after-update-push");

    // An answer longer than the server's row cap comes back whole.
    let graph = "https://w3id.org/orgkg/graph/cnia-2025-local-association-symposium.yaml";
    let all = endpoint
        .select_text(&format!(
            "SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        ))
        .unwrap();
    let local = store
        .select(
            &format!("SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"),
            &[],
        )
        .unwrap();
    assert!(local.len() > 200);
    assert_eq!(normalized(&all), normalized(&local));
    let limited = endpoint
        .select_text(&format!(
            "SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} ORDER BY ?s LIMIT 150 OFFSET 5"
        ))
        .unwrap();
    assert_eq!(limited.len(), 150);

    let error = endpoint.select_text("SELECT ?s WHERE { ?s ?p }").unwrap_err();
    assert!(matches!(error, orgkg::sparql::SparqlError::Syntax(_)), "{error}");
}

#[test]
fn orgkg_serve_gives_the_same_answers_as_the_embedded_store() {
    let store = fixture_store();
    let read_only = TestServer::start(store.clone(), ServeConfig::default());
    let endpoint = RemoteEndpoint::new(read_only.url("/sparql")).unwrap();
    same_answers(&store, &endpoint, "orgkg");
    same_answers(
        &store,
        &endpoint.clone().with_results_format(ResultsFormat::Xml),
        "orgkg/xml",
    );

    // Push into an empty writable server both ways.
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
    same_answers(&store, &endpoint, "orgkg/pushed");
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
