//! The core commands through the real binary: load, the everyday questions, query, stats, dump, demo,
//! and what happens on bad input.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_orgkg"));
    c.env_remove("ORGKG_STORE").env_remove("ORGKG_LEXICON");
    c
}

/// Runs the binary with `input` on its standard input.
fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input).unwrap();
    child.wait_with_output().unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/core")
        .join(name)
}

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/seed/cnia-2025-local-association-symposium.yaml")
}

struct Store {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Store {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store");
        Self { _dir: dir, path }
    }

    fn run(&self, args: &[&str]) -> Output {
        bin().arg("--store").arg(&self.path).args(args).output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "orgkg {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn fail(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            !out.status.success(),
            "orgkg {args:?} should fail but printed:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).unwrap()
    }

    fn quads(&self) -> usize {
        let out = self.ok(&["dump", "--format", "nquads"]);
        out.lines().count()
    }

    fn with_seed() -> Self {
        let s = Self::new();
        s.ok(&["load", seed().to_str().unwrap()]);
        s
    }
}

fn names_and_roles(answer: &Value) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = answer["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let roles = p["roles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["zh"].as_str().unwrap().to_owned())
                .collect();
            (p["zh"].as_str().unwrap().to_owned(), roles)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn who_attended_the_seed_meeting_is_complete_and_exact() {
    let s = Store::with_seed();
    let answer = s.json(&["who-attended", "2025年地方行业协会负责人座谈会"]);
    let expected: Vec<(String, Vec<String>)> = vec![
        ("中国有色金属工业协会", vec!["主办"]),
        ("何青", vec!["作报告"]),
        ("吴桐", vec!["主持", "通报"]),
        ("吴群英", vec!["致辞"]),
        ("江苏省冶金行业协会", vec!["交流"]),
        ("江西省铜行业协会", vec!["交流"]),
        ("王健", vec!["讲话", "出席"]),
        ("福建省冶金工业协会", vec!["交流"]),
        ("赵卫肃", vec!["主持"]),
        ("陕西省有色金属工业协会", vec!["协办", "交流"]),
        ("黄忠良", vec!["出席"]),
        ("黑龙江省工业发展促进中心", vec!["交流"]),
    ]
    .into_iter()
    .map(|(n, r)| (n.to_owned(), r.into_iter().map(str::to_owned).collect()))
    .collect();
    let mut expected = expected;
    expected.sort();
    assert_eq!(names_and_roles(&answer), expected);

    let person = |name: &str| {
        answer["participants"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["zh"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(person("王健")["title"], "党委常委、副会长");
    assert_eq!(person("王健")["on_behalf_of"]["zh"], "中国有色金属工业协会");
    assert_eq!(person("吴群英")["title"], "党委书记、董事长");
    assert_eq!(person("吴群英")["on_behalf_of"]["zh"], "陕西有色金属集团");
    assert_eq!(person("赵卫肃")["title"], "副秘书长、会员部（贸易物流部）主任");
    assert_eq!(person("何青")["en"], "He Qing");
    assert_eq!(person("王健")["kind"], "person");
    assert_eq!(person("江西省铜行业协会")["kind"], "organization");
    let m = &answer["meeting"];
    assert_eq!(m["date"], "2025-10-14");
    assert_eq!(m["place"]["zh"], "西安");
    assert_eq!(m["attendance"], "50余人");
    assert_eq!(m["topics"].as_array().unwrap().len(), 3);
    // The organizers come first.
    assert_eq!(answer["participants"][0]["zh"], "中国有色金属工业协会");
}

#[test]
fn who_attended_table_aligns_and_names_the_meeting() {
    let s = Store::with_seed();
    let out = s.ok(&["who-attended", "座谈会"]);
    assert!(
        out.starts_with("2025年地方行业协会负责人座谈会\n  date 2025-10-14 · place 西安 · attendance 50余人"),
        "{out}"
    );
    let line = out.lines().find(|l| l.contains("吴桐")).unwrap();
    assert!(line.contains("主持、通报"), "{line}");
    let en = s.ok(&["who-attended", "座谈会", "--lang", "en"]);
    assert!(
        en.starts_with("2025 Symposium of Heads of Local Industry Associations"),
        "{en}"
    );
    let line = en.lines().find(|l| l.contains("Wang Jian")).unwrap();
    assert!(
        line.contains("Speech, Attendee") && line.contains("China Nonferrous Metals Industry Association"),
        "{line}"
    );
}

#[test]
fn posts_meetings_and_members_answer_from_the_seed() {
    let s = Store::with_seed();
    let posts = s.json(&["posts", "赵卫肃"]);
    let posts = posts.as_array().unwrap();
    assert_eq!(posts.len(), 2);
    let roles: Vec<(&str, &str, Option<&str>)> = posts
        .iter()
        .map(|p| {
            (
                p["role"]["zh"].as_str().unwrap(),
                p["organization"]["zh"].as_str().unwrap(),
                p["parent"]["zh"].as_str(),
            )
        })
        .collect();
    assert!(
        roles.contains(&("副秘书长", "中国有色金属工业协会", None)),
        "{roles:?}"
    );
    assert!(
        roles.contains(&("主任", "会员部", Some("中国有色金属工业协会"))),
        "{roles:?}"
    );
    assert!(posts.iter().all(|p| p["as_of"] == "2025-10-14"));
    assert!(
        posts
            .iter()
            .all(|p| p["sources"][0].as_str().unwrap().contains("座谈会在西安召开"))
    );

    let meetings = s.json(&["meetings", "王健"]);
    assert_eq!(meetings.as_array().unwrap().len(), 1);
    let roles: Vec<&str> = meetings[0]["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["zh"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["讲话", "出席"]);
    let org_meetings = s.json(&["meetings", "中国有色金属工业协会"]);
    assert_eq!(org_meetings[0]["roles"][0]["zh"], "主办");
    assert_eq!(
        org_meetings[0]["via"].as_array().unwrap().len(),
        4,
        "{org_meetings}"
    );

    let members = s.json(&["members", "中国有色金属工业协会"]);
    let mut people: Vec<(String, String)> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["person"]["zh"].as_str().unwrap().to_owned(),
                m["role"]["zh"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    people.sort();
    assert_eq!(
        people,
        [
            ("何青", "高级专家"),
            ("吴桐", "副主任"),
            ("王健", "党委常委"),
            ("王健", "副会长"),
            ("赵卫肃", "主任"),
            ("赵卫肃", "副秘书长")
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    let group = s.json(&["members", "陕西有色金属集团"]);
    assert_eq!(group.as_array().unwrap().len(), 4);
}

#[test]
fn search_finds_any_spelling() {
    let s = Store::with_seed();
    for query in ["王健", "wang jian", "Wangjian", "Wáng Jiàn", "WANG JIAN"] {
        let found = s.json(&["search", query]);
        assert_eq!(found.as_array().unwrap().len(), 1, "{query}: {found}");
        assert_eq!(found[0]["name"]["zh"], "王健", "{query}");
    }
    assert_eq!(s.json(&["search", "趙衛肅"])[0]["name"]["zh"], "赵卫肃");
    assert_eq!(s.json(&["search", "Zhao Weisu"])[0]["name"]["zh"], "赵卫肃");
    assert_eq!(
        s.json(&["search", "Nonferrous Metals Industry Association"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(s.json(&["search", "贸易物流部"])[0]["name"]["zh"], "会员部");
    assert_eq!(
        s.json(&["search", "有色协会"])[0]["name"]["zh"],
        "中国有色金属工业协会"
    );
    let partial = s.json(&["search", "卫肃"]);
    assert_eq!(partial[0]["name"]["zh"], "赵卫肃");
    assert!(s.ok(&["search", "不存在的名字"]).contains("no entity"));
}

#[test]
fn a_name_that_fits_several_entities_is_never_guessed() {
    let s = Store::new();
    s.ok(&["load", fixture("two-zhang-san.yaml").to_str().unwrap()]);
    let err = s.fail(&["posts", "张三"]);
    assert!(err.contains("'张三' fits 2 entities"), "{err}");
    assert!(
        err.contains("id:zhang-san-textiles") || err.contains("https://w3id.org/orgkg/id/zhang-san-textiles"),
        "{err}"
    );
    let posts = s.json(&["posts", "id:zhang-san-textiles"]);
    assert_eq!(posts[0]["role"]["zh"], "总经理");
}

#[test]
fn names_with_quotes_braces_and_keywords_are_matched_literally() {
    let s = Store::new();
    s.ok(&["load", fixture("tricky-names.yaml").to_str().unwrap()]);
    let before = s.quads();
    let posts = s.json(&["posts", "O'Brien \"Bob\" } UNION {"]);
    assert_eq!(posts[0]["organization"]["zh"], "\"} DROP ALL { SELECT 公司");
    let members = s.json(&["members", "\"} DROP ALL { SELECT 公司"]);
    assert_eq!(members.as_array().unwrap().len(), 1);
    assert!(
        s.ok(&["search", "\" } DROP ALL { \""]).contains("no entity")
            || s.json(&["search", "\" } DROP ALL { \""]).is_array()
    );
    assert_eq!(s.quads(), before);
}

#[test]
fn loading_twice_changes_nothing_and_a_changed_file_replaces_its_graph() {
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("zhang.yaml");
    std::fs::copy(fixture("two-zhang-san.yaml"), &file).unwrap();
    let first = s.ok(&["load", file.to_str().unwrap()]);
    assert!(first.starts_with("loaded"), "{first}");
    let dump = s.ok(&["dump"]);
    let second = s.ok(&["load", file.to_str().unwrap()]);
    assert!(second.starts_with("unchanged"), "{second}");
    assert_eq!(s.ok(&["dump"]), dump);
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("秘书长", "副秘书长");
    std::fs::write(&file, text).unwrap();
    assert!(s.ok(&["load", file.to_str().unwrap()]).starts_with("replaced"));
    let roles: Vec<String> = s
        .json(&["posts", "id:zhang-san-textiles"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["role"]["zh"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(roles, ["总经理"]);
    let found = s.json(&["search", "甲市机械行业协会"]);
    let org = found[0]["iri"].as_str().unwrap().to_owned();
    let members = s.json(&["members", &org]);
    assert_eq!(
        members[0]["role"]["zh"], "副秘书长",
        "the old post is gone: {members}"
    );
    assert_eq!(members.as_array().unwrap().len(), 1);
}

#[test]
fn bad_input_is_named_and_leaves_the_store_as_it_was() {
    let s = Store::with_seed();
    let before = s.ok(&["dump"]);
    let cases: [(&str, &str); 6] = [
        ("malformed.yaml", "malformed.yaml:4:"),
        (
            "unknown-org.yaml",
            "unknown-org.yaml:11: a post of person '李四' names organization '丁协会', which no record declares",
        ),
        ("malformed.ttl", "malformed.ttl:3:"),
        ("invalid-utf8.yaml", "invalid-utf8.yaml:2:11: invalid UTF-8"),
        ("empty.yaml", "empty.yaml: the file is empty"),
        ("does-not-exist.yaml", "no such file"),
    ];
    for (file, expected) in cases {
        // The good file first: a failure in the second source must undo the first too.
        let err = s.fail(&[
            "load",
            fixture("two-zhang-san.yaml").to_str().unwrap(),
            fixture(file).to_str().unwrap(),
        ]);
        assert!(err.contains(expected), "{file}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one paragraph: {err}");
        assert_eq!(s.ok(&["dump"]), before, "{file} changed the store");
    }
}

#[test]
fn a_failed_load_into_a_fresh_store_leaves_it_empty_and_no_files_behind() {
    // A fresh store takes sources through the bulk loader as they are read: the reports read before the bad
    // file must not land, nor leave the loader's sorted files in the store's folder.
    let s = Store::new();
    // (A load creates the store with its built-in graphs, even when it fails.)
    s.fail(&["load", fixture("malformed.yaml").to_str().unwrap()]);
    let before = s.ok(&["dump"]);
    // (The bulk loader's own files are named `bulk-….sst`.)
    let bulk_files = |dir: &Path| -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("bulk-"))
            .collect()
    };
    let news = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
    let mut args: Vec<String> = vec!["load".into()];
    for name in [
        "branch-forum.txt",
        "company-work-meeting.txt",
        "election-congress.txt",
    ] {
        args.push(news.join(name).display().to_string());
    }
    args.push(fixture("malformed.yaml").display().to_string());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = s.fail(&args);
    assert!(err.contains("malformed.yaml:4:"), "{err}");
    assert_eq!(s.ok(&["dump"]), before);
    assert_eq!(bulk_files(&s.path), Vec::<String>::new());
    // The same reports without the bad file load, each into its graph.
    let out = s.ok(&args[..args.len() - 1]);
    assert_eq!(out.matches("loaded").count(), 3, "{out}");
}

#[test]
fn rdf_loads_into_its_own_graph_with_shortcuts_materialized() {
    let s = Store::new();
    let out = s.ok(&["load", fixture("participation.ttl").to_str().unwrap()]);
    assert!(
        out.contains("<https://w3id.org/orgkg/graph/participation.ttl>"),
        "{out}"
    );
    let ask = s.ok(&["query", "ASK { GRAPH <https://w3id.org/orgkg/graph/participation.ttl> { id:forum orgkg:speaker id:li-si ; schema:attendee id:li-si ; schema:performer id:li-si } }"]);
    assert_eq!(ask.trim(), "true");
    let who = s.json(&["who-attended", "测试论坛"]);
    assert_eq!(who["participants"][0]["zh"], "李四");
    // The same data in the other syntaxes loads the same way.
    let nt = s.ok(&[
        "dump",
        "--graph",
        "https://w3id.org/orgkg/graph/participation.ttl",
        "--format",
        "ntriples",
    ]);
    for format in ["nt", "trig", "nq", "rdf", "jsonld"] {
        let other = Store::new();
        let converted = s.ok(&[
            "dump",
            "--graph",
            "https://w3id.org/orgkg/graph/participation.ttl",
            "--format",
            match format {
                "nt" => "ntriples",
                "rdf" => "rdfxml",
                "nq" => "nquads",
                f => f,
            },
        ]);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(format!("participation.{format}"));
        std::fs::write(&file, converted).unwrap();
        other.ok(&["load", file.to_str().unwrap()]);
        assert_eq!(
            other.json(&["who-attended", "测试论坛"])["participants"][0]["zh"],
            "李四",
            "{format}"
        );
    }
    assert!(nt.lines().count() > 10);
}

#[test]
fn standard_input_and_global_options_anywhere() {
    let s = Store::new();
    let store = s.path.to_str().unwrap();
    let out = with_stdin(
        &["load", "-", "--format", "turtle", "--store", store],
        &std::fs::read(fixture("participation.ttl")).unwrap(),
    );
    assert!(out.status.success());
    let out = bin()
        .env("ORGKG_STORE", &s.path)
        .args(["search", "李四", "--format", "json"])
        .output()
        .unwrap();
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found[0]["name"]["zh"], "李四");
    let err = s.fail(&["load", "-"]);
    assert!(err.contains("needs --format"), "{err}");
}

#[test]
fn query_formats_prefixes_graphs_and_errors() {
    let s = Store::with_seed();
    let q = "SELECT ?name WHERE { ?m orgkg:chair ?p . ?p foaf:name ?name } ORDER BY ?name";
    let table = s.ok(&["query", q]);
    assert_eq!(
        table.lines().collect::<Vec<_>>(),
        ["name", "──────", "吴桐", "赵卫肃"]
    );
    assert_eq!(
        s.ok(&["query", q, "--format", "csv"]),
        "name\r\n吴桐\r\n赵卫肃\r\n"
    );
    assert!(s.ok(&["query", q, "--format", "tsv"]).contains("\"吴桐\"@zh"));
    let json: Value = serde_json::from_str(&s.ok(&["query", q, "--format", "json"])).unwrap();
    assert_eq!(json["results"]["bindings"][0]["name"]["value"], "吴桐");
    assert!(
        s.ok(&["query", q, "--format", "xml"])
            .contains("<literal xml:lang=\"zh\">赵卫肃</literal>")
    );
    let turtle = s.ok(&[
        "query",
        "CONSTRUCT { ?m orgkg:chair ?p } WHERE { ?m orgkg:chair ?p }",
    ]);
    assert!(turtle.contains("orgkg:chair"), "{turtle}");
    let nt = s.ok(&[
        "query",
        "DESCRIBE ?p WHERE { ?p foaf:name \"王健\"@zh }",
        "--format",
        "ntriples",
    ]);
    assert!(nt.contains("\"Wang Jian\"@en"), "{nt}");
    let in_ontology = s.ok(&[
        "query",
        "ASK { ?m orgkg:chair ?p }",
        "--graph",
        "https://w3id.org/orgkg/graph/ontology",
    ]);
    assert_eq!(in_ontology.trim(), "false");
    let err = s.fail(&["query", "SELECT ?x WHERE { ?x ?y }"]);
    assert!(
        err.contains("1:") && err.contains("expected") && err.contains('^'),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("q.rq");
    std::fs::write(&file, q).unwrap();
    assert_eq!(s.ok(&["query", "-f", file.to_str().unwrap()]), table);
}

#[test]
fn update_stats_and_dump_round_trip() {
    let s = Store::with_seed();
    let stats = s.ok(&["stats"]);
    assert!(
        stats.contains("foaf:Person") && stats.contains("cnia-2025-local-association-symposium.yaml"),
        "{stats}"
    );
    let people = count_of(&s, "foaf:Person");
    assert_eq!(people, Some(6));
    let orgs = count_of(&s, "org:Organization");
    assert_eq!(orgs, Some(9), "7 organizations and 2 departments");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("all.nq");
    s.ok(&["dump", "-o", file.to_str().unwrap()]);
    let copy = Store::new();
    copy.ok(&["load", file.to_str().unwrap()]);
    assert_eq!(
        copy.json(&["who-attended", "座谈会"])["participants"]
            .as_array()
            .unwrap()
            .len(),
        12
    );

    s.ok(&[
        "update",
        "INSERT DATA { GRAPH <urn:notes> { <urn:a> rdfs:label \"便签\"@zh } }",
    ]);
    assert_eq!(
        s.ok(&["query", "ASK { <urn:a> rdfs:label \"便签\"@zh }"]).trim(),
        "true"
    );
}

#[test]
fn demo_runs_on_a_fresh_store_and_again() {
    let s = Store::new();
    let first = s.ok(&["demo"]);
    assert!(
        first.contains("loaded: cnia-2025-local-association-symposium.yaml"),
        "{first}"
    );
    assert!(
        first.contains("王健") && first.contains("讲话") && first.contains("会员部"),
        "{first}"
    );
    let second = s.ok(&["demo"]);
    assert!(second.contains("already loaded"), "{second}");
    let memory = bin().args(["--memory", "demo"]).output().unwrap();
    assert!(memory.status.success());
    assert!(String::from_utf8_lossy(&memory.stdout).contains("赵卫肃"));
}

#[test]
fn a_directory_that_is_not_a_store_and_a_locked_store_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("thesis.docx"), "not a store").unwrap();
    let out = bin()
        .arg("--store")
        .arg(dir.path())
        .args(["load"])
        .arg(seed())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not an orgkg store"));
    assert!(dir.path().join("thesis.docx").is_file());

    let s = Store::with_seed();
    let held = orgkg::store::OrgStore::open(
        &orgkg::store::Location::Disk(s.path.clone()),
        orgkg::store::Access::Write,
    )
    .unwrap();
    let err = s.fail(&["load", fixture("two-zhang-san.yaml").to_str().unwrap()]);
    assert!(err.contains("in use by another process"), "{err}");
    // Readers still work beside the writer.
    assert!(s.ok(&["posts", "王健"]).contains("副会长"));
    drop(held);
}

#[test]
fn generated_graphs_are_deterministic_and_load() {
    let s = Store::new();
    let a = s.ok(&["generate", "--orgs", "20", "--seed", "3"]);
    assert_eq!(a, s.ok(&["generate", "--orgs", "20", "--seed", "3"]));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gen.yaml");
    std::fs::write(&file, &a).unwrap();
    s.ok(&["load", file.to_str().unwrap()]);
    let people = count_of(&s, "foaf:Person");
    assert_eq!(people, Some(200));
    let nt = s.ok(&["generate", "--orgs", "20", "--seed", "3", "--format", "ntriples"]);
    assert!(nt.lines().count() > 5_000);
}

#[test]
fn the_seed_conforms_to_the_shapes_and_a_broken_graph_does_not() {
    let s = Store::with_seed();
    assert!(s.ok(&["validate"]).contains("conforms"));
    s.ok(&["update", "INSERT DATA { GRAPH <urn:broken> { id:m2 a orgkg:Meeting ; schema:startDate \"2025-10-14\"^^xsd:date, \"2025-10-15\"^^xsd:date ; schema:name \"坏会议\"@zh } }"]);
    let out = s.run(&["validate"]);
    assert!(!out.status.success());
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("id:m2") && report.contains("schema:startDate"),
        "{report}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not conform: 1 violation"));
}

fn resolution(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/resolution")
        .join(name)
}

fn count_of(s: &Store, class: &str) -> Option<u64> {
    let json: Value = serde_json::from_str(&s.ok(&["stats", "--format", "json"])).unwrap();
    json["classes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c[0] == class)
        .and_then(|c| c[1].as_u64())
}

#[test]
fn the_seed_report_and_its_curated_records_load_as_one_meeting() {
    let s = Store::new();
    let out = s.ok(&[
        "load",
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/seed")
            .to_str()
            .unwrap(),
    ]);
    assert!(
        out.contains("cnia-2025-local-association-symposium.txt") && out.contains("2 source(s)"),
        "{out}"
    );
    assert_eq!(count_of(&s, "orgkg:Meeting"), Some(1));
    assert_eq!(count_of(&s, "foaf:Person"), Some(6));
    assert_eq!(count_of(&s, "org:Organization"), Some(9));
    assert_eq!(
        count_of(&s, "orgkg:Participation"),
        Some(15),
        "the report adds no participation the records lack"
    );
    assert_eq!(count_of(&s, "org:Membership"), Some(10), "nor any post");
    let explain = s.ok(&["explain", "赵卫肃"]);
    assert!(
        explain.contains("2 sources give the same name 赵卫肃 in the same organization 中国有色金属工业协会"),
        "{explain}"
    );
}

#[test]
fn one_person_across_reports_and_two_people_who_share_a_name() {
    let s = Store::new();
    let mut args = vec!["load".to_owned(), seed().to_str().unwrap().to_owned()];
    for f in ["report-a.txt", "report-b.txt", "report-c.txt"] {
        args.push(resolution(f).to_str().unwrap().to_owned());
    }
    args.extend(["--published".to_owned(), "2025-12-06".to_owned()]);
    s.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let found = s.json(&["search", "王健"]);
    assert_eq!(
        found.as_array().unwrap().len(),
        2,
        "the 王健 of a Jiangsu textile association is someone else: {found}"
    );
    let cnia = iris_of(&s, "王健")
        .into_iter()
        .find(|iri| {
            roles_of(&s, iri)
                .iter()
                .any(|(_, org)| org == "中国有色金属工业协会")
        })
        .expect("one 王健 holds posts in 中国有色金属工业协会");
    assert_eq!(roles_of(&s, &cnia), wang_jian_of_cnia());
    let meetings = s.json(&["meetings", &cnia]);
    assert_eq!(meetings.as_array().unwrap().len(), 3, "{meetings}");
    // The short form 中国有色协会 in report B is the association the curated records know, not a new one.
    assert_eq!(s.json(&["search", "中国有色协会"]).as_array().unwrap().len(), 1);
}

/// The posts of 王健 that reports A and B and the seed give together, as (role, organization).
fn wang_jian_of_cnia() -> Vec<(String, String)> {
    [
        ("会长", "金银分会"),
        ("党委常委", "中国有色金属工业协会"),
        ("副会长", "中国有色金属工业协会"),
    ]
    .map(|(a, b)| (a.to_owned(), b.to_owned()))
    .to_vec()
}

fn roles_of(s: &Store, person: &str) -> Vec<(String, String)> {
    let mut roles: Vec<(String, String)> = s
        .json(&["posts", person])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["role"]["zh"].as_str().unwrap().to_owned(),
                p["organization"]["zh"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    roles.sort();
    roles
}

/// Loads reports of `tests/fixtures/resolution/` one by one, published on the same day.
fn load_reports(s: &Store, files: &[&str]) {
    for f in files {
        s.ok(&[
            "load",
            resolution(f).to_str().unwrap(),
            "--published",
            "2025-12-06",
        ]);
    }
}

fn iris_of(s: &Store, name: &str) -> Vec<String> {
    s.json(&["search", name])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["iri"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_short_form_loaded_before_the_records_that_declare_it_merges_into_one_organization() {
    // Report D writes only 中国有色协会 for the association; report A and the seed name it in full, and only the
    // seed's records declare the short form. Loaded one by one with D before the records, the short form first
    // becomes an organization of its own, with 金银分会 under it; the records then merge it into the association.
    let late = Store::new();
    load_reports(&late, &["report-a.txt", "report-d.txt"]);
    let short = iris_of(&late, "中国有色协会");
    let full = iris_of(&late, "中国有色金属工业协会");
    assert_eq!(short.len(), 1);
    assert_ne!(
        short, full,
        "before the records, the short form is an organization of its own"
    );
    let out = late.ok(&["load", seed().to_str().unwrap()]);
    assert!(out.contains("merged"), "{out}");

    let early = Store::new();
    early.ok(&["load", seed().to_str().unwrap()]);
    load_reports(&early, &["report-a.txt", "report-d.txt"]);
    for s in [&late, &early] {
        assert_eq!(iris_of(s, "中国有色协会").len(), 1);
        assert_eq!(iris_of(s, "金银分会").len(), 1);
        let wang = iris_of(s, "王健");
        assert_eq!(wang.len(), 1, "one 王健 in either order");
        assert_eq!(roles_of(s, &wang[0]), wang_jian_of_cnia());
        assert_eq!(s.json(&["meetings", &wang[0]]).as_array().unwrap().len(), 3);
        s.ok(&["validate"]);
    }
    let stats = |s: &Store| s.json(&["stats"])["classes"].clone();
    assert_eq!(
        stats(&late),
        stats(&early),
        "the same entities whatever the order"
    );
    // The short form's old IRI leads to the association, and explain says why.
    let old = &short[0];
    let members = late.json(&["members", old]);
    assert!(
        members
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["person"]["zh"] == "王健"),
        "{members}"
    );
    let explain = late.ok(&["explain", "中国有色金属工业协会"]);
    assert!(explain.contains(&format!("merged {old} into it")), "{explain}");
    // Loading everything again changes nothing.
    let before = late.quads();
    late.ok(&[
        "load",
        seed().to_str().unwrap(),
        resolution("report-d.txt").to_str().unwrap(),
    ]);
    assert_eq!(late.quads(), before);
}

#[test]
fn a_curator_confirms_that_two_people_are_one_and_keeps_another_apart() {
    let s = Store::new();
    load_reports(&s, &["report-a.txt", "report-c.txt"]);
    let wang = iris_of(&s, "王健");
    assert_eq!(
        wang.len(),
        2,
        "two people share the name in unrelated organizations"
    );
    let dir = tempfile::tempdir().unwrap();
    let confirm = dir.path().join("confirm.yaml");
    std::fs::write(
        &confirm,
        format!(
            "sources:\n  - id: review-1\npeople:\n  - name: 王健\n    same_as: [\"<{}>\", \"<{}>\"]\n",
            wang[0], wang[1]
        ),
    )
    .unwrap();
    let out = s.ok(&["load", confirm.to_str().unwrap()]);
    assert!(out.contains("merged 1 entity"), "{out}");
    let one = iris_of(&s, "王健");
    assert_eq!(one.len(), 1, "{one:?}");
    let orgs: Vec<String> = roles_of(&s, &one[0]).into_iter().map(|(_, o)| o).collect();
    assert!(
        orgs.contains(&"中国有色金属工业协会".to_owned()) && orgs.contains(&"江苏省纺织行业协会".to_owned()),
        "{orgs:?}"
    );
    assert_eq!(s.json(&["meetings", &one[0]]).as_array().unwrap().len(), 2);
    // A third 王健 in the association, whom a curator says is someone else, stays apart despite the shared key.
    let reject = dir.path().join("reject.yaml");
    std::fs::write(
        &reject,
        format!(
            "sources:\n  - id: review-2\norganizations:\n  - name: 中国有色金属工业协会\npeople:\n  - name: 王健\n    \
             not_same_as: [\"<{}>\"]\n    posts:\n      - {{org: 中国有色金属工业协会, role: 副秘书长}}\n",
            one[0]
        ),
    )
    .unwrap();
    let out = s.ok(&["load", reject.to_str().unwrap()]);
    assert!(!out.contains("merged"), "{out}");
    assert_eq!(iris_of(&s, "王健").len(), 2);
}

#[test]
fn unloading_a_source_removes_what_it_said_and_nothing_else() {
    let both = Store::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/seed");
    both.ok(&["load", dir.to_str().unwrap()]);
    let records_only = Store::with_seed();
    let report = dir.join("cnia-2025-local-association-symposium.txt");
    let before = both.quads();
    let err = both.fail(&["unload", report.to_str().unwrap(), "never-loaded.yaml"]);
    assert!(err.contains("never-loaded.yaml"), "{err}");
    assert_eq!(both.quads(), before, "a failed unload removes nothing");
    let out = both.ok(&["unload", report.to_str().unwrap()]);
    assert!(out.contains("unloaded"), "{out}");
    let stats = |s: &Store| s.json(&["stats"])["classes"].clone();
    assert_eq!(stats(&both), stats(&records_only));
    assert_eq!(
        names_and_roles(&both.json(&["who-attended", "2025年地方行业协会负责人座谈会"])),
        names_and_roles(&records_only.json(&["who-attended", "2025年地方行业协会负责人座谈会"]))
    );
    let builtin = both.fail(&["unload", "https://w3id.org/orgkg/graph/ontology"]);
    assert!(builtin.contains("no loaded source graph"), "{builtin}");
}

#[test]
fn a_report_with_no_meeting_loads_nothing_but_says_so() {
    let s = Store::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notice.txt");
    std::fs::write(
        &file,
        "本网站所有内容版权归属本单位。未经许可不得转载。\n联系电话：010-12345678\n",
    )
    .unwrap();
    let out = s.ok(&["load", file.to_str().unwrap()]);
    assert!(out.contains("note:"), "{out}");
    assert_eq!(count_of(&s, "orgkg:Meeting"), None);
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    let err = s.fail(&["load", binary.to_str().unwrap()]);
    assert!(err.contains("binary"), "{err}");
}

#[test]
fn extract_reads_a_directory_of_reports_and_standard_input() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/resolution");
    let out = bin()
        .args(["extract", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let all: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["sources"][0]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["report-a", "report-b", "report-c", "report-d"]);

    let out = with_stdin(
        &["extract", "-", "--format", "json"],
        &std::fs::read(dir.join("report-a.txt")).unwrap(),
    );
    assert!(out.status.success());
    let one: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(one["sources"][0]["id"], "stdin");
    assert_eq!(one["meetings"][0]["name"], "2025年铜产业发展研讨会");

    let out = bin()
        .args(["extract"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no reports (.txt or .html files)"));
}

#[test]
fn a_lexicon_directory_adds_and_overrides_role_verbs() {
    let text = "审查会召开\n5月6日，甲协会在广州召开审查会。广东联邦家私集团有限公司技术总监庞嘉言作了汇报。甲省冶金行业协会秘书长王一鸣宣讲政策。\n";
    let roles = |lexicon: Option<&Path>| {
        let mut args = vec!["extract", "-", "--format", "json"];
        if let Some(dir) = lexicon {
            args.extend(["--lexicon", dir.to_str().unwrap()]);
        }
        let out = with_stdin(&args, text.as_bytes());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let d: Value = serde_json::from_slice(&out.stdout).unwrap();
        d["meetings"][0]["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let roles = p["roles"].as_array().unwrap().iter();
                let roles = roles.map(|r| r.as_str().unwrap().to_owned()).collect();
                (p["who"].as_str().unwrap().to_owned(), roles)
            })
            .collect::<Vec<(String, Vec<String>)>>()
    };
    let built_in = roles(None);
    assert!(
        built_in.contains(&("庞嘉言".into(), vec!["发言".into()])),
        "{built_in:?}"
    );
    assert!(!built_in.iter().any(|(who, _)| who == "王一鸣"), "{built_in:?}");
    // The user's file teaches a verb the built-in files lack and reads one they have another way.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("role-verbs.tsv"),
        "phrase\troles\teffect\n宣讲\t作报告\t\n作了汇报\t作报告\t\n",
    )
    .unwrap();
    let custom = roles(Some(dir.path()));
    assert!(
        custom.contains(&("庞嘉言".into(), vec!["作报告".into()])),
        "{custom:?}"
    );
    assert!(
        custom.contains(&("王一鸣".into(), vec!["作报告".into()])),
        "{custom:?}"
    );
}
