//! Scoring: how many of the expected facts an extraction found (recall) and how many of the facts it found are
//! expected (precision), per kind of fact. Facts are compared by their simplified, folded names; evidence and
//! English names are ignored.

use crate::chinese::fold;
use crate::lexicon::Lexicon;
use crate::records::Dataset;
use std::collections::BTreeSet;
use std::fmt;

/// Counts for one kind of fact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Facts in the expected records.
    pub expected: usize,
    /// Facts in the extracted records.
    pub got: usize,
    /// Facts in both.
    pub matched: usize,
}

impl Score {
    /// Matched / got; 1 when nothing was extracted.
    pub fn precision(&self) -> f64 {
        if self.got == 0 {
            1.0
        } else {
            self.matched as f64 / self.got as f64
        }
    }

    /// Matched / expected; 1 when nothing was expected.
    pub fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.matched as f64 / self.expected as f64
        }
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    fn add(&mut self, other: &Self) {
        self.expected += other.expected;
        self.got += other.got;
        self.matched += other.matched;
    }
}

/// Scores per kind of fact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// People, by name.
    pub people: Score,
    /// Posts: (person, organization, role).
    pub titles: Score,
    /// Organizations: (name, parent).
    pub organizations: Score,
    /// Participations: (person or organization, meeting role).
    pub roles: Score,
    /// Meeting facts: name, date, place, organizers of each kind, topics, attendance, reports (title, author, kind).
    pub meeting: Score,
}

impl Scores {
    /// Each kind with its name, in table order.
    pub fn kinds(&self) -> [(&'static str, &Score); 5] {
        [
            ("people", &self.people),
            ("titles", &self.titles),
            ("organizations", &self.organizations),
            ("roles", &self.roles),
            ("meeting facts", &self.meeting),
        ]
    }

    /// Adds the counts of another report's scores (micro-averaging over a test set).
    pub fn add(&mut self, other: &Self) {
        self.people.add(&other.people);
        self.titles.add(&other.titles);
        self.organizations.add(&other.organizations);
        self.roles.add(&other.roles);
        self.meeting.add(&other.meeting);
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "| kind | expected | extracted | matched | precision | recall | F1 |"
        )?;
        writeln!(f, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |")?;
        for (name, s) in self.kinds() {
            writeln!(
                f,
                "| {name} | {} | {} | {} | {:.3} | {:.3} | {:.3} |",
                s.expected,
                s.got,
                s.matched,
                s.precision(),
                s.recall(),
                s.f1()
            )?;
        }
        Ok(())
    }
}

/// The facts of a dataset, per kind, as comparable keys.
#[derive(Debug, Default)]
pub(crate) struct Facts {
    pub people: BTreeSet<String>,
    pub titles: BTreeSet<String>,
    pub organizations: BTreeSet<String>,
    pub roles: BTreeSet<String>,
    pub meeting: BTreeSet<String>,
}

/// The names of the organizations a dataset declares (not their aliases).
fn declared_names(d: &Dataset) -> BTreeSet<&str> {
    d.all_organizations()
        .iter()
        .map(|(o, _)| o.name.as_str())
        .collect()
}

/// The facts of `d`, where an organization named in full (`泉州市商务局`, `People's Government of Shandong Province`)
/// and declared with another name it goes by (`市商务局`, `Shandong provincial government`) as an alias compares as
/// that name when `other` declares an organization so named and none named in full: both name one body, and which
/// of its names is the main one is no fact of the report. Where `other` declares it the other way round (its name
/// is the alias here, and this name its alias), both sides compare it by the name that sorts first.
pub(crate) fn facts(d: &Dataset, lexicon: &Lexicon, other: &Dataset) -> Facts {
    let other_orgs = other.all_organizations();
    let swapped = |name: &str, bare: &str| {
        other_orgs
            .iter()
            .any(|(o, _)| o.name == bare && o.aliases.iter().any(|a| a == name))
    };
    let other = declared_names(other);
    let post_role = |r: &str| {
        lexicon
            .post_role(r)
            .map_or_else(|| r.to_owned(), |c| c.zh.clone())
    };
    let meeting_role = |r: &str| {
        lexicon
            .meeting_role(r)
            .map_or_else(|| r.to_owned(), |c| c.zh.clone())
    };
    // A record may name an organization by any of its aliases (`{org: CNCEC, …}` for the group declared with that
    // alias): facts compare the organization, by its name.
    let orgs = d.all_organizations();
    let mut aliases: std::collections::BTreeMap<&str, Option<&str>> = std::collections::BTreeMap::new();
    for (org, _) in &orgs {
        for alias in &org.aliases {
            aliases
                .entry(alias.as_str())
                .and_modify(|n| {
                    if *n != Some(org.name.as_str()) {
                        *n = None;
                    }
                })
                .or_insert(Some(org.name.as_str()));
        }
    }
    let declared = declared_names(d);
    let other_name: std::collections::BTreeMap<&str, &str> = orgs
        .iter()
        .filter(|(o, _)| !other.contains(o.name.as_str()))
        .filter_map(|(o, _)| {
            let bare = o.aliases.iter().find(|a| {
                other.contains(a.as_str())
                    && !declared.contains(a.as_str())
                    && (!swapped(&o.name, a) || a.as_str() < o.name.as_str())
            })?;
            Some((o.name.as_str(), bare.as_str()))
        })
        .collect();
    // The names an organization goes by: its own and its aliases.
    let names_of = |name: &str| -> Vec<&str> {
        orgs.iter()
            .filter(|(o, _)| o.name == name || o.aliases.iter().any(|a| a == name))
            .flat_map(|(o, _)| std::iter::once(o.name.as_str()).chain(o.aliases.iter().map(String::as_str)))
            .collect()
    };
    // A unit named with its parent's name in front (`中国有色金属工业协会钛锆铪分会` under that association) is the
    // unit the same report may name without it (`钛锆铪分会`): both compare by the unit's own words.
    // So is one named with its parent after `of` (`Packaging and Testing Branch of CSIA`).
    let own_name = |name: &str, parent: Option<&str>| -> String {
        let parents = parent.map(names_of).unwrap_or_default();
        let rest = parents
            .iter()
            .filter_map(|p| name.strip_prefix(p))
            .chain(parents.iter().filter_map(|p| {
                name.strip_suffix(p)
                    .and_then(|n| n.strip_suffix(" of the ").or_else(|| n.strip_suffix(" of ")))
            }))
            .filter(|rest| rest.chars().count() >= 2)
            .min_by_key(|rest| rest.len());
        fold(rest.unwrap_or(name))
    };
    let parents: std::collections::BTreeMap<&str, Option<&str>> = orgs
        .iter()
        .map(|(o, parent)| (o.name.as_str(), *parent))
        .collect();
    // A record may name an organization or a person by its `id` (two units of one name under two parents): facts
    // compare them by name.
    let ids: std::collections::BTreeMap<&str, &str> = orgs
        .iter()
        .filter_map(|(o, _)| Some((o.id.as_deref()?, o.name.as_str())))
        .chain(
            d.people
                .iter()
                .filter_map(|p| Some((p.id.as_deref()?, p.name.as_str()))),
        )
        .collect();
    let canon = |name: &str| -> String {
        let name = ids.get(name).copied().unwrap_or(name);
        // `Parent/Unit`, where units of two organizations share a name.
        if !declared.contains(name)
            && !aliases.contains_key(name)
            && let Some((parent, unit)) = name.rsplit_once('/')
        {
            return own_name(unit, Some(ids.get(parent).copied().unwrap_or(parent)));
        }
        let full = match aliases.get(name) {
            Some(Some(full)) if !declared.contains(name) => full,
            _ => name,
        };
        match other_name.get(full) {
            Some(bare) => fold(bare),
            None => own_name(full, parents.get(full).copied().flatten()),
        }
    };
    let mut f = Facts::default();
    for (org, parent) in &orgs {
        f.organizations.insert(format!(
            "{}|{}",
            match other_name.get(org.name.as_str()) {
                Some(bare) => fold(bare),
                None => own_name(&org.name, *parent),
            },
            parent.map(canon).unwrap_or_default()
        ));
    }
    for p in &d.people {
        f.people.insert(fold(&p.name));
        for post in &p.posts {
            f.titles.insert(format!(
                "{}|{}|{}",
                fold(&p.name),
                canon(&post.org),
                post_role(&post.role)
            ));
        }
    }
    for m in &d.meetings {
        // A meeting named with its organizer's name in front (`中国玻璃纤维工业协会第七届会员代表大会`) is the
        // meeting named without it (`第七届会员代表大会`, organized by that association); an organizer that is a unit
        // may be named with its parent's name in front, or after it.
        let prefixes: Vec<&str> = [&m.organizers, &m.co_organizers, &m.undertakers]
            .into_iter()
            .flatten()
            .flat_map(|o| {
                let parent = parents.get(o.as_str()).copied().flatten();
                names_of(o)
                    .into_iter()
                    .chain(std::iter::once(o.as_str()))
                    .chain(parent.map(names_of).unwrap_or_default())
            })
            .collect();
        let mut name = m.name.as_str();
        while let Some(rest) = prefixes
            .iter()
            .filter_map(|p| name.strip_prefix(p))
            .filter(|rest| rest.chars().count() >= 2)
            .min_by_key(|rest| rest.len())
        {
            name = rest;
        }
        f.meeting.insert(format!("name|{}", fold(name)));
        for (what, value) in [("date", &m.date), ("end", &m.end_date), ("place", &m.place)] {
            if let Some(v) = value {
                f.meeting.insert(format!("{what}|{}", fold(v)));
            }
        }
        for (what, list) in [
            ("organizer", &m.organizers),
            ("co-organizer", &m.co_organizers),
            ("undertaker", &m.undertakers),
            ("guide", &m.guides),
            ("supporter", &m.supporters),
            ("topic", &m.topics),
        ] {
            for v in list {
                let v = if what == "topic" { fold(v) } else { canon(v) };
                f.meeting.insert(format!("{what}|{v}"));
            }
        }
        if let Some(n) = m.attendance_count {
            f.meeting.insert(format!("attendance|{n}"));
        }
        for r in &m.reports {
            f.meeting.insert(format!(
                "report|{}|{}|{}",
                fold(&r.title),
                r.author.as_deref().map(fold).unwrap_or_default(),
                r.kind.as_deref().unwrap_or("report")
            ));
        }
        for p in &m.participants {
            for role in &p.roles {
                f.roles
                    .insert(format!("{}|{}", canon(&p.who), meeting_role(role)));
            }
        }
    }
    f
}

fn compare(expected: &BTreeSet<String>, got: &BTreeSet<String>) -> Score {
    Score {
        expected: expected.len(),
        got: got.len(),
        matched: expected.intersection(got).count(),
    }
}

/// Scores `got` against `expected`, per kind of fact.
pub fn score(expected: &Dataset, got: &Dataset) -> Scores {
    let lexicon = Lexicon::builtin();
    let (e, g) = (facts(expected, &lexicon, got), facts(got, &lexicon, expected));
    Scores {
        people: compare(&e.people, &g.people),
        titles: compare(&e.titles, &g.titles),
        organizations: compare(&e.organizations, &g.organizations),
        roles: compare(&e.roles, &g.roles),
        meeting: compare(&e.meeting, &g.meeting),
    }
}

/// The facts of one kind that differ: (missing from `got`, not in `expected`), for error messages.
pub fn differences(expected: &Dataset, got: &Dataset) -> Vec<String> {
    let lexicon = Lexicon::builtin();
    let (e, g) = (facts(expected, &lexicon, got), facts(got, &lexicon, expected));
    let mut out = Vec::new();
    for (kind, a, b) in [
        ("people", &e.people, &g.people),
        ("titles", &e.titles, &g.titles),
        ("organizations", &e.organizations, &g.organizations),
        ("roles", &e.roles, &g.roles),
        ("meeting", &e.meeting, &g.meeting),
    ] {
        for missing in a.difference(b) {
            out.push(format!("missing {kind}: {missing}"));
        }
        for extra in b.difference(a) {
            out.push(format!("unexpected {kind}: {extra}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Meeting, Participant, Person, PostHeld};

    #[test]
    fn precision_and_recall_count_facts_by_folded_name() {
        let person = |name: &str, role: &str| Person {
            name: name.into(),
            posts: vec![PostHeld {
                org: "甲协会".into(),
                role: role.into(),
                ..PostHeld::default()
            }],
            ..Person::default()
        };
        let expected = Dataset {
            people: vec![person("王健", "副会长"), person("吴桐", "副主任")],
            ..Dataset::default()
        };
        let got = Dataset {
            people: vec![person("王 健", "vice-president"), person("张三", "会长")],
            ..Dataset::default()
        };
        let s = score(&expected, &got);
        assert_eq!(
            s.people,
            Score {
                expected: 2,
                got: 2,
                matched: 1
            }
        );
        assert_eq!(s.titles.matched, 1);
        assert!((s.titles.precision() - 0.5).abs() < 1e-9);
        let meeting = |roles: &[&str]| Meeting {
            name: "会".into(),
            participants: vec![Participant {
                who: "王健".into(),
                roles: roles.iter().map(|r| (*r).into()).collect(),
                ..Participant::default()
            }],
            ..Meeting::default()
        };
        let e = Dataset {
            meetings: vec![meeting(&["出席", "讲话"])],
            ..Dataset::default()
        };
        let g = Dataset {
            meetings: vec![meeting(&["attendee"])],
            ..Dataset::default()
        };
        let s = score(&e, &g);
        assert_eq!(
            s.roles,
            Score {
                expected: 2,
                got: 1,
                matched: 1
            }
        );
        assert!(
            s.to_string()
                .contains("| roles | 2 | 1 | 1 | 1.000 | 0.500 | 0.667 |")
        );
        assert!(differences(&e, &g).contains(&"missing roles: 王健|讲话".to_owned()));
    }

    #[test]
    fn a_name_with_its_parent_or_organizer_in_front_is_the_same_name() {
        let records = |yaml: &str| -> Dataset { serde_yaml_ng::from_str(yaml).unwrap() };
        let expected = records(
            "organizations:\n  - {name: 中国有色金属工业协会, aliases: [中国有色协会]}\n  \
             - {name: 中国有色金属工业协会钛锆铪分会, parent: 中国有色金属工业协会}\n\
             people:\n  - {name: 邢志强, posts: [{org: 中国有色金属工业协会钛锆铪分会, role: 会长}]}\n\
             meetings:\n  - name: 中国有色金属工业协会钛锆铪分会2025年年会\n    \
             organizers: [中国有色金属工业协会钛锆铪分会]\n",
        );
        let got = records(
            "organizations:\n  - {name: 中国有色金属工业协会}\n  - {name: 钛锆铪分会, parent: 中国有色金属工业协会}\n\
             people:\n  - {name: 邢志强, posts: [{org: 钛锆铪分会, role: 会长}]}\n\
             meetings:\n  - name: 2025年年会\n    organizers: [钛锆铪分会]\n",
        );
        let s = score(&expected, &got);
        assert_eq!(
            (s.organizations.matched, s.titles.matched, s.meeting.matched),
            (2, 1, 2)
        );
        let english = |unit: &str| {
            records(&format!(
                "organizations:\n  - {{name: China Semiconductor Industry Association, aliases: [CSIA]}}\n  \
                 - {{name: {unit}, parent: CSIA}}\n"
            ))
        };
        let s = score(
            &english("Packaging and Testing Branch of CSIA"),
            &english("Packaging and Testing Branch"),
        );
        assert_eq!(s.organizations.matched, 2);
        // Another body's name in front is no such prefix, nor is a name the prefix leaves too short.
        let other = records(
            "organizations:\n  - {name: 中国黄金协会}\n  - {name: 黄金协会钛锆铪分会, parent: 中国黄金协会}\n\
             meetings:\n  - name: 中国有色金属工业协会年会\n    organizers: [中国黄金协会]\n",
        );
        let s = score(&expected, &other);
        assert_eq!((s.organizations.matched, s.meeting.matched), (0, 0));
    }

    #[test]
    fn an_organization_named_in_full_is_the_one_the_other_side_names_by_its_alias() {
        let records = |yaml: &str| -> Dataset { serde_yaml_ng::from_str(yaml).unwrap() };
        let expected = records(
            "organizations:\n  - {name: 市商务局}\n\
             people:\n  - {name: 林海, posts: [{org: 市商务局, role: 局长}]}\n\
             meetings:\n  - name: 座谈会\n    participants: [{who: 市商务局, roles: [发言]}]\n",
        );
        let got = |aliases: &str| {
            records(&format!(
                "organizations:\n  - {{name: 泉州市商务局, aliases: [{aliases}]}}\n\
                 people:\n  - {{name: 林海, posts: [{{org: 泉州市商务局, role: 局长}}]}}\n\
                 meetings:\n  - name: 座谈会\n    participants: [{{who: 泉州市商务局, roles: [发言]}}]\n"
            ))
        };
        let s = score(&expected, &got("市商务局"));
        assert_eq!(
            (s.organizations.matched, s.titles.matched, s.roles.matched),
            (1, 1, 1)
        );
        // Only a name the extraction gives the organization counts, not any other.
        let s = score(&expected, &got("泉州商务局"));
        assert_eq!(
            (s.organizations.matched, s.titles.matched, s.roles.matched),
            (0, 0, 0)
        );
    }

    #[test]
    fn an_organization_both_sides_name_with_the_same_two_names_the_other_way_round_matches() {
        let records = |name: &str, alias: &str| -> Dataset {
            serde_yaml_ng::from_str(&format!(
                "organizations:\n  - {{name: {name}, aliases: [{alias}]}}\n\
                 people:\n  - {{name: 厉振宇, posts: [{{org: {name}, role: 董事长}}]}}\n\
                 meetings:\n  - name: 签约仪式\n    organizers: [{alias}]\n"
            ))
            .unwrap()
        };
        let expected = records("山东能源集团", "山东能源集团有限公司");
        let got = records("山东能源集团有限公司", "山东能源集团");
        for s in [score(&expected, &got), score(&got, &expected)] {
            assert_eq!(
                (s.organizations.matched, s.titles.matched, s.meeting.matched),
                (1, 1, 2)
            );
        }
    }

    #[test]
    fn a_record_naming_an_organization_by_its_id_or_path_or_a_person_by_its_id_names_it() {
        let records = |yaml: &str| -> Dataset { serde_yaml_ng::from_str(yaml).unwrap() };
        let expected = records(
            "organizations:\n  - {name: 中南大学}\n  - {name: 河南科技大学}\n\
             \x20 - {name: 材料学院, id: csu-materials, parent: 中南大学}\n\
             \x20 - {name: 材料学院, id: haust-materials, parent: 河南科技大学}\n\
             people:\n  - {name: 晏清, id: yan-qing, posts: [{org: csu-materials, role: 副院长}]}\n\
             meetings:\n  - name: 评价会\n    participants: [{who: yan-qing, roles: [发言]}]\n",
        );
        let got = records(
            "organizations:\n  - {name: 中南大学}\n  - {name: 材料学院, parent: 中南大学}\n\
             people:\n  - {name: 晏清, posts: [{org: 中南大学/材料学院, role: 副院长}]}\n\
             meetings:\n  - name: 评价会\n    participants: [{who: 晏清, roles: [发言]}]\n",
        );
        let s = score(&expected, &got);
        assert_eq!(
            (s.organizations.matched, s.titles.matched, s.roles.matched),
            (2, 1, 1),
            "{:?}",
            differences(&expected, &got)
        );
    }
}
