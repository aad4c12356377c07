//! The web page in a real browser: search for 王健, open the meeting, see the roles, run a query.

mod common;

use common::chromium::Browser;
use common::{TestServer, seed_store};
use orgkg::serve::ServeConfig;
use orgkg::sparql::SparqlBackend;
use serde_json::Value;

#[test]
fn search_open_the_meeting_see_the_roles_and_run_a_query() {
    // The seed meeting as the loader writes it, so the page shows what `orgkg::questions` answers.
    let seed = seed_store();
    let server = TestServer::start(seed.store().clone(), ServeConfig::default());
    let mut browser = Browser::launch();
    let origin = server.url("");
    browser.navigate(&server.url("/"));
    browser.wait_for(
        "document.getElementById('search-input') && document.readyState === 'complete'",
        30,
    );
    assert_eq!(browser.eval("document.documentElement.lang"), "zh-CN");

    // Search for 王健 the way a person does: type and press the button.
    browser.eval(
        "(() => { const i = document.getElementById('search-input'); i.value = '王健';
          document.querySelector('#search-form button').click(); })()",
    );
    let hits = browser.wait_for(
        "[...document.querySelectorAll('#search-results li')].map(li => li.innerText)",
        20,
    );
    let hits: Vec<String> = serde_json::from_value(hits).unwrap();
    assert!(
        hits.iter().any(|h| h.contains("王健") && h.contains("人物")),
        "{hits:?}"
    );

    // Open his page, then the meeting he took part in.
    browser.eval(
        "[...document.querySelectorAll('#search-results a')].find(a => a.textContent === '王健').click()",
    );
    browser.wait_for(
        "document.getElementById('entity-title')?.textContent === '王健'",
        20,
    );
    let roles = browser.wait_for(
        "[...document.querySelectorAll('#participations td.role')].map(td => td.textContent)",
        20,
    );
    let roles: Vec<String> = serde_json::from_value(roles).unwrap();
    assert!(
        roles.len() == 1 && roles[0].contains("出席") && roles[0].contains("讲话"),
        "{roles:?}"
    );
    let posts = browser.wait_for("document.getElementById('posts')?.innerText", 5);
    assert!(posts.as_str().unwrap().contains("副会长"), "{posts}");
    browser.eval("document.querySelector('#participations a').click()");
    browser.wait_for(
        "document.getElementById('entity-title')?.textContent === '2025年地方行业协会负责人座谈会'",
        20,
    );
    let rows = browser.wait_for(
        "[...document.querySelectorAll('#participants tbody tr')].map(tr => [...tr.cells].slice(0, 2).map(c => c.textContent))",
        20,
    );
    let rows: Vec<Vec<String>> = serde_json::from_value(rows).unwrap();
    for (who, role) in [
        ("王健", "出席"),
        ("王健", "讲话"),
        ("吴群英", "致辞"),
        ("赵卫肃", "主持"),
        ("吴桐", "主持"),
        ("吴桐", "通报"),
        ("何青", "作报告"),
        ("中国有色金属工业协会", "主办"),
        ("陕西省有色金属工业协会", "协办"),
    ] {
        assert!(
            rows.iter().any(|r| r[0] == who && r[1].contains(role)),
            "no {who} as {role} in {rows:?}"
        );
    }
    assert_eq!(
        rows[0][0], "中国有色金属工业协会",
        "organizers come first: {rows:?}"
    );
    let sources = browser.wait_for("document.getElementById('sources')?.innerText", 5);
    assert!(
        sources.as_str().unwrap().contains("座谈会在西安召开"),
        "{sources}"
    );
    screenshot(&mut browser, "meeting");

    // Run a query in the editor and read the table.
    browser.eval("location.hash = '#/sparql'");
    browser.wait_for("document.getElementById('sparql-text')", 10);
    let query = "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name";
    let expected: Vec<String> = seed
        .store()
        .select(query, &[])
        .unwrap()
        .iter()
        .map(|r| r.text("name").unwrap().to_owned())
        .collect();
    assert_eq!(expected.len(), 6, "{expected:?}");
    browser.eval(&format!(
        "(() => {{ document.getElementById('sparql-text').value = {};
          document.getElementById('run-query').click(); }})()",
        serde_json::to_string(query).unwrap()
    ));
    let cells = browser.wait_for(
        "[...document.querySelectorAll('#results tbody td')].map(td => td.textContent)",
        20,
    );
    let cells: Vec<String> = serde_json::from_value(cells).unwrap();
    assert_eq!(
        cells,
        expected.iter().map(|n| format!("{n}@zh")).collect::<Vec<_>>()
    );
    let count = browser.eval("document.getElementById('result-count').textContent");
    assert!(
        count
            .as_str()
            .unwrap()
            .starts_with(&format!("{} 行", expected.len())),
        "{count}"
    );
    let csv = browser.eval("fetch(document.querySelector('#downloads a').href).then(r => r.text())");
    assert_eq!(
        csv.as_str().unwrap(),
        format!("name\r\n{}\r\n", expected.join("\r\n"))
    );
    screenshot(&mut browser, "sparql");

    // A broken query shows the parser's message instead of a table.
    browser.eval(
        "(() => { document.getElementById('sparql-text').value = 'SELECT ?x WHERE { ?x';
          document.getElementById('run-query').click(); })()",
    );
    let error = browser.wait_for(
        "document.querySelector('#sparql-results .error')?.textContent",
        20,
    );
    assert!(error.as_str().unwrap().contains("SPARQL syntax error"), "{error}");

    // Everything the page loaded came from this server: it works with no network.
    let resources = browser.eval("performance.getEntriesByType('resource').map(e => e.name)");
    let Value::Array(resources) = resources else {
        panic!("no resource list")
    };
    assert!(!resources.is_empty());
    for url in resources {
        assert!(
            url.as_str().unwrap().starts_with(&origin),
            "the page fetched {url} from elsewhere"
        );
    }
}

/// Keeps a picture of the page when ORGKG_SCREENSHOTS names a directory.
fn screenshot(browser: &mut Browser, name: &str) {
    if let Some(dir) = std::env::var_os("ORGKG_SCREENSHOTS") {
        browser.screenshot(&std::path::Path::new(&dir).join(format!("{name}.png")));
    }
}
