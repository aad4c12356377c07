//! Reports in English of the same genre: "Wang Jian, Vice President of the China Nonferrous Metals Industry
//! Association, attended and addressed the meeting." Names are kept as written; titles are read from the English
//! labels of the post-role scheme and `data/lexicon/titles-en.tsv`, role verbs from `role-verbs.tsv`.

use super::mentions::{Mention, OrgPiece, PostMention};
use super::sentences::{LineKind, Sentence};
use super::{Doc, ExtractOptions, MeetingRec, Participation, PersonRec, ReportRec, Who};
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Last words of an English organization name.
const ORG_HEADS: [&str; 26] = [
    "Association",
    "Group",
    "Company",
    "Corporation",
    "Institute",
    "Center",
    "Centre",
    "Department",
    "Committee",
    "Council",
    "Federation",
    "Ministry",
    "Bureau",
    "Branch",
    "University",
    "Alliance",
    "Society",
    "Commerce",
    "Academy",
    "Administration",
    "Commission",
    "Office",
    "Secretariat",
    "Ltd.",
    "Inc.",
    "Chamber",
];

fn meeting_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?:[Tt]he |its |their |“|"|^)((?:\d{4} )?(?:[A-Z][\w'\-]*|of|and|for|on|the|in)(?: (?:[A-Z][\w'\-]*|\d{4}|of|and|for|on|the|in))*? (?:Symposium|Forum|Conference|Meeting|Summit|Seminar|Session|Congress|Assembly|Expo|Exhibition|Workshop|Annual Meeting))"#).expect("valid")
    })
}

/// `A seminar on recycled nonferrous metals was held …`: a meeting named in lower case.
fn plain_meeting_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:[Aa]n?|[Tt]he) ((?:[\w\-]+ ){0,3}?(?:seminar|symposium|forum|conference|meeting|summit|workshop)(?: (?:on|of|for) [\w\- ]+?)?) (?:was|were) (?:held|convened)").expect("valid")
    })
}

/// `… convened a standards workshop in Foshan`: a meeting named in lower case after the verb.
fn verb_meeting_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:convened|held|hosted|organized) (?:a|an|its|the) ((?:[\w\-]+ ){0,3}?(?:seminar|symposium|forum|conference|meeting|summit|workshop)(?: (?:on|of|for) [\w\- ]+?)?)\b(?: in| on|,|\.|$)").expect("valid")
    })
}

fn date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?|\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})").expect("valid")
    })
}

fn place_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:(?:held|convened|opened|took place|kicked off) in ([A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*))|(?:\bin ([A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*) (?:on|from) (?:January|February|March|April|May|June|July|August|September|October|November|December))").expect("valid")
    })
}

fn attendance_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)(?:more than |over |about |some |nearly |around )?(\d{1,6}) (?:people|participants|representatives|delegates|guests|experts|attendees)").expect("valid"))
}

fn name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:Mr\. |Ms\. |Dr\. )?([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})").expect("valid")
    })
}

impl Doc<'_> {
    fn lower_at(&self, at: usize, word: &str) -> bool {
        let mut i = at;
        for w in word.chars() {
            match self.t.get(i) {
                Some(c) if c.to_ascii_lowercase() == w => i += 1,
                _ => return false,
            }
        }
        true
    }

    /// Reads an English report: the meeting, then the people and organizations of every sentence.
    pub(crate) fn read_english(
        &mut self,
        sentences: &[Sentence],
        opts: &ExtractOptions,
    ) -> Option<MeetingRec> {
        let headline = sentences
            .iter()
            .find(|s| s.kind == LineKind::Headline)
            .map(|s| s.range.clone());
        let held = [
            " held ",
            " convened ",
            "was held",
            "were held",
            "opened in",
            "took place",
            "was convened",
            "kicked off",
            "organized by",
            "hosted by",
        ];
        let body = sentences
            .iter()
            .filter(|s| s.kind == LineKind::Body)
            .take(6)
            .find(|s| {
                let text = self.text(s.range.clone());
                held.iter().any(|h| text.contains(h))
            })
            .map(|s| s.range.clone());
        let evidence = body.clone().or(headline.clone())?;
        let mut m = MeetingRec {
            evidence: evidence.clone(),
            ..MeetingRec::default()
        };
        let name = [body.clone(), headline.clone()]
            .into_iter()
            .flatten()
            .find_map(|r| {
                let text = self.text(r.clone());
                let c = meeting_re()
                    .captures(&text)
                    .or_else(|| plain_meeting_re().captures(&text))
                    .or_else(|| verb_meeting_re().captures(&text))?;
                let g = c.get(1)?;
                Some(r.start + text[..g.start()].chars().count()..r.start + text[..g.end()].chars().count())
            })?;
        m.name = self.text(name.clone());
        m.original = m.name.clone();
        // Organizers: in the meeting sentence or the two after it (`It was organized by …`).
        let organizer_sentences: Vec<Range<usize>> = sentences
            .iter()
            .filter(|s| s.kind == LineKind::Body && s.range.start >= evidence.start)
            .take(3)
            .map(|s| s.range.clone())
            .collect();
        let any_organized = organizer_sentences
            .iter()
            .any(|r| self.text(r.clone()).contains("organized by "));
        for r in organizer_sentences {
            let text = self.text(r.clone());
            for (phrase, field) in [
                ("co-organized by ", "co_organizers"),
                ("co-hosted by ", "co_organizers"),
                ("organized by ", "organizers"),
                // Beside an organizer, the host is the undertaking unit (承办).
                (
                    "hosted by ",
                    if any_organized {
                        "undertakers"
                    } else {
                        "organizers"
                    },
                ),
                ("undertaken by ", "undertakers"),
                ("supported by ", "supporters"),
                ("under the guidance of ", "guides"),
            ] {
                let mut from = 0;
                while let Some(at) = text[from..].find(phrase) {
                    let at_byte = from + at;
                    from = at_byte + phrase.len();
                    if (phrase == "organized by " || phrase == "hosted by ")
                        && text[..at_byte].ends_with("co-")
                    {
                        continue;
                    }
                    let start = r.start + text[..from].chars().count();
                    for (pieces, _) in self.en_org_list(start, r.end) {
                        let (idx, _) = self.register_chain(&pieces, None, r.clone());
                        if let Some(o) = idx.last().copied().flatten()
                            && !m.organizers.iter().any(|(f, x)| f == field && *x == o)
                        {
                            m.organizers.push((field.to_owned(), o));
                        }
                    }
                }
            }
        }
        if m.organizers.is_empty() {
            // `The China ... Association held the 2025 ... Forum`
            let start = evidence.start;
            if let Some((pieces, end)) = self.en_org(start, evidence.end)
                && ["held", "convened", "hosted", "organized"]
                    .iter()
                    .any(|v| self.text(end..evidence.end).trim_start().starts_with(v))
            {
                let (idx, _) = self.register_chain(&pieces, None, evidence.clone());
                if let Some(o) = idx.last().copied().flatten() {
                    m.organizers.push(("organizers".to_owned(), o));
                }
            }
        }
        for r in [body.clone(), headline.clone()].into_iter().flatten() {
            let text = self.text(r);
            if m.date.is_none()
                && let Some(c) = date_re().captures(&text)
            {
                let (month, day, year) = match (c.get(1), c.get(4)) {
                    (Some(mo), _) => (
                        mo.as_str(),
                        c.get(2).map_or("", |d| d.as_str()),
                        c.get(3).map(|y| y.as_str().to_owned()),
                    ),
                    (None, Some(d)) => (
                        c.get(5).map_or("", |x| x.as_str()),
                        d.as_str(),
                        c.get(6).map(|y| y.as_str().to_owned()),
                    ),
                    _ => continue,
                };
                let year = year
                    .or_else(|| first_year(&m.name))
                    .or_else(|| headline.clone().and_then(|h| first_year(&self.text(h))))
                    .or_else(|| {
                        opts.published
                            .as_deref()
                            .and_then(|p| p.get(..4))
                            .map(str::to_owned)
                    });
                let month = MONTHS
                    .iter()
                    .position(|x| x.eq_ignore_ascii_case(month))
                    .map(|i| i as u32 + 1);
                if let (Some(y), Some(mo), Ok(d)) = (year.and_then(|y| y.parse().ok()), month, day.parse()) {
                    m.date =
                        chrono::NaiveDate::from_ymd_opt(y, mo, d).map(|d| d.format("%Y-%m-%d").to_string());
                }
            }
            if m.place.is_none() {
                m.place = place_re()
                    .captures(&text)
                    .and_then(|c| c.get(1).or(c.get(2)))
                    .map(|g| g.as_str().to_owned());
            }
        }
        for s in sentences.iter().filter(|s| s.kind != LineKind::Headline) {
            let text = self.text(s.range.clone());
            if m.attendance.is_none()
                && ["attended", "participated", "took part"]
                    .iter()
                    .any(|w| text.contains(w))
                && let Some(c) = attendance_re().captures(&text)
            {
                m.attendance = Some(c[0].to_owned());
                m.attendance_count = c[1].parse().ok();
            }
            if m.topics.is_empty() {
                for cue in [
                    "topics such as ",
                    "exchanged views on ",
                    "focusing on ",
                    "issues such as ",
                ] {
                    if let Some(at) = text.find(cue) {
                        let rest = text[at + cue.len()..].trim_end_matches(['.', ' ']);
                        m.topics = rest
                            .split(", ")
                            .flat_map(|p| p.split(" and "))
                            .map(|t| t.trim().trim_start_matches("and ").to_owned())
                            .filter(|t| !t.is_empty() && t.len() < 60)
                            .collect();
                        break;
                    }
                }
            }
            if s.kind == LineKind::Body {
                self.read_english_sentence(s.range.clone());
            }
        }
        Some(m)
    }

    /// An organization written at `at`, with a unit's parent (`the Membership Department of the China ... Association`).
    ///
    /// The name runs over capitalized words (and `of`, `for`, `on`, `&`, and `and` before a capitalized word) and
    /// ends with a word like Association or Group, or continues after it with `of …` (`Institute of Energy Materials`).
    fn en_org(&self, at: usize, end: usize) -> Option<(Vec<OrgPiece>, usize)> {
        let text = self.text(at..end.min(at + 200));
        let mut start_byte = 0;
        for article in ["the ", "The "] {
            if text.starts_with(article) {
                start_byte = article.len();
            }
        }
        let body = &text[start_byte..];
        let mut words: Vec<(usize, &str)> = Vec::new(); // (byte offset in body, word)
        let mut offset = 0;
        for word in body.split(' ') {
            words.push((offset, word));
            offset += word.len() + 1;
        }
        let mut run_end = 0; // words taken
        let mut last_head: Option<usize> = None;
        for (i, (_, word)) in words.iter().enumerate() {
            let bare = word.trim_end_matches([',', '.', ';']);
            let bare = if *word == "Ltd." || *word == "Inc." || word.ends_with("Co.,") {
                *word
            } else {
                bare
            };
            let capital = bare.chars().next().is_some_and(char::is_uppercase);
            let next_capital = words
                .get(i + 1)
                .is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_uppercase) && *w != "The");
            let after_of = i > 0 && words[i - 1].1 == "of";
            let joins = matches!(bare, "of" | "for" | "on" | "&")
                || (bare == "and" && next_capital)
                || (bare == "the" && after_of);
            if !(capital || (i > 0 && joins)) {
                break;
            }
            run_end = i + 1;
            if ORG_HEADS
                .iter()
                .any(|h| bare == *h || bare.strip_suffix(',') == Some(h))
            {
                last_head = Some(i);
            }
            if word.ends_with(',') && *word != "Co.,"
                || word.ends_with(';')
                || (word.ends_with('.') && !matches!(*word, "Ltd." | "Inc." | "Co."))
            {
                break;
            }
        }
        let head = last_head?;
        let mut last = head;
        if words.get(head + 1).is_some_and(|(_, w)| *w == "of") && run_end > head + 2 {
            last = run_end - 1;
            // The name ends with a capitalized word, not with `of`, `the` or `and`.
            while last > head && !words[last].1.chars().next().is_some_and(char::is_uppercase) {
                last -= 1;
            }
        }
        let (off, word) = words[last];
        let word = if matches!(word, "Ltd." | "Inc.") {
            word
        } else {
            word.trim_end_matches([',', '.', ';'])
        };
        let name = &body[..off + word.len()];
        let start = at + text[..start_byte].chars().count();
        let stop = start + name.chars().count();
        let unit_words = ["Department", "Branch", "Committee", "Office", "Secretariat"];
        // `the Standards Department of the association`: the one registered association.
        if last == head
            && let Some(generic) = [
                "association",
                "group",
                "company",
                "alliance",
                "institute",
                "federation",
            ]
            .iter()
            .find(|g| {
                body[words[head].0..]
                    .starts_with(&format!("{} of the {g}", words[head].1.trim_end_matches(',')))
            })
        {
            let head_name = &body[..words[head].0 + words[head].1.trim_end_matches(',').len()];
            let parents: Vec<usize> = self
                .orgs
                .iter()
                .enumerate()
                .filter(|(_, o)| !o.unit && o.name.to_lowercase().ends_with(generic))
                .map(|(i, _)| i)
                .collect();
            if let [p] = parents.as_slice()
                && ["Department", "Branch", "Committee", "Office", "Secretariat"]
                    .iter()
                    .any(|w| head_name.ends_with(w))
            {
                let start = at + text[..start_byte].chars().count();
                let unit_end = start + head_name.chars().count();
                let stop = unit_end + format!(" of the {generic}").chars().count();
                let parent_piece = OrgPiece {
                    known: Some(*p),
                    range: start..start,
                    written: start..start,
                    kind: self.orgs[*p].kind.clone(),
                    unit: false,
                    alias: None,
                };
                return Some((vec![parent_piece, self.en_piece(start..unit_end, true)], stop));
            }
        }
        // `X Department of the Y Association`: a unit and its parent.
        if let Some(split) = name.find(" of the ").or_else(|| name.find(" of ")) {
            let (head, tail) = name.split_at(split);
            if unit_words.iter().any(|w| head.ends_with(w)) {
                let tail_skip = if tail.starts_with(" of the ") {
                    " of the ".len()
                } else {
                    " of ".len()
                };
                let parent_start = start + head.chars().count() + tail_skip;
                let parent = self.en_piece(parent_start..stop, false);
                let unit = self.en_piece(start..start + head.chars().count(), true);
                return Some((vec![parent, unit], stop));
            }
        }
        let unit = unit_words.iter().any(|w| name.ends_with(w));
        Some((vec![self.en_piece(start..stop, unit)], stop))
    }

    fn en_piece(&self, range: Range<usize>, unit: bool) -> OrgPiece {
        let name = self.text(range.clone());
        let kind = match name.rsplit(' ').next().unwrap_or("") {
            "Association" | "Federation" | "Society" | "Commerce" => "industry-association",
            "Alliance" => "alliance",
            "Group" => "group",
            "Company" | "Corporation" | "Ltd." | "Inc." => "company",
            "Institute" | "Academy" => "research-institute",
            "University" => "university",
            "Ministry" | "Bureau" | "Administration" | "Commission" => "government-body",
            "Center" | "Centre" => "promotion-centre",
            "Branch" => "branch",
            "Committee" => "committee",
            _ => "department",
        };
        OrgPiece {
            known: self.org_index.get(&self.t[range.clone()]).copied(),
            range: range.clone(),
            written: range,
            kind: kind.to_owned(),
            unit,
            alias: None,
        }
    }

    /// A list of organizations joined by `, ` and `and`.
    fn en_org_list(&self, at: usize, end: usize) -> Vec<(Vec<OrgPiece>, usize)> {
        let mut out = Vec::new();
        let mut cur = at;
        while let Some((pieces, stop)) = self.en_org(cur, end) {
            out.push((pieces, stop));
            let rest = self.text(stop..end.min(stop + 8));
            let skip = [", and the ", ", and ", " and the ", " and ", ", the ", ", "]
                .iter()
                .find(|s| rest.starts_with(*s));
            match skip {
                Some(s) => cur = stop + s.chars().count(),
                None => break,
            }
        }
        out
    }

    /// The titles at `at`: `Member of the Party Standing Committee and Vice President`.
    fn en_titles(&self, mut at: usize, end: usize) -> (Vec<String>, usize) {
        let mut roles = Vec::new();
        while let Some((en, zh)) = self
            .lex
            .titles_en
            .iter()
            .find(|(en, _)| at + en.chars().count() <= end && self.lower_at(at, en))
        {
            let after = at + en.chars().count();
            if self.t.get(after).is_some_and(|c| c.is_alphanumeric()) {
                break;
            }
            roles.push(zh.clone());
            at = after;
            let rest = self.text(at..end.min(at + 6));
            match [", ", " and "].iter().find(|s| rest.starts_with(*s)) {
                Some(s)
                    if self
                        .lex
                        .titles_en
                        .iter()
                        .any(|(en, _)| self.lower_at(at + s.len(), en)) =>
                {
                    at += s.len()
                }
                _ => break,
            }
        }
        (roles, at)
    }

    /// `NAME, TITLES of ORG[, and NAME, TITLES of ORG], VERBS` and `The meeting was chaired by NAME, TITLES of ORG`.
    fn read_english_sentence(&mut self, r: Range<usize>) {
        let text = self.text(r.clone());
        let mut passive_roles: Vec<String> = Vec::new();
        let mut at = r.start;
        for (cue, role) in [
            ("was chaired by ", "主持"),
            ("was presided over by ", "主持"),
            ("were chaired by ", "主持"),
        ] {
            if let Some(i) = text.find(cue) {
                passive_roles.push(role.to_owned());
                at = r.start + text[..i + cue.len()].chars().count();
            }
        }
        let mut mentions: Vec<(usize, Mention)> = Vec::new();
        // `Professor Gao Feng of Central South University gave …`: a title before the name.
        if passive_roles.is_empty()
            && let Some(m) = self.en_title_first(at, r.clone())
        {
            let person = self.register_en_person(&m, r.clone());
            at = m.end;
            mentions.push((person, m));
        }
        let title_first = !mentions.is_empty();
        loop {
            if title_first {
                break;
            }
            let rest = self.text(at..r.end);
            let Some(c) = name_re().captures(&rest) else { break };
            let g = c.get(1).expect("group");
            let name = at + rest[..g.start()].chars().count()..at + rest[..g.end()].chars().count();
            let mut p = name.end;
            let mut posts = Vec::new();
            let mut top = None;
            let mut title = String::new();
            if self.text(p..p + 2) == ", " {
                let (roles, after) = self.en_titles(p + 2, r.end);
                if !roles.is_empty() {
                    let of = self.text(after..r.end.min(after + 4));
                    if of == " of "
                        && let Some((pieces, stop)) = self.en_org(after + 4, r.end)
                    {
                        let (idx, _) = self.register_chain(&pieces, None, r.clone());
                        let org = idx.last().copied().flatten();
                        title = self.text(p + 2..after);
                        for role in roles {
                            posts.push(PostMention {
                                org,
                                role,
                                written: String::new(),
                                former: false,
                            });
                        }
                        top = org.map(|o| self.root(o));
                        p = stop;
                    }
                }
            }
            if posts.is_empty()
                && passive_roles.is_empty()
                && !self.people.iter().any(|x| x.name == self.text(name.clone()))
            {
                break;
            }
            let m = Mention {
                name: name.clone(),
                end: p,
                posts,
                top_org: top,
                title: Some(title).filter(|t| !t.is_empty()),
            };
            let person = self.register_en_person(&m, r.clone());
            mentions.push((person, m));
            let rest = self.text(p..r.end.min(p + 8));
            match [", and ", " and ", ", "].iter().find(|s| rest.starts_with(*s)) {
                Some(s) if name_re().is_match(&self.text(p + s.len()..r.end.min(p + s.len() + 40))) => {
                    at = p + s.len()
                }
                _ => {
                    at = p;
                    break;
                }
            }
        }
        if mentions.is_empty() {
            self.en_exchange(r);
            return;
        }
        let mut roles = passive_roles;
        let mut reports = Vec::new();
        if roles.is_empty() {
            let mut p = at;
            while p < r.end && matches!(self.t[p], ',' | ' ') {
                p += 1;
            }
            let verbs = self.verbs_at(p, super::sentences::bare(&self.t, r.clone()).end, r.clone());
            roles = verbs.roles;
            reports = verbs.reports;
        }
        for (person, m) in &mentions {
            if !roles.is_empty() {
                self.participations.push(Participation {
                    who: Who::Person(*person),
                    roles: roles.clone(),
                    on_behalf_of: m.top_org,
                    title: m.title.clone(),
                    evidence: r.clone(),
                });
            }
            for (title, kind) in &reports {
                self.reports.push(ReportRec {
                    title: title.clone(),
                    author: Some(*person),
                    kind,
                    evidence: r.clone(),
                });
            }
        }
    }

    /// `TITLE NAME of ORG` at `at`.
    fn en_title_first(&mut self, at: usize, r: Range<usize>) -> Option<Mention> {
        let (roles, after) = self.en_titles(at, r.end);
        if roles.is_empty() || self.t.get(after) != Some(&' ') {
            return None;
        }
        let rest = self.text(after + 1..r.end);
        let c = name_re().captures(&rest)?;
        let g = c.get(1)?;
        let name = after + 1 + rest[..g.start()].chars().count()..after + 1 + rest[..g.end()].chars().count();
        if self.text(name.end..r.end.min(name.end + 4)) != " of " {
            return None;
        }
        let (pieces, stop) = self.en_org(name.end + 4, r.end)?;
        let (idx, _) = self.register_chain(&pieces, None, r.clone());
        let org = idx.last().copied().flatten()?;
        let posts = roles
            .into_iter()
            .map(|role| PostMention {
                org: Some(org),
                role,
                written: String::new(),
                former: false,
            })
            .collect();
        Some(Mention {
            name,
            end: stop,
            posts,
            top_org: Some(self.root(org)),
            title: Some(self.text(at..after)),
        })
    }

    fn register_en_person(&mut self, m: &Mention, evidence: Range<usize>) -> usize {
        let name = self.text(m.name.clone());
        let idx = match self.people.iter().position(|p| p.name == name) {
            Some(i) => i,
            None => {
                self.people.push(PersonRec {
                    name: name.clone(),
                    original: name,
                    english: true,
                    posts: Vec::new(),
                    top_org: m.top_org,
                    title: m.title.clone(),
                });
                self.people.len() - 1
            }
        };
        for post in &m.posts {
            self.add_post(idx, post, evidence.clone(), false);
        }
        idx
    }

    /// `Representatives of A, B and C exchanged views on ...`: organizations in an exchange session.
    fn en_exchange(&mut self, r: Range<usize>) {
        let text = self.text(r.clone());
        for cue in [
            "Representatives of ",
            "representatives of ",
            "Representatives from ",
            "representatives from ",
        ] {
            let Some(i) = text.find(cue) else { continue };
            let start = r.start + text[..i + cue.len()].chars().count();
            let list = self.en_org_list(start, r.end);
            let Some(after) = list.last().map(|(_, stop)| *stop) else {
                return;
            };
            // The roles of the verbs after the list (`made statements`), or an exchange of views.
            let verbs = self.verbs_at(after, super::sentences::bare(&self.t, r.clone()).end, r.clone());
            let roles = if self.text(after..r.end).contains("exchange") {
                vec!["交流".to_owned()]
            } else if !verbs.roles.is_empty() && verbs.reports.is_empty() {
                verbs.roles
            } else {
                return;
            };
            for (pieces, _) in list {
                let (idx, _) = self.register_chain(&pieces, None, r.clone());
                let Some(o) = idx.last().copied().flatten() else {
                    continue;
                };
                for role in &roles {
                    if self.org_roles.insert((o, role.clone())) {
                        self.participations.push(Participation {
                            who: Who::Org(o),
                            roles: vec![role.clone()],
                            on_behalf_of: None,
                            title: None,
                            evidence: r.clone(),
                        });
                    }
                }
            }
            return;
        }
    }
}

fn first_year(text: &str) -> Option<String> {
    let re = Regex::new(r"\b((?:19|20)\d{2})\b").ok()?;
    re.captures(text).map(|c| c[1].to_owned())
}
