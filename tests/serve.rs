//! The HTTP server: SPARQL Protocol, content negotiation, Graph Store Protocol, limits and bad input.

mod common;

use common::{TestServer, client, dump, fixture_store};
use orgkg::serve::ServeConfig;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

const WHO_ATTENDED: &str = "SELECT ?name ?role WHERE {
  ?p orgkg:event ?m ; orgkg:agent ?a ; orgkg:meetingRole ?r .
  ?m schema:name \"2025年地方行业协会负责人座谈会\"@zh .
  ?a skos:prefLabel ?name FILTER(LANG(?name) = \"zh\")
  ?r skos:prefLabel ?role FILTER(LANG(?role) = \"zh\")
} ORDER BY ?name ?role";

fn server() -> TestServer {
    TestServer::start(fixture_store(), ServeConfig::default())
}

struct Reply {
    status: u16,
    content_type: String,
    body: String,
}

fn get(url: &str, accept: Option<&str>) -> Reply {
    let mut request = client().get(url);
    if let Some(accept) = accept {
        request = request.header("Accept", accept);
    }
    reply(request.call().unwrap())
}

fn reply(mut response: ureq::http::Response<ureq::Body>) -> Reply {
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = response
        .body_mut()
        .with_config()
        .limit(1 << 30)
        .read_to_string()
        .unwrap();
    Reply {
        status,
        content_type,
        body,
    }
}

fn query_url(server: &TestServer, query: &str) -> String {
    let encoded: String = form_urlencoded::byte_serialize(query.as_bytes()).collect();
    server.url(&format!("/sparql?query={encoded}"))
}

fn rows(format: QueryResultsFormat, body: &str) -> Vec<Vec<String>> {
    match QueryResultsParser::from_format(format)
        .for_slice(body.as_bytes())
        .unwrap()
    {
        SliceQueryResultsParserOutput::Solutions(solutions) => solutions
            .map(|s| {
                s.unwrap()
                    .values()
                    .iter()
                    .map(|v| v.as_ref().map_or(String::new(), |t| t.to_string()))
                    .collect()
            })
            .collect(),
        SliceQueryResultsParserOutput::Boolean(b) => vec![vec![b.to_string()]],
    }
}

#[test]
fn select_answers_in_every_results_format_by_get_and_post() {
    let server = server();
    let json = get(
        &query_url(&server, WHO_ATTENDED),
        Some("application/sparql-results+json"),
    );
    assert_eq!(json.status, 200, "{}", json.body);
    assert!(json.content_type.starts_with("application/sparql-results+json"));
    let expected = rows(QueryResultsFormat::Json, &json.body);
    assert_eq!(expected.len(), 8, "{expected:?}");
    assert_eq!(
        expected[1],
        vec!["\"吴桐\"@zh".to_owned(), "\"主持\"@zh".to_owned()]
    );
    assert!(
        expected
            .iter()
            .any(|r| r[0] == "\"王健\"@zh" && r[1] == "\"讲话\"@zh")
    );

    let xml = get(
        &query_url(&server, WHO_ATTENDED),
        Some("application/sparql-results+xml"),
    );
    assert!(xml.content_type.starts_with("application/sparql-results+xml"));
    assert_eq!(rows(QueryResultsFormat::Xml, &xml.body), expected);

    let tsv = get(
        &query_url(&server, WHO_ATTENDED),
        Some("text/tab-separated-values"),
    );
    assert_eq!(rows(QueryResultsFormat::Tsv, &tsv.body), expected);

    let csv = get(&query_url(&server, WHO_ATTENDED), Some("text/csv"));
    assert!(csv.content_type.starts_with("text/csv"));
    assert!(csv.body.starts_with("name,role\r\n"), "{}", csv.body);
    assert!(csv.body.contains("王健,讲话"));

    let form = reply(
        client()
            .post(server.url("/sparql"))
            .header("Accept", "application/sparql-results+json")
            .send_form([("query", WHO_ATTENDED)])
            .unwrap(),
    );
    assert_eq!(rows(QueryResultsFormat::Json, &form.body), expected);

    let direct = reply(
        client()
            .post(server.url("/sparql"))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .send(WHO_ATTENDED)
            .unwrap(),
    );
    assert_eq!(rows(QueryResultsFormat::Json, &direct.body), expected);

    let by_param = get(&format!("{}&format=tsv", query_url(&server, WHO_ATTENDED)), None);
    assert_eq!(rows(QueryResultsFormat::Tsv, &by_param.body), expected);
    assert!(
        server.log.text().contains("GET /sparql?query="),
        "{}",
        server.log.text()
    );
}

#[test]
fn ask_and_construct_negotiate_their_formats() {
    let server = server();
    let ask = get(&query_url(&server, "ASK { ?p foaf:name \"王健\"@zh }"), None);
    assert_eq!(ask.body.trim(), "{\"head\":{},\"boolean\":true}");

    let construct = "CONSTRUCT { ?m schema:attendee ?a } WHERE { ?m a orgkg:Meeting ; schema:attendee ?a }";
    for (accept, format) in [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/rdf+xml", RdfFormat::RdfXml),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: Default::default(),
            },
        ),
    ] {
        let graph = get(&query_url(&server, construct), Some(accept));
        assert_eq!(graph.status, 200, "{accept}: {}", graph.body);
        assert!(
            graph.content_type.starts_with(accept),
            "{accept} gave {}",
            graph.content_type
        );
        let triples = RdfParser::from_format(format)
            .for_slice(graph.body.as_bytes())
            .count();
        assert_eq!(triples, 4, "{accept}: {}", graph.body);
    }
    let refused = get(&query_url(&server, construct), Some("image/png"));
    assert_eq!(refused.status, 406);
}

#[test]
fn service_description_and_health() {
    let server = server();
    let description = get(&server.url("/sparql"), None);
    assert_eq!(description.status, 200);
    assert!(description.content_type.starts_with("text/turtle"));
    let triples: Vec<_> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(description.body.as_bytes())
        .map(Result::unwrap)
        .collect();
    assert!(
        triples
            .iter()
            .any(|q| q.object.to_string() == "<http://www.w3.org/ns/sparql-service-description#Service>")
    );
    assert!(
        !description.body.contains("SPARQL11Update"),
        "a read-only server must not offer updates"
    );
    let health = get(&server.url("/health"), None);
    assert_eq!((health.status, health.body.trim()), (200, "{\"status\":\"ok\"}"));
}

#[test]
fn graph_store_reads_graphs_and_refuses_writes_when_read_only() {
    let server = server();
    let before = dump(&server.store);
    let graph = "https://w3id.org/orgkg/graph/cnia-2025-local-association-symposium.yaml";
    let read = get(
        &server.url(&format!("/store?graph={graph}")),
        Some("application/n-triples"),
    );
    assert_eq!(read.status, 200);
    let count = RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(read.body.as_bytes())
        .count();
    let expected = server
        .store
        .quads_for_pattern(
            None,
            None,
            None,
            Some(oxigraph::model::NamedNodeRef::new(graph).unwrap().into()),
        )
        .count();
    assert_eq!(count, expected);
    let all = get(&server.url("/store"), Some("application/n-quads"));
    assert_eq!(
        RdfParser::from_format(RdfFormat::NQuads)
            .for_slice(all.body.as_bytes())
            .count(),
        before.len()
    );

    let missing = get(&server.url("/store?graph=http://example.com/nothing"), None);
    assert_eq!(missing.status, 404, "{}", missing.body);

    let put = reply(
        client()
            .put(server.url(&format!("/store?graph={graph}")))
            .header("Content-Type", "text/turtle")
            .send("<http://x/s> <http://x/p> <http://x/o> .")
            .unwrap(),
    );
    assert_eq!(put.status, 403);
    let delete = reply(
        client()
            .delete(server.url(&format!("/store?graph={graph}")))
            .call()
            .unwrap(),
    );
    assert_eq!(delete.status, 403);
    let update = reply(
        client()
            .post(server.url("/sparql"))
            .send_form([("update", "DROP ALL")])
            .unwrap(),
    );
    assert_eq!(update.status, 403, "{}", update.body);
    assert!(update.body.contains("read-only"));
    assert_eq!(
        dump(&server.store),
        before,
        "a read-only server changed the store"
    );
}

#[test]
fn writable_server_takes_updates_and_graph_store_writes() {
    let config = ServeConfig {
        writable: true,
        ..ServeConfig::default()
    };
    let server = TestServer::start(oxigraph::store::Store::new().unwrap(), config);
    let put = reply(
        client()
            .put(server.url("/store?graph=http://example.com/g"))
            .header("Content-Type", "text/turtle")
            .send("<http://x/s> <http://x/p> \"一\" , \"二\" .")
            .unwrap(),
    );
    assert_eq!(put.status, 201, "{}", put.body);
    let post = reply(
        client()
            .post(server.url("/store?graph=http://example.com/g"))
            .header("Content-Type", "application/n-triples")
            .send("<http://x/s> <http://x/p> \"三\" .\n")
            .unwrap(),
    );
    assert_eq!(post.status, 204, "{}", post.body);
    assert_eq!(server.store.len().unwrap(), 3);
    let update = reply(
        client()
            .post(server.url("/sparql"))
            .send_form([("update", "DELETE WHERE { GRAPH ?g { ?s ?p \"一\" } }")])
            .unwrap(),
    );
    assert_eq!(update.status, 204, "{}", update.body);
    assert_eq!(server.store.len().unwrap(), 2);
    let replaced = reply(
        client()
            .put(server.url("/store?graph=http://example.com/g"))
            .header("Content-Type", "text/turtle")
            .send("<http://x/s> <http://x/p> \"四\" .")
            .unwrap(),
    );
    assert_eq!(replaced.status, 204);
    assert_eq!(server.store.len().unwrap(), 1);
    let description = get(&server.url("/sparql"), None);
    assert!(description.body.contains("SPARQL11Update"));
}

#[test]
fn malformed_queries_get_400_with_the_parser_message() {
    let server = server();
    let before = dump(&server.store);
    let bad = get(&query_url(&server, "SELECT ?s WHERE { ?s ?p }"), None);
    assert_eq!(bad.status, 400);
    assert!(bad.body.starts_with("SPARQL syntax error"), "{}", bad.body);
    assert!(
        bad.body.contains("1:"),
        "the message should say where: {}",
        bad.body
    );
    let bad_graph = get(
        &format!(
            "{}&default-graph-uri=not%20an%20iri",
            query_url(&server, "ASK {}")
        ),
        None,
    );
    assert_eq!(bad_graph.status, 400);
    let twice = get(&format!("{}&query=ASK%7B%7D", query_url(&server, "ASK {}")), None);
    assert_eq!(twice.status, 400);
    let get_update = get(&server.url("/sparql?update=DROP%20ALL"), None);
    assert_eq!(get_update.status, 400);
    let wrong_type = reply(
        client()
            .post(server.url("/sparql"))
            .header("Content-Type", "image/png")
            .send(&b"\x89PNG"[..])
            .unwrap(),
    );
    assert_eq!(wrong_type.status, 415);
    let not_utf8 = reply(
        client()
            .post(server.url("/sparql"))
            .header("Content-Type", "application/sparql-query")
            .send(&b"SELECT * WHERE { ?s ?p \xff }"[..])
            .unwrap(),
    );
    assert_eq!(not_utf8.status, 400);
    assert_eq!(get(&server.url("/no/such/page"), None).status, 404);
    assert_eq!(dump(&server.store), before);
}

#[test]
fn service_calls_are_refused_unless_allowed() {
    let server = server();
    let query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
    let refused = get(&query_url(&server, query), None);
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(refused.body.contains("--allow-service"));
    let silent = get(
        &query_url(&server, &query.replace("SERVICE", "SERVICE SILENT")),
        None,
    );
    assert_eq!(silent.status, 403);
}

#[test]
fn oversized_bodies_get_413_and_the_connection_closes() {
    let config = ServeConfig {
        max_body_bytes: 1000,
        ..ServeConfig::default()
    };
    let server = TestServer::start(fixture_store(), config);
    let big = format!("ASK {{}} # {}", "x".repeat(5000));
    let refused = reply(
        client()
            .post(server.url("/sparql"))
            .header("Content-Type", "application/sparql-query")
            .send(big.as_str())
            .unwrap(),
    );
    assert_eq!(refused.status, 413);
    // A body declared huge is refused from its header, without being read.
    let mut stream = TcpStream::connect(server.server.address()).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream
        .write_all(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 999999999\r\n\r\nASK {}")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert_eq!(get(&server.url("/health"), None).status, 200);
}

#[test]
fn endless_queries_are_stopped_at_the_timeout() {
    let config = ServeConfig {
        timeout: Duration::from_secs(1),
        max_results: usize::MAX,
        ..ServeConfig::default()
    };
    let server = TestServer::start(fixture_store(), config);
    // A four-way cross product of every quad: about 10^10 rows, read lazily from storage.
    let endless = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    let start = Instant::now();
    let stopped = get(&query_url(&server, endless), None);
    let elapsed = start.elapsed();
    assert_eq!(
        stopped.status,
        503,
        "{}",
        &stopped.body[..stopped.body.len().min(300)]
    );
    assert!(stopped.body.contains("stopped"), "{}", stopped.body);
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
    // The server still answers, and the stopped query let go of its slot.
    assert_eq!(get(&query_url(&server, "ASK {}"), None).status, 200);
}

#[test]
fn results_over_the_limit_are_refused_not_cut() {
    let config = ServeConfig {
        max_results: 10,
        ..ServeConfig::default()
    };
    let server = TestServer::start(fixture_store(), config);
    let many = get(&query_url(&server, "SELECT * WHERE { ?s ?p ?o }"), None);
    assert_eq!(many.status, 422, "{}", many.body);
    assert!(many.body.contains("LIMIT"));
    let few = get(&query_url(&server, "SELECT * WHERE { ?s ?p ?o } LIMIT 10"), None);
    assert_eq!(few.status, 200);
}

#[test]
fn malformed_requests_never_crash_the_server() {
    let server = server();
    let before = dump(&server.store);
    let garbage: &[&[u8]] = &[
        b"GET /sparql?query=%ZZ%%% HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /sparql?query=%E4%B8 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET \xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n",
        b"BREW /sparql HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /sparql HTTP/1.1\r\nHost: \xff\r\nAccept: \xff\xfe;q=abc\r\n\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\nquery=%",
        b"POST /store?graph=%3Chttp HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
        b"GET /api/entity?iri=%00 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"\r\n\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/sparql-query\r\n\r\nzz\r\n",
    ];
    for request in garbage {
        let mut stream = TcpStream::connect(server.server.address()).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        stream.write_all(request).unwrap();
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        let head = String::from_utf8_lossy(&answer);
        assert!(
            head.is_empty() || head.starts_with("HTTP/1.1 4") || head.starts_with("HTTP/1.1 2"),
            "{:?} got {head}",
            String::from_utf8_lossy(request)
        );
        assert_eq!(
            get(&server.url("/health"), None).status,
            200,
            "after {:?}",
            String::from_utf8_lossy(request)
        );
    }
    assert_eq!(dump(&server.store), before);
}

#[test]
fn cors_is_off_by_default_and_on_when_asked() {
    let plain = server();
    let response = client()
        .get(plain.url("/health"))
        .header("Origin", "http://example.com")
        .call()
        .unwrap();
    assert!(response.headers().get("access-control-allow-origin").is_none());
    let config = ServeConfig {
        cors: true,
        ..ServeConfig::default()
    };
    let open = TestServer::start(fixture_store(), config);
    let response = client()
        .get(open.url("/health"))
        .header("Origin", "http://example.com")
        .call()
        .unwrap();
    assert_eq!(
        response.headers().get("access-control-allow-origin").unwrap(),
        "*"
    );
    let preflight = client().options(open.url("/sparql")).call().unwrap();
    assert_eq!(preflight.status().as_u16(), 204);
    assert!(
        preflight.headers().get("access-control-allow-headers").is_some(),
        "{:?}",
        preflight.headers()
    );
}

#[test]
fn python_sparql_clients_read_the_endpoint() {
    let server = server();
    let script = common::root().join("tests/python/clients.py");
    let python = common::require_program(
        "python3",
        "install Python 3 and then: pip install SPARQLWrapper rdflib",
    );
    let output = std::process::Command::new(python)
        .arg(&script)
        .arg(server.url("/sparql"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{} failed:\n{stdout}\n{stderr}",
        script.display()
    );
    assert!(stdout.contains("rdflib SPARQLStore: ok (8 rows)"), "{stdout}");
    assert!(stdout.contains("SPARQLWrapper JSON POST: ok"), "{stdout}");
}
