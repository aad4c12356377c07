//! Diagrams of the seed meeting: DOT compared with expected files in `tests/fixtures/render/`, and SVG, PNG and
//! PDF rendered by the real Graphviz and checked for content.
//!
//! Set `ORGKG_BLESS=1` to rewrite the expected DOT files after an intended change, then review the diff.

use orgkg::graph::{Lang, NodeKind};
use orgkg::render::{self, Format, RenderError, RenderOptions, View};
use orgkg::store::OrgStore;
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render")
}

fn id(name: &str) -> NamedNode {
    NamedNode::new(format!("{}{name}", orgkg::vocab::ns::ID)).unwrap()
}

fn dot(store: &OrgStore, view: &View, options: &RenderOptions) -> String {
    render::diagram(store.store(), view, options)
        .unwrap()
        .to_dot(options)
}

/// Compares with the expected file, or rewrites it under `ORGKG_BLESS=1`.
fn assert_expected(name: &str, actual: &str) {
    let path = fixtures().join(name);
    if std::env::var_os("ORGKG_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with ORGKG_BLESS=1 to create it)", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs at line {}:\nexpected: {:?}\nactual:   {:?}\n(run with ORGKG_BLESS=1 to accept)",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn seed_diagrams_match_expected_dot() {
    let store = seed_store();
    let zh = RenderOptions::default();
    let en = RenderOptions {
        lang: Lang::En,
        ..RenderOptions::default()
    };
    let cases = [
        (
            "org-cnia.dot",
            View::Organization(named(&store, "中国有色金属工业协会")),
            &zh,
        ),
        (
            "meeting.dot",
            View::Meeting(named(&store, "2025年地方行业协会负责人座谈会")),
            &zh,
        ),
        (
            "meeting.en.dot",
            View::Meeting(named(&store, "2025年地方行业协会负责人座谈会")),
            &en,
        ),
        (
            "ego-wang-jian.dot",
            View::Ego {
                center: named(&store, "王健"),
                depth: 1,
            },
            &zh,
        ),
        (
            "path-he-qing-huang-zhongliang.dot",
            View::Path {
                from: named(&store, "何青"),
                to: named(&store, "黄忠良"),
            },
            &zh,
        ),
    ];
    for (file, view, options) in cases {
        let first = dot(&store, &view, options);
        // Deterministic: the same store gives the same DOT.
        assert_eq!(first, dot(&store, &view, options), "{file}");
        assert_expected(file, &first);
    }
}

#[test]
fn meeting_diagram_shows_roles_titles_groups_and_legend() {
    let store = seed_store();
    let options = RenderOptions::default();
    let d = render::diagram(
        store.store(),
        &View::Meeting(named(&store, "2025年地方行业协会负责人座谈会")),
        &options,
    )
    .unwrap();
    let text = d.to_dot(&options);
    // 1 meeting, 2 organizers (one also in the exchange), 4 other exchange members, 6 people, 2 reports.
    assert_eq!(d.node_count(), 15, "{:?}", d.node_labels());
    assert!(
        text.contains(r#"label="王健\n党委常委、副会长""#),
        "person with title at the time"
    );
    assert!(text.contains(r#"label="出席、讲话""#), "two roles on one edge");
    assert!(
        text.contains(r#"label="协办、交流""#),
        "co-organizer also in the exchange"
    );
    assert!(text.contains(r#"label="2025年地方行业协会负责人座谈会\n2025-10-14 · 西安""#));
    assert!(text.contains(r#"subgraph "cluster_legend""#) && text.contains(r#"label="图例""#));
    assert!(
        text.contains(r#"label="陕西有色金属集团""#),
        "cluster of the people who came for the group"
    );
    assert!(text.contains(r#"fontname="Noto Sans CJK SC""#));
    assert!(d.omission().is_none());
}

#[test]
fn node_limit_keeps_the_centre_and_says_what_was_left_out() {
    let store = seed_store();
    let options = RenderOptions {
        max_nodes: 5,
        ..RenderOptions::default()
    };
    let d = render::diagram(
        store.store(),
        &View::Meeting(named(&store, "2025年地方行业协会负责人座谈会")),
        &options,
    )
    .unwrap();
    assert_eq!(d.node_count(), 5);
    assert!(d.node_labels().contains(&"2025年地方行业协会负责人座谈会"));
    let o = d.omission().unwrap();
    assert_eq!((o.shown, o.total, o.left_out()), (5, 15, 10));
    assert_eq!(o.by_kind.iter().map(|(_, n)| n).sum::<usize>(), 10);
    assert!(
        o.by_kind.iter().any(|(k, _)| *k == NodeKind::Report),
        "reports are farthest out: {o:?}"
    );
    let text = d.to_dot(&options);
    assert!(
        text.contains("节点过多：显示 5 个，共 15 个；未显示 10 个"),
        "{text}"
    );
    assert!(
        o.message(Lang::En)
            .starts_with("too many nodes: showing 5 of 15; left out 10")
    );
}

#[test]
fn construct_diagram_is_styled_from_the_store() {
    let store = seed_store();
    let query = "CONSTRUCT { ?p org:memberOf ?o } WHERE { ?p org:memberOf ?o }";
    let options = RenderOptions::default();
    let d = render::diagram(store.store(), &View::Construct(query.into()), &options).unwrap();
    // Six people, and the four organizations they hold posts in.
    assert_eq!(d.node_count(), 10, "{:?}", d.node_labels());
    let text = d.to_dot(&options);
    assert!(text.contains(r#"label="赵卫肃""#));
    assert!(
        text.contains(r#"label="会员部""#) && text.contains(r#"shape="tab""#),
        "department styled as such"
    );
    assert!(
        text.contains(r#"label="任职于""#),
        "the ontology's label of org:memberOf"
    );

    let query = "CONSTRUCT { ?p <http://example.com/sits-with> ?o } WHERE { ?p org:memberOf ?o }";
    let d = render::diagram(store.store(), &View::Construct(query.into()), &options).unwrap();
    assert!(
        d.to_dot(&options)
            .contains(r#"label="<http://example.com/sits-with>""#),
        "a predicate without labels shows its IRI"
    );
}

#[test]
fn bad_requests_are_clear_errors() {
    let store = seed_store();
    let options = RenderOptions::default();
    let err = |view: View| render::diagram(store.store(), &view, &options).unwrap_err();

    let e = err(View::Organization(id("org-nobody")));
    assert!(e.to_string().contains("org-nobody"), "{e}");
    let e = err(View::Meeting(named(&store, "王健")));
    assert!(matches!(e, RenderError::WrongKind { .. }), "{e}");
    assert!(e.to_string().contains("needs a meeting"), "{e}");
    let e = err(View::Organization(named(&store, "江西省铜行业协会")));
    assert!(matches!(e, RenderError::Empty(_)), "{e}");
    let e = err(View::Construct(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . FILTER(false) }".into(),
    ));
    assert!(e.to_string().contains("returned no triples"), "{e}");
    let e = err(View::Construct("CONSTRUCT { ?s ?p }".into()));
    assert!(e.to_string().contains("syntax"), "{e}");

    let lonely = Store::new().unwrap();
    lonely
        .load_from_slice(
            RdfFormat::Turtle,
            format!(
                "<{}> a <http://xmlns.com/foaf/0.1/Person> .",
                id("person-alone").as_str()
            )
            .as_bytes(),
        )
        .unwrap();
    let e = render::diagram(
        &lonely,
        &View::Ego {
            center: id("person-alone"),
            depth: 2,
        },
        &options,
    )
    .unwrap_err();
    assert!(matches!(e, RenderError::Empty(_)), "{e}");
}

#[test]
fn svg_is_rendered_by_graphviz_with_chinese_text() {
    let store = seed_store();
    let options = RenderOptions::default();
    let text = dot(
        &store,
        &View::Meeting(named(&store, "2025年地方行业协会负责人座谈会")),
        &options,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("meeting.svg");
    render::write_file(&text, &path, Format::from_path(&path).unwrap()).unwrap();
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(svg.trim_start().starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
    // Well-formed enough: every opened element is closed.
    assert_eq!(
        svg.matches("<g ").count() + svg.matches("<g>").count(),
        svg.matches("</g>").count()
    );
    for name in [
        "王健",
        "吴群英",
        "黄忠良",
        "赵卫肃",
        "吴桐",
        "何青",
        "中国有色金属工业协会",
        "出席、讲话",
    ] {
        assert!(svg.contains(&format!(">{name}<")), "{name} as SVG text");
    }
    // Only the target file: no temporary file left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// Width, height and the number of distinct colours of a PNG.
fn png_facts(bytes: &[u8]) -> (u32, u32, usize) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bpp = info.color_type.samples()
        * if info.bit_depth == png::BitDepth::Sixteen {
            2
        } else {
            1
        };
    let colours: std::collections::HashSet<&[u8]> = buf[..info.buffer_size()].chunks(bpp).collect();
    (info.width, info.height, colours.len())
}

#[test]
fn png_and_pdf_have_plausible_size_and_content() {
    let store = seed_store();
    let options = RenderOptions::default();
    let text = dot(
        &store,
        &View::Meeting(named(&store, "2025年地方行业协会负责人座谈会")),
        &options,
    );
    let bytes = render::render(&text, Format::Png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // The IHDR chunk comes first and holds the size, big-endian.
    assert_eq!(&bytes[12..16], b"IHDR");
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    let (dw, dh, colours) = png_facts(&bytes);
    assert_eq!((w, h), (dw, dh));
    assert!(w > 400 && h > 300 && w < 10_000 && h < 10_000, "{w}×{h}");
    // Not blank: node fills, text and edges give many distinct colours (antialiasing included).
    assert!(colours > 50, "{colours} colours");

    let pdf = render::render(&text, Format::Pdf).unwrap();
    assert!(
        pdf.starts_with(b"%PDF-") && pdf.len() > 5_000,
        "{} bytes",
        pdf.len()
    );
}

#[test]
fn unwritable_path_leaves_no_file() {
    let store = seed_store();
    let options = RenderOptions::default();
    let text = dot(
        &store,
        &View::Organization(named(&store, "中国有色金属工业协会")),
        &options,
    );
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/dir/org.svg");
    let e = render::write_file(&text, &missing, Format::Svg).unwrap_err();
    assert!(matches!(e, RenderError::Output { .. }), "{e}");
    assert!(e.to_string().contains("no/such/dir/org.svg"), "{e}");
    assert!(!missing.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    let e = Format::from_path(Path::new("x.jpeg")).unwrap_err();
    assert!(e.to_string().contains("jpeg"), "{e}");
}

/// Runs `helper_render_without_graphviz` in a child process whose PATH has no `dot`.
#[test]
fn missing_graphviz_is_a_clear_error_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "helper_render_without_graphviz",
            "--ignored",
            "--nocapture",
        ])
        .env("PATH", dir.path())
        .env("ORGKG_TEST_OUT", dir.path().join("x.svg"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("1 passed"), "{stdout}");
    assert!(!dir.path().join("x.svg").exists());
}

#[test]
#[ignore = "run by missing_graphviz_is_a_clear_error_and_leaves_no_file with an empty PATH"]
fn helper_render_without_graphviz() {
    let path = PathBuf::from(std::env::var_os("ORGKG_TEST_OUT").expect("run through the parent test"));
    let e = render::write_file("digraph { a -> b }", &path, Format::Svg).unwrap_err();
    assert!(matches!(e, RenderError::GraphvizMissing), "{e}");
    assert!(e.to_string().contains("install Graphviz"), "{e}");
    assert!(!path.exists());
}

/// The seed records loaded by the real loader into an in-memory store (ontology included).
fn seed_store() -> OrgStore {
    let store = OrgStore::memory().unwrap();
    let lexicon = orgkg::lexicon::Lexicon::builtin();
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/seed/cnia-2025-local-association-symposium.yaml");
    orgkg::load::Loader::new(&store, &lexicon)
        .load(&[orgkg::load::LoadRequest::file(path).unwrap()])
        .unwrap();
    store
}

/// The IRI of the one entity with this exact name in the store.
fn named(store: &OrgStore, name: &str) -> NamedNode {
    NamedNode::new(orgkg::questions::resolve(store.store(), name, &[]).unwrap().iri).unwrap()
}

/// The binary under test: `ORGKG_BIN` when set (a copy, safe from concurrent builds in a shared target
/// directory), else the one Cargo built.
fn bin() -> PathBuf {
    std::env::var_os("ORGKG_BIN").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_orgkg")), PathBuf::from)
}

/// The real binary on an in-memory store preloaded with the seed records, run in `dir`.
fn orgkg(dir: &Path, args: &[&str]) -> std::process::Output {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/seed/cnia-2025-local-association-symposium.yaml");
    std::process::Command::new(bin())
        .env_remove("ORGKG_STORE")
        .env_remove("ORGKG_LEXICON")
        .current_dir(dir)
        .arg("--memory")
        .arg("--preload")
        .arg(seed)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn every_diagram_kind_renders_through_the_binary_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let kinds: [(&str, Vec<&str>, &str); 5] = [
        ("org", vec!["render", "org", "中国有色金属工业协会"], "王健"),
        ("meeting", vec!["render", "meeting", "座谈会"], "吴群英"),
        ("ego", vec!["render", "ego", "王健", "--depth", "2"], "黄忠良"),
        ("path", vec!["render", "path", "何青", "黄忠良"], "何青"),
        (
            "sparql",
            vec![
                "render",
                "--sparql",
                "CONSTRUCT { ?p org:memberOf ?o } WHERE { ?p org:memberOf ?o }",
            ],
            "赵卫肃",
        ),
    ];
    for (name, args, who) in &kinds {
        for format in Format::ALL {
            let file = format!("{name}.{format}");
            let mut a = args.clone();
            a.extend(["-o", &file]);
            let out = orgkg(dir.path(), &a);
            assert!(
                out.status.success(),
                "{file}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let bytes = std::fs::read(dir.path().join(&file)).unwrap();
            match format {
                Format::Dot | Format::Svg => {
                    assert!(
                        String::from_utf8(bytes).unwrap().contains(who),
                        "{file} shows {who}"
                    )
                }
                Format::Png => assert_eq!(&bytes[1..4], b"PNG", "{file}"),
                // The CJK font is embedded, so Chinese is drawn as Chinese rather than boxes.
                Format::Pdf => assert!(
                    bytes.windows(11).any(|w| w == b"NotoSansCJK"),
                    "{file} embeds Noto Sans CJK"
                ),
            }
        }
    }
    // Without --output, DOT goes to standard output.
    let out = orgkg(dir.path(), &["render", "meeting", "座谈会", "--lang", "en"]);
    assert!(String::from_utf8(out.stdout).unwrap().contains("Wang Jian\\n"));
}

#[test]
fn binary_reports_bad_requests_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let fails = |args: &[&str], message: &str| {
        let out = orgkg(dir.path(), args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    };
    fails(&["render", "org", "不存在的协会", "-o", "x.svg"], "不存在的协会");
    fails(&["render", "meeting", "王健", "-o", "x.svg"], "王健");
    fails(
        &["render", "org", "江西省铜行业协会", "-o", "x.svg"],
        "nothing to draw",
    );
    fails(
        &[
            "render",
            "--sparql",
            "CONSTRUCT { ?s ?p ?o } WHERE { FILTER(false) }",
            "-o",
            "x.svg",
        ],
        "no triples",
    );
    fails(
        &["render", "meeting", "座谈会", "-o", "no/such/dir/x.svg"],
        "cannot write",
    );
    fails(
        &["render", "meeting", "座谈会", "-o", "x.jpeg"],
        "unknown output format",
    );
    fails(&["render", "path", "何青", "不存在", "-o", "x.svg"], "不存在");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file left behind"
    );

    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/seed/cnia-2025-local-association-symposium.yaml");
    let out = std::process::Command::new(bin())
        .env("PATH", dir.path())
        .current_dir(dir.path())
        .args(["--memory", "--preload"])
        .arg(seed)
        .args(["render", "meeting", "座谈会", "-o", "m.svg"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("`dot` program was not found"));
    assert!(!dir.path().join("m.svg").exists());
}

#[test]
fn binary_analyzes_and_exports_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    let out = orgkg(
        dir.path(),
        &["analyze", "--projection", "person-person", "--format", "json"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((v["nodes"].as_u64(), v["links"].as_u64()), (Some(6), Some(15)));
    assert_eq!(v["degree"][0]["raw"], 5.0, "everyone met everyone");

    let out = orgkg(dir.path(), &["analyze", "--path", "何青", "黄忠良"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("path 1 (2 hops):\n  何青 —作报告→ 2025年地方行业协会负责人座谈会"),
        "{text}"
    );

    for (file, format) in [
        ("g.graphml", None),
        ("g.gexf", None),
        ("g.json", Some("cytoscape")),
        ("g.mmd", None),
    ] {
        let mut args = vec!["export", "-o", file, "--metrics"];
        if let Some(f) = format {
            args.extend(["--format", f]);
        }
        let out = orgkg(dir.path(), &args);
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(text.contains("稀土金属咨询与协调部"), "{file}");
    }
    let out = orgkg(dir.path(), &["export", "-o", "g.csv", "--projection", "org-org"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let edges = std::fs::read_to_string(dir.path().join("g.edges.csv")).unwrap();
    assert_eq!(edges.lines().count(), 1 + 22);
}

#[test]
fn large_diagrams_ask_graphviz_for_a_fast_layout() {
    // A meeting with 400 participants, written as the loader would (participation nodes in a named graph).
    let mut trig = String::from(
        "@prefix orgkg: <https://w3id.org/orgkg/ns#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .\n\
         @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix id: <https://w3id.org/orgkg/id/> .\n\
         <https://w3id.org/orgkg/graph/big> { id:m a orgkg:Meeting ; skos:prefLabel \"大会\"@zh .\n",
    );
    for i in 0..400 {
        trig.push_str(&format!(
            "id:p{i} a foaf:Person ; skos:prefLabel \"人{i}\"@zh . id:x{i} a orgkg:Participation ; \
             orgkg:agent id:p{i} ; orgkg:event id:m ; orgkg:meetingRole id:meeting-role-attendee .\n"
        ));
    }
    trig.push('}');
    let store = Store::new().unwrap();
    store.load_from_slice(RdfFormat::TriG, trig.as_bytes()).unwrap();
    let options = RenderOptions {
        max_nodes: 1000,
        ..RenderOptions::default()
    };
    let d = render::diagram(&store, &View::Meeting(id("m")), &options).unwrap();
    assert_eq!(d.node_count(), 401);
    assert!(d.node_count() > render::FAST_LAYOUT_ABOVE);
    let text = d.to_dot(&options);
    assert!(text.contains(r#"nslimit="1""#) && text.contains(r#"mclimit="0.2""#));
    assert!(
        text.contains(r#"[xlabel="出席""#),
        "edge labels placed after layout"
    );
    // The small seed diagrams keep the full layout.
    let seed = seed_store();
    let small = dot(
        &seed,
        &View::Meeting(named(&seed, "2025年地方行业协会负责人座谈会")),
        &RenderOptions::default(),
    );
    assert!(!small.contains("nslimit") && small.contains(r#"[label="出席、讲话""#));
}
