//! Roles: what the people and organizations named at the start of a clause did (`出席并讲话`, `致辞`,
//! `作《…》专题报告`, `通报了…`, `当选为…会长`), and the organizations listed in an exchange session.

use super::lexicons::Effect;
use super::mentions::{ChainContext, Mention, OrgPiece, PostMention};
use super::sentences::{LineKind, Sentence, bare};
use super::{Doc, Participation, ReportRec, Who};
use crate::chinese::is_han;
use std::ops::Range;

/// The longest gap inside a role verb with a gap (`作…报告`).
const GAP_MAX: usize = 60;

/// What the words after a list of names say.
#[derive(Debug, Default)]
pub(crate) struct Verbs {
    pub roles: Vec<String>,
    /// Reports: title range, kind (`report` or `briefing`).
    pub reports: Vec<(Range<usize>, &'static str)>,
    /// Posts taken up by election (organization `None`: the meeting's organizer).
    pub elected: Vec<PostMention>,
    /// Nothing but fillers and roles followed the names.
    pub rest_empty: bool,
}

impl Doc<'_> {
    /// Where the gap of a role verb starting at `from` ends: after [`GAP_MAX`] characters outside titles in 《》 or
    /// “” (`分别以《A》《B》《C》《D》为题作报告` names as many titles as there are speakers), and never more than
    /// four times that in all.
    fn gap_end(&self, from: usize, end: usize) -> usize {
        let limit = end.min(from + 4 * GAP_MAX);
        let mut depth = 0usize;
        let mut outside = 0usize;
        for q in from..limit {
            match self.t[q] {
                '《' | '“' => depth += 1,
                '》' | '”' => depth = depth.saturating_sub(1),
                _ if depth == 0 => outside += 1,
                _ => {}
            }
            if outside >= GAP_MAX {
                return q + 1;
            }
        }
        limit
    }

    /// Reads role verbs from `at` to `end`.
    pub(crate) fn verbs_at(&mut self, at: usize, end: usize, evidence: Range<usize>) -> Verbs {
        let mut out = Verbs::default();
        let mut p = at;
        loop {
            while p < end && matches!(self.t[p], ' ' | ',') {
                p += 1;
            }
            if p >= end {
                out.rest_empty = true;
                break;
            }
            // `代表主办方致辞`: whom someone speaks for is not a role.
            if self.t[p..].starts_with(&['代', '表']) {
                // `代表新当选的副会长发言`: whom someone speaks for may hold a verb of its own.
                let elected = |q: usize| {
                    self.lex
                        .verbs
                        .iter()
                        .any(|v| v.effect == Effect::Elected && self.t[q..end].starts_with(&v.head))
                };
                match (p + 2..end.min(p + 18)).find(|&q| self.verb_starts(q) && !elected(q)) {
                    Some(q) => {
                        p = q;
                        continue;
                    }
                    None => break,
                }
            }
            let mut best: Option<(usize, usize, Option<usize>)> = None; // (rule, total, tail start)
            for &i in self.lex.verbs_by_first.get(&self.t[p]).into_iter().flatten() {
                let rule = &self.lex.verbs[i];
                if !self.t[p..end].starts_with(&rule.head) {
                    continue;
                }
                // `作为企业代表分享了…`: 作为 (as) opens no gap of 作 (`作…分享`).
                if rule.head == ['作'] && rule.tail.is_some() && self.t.get(p + 1) == Some(&'为') {
                    continue;
                }
                // `主持推介会`: a word of speaking before 会 names a meeting (推介会, 发布会), not what someone does.
                if rule.tail.is_none()
                    && self.t.get(p + rule.head.len()) == Some(&'会')
                    && rule
                        .roles
                        .iter()
                        .any(|r| matches!(r.as_str(), "发言" | "作报告" | "通报"))
                {
                    continue;
                }
                let (total, tail_at) = match &rule.tail {
                    None => (rule.head.len(), None),
                    Some(tail) => {
                        let from = p + rule.head.len();
                        let to = self.gap_end(from, end);
                        // The tail must stand outside any 《》 or “” opened in the gap (`作《工作报告》`), unless it
                        // closes one (`发布了《…报告》`).
                        let balanced = |q: usize| {
                            let gap = &self.t[p..q];
                            let count = |c: char| gap.iter().filter(|&&x| x == c).count();
                            count('《') == count('》') + usize::from(tail.contains(&'》'))
                                && count('“') == count('”')
                                && gap.iter().filter(|&&x| x == '"').count() % 2 == 0
                        };
                        // An English tail is a word of its own (`briefed the press conference on …`: not the
                        // `on` of `conference`).
                        let word = |q: usize| {
                            !tail.first().is_some_and(char::is_ascii_alphabetic)
                                || (self.t[q - 1] == ' '
                                    && !self.t.get(q + tail.len()).is_some_and(|c| c.is_alphanumeric()))
                        };
                        match (from..to).find(|&q| self.t[q..end].starts_with(tail) && word(q) && balanced(q))
                        {
                            Some(q) => (q + tail.len() - p, Some(q)),
                            None => continue,
                        }
                    }
                };
                // A filler with a gap (`在…上`) reaches as far as its tail is found (`在讲话中介绍了…上半年…`): any
                // verb read at the same place comes first.
                let rank = |j: usize, total: usize| {
                    let v = &self.lex.verbs[j];
                    (!v.roles.is_empty() || v.tail.is_none(), total)
                };
                if best.is_none_or(|(j, t, _)| rank(i, total) > rank(j, t)) {
                    best = Some((i, total, tail_at));
                }
            }
            // `参加考察座谈`: not the filler `参加考察` (joining a tour), but attending a meeting named after the verb.
            if let Some((i, total, _)) = best
                && self.lex.verbs[i].roles.is_empty()
                && let Some((j, len)) = self.lex.verbs.iter().enumerate().find_map(|(j, v)| {
                    (v.tail.is_none()
                        && !v.roles.is_empty()
                        && v.head.len() < total
                        && self.t[p..end].starts_with(&v.head))
                    .then(|| {
                        self.meeting_filler(p + v.head.len(), end)
                            .map(|n| (j, v.head.len() + n))
                    })
                    .flatten()
                })
                && len > total
            {
                best = Some((j, self.lex.verbs[j].head.len(), None));
            }
            if best.is_none()
                && let Some(len) = self.meeting_filler(p, end)
            {
                p += len;
                continue;
            }
            // English speeches of any kind (`delivered a video speech`, `gave a thematic report titled "…"`).
            if best.is_none()
                && let Some((len, role, report)) = self.en_speech_verb(p, end)
            {
                out.roles.push(role.to_owned());
                if report {
                    let after = p + len..end.min(p + len + 4 * GAP_MAX);
                    out.reports.extend(
                        self.quoted_in(after)
                            .into_iter()
                            .take(1)
                            .filter(|t| t.start <= p + len + 12)
                            .map(|t| (t, "report")),
                    );
                }
                p += len;
                continue;
            }
            let Some((i, total, tail_at)) = best else { break };
            let rule = self.lex.verbs[i].clone();
            out.roles.extend(rule.roles.iter().cloned());
            // `在致辞中介绍了…`: what follows a speech named this way is what the speech said.
            if rule.tail.as_ref().is_some_and(|t| t.last() == Some(&'中')) {
                // (But a briefing given in it is one too: `在讲话中通报了…经济运行情况`.)
                if p + total < end && self.t[p + total..end].starts_with(&['通', '报']) {
                    p += total;
                    continue;
                }
                break;
            }
            match rule.effect {
                Effect::None => {}
                Effect::Report | Effect::ReportTitled => {
                    let mut titles = self.quoted_in(p..p + total);
                    if rule.effect == Effect::ReportTitled {
                        // A talk about a document (`围绕《化工过程安全管理导则》（AQ/T 3034）进行了深入解读`, a law
                        // `…法`, not a method `…方法`) is not titled by it.
                        const DOCUMENTS: [&str; 14] = [
                            "标准", "规范", "导则", "规程", "办法", "条例", "规定", "指南", "通知", "意见",
                            "方案", "细则", "规则", "法",
                        ];
                        let document = |title: &str| {
                            DOCUMENTS.iter().any(|d| title.ends_with(d)) && !title.ends_with("方法")
                        };
                        titles.retain(|t| {
                            t.start > 0
                                && self.t[t.start - 1] == '《'
                                && !document(&self.text(t.clone()))
                                && self.t.get(t.end + 1) != Some(&'（')
                        });
                    }
                    if titles.is_empty() {
                        // `delivered a report titled "…"`, `作专题报告《…》`
                        // The title may be long; it must open right after the verb.
                        let after = p + total..end.min(p + total + 4 * GAP_MAX);
                        titles = self
                            .quoted_in(after)
                            .into_iter()
                            .take(1)
                            .filter(|t| t.start <= p + total + 12)
                            .collect();
                    }
                    // `作首场专题辅导，题为《…》`: the title in a clause of its own after the verb.
                    let next: String = self.t[end.min(self.t.len())..].iter().take(4).collect();
                    if titles.is_empty() && (next.starts_with("，题为") || next.starts_with("，题目为"))
                    {
                        let from = end + 1;
                        let to = self.t.len().min(from + 4 * GAP_MAX);
                        titles = self
                            .quoted_in(from..to)
                            .into_iter()
                            .take(1)
                            .filter(|t| t.start <= from + 5)
                            .collect();
                    }
                    if titles.is_empty() && rule.tail.is_none() {
                        titles.extend(self.title_before(p));
                    }
                    // `作第三届理事会财务工作报告`: a body's report for its term is named by what is written.
                    if titles.is_empty()
                        && let Some(tail_at) = tail_at
                        && let Some(tail) = &rule.tail
                    {
                        let from = p + rule.head.len();
                        let from = from + usize::from(self.t.get(from) == Some(&'了'));
                        let name = from..tail_at + tail.len();
                        // … and so is a body's work report, summary or plan for a year or its term (`作集团工会工作报告`,
                        // `作分会2024年度工作报告`, `作专委会2025年工作总结`, `作财务工作报告`), alone or after other
                        // words (`作关于章程修改的说明和第五届理事会财务工作报告`), or with the plan that goes with it
                        // (`作2025年分会工作报告及2026年工作计划`).
                        let name = (name.start..name.end)
                            .filter(|&q| {
                                q == name.start || matches!(self.t[q - 1], '和' | '及' | '与' | '、')
                            })
                            .find(|&q| named_work_report(&self.text(q..name.end)))
                            .map(|q| {
                                let joined = self
                                    .t
                                    .get(name.end)
                                    .is_some_and(|c| matches!(c, '和' | '及' | '与'))
                                    .then(|| {
                                        (name.end + 2..self.t.len().min(name.end + 16))
                                            .filter(|&e| {
                                                self.t[name.end + 1..e]
                                                    .iter()
                                                    .all(|&c| is_han(c) || c.is_ascii_digit())
                                            })
                                            .filter(|&e| named_work_report(&self.text(name.end + 1..e)))
                                            .max()
                                    })
                                    .flatten();
                                q..joined.unwrap_or(name.end)
                            });
                        if let Some(name) = name
                            && self.t[name.clone()]
                                .iter()
                                .all(|&c| is_han(c) || c.is_ascii_digit())
                        {
                            titles.push(name);
                        }
                    }
                    // `所作的《A》和《B》`, `作《A》《B》两个报告`: titles joined to the last one read.
                    while let Some(last) = titles.last().cloned() {
                        let mut q = last.end + 1;
                        while q < end && matches!(self.t[q], '和' | '、' | '及' | '与') {
                            q += 1;
                        }
                        if self.t.get(q) != Some(&'《') {
                            break;
                        }
                        match self.quoted_in(q..end.min(q + 4 * GAP_MAX)).into_iter().next() {
                            Some(t) if t.start == q + 1 => titles.push(t),
                            _ => break,
                        }
                    }
                    // `Lei Mingzhe, … Chairman of CTG, delivered a keynote speech.`: a keynote speech with no title and
                    // no subject given is a leader's speech (讲话), not a report, unless a scholar gives it (`Prof.
                    // Zhang Wei from Tsinghua University delivered a keynote speech`).
                    if titles.is_empty() && rule.roles == ["作报告"] {
                        let head: String = rule.head.iter().collect();
                        let rest = self.text(p + total..end.min(p + total + 4));
                        let speaker = self.text(evidence.start.min(p)..p);
                        let scholar = [
                            "Prof",
                            "Dr.",
                            "Academician",
                            "academician",
                            "expert",
                            "Expert",
                            "Researcher",
                        ]
                        .iter()
                        .any(|w| speaker.contains(w));
                        if !scholar
                            && head.contains("keynote")
                            && (head.ends_with("speech") || head.ends_with("address"))
                            && !(rest.starts_with(" on ")
                                || rest.starts_with(" abo")
                                || rest.starts_with(':'))
                            && let Some(role) = out.roles.iter_mut().rev().find(|r| *r == "作报告")
                        {
                            *role = "讲话".to_owned();
                        }
                    }
                    for title in titles {
                        out.reports.push((title, "report"));
                    }
                }
                // `就团体标准工作进展情况作了通报`: the subject is in the gap (in `briefed…on`, the audience); `发布了
                // 上半年经济运行情况`.
                // (`宣读了《关于…情况的通报》`: the title the tail closes.)
                Effect::Briefing
                    if rule
                        .tail
                        .as_ref()
                        .is_some_and(|t| t.iter().all(|&c| is_han(c)) || t.last() == Some(&'》')) =>
                {
                    if let Some(tail_at) = tail_at {
                        // (`发布了…情况`: a tail that names what was briefed is part of the subject.)
                        let tail = rule.tail.as_deref().unwrap_or_default();
                        let kept = if matches!(tail, ['情', '况'] | ['结', '果'])
                            || tail.last() == Some(&'》')
                        {
                            tail.len()
                        } else {
                            0
                        };
                        let subject = bare(&self.t, p + rule.head.len()..tail_at + kept);
                        if (2..=80).contains(&subject.len()) {
                            out.reports.push((subject, "briefing"));
                        }
                    }
                }
                Effect::Briefing => {
                    let mut from = p + total;
                    while from < end && matches!(self.t[from], '了' | '：' | ' ') {
                        from += 1;
                    }
                    let mut subject = bare(&self.t, from..end);
                    // `briefed reporters on the industry's performance and answered questions`: an English
                    // subject ends where a second verb in the past tense follows `and`, whose role is read next.
                    let mut next = end;
                    let text: String = self.t[subject.clone()].iter().collect();
                    if let Some(i) = text.match_indices(" and ").map(|(i, _)| i).find(|&i| {
                        let word = text[i + 5..].split(' ').next().unwrap_or("");
                        word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_lowercase())
                    }) {
                        let cut = subject.start + text[..i].chars().count();
                        next = cut + 5;
                        subject = subject.start..cut;
                    }
                    // `通报2024年全市电梯安全工作情况并部署2025年工作`: a Chinese subject ends where 并 joins another
                    // verb.
                    if let Some(q) = (subject.start + 2..subject.end).find(|&q| {
                        self.t[q] == '并'
                            && (["部署", "安排", "提出", "就", "对", "作"].iter().any(|w| {
                                self.text(q + 1..(q + 1 + w.chars().count()).min(subject.end)) == *w
                            }) || self.verb_starts(q + 1))
                    }) {
                        next = q + 1;
                        subject = subject.start..q;
                    }
                    if (2..=80).contains(&subject.len()) {
                        out.reports.push((subject, "briefing"));
                    }
                    p = next;
                    continue;
                }
                Effect::Elected => {
                    out.elected = self.elected_posts(p + total, end, evidence.clone());
                    // `…任专家组组长并主持审查`, `当选会长并作表态发言`: a verb joined after the post.
                    p = (p + total..end)
                        .find(|&k| self.t[k] == '并' && self.verb_starts(k + 1))
                        .map_or(end, |k| k + 1);
                    continue;
                }
            }
            p += total;
        }
        out
    }

    /// The length of words naming the meeting between a name and its verb: any meeting noun (`出席发布会并讲话`)
    /// or `在…上` around one (`分别在开幕式上致辞`, `在启动仪式上讲话`).
    fn meeting_filler(&self, p: usize, end: usize) -> Option<usize> {
        let written_at = |n: &str| {
            let mut k = p;
            for c in n.chars() {
                if k >= end || self.t[k] != c {
                    return None;
                }
                k += 1;
            }
            (k - p >= 2).then_some(k - p)
        };
        if let Some(n) = self.lex.meeting_nouns.iter().find_map(|n| written_at(n)) {
            return Some(n);
        }
        // `参加调研座谈`, `出席专题座谈会`: a short meeting name ending in a meeting noun, up to the end of the
        // clause or the next verb.
        if let Some(q) = (p + 3..=end.min(p + 10))
            .take_while(|&q| is_han(self.t[q - 1]))
            .filter(|&q| {
                (q >= end || self.t[q] == '并' || !is_han(self.t[q]) || self.verb_starts(q))
                    && self.lex.meeting_nouns.iter().any(|n| n.ends_with(self.t[q - 1]))
                    && self.meeting_word_ends(q)
            })
            .last()
            .filter(|&q| !self.verb_starts(p) && (p..q).all(|k| !matches!(self.t[k], '的' | '和' | '与')))
        {
            return Some(q - p);
        }
        if self.t[p].is_ascii_alphabetic() {
            return self.en_meeting_filler(p, end);
        }
        // `围绕行业运行形势作了主题报告`, `针对…作了发言`: a topic between the name and a speech verb.
        if [
            &['围', '绕'][..],
            &['结', '合'],
            &['针', '对'],
            &['聚', '焦'],
            &['就'],
            &['从'],
        ]
        .iter()
        .any(|w| self.t[p..end].starts_with(w))
        {
            let speech = |q: usize| {
                self.lex.verbs_starting(self.t[q]).any(|v| {
                    self.t[q..end].starts_with(&v.head)
                        && v.roles.iter().any(|r| {
                            matches!(
                                r.as_str(),
                                "发言" | "讲话" | "作报告" | "交流" | "致辞" | "总结讲话"
                            )
                        })
                })
            };
            // (A topic that lists its parts may come before a reading of a standard: `围绕编制背景、主要技术内容和实施
            // 要点作宣贯解读`.)
            let interpreting = |q: usize| {
                (q..end.min(q + 8)).any(|k| self.t[k..end].starts_with(&['解', '读'])) && self.t[q] == '作'
            };
            // (Or one closed by the word for its parts before 作: `从研究背景、主要技术内容等方面作了成果报告`; a
            // keynote after such a list, `围绕…等话题发表主旨演讲`, is left to the reading of what each of several
            // people did.)
            let topic_closed = |q: usize| {
                self.t[q] == '作'
                    && ["方面", "问题", "议题", "话题", "角度"]
                        .iter()
                        .any(|w| self.text(q.saturating_sub(2)..q) == *w)
            };
            return (p + 2..end.min(p + 40))
                .take_while(|&q| {
                    is_han(self.t[q - 1]) || matches!(self.t[q - 1], '《' | '》' | '“' | '”' | '、')
                })
                .find(|&q| speech(q) && (!self.t[p..q].contains(&'、') || interpreting(q) || topic_closed(q)))
                .map(|q| q - p);
        }
        if self.t[p] == '在' {
            if let Some(len) = (p + 3..end.min(p + 14))
                .take_while(|&q| is_han(self.t[q - 1]))
                .find(|&q| self.t[q] == '上' && self.meeting_word_ends(q))
                .map(|q| q + 1 - p)
            {
                return Some(len);
            }
            // `在合肥主持会议`, `在主会场出席`: where someone did it, right before the verb.
            return (p + 2..end.min(p + 10))
                .take_while(|&q| is_han(self.t[q - 1]))
                .find(|&q| self.verb_starts(q))
                .map(|q| q - p);
        }
        None
    }

    /// The titles in 《》 (or else “” or "") inside `gap` (`作《题目》专题报告`, `作题为“题目”的报告`).
    fn quoted_in(&self, gap: Range<usize>) -> Vec<Range<usize>> {
        for (open, close) in [('《', '》'), ('“', '”'), ('"', '"')] {
            let mut out = Vec::new();
            let mut q = gap.start;
            while let Some(o) = (q..gap.end).find(|&x| self.t[x] == open) {
                let Some(c) = (o + 1..gap.end).find(|&x| self.t[x] == close) else {
                    break;
                };
                if c > o + 1 {
                    out.push(o + 1..c);
                }
                q = c + 1;
            }
            if !out.is_empty() {
                return out;
            }
        }
        Vec::new()
    }

    /// A title in 《》 just before a verb (`《题目》专题报告`).
    fn title_before(&self, at: usize) -> Option<Range<usize>> {
        if at == 0 || self.t[at - 1] != '》' {
            return None;
        }
        let open = (at.saturating_sub(GAP_MAX)..at - 1)
            .rev()
            .find(|&q| self.t[q] == '《')?;
        (open + 1 < at - 1).then_some(open + 1..at - 1)
    }

    /// `选举产生了香菇分会第二届理事会`: the body whose council an election chose, which the posts elected after it
    /// without an organization (`雍建华当选会长`) are in. Only a body the report has named counts.
    fn note_elected_body(&mut self, clause: Range<usize>) {
        const ELECTED: [char; 4] = ['选', '举', '产', '生'];
        let Some(i) = self.t[clause.clone()].windows(4).position(|w| w == ELECTED) else {
            return;
        };
        let mut at = clause.start + i + 4;
        if self.t.get(at) == Some(&'了') {
            at += 1;
        }
        let end = clause.end.min(at + 40);
        // The body's name ends where its term does (`第二届`, `新一届`).
        let Some(stop) = (at + 2..end).find(|&k| {
            (self.t[k] == '第' && (k + 2..end.min(k + 5)).any(|m| self.t[m] == '届'))
                || self.t[k..end].starts_with(&['新', '一', '届'])
        }) else {
            return;
        };
        let Some(pieces) = self.parse_orgs(at..stop) else {
            return;
        };
        let Some(last) = pieces.last() else { return };
        if let Some(org) = last
            .known
            .or_else(|| self.org_index.get(&self.t[last.range.clone()]).copied())
        {
            self.elected_org = Some(Some(org));
        }
    }

    /// True when `at..end` is bodies the text does not name (`各有关区县政府`, `相关单位`): a word for all or some
    /// of them, then a word for bodies, and nothing else.
    fn unnamed_bodies(&self, at: usize, end: usize) -> bool {
        let text = self.text(at..end);
        ["各", "有关", "相关", "其他"].iter().any(|w| text.starts_with(w))
            && ["政府", "部门", "单位", "企业", "机构"]
                .iter()
                .any(|w| text.ends_with(w))
            && text.chars().count() <= 12
            && text.chars().all(is_han)
    }

    /// Posts named after `当选(为)`: `中国XX协会第五届理事会会长`, `会长`.
    fn elected_posts(&mut self, at: usize, end: usize, evidence: Range<usize>) -> Vec<PostMention> {
        let mut out = Vec::new();
        let Some((q, _)) = (at..end.min(at + 50)).find_map(|q| self.title_at(q, end).map(|t| (q, t))) else {
            return out;
        };
        // `当选新一届会长`, `当选首届理事长`: the term opens no organization's name.
        let at = [&['新', '一', '届'][..], &['首', '届'], &['新', '任']]
            .iter()
            .find(|w| at + w.len() <= q && self.t[at..].starts_with(w))
            .map_or(at, |w| at + w.len());
        // Drop `第五届理事会` between the organization and the title.
        let mut org_end = q;
        if let Some(k) = (at..q).find(|&k| self.t[k] == '第')
            && (k + 1..q).any(|m| self.t[m] == '届')
        {
            org_end = k;
        }
        // (`新一届会长` reads its title from `一届`: the `新` before it is no name either.)
        let org = if org_end > at + 1 {
            let Some(pieces) = self.parse_orgs(at..org_end) else {
                self.elected_org = Some(None);
                return out;
            };
            let org = self
                .register_chain(&pieces, None, evidence)
                .0
                .last()
                .copied()
                .flatten();
            self.elected_org = Some(org);
            org
        } else {
            match self.elected_org {
                Some(None) => return out,
                Some(org) => org,
                None => None,
            }
        };
        let mut cur = q;
        while let Some(title) = self.title_at(cur, end) {
            out.push(PostMention {
                org,
                role: title.role.clone(),
                written: self.text(title.range.clone()),
                former: false,
                own: false,
            });
            cur = title.range.end;
            // `当选为副理事长兼秘书长`, `当选为副会长、秘书长`
            match self.title_separator(cur).filter(|_| cur < end) {
                Some(sep) => cur += sep,
                None => break,
            }
        }
        out
    }

    /// `刘理事长在开幕致辞中…`, `陈副校长介绍了…`: a surname and a title, standing for the one person named before
    /// with that surname and a post of that title. The person, the range of the first place the whole name is
    /// written (what the mention names), and where the title ends.
    fn surname_reference(&self, at: usize, end: usize) -> Option<(usize, Range<usize>, usize)> {
        let surname = self.surname_len(at)?;
        let title = self.title_at(at + surname, end)?;
        if title.range.start != at + surname
            || (title.range.end < end
                && (self.title_at(title.range.end, end).is_some()
                    || self.name_at(title.range.end, end).is_some()))
        {
            return None;
        }
        let mut found = self.people.iter().enumerate().filter(|(_, p)| {
            p.name.chars().count() > surname
                && p.name
                    .chars()
                    .zip(&self.t[at..at + surname])
                    .all(|(a, &b)| a == b)
                && p.posts.iter().any(|post| post.role == title.role)
        });
        let (person, p) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        let name: Vec<char> = p.name.chars().collect();
        let first = (0..self.t.len().saturating_sub(name.len())).find(|&q| self.t[q..].starts_with(&name))?;
        Some((person, first..first + name.len(), title.range.end))
    }

    /// A person named at `at`: someone named before, a chain of organizations and titles, a bare name sharing
    /// the titles of the name listed before it, or a name followed by `同志`.
    fn mention_at(
        &mut self,
        at: usize,
        end: usize,
        ctx: &ChainContext,
        after_separator: bool,
        evidence: Range<usize>,
    ) -> Option<Mention> {
        // The posts a list's first name shares with the names after it: those not written in its parentheses.
        let shared: Vec<PostMention> = ctx
            .mention
            .as_ref()
            .filter(|_| after_separator)
            .map(|m| m.posts.iter().filter(|p| !p.own).cloned().collect())
            .unwrap_or_default();
        let known = self.people.iter().position(|person| {
            let len = person.name.chars().count();
            at + len <= end
                && person.name.chars().eq(self.t[at..at + len].iter().copied())
                && self.name_boundary(at + len, end)
                && self.title_at(at + len, end).is_none()
        });
        if let Some(i) = known {
            let len = self.people[i].name.chars().count();
            // `冯海涛（安徽皖江水泥集团股份有限公司董事长）、欧阳敏（…）先后发言`, named before: posts of their own
            // in parentheses after the name.
            if let Some(own) = self.paren_titles(at..at + len, end, evidence.clone()) {
                return Some(own);
            }
            let person = &self.people[i];
            // `集团副总经理曲建国、韩冰` where 韩冰 was named before without a title: the title is shared (but not
            // with someone whose posts were read before: `公司副总经理许立新、唐斯宇参加`, 唐斯宇 a city official).
            if let Some(previous) = ctx
                .mention
                .as_ref()
                .filter(|_| !shared.is_empty() && person.posts.is_empty())
            {
                return Some(Mention {
                    name: at..at + len,
                    end: at + len,
                    posts: shared,
                    ..previous.clone()
                });
            }
            return Some(Mention {
                name: at..at + len,
                end: at + len,
                posts: Vec::new(),
                top_org: person.top_org,
                title: person.title.clone(),
            });
        }
        if let Some((person, name, title_end)) = self.surname_reference(at, end) {
            let person = &self.people[person];
            return Some(Mention {
                name,
                end: title_end,
                posts: Vec::new(),
                top_org: person.top_org,
                title: person.title.clone(),
            });
        }
        if let Some(mut m) = self.chain_at(at, end, ctx, evidence.clone()) {
            // `监事吴晓光（江苏华夏铜业集团有限公司副总经理）`: a title before the name and posts of the person's own
            // in parentheses after it.
            if m.end == m.name.end
                && let Some(own) = self.paren_titles(m.name.clone(), end, evidence)
            {
                m.posts.extend(own.posts);
                m.end = own.end;
            } else if m.end == m.name.end
                && self.t.get(m.end) == Some(&'（')
                && let Some(close) = (m.end + 1..end.min(m.end + 10)).find(|&q| self.t[q] == '）')
                && self
                    .title_at(m.end + 1, close)
                    .is_some_and(|t| t.range.start == m.end + 1 && t.range.end == close)
            {
                // `检查员夏雯（主任药师）、…`: a title of the person's own with no organization; the list goes on.
                m.end = close + 1;
            } else if m.end == m.name.end
                && let Some(t) = self.title_at(m.end, end)
                && t.range.start == m.end
                && !t.former
                && (t.range.end >= end
                    || matches!(self.t[t.range.end], '、' | '，' | '和' | '及' | '等')
                    || self.verb_starts(t.range.end)
                    // `…院长邢晨阳教授代表项目组作《…》研究报告`: for whom the person speaks, then the verb.
                    || self.starts_with(t.range.end, &['代', '表'])
                        && (t.range.end + 3..end.min(t.range.end + 14))
                            .take_while(|&q| is_han(self.t[q - 1]))
                            .any(|q| self.verb_starts(q)))
            {
                // `…材料科学与工程学院院长邵斌教授，…`: a title after the name too, in the organization of the last
                // post before it.
                let org = m.posts.iter().rev().find_map(|p| p.org);
                m.posts.push(PostMention {
                    org,
                    role: t.role.clone(),
                    written: self.text(t.range.clone()),
                    former: false,
                    own: true,
                });
                m.end = t.range.end;
            } else if m.end == m.name.end
                && let Some(e) = self.org_paren_end(m.end, end)
            {
                m.end = e;
            }
            return Some(m);
        }
        // `金川集团 包宏亮（党委常委、副总经理）`: an organization, then a name with its titles there in
        // parentheses.
        if let Some(m) = self.org_then_paren_titles(at, end, evidence.clone()) {
            return Some(m);
        }
        // `…浦晓晨、天合光能股份有限公司戈亮等`: in a list of people with their titles, one named after the company
        // alone, with no title, closing the list.
        if after_separator
            && ctx.mention.is_some()
            && let Some(m) = self.org_then_bare_name(at, end, evidence.clone())
        {
            return Some(m);
        }
        // `田中健一（日本产业机械工业会环境装置部部长）`: a name of no Chinese surname, known as one by the posts in
        // parentheses after it.
        let (name_end, foreign) = match self.name_at(at, end) {
            Some(e) => (e, false),
            None => (
                (at + 2..=(at + 5).min(end.saturating_sub(1)))
                    .take_while(|&q| is_han(self.t[q - 1]))
                    .find(|&q| self.t[q] == '（')?,
                true,
            ),
        };
        // `陈立新（河钢集团有限公司副总经理）`: titles in parentheses after the name; in `监事吴晓光（…）、萧瑜（…）`,
        // with the title the list shares.
        // (`金川集团 包宏亮（党委常委、副总经理）、慕容雪（总工程师）`: the next name's titles are in the same body.)
        let default = ctx
            .mention
            .as_ref()
            .filter(|_| after_separator)
            .and_then(|m| m.top_org);
        if let Some(mut m) = self.paren_titles_in(at..name_end, end, evidence, default) {
            if !shared.is_empty() {
                m.posts.splice(0..0, shared);
                m.top_org = ctx.mention.as_ref().and_then(|p| p.top_org).or(m.top_org);
            }
            return Some(m);
        }
        if foreign {
            return None;
        }
        // `副会长胡长平（云南铜业股份有限公司）、宁凯（大冶有色金属集团控股有限公司）`: the company a name is with, in
        // parentheses, ends the name's words.
        let words_end = self.org_paren_end(name_end, end).unwrap_or(name_end);
        if let Some(previous) = &ctx.mention
            && !shared.is_empty()
        {
            return Some(Mention {
                name: at..name_end,
                end: words_end,
                posts: shared,
                ..previous.clone()
            });
        }
        // `宋建伟、杨振华、中信重工机械股份有限公司总经理冉静等15人当选副会长`: a bare name inside a list that
        // started with someone named; `张三、李四当选为副会长`: bare names before a role verb.
        let in_list = after_separator
            && ctx.mention.is_some()
            && name_end < end
            && matches!(self.t[name_end], '、' | '和' | '及');
        if in_list || self.bare_names_then_verb(at, end, 10) {
            return Some(Mention::bare(at..name_end));
        }
        let honorific = self.lex.name_ends.iter().any(|w| {
            w.len() == 2
                && w[0] != '表'
                && self.t[name_end..end].starts_with(w)
                && matches!(w.as_slice(), ['同', '志'] | ['先', '生'] | ['女', '士'])
        });
        honorific.then(|| Mention::bare(at..name_end))
    }

    /// People named by what they are, not by name, from `at` up to a role verb: `及省内18家钢铁企业负责人等70余人`,
    /// `等9位专家`, `相关同志`. Where the verb starts.
    fn unnamed_people_end(&self, at: usize, end: usize) -> Option<usize> {
        for q in at + 1..end.min(at + 40) {
            let c = self.t[q - 1];
            // `等7位来自高校、科研院所和用户企业的专家`: a list of where they come from may describe them.
            if !(is_han(c) || c.is_ascii_digit() || (c == '、' && q - 1 > at)) {
                return None;
            }
            // (`等企业家和专家代表先后发言`: a word such as 先后 may stand before the verb, and so may the manner:
            // `等专家通过视频连线方式参加审查`.)
            let verb_at = |q: usize| {
                self.verb_starts(q)
                    || ["先后", "分别", "依次", "共同", "一同"].iter().any(|w| {
                        let w: Vec<char> = w.chars().collect();
                        self.t[q..end].starts_with(&w) && self.verb_starts(q + w.len())
                    })
                    || self.manner_end(q, end).is_some_and(|v| self.verb_starts(v))
                    || self.verb_after_panel(q, end).is_some()
            };
            if verb_at(q) && self.lex.people_nouns.iter().any(|w| self.t[at..q].ends_with(w)) {
                return Some(
                    self.manner_end(q, end)
                        .filter(|&v| self.verb_starts(v))
                        .or_else(|| self.verb_after_panel(q, end))
                        .unwrap_or(q),
                );
            }
        }
        None
    }

    /// `组成审查组参加审查` at `at`: the panel people form, then where the verb of what they do starts.
    fn verb_after_panel(&self, at: usize, end: usize) -> Option<usize> {
        if !self.t[at..end].starts_with(&['组', '成']) {
            return None;
        }
        (at + 2..end.min(at + 14)).find(|&k| self.verb_starts(k))
    }

    /// `通过视频连线方式`, `以线上形式`, `以举手表决方式` at `at`: where the words of manner end.
    fn manner_end(&self, at: usize, end: usize) -> Option<usize> {
        let open = if self.t[at..end].starts_with(&['通', '过']) {
            2
        } else if self.t.get(at) == Some(&'以') {
            1
        } else {
            return None;
        };
        (at + open + 1..end.min(at + open + 13))
            .find(|&q| matches!(self.text(q..q + 2).as_str(), "方式" | "形式"))
            .map(|q| q + 2)
    }

    /// Words describing people, then their names without titles (`公司领导班子成员付秀丽、邓江、许家明出席`,
    /// `集团领导李强、周文，…参加座谈`): the names, and where they end (a role verb, 等, or the end of a clause the
    /// sentence goes on after).
    fn described_names(&self, at: usize, end: usize) -> Option<(Vec<Range<usize>>, usize)> {
        let window = &self.t[at..end.min(at + 12)];
        if !self
            .lex
            .people_nouns
            .iter()
            .any(|w| w.len() >= 2 && window.windows(w.len()).any(|x| x == &w[..]))
        {
            return None;
        }
        for q in at + 2..=end.min(at + 12) {
            if !is_han(self.t[q - 1]) || self.title_at(q - 1, end).is_some() {
                return None;
            }
            if !self
                .lex
                .people_nouns
                .iter()
                .any(|w| w.len() >= 2 && self.t[at..q].ends_with(w))
            {
                continue;
            }
            let mut names = Vec::new();
            let mut r = q;
            while let Some(name_end) = self.name_at(r, end) {
                names.push(r..name_end);
                r = name_end;
                if r < end && matches!(self.t[r], '、' | '和' | '及') {
                    r += 1;
                } else {
                    break;
                }
            }
            // `行业发展部党员代表杨澜、科技部党员代表秦文博作交流发言`: each name described on its own.
            if let Some(last) = names.last()
                && last.end < r
                && r < end
                && let Some((more, stop)) = self.described_names(r, end)
            {
                names.extend(more);
                return Some((names, stop));
            }
            let Some(last) = names.last() else { continue };
            let stop = last.end;
            let goes_on = stop >= end && matches!(self.t.get(end), Some('，' | '；'));
            if goes_on || (stop < end && (self.verb_starts(stop) || self.t[stop] == '等')) {
                return Some((names, stop));
            }
        }
        None
    }

    /// Words describing people before a name with its titles in parentheses (`宣讲专家庞振宇（应急管理部…副主任）`,
    /// `标准主要起草人代表上官婉清（…）`): where the name starts.
    fn description_before_paren_titles(&self, at: usize, end: usize) -> Option<usize> {
        // (专家 is also a post, but of no organization here: no organization's name may end in the words.)
        (at + 2..=end.min(at + 12))
            .take_while(|&q| is_han(self.t[q - 1]) && self.suffix_ending_pub(at, q).is_none())
            .filter(|&q| {
                self.lex
                    .people_nouns
                    .iter()
                    .any(|w| w.len() >= 2 && self.t[at..q].ends_with(w))
            })
            .find(|&q| {
                self.name_at(q, end)
                    .is_some_and(|name_end| self.t.get(name_end) == Some(&'（'))
            })
    }

    /// Names without titles, then 为 (`马永红为`, `张伟、王芳为`): the names and where 为 stands.
    fn names_then_wei(&self, at: usize, end: usize) -> Option<(Vec<Range<usize>>, usize)> {
        let mut names = Vec::new();
        let mut q = at;
        while let Some(name_end) = self.name_at(q, end) {
            names.push(q..name_end);
            q = name_end;
            if q < end && matches!(self.t[q], '、' | '和') {
                q += 1;
            } else {
                break;
            }
        }
        let q = self.wei_after_others(q, end)?;
        (!names.is_empty()).then_some((names, q))
    }

    /// Where the 为 of an election stands at `at`, also after the others elected with the names before it left
    /// unnamed (`上官立群等6人为副会长`, `张三等为理事`).
    fn wei_after_others(&self, at: usize, end: usize) -> Option<usize> {
        let mut q = at;
        if self.t.get(q) == Some(&'等') {
            q += 1;
            let count = (q..end.min(q + 4))
                .take_while(|&k| self.t[k].is_ascii_digit() || "一二三四五六七八九十两".contains(self.t[k]))
                .count();
            if count > 0 && q + count < end && matches!(self.t[q + count], '人' | '位' | '名') {
                q += count + 1;
            }
        }
        (q < end && self.t[q] == '为').then_some(q)
    }

    /// Where the name of one organization in parentheses written right after a person's name ends
    /// (`胡长平（云南铜业股份有限公司）`), when a list mark, a verb or the clause's end follows.
    fn org_paren_end(&self, at: usize, end: usize) -> Option<usize> {
        if self.t.get(at) != Some(&'（') {
            return None;
        }
        let close = (at + 1..end.min(at + 1 + super::mentions::ORG_MAX)).find(|&q| self.t[q] == '）')?;
        let one = self
            .parse_orgs(at + 1..close)
            .is_some_and(|p| matches!(p.as_slice(), [one] if !one.unit && one.range == (at + 1..close)));
        let after = close + 1;
        (one && (after >= end
            || matches!(self.t[after], '、' | '，' | '和' | '及' | '等')
            || self.verb_starts(after)))
        .then_some(after)
    }

    /// A name followed by its organizations and titles in parentheses: `陈立新（河钢集团有限公司副总经理）`.
    fn paren_titles(&mut self, name: Range<usize>, end: usize, evidence: Range<usize>) -> Option<Mention> {
        self.paren_titles_in(name, end, evidence, None)
    }

    /// [`Self::paren_titles`], the titles written without an organization being in `default`
    /// (`金川集团 包宏亮（党委常委、副总经理）`).
    fn paren_titles_in(
        &mut self,
        name: Range<usize>,
        end: usize,
        evidence: Range<usize>,
        default: Option<usize>,
    ) -> Option<Mention> {
        let open = name.end;
        if self.t.get(open) != Some(&'（') {
            return None;
        }
        // (`欧阳慧（中国地质大学（武汉）珠宝学院副教授）`: a name may hold a parenthesis of its own.)
        let mut depth = 0;
        let close = (open + 1..end.min(open + 50)).find(|&q| {
            match self.t[q] {
                '（' => depth += 1,
                '）' if depth == 0 => return true,
                '）' => depth -= 1,
                _ => {}
            }
            false
        })?;
        // `何冰心（兼中国家用电器协会理事长）`: a post also held.
        let from = open + 1 + usize::from(self.t[open + 1] == '兼');
        let (mut posts, top_org) = self.titles_in(from..close, evidence, default)?;
        for p in &mut posts {
            p.own = true;
        }
        Some(Mention {
            name,
            end: close + 1,
            posts,
            top_org,
            title: Some(self.text(open + 1..close)),
        })
    }

    /// One organization at `at`, maybe a space, then a name with titles in parentheses that hold no other
    /// organization's name before them (`金川集团 包宏亮（党委常委、副总经理）`): the person, their titles in the
    /// organization.
    fn org_then_paren_titles(&mut self, at: usize, end: usize, evidence: Range<usize>) -> Option<Mention> {
        // (A parenthesis opening on a title comes first: reading the organization costs more.)
        let open = (at + 4..end.min(at + super::mentions::ORG_MAX + 6)).find(|&q| self.t[q] == '（')?;
        self.title_at(open + 1, end)?;
        let (mut orgs, after) = self.org_list(at, end)?;
        if orgs.len() != 1 || after >= end {
            return None;
        }
        let q = after + usize::from(matches!(self.t[after], ' ' | '\u{3000}'));
        let name_end = self.name_at(q, end)?;
        if self.t.get(name_end) != Some(&'（') || self.title_at(name_end + 1, end).is_none() {
            return None;
        }
        let pieces = orgs.remove(0);
        let org = self
            .register_chain(&pieces, None, evidence.clone())
            .0
            .last()
            .copied()
            .flatten()?;
        self.paren_titles_in(q..name_end, end, evidence, Some(org))
    }

    /// A company or another formal organization, then a name with no title, ending a list (`天合光能股份有限公司戈亮等`,
    /// or before `、`): the person, with no post, for that organization.
    fn org_then_bare_name(&mut self, at: usize, end: usize, evidence: Range<usize>) -> Option<Mention> {
        let (mut orgs, after) = self.org_list(at, end)?;
        if orgs.len() != 1 || after >= end || orgs[0].iter().any(|p| p.unit) {
            return None;
        }
        let name_end = self.name_at(after, end)?;
        if !matches!(self.t.get(name_end), Some('等' | '、')) {
            return None;
        }
        let pieces = orgs.remove(0);
        let org = self
            .register_chain(&pieces, None, evidence)
            .0
            .last()
            .copied()
            .flatten()?;
        Some(Mention {
            name: after..name_end,
            end: name_end,
            posts: Vec::new(),
            top_org: Some(org),
            title: None,
        })
    }

    /// `两人`, `三位`, `他们` at `at` standing for the `count` people just named (two or more; a number must be
    /// theirs): its length.
    fn people_pronoun(&self, at: usize, end: usize, count: usize) -> Option<usize> {
        if count < 2 || at + 2 > end {
            return None;
        }
        let word = self.text(at..at + 2);
        let number = match word.chars().next()? {
            '两' | '二' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            _ => None,
        };
        let fits = match number {
            Some(n) => n == count && matches!(word.chars().nth(1), Some('人' | '位')),
            None => matches!(word.as_str(), "他们" | "她们" | "二者" | "双方"),
        };
        fits.then_some(2)
    }

    /// After a name written in Chinese, its own spelling in parentheses (`米歇尔·杜邦（Michel Dupont）`): where it
    /// ends, else `at`.
    fn foreign_spelling_end(&self, at: usize, end: usize) -> usize {
        if self.t.get(at) != Some(&'（') {
            return at;
        }
        let Some(close) = (at + 1..end.min(at + 40)).find(|&q| self.t[q] == '）') else {
            return at;
        };
        let inner = &self.t[at + 1..close];
        let latin = inner.first().is_some_and(|c| c.is_alphabetic() && !is_han(*c))
            && inner
                .iter()
                .all(|&c| (c.is_alphabetic() && !is_han(c)) || matches!(c, ' ' | '-' | '.' | '\''));
        if latin { close + 1 } else { at }
    }

    /// The verbs ending a clause after a word that says they are shared (`先后致辞`, `分别发言`, `依次作交流发言`),
    /// when nothing but them follows that word.
    fn shared_verb_at_end(&mut self, from: usize, end: usize, evidence: Range<usize>) -> Option<Verbs> {
        const SHARED: [[char; 2]; 4] = [['先', '后'], ['分', '别'], ['依', '次'], ['一', '同']];
        let q = (from..end.saturating_sub(2))
            .rev()
            .find(|&q| SHARED.iter().any(|w| self.t[q..end].starts_with(w)))?;
        let v = self.verbs_at(q, end, evidence.clone());
        if !v.roles.is_empty() && v.rest_empty && v.elected.is_empty() {
            return Some(v);
        }
        // `…，分别就储能电站火灾防控、固态电池安全机理作主题演讲`: what each spoke on, then the verb.
        if !matches!(self.t.get(q + 2), Some('就' | '围' | '从' | '以')) {
            return None;
        }
        let starts: Vec<usize> = (q + 3..end.saturating_sub(1))
            .filter(|&k| self.verb_starts(k))
            .collect();
        let v = starts
            .into_iter()
            .map(|k| self.verbs_at(k, end, evidence.clone()))
            .find(|v| !v.roles.is_empty())?;
        (v.rest_empty && v.elected.is_empty()).then_some(v)
    }

    /// The closing parenthesis of `（均为…）` at `at`: posts shared by the names before it.
    fn shared_posts_paren(&self, at: usize, end: usize) -> Option<usize> {
        if self.t.get(at) != Some(&'（')
            || !["均为", "均系", "皆为", "均是"]
                .iter()
                .any(|w| self.text(at + 1..(at + 3).min(end)) == *w)
        {
            return None;
        }
        (at + 4..end.min(at + 50)).find(|&q| self.t[q] == '）')
    }

    /// Organizations and titles filling `range` exactly, with no name (`河钢集团有限公司副总经理`,
    /// `山东钢铁集团有限公司党委常委、副总经理`): the posts, and the top of the first organization.
    fn titles_only(
        &mut self,
        range: Range<usize>,
        evidence: Range<usize>,
    ) -> Option<(Vec<PostMention>, Option<usize>)> {
        self.titles_in(range, evidence, None)
    }

    /// [`Self::titles_only`], titles before any organization being in `default` (`党委常委、副总经理`,
    /// `科技管理部部长` for a person of 金川集团).
    fn titles_in(
        &mut self,
        range: Range<usize>,
        evidence: Range<usize>,
        default: Option<usize>,
    ) -> Option<(Vec<PostMention>, Option<usize>)> {
        let mut cur = range.start;
        let mut posts: Vec<PostMention> = Vec::new();
        let mut last_org: Option<usize> = default;
        let mut top_org = None;
        while cur < range.end {
            let (q, title) = (cur..range.end).find_map(|q| self.title_at(q, range.end).map(|t| (q, t)))?;
            if q > cur {
                let pieces = self.parse_orgs(cur..q)?;
                let parent = default.filter(|_| pieces.first().is_some_and(|p| p.unit));
                let (idx, _) = self.register_chain(&pieces, parent, evidence.clone());
                last_org = idx.last().copied().flatten();
            }
            let org = last_org?;
            top_org.get_or_insert(self.root(org));
            posts.push(PostMention {
                org: Some(org),
                role: title.role.clone(),
                written: self.text(title.range.clone()),
                former: title.former,
                own: false,
            });
            cur = title.range.end;
            if cur == range.end {
                break;
            }
            cur += self.title_separator(cur)?;
        }
        (!posts.is_empty()).then_some((posts, top_org))
    }

    /// `同时兼任中关村高端仪器产业技术创新联盟理事长的尉迟刚作交流发言`: titles joined to the name after them by 的
    /// (after words saying they are held too): the person, and where the name ends. The name must be followed by
    /// the end of the clause or a verb.
    fn titles_then_de_name(
        &mut self,
        at: usize,
        end: usize,
        evidence: Range<usize>,
    ) -> Option<(Mention, usize)> {
        const ALSO: [&str; 7] = [
            "同时兼任",
            "同时也是",
            "同时担任",
            "同时还是",
            "兼任",
            "也是",
            "还是",
        ];
        let from = ALSO
            .iter()
            .find(|w| self.t[at..end].starts_with(&w.chars().collect::<Vec<_>>()))
            .map_or(at, |w| at + w.chars().count());
        let de = (from + 3..end).find(|&q| self.t[q] == '的')?;
        let name_from = de + 1 + usize::from(matches!(self.t.get(de + 1), Some(' ' | '\u{3000}')));
        if !self.title_ends_at(de) {
            return None;
        }
        let name_end = self.name_at(name_from, end)?;
        if name_end < end && !self.verb_starts_after_fillers(name_end) {
            return None;
        }
        let (posts, top_org) = self.titles_in(from..de, evidence, None)?;
        let m = Mention {
            name: name_from..name_end,
            end: name_end,
            posts,
            top_org,
            title: Some(self.text(from..de)),
        };
        Some((m, name_end))
    }

    /// `出席今天会议的领导和嘉宾有：`: a clause that opens a list of people with the verb of their role.
    /// Also with no colon after it: `出席开幕式的还有临沂市政协副主席刘方舟`.
    fn generic_pre_role(&self, at: usize, end: usize) -> Option<(Vec<char>, String)> {
        // (`应邀参加会议的还有…`, `双方出席人员还有：`)
        let invited = usize::from(
            self.t[at..end.min(self.t.len())].starts_with(&['应', '邀'])
                || self.t[at..end.min(self.t.len())].starts_with(&['双', '方']),
        ) * 2;
        let whole = &self.t[at + invited..end.min(self.t.len())];
        let opener = (3..=whole.len().min(20)).find(|&p| {
            let head = &whole[..p];
            (head.ends_with(&['有']) && whole.get(p) != Some(&'关')) || head.ends_with(&['包', '括'])
        })?;
        let clause = &whole[..opener];
        // (`出席人员还有`: people named by what they are, with no 的.)
        let who = clause.strip_suffix(&['有']).unwrap_or(clause);
        let who = who.strip_suffix(&['还']).unwrap_or(who);
        if !clause.contains(&'的')
            && ![['人', '员'], ['领', '导'], ['嘉', '宾']]
                .iter()
                .any(|w| who.ends_with(w))
        {
            return None;
        }
        let role = self
            .lex
            .verbs
            .iter()
            .find(|v| v.tail.is_none() && v.roles.len() == 1 && clause.starts_with(&v.head))?;
        // (`发言的企业负责人有：`)
        matches!(role.roles[0].as_str(), "出席" | "参加" | "发言").then(|| {
            (
                self.t[at..at + invited + clause.len()].to_vec(),
                role.roles[0].clone(),
            )
        })
    }

    /// True when names without titles at `at` are followed by a role verb (`张三、李四当选为副会长`).
    fn bare_names_then_verb(&self, at: usize, end: usize, depth: usize) -> bool {
        let Some(name_end) = self.name_at(at, end) else {
            return false;
        };
        if name_end < end && self.verb_starts(name_end) {
            return true;
        }
        // `张建国、李明华等领导出席会议`, `张建国等出席`
        if name_end < end
            && self.t[name_end] == '等'
            && (self.verb_starts(name_end + 1) || self.unnamed_people_end(name_end, end).is_some())
        {
            return true;
        }
        // `李克坚代表赣州市人民政府致欢迎辞`
        if self.t[name_end..end].starts_with(&['代', '表'])
            && (name_end + 2..end.min(name_end + 18)).any(|q| self.verb_starts(q))
        {
            return true;
        }
        depth > 0
            && name_end < end
            && matches!(self.t[name_end], '、' | '和' | '及')
            && self.bare_names_then_verb(name_end + 1, end, depth - 1)
    }

    /// A line that only opens a list of people with their role, the people on the lines after it
    /// (`出席会议的领导和嘉宾有：`): the role.
    fn guest_list_opener(&self, line: Range<usize>) -> Option<String> {
        let opener = bare(&self.t, line.clone());
        let colon = (opener.end..line.end).any(|q| self.t[q] == '：');
        if opener.len() < 4 || !colon {
            return None;
        }
        self.lex
            .pre_roles
            .iter()
            .find(|(w, _)| self.t[opener.clone()] == w[..])
            .map(|(_, role)| role.clone())
            .or_else(|| {
                self.generic_pre_role(opener.start, opener.end)
                    .filter(|(w, _)| w.len() == opener.len())
                    .map(|(_, role)| role)
            })
    }

    /// A short line with no mark of a sentence in it, as the lines of a list are.
    fn list_like_line(&self, line: Range<usize>) -> bool {
        let r = bare(&self.t, line);
        !r.is_empty() && r.len() <= 60 && !self.t[r].iter().any(|&c| matches!(c, '。' | '，' | '；' | '：'))
    }

    /// A line under a guest list's opener that names one person with their titles and nothing else
    /// (`十堰市人民政府副市长饶婧`, `韩冰（中国通用机械工业协会副会长）`): the person, their posts and the list's role.
    /// False when the line is not one.
    fn guest_line(&mut self, line: Range<usize>, role: &str) -> bool {
        if !self.list_like_line(line.clone()) {
            return false;
        }
        let r = bare(&self.t, line);
        // (Or the name, then its titles in parentheses: `韩　冰（中国通用机械工业协会副会长）`.)
        let m = self
            .chain_at(r.start, r.end, &ChainContext::default(), r.clone())
            .or_else(|| {
                let name_end = self.name_at(r.start, r.end)?;
                self.paren_titles(r.start..name_end, r.end, r.clone())
            });
        let Some(m) = m else {
            return false;
        };
        if m.end != r.end {
            return false;
        }
        let person = self.register_person(&m, r.clone());
        let verbs = Verbs {
            roles: vec![role.to_owned()],
            ..Verbs::default()
        };
        self.add_participation(person, &m, &verbs, r);
        true
    }

    /// `重庆果园港…有限公司与四川商投国际物流有限公司、成都国际陆港运营有限公司等6家企业签订了战略合作协议`: the
    /// parties to a signing at the meeting are organizations the report names, with no role (signing is none).
    pub(crate) fn register_signing_parties(&mut self, sentences: &[Sentence]) {
        const SIGNING: [[char; 2]; 3] = [['签', '订'], ['签', '署'], ['签', '约']];
        // What may stand between the second party and the verb: its tail, a count, an adverb.
        const BETWEEN: &str = "等家个企业单位客户现场分别集中共同正式了一二三四五六七八九十";
        // (A line of links to other pages, `中联重科与中南大学签署战略合作协议2025-01-10`, `下一条：我校与…签署…`,
        // is no prose: a sentence says it in clauses, or ends with a full stop.)
        let prose: Vec<&Sentence> = sentences
            .iter()
            .filter(|s| {
                s.kind == LineKind::Body
                    && !matches!(self.t[s.range.clone()], ['上' | '下', '一', ..])
                    && (s.clauses.len() >= 2
                        || self.t.get(s.range.end) == Some(&'。')
                        || self.t[s.range.clone()].ends_with(&['。']))
            })
            .collect();
        for s in prose {
            for clause in &s.clauses {
                let Some(verb) = (clause.start..clause.end.saturating_sub(1))
                    .find(|&q| SIGNING.iter().any(|w| self.t[q..].starts_with(w)))
                else {
                    continue;
                };
                let Some(and) = (clause.start..verb).find(|&q| self.t[q] == '与') else {
                    continue;
                };
                let Some((first, _)) = self
                    .org_list(clause.start, and)
                    .filter(|&(_, after)| after == and)
                else {
                    continue;
                };
                let second = self.org_list(and + 1, verb).filter(|&(_, after)| {
                    self.t[after..verb]
                        .iter()
                        .all(|&c| c.is_ascii_digit() || BETWEEN.contains(c))
                });
                let parties = first.into_iter().chain(second.into_iter().flat_map(|(o, _)| o));
                self.name_parties(parties.collect(), s.range.clone());
            }
        }
    }

    /// Registers organizations a sentence names with no role, to be kept in the records.
    fn name_parties(&mut self, orgs: Vec<Vec<OrgPiece>>, evidence: Range<usize>) {
        for pieces in orgs {
            let (idx, _) = self.register_chain(&pieces, None, evidence.clone());
            if let Some(o) = idx.last().copied().flatten()
                && !self.title_orgs.contains(&o)
            {
                self.title_orgs.push(o);
            }
        }
    }

    /// `…，宁夏煤业总经理杭建军出席会议。…杭建军表示，宁夏煤业将…`: someone said only to attend who opens a later
    /// sentence of the same meeting by what they said (`表示`, `指出`, `强调`) spoke at it (发言). Not a host, nor
    /// someone whose speech was read already (what a speech said is no statement of its own).
    pub(crate) fn said_after_attending(&mut self, sentences: &[Sentence], meeting: &super::MeetingRec) {
        const SAID: [&str; 5] = ["表示", "指出", "强调", "认为", "谈到"];
        const SPOKE: [&str; 8] = [
            "讲话",
            "致辞",
            "作报告",
            "通报",
            "发言",
            "总结讲话",
            "主持",
            "交流",
        ];
        for s in sentences.iter().filter(|s| s.kind == LineKind::Body) {
            let at = self.skip_openers(s.range.start, s.range.end);
            let Some((person, len)) = self.people.iter().enumerate().find_map(|(i, p)| {
                let name: Vec<char> = p.name.chars().collect();
                self.t[at..s.range.end]
                    .starts_with(&name)
                    .then_some((i, name.len()))
            }) else {
                continue;
            };
            let rest = self.text(at + len..s.range.end.min(at + len + 4));
            if !SAID.iter().any(|w| rest.starts_with(w)) {
                continue;
            }
            let k = meeting.index_at(s.range.start);
            let theirs: Vec<&Participation> = self
                .participations
                .iter()
                .filter(|p| p.who == Who::Person(person) && meeting.index_at(p.evidence.start) == k)
                .collect();
            let attended = theirs
                .iter()
                .any(|p| p.roles.iter().any(|r| r == "出席" || r == "参加"));
            let spoke = theirs
                .iter()
                .any(|p| p.roles.iter().any(|r| SPOKE.contains(&r.as_str())));
            if attended && !spoke {
                let first = theirs[0];
                self.participations.push(Participation {
                    who: Who::Person(person),
                    roles: vec!["发言".to_owned()],
                    on_behalf_of: first.on_behalf_of,
                    title: first.title.clone(),
                    evidence: s.range.clone(),
                });
            }
        }
    }

    /// `出席会议的副会长有（按姓氏笔画排序）：王家骏（江苏澄星纤维集团有限公司）、司马立新（…）`: a line naming who
    /// attended by their title, then their names (on the same line, or alone on the next): each holds the title in
    /// its owner (the meeting's host) and takes the role. The company in parentheses after a name says where the
    /// person is from, no post. `Some(true)` when the next line was the list, `Some(false)` when this one was.
    fn titled_attendees(&mut self, line: Range<usize>, next: Option<Range<usize>>) -> Option<bool> {
        let r = bare(&self.t, line);
        let (word, role) = self.generic_pre_role(r.start, r.end)?;
        let de = r.start + word.iter().rposition(|&c| c == '的')? + 1;
        let title = self
            .title_at(de, r.end)
            .filter(|t| t.range.start == de && t.range.end + 1 == r.start + word.len())?;
        let mut q = r.start + word.len();
        if self.t.get(q) == Some(&'（')
            && let Some(close) = (q..r.end.min(q + 12)).find(|&k| self.t[k] == '）')
        {
            q = close + 1;
        }
        if self.t.get(q) == Some(&'：') {
            q += 1;
        }
        let (list, on_next) = match (q >= r.end, next) {
            (true, Some(n)) => (bare(&self.t, n), true),
            (false, _) => (q..r.end, false),
            _ => return None,
        };
        let org = self.title_owner(&title.role)?;
        let mut names = Vec::new();
        let mut at = list.start;
        while let Some(e) = self.name_at(at, list.end) {
            let mut after = e;
            if self.t.get(e) == Some(&'（')
                && let Some(close) = (e + 1..list.end.min(e + 50)).find(|&k| self.t[k] == '）')
            {
                after = close + 1;
            }
            names.push(at..e);
            match self.t.get(after) {
                Some('、' | '，') if after + 1 < list.end => at = after + 1,
                _ => {
                    at = after;
                    break;
                }
            }
        }
        if names.is_empty() || !matches!(self.t.get(at), None | Some('。' | '；' | '\n')) && at < list.end {
            return None;
        }
        let verbs = Verbs {
            roles: vec![role],
            ..Verbs::default()
        };
        for name in names {
            let m = Mention {
                end: name.end,
                name,
                posts: vec![PostMention {
                    org: Some(org),
                    role: title.role.clone(),
                    written: self.text(title.range.clone()),
                    former: false,
                    own: false,
                }],
                top_org: Some(org),
                title: Some(self.text(title.range.clone())),
            };
            let person = self.register_person(&m, list.clone());
            self.add_participation(person, &m, &verbs, list.clone());
        }
        Some(on_next)
    }

    /// `宁德新材料科技有限公司（副总经理 郁晨光）获评…`: a company's person, title and name in parentheses after its
    /// name, in a list of companies; the person holds that post (and no role: what the company did is its own).
    fn people_in_org_parens(&mut self, r: Range<usize>) {
        let opens: Vec<usize> = r.clone().filter(|&q| self.t[q] == '（').collect();
        // The people read, and where the last one's parenthesis closes.
        let mut listed: Vec<(usize, Mention)> = Vec::new();
        let mut last_close = r.start;
        for open in opens {
            let Some(close) = (open + 1..r.end.min(open + 16)).find(|&q| self.t[q] == '）') else {
                continue;
            };
            let Some(title) = self
                .title_at(open + 1, close)
                .filter(|t| t.range.start == open + 1)
            else {
                continue;
            };
            let name_at = (title.range.end..close)
                .find(|&q| self.t[q] != ' ')
                .unwrap_or(close);
            if self.name_at(name_at, close) != Some(close) {
                continue;
            }
            // The company: the name that ends right before the parenthesis, after a list mark or a clause's start.
            let Some((start, pieces)) = (open.saturating_sub(super::mentions::ORG_MAX).max(r.start)
                ..open.saturating_sub(3))
                .filter(|&s| s == r.start || matches!(self.t[s - 1], '、' | '，' | '：' | '；' | '和' | '及'))
                .find_map(|s| {
                    self.parse_orgs(s..open)
                        .filter(|p| matches!(p.as_slice(), [one] if !one.unit && one.range == (s..open)))
                        .map(|p| (s, p))
                })
            else {
                continue;
            };
            let (idx, _) = self.register_chain(&pieces, None, start..open);
            let Some(org) = idx.first().copied().flatten() else {
                continue;
            };
            let m = Mention {
                name: name_at..close,
                end: close + 1,
                posts: vec![PostMention {
                    org: Some(org),
                    role: title.role.clone(),
                    written: self.text(title.range.clone()),
                    former: title.former,
                    own: true,
                }],
                top_org: Some(org),
                title: Some(self.text(title.range.clone())),
            };
            let person = self.register_person(&m, r.clone());
            // (One list: the items follow one another.)
            if !listed.is_empty() && !matches!(self.t[last_close + 1..start], [] | ['、'] | ['和'] | ['及'])
            {
                listed.clear();
            }
            listed.push((person, m));
            last_close = close;
        }
        // `甲公司（人力资源总监 过建华）、乙公司（副总裁 周立群）等8家企业负责人依次发言`: the people of the list take
        // the verb after the words describing them.
        if !listed.is_empty()
            && let Some(q) = self.unnamed_people_end(last_close + 1, r.end)
        {
            let clause_end = (q..r.end)
                .find(|&k| matches!(self.t[k], '，' | '。' | '；'))
                .unwrap_or(r.end);
            let v = self.verbs_at(q, clause_end, r.clone());
            if !v.roles.is_empty() {
                for (person, m) in &listed {
                    self.add_participation(*person, m, &v, r.clone());
                }
            }
        }
    }

    /// `华帝股份有限公司（潘志江）、杭州老板电器股份有限公司（任振宇）当选副主任委员`: organizations, each with the
    /// name of its person in parentheses, elected together; the people take the posts. `Some` when the clause was
    /// such a list.
    fn elected_in_org_parens(&mut self, clause: Range<usize>) -> Option<()> {
        let text = self.text(clause.clone());
        let i = text.find("当选")?;
        let verb = clause.start + text[..i].chars().count();
        // The items first, registered only when the whole clause reads so.
        let mut items: Vec<(Range<usize>, Vec<OrgPiece>)> = Vec::new();
        let mut cur = clause.start;
        while cur < verb {
            let open = (cur..verb).find(|&q| self.t[q] == '（')?;
            let close = (open + 1..verb.min(open + 6)).find(|&q| self.t[q] == '）')?;
            let pieces = self
                .parse_orgs(cur..open)
                .filter(|p| matches!(p.as_slice(), [one] if !one.unit && one.range == (cur..open)))?;
            if self.name_at(open + 1, close) != Some(close) {
                return None;
            }
            items.push((open + 1..close, pieces));
            cur = close + 1;
            if cur < verb && matches!(self.t[cur], '、' | '和' | '及') {
                cur += 1;
            }
        }
        let mut at = verb + 2;
        if self.t.get(at) == Some(&'为') {
            at += 1;
        }
        let end = bare(&self.t, clause.clone()).end;
        if items.is_empty() || cur != verb || !(at..end.min(at + 50)).any(|q| self.title_at(q, end).is_some())
        {
            return None;
        }
        let mut people = Vec::new();
        for (name, pieces) in items {
            let (idx, _) = self.register_chain(&pieces, None, clause.clone());
            people.push((name, idx.first().copied().flatten()));
        }
        let posts = self.elected_posts(at, end, clause.clone());
        let v = Verbs {
            elected: posts,
            ..Verbs::default()
        };
        for (name, org) in people {
            let m = Mention {
                end: name.end + 1,
                name,
                posts: Vec::new(),
                top_org: org,
                title: None,
            };
            let person = self.register_person(&m, clause.clone());
            self.add_participation(person, &m, &v, clause.clone());
        }
        Some(())
    }

    /// Reads the people, their posts and roles, reports and exchange lists of every sentence.
    pub(crate) fn read_sentences(&mut self, sentences: &[Sentence]) {
        // The organization of the list of office-holders the lines below belong to, and the post of the label
        // line above (`副会长（按姓氏笔画排序）：`).
        let mut roster: Option<(Option<usize>, Option<PostMention>)> = None;
        let mut guests: Option<String> = None;
        let mut skip = false;
        for (i, sentence) in sentences.iter().enumerate() {
            if sentence.kind == LineKind::Headline || std::mem::take(&mut skip) {
                continue;
            }
            if let Some(next) = sentences.get(i + 1)
                && self.speaker_then_title(sentence.range.clone(), next.range.clone())
            {
                skip = true;
                continue;
            }
            if self.labelled_speaker(
                sentence.range.clone(),
                i.checked_sub(1).map(|p| sentences[p].range.clone()),
            ) {
                continue;
            }
            // The lines after `出席会议的领导和嘉宾有：` that each name one person with their titles.
            if let Some(role) = guests.clone() {
                if sentence.kind == LineKind::Body && self.guest_line(sentence.range.clone(), &role) {
                    continue;
                }
                // A line of the list this cannot read (a name that is also a place's, `宁　波`) ends nothing: it is
                // read as a sentence, and the lines after it are still the list's.
                if !(sentence.kind == LineKind::Body && self.list_like_line(sentence.range.clone())) {
                    guests = None;
                }
            }
            if sentence.kind == LineKind::Body
                && let Some(role) = self.guest_list_opener(sentence.range.clone())
            {
                guests = Some(role);
                continue;
            }
            if sentence.kind == LineKind::Body {
                self.people_in_org_parens(sentence.range.clone());
                // `出席会议的副会长有（按姓氏笔画排序）：` and its names, on the same line or the next.
                let next = sentences.get(i + 1).map(|n| n.range.clone());
                match self.titled_attendees(sentence.range.clone(), next) {
                    Some(true) => {
                        skip = true;
                        continue;
                    }
                    Some(false) => continue,
                    None => {}
                }
            }
            if let Some((org, label)) = roster.as_mut() {
                if let Some(new_label) = self.roster_line(sentence.range.clone(), *org, label.as_ref()) {
                    if let Some(l) = new_label {
                        *label = Some(l);
                    }
                    continue;
                }
                roster = None;
            }
            // The heading is read as a sentence too (`秘书长张华通报了表彰名单` names someone who did something).
            if let Some(org) = self.roster_heading(sentence.range.clone()) {
                roster = Some((org, None));
            }
            // `副会长（按姓氏笔画排序）：王海军（包头稀土研究院院长）、孙蕾；` after an election, with no heading:
            // the officers of the body elected, else of the body the meeting founds, else of the host.
            if roster.is_none()
                && let Some(org) = self.elected_org.flatten().or(self.founded).or(self.host)
                && self.opens_with_label(sentence.range.clone())
                && let Some(label) = self.roster_line(sentence.range.clone(), Some(org), None)
            {
                roster = Some((Some(org), label));
                continue;
            }
            self.read_sentence(sentence);
        }
    }

    /// A programme laid out as a line naming the speaker (`北京化工大学教授 严一鸣`: organization, title and
    /// name, nothing else) above a line holding only the title of the talk (`《聚丙烯复合材料…应用进展》`): the
    /// speaker gave that report.
    fn speaker_then_title(&mut self, line: Range<usize>, next: Range<usize>) -> bool {
        let r = bare(&self.t, line);
        let n = bare(&self.t, next);
        if r.is_empty()
            || r.len() > 50
            || n.len() < 4
            || self.t[n.start] != '《'
            || self.t[n.end - 1] != '》'
            || self.t[n.start + 1..n.end - 1]
                .iter()
                .any(|c| matches!(c, '《' | '》' | '\n'))
            || self.t[r.clone()]
                .iter()
                .any(|c| !is_han(*c) && !matches!(c, '（' | '）' | '、'))
        {
            return false;
        }
        let Some(m) = self.chain_at(r.start, r.end, &ChainContext::default(), r.clone()) else {
            return false;
        };
        if m.end != r.end || m.name.end != r.end || m.posts.is_empty() {
            return false;
        }
        let evidence = r.start..n.end;
        let person = self.register_person(&m, evidence.clone());
        let verbs = Verbs {
            roles: vec!["作报告".to_owned()],
            reports: vec![(n.start + 1..n.end - 1, "report")],
            elected: Vec::new(),
            rest_empty: true,
        };
        self.add_participation(person, &m, &verbs, evidence);
        true
    }

    /// The end of a head count at `at`, with a word before it or not: `约150人`, `共120余人`, `30余名`.
    fn count_end(&self, at: usize, end: usize) -> Option<usize> {
        self.counted(at, end, false)
    }

    /// The end of a head count opening a clause: `共30余人`, `共计50人`, `合计200余名`.
    fn head_count_end(&self, at: usize, end: usize) -> Option<usize> {
        self.counted(at, end, true)
    }

    /// A head count at `at`: a word before it (`共计`, `合计`, `共`; unless `total`, also `约`, `近`, `逾` or none),
    /// digits, `余` or `多`, and `人`, `名` or `位`. Where it ends.
    fn counted(&self, at: usize, end: usize, total: bool) -> Option<usize> {
        let totals: [&[char]; 3] = [&['共', '计'], &['合', '计'], &['共']];
        let about: [&[char]; 3] = [&['约'], &['近'], &['逾']];
        let word = totals
            .iter()
            .chain(if total { &[][..] } else { &about[..] })
            .find(|w| self.t[at..end].starts_with(w))
            .map(|w| w.len());
        if total && word.is_none() {
            return None;
        }
        let from = at + word.unwrap_or(0);
        let digits = (from..end).take_while(|&k| self.t[k].is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        let mut q = from + digits;
        if q < end && matches!(self.t[q], '余' | '多') {
            q += 1;
        }
        (q < end && matches!(self.t[q], '人' | '名' | '位')).then_some(q + 1)
    }

    /// `报告人：某某大学教授 张三` (also 主讲人, 演讲人), under a line holding only the 《title》 of the talk, or not:
    /// the speaker gave a report.
    fn labelled_speaker(&mut self, line: Range<usize>, above: Option<Range<usize>>) -> bool {
        let r = bare(&self.t, line);
        let Some(label) = [
            &['报', '告', '人', '：'][..],
            &['主', '讲', '人', '：'],
            &['演', '讲', '人', '：'],
        ]
        .into_iter()
        .find(|l| self.t[r.clone()].starts_with(l)) else {
            return false;
        };
        let at = r.start + label.len();
        if at >= r.end || r.len() > 60 {
            return false;
        }
        let m = match self.chain_at(at, r.end, &ChainContext::default(), r.clone()) {
            Some(m) if m.name.end == r.end => m,
            _ => match self.name_at(at, r.end) {
                Some(e) if e == r.end => Mention::bare(at..e),
                _ => return false,
            },
        };
        let title = above.map(|a| bare(&self.t, a)).filter(|n| {
            n.len() >= 4
                && self.t[n.start] == '《'
                && self.t[n.end - 1] == '》'
                && !self.t[n.start + 1..n.end - 1]
                    .iter()
                    .any(|c| matches!(c, '《' | '》'))
        });
        let evidence = title.as_ref().map_or(r.start, |n| n.start)..r.end;
        let person = self.register_person(&m, evidence.clone());
        let verbs = Verbs {
            roles: vec!["作报告".to_owned()],
            reports: title
                .map(|n| (n.start + 1..n.end - 1, "report"))
                .into_iter()
                .collect(),
            elected: Vec::new(),
            rest_empty: true,
        };
        self.add_participation(person, &m, &verbs, evidence);
        true
    }

    /// True when a line opens with a title as a label (`副会长：`, `副会长（按姓氏笔画排序）：`).
    fn opens_with_label(&self, range: Range<usize>) -> bool {
        let r = bare(&self.t, range);
        let Some(t) = self.title_at(r.start, r.end).filter(|t| t.range.start == r.start) else {
            return false;
        };
        let mut q = t.range.end;
        if self.t.get(q) == Some(&'（')
            && let Some(close) = (q..r.end.min(q + 12)).find(|&k| self.t[k] == '）')
        {
            q = close + 1;
        }
        // (`副理事长为：…`)
        if self.t.get(q) == Some(&'为') {
            q += 1;
        }
        self.t.get(q) == Some(&'：')
    }

    /// A line that opens a list of office-holders (`附：湖北省化工行业协会第五届理事会负责人名单`, `新一届理事会
    /// 领导班子名单`): the organization it names first, else the meeting's host.
    fn roster_heading(&mut self, range: Range<usize>) -> Option<Option<usize>> {
        let mut r = bare(&self.t, range);
        // `…名单如下：`, `…名单：`
        for tail in [&['如', '下', '：'][..], &['：'], &['如', '下']] {
            if self.t[r.clone()].ends_with(tail) {
                r.end -= tail.len();
                break;
            }
        }
        let line = &self.t[r.clone()];
        if line.len() > 40 || !line.ends_with(&['名', '单']) {
            return None;
        }
        let mut at = r.start;
        if let Some(colon) = line.iter().position(|&c| c == '：').filter(|&p| p <= 4) {
            at = r.start + colon + 1;
        }
        let org = (at + 2..r.end - 2)
            .rev()
            .find_map(|q| self.org_index.get(&self.t[at..q]).copied())
            .or(self.host);
        Some(org)
    }

    /// A line of a list of office-holders: `会长：严国栋 湖北楚天化工集团有限公司党委书记、董事长`, a label alone
    /// (`副会长（按姓氏笔画排序）：`), or a name with its posts under the label above (`王海波 荆州荆化化工有限公司
    /// 总经理`, `胡春燕（专职）`). Registers the person with the label's post in `org` and the posts written after
    /// the name; gives the label line's post (`Some(None)` for a line of names). Not a line of the list: `None`.
    fn roster_line(
        &mut self,
        range: Range<usize>,
        org: Option<usize>,
        label: Option<&PostMention>,
    ) -> Option<Option<PostMention>> {
        let r = bare(&self.t, range);
        if r.is_empty() || r.len() > 500 {
            return None;
        }
        let mut at = r.start;
        let mut new_label = None;
        if let Some(t) = self.title_at(at, r.end) {
            let mut q = t.range.end;
            if self.t.get(q) == Some(&'（') {
                q = (q..r.end).find(|&k| self.t[k] == '）')? + 1;
            }
            if self.t.get(q) == Some(&'为') {
                q += 1;
            }
            if self.t.get(q) != Some(&'：') {
                return None;
            }
            new_label = Some(PostMention {
                org,
                role: t.role.clone(),
                written: self.text(t.range.clone()),
                former: false,
                own: false,
            });
            at = q + 1;
            if at >= r.end {
                return Some(new_label);
            }
        }
        let label = new_label.as_ref().or(label)?.clone();
        // `副会长：张三、李四、王五`: names alone, each holding the label's post, or with their own posts in
        // parentheses (`王海军（包头稀土研究院院长）、孙蕾`).
        let mut names: Vec<(Range<usize>, Option<Range<usize>>)> = Vec::new();
        let mut q = at;
        while let Some(e) = self.name_at(q, r.end) {
            let mut next = e;
            let mut own = None;
            if self.t.get(e) == Some(&'（')
                && let Some(close) = (e + 1..r.end.min(e + 50)).find(|&k| self.t[k] == '）')
            {
                own = Some(e + 1..close);
                next = close + 1;
            }
            names.push((q..e, own));
            if next < r.end && self.t[next] == '、' {
                q = next + 1;
            } else {
                q = next;
                break;
            }
        }
        if names.len() > 1 && q == r.end {
            for (name, own) in names {
                let (mut posts, top_org) = own
                    .and_then(|o| self.titles_only(o, r.clone()))
                    .unwrap_or_default();
                if label.org.is_some() {
                    posts.insert(0, label.clone());
                }
                let m = Mention {
                    end: name.end,
                    name,
                    posts,
                    top_org,
                    title: None,
                };
                self.register_person(&m, r.clone());
            }
            return Some(new_label);
        }
        if r.len() > 60 {
            return None;
        }
        let name_end = self.name_at(at, r.end)?;
        let mut rest = name_end;
        let mut posts = Vec::new();
        let mut top_org = None;
        if self.t.get(rest) == Some(&'（') {
            // `韦振华（南京维森…有限公司董事长）`: the person's own posts; `胡春燕（专职）`: a note on the post.
            let close = (rest..r.end).find(|&k| self.t[k] == '）')?;
            (posts, top_org) = self.titles_only(rest + 1..close, r.clone()).unwrap_or_default();
            rest = close + 1;
        }
        if rest < r.end {
            if self.t[rest] != ' ' {
                return None;
            }
            let (more, top) = self.titles_only(rest + 1..r.end, r.clone())?;
            posts.extend(more);
            top_org = top_org.or(top);
        }
        if label.org.is_some() {
            posts.push(label);
        }
        let title = (name_end < r.end).then(|| self.text(rest..r.end).trim().to_owned());
        let m = Mention {
            name: at..name_end,
            end: r.end,
            posts,
            top_org,
            title: title.filter(|t| !t.is_empty()),
        };
        self.register_person(&m, r);
        Some(new_label)
    }

    fn read_sentence(&mut self, sentence: &Sentence) {
        let caption = sentence.kind == LineKind::Caption;
        let mut ctx = ChainContext::default();
        let mut pending: Vec<(usize, Mention)> = Vec::new();
        let mut pre_role: Option<String> = None;
        // The sentence names a panel the meeting is held by and its members (`鉴定委员会由…任主任委员`).
        let mut panel = false;
        // Titles in one organization ending a clause before the titles and name of the same person in another:
        // `山东钢铁集团有限公司党委常委、副总经理，山东钢铁集团日照有限公司党委书记、董事长邢建国`.
        let mut carry: Option<(Vec<PostMention>, Option<usize>, String)> = None;
        let mut electing = false;
        // `增补甲公司董事长张三，乙公司总经理李四为副会长`: people elected together, each with their own chain in
        // a clause of their own, before the one 为 that gives their post.
        let mut elect_list: Vec<(usize, Mention)> = Vec::new();
        // The people the clause before gave a role to: `主持座谈，并对…表示欢迎` goes on with their next one.
        let mut last: Vec<(usize, Mention)> = Vec::new();
        let mut last_roles: Vec<String> = Vec::new();
        // Whether the people of `last` were just elected or appointed, with no verb of their own yet.
        let mut last_appointed = false;
        // People named at the start of a clause whose words gave them no role, with where those words start, and the
        // clauses that open with people of their own (see `spoke_later`).
        let mut unroled: Vec<(usize, Mention, usize)> = Vec::new();
        let mut pending_words: Option<usize> = None;
        let mut label: Option<(usize, PostMention)> = None;
        let mut subjects: Vec<usize> = Vec::new();
        // Bodies named alone in clauses of their own after the people of a list, before its verb (see below).
        let mut listed_bodies: Vec<Vec<OrgPiece>> = Vec::new();
        for clause in &sentence.clauses {
            if !caption {
                self.note_elected_body(clause.clone());
            }
            if !caption && self.elected_in_org_parens(clause.clone()).is_some() {
                continue;
            }
            // `…当选联盟理事长；副理事长为：邬建平（…总裁）、齐萌（…副院长）`: the officers of the body just elected
            // (the names may stand in a clause of their own after the label).
            if let Some((org, l)) = label.take()
                && self.roster_line(clause.clone(), Some(org), Some(&l)).is_some()
            {
                continue;
            }
            if !caption
                && ["当选", "选举"]
                    .iter()
                    .any(|w| self.text(sentence.range.start..clause.start).contains(w))
                && self.opens_with_label(clause.clone())
                && let Some(org) = self.elected_org.flatten()
                && let Some(l) = self.roster_line(clause.clone(), Some(org), None)
            {
                label = l.map(|l| (org, l));
                continue;
            }
            let end = bare(&self.t, clause.clone()).end;
            let clause_ev = bare(&self.t, clause.clone());
            let mut carried = carry.take();
            let mut pos = self.skip_openers(clause.start, end);
            // Whether the clause names its meeting, then who chairs it or speaks at it after 由.
            let mut chaired_by = false;
            // `标准主要起草单位代表——甲公司技术总监庞嘉言、…`: what the people are, then a dash before their names.
            if let Some(dash) =
                (pos + 2..end.min(pos + 16)).find(|&q| self.t[q] == '—' && self.t.get(q + 1) == Some(&'—'))
                && self.t[pos..dash].iter().all(|&c| is_han(c))
            {
                pos = dash + 2;
            }
            let generic_pre_role = self.generic_pre_role(pos, end);
            if let Some((word, role)) = self
                .lex
                .pre_roles
                .iter()
                .find(|(w, _)| self.t[pos..end].starts_with(w))
                .map(|(w, r)| (w.clone(), r.clone()))
                .or(generic_pre_role)
            {
                pre_role = Some(role);
                pos += word.len();
                if pos >= end {
                    continue;
                }
            }
            // `上午的会长办公会由…主持`: the meeting named before 由, then who chairs it.
            if pre_role.is_none()
                && let Some(q) = (pos + 3..end.min(pos + 16)).find(|&q| self.t[q] == '由')
                && self.names_a_meeting(pos..q)
            {
                pos = q + 1;
                chaired_by = true;
            }
            // `评审专家组由A，B，C…共7人组成`: the members of the panel the meeting is held by take part in it.
            // `评价专家组由…院士、…教授袁启明任组长`: the people after the panel.
            if pre_role.is_none()
                && let Some(q) = (pos + 2..end.min(pos + 12)).find(|&q| {
                    self.t[q] == '由'
                        && (self.t[q - 1] == '组' || self.t[pos..q].ends_with(&['委', '员', '会']))
                        && self.t[pos..q].iter().all(|&c| is_han(c))
                })
            {
                let said = self.text(sentence.range.clone());
                if ["组成", "任组长", "任主任委员"].iter().any(|w| said.contains(w)) {
                    pre_role = Some("参加".to_owned());
                    panel = true;
                }
                pos = q + 1;
            }
            // `…任主任委员，…任副主任委员，委员包括：A，B`: the rest of the panel.
            if panel
                && let Some(w) = ["委员包括", "成员包括", "委员有", "成员有"]
                    .iter()
                    .find(|w| self.text(pos..end).starts_with(*w))
            {
                pos = (pos + w.chars().count()).min(end);
                if pos < end && self.t[pos] == '：' {
                    pos += 1;
                }
                if pos >= end {
                    continue;
                }
            }
            // `选举张三为会长`: an election written with the person first, also after its manner
            // (`并以举手表决方式增补…为副会长`).
            let mut manner = pos;
            if self.t.get(manner) == Some(&'并') {
                manner += 1;
            }
            if self.t.get(manner) == Some(&'以')
                && let Some(q) = self.manner_end(manner, end)
                && self
                    .lex
                    .elect_openers
                    .iter()
                    .any(|w| self.t[q..end].starts_with(w))
            {
                pos = q;
            }
            // `大会还聘请钟立新为商会名誉会长`, `并选举…`: an adverb between the meeting and the election (or
            // what it decided: `会议决定聘请濮振华为协会名誉会长`; how: `表决通过增补…为…常务理事`).
            if let Some(lead) = [
                "大会还",
                "会议还",
                "大会并",
                "会议并",
                "大会决定",
                "会议决定",
                "会议表决通过",
                "大会表决通过",
                "表决通过",
                "还",
                "并",
                "同时",
                "决定",
            ]
            .iter()
            .find(|w| {
                let w: Vec<char> = w.chars().collect();
                self.t[pos..end].starts_with(&w)
                    && self
                        .lex
                        .elect_openers
                        .iter()
                        .any(|o| self.t[pos + w.len()..end].starts_with(o))
            }) {
                pos += lead.chars().count();
            }
            let mut elect = self
                .lex
                .elect_openers
                .iter()
                .find(|w| self.t[pos..end].starts_with(w))
                .map(Vec::len);
            // `五届一次监事会选举马永红为监事长`, `随后召开的第九届理事会第一次会议选举…`: the body or the meeting that
            // elects, then 选举.
            if elect.is_none()
                && let Some(q) =
                    (pos + 2..end.min(pos + 20)).find(|&q| self.t[q..end].starts_with(&['选', '举']))
                && matches!(self.t[q - 1], '会' | '议')
                && self.t[pos..q].iter().all(|&c| is_han(c))
            {
                elect = Some(q + 2 - pos);
            }
            // `选举刘强为会长，张伟、王芳为副会长`: the election goes on in the next clause.
            if elect.is_none() && electing && self.names_then_wei(pos, end).is_some() {
                elect = Some(0);
            }
            let listed = std::mem::take(&mut elect_list);
            if elect.is_none() && electing && !listed.is_empty() {
                elect = Some(0);
            }
            let was_electing = electing;
            electing = elect.is_some();
            if let Some(len) = elect {
                pos += len;
            }
            if elect.is_none()
                && let Some(q) = self.description_before_paren_titles(pos, end)
            {
                pos = q;
            }
            // `…担任主持人，与甲公司副总裁张三、乙公司总工程师李四等嘉宾，围绕…进行了深入对话`: the people a clause
            // opens with after 与 (not `与会`) are read as its own.
            if elect.is_none()
                && pos == self.skip_openers(clause.start, end)
                && self.t.get(pos) == Some(&'与')
                && self.t.get(pos + 1) != Some(&'会')
                && self
                    .mention_at(pos + 1, end, &ctx, false, clause_ev.clone())
                    .is_some()
            {
                pos += 1;
            }
            let names_from = pos;
            let mut mentions: Vec<(usize, Mention)> = Vec::new();
            let mut after_separator = false;
            // `选举马永红为监事长`, `选举张三、李四为副会长`: names without titles before 为; `公司领导班子成员付秀丽、
            // 邓江、许家明出席会议`: names without titles after words describing them.
            let bare = elect
                .is_some()
                .then(|| self.names_then_wei(pos, end))
                .flatten()
                .or_else(|| self.described_names(pos, end));
            if let Some((names, q)) = bare {
                for name in names {
                    let m = Mention::bare(name);
                    let person = self.register_person(&m, clause_ev.clone());
                    mentions.push((person, m));
                }
                pos = q;
            }
            if mentions.is_empty()
                && let Some((mut m, q)) = self.titles_then_de_name(pos, end, clause_ev.clone())
            {
                if let Some(carried) = carried.take() {
                    m.take_carried(carried);
                }
                let person = self.register_person(&m, clause_ev.clone());
                mentions.push((person, m));
                pos = q;
            }
            // (Names read bare are all the clause's: no chain is read after them, whose organizations would be
            // registered for nothing: `聘任侯振华为协会…分会理事长`.)
            let names_read = !mentions.is_empty();
            while !names_read
                && let Some(m) = self.mention_at(pos, end, &ctx, after_separator, clause_ev.clone())
            {
                let mut m = m;
                if let Some(carried) = carried.take()
                    && mentions.is_empty()
                    && !m.posts.is_empty()
                {
                    m.take_carried(carried);
                }
                let person = self.register_person(&m, clause_ev.clone());
                if let Some(last) = m.posts.iter().rev().find(|p| p.org.is_some()) {
                    ctx.last_org = last.org;
                    ctx.last_org_written = last.org.map(|o| {
                        if self.orgs[o].unit {
                            last.written
                                .strip_suffix(last.role.as_str())
                                .map_or_else(|| self.orgs[o].name.clone(), str::to_owned)
                        } else {
                            self.orgs[o].name.clone()
                        }
                    });
                    ctx.formal_org = m.top_org;
                }
                ctx.mention = Some(m.clone());
                pos = self.foreign_spelling_end(m.end, end);
                // `司徒婉（组长）、…`: a short word in parentheses after the name (the person's part in a panel) goes
                // on to the next name.
                if self.t.get(pos) == Some(&'（')
                    && let Some(close) = (pos + 1..end.min(pos + 7)).find(|&q| self.t[q] == '）')
                    && self.t[pos + 1..close].iter().all(|&c| is_han(c))
                    && matches!(self.t.get(close + 1), Some('、' | '和' | '及' | '与'))
                {
                    pos = close + 1;
                }
                mentions.push((person, m));
                if pos < end && matches!(self.t[pos], '、' | '和' | '及' | '与') {
                    pos += 1;
                    after_separator = true;
                    continue;
                }
                // `联合会总工程师钱卫东以及行业发展部主任邵敏先后发言`
                if self.t[pos..end].starts_with(&['以', '及']) {
                    pos += 2;
                    after_separator = true;
                    continue;
                }
                break;
            }
            if !mentions.is_empty() {
                subjects.push(clause.start);
            }
            // `中国皮革协会理事长陈岩、中国家用电器协会理事长姜风（均为联合会副会长）出席`: posts the names of the
            // clause all hold, in parentheses before their verb.
            if !mentions.is_empty()
                && let Some(close) = self.shared_posts_paren(pos, end)
            {
                if let Some((posts, _)) = self.titles_only(pos + 3..close, clause_ev.clone()) {
                    for (person, _) in &mentions {
                        for post in &posts {
                            self.add_post(*person, post, clause_ev.clone(), false);
                        }
                    }
                }
                pos = close + 1;
            }
            if mentions.is_empty()
                && !caption
                && end > pos
                && self.t.get(end) == Some(&'，')
                && let Some((posts, top)) = self.titles_only(pos..end, clause_ev.clone())
            {
                // (Titles in a third organization may follow in a clause of their own.)
                carry = Some(match carried {
                    Some((mut before, before_top, written)) => {
                        before.extend(posts);
                        (
                            before,
                            before_top.or(top),
                            format!("{written}，{}", self.text(pos..end)),
                        )
                    }
                    None => (posts, top, self.text(pos..end)),
                });
                continue;
            }
            // `…总经理荆磊，赣州市地方金融管理局，吉安市地方金融管理局，以及九江市融资担保集团有限公司作交流发言`:
            // bodies named alone, each in a clause of its own between the people of a list and its verb, are listed
            // with them and take the verb when the list does.
            if mentions.is_empty()
                && !caption
                && !pending.is_empty()
                && carried.is_none()
                && let Some((orgs, after)) = self.org_list(pos, end)
                && after >= end
            {
                listed_bodies.extend(orgs);
                continue;
            }
            if mentions.is_empty()
                && let Some(roles) = self.org_list_roles(pos, end, sentence)
                && !roles.is_empty()
            {
                // `…秘书长秦悦，副秘书长庞立新，甲公司、乙公司等会员单位代表参加座谈`: the people named in the clauses
                // before take part as the organizations' people do.
                // (So they do when the verb is said to be everyone's in turn: `…，以及甲公司、乙公司等企业负责人先后
                // 发言`.)
                let in_turn = ["先后", "依次", "分别"]
                    .iter()
                    .any(|w| self.text(pos..end).contains(w));
                // (And when the organizations join the people's list: `A、B，以及甲公司、乙公司等单位代表作交流发言`.)
                let joined = self.t[clause.start..end].starts_with(&['以', '及']);
                if (in_turn || joined || roles.iter().all(|r| r == "出席" || r == "参加"))
                    && !pending.is_empty()
                {
                    let v = Verbs {
                        roles: roles.clone(),
                        ..Verbs::default()
                    };
                    let ev = sentence.range.clone();
                    for (person, m) in std::mem::take(&mut pending) {
                        self.add_participation(person, &m, &v, ev.clone());
                    }
                }
                self.listed_bodies_take_part(
                    std::mem::take(&mut listed_bodies),
                    &roles,
                    sentence.range.clone(),
                );
                continue;
            }
            // (`选举甲为会长，乙公司董事长丙等6人为副会长`: a person with titles elected in the next clause.)
            if (elect.is_some() || was_electing)
                && !caption
                && !mentions.is_empty()
                && let Some(wei) = self.wei_after_others(pos, end)
            {
                electing = true;
                let posts = self.elected_posts(wei + 1, end, clause_ev.clone());
                let v = Verbs {
                    elected: posts,
                    ..Verbs::default()
                };
                for (person, m) in listed.iter().chain(&mentions) {
                    self.add_participation(*person, m, &v, clause_ev.clone());
                }
                continue;
            }
            // The clause ends after the people elected: their post comes in the next clause.
            if elect.is_some() && !caption && !mentions.is_empty() && pos >= end {
                elect_list = listed;
                elect_list.extend(mentions);
                continue;
            }
            let mut verbs = if caption {
                Verbs::default()
            } else {
                self.verbs_at(pos, end, clause_ev.clone())
            };
            // `会议还听取了…副总经理黎秋华关于…情况的汇报`: the people whose report the meeting heard gave it.
            if !caption
                && !mentions.is_empty()
                && verbs.roles.is_empty()
                && self
                    .text(names_from..(names_from + 5).min(mentions[0].1.name.start))
                    .contains("听取")
                && self.heard_report(pos, end)
            {
                verbs.roles.push("作报告".to_owned());
            }
            // (A member's post on the panel, `…曲振岳任主任委员`, is no post to record.)
            if panel && self.t.get(pos) == Some(&'任') {
                verbs = Verbs::default();
            }
            // `马丽及省内18家钢铁企业负责人等70余人参加会议`, `覃健等9位专家参加评价会`, and a clause after a list
            // (`…曾慧敏，省工业和信息化厅原材料工业处相关同志参加座谈`): people left unnamed before an attendance
            // verb or an election; the people named take that verb.
            if !caption
                && verbs.roles.is_empty()
                && verbs.elected.is_empty()
                && verbs.reports.is_empty()
                && (!mentions.is_empty() || !pending.is_empty())
                && let Some(q) = self.unnamed_people_end(pos, end)
            {
                let v = self.verbs_at(q, end, clause_ev.clone());
                let attending = !v.roles.is_empty()
                    && v.reports.is_empty()
                    && v.roles.iter().all(|r| r == "出席" || r == "参加");
                // `梁颂文、区志坚、冼耀明等与会领导…作了交流发言`: names listed in this clause, then `等` and the
                // people they are, take any verb.
                let listed = !mentions.is_empty() && self.t.get(pos) == Some(&'等') && !v.roles.is_empty();
                if attending || listed || !v.elected.is_empty() {
                    verbs = v;
                }
            }
            if mentions.is_empty() {
                // `…副市长郗文斌，泰山石膏有限公司党委书记、董事长、石膏分会会长单位代表任东升先后致辞`: the last of a
                // list is not read, but the verb it shares with the people before it ends its clause.
                let shared = (verbs.roles.is_empty() && !caption && !pending.is_empty())
                    .then(|| self.shared_verb_at_end(pos, end, clause_ev.clone()))
                    .flatten();
                if let Some(v) = shared {
                    let ev = sentence.range.clone();
                    for (person, m) in std::mem::take(&mut pending) {
                        self.add_participation(person, &m, &v, ev.clone());
                    }
                } else if !verbs.roles.is_empty() && !pending.is_empty() {
                    let ev = sentence.range.clone();
                    for (person, m) in std::mem::take(&mut pending) {
                        self.add_participation(person, &m, &verbs, ev.clone());
                    }
                } else if !caption
                    && !verbs.roles.is_empty()
                    && pending.is_empty()
                    && std::mem::take(&mut last_appointed)
                    && self.verb_starts(pos)
                {
                    // `…晁景明任鉴定委员会主任委员，主持鉴定会`: what the people just appointed do next.
                    let ev = sentence.range.clone();
                    for (person, m) in &last {
                        self.add_participation(*person, m, &verbs, ev.clone());
                    }
                } else if !caption
                    && pending.is_empty()
                    && let Some(len) = self.people_pronoun(pos, end, last.len())
                {
                    // `…闫丽华出席并代表双方签约，两人先后致辞`: the people just named.
                    let v = self.verbs_at(pos + len, end, clause_ev.clone());
                    let ev = sentence.range.clone();
                    for (person, m) in &last {
                        self.add_participation(*person, m, &v, ev.clone());
                    }
                } else if !caption && pending.is_empty() && !last.is_empty() && self.t.get(pos) == Some(&'并')
                {
                    // `出席会议，并代表协会作了题为《…》的工作报告`, `主持座谈，并对调研组一行的到来表示欢迎`.
                    let mut q = pos + 1;
                    if self.t[q..end].starts_with(&['代', '表'])
                        && let Some(v) = (q + 2..end.min(q + 16)).find(|&k| self.verb_starts(k))
                    {
                        q = v;
                    }
                    let v = self.verbs_at(q, end, clause_ev.clone());
                    // `作了…工作报告，回顾了…，并介绍了…`: what the speech went on to say is no statement of its own;
                    // `通报了…结果，并对公约主要条款进行了解读`: nor is what a briefing went on to explain a report.
                    let spoke = last_roles
                        .iter()
                        .any(|r| r == "通报" || r == "作报告" || r == "讲话");
                    let more = v.roles.iter().any(|r| r != "发言" && !(spoke && r == "作报告"))
                        || !v.reports.is_empty();
                    if more {
                        let ev = sentence.range.clone();
                        for (person, m) in &last {
                            self.add_participation(*person, m, &v, ev.clone());
                        }
                    }
                } else if !caption
                    && pending.is_empty()
                    && last_roles.iter().all(|r| r == "出席" || r == "参加")
                    && last.len() >= 2
                    && (self.t[pos..end].starts_with(&['分', '别'])
                        || self.t[pos..end].starts_with(&['先', '后']))
                    && let Some(v) = self.shared_verb_at_end(pos, end, clause_ev.clone())
                {
                    // `…黄丽娜副局长应邀到会，分别就企业关心的问题作了解答`: the people who came then each spoke.
                    let ev = sentence.range.clone();
                    for (person, m) in &last {
                        self.add_participation(*person, m, &v, ev.clone());
                    }
                } else if !caption
                    && verbs.roles.is_empty()
                    && verbs.elected.is_empty()
                    && !pending.is_empty()
                    && self.unnamed_people_end(pos, end).is_none()
                {
                    // `…副部长钱明宇等嘉宾，围绕…进行了深入对话`: the first clause after people that gives no role
                    // (to them, or to others: `企业代表作交流发言`), where words of speaking may be searched for if
                    // none comes.
                    pending_words.get_or_insert(pos);
                }
                continue;
            }
            last.clear();
            if caption {
                continue;
            }
            if verbs.roles.is_empty() && verbs.elected.is_empty() {
                // `…总经理范志刚等企业代表，结合…作了交流发言`: people left unnamed end the clause; the verb follows.
                let unnamed_rest = pos < end
                    && end - pos <= 20
                    && self.t[pos] == '等'
                    && self.t[pos..end].iter().all(|&c| is_han(c) || c.is_ascii_digit())
                    && self
                        .lex
                        .people_nouns
                        .iter()
                        .any(|w| self.t[pos..end].ends_with(w));
                // `…教授曲振岳任主任委员`: the member's post on the panel is no post to record.
                let panel_post = panel
                    && self.t.get(pos) == Some(&'任')
                    && self.title_at(pos + 1, end).is_some_and(|t| t.range.end == end);
                // `钟立新代表项目组，从…作了介绍`: on whose behalf, then the verb in the next clause.
                let behalf = self.t[pos..end].starts_with(&['代', '表'])
                    && end - pos <= 16
                    && self.t[pos..end].iter().all(|&c| is_han(c));
                // (`出席会议的审查专家有：…，…副主任廉晓晖等7位专家，`: a count closes the list a role opened.)
                let counted = self.t[pos..end]
                    .iter()
                    .any(|&c| c.is_ascii_digit() || matches!(c, '位' | '名'));
                if verbs.rest_empty
                    || panel_post
                    || behalf
                    || (unnamed_rest && (pre_role.is_none() || counted))
                {
                    if let Some(role) = &pre_role {
                        let v = Verbs {
                            roles: vec![role.clone()],
                            ..Verbs::default()
                        };
                        for (person, m) in &mentions {
                            self.add_participation(*person, m, &v, clause_ev.clone());
                        }
                    } else {
                        pending.extend(mentions);
                    }
                } else {
                    // The people of the clauses before, named with nothing after them, share these words.
                    let listed = pending.iter().cloned().chain(mentions);
                    unroled.extend(listed.map(|(person, m)| (person, m, pos)));
                }
                continue;
            }
            let ev = if pending.is_empty() {
                clause_ev.clone()
            } else {
                sentence.range.clone()
            };
            // `甲，乙，丙当选副会长`: the people of the clauses before share an election; but what the clause's own
            // people do after their post (`丙任鉴定委员会主任委员并主持鉴定会`) is theirs alone.
            if !verbs.elected.is_empty() && !verbs.roles.is_empty() && !pending.is_empty() {
                let elected = Verbs {
                    roles: Vec::new(),
                    reports: Vec::new(),
                    elected: verbs.elected.clone(),
                    rest_empty: true,
                };
                for (person, m) in std::mem::take(&mut pending) {
                    self.add_participation(person, &m, &elected, sentence.range.clone());
                }
            }
            // (`审查会由审查组组长晏国生主持`: the one named after 由 alone, not the people listed before.)
            let all: Vec<(usize, Mention)> = if chaired_by {
                mentions
            } else {
                std::mem::take(&mut pending).into_iter().chain(mentions).collect()
            };
            if all.len() > 1 && verbs.reports.len() == all.len() {
                // `甲、乙分别作《A》和《B》报告`: one report each, in order.
                for ((person, m), report) in all.iter().zip(&verbs.reports) {
                    let one = Verbs {
                        roles: verbs.roles.clone(),
                        reports: vec![report.clone()],
                        elected: verbs.elected.clone(),
                        rest_empty: true,
                    };
                    self.add_participation(*person, m, &one, ev.clone());
                }
                continue;
            }
            // `甲、乙、丙分别以《A》《B》为题作报告` with a count that does not match: the roles hold, but no report
            // can be given to its author.
            let verbs = if all.len() > 1 && verbs.reports.len() > 1 && verbs.reports.len() != all.len() {
                Verbs {
                    reports: Vec::new(),
                    ..verbs
                }
            } else {
                verbs
            };
            for (person, m) in &all {
                self.add_participation(*person, m, &verbs, ev.clone());
            }
            if !chaired_by {
                self.listed_bodies_take_part(std::mem::take(&mut listed_bodies), &verbs.roles, ev.clone());
            }
            last_appointed = verbs.roles.is_empty() && !verbs.elected.is_empty();
            if !verbs.roles.is_empty() || last_appointed {
                last = all;
                last_roles = verbs.roles;
            }
        }
        if let Some(from) = pending_words {
            unroled.extend(pending.into_iter().map(|(person, m)| (person, m, from)));
        }
        if !caption {
            self.spoke_later(unroled, &subjects, sentence.range.clone());
        }
    }

    /// The bodies named alone in a list of people take the list's roles.
    fn listed_bodies_take_part(
        &mut self,
        bodies: Vec<Vec<OrgPiece>>,
        roles: &[String],
        evidence: Range<usize>,
    ) {
        for pieces in bodies {
            let (idx, _) = self.register_chain(&pieces, None, evidence.clone());
            if let Some(org) = idx.last().copied().flatten() {
                self.org_took_part(org, roles, evidence.clone());
            }
        }
    }

    /// Whether the words after the names of a clause opened by 听取 say what was heard was their report:
    /// `关于…情况的汇报`, `的工作报告`, `所作的…报告`.
    fn heard_report(&self, at: usize, end: usize) -> bool {
        let said = self.text(at..end);
        let said = said.strip_prefix("所作").unwrap_or(&said);
        (said.starts_with('的') || said.starts_with("关于"))
            && ["汇报", "报告"].iter().any(|w| said.ends_with(w))
            && said.chars().count() <= 80
    }

    /// People who open a clause and are given no role by the words right after them, but whose sentence goes on to
    /// say they spoke in words no role verb lists (`…聂芳等企业负责人结合自身实际，从…等方面介绍了生产经营情况`,
    /// `…等8个团队，先后推介了…科研成果`, `…围绕…等话题开展圆桌对话`): they made a statement (发言). The words
    /// read are theirs up to the next clause that opens with people of its own.
    fn spoke_later(
        &mut self,
        people: Vec<(usize, Mention, usize)>,
        subjects: &[usize],
        sentence: Range<usize>,
    ) {
        const SPEAKING: [&str; 6] = ["讲话", "致辞", "作报告", "总结讲话", "发言", "通报"];
        for (person, m, from) in people {
            // `唐敏从…方面，对…进行了解读`: what someone who spoke already says is part of that speech; and people
            // listed with nothing after them may have taken the verb of a later clause.
            let spoken = self.participations.iter().any(|p| {
                p.who == Who::Person(person)
                    && (p.roles.iter().any(|r| SPEAKING.contains(&r.as_str()))
                        || p.evidence.start >= sentence.start && p.evidence.end <= sentence.end)
            });
            if spoken {
                continue;
            }
            let to = subjects
                .iter()
                .copied()
                .find(|&s| s > from)
                .unwrap_or(sentence.end);
            if let Some((v, to)) = self.speech_after(from, to) {
                let evidence = bare(&self.t, sentence.start..to);
                self.add_participation(person, &m, &v, evidence);
            }
        }
    }

    /// Words of speaking that no role verb lists, within reach after `from` and before `to`, and the verbs they
    /// give (a statement, or a report for a titled keynote, a work report or a paper released), with where the
    /// words read end.
    fn speech_after(&self, from: usize, to: usize) -> Option<(Verbs, usize)> {
        /// Words of speaking; a meeting named after one (`发布会`, `分享会`) is not one.
        const SPEECH: [&str; 17] = [
            "发言", "分享", "演讲", "介绍", "回应", "汇报", "推介", "发布", "对话", "解读", "讲解", "点评",
            "阐述", "路演", "答疑", "解答", "讨论",
        ];
        /// Words before which the people listen, visit, receive, sign or hold the meeting rather than speak.
        const OTHER: [&str; 22] = [
            "听取", "观看", "聆听", "参观", "考察", "调研", "会见", "看望", "走访", "陪同", "感谢", "欢迎",
            "据", "颁发", "授予", "签署", "签约", "见证", "获", "主办", "承办", "协办",
        ];
        /// How far after the names the words of speaking may stand.
        const REACH: usize = 100;
        let to = to.min(from + REACH).min(self.t.len());
        if from >= to {
            return None;
        }
        let said = self.text(from..to);
        let (i, word) = SPEECH.iter().filter_map(|w| said.find(w).map(|i| (i, w))).min()?;
        let before = &said[..i];
        // (Nor one inside a name in quotation marks: `“2024云南花卉产业推介暨产销对接会”`.)
        let open = |o: char, c: char| before.matches(o).count() > before.matches(c).count();
        // (Nor do they speak who drafted what is then put into force: `…等12家单位共同起草，已于…发布实施`; but the
        // drafting group or its drafters may: `代表起草组发言`, `（标准起草人）…进行了解读`.)
        let drafted = ["起草", "编写", "编制"].iter().any(|w| {
            before
                .match_indices(w)
                .any(|(k, _)| !before[k + w.len()..].starts_with(['组', '人', '单', '说']))
        });
        if said[i + word.len()..].starts_with('会')
            || said[i + word.len()..].starts_with("实施")
            || drafted
            || OTHER.iter().any(|w| before.contains(w))
            || open('“', '”')
            || open('《', '》')
        {
            return None;
        }
        // A paper released is a report with its title (`发布了《…年度报告2025》`; a list or a standard released is
        // a statement).
        let mut q = from + said[..i + word.len()].chars().count();
        if self.t.get(q) == Some(&'了') {
            q += 1;
        }
        let paper = (*word == "发布" && self.t.get(q) == Some(&'《'))
            .then(|| (q + 1..to).find(|&k| self.t[k] == '》').map(|close| q + 1..close))
            .flatten()
            .filter(|title| {
                let title = self.text(title.clone());
                ["报告", "白皮书", "蓝皮书"].iter().any(|w| title.contains(w))
            });
        // So are a titled keynote and a work report (`作题为《…》的主旨演讲`, `作…工作汇报`).
        let report = paper.is_some()
            || match *word {
                "演讲" => said.contains('《'),
                "汇报" => before.ends_with("工作"),
                _ => false,
            };
        let v = Verbs {
            roles: vec![if report { "作报告" } else { "发言" }.to_owned()],
            reports: paper.into_iter().map(|t| (t, "report")).collect(),
            ..Verbs::default()
        };
        Some((v, to))
    }

    /// A clause that lists organizations (`甲协会、乙协会等参会代表`): they take the roles of the verbs after
    /// them, or `交流` in a sentence about an exchange. Returns whether the clause was such a list.
    fn org_list_roles(&mut self, at: usize, end: usize, sentence: &Sentence) -> Option<Vec<String>> {
        // (`来自A、B等单位的代表`: where the people come from.)
        let at = if self.t[at..end].starts_with(&['来', '自']) {
            at + 2
        } else {
            at
        };
        let (orgs, mut after) = self
            .org_list(at, end)
            .or_else(|| self.counted_short_names(at, end))?;
        // `集团总部各部门负责人…参加`: the people of units the text does not name, not the body's own.
        if self.t.get(after) == Some(&'各') {
            return None;
        }
        // `鉴定委员会专家出席会议`: the panel an appraisal or review sets up is no body taking part.
        if let [pieces] = orgs.as_slice()
            && let [piece] = pieces.as_slice()
            && (3..=5).contains(&piece.range.len())
            && matches!(self.t[piece.range.end - 1], '会' | '组')
            && super::PANELS.contains(&self.text(piece.range.clone()).as_str())
        {
            return None;
        }
        let mut tail_seen = false;
        // The people of the organizations are named by a few words of their own (`有关处室负责同志`), not `等`.
        let mut loose_tail = false;
        if after < end && self.t[after] == '等' {
            after += 1;
            tail_seen = true;
            // `结合长沙国际会议中心、湘江新区某医院等项目`: works the bodies are named for, not the bodies.
            if [['项', '目'], ['工', '程'], ['案', '例']]
                .iter()
                .any(|w| self.starts_with(after, w))
            {
                return None;
            }
        }
        // `等12家会员企业`, `顺美陶瓷、锦达工艺品两家企业代表` (but `协会200余家会员单位的代表` are the
        // association's members).
        let counted = tail_seen || orgs.len() >= 2;
        let digits = (after..end)
            .take_while(|&q| self.t[q].is_ascii_digit() || "余多一二两三四五六七八九十".contains(self.t[q]))
            .count();
        if counted && digits > 0 && after + digits < end && matches!(self.t[after + digits], '家' | '个') {
            after += digits + 1;
            tail_seen = true;
        }
        // `等地方协会负责人`, `等省级协会代表`, `、浙江省科学技术厅有关处室负责同志参加会议`: a few words before a
        // list tail that ends the clause or comes before a verb.
        // (But `作为企业代表作了交流发言`: the organizations themselves speak for the companies.)
        // (`等12家企业和行业组织负责同志先后发言`: also past words that start like a tail, 企业, when the tails
        // alone lead to no verb.)
        let mut past_tails = after;
        while let Some(tail) = self
            .lex
            .list_tails
            .iter()
            .find(|w| self.t[past_tails..end].starts_with(w))
        {
            past_tails += tail.len();
        }
        let plain_tails = past_tails > after
            && (past_tails >= end
                || !is_han(self.t[past_tails])
                || self.verb_starts_after_fillers(past_tails));
        if !self.t[after..end].starts_with(&['作', '为'])
            && !plain_tails
            && let Some(q) = (after + 3..=end.min(after + 18))
                .rev()
                .filter(|&q| self.t[after..q].iter().all(|&c| is_han(c)))
                .find(|&q| {
                    self.lex
                        .list_tails
                        .iter()
                        .any(|w| w.len() >= 2 && self.t[after..q].ends_with(w))
                        // (`有关负责同志应邀出席`; `等标准起草单位的代表共30余人参加会议`, `…的代表及审查专家共30余人…`:
                        // a head count, or other people and one, before the verb.)
                        && (q >= end
                            || self.verb_starts_after_fillers(q)
                            || (self.t[q..end].starts_with(&['应', '邀']) && self.verb_starts(q + 2))
                            || self.counted_from(q, end))
                })
        {
            // (`甲公司、乙公司、丙公司科技创新负责人作交流发言`: companies listed speak by their heads; `…有关处室
            // 负责同志` are people of units of theirs.)
            let units = ["处室", "部门", "单位"]
                .iter()
                .any(|w| self.text(after..q).contains(w));
            loose_tail = !tail_seen && (orgs.len() < 2 || units);
            after = q;
            tail_seen = true;
        }
        while let Some(tail) = self
            .lex
            .list_tails
            .iter()
            .find(|w| self.t[after..end].starts_with(w))
        {
            after += tail.len();
            tail_seen = true;
        }
        // `陕西省旅游协会、西安市旅行社协会及西安地区80余家旅行社、OTA平台和媒体代表共200余人参加推介会`: the bodies
        // named, then others described, all in one head count.
        if !tail_seen
            && orgs.len() >= 2
            && self.t.get(after) == Some(&'及')
            && let Some(k) =
                (after + 2..end.min(after + 40)).find(|&k| matches!(self.t[k], '共' | '，' | '；'))
            && self.t[k] == '共'
            && self.count_end(k + 1, end).is_some()
        {
            after = k + 1;
            tail_seen = true;
        }
        // `…等单位的专家及标准起草组成员共40余人参加会议`: other people joined to them before the head count.
        if tail_seen
            && orgs.len() >= 2
            && let Some(k) = self.joined_count_at(after, end)
        {
            after = k;
        }
        let mut verbs = self.verbs_at(after, end, sentence.range.clone());
        // `A、B、C等单位负责同志约150人参加会议`: a head count between the people of a list and their attendance verb
        // (a list of two or more: `协会会员单位代表150余人` are the association's members, `集团各子公司负责人` its
        // companies').
        if verbs.roles.is_empty()
            && tail_seen
            && orgs.len() >= 2
            && let Some(mut q) = self.count_end(after, end)
        {
            // (`等单位的15位专家参加审查`: the people named after their count.)
            while let Some(tail) = self.lex.list_tails.iter().find(|w| self.t[q..end].starts_with(w)) {
                q += tail.len();
            }
            let v = self.verbs_at(q, end, sentence.range.clone());
            if !v.roles.is_empty() && v.roles.iter().all(|r| r == "出席" || r == "参加") {
                verbs = v;
            }
        }
        // `A、B等单位代表，共30余人参加了会议`: the count and the attendance verb in the next clause.
        if verbs.roles.is_empty()
            && tail_seen
            && after >= end
            && let Some(next) = sentence.clauses.iter().find(|c| c.start >= end)
            // (`…负责同志，以及全省生产企业质量负责人共320余人参加培训`: other people join them before the count.)
            && let Some(q) = self.head_count_end(next.start, next.end).or_else(|| {
                let k = (next.start + 2..next.end).find(|&k| self.t[k] == '共')?;
                self.lex
                    .people_nouns
                    .iter()
                    .any(|w| w.len() >= 2 && self.t[next.start..k].ends_with(w))
                    .then(|| self.head_count_end(k, next.end))
                    .flatten()
            })
        {
            let v = self.verbs_at(q, bare(&self.t, next.clone()).end, sentence.range.clone());
            if !v.roles.is_empty() && v.roles.iter().all(|r| r == "出席" || r == "参加") {
                verbs = v;
            }
        }
        // `甲局、乙局有关负责同志，以及丙公司、丁公司等企业代表参加签约仪式`, `省工业和信息化厅、省商务厅主要负责同志，
        // 景德镇市、赣州市政府负责同志参加座谈`: the next clause goes on with the list (or another) and ends with its
        // attendance verb.
        // (`…应急管理局分管负责同志，省级以上化工园区管理机构负责同志，省有关部门相关处室负责同志共150余人参加会议`:
        // other people described in clauses of their own may come first.)
        let mut nexts = sentence
            .clauses
            .iter()
            .filter(|c| c.start >= end)
            .take(4)
            .peekable();
        // (`宜春市、新余市、赣州市工信局，厅运行监测协调局、原材料工业处相关负责同志参加会议`: a list with no words for
        // its people, then another that has them.)
        while verbs.roles.is_empty()
            && after >= end
            && let Some(next) = nexts.next()
        {
            let stop = bare(&self.t, next.clone()).end;
            let goes_on = self.t[next.start..next.end].starts_with(&['以', '及'])
                || self.org_list(next.start, stop).is_some();
            // (`…等市直有关部门，各有关区县政府，济南轨道交通集团有限公司及各参建单位主要负责同志参加会议`: bodies the
            // text does not name, in a clause of their own.)
            if tail_seen && !goes_on && self.unnamed_bodies(next.start, stop) {
                continue;
            }
            if !tail_seen && !goes_on {
                break;
            }
            let people_before = |q: usize| {
                self.lex
                    .people_nouns
                    .iter()
                    .any(|w| w.len() >= 2 && self.t[next.start..q].ends_with(w))
            };
            // (`…等单位负责同志，各区政府分管负责同志及相关企业代表约150人参加会议`: the clause describes people, and
            // perhaps counts them, before its verb.)
            let described = people_before(stop)
                || (next.start + 2..stop)
                    .find(|&q| self.verb_starts(q))
                    .is_some_and(|q| {
                        people_before(q)
                            || (next.start + 2..q)
                                .any(|k| people_before(k) && self.count_end(k, q) == Some(q))
                    });
            if !goes_on && !described && !self.t[next.start..stop].contains(&'共') {
                break;
            }
            let starts: Vec<usize> = (next.start + 2..stop).filter(|&q| self.verb_starts(q)).collect();
            let mut found = false;
            for q in starts {
                let v = self.verbs_at(q, stop, sentence.range.clone());
                if v.roles.is_empty() {
                    continue;
                }
                if v.roles.iter().all(|r| r == "出席" || r == "参加") {
                    verbs = v;
                }
                found = true;
                break;
            }
            // (`…负责同志，上海市陕西商会会长巫立勇，以及…代表共150余人参加活动`: or names a person by a title, who
            // joins them.)
            let titled_person = (stop.saturating_sub(4).max(next.start + 2)..stop.saturating_sub(1))
                .any(|k| self.title_ends_at(k) && self.name_at(k, stop) == Some(stop));
            if found || !(described || titled_person) || nexts.peek().is_none() {
                break;
            }
        }
        // An exchange session, or a round table or dialogue (`等企业负责人围绕…展开对话`).
        let exchange = |s: &str| ["交流", "对话", "圆桌"].iter().any(|w| s.contains(w));
        let roles: Vec<String> = if loose_tail {
            // Only that they were there: what one of their people said is that person's.
            let attended: Vec<String> = verbs
                .roles
                .iter()
                .filter(|r| *r == "出席" || *r == "参加")
                .cloned()
                .collect();
            if attended.is_empty() {
                return Some(Vec::new());
            }
            attended
        } else if !verbs.roles.is_empty() && verbs.reports.is_empty() {
            verbs.roles.clone()
        } else if tail_seen
            && ((after >= end && exchange(&self.text(sentence.range.clone())))
                || exchange(&self.text(after..sentence.range.end)))
        {
            // `…等6家煤炭企业分管安全工作负责同志依次作交流发言`: statements, as the verb says when read.
            if self.text(after..sentence.range.end).contains("交流发言") {
                vec!["发言".to_owned()]
            } else {
                vec!["交流".to_owned()]
            }
        } else if (tail_seen || orgs.len() >= 2)
            && let Some((v, _)) = self.speech_after(
                after,
                (after..sentence.range.end)
                    .find(|&q| self.t[q] == '；')
                    .unwrap_or(sentence.range.end),
            )
        {
            // `…等企业负责人先后发言，就…交流了看法`, `…负责人作为企业代表分享了…体会`, `…分别发布了…采购需求清单`:
            // words of speaking no role verb lists, up to the next list of people (`；`).
            v.roles
        } else {
            // `成员包括来自A、B、C等单位的9位专家`, `审查专家组由A、B等单位的11位专家组成`: the bodies the panel's
            // experts come from are kept as where people who take part are from, with no role of their own.
            let count = (after..end)
                .take_while(|&q| {
                    self.t[q].is_ascii_digit() || "余多一二两三四五六七八九十".contains(self.t[q])
                })
                .count();
            if tail_seen
                && count > 0
                && matches!(self.t.get(after + count), Some('位' | '名'))
                && self.t[after + count + 1..end].starts_with(&['专', '家'])
            {
                self.name_parties(orgs, sentence.range.clone());
            }
            return Some(Vec::new());
        };
        for pieces in orgs {
            let (idx, _) = self.register_chain(&pieces, None, sentence.range.clone());
            let Some(org) = idx.last().copied().flatten() else {
                continue;
            };
            // The staff of a body that holds or undertakes the meeting say nothing of its part (`学校相关职能部门
            // 负责人，汽车与交通工程学院师生代表参加活动`).
            if loose_tail && (Some(org) == self.host || self.meeting_bodies.contains(&org)) {
                continue;
            }
            self.org_took_part(org, &roles, sentence.range.clone());
        }
        Some(roles)
    }

    /// Where the head count starts when `at` starts `及` or `和`, a few words naming other people and `共`
    /// (`及标准起草组成员共40余人`), or, after the bodies' representatives, the count's digits (`…等起草单位的代表及
    /// 行业专家20余人`; not `…等部门负责人及师生代表60余人`, whose units send no one named).
    fn joined_count_at(&self, at: usize, end: usize) -> Option<usize> {
        if !matches!(self.t.get(at), Some('及' | '和')) {
            return None;
        }
        let k = (at + 2..end.min(at + 16)).find(|&k| !is_han(self.t[k]) || self.t[k] == '共')?;
        let from = k + usize::from(self.t[k] == '共');
        // (`…等单位的专家和起草组代表30余人`: their experts too.)
        let representatives = at >= 2 && matches!(self.t[at - 2..at], ['代', '表'] | ['专', '家']);
        // (`学校科技处、材料科学与工程学院相关负责人及项目组成员40余人`: the named units' heads, then the team.)
        let heads_and_team = at >= 5
            && matches!(self.t[at - 5..at], ['相' | '有', '关', '负', '责', '人'])
            && self.t[..k].ends_with(&['成', '员']);
        (self.t[k] == '共' || (representatives || heads_and_team) && self.t[k].is_ascii_digit())
            .then_some(from)
            .filter(|&from| self.count_end(from, end).is_some())
    }

    /// True when a head count starts at `at`, after `共` or other people joined to those before (`共30余人`,
    /// `及审查专家共30余人`).
    fn counted_from(&self, at: usize, end: usize) -> bool {
        self.t.get(at) == Some(&'共') && self.count_end(at + 1, end).is_some()
            || self.joined_count_at(at, end).is_some()
    }

    /// `长电科技、华天科技（昆山）、卓胜微…等12家企业`, `格力电器、美的集团…6家企业的质量负责人`, `海螺水泥、…和安徽珍珠
    /// 水泥集团股份有限公司等企业代表`: companies by their short names, which no suffix marks, listed before a count
    /// of companies or units, or beside one named in full. The list, and where it ends.
    fn counted_short_names(&self, at: usize, end: usize) -> Option<(Vec<Vec<OrgPiece>>, usize)> {
        let is_count = |c: char| c.is_ascii_digit() || "余多一二两三四五六七八九十".contains(c);
        let stop = (at + 2..end.min(at + 200)).find(|&q| {
            self.t[q] == '等' || is_count(self.t[q]) && (q + 1..end.min(q + 4)).any(|k| self.t[k] == '家')
        })?;
        let mut q = stop + usize::from(self.t[stop] == '等');
        let digits = (q..end).take_while(|&k| is_count(self.t[k])).count();
        if digits > 0 {
            if self.t.get(q + digits) != Some(&'家') {
                return None;
            }
            q += digits + 1;
        }
        // (`等企业`, `等会员单位`, `等委员单位代表`, `等副理事长单位`.)
        let kind_word = self.text(q..(q + 6).min(end));
        ["企业", "单位", "公司"]
            .iter()
            .filter_map(|w| kind_word.find(w))
            .find(|&at| kind_word[..at].chars().count() <= 4 && kind_word[..at].chars().all(is_han))?;
        // (Not what they are: `来自厨电整机、核心零部件…等60余家单位的近百位代表`.)
        if self.text(at.saturating_sub(2)..at) == "来自" {
            return None;
        }
        let formal = |pieces: &Option<Vec<OrgPiece>>| {
            pieces
                .as_ref()
                .is_some_and(|p| matches!(p.as_slice(), [one] if !one.unit))
        };
        // `中通快递、韵达速递和京东物流等企业`: three or more brands right before `等企业` need no name in full.
        let brands = digits == 0
            && self.t[stop] == '等'
            && [['企', '业'], ['公', '司']]
                .iter()
                .any(|w| self.t[stop + 1..end].starts_with(w));
        let brand = |r: &Range<usize>| {
            (3..=6).contains(&r.len())
                && self.t[r.clone()].iter().all(|&c| is_han(c))
                && !["行业", "产业", "领域", "企业", "单位", "有关", "相关", "代表"]
                    .iter()
                    .any(|w| self.text(r.clone()).contains(w))
        };
        let mut items: Vec<Range<usize>> = Vec::new();
        let mut start = at;
        for k in at..=stop {
            if k == stop || self.t[k] == '、' {
                items.push(start..k);
                start = k + 1;
            }
        }
        // (`…有限公司和安徽珍珠水泥集团股份有限公司`: the last two joined by 和 or 及.)
        if let Some(last) = items.pop() {
            match last.clone().find(|&k| {
                matches!(self.t[k], '和' | '及')
                    && ((formal(&self.parse_orgs(last.start..k))
                        && formal(&self.parse_orgs(k + 1..last.end)))
                        || (brands && brand(&(last.start..k)) && brand(&(k + 1..last.end))))
            }) {
                Some(k) => items.extend([last.start..k, k + 1..last.end]),
                None => items.push(last),
            }
        }
        let mut list = Vec::new();
        let mut named_in_full = false;
        let mut brand_like = true;
        for item in items {
            let parsed = self.parse_orgs(item.clone());
            let in_full = formal(&parsed);
            // (`TCL实业`: a brand in capitals.)
            let plain = self.t[item.clone()]
                .iter()
                .all(|&c| is_han(c) || c.is_ascii_uppercase() || matches!(c, '（' | '）'))
                && self
                    .t
                    .get(item.start)
                    .is_some_and(|&c| is_han(c) || c.is_ascii_uppercase())
                && (in_full
                    || !self.t[item.clone()]
                        .iter()
                        .any(|c| matches!(c, '的' | '与' | '和' | '及')));
            if !(2..=12).contains(&item.len()) && !in_full || !plain {
                return None;
            }
            named_in_full |= in_full;
            brand_like &= in_full || brand(&item);
            list.push(parsed.unwrap_or_else(|| {
                vec![OrgPiece {
                    range: item.clone(),
                    written: item.clone(),
                    kind: "company".to_owned(),
                    unit: false,
                    alias: None,
                    known: self.org_index.get(&self.t[item.clone()]).copied(),
                    name: None,
                }]
            }));
        }
        (list.len() >= 2 && (digits > 0 || named_in_full) || list.len() >= 3 && brands && brand_like)
            .then_some((list, stop))
    }

    /// An organization takes part in each of `roles`, once however often it is listed.
    pub(crate) fn org_took_part(&mut self, org: usize, roles: &[String], evidence: Range<usize>) {
        for role in roles {
            if self.org_roles.insert((org, role.clone())) {
                self.participations.push(Participation {
                    who: Who::Org(org),
                    roles: vec![role.clone()],
                    on_behalf_of: None,
                    title: None,
                    evidence: evidence.clone(),
                });
            }
        }
    }

    /// Whether `person` gave a speech (讲话 or 致辞) read so far; the participations are looked through once.
    fn gave_a_speech(&mut self, person: usize) -> bool {
        let (givers, seen) = &mut self.speech_givers;
        for p in &self.participations[(*seen).min(self.participations.len())..] {
            if let Who::Person(x) = p.who
                && p.roles.iter().any(|r| r == "讲话" || r == "致辞")
            {
                givers.insert(x);
            }
        }
        *seen = self.participations.len();
        givers.contains(&person)
    }

    fn add_participation(&mut self, person: usize, m: &Mention, verbs: &Verbs, evidence: Range<usize>) {
        for post in &verbs.elected {
            self.add_post(person, post, evidence.clone(), true);
        }
        // `谭俊峰应邀到会指导并讲话。…谭俊峰介绍了全省食品工业运行情况`: what someone who gave a speech goes on to say
        // is that speech.
        let speech_goes_on =
            verbs.roles.iter().all(|r| r == "发言") && verbs.reports.is_empty() && self.gave_a_speech(person);
        if !verbs.roles.is_empty() && !speech_goes_on {
            let mut roles: Vec<String> = Vec::new();
            for r in &verbs.roles {
                if !roles.contains(r) {
                    roles.push(r.clone());
                }
            }
            for o in m.posts.iter().filter_map(|p| p.org) {
                if !self.title_orgs.contains(&o) {
                    self.title_orgs.push(o);
                }
            }
            self.participations.push(Participation {
                who: Who::Person(person),
                roles,
                on_behalf_of: m.top_org,
                title: m.title.clone(),
                evidence: evidence.clone(),
            });
        }
        for (title, kind) in &verbs.reports {
            self.reports.push(ReportRec {
                title: title.clone(),
                author: Some(person),
                kind,
                evidence: evidence.clone(),
            });
        }
    }
}

/// A report named by what it is rather than given a title: a body's work report, summary or plan, for a year, its
/// term or both (`监事会工作报告`, `第三届理事会财务工作报告`, `分会2024年度工作报告`, `2025年分会工作报告`,
/// `专委会2025年工作总结`, `2024年度工作报告`, `财务工作报告`, `财务收支情况报告`), or two joined
/// (`2025年工作总结和2026年工作计划报告`); a jury's report (`大赛评审工作报告`).
fn named_work_report(text: &str) -> bool {
    // (`2025年`, `2024年度`, `年度`: a year, in digits or not; not the `年` of `今年`.)
    let strip_year = |s: &str| -> Option<usize> {
        let rest = s.strip_suffix("年度").or_else(|| s.strip_suffix('年'))?;
        let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        (digits == 4 || s.ends_with("年度")).then(|| s.len() - rest.len() + digits)
    };
    let lead_year = |s: &str| -> usize {
        let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = &s[digits..];
        match (
            digits,
            rest.strip_prefix("年度").or_else(|| rest.strip_prefix('年')),
        ) {
            (4, Some(after)) => s.len() - after.len(),
            _ => 0,
        }
    };
    // A jury's report on a contest or a selection (`大赛评审工作报告`, `评选工作报告`).
    if let Some(body) = ["评审工作报告", "评审情况报告", "评选工作报告"]
        .iter()
        .find_map(|k| text.strip_suffix(k))
    {
        return body.is_empty() || ["大赛", "竞赛", "评选", "活动"].iter().any(|w| body.ends_with(w));
    }
    let whole = text.strip_suffix("计划报告").map(|t| format!("{t}计划"));
    let text = whole.as_deref().unwrap_or(text);
    // Two joined: each named so on its own.
    for (i, c) in text.char_indices() {
        if matches!(c, '和' | '及' | '与') {
            let (a, b) = (&text[..i], &text[i + c.len_utf8()..]);
            if named_work_report(a) && named_work_report(b) {
                return true;
            }
        }
    }
    // A financial report by its usual names (`财务收支情况报告`, `会费收支情况报告`, `财务决算报告`).
    let finance_named = [
        "财务工作报告",
        "财务收支情况报告",
        "财务收支报告",
        "财务决算报告",
        "财务报告",
        "会费收支情况报告",
        "会费使用情况报告",
    ]
    .iter()
    .find_map(|k| text.strip_suffix(k));
    let (body, kind, finance) = match finance_named {
        Some(body) => (body, "工作报告", true),
        None => {
            let Some((body, kind)) = ["工作报告", "工作总结", "工作计划"]
                .iter()
                .find_map(|k| text.strip_suffix(k).map(|b| (b, *k)))
            else {
                return false;
            };
            (body, kind, false)
        }
    };
    let year_at_end = strip_year(body);
    let body = year_at_end.map_or(body, |n| &body[..body.len() - n]);
    let first = lead_year(body);
    let body = &body[first..];
    let year = year_at_end.is_some() || first > 0;
    // (`年度工作报告` alone names no year.)
    if body.is_empty() {
        return finance || year && text.starts_with(|c: char| c.is_ascii_digit());
    }
    let bodies: &[&str] = if year || finance {
        &[
            "理事会",
            "监事会",
            "董事会",
            "委员会",
            "分会",
            "协会",
            "学会",
            "专委会",
            "商会",
            "委",
            "工会",
        ]
    } else {
        &[
            "工会",
            "理事会",
            "监事会",
            "董事会",
            "委员会",
            "纪委",
            "团委",
            "职代会",
        ]
    };
    (2..=12).contains(&body.chars().count())
        && (kind == "工作报告" || year)
        && bodies.iter().any(|w| body.ends_with(w))
}
