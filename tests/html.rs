//! Reports saved as web pages, through the binary: the seed article as a page (markup, scripts, navigation,
//! character references, a paragraph wrapped across source lines) extracts to the same records as its text, and
//! every span of evidence points into the page as the file holds it.

mod common;

use common::{orgkg, root};
use orgkg::html::page_text;
use orgkg::normalize::normalize;
use std::path::PathBuf;

fn page() -> PathBuf {
    root().join("tests/fixtures/html/seed-page.html")
}

/// Drops what differs between two extractions of the same report from two files: spans, file, extraction time,
/// publication date.
fn facts(mut v: serde_json::Value) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for key in ["start", "end", "file", "extracted", "id", "published"] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut v);
    v
}

#[test]
fn a_saved_page_extracts_to_the_same_records_as_its_text() {
    let from_page: serde_json::Value =
        serde_json::from_str(&orgkg(&["extract", "--format", "json", page().to_str().unwrap()])).unwrap();
    let text = root().join("data/seed/cnia-2025-local-association-symposium.txt");
    let from_text: serde_json::Value = serde_json::from_str(&orgkg(&[
        "--memory",
        "extract",
        "--format",
        "json",
        text.to_str().unwrap(),
    ]))
    .unwrap();
    // The page's information line gives its publication date, which the text lacks; the facts are the same.
    assert_eq!(from_page["sources"][0]["published"], "2025-10-16");
    assert_eq!(from_text["sources"][0].get("published"), None);
    assert_eq!(facts(from_page.clone()), facts(from_text));
    assert_eq!(from_page["people"].as_array().unwrap().len(), 6);

    // Every span cuts the page at the evidence: the text a browser shows for the cut, normalized, is the
    // evidence's text (letters and characters compared; punctuation is normalized by its context).
    let html = std::fs::read_to_string(page()).unwrap();
    let chars: Vec<char> = html.chars().collect();
    let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let mut checked = 0;
    let mut check = |e: &serde_json::Value| {
        let (start, end) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let cut: String = chars[start..end].iter().collect();
        assert_eq!(
            letters(&normalize(&page_text(&cut).text).text),
            letters(e["text"].as_str().unwrap()),
            "span {start}..{end}"
        );
        checked += 1;
    };
    for o in from_page["organizations"].as_array().unwrap() {
        check(&o["evidence"]);
    }
    for p in from_page["people"].as_array().unwrap() {
        for post in p["posts"].as_array().unwrap() {
            check(&post["evidence"]);
        }
    }
    let meeting = &from_page["meetings"][0];
    check(&meeting["evidence"]);
    for p in meeting["participants"].as_array().unwrap() {
        check(&p["evidence"]);
    }
    assert!(checked > 20, "{checked} spans checked");
}

#[test]
fn a_saved_page_loads_like_a_report_and_normalizes_to_the_text_it_shows() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let store = store.to_str().unwrap();
    orgkg(&["--store", store, "load", page().to_str().unwrap()]);
    let who = orgkg(&[
        "--store",
        store,
        "who-attended",
        "2025年地方行业协会负责人座谈会",
        "--format",
        "json",
    ]);
    let rows: serde_json::Value = serde_json::from_str(&who).unwrap();
    assert!(rows.to_string().contains("王健"), "{rows}");

    let shown = orgkg(&["--memory", "normalize", page().to_str().unwrap()]);
    assert!(shown.contains("中国有色金属工业协会2025年地方行业协会负责人座谈会在西安召开\n"));
    assert!(
        !shown.contains('<') && !shown.contains("&ldquo;") && !shown.contains("_hmt"),
        "{shown}"
    );
}

#[test]
fn a_page_with_menus_above_its_headline_is_read_from_the_headline_its_title_names() {
    // A site's menus come first as lines of title shape; the date line says nothing a date label would. The page's
    // own title (the ArticleTitle meta tag, or the <title> with the site's name) tells which line is the headline.
    let body = "<body><div class=\"nav\"><a>首页</a> <a>协会概况</a> <a>协会动态</a></div>\
        <div>甲省铜业协会</div><h1>甲省铜业协会召开三届二次理事会</h1>\
        <div class=\"info\">2025-05-28　来源：秘书处</div>\
        <p>近日，协会召开三届二次理事会。会长王建华主持会议。</p></body></html>";
    let extractor = orgkg::extract::Extractor::new(&orgkg::lexicon::Lexicon::builtin());
    let opts = orgkg::extract::ExtractOptions {
        source_id: "page".into(),
        published: Some("2025-05-28".into()),
        ..Default::default()
    };
    for head in [
        "<html><head><title>甲省铜业协会召开三届二次理事会 - 甲省铜业协会</title></head>",
        "<html><head><meta content='甲省铜业协会召开三届二次理事会' name='ArticleTitle'><title>协会动态</title></head>",
    ] {
        let page = format!("{head}{body}");
        assert_eq!(
            orgkg::html::page_title(&page)
                .as_deref()
                .map(|t| t.contains("甲省铜业协会召开三届二次理事会")),
            Some(true)
        );
        let d = orgkg::html::extract_any(&extractor, &page, &opts).dataset;
        assert_eq!(
            d.sources[0].title.as_deref(),
            Some("甲省铜业协会召开三届二次理事会"),
            "{}",
            d.to_yaml()
        );
        assert_eq!(d.meetings[0].name, "三届二次理事会");
        assert_eq!(d.meetings[0].organizers, ["甲省铜业协会"]);
    }
}

#[test]
fn a_page_without_a_date_line_takes_its_date_from_its_meta_tags() {
    let page = "<html><head><meta name=\"PubDate\" content=\"2025-05-28 09:35\"><title>甲省铜业协会召开理事会</title></head>\
        <body><h1>甲省铜业协会召开理事会</h1><p>5月27日，甲省铜业协会召开三届二次理事会。会长王建华主持会议。</p></body></html>";
    assert_eq!(orgkg::html::page_meta_date(page).as_deref(), Some("2025-05-28"));
    let iso = "<meta property='article:published_time' content='2025-05-28T09:35:00+08:00'>";
    assert_eq!(orgkg::html::page_meta_date(iso).as_deref(), Some("2025-05-28"));
    let extractor = orgkg::extract::Extractor::new(&orgkg::lexicon::Lexicon::builtin());
    let opts = orgkg::extract::ExtractOptions {
        source_id: "page".into(),
        ..Default::default()
    };
    let d = orgkg::html::extract_any(&extractor, page, &opts).dataset;
    assert_eq!(d.sources[0].published.as_deref(), Some("2025-05-28"));
    assert_eq!(
        d.meetings[0].date.as_deref(),
        Some("2025-05-27"),
        "{}",
        d.to_yaml()
    );
}

#[test]
fn a_pages_blocks_stay_lines_of_their_own() {
    // Inline spans make one information line; the blocks after it (the original title, the e-paper's page line, a
    // caption ending without a full stop) are never joined to the paragraph after them.
    let page = "<html><head><title>博览会开幕-环保产业在线</title></head><body><h1>博览会开幕</h1>\
        <div class=\"meta\"><span>2025-10-24 08:15</span><span>来源：安徽日报</span><span>作者：记者 汪 洋</span><span>阅读：3,618</span></div>\
        <div>原标题：绿色低碳 智创未来——2025中国（合肥）国际环保产业博览会开幕</div>\
        <p><strong>安徽日报</strong>　　2025年10月24日　星期五　　第2版：要闻</p>\
        <p>　　本报讯（记者 汪洋）10月23日上午，2025中国（合肥）国际环保产业博览会在合肥开幕。合肥市市长罗平出席开幕式。</p>\
        <p>开幕式现场。本报记者 汪洋 摄</p><p>　　罗平致欢迎辞。</p></body></html>";
    let extractor = orgkg::extract::Extractor::new(&orgkg::lexicon::Lexicon::builtin());
    let opts = orgkg::extract::ExtractOptions {
        source_id: "page".into(),
        ..Default::default()
    };
    let shown = orgkg::html::page_text(page).text;
    assert!(shown.contains("摄\n"), "{shown}");
    let d = orgkg::html::extract_any(&extractor, page, &opts).dataset;
    let m = &d.meetings[0];
    assert_eq!(m.date.as_deref(), Some("2025-10-23"), "{}", d.to_yaml());
    let luo: Vec<&str> = m
        .participants
        .iter()
        .filter(|p| p.who == "罗平")
        .flat_map(|p| p.roles.iter().map(String::as_str))
        .collect();
    assert_eq!(luo, ["出席", "致辞"]);
    // `合肥市市长`: the head of the city's government.
    let posts: Vec<(&str, &str)> = d
        .people
        .iter()
        .filter(|p| p.name == "罗平")
        .flat_map(|p| p.posts.iter().map(|q| (q.org.as_str(), q.role.as_str())))
        .collect();
    assert_eq!(posts, [("合肥市人民政府", "市长")]);
}
