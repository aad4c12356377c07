//! The page's own publication date, for reports given without `--published`.
//!
//! Saved pages keep the site's information line (`发布时间：2025-02-21 09:12　来源：协会秘书处`,
//! `日期：2025-04-21`, `Release date: 2025-06-20`). When the caller gives no publication date, the extractor takes
//! it from there: it is the year of a meeting whose sentence gives only month and day (`10月14日`), and the
//! source's publication date. Only a short line that labels the date, or holds nothing but a date, counts: a date
//! inside a sentence of the report is the meeting's or something else's.

use regex::Regex;
use std::sync::OnceLock;

fn labelled_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:发布时间|发布日期|发表时间|发表日期|发文日期|更新时间|更新日期|日期|时间|发布于|发表于|release date|release time|publish time|publication date|published on|published|posted on|posted|last updated|updated|date)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})",
        )
        .expect("valid")
    })
}

fn bare_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A date alone, or before the line's other labels (`2025-05-28　来源：秘书处`).
        Regex::new(r"(?i)^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:$|来源|作者|浏览|点击|阅读|编辑|字号|(?:source|views|by)\b)")
            .expect("valid")
    })
}

fn wechat_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A WeChat article's line: the account, the date and time, and the province it was posted from
        // (`原创 苏州市纽扣行业协会 2025年07月10日 09:30 江苏`): a date with its time that ends the line.
        Regex::new(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s+\d{1,2}:\d{2}\s*(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)?\s*$")
            .expect("valid")
    })
}

fn wire_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A wire's information line, its source first (`Source: Xinhua | 2025-01-15 18:20:31 | Editor: huaxia`).
        Regex::new(r"(?i)^\s*source\s*[:：][^|｜]{1,60}[|｜]\s*(\d{4})-(\d{1,2})-(\d{1,2})\b").expect("valid")
    })
}

fn newspaper_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A newspaper's page line: the date with the weekday or the page (`中国绿色时报　2025年6月11日　星期三　第03版：产业`).
        Regex::new(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(?:星期|周)[一二三四五六日天]\s*(?:$|第\s*\d+\s*版|[A-Z]\d+版)|第\s*\d+\s*版|[A-Z]\d+版)")
            .expect("valid")
    })
}

/// The publication date the page states in an information line, as `YYYY-MM-DD`.
pub fn page_published(text: &str) -> Option<String> {
    text.lines()
        .filter(|l| l.chars().count() <= 120)
        .take(400)
        .find_map(|line| line_date(line).or_else(|| wechat_date(line)))
}

/// The date of a WeChat article's line. Unlike an information line, it does not follow the headline: the account's
/// name may stand before it.
fn wechat_date(line: &str) -> Option<String> {
    ymd(&wechat_re().captures(line)?)
}

fn ymd(c: &regex::Captures<'_>) -> Option<String> {
    let (y, m, d) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|date| date.format("%Y-%m-%d").to_string())
}

/// The date of an information line (`发布时间：2025-02-21 09:12　来源：…`, `2025/10/16 08:30`), as `YYYY-MM-DD`.
pub(crate) fn line_date(line: &str) -> Option<String> {
    // `会议时间：…` is the meeting's time, not the page's: a bare `时间` or `日期` starts the line or follows a space
    // or a mark. A label that says publication counts anywhere (`文章来源：企业一局发布时间：2025-05-28`).
    let labelled = labelled_re().captures_iter(line).find(|c| {
        let (start, label) = c.get(0).map_or((0, ""), |g| (g.start(), g.as_str()));
        ["发布", "发表", "发文", "更新"]
            .iter()
            .any(|w| label.starts_with(w))
            || line[..start]
                .chars()
                .next_back()
                .is_none_or(|p| !p.is_alphanumeric())
    });
    let c = labelled
        .or_else(|| bare_re().captures(line))
        .or_else(|| newspaper_re().captures(line))
        .or_else(|| wire_re().captures(line))?;
    ymd(&c)
}

#[cfg(test)]
mod tests {
    use super::page_published;

    #[test]
    fn a_wire_line_with_its_source_first_gives_the_date() {
        let page = "English.news.cn\nChina's lottery raises funds\nSource: Xinhua | 2025-01-15 18:20:31 | Editor: huaxia\n\
                    BEIJING, Jan. 15 (Xinhua) -- China's lottery sold tickets.";
        assert_eq!(page_published(page).as_deref(), Some("2025-01-15"));
    }

    #[test]
    fn the_information_line_gives_the_date_and_a_sentence_does_not() {
        let page = "协会召开2025年第一次会长办公会\n发布时间：2025-02-21 09:12　　来源：协会秘书处　　点击数：347\n\
                    2月19日下午，协会在合肥召开会长办公会。";
        assert_eq!(page_published(page).as_deref(), Some("2025-02-21"));
        assert_eq!(
            page_published("标题\n作者：科技部　　日期：2025年4月21日　　浏览：512\n正文").as_deref(),
            Some("2025-04-21")
        );
        assert_eq!(
            page_published("标题\n2025/10/16 08:30\n正文").as_deref(),
            Some("2025-10-16")
        );
        assert_eq!(
            page_published("Title\nSource: XTC    Release date: 2025-06-20    Views: 412\n").as_deref(),
            Some("2025-06-20")
        );
        // A date inside a sentence is not the page's.
        assert_eq!(page_published("标题\n2025年10月14日，会议在西安召开。\n"), None);
        assert_eq!(page_published("发布时间：2025-02-30"), None);
        assert_eq!(page_published("标题\n会议时间：2025年10月14日\n"), None);
        assert_eq!(
            page_published("标题\n2025-05-28　来源：秘书处　浏览：12").as_deref(),
            Some("2025-05-28")
        );
        assert_eq!(page_published("标题\n2025年5月28日，协会召开理事会。"), None);
        assert_eq!(
            page_published("标题\n文章来源：企业一局发布时间：2025-05-28字号：大中小").as_deref(),
            Some("2025-05-28")
        );
        assert_eq!(
            page_published("Title\nUpdated: 2025-08-22Source: Department of Electronic Information")
                .as_deref(),
            Some("2025-08-22")
        );
        // A newspaper's page line.
        assert_eq!(
            page_published("中国绿色时报　2025年6月11日　星期三　第03版：产业\n标题").as_deref(),
            Some("2025-06-11")
        );
        assert_eq!(
            page_published("经济日报 2025年3月2日 第5版\n标题").as_deref(),
            Some("2025-03-02")
        );
        assert_eq!(page_published("标题\n2025年3月2日星期日，协会召开理事会。"), None);
        // A WeChat article's line, with the province it was posted from.
        assert_eq!(
            page_published("标题\n原创 甲省纽扣协会 2025年07月10日 09:30 江苏\n正文").as_deref(),
            Some("2025-07-10")
        );
        assert_eq!(page_published("标题\n会议于2025年7月10日 09:30 开始。"), None);
    }
}
