//! The meeting: its name (quoted or not), date (with a year from the text, the name, the headline or the
//! publication date, never invented), place (`在西安召开`, `在京召开`, the city of a venue), organizers (`由A主办、B协办`,
//! `主办单位：`, or the association holding it), topics (`围绕…等议题`) and attendance (`50余人`).

use super::sentences::{LineKind, Sentence};
use super::{Doc, ExtractOptions, MeetingRec, mentions};
use crate::chinese::is_han;
use chrono::Datelike;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

fn date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号](?:\s*[至到—\-－~～]\s*(?:(\d{1,2})月)?(\d{1,2})[日号])?").expect("valid")
    })
}

fn year_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"((?:19|20)\d{2})年?(度)?").expect("valid"))
}

fn topics_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"围绕([^。；，]{2,80}?)等?(议题|主题|专题|话题|方面|问题|内容)").expect("valid")
    })
}

fn attendance_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(\d{1,6})(余|多)?(人|名|位)").expect("valid"))
}

fn attendance_words_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:近|上|逾|超)?([一二两三四五六七八九]?[百千])(?:余|多)?(?:人|名|位)").expect("valid")
    })
}

/// `百` → 100, `二百` → 200, `两千` → 2000.
fn chinese_count(s: &str) -> Option<u32> {
    let mut chars = s.chars().rev();
    let unit = match chars.next()? {
        '百' => 100,
        '千' => 1000,
        _ => return None,
    };
    let digit = match chars.next() {
        None => 1,
        Some(c) => "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map_or(2, |d| d as u32),
    };
    Some(digit * unit)
}

impl Doc<'_> {
    /// Reads the meeting; `None` when no sentence says a meeting took place.
    pub(crate) fn read_meeting(
        &mut self,
        sentences: &[Sentence],
        opts: &ExtractOptions,
    ) -> Option<MeetingRec> {
        let headline = sentences
            .iter()
            .find(|s| s.kind == LineKind::Headline)
            .map(|s| s.range.clone());
        // `关于召开2025年年会的通知`: a notice announces a meeting; it reports no one taking part.
        if let Some(h) = &headline {
            let text = self.text(h.clone());
            if text.starts_with("关于") && ["通知", "公告", "邀请函", "函"].iter().any(|w| text.ends_with(w))
            {
                return None;
            }
        }
        let says_strongly = |doc: &Self, r: &Range<usize>| {
            let text = doc.text(r.clone());
            doc.lex.meeting_verbs.iter().any(|v| text.contains(v.as_str()))
                || doc.held_in_place(r.clone()).is_some()
                || doc
                    .lex
                    .organizer_words
                    .iter()
                    // (`由甲公司完成的项目，通过了乙协会组织的鉴定`: whoever organized it, it is said in passing.)
                    .filter(|(w, _)| !w.ends_with(&['的']))
                    .any(|(w, _)| text.contains(&w.iter().collect::<String>()))
                    && text.contains('由')
        };
        // `协会将于下月在昆明举行年会`, `定于6月18日召开`: a meeting announced, not (yet) reported.
        let says_strongly = |doc: &Self, r: &Range<usize>| {
            let text = doc.text(r.clone());
            let verb_at = doc
                .lex
                .meeting_verbs
                .iter()
                .filter_map(|v| text.find(v.as_str()))
                .min()
                .unwrap_or(text.len());
            let announced = [
                "将于",
                "将在",
                "将举",
                "将召",
                "拟于",
                "拟在",
                "定于",
                "计划于",
                "即将",
            ]
            .iter()
            .any(|w| text[..verb_at].contains(w));
            says_strongly(doc, r) && !announced
        };
        let says_meeting =
            |doc: &Self, r: &Range<usize>| says_strongly(doc, r) || doc.weak_meeting(r.clone()).is_some();
        let body = sentences
            .iter()
            .filter(|s| s.kind == LineKind::Body)
            .take(6)
            .find(|s| says_meeting(self, &s.range))
            .map(|s| s.range.clone());
        let headline_says = headline.clone().filter(|h| {
            says_meeting(self, h)
                || self.ends_with_meeting_noun(h.clone())
                || self.meeting_lead_in(h.clone()).is_some()
        });
        // `钟立新带队赴福建开展调研并召开座谈会` (a headline the page sets like a body line), then `调研组在福州…召开
        // 福建钢铁行业高质量发展座谈会`: a sentence naming the meeting only by its noun gives way to a later one that
        // says it was held under a full name ending with that noun.
        let body = body.map(|b| {
            let bare_noun = self
                .unquoted_meeting(b.clone())
                .map(|n| self.text(n))
                .filter(|n| self.lex.meeting_nouns.contains(n));
            let Some(noun) = bare_noun else { return b };
            sentences
                .iter()
                .filter(|s| s.kind == LineKind::Body && s.range != b)
                .take(12)
                .find(|s| {
                    says_strongly(self, &s.range)
                        && self.unquoted_meeting(s.range.clone()).is_some_and(|n| {
                            let name = self.text(n);
                            name.ends_with(&noun) && name != noun
                        })
                })
                .map_or(b, |s| s.range.clone())
        });
        // `…出席签约仪式并见证签约`, `签约仪式由…主持`: no sentence says the meeting took place, but someone is
        // said to attend or chair it.
        // Or it is named in passing where someone spoke (`在随后召开的调研座谈会上`), later in a visit's report.
        let attended = (body.is_none() && headline_says.is_none())
            .then(|| {
                sentences
                    .iter()
                    .filter(|s| s.kind == LineKind::Body)
                    .take(20)
                    // A sentence of the genre is short; a page-long run without a full stop is no such sentence.
                    .filter(|s| s.range.len() <= 500)
                    .enumerate()
                    .find_map(|(i, s)| {
                        (i < 8)
                            .then(|| self.attended_meeting(s.range.clone()))
                            .flatten()
                            .or_else(|| self.meeting_in_passing(s.range.clone()))
                            .map(|n| (s.range.clone(), n))
                    })
            })
            .flatten();
        let evidence = body
            .clone()
            .or(headline_says.clone())
            .or(attended.as_ref().map(|(r, _)| r.clone()))?;
        let mut m = MeetingRec {
            evidence: evidence.clone(),
            // Only `开展…活动` or a headline ending in a meeting noun says a meeting took place.
            weak: !(body.as_ref().is_some_and(|b| says_strongly(self, b))
                || headline.as_ref().is_some_and(|h| says_strongly(self, h))),
            ..MeetingRec::default()
        };

        // Organizations opening the meeting sentence and the headline (`中国XX协会钛锆铪分会2025年年会`) are
        // registered first, so that a unit named alone later (`由钛锆铪分会主办`) is known.
        for r in [body.clone(), headline.clone()].into_iter().flatten() {
            let starts: Vec<usize> = std::iter::once(r.start)
                .chain((r.start..r.end).filter(|&q| self.t[q] == '，').map(|q| q + 1))
                .collect();
            for start in starts {
                let start = self.skip_openers(start, r.end);
                if let Some((orgs, _)) = self.org_list(start, r.end) {
                    for pieces in orgs {
                        self.register_chain(&pieces, None, r.clone());
                    }
                }
            }
        }
        // `…到四川省能源投资集团有限责任公司调研`: the body a visit goes to, named once and then as `集团`.
        for s in sentences.iter().filter(|s| s.kind != LineKind::Caption).take(8) {
            self.register_visited(s.range.clone());
        }
        // Organizers first: their names are cut from an unquoted meeting name.
        self.read_organizers(evidence.clone(), &mut m);
        for s in sentences.iter().filter(|s| s.kind == LineKind::Body).take(8) {
            let text = self.text(s.range.clone());
            if s.range != evidence
                && self
                    .lex
                    .organizer_words
                    .iter()
                    .any(|(w, _)| text.contains(&w.iter().collect::<String>()))
            {
                self.read_organizers(s.range.clone(), &mut m);
            }
        }
        let name = [body.clone(), headline.clone()]
            .into_iter()
            .flatten()
            .find_map(|r| self.quoted_meeting(r))
            .or_else(|| {
                // The meeting sentence's name (`第五届理事会第四次会议`) before the headline's (`五届四次理事会`),
                // unless it only refers to the meeting (`本届论坛`, `召开论坛`).
                let in_body = body
                    .clone()
                    .and_then(|b| {
                        self.unquoted_meeting(b.clone())
                            .or_else(|| self.meeting_in_passing(b))
                    })
                    .filter(|n| !self.only_a_meeting_word(n.clone()));
                let bare = in_body.clone().is_some_and(|n| {
                    let text = self.text(n);
                    self.lex.meeting_nouns.contains(&text)
                });
                let in_headline = || headline_says.clone().and_then(|h| self.unquoted_meeting(h));
                match in_body {
                    Some(n) if !bare => Some(n),
                    n => in_headline().or(n),
                }
            })
            .or_else(|| {
                // `NAME在西安举行` with a name of no known meeting noun: the body's, then the headline's.
                [body.clone(), headline.clone()]
                    .into_iter()
                    .flatten()
                    .filter(|r| says_strongly(self, r))
                    .find_map(|r| self.unquoted_meeting_with(r, true))
            })
            .or_else(|| {
                // A headline that ends with a meeting noun names the meeting even when no body sentence says
                // that it took place (`…党建联学共建活动`).
                headline
                    .clone()
                    .filter(|_| body.is_some() || headline_says.is_some())
                    .and_then(|h| self.headline_as_name(h))
            })
            .or_else(|| attended.as_ref().map(|(_, n)| n.clone()));
        let mut name = name?;
        // `…化工园区工作委员会（以下简称“园区委”）2025年工作会议`: the short form defined before the name is no part
        // of it.
        if self.t.get(name.start) == Some(&'（')
            && let Some(close) = (name.start..name.end).find(|&q| self.t[q] == '）')
            && mentions::defines_short_form(&self.text(name.start..close))
            && close + 2 < name.end
        {
            name.start = close + 1;
        }
        // `广东省机器人协会人形机器人分会成立大会…召开`: the organization a meeting founds does not hold it.
        let founding = ["成立大会", "成立仪式"]
            .iter()
            .any(|w| self.text(name.clone()).starts_with(w));
        // (Without a short form defined inside it: `甲公司（以下简称“甲”）与乙大学战略合作协议签约仪式`.)
        m.name = without_short_form(&self.text(name.clone()));
        m.original = without_short_form(&self.original_slice(name.clone()));
        // `市交通运输局召开2025年港航企业座谈会` over `…在港口大厦召开港航企业座谈会`: the year the headline writes
        // before the same name is the name's.
        if let Some(h) = headline.clone().filter(|h| !h.contains(&name.start))
            && !m.name.starts_with(|c: char| c.is_ascii_digit())
            && let headline_text = self.text(h)
            && let Some(before) = headline_text
                .find(&m.name)
                .and_then(|at| headline_text[..at].strip_suffix('年'))
            && let Some(year) = before
                .get(before.len().saturating_sub(4)..)
                .filter(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
        {
            m.name = format!("{year}年{}", m.name);
            m.original = format!("{year}年{}", m.original);
        }
        if let Some((orgs, after)) = self.org_list(name.start, name.end)
            && self.parties_before(name.start, after, name.end)
        {
            let ev = if evidence.contains(&name.start) {
                evidence.clone()
            } else {
                name.clone()
            };
            for pieces in orgs {
                let (idx, _) = self.register_chain(&pieces, None, ev.clone());
                m.parties.extend(idx.last().copied().flatten());
            }
        }
        // `甲协会第五次会员大会…召开。本次大会在乙厅的指导下举行`, `…由丙公司承办`, `…，丁协会协办`: a guide, an
        // undertaker or a co-organizer named elsewhere leaves the organization in front of the meeting's name its
        // organizer.
        if !m.organizers.iter().any(|(f, _)| f == "organizers") && !founding {
            self.self_held(&[body.clone(), headline.clone()], &mut m);
        }
        // `安徽省新能源汽车产业链联盟成立大会…在合肥举行` with no organizer: the name keeps the organization it
        // founds. So it does for a unit an organizer founds (`中国XX协会动力电池回收利用专业委员会成立大会`, held by
        // the association), without the organizer's name.
        if founding && let Some((start, unit_start, org)) = self.founded_before(name.start) {
            let organized = m.organizers.iter().any(|(f, _)| f == "organizers");
            // (`成都市无人机产业联盟成立大会…，成都市新津区人民政府主办`: a body another one founds keeps its name too.)
            let own = m.organizers.iter().any(|(_, o)| *o == org);
            let start = match (organized, self.orgs[org].unit) {
                (false, _) => Some(start),
                (true, true) => Some(unit_start),
                (true, false) => (!own).then_some(start),
            };
            if let Some(start) = start {
                name.start = start;
                // (Without the short form defined for it: `烘焙专业委员会（以下简称“烘焙专委会”）成立大会`.)
                m.name = without_short_form(&self.text(name.clone()));
                m.original = without_short_form(&self.original_slice(name.clone()));
                m.founds = Some(org);
            }
        }
        // `由甲协会主办…的钠离子电池分会成立大会`, `…工业互联网专业委员会成立大会暨第一次委员会议`: the name already
        // holds the unit it founds, which is the organizer's.
        if !founding && let Some(org) = self.founded_in_name(name.clone(), &m) {
            m.founds = Some(org);
        }
        // The date and place: the meeting sentence first, then the headline. A venue named by an organization
        // (`在苏州国际博览中心举办`) gives a place only when no city is written, and only the city it names.
        let mut venue = None;
        for r in [body.clone(), headline.clone()].into_iter().flatten() {
            if m.date.is_none() {
                self.read_date(r.clone(), &m.name.clone(), headline.clone(), opts, &mut m);
            }
            if m.place.is_none() {
                match self.read_place(r) {
                    Some((place, true)) => {
                        venue.get_or_insert(place);
                    }
                    Some((place, false)) => m.place = Some(place),
                    None => {}
                }
            }
        }
        // `——集团召开2025年科技创新大会`, then `3月5日，中国建材集团2025年科技创新大会在北京召开`: the place the next
        // sentence naming it says; `…组织召开“…”科技成果评价会。会议在厦门举行。`: or the one right after the
        // meeting sentence, referring back to it.
        let next_body = body.as_ref().and_then(|b| {
            sentences
                .iter()
                .find(|s| s.kind == LineKind::Body && s.range.start >= b.end)
        });
        if m.place.is_none()
            && venue.is_none()
            && let Some(s) = next_body
                .filter(|s| {
                    let text = self.text(s.range.clone());
                    [
                        "会议在",
                        "本次会议在",
                        "此次会议在",
                        "活动在",
                        "本次活动在",
                        "仪式在",
                    ]
                    .iter()
                    .any(|w| text.starts_with(w))
                })
                .or_else(|| {
                    sentences.iter().find(|s| {
                        s.kind == LineKind::Body
                            && body.as_ref().is_none_or(|b| s.range.start >= b.end)
                            && self.text(s.range.clone()).contains(m.name.as_str())
                    })
                })
            && let Some((place, false)) = self.read_place(s.range.clone())
        {
            m.place = Some(place);
        }
        // `中汽协8月信息发布会：…` named by the headline alone, then `9月11日，中国汽车工业协会发布数据显示…`: the
        // date the report's lead sentence opens with.
        // (After a dateline: `财经网讯北京9月11日电（记者 上官若琳）9月11日，…`.)
        if m.date.is_none()
            && body.is_none()
            && let Some(lead) = sentences.iter().find(|s| s.kind == LineKind::Body)
            && let Some(opens) = (lead.range.start..lead.range.end.min(lead.range.start + 40)).find(|&q| {
                self.t[q].is_ascii_digit()
                    && (q == lead.range.start || matches!(self.t[q - 1], '）' | ')' | ' '))
                    && (q..lead.range.end.min(q + 12))
                        .any(|d| self.t[d] == '日' && self.t.get(d + 1) == Some(&'，'))
            })
        {
            self.read_date(
                opens..lead.range.end,
                &m.name.clone(),
                headline.clone(),
                opts,
                &mut m,
            );
        }
        let first_body: Vec<Range<usize>> = sentences
            .iter()
            .filter(|s| s.kind == LineKind::Body)
            .take(6)
            .map(|s| s.range.clone())
            .collect();
        if m.date.is_none() {
            // `4月22日，…一行赴徐州调研。…随后，双方召开调研座谈会`: the date that opens the report's first dated
            // sentence is the day of the events it reports.
            if let Some(r) = first_body
                .iter()
                .find(|r| {
                    // … or opens it after a clause of purpose (`为深入了解…，8月21日，…赴…调研`).
                    let text = self.text((*r).clone());
                    date_re().find(&text).is_some_and(|d| {
                        d.start() == 0
                            || (text.starts_with('为')
                                && text[..d.start()].ends_with('，')
                                && !text[..d.start()].contains('。'))
                    })
                })
                .cloned()
            {
                self.read_date(r.clone(), &m.name.clone(), headline.clone(), opts, &mut m);
                // `7月2日至3日，…一行调研。…3日上午，调研组与酒钢集团召开座谈会`: the meeting sentence gives the day
                // of the meeting within the visit.
                if let Some(b) = body.clone().filter(|b| *b != r)
                    && let Some(day) = self.day_opening(b)
                    && let Some(date) = m.date.as_deref().and_then(|d| {
                        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                            .ok()?
                            .with_day(day)
                    })
                {
                    let end = m
                        .end_date
                        .clone()
                        .unwrap_or_else(|| m.date.clone().unwrap_or_default());
                    let within = date.format("%Y-%m-%d").to_string();
                    if m.date.as_deref().is_some_and(|d| d <= within.as_str()) && within <= end {
                        m.date = Some(within);
                        m.end_date = None;
                    }
                }
            }
        }
        if m.date.is_none() {
            // `为深入实施…，5月27日，2025年…对接会在鹰潭市举行`: a later sentence that says the meeting was held
            // and gives a date (the first one only named it).
            if let Some(r) = first_body
                .iter()
                .find(|r| says_strongly(self, r) && date_re().is_match(&self.text((*r).clone())))
                .cloned()
            {
                self.read_date(r, &m.name.clone(), headline.clone(), opts, &mut m);
            }
        }
        if m.end_date.is_none()
            && let Some(start) = m.date.clone()
        {
            // `本次培训为期4天，至6月13日结束`
            m.end_date = sentences
                .iter()
                .filter(|s| s.kind == LineKind::Body)
                .find_map(|s| end_date(&self.text(s.range.clone()), &start));
        }
        if m.place.is_none() {
            // `会议在北京设主会场`, then `…一行赴徐州，到…公司调研`.
            m.place = first_body
                .iter()
                .find_map(|r| self.read_place_with(r.clone(), &["设主会场"]).filter(|(_, v)| !v))
                .map(|(place, _)| place)
                .or_else(|| first_body.iter().find_map(|r| self.stated_place(r.clone())))
                .or_else(|| first_body.iter().find_map(|r| self.visited_place(r.clone())))
                .or_else(|| venue.and_then(|v| self.venue_city(&v)))
                .or_else(|| {
                    // `甲与乙在西宁签署战略合作框架协议`, then `…出席签约仪式`: a signing ceremony is where the
                    // parties signed.
                    m.name.ends_with("签约仪式").then_some(())?;
                    first_body.iter().find_map(|r| {
                        self.read_place_with(r.clone(), &["签署", "签订", "正式签署", "举行签约"])
                            .filter(|(_, venue)| !venue)
                            .map(|(place, _)| place)
                    })
                });
        }
        // `在济南先后召开九届五次会长办公会和九届四次理事会`: two meetings named in one sentence, the second reported
        // later (`下午召开的九届四次理事会…`); the first is the one named first.
        let evidence_text = self.text(m.evidence.clone());
        let mut named_second = None;
        if ["先后召开", "分别召开", "先后举行", "分别举行"]
            .iter()
            .any(|w| evidence_text.contains(w))
            && let Some((first, second)) = m.name.split_once('和')
            && [first, second].iter().all(|n| {
                n.chars().count() >= 4
                    && self
                        .lex
                        .meeting_nouns
                        .iter()
                        .any(|noun| n.ends_with(noun.as_str()))
            })
        {
            named_second = Some(second.to_owned());
            let first = first.to_owned();
            m.original = m.original.chars().take(first.chars().count()).collect();
            m.name = first;
        }
        // Later meetings the page reports, each with its own attendance (and the first with the topics).
        m.then = self.later_meetings(sentences, &m, named_second.as_deref(), opts);
        let first_later = m.then.first().map_or(usize::MAX, |l| l.evidence.start);
        let body_sentences: Vec<&Sentence> = sentences.iter().filter(|s| s.kind == LineKind::Body).collect();
        self.read_topics_and_attendance(
            body_sentences
                .iter()
                .copied()
                .filter(|s| s.range.start < first_later),
            true,
            &mut m,
        );
        let starts: Vec<usize> = m.then.iter().map(|l| l.evidence.start).collect();
        for (k, later) in m.then.iter_mut().enumerate() {
            let until = starts.get(k + 1).copied().unwrap_or(usize::MAX);
            self.read_topics_and_attendance(
                body_sentences
                    .iter()
                    .copied()
                    .filter(|s| s.range.start >= starts[k] && s.range.start < until),
                false,
                later,
            );
        }
        Some(m)
    }

    /// The meetings a page reports after the first, each in a sentence of its own that opens with when it was held
    /// (`当日下午，2025年中国铸造协会会员大会在同一会场举行`) and names it (not the first one again, nor a part of it;
    /// nor a ceremony, an activity or a session held within the first, such as its `签约仪式`; nor anything within an
    /// activity, a week or an expo). Each has its own date, place and
    /// organizers when the sentence gives them, else the first meeting's (but no date for one held `次日`).
    fn later_meetings(
        &mut self,
        sentences: &[Sentence],
        first: &MeetingRec,
        named_first: Option<&str>,
        opts: &ExtractOptions,
    ) -> Vec<MeetingRec> {
        const CUES: [&str; 18] = [
            "当日下午",
            "当天下午",
            "同日下午",
            "当日上午",
            "当天上午",
            "同日上午",
            "当日晚",
            "当晚",
            "同日",
            "当日",
            "当天",
            "随后",
            "紧接着",
            "下午",
            "上午",
            "晚上",
            "次日",
            "会后",
        ];
        // (An activity or a week spans its sessions: `下午举行了交流研讨会` is a part of `…观摩交流活动`.)
        let umbrella = ["活动", "周", "博览会", "展览会", "展会"]
            .iter()
            .any(|w| first.name.ends_with(w));
        let Some(from) = sentences
            .iter()
            .position(|s| s.range == first.evidence)
            .filter(|_| !umbrella)
        else {
            return Vec::new();
        };
        let mut names = vec![first.name.clone()];
        let mut out: Vec<MeetingRec> = Vec::new();
        for s in sentences[from + 1..]
            .iter()
            .filter(|s| s.kind == LineKind::Body)
            .take(40)
        {
            let r = s.range.clone();
            let text = self.text(r.clone());
            let Some(cue) = CUES.iter().find(|c| text.starts_with(*c)) else {
                continue;
            };
            let held = self.lex.meeting_verbs.iter().any(|v| text.contains(v.as_str()));
            let announced = ["将于", "将在", "将举", "将召", "拟于", "拟在", "定于"]
                .iter()
                .any(|w| text.contains(w));
            if !held || announced {
                continue;
            }
            let Some(name) = self
                .quoted_meeting(r.clone())
                .or_else(|| self.unquoted_meeting(r.clone()))
                .filter(|n| n.len() >= 4 && !self.only_a_meeting_word(n.clone()))
            else {
                continue;
            };
            let name_text = self.text(name.clone());
            // `随后召开的四届一次理事会选举…为会长`: a meeting named in a relative clause is a part of the first
            // (its elections), unless the first sentence announced it (`先后召开…和九届四次理事会`).
            let relative = self.t.get(name.start.wrapping_sub(1)) == Some(&'的');
            if relative && named_first != Some(name_text.as_str()) {
                continue;
            }
            // (Nor a session of the first: `分论坛`, `开幕式`.)
            if [
                "仪式",
                "活动",
                "分论坛",
                "平行论坛",
                "专题论坛",
                "圆桌论坛",
                "开幕式",
                "闭幕式",
                "环节",
            ]
            .iter()
            .any(|w| name_text.ends_with(w))
                || names
                    .iter()
                    .any(|n| n.contains(name_text.as_str()) || name_text.contains(n.as_str()))
            {
                continue;
            }
            let mut m = MeetingRec {
                name: name_text.clone(),
                original: self.original_slice(name.clone()),
                evidence: r.clone(),
                ..MeetingRec::default()
            };
            self.read_organizers(r.clone(), &mut m);
            if !m.organizers.iter().any(|(f, _)| f == "organizers") {
                self.self_held(&[Some(r.clone())], &mut m);
            }
            if !m.organizers.iter().any(|(f, _)| f == "organizers") {
                m.organizers.extend(
                    first
                        .organizers
                        .iter()
                        .filter(|(f, _)| f == "organizers")
                        .cloned(),
                );
            }
            self.read_date(r.clone(), &name_text, None, opts, &mut m);
            if m.date.is_none() && *cue != "次日" {
                m.date.clone_from(&first.date);
            }
            // (`在同一会场举行`: the first one's place.)
            m.place = match self.read_place(r) {
                Some((place, false)) if !place.starts_with("同一") => Some(place),
                _ => first.place.clone(),
            };
            names.push(name_text);
            out.push(m);
        }
        out
    }

    /// The topics (when `topics`) and the attendance a meeting's sentences state.
    fn read_topics_and_attendance<'s>(
        &self,
        sentences: impl Iterator<Item = &'s Sentence>,
        topics: bool,
        m: &mut MeetingRec,
    ) {
        let mut attendance: Option<(bool, String, Option<u32>)> = None;
        for s in sentences {
            let text = self.text(s.range.clone());
            if topics
                && m.topics.is_empty()
                && let Some(c) = topics_re().captures(&text)
                // `双方将围绕…等方向开展合作`, `本期培训将邀请专家，围绕…`: what is planned, not what the meeting
                // discussed; `陈新伟在报告中指出，…协会将重点围绕…`: what a speech said.
                && !c.get(0).is_some_and(|g| {
                    let before = &text[..g.start()];
                    ["将", "拟", "计划", "指出", "表示", "强调", "要求", "希望", "介绍"]
                        .iter()
                        .any(|w| before.contains(w))
                        // `企业负责人先后发言，围绕…等方面介绍了企业发展情况`: what the speakers told of; nor
                        // `…分别围绕…等作了主题发言`, what each speaker spoke on.
                        // (`…等议题作交流发言`, `…分别作专题发言，围绕…等议题分享了实践经验`; but all who took part
                        // speaking on them is the meeting's agenda: `与会企业负责人…围绕…等议题作了交流发言`.)
                        || !before.contains("与会") && {
                            let after: String = text[g.end()..].chars().take(6).collect();
                            let clause_before = before.trim_end_matches('，').rsplit('，').next().unwrap_or("");
                            ["介绍", "汇报", "发言", "报告", "演讲", "分享"].iter().any(|w| after.contains(w))
                                || clause_before.contains("发言")
                        }
                        || ["分别", "依次", "先后"].iter().any(|w| before.ends_with(w))
                        // `…等嘉宾围绕…等话题开展圆桌对话`, `…围绕…等方面提出意见建议`: what some of them talked
                        // about; the meeting's own agenda is said with 议题 or 主题, by the meeting (`会议围绕…三个方面`)
                        // or by all who took part (`与会专家围绕…等问题进行了深入研讨`).
                        // (`围绕…开展专题调研`: a study on a subject, not the topics of a meeting; those are
                        // quoted or counted, `围绕“…”“…”两个专题`.)
                        || &c[2] == "专题" && !(c[1].contains("”“") || c[1].ends_with('个'))
                        || !matches!(&c[2], "议题" | "主题" | "专题")
                            && !before.chars().rev().take(8).collect::<String>().contains("会与")
                            && !["会议", "大会", "论坛", "会上"].iter().any(|w| before.ends_with(w))
                })
            {
                // (`围绕“固废基外加剂应用”“外加剂碳足迹核算”两个专题`: topics in quotation marks, one after the other.)
                let quoted = c[1].contains("”“");
                m.topics = c[1]
                    .split(|ch| matches!(ch, '、' | '，' | '和' | '及') || quoted && matches!(ch, '“' | '”'))
                    // (`…和碳排放权交易三个方面`: the count of the topics is no part of the last one.)
                    .map(|t| {
                        let t = t.trim_start_matches("以").trim();
                        let t = t.strip_suffix('个').map_or(t, |x| {
                            x.trim_end_matches(['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十'])
                        });
                        t.to_owned()
                    })
                    .filter(|t| (2..=16).contains(&t.chars().count()))
                    .collect();
                // `围绕标准执行中遇到的问题`: a clause describing the questions names no topic.
                if m.topics.iter().any(|t| t.ends_with('的')) {
                    m.topics.clear();
                }
            }
            // `会员企业代表及各界嘉宾400余人欢聚一堂` says how many came as much as `参加` does.
            const ATTEND: [&str; 9] = [
                "参加", "出席", "参会", "与会", "到会", "欢聚", "齐聚", "共聚", "相聚",
            ];
            // `会议应到理事98人，实到91人`: those who came.
            // (`实到及委托出席152人`: within a few words.)
            if attendance.as_ref().is_none_or(|(strong, _, _)| !strong)
                && let Some(at) = text.find("实到")
                && let Some(c) = attendance_re().captures(&text[at..])
                && c.get(0)
                    .is_some_and(|g| text[at..at + g.start()].chars().count() <= 9)
            {
                attendance = Some((true, c[0].to_owned(), c[1].parse().ok()));
                continue;
            }
            // `…等7位专家出席会议`, then `…共30余人参加会议`: a total said with 共 counts everyone.
            let total = text.contains('共')
                && attendance_re()
                    .find(&text)
                    .is_some_and(|g| text[..g.start()].ends_with('共'));
            if (total || attendance.as_ref().is_none_or(|(strong, _, _)| !strong))
                && ATTEND.iter().any(|w| text.contains(w))
            {
                let found = attendance_re()
                    .captures(&text)
                    .map(|c| {
                        (
                            c.get(0).map_or(0, |g| g.end()),
                            c[0].to_owned(),
                            c[1].parse().ok(),
                        )
                    })
                    .or_else(|| {
                        // `近百人`, `二百余人`, `千余名`
                        attendance_words_re().captures(&text).map(|c| {
                            (
                                c.get(0).map_or(0, |g| g.end()),
                                c[0].to_owned(),
                                chinese_count(&c[1]),
                            )
                        })
                    });
                // `谢红军等7位…专家参加评价`: the panel that evaluates or reviews, not the people who attended.
                let panel = |end: usize| {
                    let clause: String = text[end..]
                        .chars()
                        .take_while(|c| !matches!(c, '，' | '。' | '；'))
                        .collect();
                    // (`…等7位专家出席会议并组成审查专家组`: the panel that reviews a standard.)
                    clause.contains("专家")
                        && ["评价", "评审", "鉴定", "验收", "论证", "审定", "审查", "组成"]
                            .iter()
                            .any(|w| clause.contains(w))
                };
                let found = found.filter(|(end, _, _)| !panel(*end));
                if let Some((end, written, count)) = found {
                    // `150余人参加大会` says how many attended; `为20名优秀企业家颁发奖牌` in a sentence of 与会
                    // counts someone else: a count its clause follows with an attending verb wins.
                    let clause: String = text[end..]
                        .chars()
                        .take_while(|c| !matches!(c, '，' | '。' | '；'))
                        .collect();
                    let strong = ATTEND.iter().any(|w| clause.contains(w));
                    if attendance.is_none() || strong {
                        attendance = Some((strong, written, count));
                    }
                }
            }
        }
        if let Some((_, written, count)) = attendance {
            m.attendance = Some(written);
            m.attendance_count = count;
        }
    }

    /// A meeting someone is said to attend or chair in `r`: `出席签约仪式并见证签约`, `参加了座谈会`,
    /// `评价会由…主持`. The name ends with a meeting noun (a bare `会` after a word that is no organization
    /// suffix: `评价会`, not `协会`).
    fn attended_meeting(&self, r: Range<usize>) -> Option<Range<usize>> {
        let noun_ends = |n: &Range<usize>| self.names_a_meeting(n.clone());
        // (`主持2025年第三次会长办公会议`: digits are part of a name.)
        let clause_end = |at: usize| {
            (at..r.end)
                .find(|&q| {
                    !(is_han(self.t[q]) || self.t[q].is_ascii_digit())
                        || matches!(self.t[q], '并' | '和' | '及' | '与')
                })
                .unwrap_or(r.end)
        };
        const VERBS: [[char; 2]; 3] = [['出', '席'], ['参', '加'], ['主', '持']];
        for q in r.clone() {
            let after = VERBS
                .iter()
                .find(|v| self.t[q..r.end].starts_with(&v[..]))
                .map(|v| q + v.len());
            if let Some(mut from) = after {
                if self.t.get(from) == Some(&'了') {
                    from += 1;
                }
                let to = clause_end(from).min(from + 20);
                if let Some(end) = (from + 2..=to).rev().find(|&e| noun_ends(&(from..e))) {
                    return Some(from..end);
                }
            }
            // `签约仪式由省国资委党委委员、副主任韩冬主持`
            let opens = q == r.start || matches!(self.t[q - 1], '，' | '。' | '；');
            if opens && let Some(by) = (q..r.end.min(q + 20)).find(|&p| self.t[p] == '由') {
                let name = q..by;
                let chaired = (by..r.end.min(by + 60))
                    .take_while(|&p| self.t[p] != '。')
                    .any(|p| self.t[p..r.end].starts_with(&['主', '持']));
                if chaired && name.clone().all(|p| is_han(self.t[p])) && noun_ends(&name) {
                    return Some(name);
                }
            }
        }
        None
    }

    /// Registers the organizations a visit goes to in `r`: `到X调研`, `赴X、Y考察`, `走访X`, `来到X，…`.
    fn register_visited(&mut self, r: Range<usize>) {
        const VERBS: [&[char]; 6] = [
            &['到'],
            &['赴'],
            &['走', '访'],
            &['来', '到'],
            &['前', '往'],
            &['深', '入'],
        ];
        const AFTER: [&[char]; 9] = [
            &['调', '研'],
            &['考', '察'],
            &['参', '观'],
            &['走', '访'],
            &['检', '查'],
            &['指', '导'],
            &['交', '流'],
            &['座', '谈'],
            &['慰', '问'],
        ];
        let mut q = r.start;
        while q < r.end {
            let Some(v) = VERBS.iter().find(|v| self.t[q..r.end].starts_with(v)) else {
                q += 1;
                continue;
            };
            let mut from = q + v.len();
            // `走访了A、B，深入…`
            if self.t.get(from) == Some(&'了') {
                from += 1;
            }
            if let Some((orgs, after)) = self.org_list(from, r.end) {
                let rest = &self.t[after..r.end];
                if rest.is_empty()
                    || matches!(rest[0], '，' | '。' | '；')
                    || AFTER.iter().any(|w| rest.starts_with(w))
                {
                    for pieces in orgs {
                        self.register_chain(&pieces, None, r.clone());
                    }
                    q = after;
                    continue;
                }
            }
            q = from;
        }
    }

    /// True when `r` (two characters or more) ends with a meeting noun and is not only a word referring to the
    /// report's meeting (`本次会议`).
    pub(crate) fn names_a_meeting(&self, r: Range<usize>) -> bool {
        r.len() >= 2 && !self.only_a_meeting_word(r.clone()) && self.ends_with_meeting_noun(r)
    }

    /// A meeting named in passing, as where something was said: `在随后召开的调研座谈会上`,
    /// `在当天举行的项目推进会上`, `在专家评审会上`. The name is the words before `上` (or `中`, `期间`) back to the
    /// `的` after the verb, or to the `在`; it ends with a meeting noun.
    fn meeting_in_passing(&self, r: Range<usize>) -> Option<Range<usize>> {
        let t = &self.t;
        for at in r.clone().filter(|&q| t[q] == '在') {
            // The clause after `在`, up to the first punctuation, at most 40 characters.
            let end = (at + 1..r.end.min(at + 41))
                .find(|&q| !is_han(t[q]) && !t[q].is_ascii_alphanumeric() && !"“”《》".contains(t[q]))
                .unwrap_or(r.end.min(at + 41));
            let Some(close) = (at + 2..end).find(|&q| {
                let rest = &t[q..end];
                rest.starts_with(&['上']) || rest.starts_with(&['期', '间'])
            }) else {
                continue;
            };
            let held = (at + 1..close).rev().find(|&q| {
                t[q] == '的'
                    && q >= at + 3
                    && self
                        .lex
                        .meeting_verbs
                        .iter()
                        .any(|v| t[..q].ends_with(&v.chars().collect::<Vec<_>>()))
            });
            let name = self.trim_name(held.map_or(at + 1, |q| q + 1)..close);
            if !name.is_empty() && name.start > at && self.names_a_meeting(name.clone()) {
                // `在会上`, `在本次会议上`: no name.
                if self.lex.meeting_nouns.contains(&self.text(name.clone())) && held.is_none() {
                    continue;
                }
                return Some(name);
            }
        }
        None
    }

    /// True when `r` names no meeting but refers to the one the report is about: a meeting noun after 本届, 本次,
    /// 此次, 该, 这次 (`本届论坛在北京举办`).
    fn only_a_meeting_word(&self, r: Range<usize>) -> bool {
        let text = self.text(r);
        ["本届", "本次", "此次", "这次", "该次", "该", "此", "本", "这"]
            .iter()
            .find_map(|p| text.strip_prefix(p))
            .is_some_and(|rest| self.lex.meeting_nouns.iter().any(|n| n == rest))
    }

    /// The name after a weak meeting verb that ends with a meeting noun (`开展党建联学共建活动`).
    fn weak_meeting(&self, r: Range<usize>) -> Option<Range<usize>> {
        for v in &self.lex.weak_meeting_verbs {
            let v: Vec<char> = v.chars().collect();
            let mut q = r.start;
            while q + v.len() <= r.end {
                if self.t[q..q + v.len()] == v[..] {
                    let from = q + v.len();
                    let to = (from..r.end)
                        .find(|&p| matches!(self.t[p], '，' | '；' | '。' | '：'))
                        .unwrap_or(r.end);
                    let name = self.trim_name(from..to);
                    // `开展2025年第七次集中学习（扩大）`: a note in parentheses after the name is no part of it.
                    let name = self.strip_trailing_note(name);
                    if name.len() >= 3
                        && (self.ends_with_meeting_noun(name.clone()) || self.ordinal_event(name.clone()))
                    {
                        return Some(name);
                    }
                }
                q += 1;
            }
        }
        None
    }

    /// True when a place read from `在…召开` is a site named by an organization: it ends with an organization
    /// suffix (`…有限公司`, `…博览中心`) or holds the name of an organization registered so far (`恒润重工总部`).
    fn is_venue_of_org(&self, place: &str) -> bool {
        let chars: Vec<char> = place.chars().collect();
        if chars.len() >= 4 {
            let ends = (2..=self.lex.suffix_max.min(chars.len() - 2)).any(|l| {
                self.lex
                    .suffixes
                    .get(&chars[chars.len() - l..])
                    .is_some_and(|s| !s.unit)
            });
            if ends {
                return true;
            }
        }
        self.orgs.iter().any(|o| {
            std::iter::once(&o.name)
                .chain(&o.aliases)
                .any(|n| n.chars().count() >= 3 && place.contains(n.as_str()))
        })
    }

    /// `2025年第七次集中学习（扩大）` → `2025年第七次集中学习`: a short note in parentheses at the end.
    fn strip_trailing_note(&self, r: Range<usize>) -> Range<usize> {
        if r.len() > 2
            && self.t[r.end - 1] == '）'
            && let Some(open) = (r.start..r.end - 1).rev().find(|&q| self.t[q] == '（')
            && open > r.start
            && r.end - open <= 6
            && !self.t[open + 1..r.end - 1].contains(&'（')
        {
            return r.start..open;
        }
        r
    }

    /// True when `r` is a numbered session of something (`第七次集中学习`, `第十二期专题研修`): an ordinal of
    /// 次, 期 or 届 followed by a short noun phrase and nothing else. Only after a weak verb (`开展`, `组织`),
    /// whose meeting counts only when someone takes part in it.
    fn ordinal_event(&self, r: Range<usize>) -> bool {
        let t = &self.t[r.clone()];
        let Some(di) = t.iter().rposition(|&c| c == '第') else {
            return false;
        };
        let digits = t[di + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十百零两".contains(**c))
            .count();
        if digits == 0 {
            return false;
        }
        let Some(&unit) = t.get(di + 1 + digits) else {
            return false;
        };
        let tail = &t[di + 2 + digits..];
        matches!(unit, '次' | '期' | '届') && (2..=8).contains(&tail.len()) && tail.iter().all(|&c| is_han(c))
    }

    fn ends_with_meeting_noun(&self, r: Range<usize>) -> bool {
        let text = self.text(r.clone());
        let Some(noun) = self
            .lex
            .meeting_nouns
            .iter()
            .filter(|n| text.ends_with(n.as_str()))
            .max_by_key(|n| n.len())
        else {
            return false;
        };
        // A bare `会` ends meeting names (`分析会`) but also organization names (`协会`, `分会`).
        noun.chars().count() > 1 || (r.len() >= 3 && self.suffix_ending_pub(r.start, r.end).is_none())
    }

    /// A headline's lead-in before its colon that ends with a meeting noun: `中汽协8月信息发布会：…`.
    fn meeting_lead_in(&self, h: Range<usize>) -> Option<Range<usize>> {
        let colon = (h.start..h.end).find(|&q| matches!(self.t[q], '：' | ':'))?;
        let lead = h.start..colon;
        (lead.len() >= 4 && self.ends_with_meeting_noun(lead.clone())).then_some(lead)
    }

    /// The headline as the meeting's name when nothing better names it, a body sentence having said a meeting
    /// took place: without `在西安召开` and without the organization written before it.
    fn headline_as_name(&self, h: Range<usize>) -> Option<Range<usize>> {
        // `聚焦绿色低碳：…论坛在京召开`: the name follows a lead-in before a colon, unless the lead-in is the
        // meeting (`中汽协8月信息发布会：新能源汽车月销首超140万辆`).
        let h = match (h.start..h.end)
            .rev()
            .find(|&q| matches!(self.t[q], '：' | ':' | '|' | '丨'))
        {
            _ if let Some(lead) = self.meeting_lead_in(h.clone()) => lead,
            Some(q) if h.end - q > 5 => q + 1..h.end,
            _ => h,
        };
        let text = self.text(h.clone());
        let cut = self
            .lex
            .meeting_verbs
            .iter()
            .chain(&self.lex.weak_meeting_verbs)
            .filter_map(|v| text.find(v.as_str()))
            .min()
            .map_or(h.end, |b| h.start + text[..b].chars().count());
        let mut end = cut;
        if let Some(z) = (h.start..end).rev().find(|&q| self.t[q] == '在') {
            end = z;
        }
        let mut start = h.start;
        if let Some((_, after)) = self.org_list(start, end) {
            start = after;
        }
        let name = self.trim_name(start..end);
        (name.len() >= 4).then_some(name)
    }

    /// A name in “” that ends with a meeting noun.
    fn quoted_meeting(&self, r: Range<usize>) -> Option<Range<usize>> {
        let mut i = r.start;
        while i < r.end {
            if matches!(self.t[i], '“' | '《' | '「') {
                let close = match self.t[i] {
                    '“' => '”',
                    '《' => '》',
                    _ => '」',
                };
                if let Some(c) = (i + 1..r.end.min(i + 60)).find(|&q| self.t[q] == close) {
                    let inner = i + 1..c;
                    // `（以下简称“稀土标委会”）` defines a short name, not a meeting.
                    let defined = i >= 2 && matches!(self.t[i - 2..i], ['简' | '下', '称']);
                    if self.t[i] != '《' && !defined && self.ends_with_meeting_noun(inner.clone()) {
                        return Some(inner);
                    }
                    i = c;
                }
            }
            i += 1;
        }
        None
    }

    /// An unquoted name: `NAME在西安召开`, `召开NAME`, `举办NAME`, without a leading organizer.
    fn unquoted_meeting(&self, r: Range<usize>) -> Option<Range<usize>> {
        self.unquoted_meeting_with(r, false)
    }

    /// [`Self::unquoted_meeting`]; `relaxed`: the words before a meeting verb name the meeting even when they end
    /// with no known meeting noun (`首届铜产业链供需对接周在鹰潭举行`), as the report says it was held.
    fn unquoted_meeting_with(&self, r: Range<usize>, relaxed: bool) -> Option<Range<usize>> {
        // `…第九次会员代表大会闭幕后，九届一次理事会随即在沈阳召开`: the meeting that ended before is not the one held.
        const CLOSED: [&[char]; 2] = [&['闭', '幕', '后'], &['结', '束', '后']];
        let r = match CLOSED.iter().find_map(|w| {
            (r.start..r.end.saturating_sub(w.len()))
                .find(|&q| self.t[q..].starts_with(w))
                .map(|q| q + w.len() + usize::from(self.t.get(q + w.len()) == Some(&'，')))
        }) {
            Some(after) if after + 4 < r.end => after..r.end,
            _ => r,
        };
        let text: Vec<char> = self.t[r.clone()].to_vec();
        let s: String = text.iter().collect();
        let verb_at = self
            .lex
            .meeting_verbs
            .iter()
            .filter_map(|v| {
                s.find(v.as_str())
                    .map(|b| (s[..b].chars().count(), v.chars().count()))
            })
            .chain(self.held_in_place(r.clone()).map(|q| (q - r.start, 2)))
            .min();
        let clause_start = |at: usize| {
            (r.start..at)
                .rev()
                .find(|&q| matches!(self.t[q], '，' | '；' | '。'))
                .map_or(r.start, |q| q + 1)
        };
        let clause_end = |at: usize| {
            (at..r.end)
                .find(|&q| matches!(self.t[q], '，' | '；' | '。'))
                .unwrap_or(r.end)
        };
        let Some((v, vlen)) = verb_at else {
            return self.weak_meeting(r);
        };
        let v = r.start + v;
        // After the verb: `协会召开第五届理事会第三次会议`; `召开了由A、B共同完成的“…”项目评价会`: the name starts
        // after the clause of 由…的.
        let mut from = v + vlen;
        if self.t.get(from) == Some(&'了') {
            from += 1;
        }
        let mut to = clause_end(from);
        if self.t.get(from) == Some(&'由')
            && let Some(de) = (from..to).find(|&q| self.t[q] == '的')
        {
            from = de + 1;
        }
        // `召开了泰山玻璃纤维有限公司完成的“…”项目科技成果鉴定会`: also without 由, after who completed the work
        // (`召开长飞光纤光缆股份有限公司（以下简称“长飞公司”）完成的…`: whose short form may be defined there).
        if let Some(q) = (from + 2..to.min(from + 40)).find(|&q| {
            (self.starts_with(q, &['完', '成', '的']) || self.starts_with(q, &['承', '担', '的']))
                && self.t[from..q]
                    .iter()
                    .all(|&c| is_han(c) || matches!(c, '、' | '（' | '）' | '“' | '”'))
        }) {
            from = q + 3;
        }
        // `下午召开的九届四次理事会共有理事单位代表86人参会`: the name a relative clause describes, up to its meeting
        // noun.
        if self.t.get(from) == Some(&'的') {
            from += 1;
            if let Some(mut e) = (from + 3..=to).find(|&e| self.names_a_meeting(from..e)) {
                // (The whole noun: `座谈会`, not `座谈`.)
                while e < to && self.names_a_meeting(from..e + 1) {
                    e += 1;
                }
                to = e;
            }
        }
        let after = self.trim_name(from..to);
        if !after.is_empty() && self.ends_with_meeting_noun(after.clone()) {
            return Some(after);
        }
        // Before it: `NAME在西安召开`.
        let mut end = v;
        for adverb in ["隆重", "顺利", "成功", "盛大", "胜利", "圆满"] {
            let a: Vec<char> = adverb.chars().collect();
            if end >= a.len() && self.t[end - a.len()..end] == a[..] {
                end -= a.len();
            }
        }
        if let Some(z) = (clause_start(end)..end).rev().find(|&q| self.t[q] == '在') {
            end = z;
        }
        // `2025年年会于6月3日在昆明召开`
        if let Some(z) = (clause_start(end)..end)
            .rev()
            .find(|&q| self.t[q] == '于' && self.t.get(q + 1).is_some_and(char::is_ascii_digit))
        {
            end = z;
        }
        let mut start = self.skip_openers(clause_start(end), end);
        // Leave out an organizer or organization written before the name; but the parties of a signing or an
        // unveiling are part of its name (`南昌航空大学与洪都集团校企全面合作协议签约仪式在南昌举行`).
        if let Some(after) = self.past_orgs(start, end)
            && !matches!(self.t[after], '主' | '协' | '承')
            && !self.parties_before(start, after, end)
        {
            start = after;
        }
        // `由A主办的2025年…研讨会`, `由A组织的…鉴定会`, `以“…”为主题的2025…论坛`: the name starts after the
        // organizer's part or the theme.
        if let Some(de) = (start..end).rev().find(|&q| {
            self.t[q] == '的'
                && (self
                    .lex
                    .organizer_words
                    .iter()
                    .any(|(w, _)| q >= w.len() && self.t[q - w.len()..q] == w[..])
                    || (q >= 2 && self.t[q - 2..q] == ['主', '题'])
                    // (`由中国电梯协会组织的…鉴定会`)
                    || (q >= 2
                        && self.t[q - 2..q] == ['组', '织']
                        && (q.saturating_sub(30)..q).any(|k| self.t[k] == '由')))
        }) {
            start = de + 1;
            // (`以“…”为主题的甲公司（以下简称“甲”）2026年全球供应商大会`: the organization after the theme too.)
            if let Some(after) = self.past_orgs(start, end)
                && !matches!(self.t[after], '主' | '协' | '承')
            {
                start = after;
            }
        }
        let name = self.trim_name(start..end);
        let plausible = relaxed
            && name.len() >= 4
            && end < v
            && self.t[end] == '在'
            && !self.only_a_meeting_word(name.clone())
            && self
                .org_list(name.start, name.end)
                .is_none_or(|(_, after)| after < name.end);
        (!name.is_empty() && (self.ends_with_meeting_noun(name.clone()) || plausible)).then_some(name)
    }

    /// True when two or more organizations joined by `与` or `和` (the parties) come before `after`, and what follows
    /// up to `end` names the ceremony of an agreement between them.
    fn parties_before(&self, start: usize, after: usize, end: usize) -> bool {
        let Some((orgs, _)) = self.org_list(start, end) else {
            return false;
        };
        let joined = orgs.windows(2).all(|w| {
            let (a, b) = (
                w[0].last().map(|p| p.written.end),
                w[1].first().map(|p| p.written.start),
            );
            matches!((a, b), (Some(a), Some(b)) if b == a + 1 && matches!(self.t[a], '与' | '和'))
        });
        // (An agreement or a cooperation signed at a ceremony the name ends in, `…葵花籽全产业链合作签约仪式`; not
        // `A与B共建…研究院揭牌仪式`, `A党委与B党委党建联建签约仪式`, where the parties hold it.)
        let rest = self.text(after..end);
        orgs.len() >= 2
            && joined
            && (rest.contains("协议") || rest.contains("合作"))
            && ["签约仪式", "揭牌仪式"].iter().any(|w| rest.ends_with(w))
            && !["共建", "签署", "签订", "联合", "共同"]
                .iter()
                .any(|w| rest.starts_with(w))
    }

    /// Where a meeting's name starts after the organizations written before it (`中国XX协会2025年年会`), if any:
    /// past them all, unless what follows is then no meeting's name (`…专业委员会成立大会暨第一次全体委员会议`,
    /// where `…全体委员会` reads as one more organization), when it is past as many as leave one.
    fn past_orgs(&self, start: usize, end: usize) -> Option<usize> {
        let (orgs, after) = self.org_list(start, end)?;
        if orgs.is_empty() || after >= end {
            return None;
        }
        // `智能网联汽车产业学院揭牌仪式`: what is unveiled is part of the name, not who holds the meeting.
        if orgs.len() == 1
            && ["揭牌", "授牌", "挂牌"]
                .iter()
                .any(|w| self.text(after..after + 2) == *w)
        {
            return None;
        }
        // (`…专业委员会成立大会暨第一届委员会第一次会议`: `成立大会暨第一届委员会` is no unit.)
        if let Some(p) = orgs.iter().flatten().find(|p| {
            let text = self.text(p.written.clone());
            text.contains("成立大会") || text.contains("大会暨")
        }) {
            return (p.written.start > start).then_some(p.written.start);
        }
        let names_meeting = |c: usize| {
            let name = self.trim_name(c..end);
            !name.is_empty() && self.ends_with_meeting_noun(name)
        };
        if names_meeting(after) {
            return Some(after);
        }
        let mut cuts: Vec<usize> = orgs
            .iter()
            .flatten()
            .map(|p| p.written.end)
            .filter(|&c| c < after)
            .collect();
        cuts.sort_unstable();
        cuts.into_iter().rev().find(|&c| names_meeting(c)).or(Some(after))
    }

    fn trim_name(&self, mut r: Range<usize>) -> Range<usize> {
        // `九届一次理事会随即在沈阳召开`: an adverb before the place is no part of the name.
        for adverb in ["随即", "随后", "同期", "正式"] {
            let adverb: Vec<char> = adverb.chars().collect();
            if self.t[r.clone()].ends_with(&adverb) && r.len() > adverb.len() + 3 {
                r.end -= adverb.len();
            }
        }
        // `A与B共建的“…联合实验室”揭牌仪式`: what the organizations did before the name is no part of it.
        for lead in ["共建的", "合建的", "共同建设的", "联合建设的"] {
            let lead: Vec<char> = lead.chars().collect();
            if self.t[r.clone()].starts_with(&lead) && r.len() > lead.len() + 3 {
                r.start += lead.len();
            }
        }
        // Quotation marks around the whole name go; those around a part of it stay (`“…”项目科技成果评价会`).
        let quotes = |r: &Range<usize>| r.clone().filter(|&q| matches!(self.t[q], '“' | '”')).count();
        loop {
            let before = r.clone();
            while r.start < r.end && matches!(self.t[r.start], '了' | ' ') {
                r.start += 1;
            }
            while r.end > r.start && matches!(self.t[r.end - 1], '。' | ' ') {
                r.end -= 1;
            }
            let (open, close) = (r.start, r.end.saturating_sub(1));
            if r.len() >= 2
                && matches!(self.t[open], '“' | '”')
                && (quotes(&r) % 2 == 1 || self.t[close] == '”' && quotes(&r) == 2)
            {
                r.start += 1;
            } else if r.len() >= 2 && matches!(self.t[close], '“' | '”') && quotes(&r) % 2 == 1 {
                r.end -= 1;
            }
            if r == before {
                break;
            }
        }
        // `“学规定、转作风、促发展”主题党日活动`: a slogan in quotation marks may list its words (`“党建+种业科技”`: or
        // join them with a plus).
        let quoted = |q: usize| {
            let opened = (r.start..q).filter(|&k| self.t[k] == '“').count();
            let closed = (r.start..q).filter(|&k| self.t[k] == '”').count();
            opened > closed
        };
        // `第三次会员代表大会暨三届一次理事会、一次监事会`: meetings held together may be listed after `暨`, each
        // ending with its meeting noun.
        let listed_after_ji = |q: usize| {
            let Some(ji) = (r.start..q).rev().find(|&k| self.t[k] == '暨') else {
                return false;
            };
            let from = (ji..q).rev().find(|&k| self.t[k] == '、').unwrap_or(ji) + 1;
            q > from && self.ends_with_meeting_noun(from..q)
        };
        if r.len() > 50
            || r.clone().any(|q| {
                !(is_han(self.t[q])
                    || self.t[q].is_ascii_alphanumeric()
                    || "（）·—-《》“”+＋".contains(self.t[q])
                    || (matches!(self.t[q], '、' | '，') && quoted(q))
                    || (self.t[q] == '、' && listed_after_ji(q))
                    // (`Micro LED巨量转移…评价会`: a space between two Latin words.)
                    || (self.t[q] == ' '
                        && q > r.start
                        && self.t[q - 1].is_ascii_alphanumeric()
                        && self.t.get(q + 1).is_some_and(char::is_ascii_alphanumeric)))
            })
            || !self.balanced(r.clone(), '《', '》')
            || !self.balanced(r.clone(), '“', '”')
            || !self.balanced(r.clone(), '（', '）')
        {
            return r.start..r.start;
        }
        r
    }

    /// True when every `open` in `r` is closed by a `close` before the next `open`, and every `close` was opened
    /// (`《…白皮书（2025）》发布会`, `“…”项目评价会`; not `稀土标委会”）2025年…审定会`).
    fn balanced(&self, r: Range<usize>, open: char, close: char) -> bool {
        let mut inside = false;
        for q in r {
            match self.t[q] {
                c if c == open && inside => return false,
                c if c == open => inside = true,
                c if c == close && !inside => return false,
                c if c == close => inside = false,
                _ => {}
            }
        }
        !inside
    }

    /// `由A主办、B协办`, `A、B联合主办`, `主办单位：A`.
    fn read_organizers(&mut self, r: Range<usize>, m: &mut MeetingRec) {
        let mut seg_start = r.start;
        let mut i = r.start;
        while i < r.end {
            let word = self
                .lex
                .organizer_words
                .iter()
                .find(|(w, _)| self.t[i..r.end].starts_with(w))
                .cloned();
            match word {
                // `杭州市养老服务指导中心承办`: a word of the organizers' parts inside a name (`指导中心`).
                Some((w, _))
                    if !self.t[i + w.len()..r.end].starts_with(&['单', '位'])
                        && self.suffix_starts(i + w.len()) =>
                {
                    i += w.len();
                }
                Some((w, field)) => {
                    let word_end = i + w.len();
                    let colon = word_end < r.end && matches!(self.t[word_end], '：' | ':');
                    if colon {
                        // `主办单位：A、B`
                        let from = word_end + 1;
                        let stop = (from..r.end)
                            .find(|&q| matches!(self.t[q], '；' | '。' | '\n'))
                            .unwrap_or(r.end);
                        if let Some((orgs, _)) = self.org_list(from, stop) {
                            self.add_organizers(orgs, &field, r.clone(), m);
                        }
                        i = stop;
                        seg_start = stop;
                        continue;
                    }
                    let mut from = self.skip_openers(seg_start, i);
                    let mut to = i;
                    let by = (from..i).rev().find(|&q| self.t[q] == '由');
                    // (`由中国铁道学会组织的…评价会` names its organizer; `通过了甲协会组织的鉴定` names no meeting.)
                    if w.ends_with(&['的']) && !(seg_start..i).any(|q| self.t[q] == '由') {
                        i = word_end;
                        continue;
                    }
                    if let Some(by) = by {
                        from = by + 1;
                    } else if self.t.get(word_end) == Some(&'下')
                        && let Some(at) = (from..i).rev().find(|&q| self.t[q] == '在')
                    {
                        // `在A指导下`, `在A的大力支持下`
                        from = at + 1;
                        for w in ["大力", "的"] {
                            let w: Vec<char> = w.chars().collect();
                            if to >= from + w.len() && self.t[to - w.len()..to] == w[..] {
                                to -= w.len();
                            }
                        }
                    }
                    if let Some((orgs, after)) = self.org_list(from, to) {
                        let mut after = after;
                        for joint in ["联合", "共同"] {
                            if self.text(after..to) == joint {
                                after = to;
                            }
                        }
                        // `四川省住房和城乡建设厅作为协会业务主管单位对大会给予指导`: what the body is to the meeting's
                        // organization, then the meeting.
                        let between = self.text(after..to);
                        if between.starts_with("作为")
                            && ["对大会", "对会议", "对本次会议", "对活动", "对论坛"]
                                .iter()
                                .any(|w| between.ends_with(w))
                            && between.chars().count() <= 20
                        {
                            after = to;
                        }
                        if after == to {
                            self.add_organizers(orgs, &field, r.clone(), m);
                        }
                    }
                    i = word_end;
                    while i < r.end && matches!(self.t[i], '、' | '，' | '的' | '；') {
                        i += 1;
                    }
                    seg_start = i;
                }
                None => {
                    if matches!(self.t[i], '，' | '。' | '；') {
                        seg_start = i + 1;
                    }
                    i += 1;
                }
            }
        }
    }

    fn add_organizers(
        &mut self,
        orgs: Vec<Vec<super::mentions::OrgPiece>>,
        field: &str,
        ev: Range<usize>,
        m: &mut MeetingRec,
    ) {
        for pieces in orgs {
            let (idx, _) = self.register_chain(&pieces, None, ev.clone());
            if let Some(o) = idx.last().copied().flatten()
                && !m.organizers.iter().any(|(f, x)| f == field && *x == o)
            {
                m.organizers.push((field.to_owned(), o));
            }
        }
    }

    /// The one organization written right before `at` (`安徽省新能源汽车产业链联盟` before `成立大会`), after a
    /// break: where its chain starts, where its last piece (a unit's own name) starts, and the organization
    /// (registered).
    fn founded_before(&mut self, at: usize) -> Option<(usize, usize, usize)> {
        let (start, pieces) = (at.saturating_sub(super::mentions::ORG_MAX)..at.saturating_sub(2))
            .filter(|&s| s == 0 || !is_han(self.t[s - 1]))
            .find_map(|s| match self.org_list(s, at) {
                Some((mut orgs, end)) if end == at && orgs.len() == 1 => Some((s, orgs.remove(0))),
                _ => None,
            })?;
        let last_start = pieces.last()?.written.start;
        let (idx, _) = self.register_chain(&pieces, None, start..at);
        Some((start, last_start, idx.last().copied().flatten()?))
    }

    /// The one organization a founding meeting's name starts with (`钠离子电池分会` in `钠离子电池分会成立大会`),
    /// registered: a unit written alone is the single organizer's.
    fn founded_in_name(&mut self, name: Range<usize>, m: &MeetingRec) -> Option<usize> {
        let at = (name.start + 2..name.end).find(|&q| {
            ["成立大会", "成立仪式"]
                .iter()
                .any(|w| self.text(q..(q + 4).min(name.end)) == *w)
        })?;
        let pieces = self.parse_orgs(name.start..at)?;
        let parent = m
            .sole_organizer()
            .filter(|_| pieces.first().is_some_and(|p| p.unit));
        let (idx, _) = self.register_chain(&pieces, parent, name.start..at);
        idx.last().copied().flatten()
    }

    /// A meeting an organization holds itself: `中国XX协会在京召开…`, `中国XX协会2025年年会在京召开`.
    fn self_held(&mut self, ranges: &[Option<Range<usize>>], m: &mut MeetingRec) {
        let mut starts = Vec::new();
        for r in ranges.iter().flatten() {
            starts.push((r.start, r.clone()));
            starts.extend(
                (r.start..r.end)
                    .filter(|&q| self.t[q] == '，')
                    .map(|q| (q + 1, r.clone())),
            );
        }
        for (start, r) in &starts {
            let start = self.skip_openers(*start, r.end);
            let Some((orgs, after)) = self.org_list(start, r.end) else {
                continue;
            };
            // `A党委与B党委在鞍山联合开展…`: organizations listed together hold the meeting together.
            let mut after = after;
            // `…工作委员会（以下简称“园区委”）2025年工作会议`: past the short form it defines.
            if self.t.get(after) == Some(&'（')
                && let Some(close) = (after..r.end.min(after + 30)).find(|&q| self.t[q] == '）')
                && mentions::defines_short_form(&self.text(after..close))
            {
                after = close + 1;
            }
            for joint in ["联合", "共同"] {
                if self.text(after..r.end).starts_with(joint) {
                    after += 2;
                }
            }
            // `中国安全生产协会联合重庆市应急管理局，在重庆…举办`
            if self.t.get(after) == Some(&'，') && self.t.get(after + 1) == Some(&'在') {
                after += 1;
            }
            // `以视频形式召开`, `以线上线下相结合方式举办`
            if self.t.get(after) == Some(&'以')
                && let Some(q) = (after + 1..r.end.min(after + 14))
                    .find(|&q| matches!(self.text(q..q + 2).as_str(), "形式" | "方式"))
            {
                after = q + 2;
            }
            // `…党委理论学习中心组开展…集中学习`, `…协会专家组召开…`: a group of the organization holds the meeting
            // for it; a study group (中心组) names its sessions (`理论学习中心组第七次集中学习`).
            let group_end = (after + 2..r.end.min(after + 10))
                .take_while(|&q| is_han(self.t[q - 1]))
                .find(|&q| self.t[q - 1] == '组' && !matches!(self.t[q - 2], '改' | '重'));
            let mut group = None;
            // (`…中心组在集团公司总部二楼会议室开展…`: or with the place between the group and the verb.)
            if let Some(g) = group_end {
                let verb_at = |q: usize| {
                    let rest = self.text(q..r.end);
                    self.lex
                        .meeting_verbs
                        .iter()
                        .chain(&self.lex.weak_meeting_verbs)
                        .find(|v| rest.starts_with(v.as_str()))
                        .map(|v| rest[v.len()..].starts_with(&m.name) && !m.name.is_empty())
                };
                let verb = verb_at(g).or_else(|| {
                    (self.t.get(g) == Some(&'在'))
                        .then(|| {
                            (g + 2..r.end.min(g + 30))
                                .take_while(|&q| !matches!(self.t[q], '，' | '。'))
                                .find_map(verb_at)
                        })
                        .flatten()
                });
                if let Some(named) = verb {
                    group = Some((after..g, named));
                    after = g;
                }
            }
            let rest = self.text(after..r.end);
            let held = rest.starts_with('在')
                || self
                    .lex
                    .meeting_verbs
                    .iter()
                    .chain(&self.lex.weak_meeting_verbs)
                    .any(|v| rest.starts_with(v.as_str()))
                || (!m.name.is_empty() && rest.starts_with(&m.name))
                || (rest.starts_with('于') && rest.chars().nth(1).is_some_and(|c| c.is_ascii_digit()));
            if held {
                if let Some((g, true)) = group
                    && g.len() >= 3
                    && self.t[g.end - 3..g.end] == ['中', '心', '组']
                {
                    m.name = format!("{}{}", self.text(g.clone()), m.name);
                    m.original = format!("{}{}", self.original_slice(g), m.original);
                }
                self.add_organizers(orgs, "organizers", r.clone(), m);
                return;
            }
        }
    }

    fn read_date(
        &self,
        r: Range<usize>,
        name: &str,
        headline: Option<Range<usize>>,
        opts: &ExtractOptions,
        m: &mut MeetingRec,
    ) {
        // `6月12-13日` is `6月12日-13日`.
        static SHORT_RANGE: OnceLock<Regex> = OnceLock::new();
        let short_range = SHORT_RANGE.get_or_init(|| {
            Regex::new(r"(\d{1,2})月(\d{1,2})\s*([至到—\-－~～]\s*\d{1,2}[日号])").expect("valid")
        });
        let text = self.text(r);
        let text = short_range.replace_all(&text, "${1}月${2}日${3}");
        let Some(c) = date_re().captures(&text) else {
            return;
        };
        let month: u32 = c[2].parse().unwrap_or(0);
        let day: u32 = c[3].parse().unwrap_or(0);
        let named_year = c.get(1).is_none()
            && (plain_year(name).is_some()
                || headline.clone().and_then(|h| plain_year(&self.text(h))).is_some());
        let year = c
            .get(1)
            .map(|y| y.as_str().to_owned())
            .or_else(|| plain_year(name))
            .or_else(|| headline.and_then(|h| plain_year(&self.text(h))))
            .or_else(|| {
                opts.published
                    .as_deref()
                    .and_then(|p| p.get(..4))
                    .map(str::to_owned)
            });
        let Some(year) = year else { return };
        let Ok(mut y) = year.parse::<i32>() else { return };
        let published = opts
            .published
            .as_deref()
            .and_then(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
        // `2025年水泥市场形势分析会` held on `1月15日` of a page published 2026-01-16: a year the name or the headline
        // gives is the year the meeting looks back on when it would put the meeting after the page or long before
        // it; the meeting is then the last such day before the page.
        if named_year
            && let Some(p) = published
            && let Some(d) = chrono::NaiveDate::from_ymd_opt(y, month, day)
            && (d > p || (p - d).num_days() > 200)
        {
            y = if (month, day) <= (p.month(), p.day()) {
                p.year()
            } else {
                p.year() - 1
            };
        }
        let Some(date) = chrono::NaiveDate::from_ymd_opt(y, month, day) else {
            return;
        };
        m.date = Some(date.format("%Y-%m-%d").to_string());
        if let Some(end_day) = c.get(5) {
            let end_month = c.get(4).and_then(|x| x.as_str().parse().ok()).unwrap_or(month);
            if let Some(end) = end_day
                .as_str()
                .parse()
                .ok()
                .and_then(|d| chrono::NaiveDate::from_ymd_opt(y, end_month, d))
                && end > date
            {
                m.end_date = Some(end.format("%Y-%m-%d").to_string());
            }
        }
    }

    /// `在西安召开` → 西安, `在京召开` → 北京, and whether the place is a venue named by an organization
    /// (`在恒润重工总部召开`, `在苏州国际博览中心举办`).
    fn read_place(&self, r: Range<usize>) -> Option<(String, bool)> {
        let verbs: Vec<&str> = [
            "召开",
            "举行",
            "举办",
            "开幕",
            "隆重召开",
            "顺利召开",
            "成功举办",
            "隆重举行",
            "圆满召开",
            "圆满举行",
            "联合开展",
            "共同开展",
        ]
        .into_iter()
        .chain(self.lex.meeting_verbs.iter().map(String::as_str))
        .chain(self.lex.weak_meeting_verbs.iter().map(String::as_str))
        .chain(self.held_in_place(r.clone()).map(|_| "进行"))
        .collect();
        self.read_place_with(r, &verbs)
    }

    /// `会长办公会议在京进行`: a meeting noun, 在 and a short place, then 进行 ending the clause (a verb too common
    /// to say a meeting took place anywhere else). Where 进行 stands.
    fn held_in_place(&self, r: Range<usize>) -> Option<usize> {
        (r.start + 4..r.end.saturating_sub(1)).find(|&q| {
            self.t[q] == '进'
                && self.t[q + 1] == '行'
                && self.t.get(q + 2).is_none_or(|c| !is_han(*c))
                && (q.saturating_sub(8).max(r.start)..q.saturating_sub(1))
                    .rev()
                    .take_while(|&z| is_han(self.t[z]))
                    .any(|z| self.t[z] == '在' && self.meeting_word_ends(z))
        })
    }

    /// `26日下午，…`: the day of the month a sentence opens with, written without its month.
    fn day_opening(&self, r: Range<usize>) -> Option<u32> {
        let digits = (r.start..r.end.min(r.start + 3))
            .take_while(|&q| self.t[q].is_ascii_digit())
            .count();
        if digits == 0 || self.t.get(r.start + digits) != Some(&'日') {
            return None;
        }
        self.text(r.start..r.start + digits).parse().ok()
    }

    /// A place the report states with a label: `主会场设在江西鹰潭` → 鹰潭, `会议地点：北京国际会议中心` (a venue:
    /// none), `会议地点为长沙`.
    fn stated_place(&self, r: Range<usize>) -> Option<String> {
        let text = self.text(r);
        [
            "主会场设在",
            "会场设在",
            "地点设在",
            "会议地点：",
            "会议地点为",
            "举办地点：",
            "举办地点为",
            "地点：",
        ]
        .iter()
        .find_map(|label| {
            let at = text.find(label)? + label.len();
            let place: String = text[at..].chars().take_while(|&c| is_han(c)).take(12).collect();
            let city = self.city_of(&place);
            ((2..=3).contains(&city.chars().count()) && !self.is_venue_of_org(city)).then(|| city.to_owned())
        })
    }

    /// `赴徐州，…` or `赴徐州调研`: where a delegation went, in a report of a visit.
    fn visited_place(&self, r: Range<usize>) -> Option<String> {
        let text: Vec<char> = self.t[r].to_vec();
        let at = text.iter().position(|&c| c == '赴')?;
        let after = &text[at + 1..];
        let len = after.iter().take_while(|&&c| is_han(c)).count();
        let words: [&[char]; 7] = [
            &['，'],
            &['。'],
            &['调', '研'],
            &['考', '察'],
            &['参', '加'],
            &['开', '展'],
            &['进', '行'],
        ];
        (2..=len.min(5)).find_map(|n| {
            let rest = &after[n..];
            if !words.iter().any(|w| rest.starts_with(w)) {
                return None;
            }
            let place: String = after[..n].iter().collect();
            let city = self.city_of(&place);
            // `赴会员企业调研` names no place.
            let generic = [
                "企业", "单位", "公司", "基层", "现场", "一线", "会员", "园区", "项目", "集团",
            ]
            .iter()
            .any(|w| city.contains(w));
            ((2..=3).contains(&city.chars().count()) && !generic && !self.is_venue_of_org(city))
                .then(|| city.to_owned())
        })
    }

    /// A place without its province (`陕西宝鸡` → 宝鸡), when what is left is a city name of two or three
    /// characters, without its district (`深圳市南山区` → 深圳市) and without `市` (`河池市` → 河池).
    fn city_of<'t>(&self, place: &'t str) -> &'t str {
        let place = without_prefecture(place);
        // `在青神县中国竹艺城开幕`: a county, then a venue in it.
        if let Some(at) = place.find('县')
            && (2..=3).contains(&place[..at].chars().count())
            && place[at + '县'.len_utf8()..].chars().count() >= 3
            && !place[..at].contains(['市', '省'])
        {
            return &place[..at];
        }
        // `在北京国谊宾馆召开`, `在杭州西湖国宾馆举行`: a city written without 市, then a district or a venue.
        if let Some(city) = self.lex.cities.iter().find_map(|c| {
            place
                .strip_prefix(c.as_str())
                .filter(|rest| rest.chars().count() >= 2 && !rest.starts_with('市'))
                .map(|rest| &place[..place.len() - rest.len()])
        }) {
            return city;
        }
        let city = self
            .lex
            .place_prefixes
            .iter()
            .find_map(|p| {
                place
                    .strip_prefix(p.as_str())
                    .filter(|rest| (2..=4).contains(&rest.chars().count()))
            })
            .unwrap_or(place);
        // `在深圳市南山区召开` → 深圳: the city, not its district or county; `在杭州市西湖宾馆召开`: nor a venue in
        // it.
        let city = match city.find('市') {
            Some(at)
                if at >= 2 * '市'.len_utf8()
                    && at <= 3 * '市'.len_utf8()
                    && (((city.ends_with('区') || city.ends_with('县'))
                        && city[at + '市'.len_utf8()..].chars().count() <= 5)
                        || city[at + '市'.len_utf8()..].chars().count() >= 2) =>
            {
                &city[..at + '市'.len_utf8()]
            }
            _ => city,
        };
        let city = zone_city(city).unwrap_or(city);
        // `在武汉光谷召开`, `在深圳福田香格里拉大酒店举行`: a city the page writes as one (`武汉市`) elsewhere, then
        // a district or a venue in it.
        let city = match self.city_named_first(city, 2) {
            Some(n) if !city.contains(['市', '区', '县']) => {
                city.char_indices().nth(n).map_or(city, |(at, _)| &city[..at])
            }
            _ => city,
        };
        // `在河池市召开`, `赴金昌市`: the city by its name.
        city.strip_suffix('市')
            .filter(|c| c.chars().count() >= 2)
            .unwrap_or(city)
    }

    fn read_place_with(&self, r: Range<usize>, verbs: &[&str]) -> Option<(String, bool)> {
        let text = self.text(r);
        for (i, _) in text.match_indices('在') {
            let rest = &text[i + '在'.len_utf8()..];
            let Some((place, _)) = verbs
                .iter()
                .filter_map(|v| rest.find(v).map(|at| (&rest[..at], v)))
                .min_by_key(|(p, _)| p.len())
            else {
                continue;
            };
            let place = place.trim_end_matches(['隆', '重', '顺', '利', '成', '功', '盛', '大']);
            // `在8月29日于太原召开的…上`: the day, then where.
            let place = place.split_once("日于").map_or(place, |(_, after)| after);
            // `在福州与福建省工业和信息化厅…召开`: where, then with whom.
            let place = match place.find(['与', '同']) {
                Some(at) if at > 0 => &place[..at],
                _ => place,
            };
            // `在鞍山联合开展`, `在长沙组织召开`, `副省长卢晓川在武汉主持召开`, `在济南先后召开…和…`
            let place = ["联合", "共同", "组织", "主持", "先后", "分别"]
                .iter()
                .find_map(|w| place.strip_suffix(w))
                .unwrap_or(place);
            let n = place.chars().count();
            if n == 0 || n > 24 || !place.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) {
                continue;
            }
            // `在线上召开`, `在云端举办`: no place; nor in `在随后召开的…上`, `在当天举行的…上`, nor `在我校浑南校区`
            // (where, from the page owner's point of view), nor `在长清校区` (a campus by its own name).
            if ["线上", "线下", "网上", "云端", "现场", "会上"].contains(&place)
                // (`雁塔校区科技大楼报告厅`: a room on a campus.)
                || (place.contains("校区") && !place.contains("大学"))
                // (`在协会机关召开`, `在厅机关召开`, `在集团本部召开`: the body's own offices.)
                || (place.ends_with("机关") && n <= 6)
                || ((place.ends_with("本部") || place.ends_with("总部"))
                    && ["集团", "公司", "协会", "学会"].iter().any(|w| place.starts_with(w)))
                || [
                    "随后", "随即", "当天", "当日", "同日", "同天", "此前", "此后", "之后", "其后", "近日",
                    "日前", "会后", "会前", "期间", "上午", "下午", "晚上", "我校", "本校", "我院", "本院",
                    "我会", "本会", "我司", "我厅", "我局",
                ]
                .iter()
                .any(|w| place.starts_with(w))
            {
                continue;
            }
            if self.is_venue_of_org(place) && zone_city(place).is_none() {
                // `在集团总部会议中心召开`, `在公司三楼会议室召开`: a room named from the organization's own point of
                // view says nothing about where.
                if [
                    "集团", "公司", "协会", "总部", "机关", "本部", "我会", "学会", "厂", "我校", "本校",
                    "学校", "我院",
                ]
                .iter()
                .any(|w| place.starts_with(w))
                {
                    return None;
                }
                return Some((place.to_owned(), true));
            }
            // `在港口大厦召开`, `在国际会展广场举行`: a building by its own name is a venue too.
            if n >= 4
                && [
                    "大厦",
                    "大楼",
                    "广场",
                    "会堂",
                    "会馆",
                    "山庄",
                    "度假村",
                    "剧院",
                    "体育馆",
                    "展览馆",
                    "博物馆",
                ]
                .iter()
                .any(|w| place.ends_with(w))
            {
                return Some((place.to_owned(), true));
            }
            if n == 1 {
                let c = place.chars().next()?;
                return self.lex.place_abbrev.get(&c).cloned().map(|p| (p, false));
            }
            // `在陕西宝鸡举行` → 宝鸡
            let city = self.city_of(place);
            // `在局三楼会议室召开`, `在学校行政楼第一会议室举行`: a room named from the host's own point of view
            // says nothing about where.
            if city == place
                && ["会议室", "报告厅", "会议厅", "多功能厅", "礼堂"]
                    .iter()
                    .any(|w| place.ends_with(w))
            {
                return None;
            }
            return Some((city.to_owned(), false));
        }
        None
    }
}

impl Doc<'_> {
    /// `苏州国际博览中心` on a page naming `苏州市软件行业协会`: the city a venue is named after, when the page writes
    /// that name as a city's (`苏州市…`) somewhere; `杭州市黄龙饭店`: the city it is written with. A venue alone
    /// is no place.
    fn venue_city(&self, venue: &str) -> Option<String> {
        let venue = without_prefecture(venue);
        let chars: Vec<char> = venue.chars().collect();
        if let Some(k) = chars.iter().take(4).position(|&c| c == '市')
            && k >= 2
            && k + 2 < chars.len()
        {
            return Some(chars[..k].iter().collect());
        }
        // (`上海东华大学松江校区`: a city written without 市.)
        if let Some(city) = self
            .lex
            .cities
            .iter()
            .find(|c| venue.starts_with(c.as_str()) && venue.len() > c.len() + 3)
        {
            return Some(city.clone());
        }
        self.city_named_first(venue, 3)
            .map(|n| chars[..n].iter().collect())
    }

    /// The length of the city's name `place` opens with (two or three characters, then `rest` or more of its own),
    /// when the page writes that name as a city's (`苏州市`) somewhere.
    fn city_named_first(&self, place: &str, rest: usize) -> Option<usize> {
        let chars: Vec<char> = place.chars().collect();
        [2, 3]
            .into_iter()
            .filter(|&n| chars.len() >= n + rest)
            .find(|&n| {
                let written: Vec<char> = chars[..n].iter().copied().chain(['市']).collect();
                self.t.windows(written.len()).any(|w| w == written.as_slice())
            })
    }
}

/// `湘西州吉首市第一中学` → `吉首市第一中学`: the prefecture written before a city of it goes.
fn without_prefecture(place: &str) -> &str {
    let Some((k, at)) = place
        .char_indices()
        .take(5)
        .enumerate()
        .find(|(_, (_, c))| *c == '州')
        .map(|(k, (at, _))| (k, at))
    else {
        return place;
    };
    let rest = &place[at + '州'.len_utf8()..];
    // (Two or three characters of the city's name, then 市.)
    if k >= 2 && rest.chars().count() >= 3 && rest.chars().skip(2).take(2).any(|c| c == '市') {
        rest
    } else {
        place
    }
}

/// `宜春经济技术开发区`, `苏州工业园区`: the city a development zone is named after.
fn zone_city(place: &str) -> Option<&str> {
    [
        "经济技术开发区",
        "高新技术产业开发区",
        "经济开发区",
        "高新区",
        "开发区",
        "工业园区",
        "新区",
    ]
    .iter()
    .find_map(|zone| place.strip_suffix(zone))
    .filter(|c| (2..=4).contains(&c.chars().count()))
}

/// `至6月13日结束`: the last day of a meeting of several days, after its first day `start` (`YYYY-MM-DD`).
fn end_date(text: &str, start: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"[至到](?:(\d{1,2})月)?(\d{1,2})[日号](?:结束|闭幕|闭班|结业|落幕)").expect("valid")
    });
    let c = re.captures(text)?;
    let first = chrono::NaiveDate::parse_from_str(start, "%Y-%m-%d").ok()?;
    let month = c
        .get(1)
        .and_then(|m| m.as_str().parse().ok())
        .unwrap_or(first.month());
    let day = c[2].parse().ok()?;
    let end = chrono::NaiveDate::from_ymd_opt(first.year(), month, day)?;
    (end > first && (end - first).num_days() <= 31).then(|| end.format("%Y-%m-%d").to_string())
}

/// `text` without a short form defined in parentheses within it (`（以下简称“烘焙专委会”）`, `(简称…)`).
fn without_short_form(text: &str) -> String {
    // (Or an abbreviation in capitals after an organization's name, `广州飞机维修工程有限公司（GAMECO）与…`; not one
    // after a product's, `…聚对苯二甲酸乙二醇酯（PET）瓶片…`.)
    let abbreviation = |inner: &str| {
        let inner = inner.trim_start_matches(['（', '(']);
        (2..=12).contains(&inner.len())
            && inner.chars().any(|c| c.is_ascii_uppercase())
            && inner
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '-' | '/'))
    };
    let mut out = text.to_owned();
    while let Some(open) = out.find(['（', '('])
        && let Some(len) = out[open..].find(['）', ')'])
        && (mentions::defines_short_form(&out[open..open + len])
            || ([
                "公司",
                "集团",
                "协会",
                "联合会",
                "商会",
                "学会",
                "大学",
                "学院",
                "研究院",
                "研究所",
                "中心",
            ]
            .iter()
            .any(|w| out[..open].ends_with(w))
                && abbreviation(&out[open..open + len])))
    {
        let close = open + len + out[open + len..].chars().next().map_or(1, char::len_utf8);
        out.replace_range(open..close, "");
    }
    out
}

/// A year written in a name or headline (`2025年…`), but not a year the meeting reviews (`2024年度`).
fn plain_year(text: &str) -> Option<String> {
    year_re()
        .captures_iter(text)
        .find(|c| c.get(2).is_none())
        .map(|c| c[1].to_owned())
}

#[cfg(test)]
mod tests {
    use super::{attendance_words_re, chinese_count};

    #[test]
    fn attendance_in_chinese_numerals() {
        let count = |s: &str| {
            attendance_words_re()
                .captures(s)
                .and_then(|c| chinese_count(&c[1]))
        };
        assert_eq!(count("近百人参加发布会"), Some(100));
        assert_eq!(count("二百余人参加"), Some(200));
        assert_eq!(count("两千余名代表参会"), Some(2000));
        assert_eq!(count("百家企业参加"), None);
    }
}
