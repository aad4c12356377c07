"""Real SPARQL clients against `orgkg serve`: SPARQLWrapper and rdflib's SPARQLStore.

Run by tests/serve.rs with the endpoint URL as the only argument; exits non-zero on the first wrong answer.
Needs the PyPI packages SPARQLWrapper and rdflib (pip install SPARQLWrapper rdflib).
"""

import sys

try:
    from SPARQLWrapper import JSON, XML, CSV, TURTLE, SPARQLWrapper
    from rdflib import Graph, Literal, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
except ImportError as error:  # pragma: no cover - the message is the point
    sys.exit(f"missing Python package ({error}); install with: pip install SPARQLWrapper rdflib")

ENDPOINT = sys.argv[1]
MEETING = "https://w3id.org/orgkg/id/meeting-091a2b3c4d5e6f70"
WHO_ATTENDED = """
PREFIX orgkg: <https://w3id.org/orgkg/ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name ?role WHERE {
  ?p orgkg:event <%s> ; orgkg:agent ?a ; orgkg:meetingRole ?r .
  ?a skos:prefLabel ?name FILTER(LANG(?name) = "zh")
  ?r skos:prefLabel ?role FILTER(LANG(?role) = "zh")
}""" % MEETING
EXPECTED = {
    ("中国有色金属工业协会", "主办"), ("陕西省有色金属工业协会", "协办"), ("王健", "出席"), ("王健", "讲话"),
    ("吴群英", "致辞"), ("赵卫肃", "主持"), ("吴桐", "主持"), ("吴桐", "通报"),
}


def check(label, got):
    if got != EXPECTED:
        sys.exit(f"{label}: expected {sorted(EXPECTED)}, got {sorted(got)}")
    print(f"{label}: ok ({len(got)} rows)")


def sparqlwrapper_json(method):
    client = SPARQLWrapper(ENDPOINT)
    client.setMethod(method)
    client.setQuery(WHO_ATTENDED)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    for b in bindings:
        assert b["name"]["xml:lang"] == "zh", b
    return {(b["name"]["value"], b["role"]["value"]) for b in bindings}


def sparqlwrapper_xml():
    client = SPARQLWrapper(ENDPOINT)
    client.setQuery(WHO_ATTENDED)
    client.setReturnFormat(XML)
    document = client.query().convert()
    rows = set()
    for result in document.getElementsByTagName("result"):
        values = {b.getAttribute("name"): b.getElementsByTagName("literal")[0].firstChild.data
                  for b in result.getElementsByTagName("binding")}
        rows.add((values["name"], values["role"]))
    return rows


def sparqlwrapper_csv():
    client = SPARQLWrapper(ENDPOINT)
    client.setQuery(WHO_ATTENDED)
    client.setReturnFormat(CSV)
    lines = client.query().convert().decode("utf-8").strip().splitlines()
    assert lines[0] == "name,role", lines[0]
    return {tuple(line.split(",")) for line in lines[1:]}


def sparqlwrapper_ask_and_construct():
    client = SPARQLWrapper(ENDPOINT)
    client.setQuery("ASK { <%s> <http://schema.org/attendee> ?who }" % MEETING)
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client = SPARQLWrapper(ENDPOINT)
    client.setQuery("CONSTRUCT { <%s> ?p ?o } WHERE { <%s> ?p ?o }" % (MEETING, MEETING))
    client.setReturnFormat(TURTLE)
    graph = Graph()
    graph.parse(data=client.query().convert(), format="turtle")
    names = {str(o) for o in graph.objects(URIRef(MEETING), URIRef("http://schema.org/name"))}
    assert "2025年地方行业协会负责人座谈会" in names, names
    print(f"SPARQLWrapper ASK and CONSTRUCT: ok ({len(graph)} triples)")


def rdflib_store():
    store = SPARQLStore(ENDPOINT)
    graph = Graph(store=store)
    rows = {(str(r.name), str(r.role)) for r in graph.query(WHO_ATTENDED)}
    label = next(graph.objects(URIRef("https://w3id.org/orgkg/id/person-5e6f708192a3b4c5"),
                               URIRef("http://xmlns.com/foaf/0.1/name")))
    assert label == Literal("王健", lang="zh"), repr(label)
    return rows


def malformed_query_is_reported():
    client = SPARQLWrapper(ENDPOINT)
    client.setQuery("SELECT ?x WHERE { ?x")
    client.setReturnFormat(JSON)
    try:
        client.query()
    except Exception as error:  # SPARQLWrapper raises QueryBadFormed for a 400
        assert "400" in str(error) or "QueryBadFormed" in type(error).__name__, error
        print("malformed query: refused as expected")
        return
    sys.exit("a malformed query was accepted")


check("SPARQLWrapper JSON GET", sparqlwrapper_json("GET"))
check("SPARQLWrapper JSON POST", sparqlwrapper_json("POST"))
check("SPARQLWrapper XML", sparqlwrapper_xml())
check("SPARQLWrapper CSV", sparqlwrapper_csv())
sparqlwrapper_ask_and_construct()
check("rdflib SPARQLStore", rdflib_store())
malformed_query_is_reported()
