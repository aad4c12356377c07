//! Mentions: organizations (by their suffixes), titles (from the post-role lexicon) and people's names (a
//! surname, one or two more characters, and a word that may follow a name), and the chains they form in this
//! genre: `中国有色金属工业协会党委常委、副会长王健`, `副秘书长、会员部（贸易物流部）主任赵卫肃`, `张三理事长`.

use super::lexicons::{Effect, Modifier};
use super::{Doc, is_subsequence};
use crate::chinese::is_han;
use std::ops::Range;

/// The longest organization name read.
pub(crate) const ORG_MAX: usize = 40;
/// The longest stretch between the start of a chain and its first title.
const CHAIN_MAX: usize = 60;

/// An organization as read from the text, before it is registered.
#[derive(Debug, Clone)]
pub(crate) struct OrgPiece {
    /// The name, without an alias in parentheses.
    pub range: Range<usize>,
    /// The name with its alias, as written.
    pub written: Range<usize>,
    pub kind: String,
    pub unit: bool,
    /// A second name given in parentheses (`会员部（贸易物流部）`) or defined (`（以下简称“联盟”）`).
    pub alias: Option<String>,
    /// An already registered organization this name or alias stands for.
    pub known: Option<usize>,
    /// The name when the text does not write it whole: `无锡市` in `苏州市、无锡市工业和信息化局` stands for
    /// `无锡市工业和信息化局`.
    pub name: Option<String>,
}

/// A title read before (or after) a name.
#[derive(Debug, Clone)]
pub(crate) struct TitleHit {
    pub range: Range<usize>,
    /// The role (zh label of the post-role scheme).
    pub role: String,
    /// The post is no longer held (`原会长`).
    pub former: bool,
}

/// A post read from a chain: the organization (registered), the role and how the title was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PostMention {
    pub org: Option<usize>,
    pub role: String,
    /// The title as written, with the unit when the post is in a unit (`会员部（贸易物流部）主任`).
    pub written: String,
    pub former: bool,
    /// Written after the name in parentheses (`吴晓光（江苏华夏铜业集团有限公司副总经理）`): the person's own, not
    /// shared with the names listed after it.
    pub own: bool,
}

/// Kinds of bodies a unit may be named after (`学院党委`, `集团工会`): the unit is a body's of that kind.
const KIND_WORDS: [&str; 7] = ["学院", "学校", "大学", "集团", "公司", "协会", "学会"];

/// A person named in a clause, with what the chain before the name says about them.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub name: Range<usize>,
    /// Where the mention ends (after a title written after the name).
    pub end: usize,
    pub posts: Vec<PostMention>,
    /// The organization the person is there for (the top of the first post's organization).
    pub top_org: Option<usize>,
    /// The title as written at the time, without the top organization (`党委常委、副会长`).
    pub title: Option<String>,
}

impl Mention {
    /// Puts first the posts the clauses before wrote for this person (`山东钢铁集团有限公司党委常委、副总经理，…董事长
    /// 邢建国`): their posts, organization and how they were written.
    pub(crate) fn take_carried(&mut self, (posts, top, title): (Vec<PostMention>, Option<usize>, String)) {
        self.posts.splice(0..0, posts);
        self.top_org = top.or(self.top_org);
        self.title = Some(format!("{title}，{}", self.title.clone().unwrap_or_default()));
    }

    /// A name written with no title, post or organization of its own.
    pub(crate) fn bare(name: Range<usize>) -> Self {
        Self {
            end: name.end,
            name,
            posts: Vec::new(),
            top_org: None,
            title: None,
        }
    }
}

/// What a chain leaves for the next person in the same sentence: its last organization and the way its unit
/// was written, and its posts (shared by a bare name listed after it: `副会长张三、李四`).
#[derive(Debug, Clone, Default)]
pub(crate) struct ChainContext {
    pub last_org: Option<usize>,
    pub last_org_written: Option<String>,
    pub formal_org: Option<usize>,
    pub mention: Option<Mention>,
}

impl Doc<'_> {
    pub(crate) fn text(&self, range: Range<usize>) -> String {
        let end = range.end.min(self.t.len());
        self.t[range.start.min(end)..end].iter().collect()
    }

    pub(crate) fn starts_with(&self, at: usize, word: &[char]) -> bool {
        self.t.get(at..at + word.len()).is_some_and(|s| s == word)
    }

    /// The longest title (with a modifier before it) starting at `at`, if it is not part of an organization's
    /// name (`委员会`, `理事会`).
    pub(crate) fn title_at(&self, at: usize, end: usize) -> Option<TitleHit> {
        let c = *self.t.get(at)?;
        // `水利部长江水利委员会`: the 部 ends a ministry's name, and 长江 (长城) starts the next one's.
        if c == '部'
            && at > 0
            && is_han(self.t[at - 1])
            && (self.starts_with(at + 1, &['长', '江']) || self.starts_with(at + 1, &['长', '城']))
        {
            return None;
        }
        // `湖南省长沙市殡仪馆`: the 省 ends a province's name, and 长沙 (长春, 长治) starts a city's, written with its level.
        if matches!(c, '省' | '市' | '县' | '区')
            && at > 0
            && is_han(self.t[at - 1])
            && self.t.get(at + 1) == Some(&'长')
            && (3..=4).any(|k| {
                self.t
                    .get(at + 1..at + k)
                    .is_some_and(|w| self.lex.places.contains(&w.iter().collect::<String>()))
                    && self.t.get(at + k).is_some_and(|l| PLACE_LEVELS.contains(l))
            })
        {
            return None;
        }
        // `凉山州长期以来`, `我省长江经济带`: the level of a place, then a word that starts with 长.
        if matches!(c, '省' | '市' | '县' | '区' | '州')
            && at > 0
            && is_han(self.t[at - 1])
            && self.t.get(at + 1) == Some(&'长')
            && self
                .t
                .get(at + 2)
                .is_some_and(|n| matches!(n, '期' | '远' | '效' | '久' | '足' | '江' | '城' | '三'))
        {
            return None;
        }
        // `1992届土木工程专业校友`: an alumnus of a class and a field, written like a title in a chain; no post.
        if c.is_ascii_digit()
            && (at == 0 || !self.t[at - 1].is_ascii_digit())
            && let Some(class) = (at + 2..end.min(at + 5)).find(|&q| self.t[q] == '届')
            && self.t[at..class].iter().all(char::is_ascii_digit)
            && let Some(q) = (class + 1..end.min(class + 16)).find(|&q| self.starts_with(q, &['校', '友']))
            && self.t[class + 1..q].iter().all(|&ch| is_han(ch))
        {
            return Some(TitleHit {
                range: at..q + 2,
                role: String::new(),
                former: false,
            });
        }
        // `协会第四届理事会副会长`, `五届理事会常务副会长`: the term and body a post is held in belong to the title.
        if let Some(len) = self.term_body_len(at, end)
            && let Some(t) = self.title_at(at + len, end)
        {
            return Some(TitleHit {
                range: at..t.range.end,
                ..t
            });
        }
        if let Some(hit) = self
            .field_in_capitals_title(at, end)
            .or_else(|| self.business_line_title(at, end))
            .or_else(|| self.field_title(at, end))
            .or_else(|| self.honour_title(at, end))
        {
            return Some(hit);
        }
        if !self.lex.first_title.contains(&c) && !self.lex.first_modifier.contains(&c) {
            return None;
        }
        let plain = self.bare_title_at(at, end).map(|(len, role)| TitleHit {
            range: at..at + len,
            role,
            former: false,
        });
        let mut modified = None;
        for len in (1..=self.lex.modifier_max.min(end.saturating_sub(at))).rev() {
            if let Some(m) = self.lex.modifiers.get(&self.t[at..at + len])
                && *m != Modifier::Separator
                && let Some((title_len, role)) = self.bare_title_at(at + len, end)
            {
                modified = Some(TitleHit {
                    range: at..at + len + title_len,
                    role,
                    former: *m == Modifier::Former,
                });
                break;
            }
        }
        // `常务副会长` is a title of its own; `常务副秘书长` is a 副秘书长 written with a modifier.
        let hit = match (plain, modified) {
            (Some(p), Some(m)) => Some(if m.range.len() > p.range.len() { m } else { p }),
            (p, m) => p.or(m),
        };
        // (`标准主编单位北京市地铁运营有限公司`: the body that edits a standard, not its editor.)
        hit.filter(|h| !(self.t[h.range.end - 1] == '编' && self.starts_with(h.range.end, &['单', '位'])))
    }

    /// `华为技术有限公司昇腾计算业务总裁`: a title with the line of business it heads before it (up to six characters
    /// ending in 业务), right after an organization's name. The role is the title's.
    fn business_line_title(&self, at: usize, end: usize) -> Option<TitleHit> {
        let business = (at + 2..end.min(at + 9)).find(|&q| self.t[q - 1] == '业' && self.t[q] == '务')? + 1;
        if !self.t[at..business].iter().all(|&c| is_han(c))
            || at < 2
            || (at..business).any(|k| self.suffix_starts(k))
            || self
                .suffix_ending(at.saturating_sub(self.lex.suffix_max), at)
                .is_none_or(|(len, _)| len < 2)
        {
            return None;
        }
        let (len, role) = self.bare_title_at(business, end)?;
        Some(TitleHit {
            range: at..business + len,
            role,
            former: false,
        })
    }

    /// `副总裁、食品安全总监`, `…钴业公司钴业首席专家`: a title a company gives with the field it covers (two to four
    /// characters, no title or organization word among them) before it, within a chain of titles or right after an
    /// organization's name. Only titles named by a field: 总监, 副总监, 首席专家; or any title of a region
    /// (`…有限公司浙江区域总经理`).
    fn field_title(&self, at: usize, end: usize) -> Option<TitleHit> {
        const FIELD_TITLES: [&[char]; 3] = [&['副', '总', '监'], &['总', '监'], &['首', '席', '专', '家']];
        if at == 0 || !is_han(*self.t.get(at)?) {
            return None;
        }
        // (The title first, by its characters: this runs wherever a title could start.)
        // (`浙江区域总经理`, `华东大区副总经理`: any title of a region a company divides its business into.)
        let (field, title) = (2..=4).find_map(|n| {
            let from = at + n;
            if from >= end {
                return None;
            }
            let region = from >= at + 3
                && (self.t[from - 2..from] == ['区', '域'] || self.t[from - 2..from] == ['大', '区']);
            if region && let Some((len, _)) = self.bare_title_at(from, end) {
                return Some((n, len));
            }
            FIELD_TITLES
                .iter()
                .find(|t| from + t.len() <= end && self.t[from..from + t.len()] == ***t)
                .map(|t| (n, t.len()))
        })?;
        let in_chain = self.t[at - 1] == '、'
            || self
                .suffix_ending(at.saturating_sub(self.lex.suffix_max), at)
                .is_some_and(|(len, _)| len >= 2);
        if !in_chain {
            return None;
        }
        let ok = self.t[at..at + field].iter().all(|&c| is_han(c) && !"兼和及与的任为、".contains(c))
            && (at..at + field).all(|k| self.bare_title_at(k, at + field + title).is_none() && !self.suffix_starts(k))
            && self.suffix_ending(at, at + field).is_none()
            // (`华东院首席专家`: a body's short name, not a field.)
            && !"院所会局部厅委办司处室厂行社校站".contains(self.t[at + field - 1])
            && self.known_org(at..at + field).is_none();
        if !ok {
            return None;
        }
        let (len, role) = self.bare_title_at(at + field, end)?;
        Some(TitleHit {
            range: at..at + field + len,
            role,
            former: false,
        })
    }

    /// `中国陶瓷艺术大师`, `全国劳动模范`, `国家级非物质文化遗产宜兴紫砂陶制作技艺代表性传承人`: an honour conferred on a
    /// person, named by who confers it (中国, 全国, 国家级, 省级, or a province or city) and ending in what it makes
    /// them (大师, 传承人, 劳动模范, 技术能手, 工匠, 奖章获得者); at most thirty characters, with no organization's or
    /// title's word inside. Read, no post.
    fn honour_title(&self, at: usize, end: usize) -> Option<TitleHit> {
        const CONFERRERS: [&[char]; 5] = [
            &['中', '国'],
            &['全', '国'],
            &['国', '家', '级'],
            &['省', '级'],
            &['市', '级'],
        ];
        // (The honours the page writes, found once, first: this runs wherever a title could start.)
        let stop = end.min(at + 30);
        let next = self.honour_ends.partition_point(|&e| e < at + 4);
        let honour_end = *self.honour_ends.get(next).filter(|&&e| e <= stop)?;
        if !self.t[at..honour_end].iter().all(|&c| is_han(c)) {
            return None;
        }
        if !(CONFERRERS.iter().any(|c| self.starts_with(at, c)) || self.place_starts(at)) {
            return None;
        }
        // (`中国工艺美术大师` is one title; `中国陶瓷工业协会副会长季益顺大师` is an organization, a title and a name.)
        if (at..honour_end).any(|k| {
            self.suffix_starts(k)
                || self
                    .bare_title_at(k, honour_end)
                    .is_some_and(|(len, _)| k + len < honour_end)
        }) {
            return None;
        }
        Some(TitleHit {
            range: at..honour_end,
            role: String::new(),
            former: false,
        })
    }

    /// `ESG总监`, `储能BU副总裁`: a title with a field of work in capitals before it (after two characters of the
    /// field's own, which end no organization's name). The role is the title's.
    fn field_in_capitals_title(&self, at: usize, end: usize) -> Option<TitleHit> {
        // (Characters first: this runs wherever a title could start.)
        let capital = |q: usize| self.t.get(q).is_some_and(char::is_ascii_uppercase);
        // (The capitals are a word of their own: not the tail of `GAMECO` in `GAMECO副总经理`.)
        let han = if capital(at) && !(at > 0 && self.t[at - 1].is_ascii_alphanumeric()) {
            0
        } else if capital(at + 2)
            && is_han(self.t[at])
            && is_han(self.t[at + 1])
            && !self.lex.suffixes.contains_key(&self.t[at..at + 2])
        {
            2
        } else {
            return None;
        };
        let caps = self.t[(at + han).min(end)..end]
            .iter()
            .take(6)
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if !(2..=5).contains(&caps) {
            return None;
        }
        let (len, role) = self.bare_title_at(at + han + caps, end)?;
        Some(TitleHit {
            range: at..at + han + caps + len,
            role,
            former: false,
        })
    }

    /// The length of a brand in capitals (and digits after them) a company's name opens with (`TCL科技…`, `SGS通标…`):
    /// two to six of them, right before a Han character; else 0.
    pub(crate) fn latin_lead(&self, at: usize) -> usize {
        let n = self.t[at.min(self.t.len())..]
            .iter()
            .take(7)
            .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            .count();
        let opens = (at == 0 || !self.t[at - 1].is_ascii_alphanumeric())
            && self.t.get(at).is_some_and(char::is_ascii_uppercase);
        if opens && (2..=6).contains(&n) && self.t.get(at + n).is_some_and(|&c| is_han(c)) {
            n
        } else {
            0
        }
    }

    /// Whether the capital letter at `at` is inside a company's name, in a run of up to four capitals between
    /// Chinese characters (`深天马A股份有限公司`, `洛阳LYC轴承有限公司`).
    fn inner_latin(&self, at: usize) -> bool {
        let caps = |q: usize| self.t.get(q).is_some_and(char::is_ascii_uppercase);
        if !caps(at) {
            return false;
        }
        let start = (at.saturating_sub(4)..=at)
            .find(|&q| (q..=at).all(caps))
            .unwrap_or(at);
        let end = (at..self.t.len().min(at + 5))
            .find(|&q| !caps(q))
            .unwrap_or(at + 1);
        end - start <= 4
            && start > 0
            && is_han(self.t[start - 1])
            && self.t.get(end).is_some_and(|&c| is_han(c))
    }

    /// The term and governing body written between an organization and a post held in it: `第四届理事会`,
    /// `五届理事会`, `理事会`, `第三届监事会`, `董事会`, or the term alone (`第四届`); a title must follow, and the
    /// post is the organization's.
    fn term_body_len(&self, at: usize, end: usize) -> Option<usize> {
        const BODIES: [&[char]; 4] = [
            &['常', '务', '理', '事', '会'],
            &['理', '事', '会'],
            &['监', '事', '会'],
            &['董', '事', '会'],
        ];
        let first = *self.t.get(at)?;
        if !(first == '第' || first.is_ascii_digit() || "一二三四五六七八九十理监董常".contains(first))
        {
            return None;
        }
        let t = &self.t[at..end.min(self.t.len())];
        let q = match self.numbered_term_len(at, end) {
            Some(len) => len,
            None if first == '第' || first.is_ascii_digit() || "一二三四五六七八九十".contains(first) =>
            {
                return None;
            }
            None => 0,
        };
        // (`分会第四届理事长`: a term alone.)
        BODIES
            .iter()
            .find(|b| t[q..].starts_with(b))
            .map(|b| q + b.len())
            .or((q > 0).then_some(q))
    }

    /// The length of a numbered term starting at `at` (`第四届`, `五届`, `第12届`): `第` if written, one to three
    /// digits, `届`.
    fn numbered_term_len(&self, at: usize, end: usize) -> Option<usize> {
        let t = &self.t[at.min(self.t.len())..end.min(self.t.len())];
        let q = usize::from(t.first() == Some(&'第'));
        let digits = t[q..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(**c))
            .count();
        ((1..=3).contains(&digits) && t.get(q + digits) == Some(&'届')).then_some(q + digits + 1)
    }

    /// The longest title of the post-role scheme starting at `at`: (length, role).
    fn bare_title_at(&self, at: usize, end: usize) -> Option<(usize, String)> {
        if !self.t.get(at).is_some_and(|c| self.lex.first_title.contains(c)) {
            return None;
        }
        let max = self.lex.title_max.min(end.saturating_sub(at));
        for len in (2..=max).rev() {
            if let Some(role) = self.lex.titles.get(&self.t[at..at + len]) {
                let after = at + len;
                if self.t.get(after) == Some(&'会') || self.suffix_starts(after) {
                    continue;
                }
                return Some((len, role.clone()));
            }
        }
        None
    }

    /// True when an organization suffix of two or more characters starts at `at` (`委员会` after `委员`).
    pub(crate) fn suffix_starts(&self, at: usize) -> bool {
        if !self.t.get(at).is_some_and(|c| self.lex.first_suffix.contains(c)) {
            return false;
        }
        (2..=self.lex.suffix_max.min(self.t.len().saturating_sub(at)))
            .any(|len| self.lex.suffixes.contains_key(&self.t[at..at + len]))
    }

    /// A separator between two titles (`、`, `兼`), and its length.
    pub(crate) fn title_separator(&self, at: usize) -> Option<usize> {
        if self.t.get(at) == Some(&'、') {
            return Some(1);
        }
        // `省工商联副主席（兼）、浙江民营企业家协会会长俞建华`: a remark on how the post is held, then the mark.
        for remark in [&['（', '兼', '）', '、'][..], &['（', '兼', '任', '）', '、']] {
            if self.t.get(at..at + remark.len()) == Some(remark) {
                return Some(remark.len());
            }
        }
        (1..=self.lex.modifier_max).rev().find(|&len| {
            self.t
                .get(at..at + len)
                .is_some_and(|w| self.lex.modifiers.get(w) == Some(&Modifier::Separator))
        })
    }

    /// A role verb (not a filler) starts at `at`.
    pub(crate) fn verb_starts(&self, at: usize) -> bool {
        if !self.t.get(at).is_some_and(|c| self.lex.first_verb.contains(c)) {
            return false;
        }
        self.lex
            .verbs_starting(self.t[at])
            .any(|v| (!v.roles.is_empty() || v.effect != Effect::None) && self.starts_with(at, &v.head))
    }

    /// True when a role verb starts at `at`, or after words that may stand before one (`先后发言`, `分别致辞`).
    pub(crate) fn verb_starts_after_fillers(&self, mut at: usize) -> bool {
        for _ in 0..3 {
            if self.verb_starts(at) {
                return true;
            }
            let Some(&c) = self.t.get(at) else { return false };
            let Some(filler) = self.lex.verbs_starting(c).find(|v| {
                v.roles.is_empty()
                    && v.effect == Effect::None
                    && v.head.len() >= 2
                    && self.starts_with(at, &v.head)
            }) else {
                return false;
            };
            at += filler.head.len();
        }
        false
    }

    /// True when a role verb is written in full at `at`, its tail too (`作…报告`): `聂作明对白皮书进行了点评`
    /// names 聂作明, though `作` opens verbs.
    fn written_verb_at(&self, at: usize, end: usize) -> bool {
        let Some(&c) = self.t.get(at) else { return false };
        self.lex.verbs_starting(c).any(|v| {
            (!v.roles.is_empty() || v.effect != Effect::None)
                && self.starts_with(at, &v.head)
                && v.tail.as_ref().is_none_or(|tail| {
                    (at + v.head.len()..end.min(at + 40)).any(|q| self.t[q..end].starts_with(tail))
                })
        })
    }

    /// True when a role verb of three or more characters is written in full at `at` (`作交流发言`, `作…报告`,
    /// `所作的《…》`):
    /// `黄伟作交流发言` is 黄伟, though `交流发言` after 黄伟作 would be a verb too (but `王大为出席` is 王大为).
    fn whole_verb_at(&self, at: usize, end: usize) -> bool {
        let Some(&c) = self.t.get(at) else { return false };
        self.lex.verbs_starting(c).any(|v| {
            !v.roles.is_empty()
                && self.starts_with(at, &v.head)
                && match &v.tail {
                    None => v.head.len() >= 3,
                    Some(tail) => {
                        let reach = if v.head == ['作'] { 12 } else { 40 };
                        (v.head == ['作'] || v.head.len() >= 3)
                            && (at + 1..end.min(at + reach)).any(|q| self.t[q..end].starts_with(tail))
                    }
                }
        })
    }

    /// True when a person's name may end before `at`.
    pub(crate) fn name_boundary(&self, at: usize, end: usize) -> bool {
        if at >= end {
            return true;
        }
        let c = self.t[at];
        if !is_han(c) {
            return true;
        }
        (self.lex.first_name_end.contains(&c) && self.lex.name_ends.iter().any(|w| self.starts_with(at, w)))
            || self.verb_starts(at)
            || self.title_at(at, end).is_some()
            || self.appointed_at(at, end)
    }

    /// True when `at` starts an appointment after a name: 任 and a title (`褚楠任秘书长`; but `谷雨兼任…`,
    /// `钟敏连任…`, `王健担任…` end the name before the word that holds 任).
    fn appointed_at(&self, at: usize, end: usize) -> bool {
        self.t[at] == '任'
            && !self.verb_starts(at - 1)
            && !self.lex.name_ends.iter().any(|w| self.starts_with(at - 1, w))
            && self.title_at(at + 1, end).is_some()
    }

    /// True when a title ends right before `at`.
    pub(crate) fn title_ends_at(&self, at: usize) -> bool {
        (2..=self.lex.title_max.min(at)).any(|l| self.title_at(at - l, at).is_some_and(|t| t.range.end == at))
    }

    /// The surname starting at `at`, by length (two-character surnames first).
    pub(crate) fn surname_len(&self, at: usize) -> Option<usize> {
        [2, 1].into_iter().find(|&len| {
            self.t
                .get(at..at + len)
                .is_some_and(|s| self.lex.surnames.contains(s))
        })
    }

    /// A person's name starting at `at`: a surname and one or two characters, followed by a word that may follow
    /// a name. Returns where it ends.
    pub(crate) fn name_at(&self, at: usize, end: usize) -> Option<usize> {
        // `主席米歇尔·杜邦`: a transliterated name may start like a Chinese one (米).
        let dotted = self
            .dotted_name_at(at, end)
            .or_else(|| self.minority_name_at(at, end));
        let Some(surname) = self.surname_len(at).filter(|_| dotted.is_none()) else {
            return dotted;
        };
        // No name starts with a title, and no given name does either (`和副主任`, `王副会长`), nor with the name of
        // a kind of organization (`和协会`); nor is a name such a word (`商会还发布了…`).
        if self.title_at(at, end).is_some()
            || self.title_at(at + surname, end).is_some()
            || self.suffix_starts(at + surname)
            || self
                .t
                .get(at..at + 2)
                .is_some_and(|w| self.lex.suffixes.contains_key(w))
        {
            return None;
        }
        // A surname that is also a conjunction (`和`) starts a name only right after a title, with a role verb or
        // punctuation after the name (`秘书长和丽萍介绍了`, not `副会长和企业代表`).
        let conjunction = self.lex.conjunction_surnames.contains(&self.t[at..at + surname]);
        // So does one that is also a common word (`秘书长计红主持`, not `计划`).
        let word = self.lex.word_surnames.contains(&self.t[at..at + surname]);
        // (`续大伟当选会长`: or, for a common word, right before being elected to a title.)
        let elected_after = |stop: usize| {
            let elected = ['当', '选'];
            self.starts_with(stop, &elected) && self.title_at(stop + 2, end).is_some()
        };
        // (`副总经理钮志成、那日苏参加`: or, for a common word, in a list right after a name that follows a title,
        // and before a list mark or a role verb; not a province, `总经理费立成、山东新和成…`.)
        let listed_after_titled = || {
            at > 3
                && self.t[at - 1] == '、'
                && !self.place_starts(at)
                && (2..=4).any(|len| {
                    at > len + 1
                        && self.title_ends_at(at - 1 - len)
                        && self.name_at(at - 1 - len, at - 1) == Some(at - 1)
                })
                && [1, 2].iter().any(|&given| {
                    let stop = at + surname + given;
                    self.t
                        .get(stop)
                        .is_some_and(|c| matches!(c, '、' | '，' | '。' | '；'))
                        || (stop < end && self.verb_starts(stop))
                })
        };
        if (conjunction || word)
            && !self.title_ends_at(at)
            && !(word
                && (elected_after(at + surname + 1)
                    || elected_after(at + surname + 2)
                    || listed_after_titled()))
        {
            return None;
        }
        let given_ok = |len: usize| {
            let stop = at + surname + len;
            // `监事长孟庆和出席会议`: 和 ends a two-character given name right before a role verb (but `张三和李四`
            // is two people).
            // And 和 starts one (`陆和平、储昭亮`) when the name is followed by a list mark or a role verb.
            // (`教授覃永和、…`: also before a list mark, right after a title.)
            let last_ok = |k: usize, c: char| {
                len == 2
                    && c == '和'
                    && ((k == stop - 1
                        // (`副总经理糜家和分别作产品推介发言`; `秘书长闵令和，…`: the clause may end at the mark.)
                        && ((stop < end && self.verb_starts_after_fillers(stop))
                            || (matches!(self.t.get(stop), Some('、' | '，')) && self.title_ends_at(at))))
                        || (k == stop - 2
                            && (stop >= end
                                || matches!(self.t[stop], '、' | '，')
                                || self.verb_starts(stop))))
            };
            stop <= end
                && self.t[at + surname..stop].iter().enumerate().all(|(i, &c)| {
                    is_han(c) && (!self.lex.not_in_name.contains(&c) || last_ok(at + surname + i, c))
                })
                && self.name_boundary(stop, end)
                && (!conjunction || stop >= end || !is_han(self.t[stop]) || self.verb_starts(stop))
                // `秘书长和工作人员60余人参加`: no 和工 but people described (`专家和代表40余人`: nor 和代表).
                && !(conjunction
                    && (at + surname..(stop + 3).min(end))
                        .any(|q| self.lex.people_nouns.iter().any(|w| w.len() >= 2 && self.starts_with(q, w))))
                && !(self.verb_starts(at + surname) && self.written_verb_at(at + surname, end))
                // `师生代表约120人参加`: a word for people is no name, nor is `全体` in `全体理事参加会议`.
                && !self.lex.people_nouns.iter().any(|w| self.t[at..stop] == w[..])
                && !self.lex.not_names.contains(&self.t[at..stop])
                // (Nor does a name start with one: `代表新一届领导班子作表态发言`.)
                && !(stop > at + 2 && self.lex.not_names.contains(&self.t[at..at + 2]))
        };
        let two = given_ok(2);
        let one = given_ok(1);
        match (two, one) {
            // `王健等出席`: the third character is itself a word that follows names, or starts one (`钱红陪同`)…
            (true, true) => {
                let third = at + surname + 1;
                // (`教授覃永和、…`: a 和 before a list mark ends the name.)
                // (`副总经理糜家和分别作…发言`: nor one before a role verb, after an adverb or not.)
                let and_ends = self.t[third] == '和'
                    && (matches!(self.t.get(third + 1), Some('、' | '，')) && self.title_ends_at(at)
                        || self.verb_starts_after_fillers(third + 1));
                // … unless the longer name ends right before a role verb (`王大为出席`).
                // (A word of two characters or more that follows names ends it: `邢璐兼任…`, `钟敏连任会长`.)
                let short = !and_ends
                    && (self.appointed_at(third, end)
                        || self.lex.name_ends.iter().any(|w| {
                            self.starts_with(third, w)
                                && (w.len() >= 2
                                    || !self.verb_starts(at + surname + 2)
                                    || self.whole_verb_at(third, end))
                        }));
                Some(if short { at + surname + 1 } else { at + surname + 2 })
            }
            (true, false) => Some(at + surname + 2),
            (false, true) => Some(at + surname + 1),
            // `副理事长苏超、陈国兴、欧阳，秘书长…`: a compound surname alone in a list of names is a surname of one
            // character and a given name (欧 阳).
            (false, false)
                if surname == 2
                    && self.lex.surnames.contains(&self.t[at..at + 1])
                    && (self.title_ends_at(at) || at > 0 && self.t[at - 1] == '、')
                    && self
                        .t
                        .get(at + 2)
                        .is_none_or(|&c| matches!(c, '、' | '，' | '。' | '及' | '和'))
                    && !self.lex.not_in_name.contains(&self.t[at + 1]) =>
            {
                Some(at + 2)
            }
            (false, false) => None,
        }
    }

    /// `副市长娜仁其其格出席`, `副总经理索南卓玛先后发言`: a Tibetan or Mongolian name, with no Han surname, of four
    /// or five characters (or three, when it is such a word of three alone) starting with a word such names start
    /// with (`minority-name` in `cues.tsv`), right after a title or a list mark and before a word that may follow a
    /// name.
    fn minority_name_at(&self, at: usize, end: usize) -> Option<usize> {
        let start = self
            .lex
            .minority_name_starts
            .iter()
            .find(|w| self.starts_with(at, w))?;
        if !(self.title_ends_at(at) || at > 0 && self.t[at - 1] == '、') {
            return None;
        }
        // (A name that is such a word of three characters alone: `市长额尔敦出席`, `副市长其木格代表双方签署协议`.)
        let shortest = if start.len() >= 3 { start.len() } else { 4 };
        (shortest..=5).map(|len| at + len).find(|&stop| {
            stop <= end && self.t[at..stop].iter().all(|&c| is_han(c)) && self.name_boundary(stop, end)
        })
    }

    /// A name written in transliteration with a middle dot, right after a title (`一级调研员阿不都热依木·买买提出席`,
    /// `副总经理约翰·史密斯`): two parts of one to eight characters; the second ends at the first word that may
    /// follow a name (a role verb, `先后`, punctuation) after two characters.
    fn dotted_name_at(&self, at: usize, end: usize) -> Option<usize> {
        // (`让-皮埃尔·穆勒`: a hyphen may join the parts of a first name.)
        let dot = (at + 1..end.min(at + 9)).find(|&q| !is_han(self.t[q]) && self.t[q] != '-')?;
        if !matches!(self.t[dot], '·' | '•' | '・')
            || !is_han(self.t[at])
            || !is_han(self.t[dot - 1])
            || !self.title_ends_at(at)
        {
            return None;
        }
        // `古丽娜尔·艾则孜，`: a second part of two to six characters running up to punctuation is whole.
        let cap = end.min(dot + 8);
        let run = (dot + 1..cap).find(|&q| !is_han(self.t[q])).unwrap_or(cap);
        let words_inside = (dot + 2..run).any(|q| {
            self.verb_starts(q)
                || self.t[q] == '等'
                || ["先后", "分别", "依次", "一行", "同志"].contains(&self.text(q..q + 2).as_str())
        });
        if run >= dot + 3
            && !words_inside
            && (run == end || matches!(self.t[run], '，' | '、' | '。' | '；' | '（'))
        {
            return Some(run);
        }
        (dot + 2..=end.min(dot + 9))
            .take_while(|&q| is_han(self.t[q - 1]))
            // (`买买提出席`: 提出 may follow a name, but 出席 right after it says the name goes on; `买买提作交流发言`:
            // 作 opens a verb of its own, and no transliterated name has it.)
            .find(|&q| {
                self.name_boundary(q, end)
                    && !(q + 1 < end && is_han(self.t[q]) && self.t[q] != '作' && self.verb_starts(q + 1))
            })
    }

    /// Skips words that open a clause without being part of what follows (`会上`, `由`, a date).
    pub(crate) fn skip_openers(&self, mut at: usize, end: usize) -> usize {
        loop {
            let before = at;
            if let Some(o) = self.lex.openers.iter().find(|o| self.starts_with(at, o)) {
                // `会议` opens `会议由…主持`, but is also the start of words like `会议室`; only skip it before `由`.
                let next = at + o.len();
                if o.len() > 1 || next >= end || is_han(self.t[next]) {
                    at = next;
                }
                // `项目组成员、化学与材料工程学院副教授琚一鸣`: what the person is, then a chain after the mark.
                if o.len() > 2 && o.ends_with(&['成', '员']) && self.t.get(at) == Some(&'、') {
                    at += 1;
                }
            } else if matches!(self.t[at], '…' | '—') {
                // `……王强在讲话中介绍了…`: an elision (or a dash) left where the page cut the text before.
                at += 1;
                continue;
            } else if self.t[at] == '对' && at + 1 < end && !matches!(self.t[at + 1], '外' | '口') {
                // `对金龙精密铜管集团股份有限公司、中南大学…共同完成的项目进行评价`: the preposition before what is
                // evaluated (not `对外经济贸易大学`).
                at += 1;
                continue;
            } else if let Some(q) = (at + 2..end.min(at + 7)).find(|&q| {
                // `标准起草组成员单位马可波罗…`: the group whose members the list names (`起草组`, `编制组`) before an
                // opener ending in 单位.
                self.t[q - 1] == '组'
                    && self
                        .lex
                        .openers
                        .iter()
                        .any(|o| o.ends_with(&['单', '位']) && self.starts_with(q, o))
            }) && self.t[at..q].iter().all(|&c| is_han(c))
            {
                at = q;
                continue;
            }
            // `审定会由龚振宇主持`, `开班仪式由…主持`, `学习会特邀…教授作辅导报告`: a meeting named before 由 or
            // an inviting verb opens the clause.
            if let Some((by, len)) = (at + 2..end.min(at + 12)).find_map(|q| {
                if self.t[q] == '由' {
                    Some((q, 1))
                } else {
                    [&['特', '邀'][..], &['邀', '请'], &['特', '别', '邀', '请']]
                        .iter()
                        .find(|w| self.starts_with(q, w))
                        .map(|w| (q, w.len()))
                }
            }) && self.t[at..by].iter().all(|&c| is_han(c))
                && (self.meeting_word_ends(by)
                    || self.t[at..by].ends_with(&['仪', '式'])
                    || self.t[at..by].ends_with(&['环', '节'])
                    // (`培训邀请…担任主讲`, `活动特邀…`)
                    || self.t[at..by].ends_with(&['培', '训'])
                    || self.t[at..by].ends_with(&['活', '动']))
            {
                at = by + len;
            }
            // A date: `10月14日`, `2025年10月14日`, `14日上午`.
            let mut p = at;
            while p < end
                && (self.t[p].is_ascii_digit()
                    || matches!(self.t[p], '年' | '月' | '日' | '上' | '下' | '午'))
            {
                p += 1;
            }
            if p > at && self.t[at].is_ascii_digit() && self.t[at..p].iter().any(|c| matches!(c, '月' | '日'))
            {
                at = p;
            }
            if at == before || at >= end {
                return at.min(end);
            }
        }
    }

    /// True when a meeting noun of two or more characters ends at `at` (`审定会`, `主论坛`, `开班仪式`).
    pub(crate) fn meeting_word_ends(&self, at: usize) -> bool {
        self.lex.meeting_nouns.iter().any(|n| {
            let n: Vec<char> = n.chars().collect();
            n.len() >= 2 && at >= n.len() && self.t[at - n.len()..at] == n[..]
        })
    }

    /// The longest organization suffix ending at `end` (not reaching before `start`).
    fn suffix_ending(&self, start: usize, end: usize) -> Option<(usize, &super::lexicons::Suffix)> {
        // `中国民航大学校企合作签约仪式`: a university's name, and 校企 (school and enterprise) after it.
        if end - start >= 3 && self.t[end - 3..end] == ['大', '学', '校'] && self.t.get(end) == Some(&'企')
        {
            return None;
        }
        (1..=self.lex.suffix_max.min(end - start))
            .rev()
            .find_map(|len| self.lex.suffixes.get(&self.t[end - len..end]).map(|s| (len, s)))
    }

    /// Whether `第` + a Chinese numeral + an organization suffix (`第十八研究所`, `第二分公司`) starts at `at`: the
    /// name of a numbered unit, which is written with its parent's name and never stands alone.
    fn numbered_unit_at(&self, at: usize, end: usize) -> bool {
        if at >= end || self.t[at] != '第' {
            return false;
        }
        let digits = self.t[at + 1..end]
            .iter()
            .take_while(|c| "一二三四五六七八九十百零〇".contains(**c))
            .count();
        let k = at + 1 + digits;
        digits > 0
            && (k + 1..=end.min(k + self.lex.suffix_max)).any(|m| {
                self.lex
                    .suffixes
                    .get(&self.t[k..m])
                    .is_some_and(|s| s.kind != "government-body")
            })
    }

    /// [`Self::suffix_ending`] for the other stages.
    pub(crate) fn suffix_ending_pub(&self, start: usize, end: usize) -> Option<usize> {
        self.suffix_ending(start, end).map(|(len, _)| len)
    }

    /// A registered organization whose name or alias is exactly `range`.
    ///
    /// A bare kind word (`协会`, `集团`, `联盟`) stands for the one registered organization whose name ends with it.
    fn known_org(&self, range: Range<usize>) -> Option<usize> {
        if let Some(&i) = self.org_index.get(&self.t[range.clone()]) {
            return Some(i);
        }
        if let Some(o) = self.clipped_association(range.clone()) {
            return Some(o);
        }
        if let Some(o) = self.self_reference(range.clone()) {
            return Some(o);
        }
        if let Some(o) = self.same_sentence_reference(range.clone()) {
            return Some(o);
        }
        // `学校副校长慕容丹`, `我校科学技术发展研究院` on a page saved without its site: the one university of the page.
        if matches!(self.t[range.clone()], ['学', '校'] | ['我' | '本', '校']) {
            return self.the_university();
        }
        let name = self.text(range.clone());
        // `省贸促会` after `山东省贸促会`, `市工信局` after `扬州市工信局`: the place's name dropped.
        if range.len() >= 4
            && matches!(self.t[range.start], '省' | '市')
            && let Some(o) = self.one_named_after(&name, |place| (2..=4).contains(&place.chars().count()))
        {
            return Some(o);
        }
        // `繁昌区人民政府` after `芜湖市繁昌区人民政府`: a district's or county's body with its city's name dropped.
        if range.len() >= 5
            && let Some(level) =
                (range.start + 2..range.start + 5).find(|&q| matches!(self.t[q], '区' | '县'))
            && level + 2 < range.end
            && let Some(o) = self.one_named_after(&name, |city| {
                city.ends_with('市') && (3..=4).contains(&city.chars().count())
            })
        {
            return Some(o);
        }
        // `成都市委社会工作部` after `中共成都市委社会工作部`: the party's name dropped.
        if range.len() >= 4
            && self.t[range.clone()].contains(&'委')
            && let Some(o) = self.one_named_after(&name, |party| party == "中共")
        {
            return Some(o);
        }
        if let Some(o) = self.company_core(range.clone()) {
            return Some(o);
        }
        if let Some(o) = self.clipped_company(range.clone()) {
            return Some(o);
        }
        if let Some(o) = self.alias_tail(range.clone()) {
            return Some(o);
        }
        let unit_word = self
            .lex
            .suffixes
            .get(&self.t[range.clone()])
            .filter(|_| range.len() >= 2)
            .map(|s| s.unit)?;
        // `国资委` also stands for a `…国有资产监督管理委员会` written in full.
        let expanded: Option<String> = self
            .lex
            .abbreviations
            .iter()
            .find(|(a, _)| self.t[range.clone()] == a[..])
            .map(|(_, full)| full.iter().collect());
        let found: Vec<usize> = self
            .orgs
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                o.unit == unit_word
                    && o.name != name
                    // `集团总经济师韩梅` after `酒泉钢铁（集团）有限责任公司（以下简称“酒钢集团”）`: its short form.
                    && (ends_with_kind(&o.name, &name)
                        || o.aliases.iter().any(|a| a != &name && a.ends_with(&name))
                        || expanded.as_ref().is_some_and(|e| o.name.ends_with(e.as_str())))
            })
            .map(|(i, _)| i)
            .collect();
        // `集团` for `江苏苏能电力集团有限公司` when no name ends with 集团 itself: a group's registered form.
        let found = if found.is_empty() && name == "集团" {
            (0..self.orgs.len())
                .filter(|&i| {
                    !self.orgs[i].unit
                        && ["集团有限公司", "集团股份有限公司", "集团有限责任公司", "集团公司"]
                            .iter()
                            .any(|f| self.orgs[i].name.ends_with(f))
                })
                .collect()
        } else {
            found
        };
        match found.as_slice() {
            [one] => Some(*one),
            // `协会常务副会长兼秘书长王昕主持` in the report of a meeting one of several associations holds: its own;
            // for a meeting of a unit of one of them, that one; else the site's owner.
            many => self
                .host
                .filter(|h| many.contains(h))
                .or_else(|| self.host.map(|h| self.root(h)).filter(|r| many.contains(r)))
                .or_else(|| self.site_owner.filter(|o| many.contains(o))),
        }
    }

    /// The one organization (no unit) whose name or an alias is `name` after words `place` accepts (`扬州` before
    /// `市工信局`, `芜湖市` before `繁昌区人民政府`).
    fn one_named_after(&self, name: &str, place: impl Fn(&str) -> bool) -> Option<usize> {
        let mut found = (0..self.orgs.len()).filter(|&o| {
            let org = &self.orgs[o];
            !org.unit
                && std::iter::once(&org.name)
                    .chain(&org.aliases)
                    .any(|n| n.strip_suffix(name).is_some_and(&place))
        });
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }

    /// `增补上海积塔半导体有限公司为常务理事单位，增补该公司总经理卫中恒为…`: `该公司` (`该企业`, `该集团`, `该协会`)
    /// is the one organization of its kind that its sentence named before it.
    fn same_sentence_reference(&self, range: Range<usize>) -> Option<usize> {
        let kinds: &[&str] = match &self.t[range.clone()] {
            ['该', '公', '司'] | ['该', '企', '业'] | ['该', '集', '团'] => &["company", "group"],
            ['该', '协', '会'] | ['该', '商', '会'] | ['该', '学', '会'] => {
                &["industry-association"]
            }
            _ => return None,
        };
        let mut found = self.orgs.iter().enumerate().filter(|(_, o)| {
            !o.unit
                && kinds.contains(&o.kind.as_str())
                && o.evidence.start <= range.start
                && range.end <= o.evidence.end
        });
        let (one, _) = found.next()?;
        found.next().is_none().then_some(one)
    }

    /// `我会理事长`, `本校党委书记`, `我院院长`, `省局副局长`: the page's owner, named by the word its own pages use
    /// for it, when its name ends with the kind that word names.
    fn self_reference(&self, range: Range<usize>) -> Option<usize> {
        let word = self.text(range);
        let ends = self_reference_ends(&word)?;
        // (`省局党组成员、副局长沈放` on a provincial bureau's site: its level too.)
        let level = word
            .strip_suffix(['局', '厅'])
            .filter(|l| matches!(*l, "省" | "市"));
        let fits = |o: usize| {
            let name = &self.orgs[o].name;
            ends.iter().any(|e| name.ends_with(e)) && level.is_none_or(|l| name.contains(l))
        };
        if let Some(owner) = self.site_owner {
            return (!self.orgs[owner].unit && fits(owner)).then_some(owner);
        }
        // `我院教授邵晓丽` on the site of the college that undertakes the meeting: the one body of the meeting's
        // organizers the word fits.
        let mut bodies = self.meeting_bodies.iter().copied().filter(|&o| fits(o));
        let one = bodies.next()?;
        bodies.all(|o| o == one).then_some(one)
    }

    /// A clipped name ([`Self::clipped_association`]) split: its last character, the characters before it, and
    /// the kind word the last one clips.
    fn clipped_parts(&self, range: Range<usize>) -> Option<(char, &[char], &'static [char])> {
        let short = &self.t[range.clone()];
        if !(2..=4).contains(&short.len()) {
            return None;
        }
        let (&last, stem) = short.split_last()?;
        let kind_word: &[char] = match last {
            '协' => &['协', '会'],
            '联' => &['联', '合', '会'],
            // `规划院` for `冶金工业规划研究院`: a research institute clipped to a word of its name and `院`.
            '院' if stem.len() >= 2 => &['院'],
            _ => return None,
        };
        let next = self.t.get(range.end).copied();
        // `规划院长`, `钢研院士`: a title, not a clipped name.
        if last == '院' && matches!(next, Some('长' | '士' | '校' | '办')) {
            return None;
        }
        // `钢协会长`: the association's 会长, not a `钢协会`.
        let title_after = next == Some('会') && self.title_at(range.end, self.t.len()).is_some();
        if matches!(
            next,
            Some('会' | '合' | '盟' | '调' | '议' | '作' | '办' | '同' | '助' | '系' | '络' | '通')
        ) && !title_after
            || stem.iter().any(|c| !is_han(*c) || *c == last)
        {
            return None;
        }
        Some((last, stem, kind_word))
    }

    /// A national or provincial association's clipped name before its full name is read (`中国印协柔性版印刷分会…`,
    /// `中电联`, `鲁化协`): three or four characters starting with 中 or a province's one-character name and
    /// ending in `协` or `联`. It stands as an association of its own until the full name folds it
    /// ([`Doc::fold_short_forms`], with the abbreviations `协` and `联` of `cues.tsv`).
    pub(crate) fn unregistered_clipped(&self, range: Range<usize>) -> bool {
        self.clipped_parts(range).is_some_and(|(last, stem, _)| {
            last != '院'
                && (2..=3).contains(&stem.len())
                && (stem[0] == '中' || province_of_abbreviation(stem[0]).is_some())
        })
    }

    /// The genre's clipped names of associations and federations, used without being defined: `钢协`, `中钢协`,
    /// `有色协` for `中国钢铁工业协会` or `中国有色金属工业协会`, `石化联` for a `…联合会`. Two to four characters
    /// ending in `协` (not `协会`) or `联` (not `联合会`, `联盟`), the others in order within the name of exactly one
    /// registered association, the first of them among its first characters.
    fn clipped_association(&self, range: Range<usize>) -> Option<usize> {
        let (last, stem, kind_word) = self.clipped_parts(range)?;
        let found: Vec<usize> = (0..self.orgs.len())
            .filter(|&o| {
                let org = &self.orgs[o];
                let name: Vec<char> = org.name.chars().collect();
                let kind = if last == '院' {
                    "research-institute"
                } else {
                    "industry-association"
                };
                let head = &name[..name.len().saturating_sub(kind_word.len())];
                // `鲁化协` for `山东省化工行业协会`: a province by its one-character abbreviation.
                if let Some(province) = province_of_abbreviation(stem[0])
                    && last != '院'
                    && stem.len() >= 2
                {
                    // (`山东省…`, `山东…`: its first two characters.)
                    let province: Vec<char> = province.chars().take(2).collect();
                    return !org.unit
                        && org.kind == "industry-association"
                        && name.ends_with(kind_word)
                        && head.starts_with(&province)
                        && is_subsequence(&stem[1..], &head[province.len()..]);
                }
                !org.unit
                    && org.kind == kind
                    && name.ends_with(kind_word)
                    && (name[..3.min(name.len())].contains(&stem[0])
                        || (last == '院' && head.windows(stem.len()).any(|w| w == stem)))
                    && is_subsequence(stem, head)
                    && (last != '院' || stem.len() + 3 <= name.len())
            })
            .collect();
        match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Reads `range` as one or more organizations, each a unit of the one before (`中国有色金属工业协会稀土金属
    /// 咨询与协调部`). The first must be an organization in its own right, unless none is possible.
    pub(crate) fn parse_orgs(&self, range: Range<usize>) -> Option<Vec<OrgPiece>> {
        // `中华人民共和国工业和信息化部`, `中华人民共和国商务部`: a national body is recorded by its usual name,
        // without the state's name before it.
        const STATE: [char; 7] = ['中', '华', '人', '民', '共', '和', '国'];
        if range.len() > STATE.len() + 1 && self.t[range.clone()].starts_with(&STATE) {
            let rest = range.start + STATE.len()..range.end;
            if let Some(pieces) = self.parse_orgs(rest) {
                return Some(pieces);
            }
        }
        // `当选首届专委会主任委员`, `第二届理事会`: a term before a body is no part of its name.
        let term = if self.t[range.clone()].starts_with(&['首', '届']) {
            2
        } else {
            self.numbered_term_len(range.start, range.end).unwrap_or(0)
        };
        if term > 0 && range.len() > term + 1 {
            return self.parse_orgs(range.start + term..range.end);
        }
        // `我校科学技术发展研究院院长`, `学校科学技术研究院`: the page's word for its owner before a unit is the
        // owner, and the unit is its unit.
        if matches!(self.t[range.start], '我' | '本' | '学')
            && range.len() > 3
            && matches!(
                self.t[range.start + 1],
                '校' | '会' | '院' | '所' | '司' | '公' | '厅' | '局' | '委'
            )
            && let Some(n) = [2, 3].into_iter().find(|&n| {
                range.len() > n + 1
                    && (self_reference_ends(&self.text(range.start..range.start + n)).is_some()
                        || (n == 2 && self.t[range.start + 1] == '校'))
            })
            && !matches!(self.t[range.start + n], '和' | '与' | '及' | '、' | '同')
            && let Some(owner) = self.known_org(range.start..range.start + n)
            && let Some(mut rest) = self.parse_orgs(range.start + n..range.end)
        {
            rest[0].unit = true;
            let own = range.start..range.start + n;
            rest.insert(
                0,
                OrgPiece {
                    range: own.clone(),
                    written: own,
                    kind: self.orgs[owner].kind.clone(),
                    unit: false,
                    alias: None,
                    known: Some(owner),
                    name: None,
                },
            );
            return Some(rest);
        }
        // `李克坚代表赣州市人民政府`: a name holds no role verb (but `迪拜工商会中国代表处` is a unit).
        let verb = |q: usize| {
            self.lex.first_verb.contains(&self.t[q])
                && self.lex.verbs_starting(self.t[q]).any(|v| {
                    v.tail.is_none()
                        && v.head.len() >= 2
                        && !v.roles.is_empty()
                        && self.t[q..range.end].starts_with(&v.head)
                })
        };
        if range.clone().any(|q| {
            verb(q)
                || (self.t[q..range.end].starts_with(&['代', '表'])
                    && !self.t[q..range.end].starts_with(&['代', '表', '处']))
        }) {
            return None;
        }
        if range.clone().any(|p| self.stops_name(p)) {
            return None;
        }
        // `宁海县人民政府分别对所属重点项目进行了推介`: an adverb of several doers is in no name.
        if self.t[range.clone()]
            .windows(2)
            .any(|w| matches!(w, ['分', '别'] | ['先', '后'] | ['依', '次']))
        {
            return None;
        }
        // `上海市集成电路行业协会会长张文彦一行来访江苏省半导体行业协会`: a title followed by a person's name
        // is never inside an organization's name.
        if range.len() >= 8
            && (range.start + 2..range.end.saturating_sub(2)).any(|k| {
                self.title_at(k, range.end).is_some_and(|t| {
                    t.range.end < range.end && self.name_at(t.range.end, range.end).is_some()
                })
            })
        {
            return None;
        }
        // `国家能源投资集团有限责任公司所属神东煤炭集团有限责任公司`: a subsidiary written after its owner and 所属
        // is the subsidiary, an organization of its own.
        if let Some(k) =
            (range.start + 2..range.end.saturating_sub(3)).find(|&k| self.t[k..].starts_with(&['所', '属']))
            && self.parse_orgs(range.start..k).is_some()
            && let Some(pieces) = self.parse_orgs(k + 2..range.end)
        {
            return Some(pieces);
        }
        // `厅机关有关处室和厅属有关单位`, `昆明理工大学相关职能部门和学院`: a determiner is in no organization's name.
        if self.t[range.clone()]
            .windows(2)
            .any(|w| w == ['有', '关'] || w == ['相', '关'])
        {
            return None;
        }
        // `副秘书长吴晓燕、钱进及综合部主任程丽`: a person's name and a conjunction start no organization's name
        // (but a school's name joins its two fields with 与: `冶金与生态工程学院`).
        let school =
            |name_end: usize| self.t[name_end] == '与' && self.t[range.clone()].ends_with(&['学', '院']);
        if self.t[range.clone()]
            .iter()
            .any(|c| matches!(c, '及' | '和' | '与' | '、'))
            && let Some(name_end) = self.name_at(range.start, range.end)
            && name_end < range.end
            && matches!(self.t[name_end], '及' | '和' | '与' | '、')
            && !school(name_end)
            && self.known_org(range.start..name_end).is_none()
            // (`江西和美陶瓷有限公司`: a province or a city reads like a name, 江 西, and starts a company's.)
            && !self.is_place(&self.text(range.start..name_end))
            // (Nor `区工业和信息化局`: the district's bureau, the surname 区 its level.)
            && !(self.t[range.start] == '区' && self.parse_orgs(range.start + 1..range.end).is_some())
        {
            return None;
        }
        // Han characters only, but for a short form with digits or capitals in parentheses (`（中电科58所）`), a
        // brand in capitals the name opens with (`TCL科技集团股份有限公司`) and capitals inside (`洛阳LYC轴承有限公司`).
        let lead = self.latin_lead(range.start).min(range.len());
        let mut depth = 0;
        let plain = (range.start + lead..range.end).all(|q| {
            let c = self.t[q];
            match c {
                '（' => depth += 1,
                '）' => depth -= 1,
                _ => {}
            }
            is_han(c)
                || "（）“”".contains(c)
                || (depth > 0 && c.is_ascii_alphanumeric())
                || self.inner_latin(q)
        });
        if range.is_empty() || range.len() > ORG_MAX * 2 || !plain {
            return None;
        }
        let mut pieces = self
            .split_orgs(range.clone(), true, 0, None)
            .or_else(|| self.split_orgs(range, false, 0, None))?;
        // `中国国际贸易促进委员会广东省委员会`: a province's or city's committee of a national body is one name.
        let mut i = 1;
        while i < pieces.len() {
            let name = &self.t[pieces[i].range.clone()];
            let regional = name.ends_with(&['委', '员', '会'])
                && (3..=8).contains(&(name.len() - 3))
                && matches!(name[name.len() - 4], '省' | '市' | '区')
                && pieces[i - 1].alias.is_none()
                // `国家税务总局常州市武进区税务局`: a local tax bureau is named with the national one.
                || name.ends_with(&['税', '务', '局'])
                    && name.len() >= 5
                    && self.t[pieces[i - 1].range.clone()] == ['国', '家', '税', '务', '总', '局'];
            // `…数据中心委员会`: a bare 委员会 after a unit is the end of that unit's name, not a unit of it.
            let bare_committee =
                name == ['委', '员', '会'] && pieces[i - 1].unit && pieces[i - 1].alias.is_none();
            let party_department = self.party_department(&pieces[i - 1], &pieces[i]);
            // `南京市人民政府新闻办公室`: a government's press office is named with the government, as writers record it.
            let press_office = name == ['新', '闻', '办', '公', '室']
                && self.t[pieces[i - 1].range.clone()].ends_with(&['人', '民', '政', '府'])
                && pieces[i - 1].alias.is_none();
            if regional || bare_committee || party_department || press_office {
                let piece = pieces.remove(i);
                let prev = &mut pieces[i - 1];
                let level_only = prev.written.len() == 2;
                prev.range.end = piece.range.end;
                prev.written.end = piece.written.end;
                prev.alias = piece.alias;
                prev.known = None;
                if party_department {
                    // (`成都市委社会工作部` after `中共成都市委社会工作部`: that one.)
                    prev.known = self.known_org(prev.range.clone());
                    // (`市委` + `统战部`: the department is named with the committee's full name, `泉州市委统战部`.)
                    if level_only && let Some(full) = &mut prev.name {
                        full.extend(&self.t[piece.range]);
                    } else {
                        prev.name = None;
                    }
                    if prev.unit {
                        prev.kind = piece.kind;
                    }
                }
            } else if let Some(k) = self.branch_of_national(&pieces[i - 1], &pieces[i]) {
                // The unit's name goes on after the branch (`…宁波市分行国际结算部`): the rest is its unit.
                let whole = pieces[i].range.start + k == pieces[i].range.end;
                let piece = if whole {
                    pieces.remove(i)
                } else {
                    pieces[i].clone()
                };
                let prev = &mut pieces[i - 1];
                prev.range.end = piece.range.start + k;
                prev.written.end = piece.range.start + k;
                prev.known = None;
                if whole {
                    prev.written.end = piece.written.end;
                    prev.alias = piece.alias;
                } else {
                    pieces[i].range.start += k;
                    pieces[i].written.start += k;
                }
                i += usize::from(!whole);
            } else {
                i += 1;
            }
        }
        Some(pieces)
    }

    /// `市委` + `统战部`, `中共成都市委` + `社会工作部`, a company's `党委` + `组织部` (`工作部`): a department of a party
    /// committee written right after it is named with it (`市委统战部`, `党委组织部`), as most of the writers of the
    /// test reports record it (five of seven for a place's committee, three of four for a company's).
    fn party_department(&self, body: &OrgPiece, unit: &OrgPiece) -> bool {
        const DEPARTMENTS: [&[char]; 6] = [
            &['统', '战', '部'],
            &['工', '作', '部'],
            &['宣', '传', '部'],
            &['组', '织', '部'],
            &['社', '会', '工', '作', '部'],
            &['统', '一', '战', '线', '工', '作', '部'],
        ];
        let name = &self.t[body.range.clone()];
        let committee = if body.unit {
            name == ['党', '委']
        } else {
            body.kind == "government-body"
                && name.len() >= 2
                && name.ends_with(&['委'])
                && matches!(name[name.len() - 2], '省' | '市' | '县' | '区' | '州' | '盟')
        };
        let department = &self.t[unit.range.clone()];
        // (Not where the page also gives the department as a post of its own after the committee's, `市委常委、
        // 统战部部长`: the writers who read that record the department as the committee's unit throughout.)
        let own_post = || {
            self.t
                .windows(3 + department.len())
                .any(|w| w.starts_with(&['常', '委', '、']) && w.ends_with(department))
        };
        committee
            && body.alias.is_none()
            && unit.unit
            && unit.range.start == body.written.end
            && DEPARTMENTS.contains(&department)
            && !own_post()
    }

    /// `国家税务总局` + `宁波市税务局`, `中国银行` + `宁波市分行…`, `江西省人民政府` + `驻上海办事处`, `…保险公司` +
    /// `湖北分公司`, `中国船级社` + `上海分社`: a place's
    /// branch of a national body, or a government's office in another city, read as a unit but one name with the
    /// body before it. The length of the branch's own words at the start of `unit`.
    fn branch_of_national(&self, body: &OrgPiece, unit: &OrgPiece) -> Option<usize> {
        if body.unit || !unit.unit || body.alias.is_some() {
            return None;
        }
        let before = self.text(body.range.clone());
        let name = &self.t[unit.range.clone()];
        // `驻上海办事处`, `驻京联络处`
        if before.ends_with("人民政府") && name.first() == Some(&'驻') {
            return ["办事处", "联络处", "代表处"]
                .iter()
                .map(|w| w.chars().collect::<Vec<_>>())
                .find_map(|w| (4..=name.len()).find(|&k| name[..k].ends_with(&w)));
        }
        // `水利部长江水利委员会`: the ministry's commission of a river basin.
        if before == "水利部" {
            let tail: String = name.iter().collect();
            if let Some(k) = ["长江", "黄河", "淮河", "海河", "珠江", "松辽", "太湖"]
                .iter()
                .filter(|r| tail.starts_with(**r))
                .find_map(|_| tail.find("委员会"))
            {
                return Some(tail[..k].chars().count() + 3);
            }
        }
        // `国家能源局南方监管局`: a national administration's regional office.
        if before.starts_with("国家") && before.ends_with('局') && name.len() <= 7 {
            let tail: String = name.iter().collect();
            if tail.ends_with("监管局") || tail.ends_with("监管办") || tail.ends_with("监管办公室")
            {
                return Some(name.len());
            }
        }
        let words: &[&str] = if before.ends_with("银行") || before.ends_with("银行股份有限公司") {
            &["分行", "支行"]
        } else if before.ends_with("总局") {
            &["税务局", "监管局", "监管分局", "分局", "局"]
        } else if before.ends_with('社') {
            // `中国船级社上海分社`, `新华社湖北分社`.
            &["分社"]
        } else if ["公司", "集团", "事务所"].iter().any(|w| before.ends_with(w)) {
            // `中国出口信用保险公司湖北分公司`, `德勤华永会计师事务所武汉分所`, `…公司嘉兴办事处`; also a city the page
            // writes with its level elsewhere (`芜湖分公司` beside `芜湖市`).
            const BRANCHES: [&str; 4] = ["分公司", "分所", "办事处", "代表处"];
            let tail: String = name.iter().collect();
            let city = BRANCHES
                .iter()
                .find_map(|w| tail.strip_suffix(w))
                .filter(|c| (2..=3).contains(&c.chars().count()))?;
            let written: Vec<char> = format!("{city}市").chars().collect();
            if self.t.windows(written.len()).any(|w| w == written.as_slice()) {
                return Some(name.len());
            }
            &BRANCHES
        } else {
            return None;
        };
        // A place of two to four characters ending in its level (`宁波市`, `江西省`), or a province.
        let place = (3..=5)
            .filter(|&l| l < name.len())
            .find(|&l| PLACE_LEVELS.contains(&name[l - 1]) && name[..l].iter().all(|&c| is_han(c)));
        let place = place.or_else(|| {
            self.lex
                .place_prefixes
                .iter()
                .map(|p| p.chars().collect::<Vec<_>>())
                .filter(|p| name.starts_with(p))
                .map(|p| p.len())
                .max()
        })?;
        words.iter().find_map(|w| {
            let w: Vec<char> = w.chars().collect();
            name[place..].starts_with(&w).then_some(place + w.len())
        })
    }

    /// `above`: the kind of the organization read before this one, which a name ending in a formal suffix may be
    /// a unit of (`清华大学` + `材料学院`, `应急管理部` + `…监督管理局`; `unit-under` in `cues.tsv`).
    fn split_orgs(
        &self,
        range: Range<usize>,
        first_formal: bool,
        depth: usize,
        above: Option<&str>,
    ) -> Option<Vec<OrgPiece>> {
        if range.is_empty() {
            return Some(Vec::new());
        }
        // No unit's name starts with a conjunction (`甲协会党委与乙集团党委` is two chains); a unit's may start with
        // capitals between Han characters (`京东方科技集团股份有限公司LED事业部`).
        if depth > 5
            || !(is_han(self.t[range.start])
                || depth == 0 && self.latin_lead(range.start) > 0
                || depth > 0 && self.inner_latin(range.start))
            || (depth > 0 && matches!(self.t[range.start], '与' | '和' | '及'))
        {
            return None;
        }
        // Nor with a self-reference and a conjunction (`我校与山东瑞丰纸业集团签署…`: two parties).
        if self.t[range.start] == '我'
            && range.len() > 3
            && matches!(self.t[range.start + 2], '与' | '和' | '同' | '及')
        {
            return None;
        }
        // Nor with a determiner (`…厅有关处室负责同志`: `有关处` is no unit) or the like (`no-org-start` in
        // `cues.tsv`).
        if self
            .lex
            .no_org_start
            .iter()
            .any(|w| self.t[range.clone()].starts_with(w))
        {
            return None;
        }
        // Nor does a name hold the verb of a meeting (`中国皮革协会召开假发制品专业委员会成立大会`: the committee is
        // named after the verb, and it is the association's).
        if self.t[range.clone()]
            .windows(2)
            .any(|w| matches!(w, ['召', '开'] | ['举', '办' | '行']))
        {
            return None;
        }
        let first = depth == 0;
        // Nor with the words that end a company's name (`甲铜集团` + `有限公司党委` is `甲铜集团有限公司` + `党委`), or
        // an association's (`中国博物馆` + `协会藏品保护专业委员会` is `中国博物馆协会` + `藏品保护专业委员会`), or a
        // party school's (`中共浙江省委` + `党校经济学教研部` is `中共浙江省委党校` + `经济学教研部`; `海关总署`).
        if !first
            && (self.t[range.clone()].starts_with(&['党', '校'])
                || self.t[range.clone()].starts_with(&['总', '署'])
                || (2..=self.lex.suffix_max.min(range.len())).any(|l| {
                    self.lex
                        .suffixes
                        .get(&self.t[range.start..range.start + l])
                        .is_some_and(|s| {
                            !s.unit && matches!(s.kind.as_str(), "company" | "group" | "industry-association")
                        })
                }))
        {
            return None;
        }
        // Nor in the middle of `行业` (`中国银行` + `业协会…` is `中国银行业协会` + …).
        if !first && self.t[range.start] == '业' && range.start > 0 && self.t[range.start - 1] == '行' {
            return None;
        }
        // Nor after a `部` that is no department: a direction's (`广西壮族自治区北部` + `湾经济区…办公室` is
        // `…北部湾经济区…办公室`), or one after a conjunction (`住宅装饰装修和部` + `品产业分会` is `…和部品产业分会`).
        if !first
            && range.start >= 2
            && self.t[range.start - 1] == '部'
            && matches!(
                self.t[range.start - 2],
                '东' | '西' | '南' | '北' | '中' | '和' | '与' | '及'
            )
        {
            return None;
        }
        // `厅党组成员、副厅长周涛`, `厅装备工业处处长胡志远` on a department's own site: the one character of its
        // kind stands for it.
        if first && let Some(k) = self.single_char_ref(range.start) {
            let kind = self.orgs[k].kind.clone();
            if let Some(mut rest) =
                self.split_orgs(range.start + 1..range.end, first_formal, depth + 1, Some(&kind))
            {
                let mut out = vec![OrgPiece {
                    range: range.start..range.start + 1,
                    written: range.start..range.start + 1,
                    kind,
                    unit: false,
                    alias: None,
                    name: None,
                    known: Some(k),
                }];
                out.append(&mut rest);
                return Some(out);
            }
        }
        let lead = if first { self.latin_lead(range.start) } else { 0 };
        // `药用辅料专业委员会` registered by its name: no shorter match read into it (a company clipped to `药用辅料`)
        // starts it.
        // (Looked for only when such a match turns up: this runs for every reading of a name.)
        let registered = std::cell::OnceCell::new();
        let registered = || {
            *registered.get_or_init(|| {
                (range.start + 3..=range.end.min(range.start + ORG_MAX))
                    .rev()
                    .find(|&e| self.org_index.contains_key(&self.t[range.start..e]))
            })
        };
        for j in range.start + 2..=range.end.min(range.start + ORG_MAX) {
            // `巴斯夫（中国）有限公司`: a place in parentheses inside a name is part of it.
            if !is_han(self.t[j - 1])
                && !self.in_place_paren(j - 1, range.end)
                && j > range.start + lead
                && !self.inner_latin(j - 1)
            {
                break;
            }
            let known = self.known_org(range.start..j);
            if known.is_some()
                && !self.org_index.contains_key(&self.t[range.start..j])
                && registered().is_some_and(|e| j < e)
            {
                continue;
            }
            // `中国电子科技集团公司第十八研究所`, `中铁第四勘察设计院`: a numbered unit is named with its parent.
            if known.is_none() && self.numbered_unit_at(j, range.end) {
                continue;
            }
            let piece = match (known, self.suffix_ending(range.start, j)) {
                (Some(k), _) => {
                    let org = &self.orgs[k];
                    Some((org.kind.clone(), org.unit))
                }
                (None, Some((len, suffix))) => {
                    let prefix = j - range.start - len;
                    let whole = prefix == 0 && (suffix.unit || suffix.kind == "government-body") && len >= 2;
                    // `省国资委`, `市发改委`, `省政府`: a province's or city's body by its standard abbreviation.
                    // `市工商联`, `省贸促会`: the same for the bodies named by a three-character word.
                    let local = prefix == 1
                        && (len >= 3 || matches!(self.t[j - len..j], ['政', '府'] | ['政', '协']))
                        && matches!(self.t[range.start], '省' | '市' | '县' | '区')
                        && (suffix.kind == "government-body" || (len >= 3 && !suffix.unit));
                    // A school of one character's field after its university (`浙江大学药学院`, `…大学医学院`), or
                    // alone on a page of one university (`农学院院长…`).
                    let school = prefix == 1
                        && self.t[j - len..j] == ['学', '院']
                        && (above == Some("university") || first && self.the_university().is_some());
                    // `团市委`: the Youth League's committee of a city.
                    let league = prefix == 1
                        && first
                        && self.t[range.start] == '团'
                        && len == 2
                        && self.t[j - 1] == '委';
                    let ok = prefix >= 2
                        || whole
                        || local
                        || league
                        || (prefix == 1 && suffix.unit && !first)
                        || (first && school);
                    // … but `党委理论学习中心` after a company starts with a unit of its own (`党委`).
                    let under = !first
                        && !suffix.unit
                        && (prefix >= 2 || school)
                        && !self.suffix_starts(range.start)
                        && above.is_some_and(|k| {
                            self.lex
                                .unit_under
                                .get(&self.t[j - len..j])
                                .is_some_and(|kinds| kinds.iter().any(|x| x == k))
                        });
                    // `国际大坝委员会`, `全国…标准化技术委员会`, `国家药典委员会`: a committee named as a national or
                    // international body is one of its own.
                    // So is a committee of the Youth League (`共青团合肥市委员会`).
                    let national = first
                        && suffix.unit
                        && prefix >= 4
                        && self.t[j - len..j].ends_with(&['委', '员', '会'])
                        && ["中国", "国际", "全国", "国家", "共青"]
                            .iter()
                            .any(|w| self.text(range.start..range.start + 2) == *w)
                        // So is an office named with its own province or city (`广西壮族自治区北部湾经济区规划建设管理
                        // 办公室`), not a unit of a body named before it.
                        || first
                            && suffix.unit
                            && prefix >= 4
                            && self.t[..j].ends_with(&['办', '公', '室'])
                            && self.starts_with_place(&self.text(range.start..j));
                    // `中国纺联标准化技术委员会`, `中国电信股份有限公司研究院`: a committee's kind word alone after its
                    // organization is its unit, and so is a research institute's or centre's under the kinds that
                    // have them (`unit-under`).
                    let own_unit = !first
                        && prefix == 0
                        && (suffix.kind == "committee"
                            || above.is_some_and(|k| {
                                self.lex
                                    .unit_under
                                    .get(&self.t[j - len..j])
                                    .is_some_and(|kinds| kinds.iter().any(|x| x == k))
                            }));
                    if under {
                        Some(("department".to_owned(), true))
                    } else if own_unit {
                        Some((suffix.kind.clone(), true))
                    } else {
                        ok.then(|| (suffix.kind.clone(), suffix.unit && !national))
                    }
                }
                (None, None) if self.unregistered_clipped(range.start..j) => {
                    Some(("industry-association".to_owned(), false))
                }
                _ => None,
            };
            let Some((kind, unit)) = piece else { continue };
            // `产业发展科科长`: a section (科) ends a name only before its head's title (not `冶金科学…`, `天地科技`).
            if known.is_none() && self.t[j - 1] == '科' && j < range.end && !matches!(self.t[j], '科' | '副')
            {
                continue;
            }
            // `采购部门负责人`, `有关处室`: a word for units in general (部门, 处室) is no unit's name (nor is
            // `数控系` in `数控系统分会`).
            if known.is_none()
                && (matches!(
                    (self.t[j - 1], self.t.get(j)),
                    ('部', Some('门')) | ('处', Some('室')) | ('系', Some('统' | '列'))
                // (`市场体系建设处`, but `国家大豆产业技术体系首席科学家`.)
                ) || self.t[j - 2..j] == ['体', '系'] && self.t[j..].starts_with(&['建', '设'])
                    // (`西部分院`: a region, then the branch's word.)
                    || matches!(self.t[j - 2..j], ['东' | '西' | '南' | '北' | '中', '部'])
                        && self.t.get(j) == Some(&'分'))
            {
                continue;
            }
            // `周建国副厅长出席`: a name cut inside a title (副厅|长) is no organization's (but `厚街镇党委委员` is
            // `厚街镇党委`'s, as the title starts with the unit's word).
            if known.is_none()
                && (j.saturating_sub(3).max(range.start)..j).any(|k| {
                    self.title_at(k, self.t.len()).is_some_and(|t| t.range.end > j)
                        && !self.lex.suffixes.get(&self.t[k..j]).is_some_and(|s| s.unit)
                })
            {
                continue;
            }
            if known.is_none() && self.joins_two_orgs(range.start..j) {
                continue;
            }
            if known.is_none() && !unit && self.company_then_unit(range.start..j) {
                continue;
            }
            if first && first_formal && unit {
                continue;
            }
            if !first && !unit {
                continue;
            }
            // `徐工集团工程机械股份有限公司采购中心`: a unit's name holds no company's closing words (the group's
            // name runs on to them), though it may end with them (`河南分公司`) or start with 公司 (`公司金融部`).
            if !first
                && known.is_none()
                && self.t[range.start..j.saturating_sub(2)]
                    .windows(4)
                    .any(|w| matches!(w, ['有', '限', '公', '司'] | ['股', '份', '公', '司']))
            {
                continue;
            }
            // `国家塑料制品质量检验检测中心（北京）`: a place in parentheses after a name ends it.
            let (j, (alias, next)) = match self.place_paren(j, range.end) {
                Some(close) => (close + 1, (None, close + 1)),
                None => (j, self.paren_alias(j, range.end)),
            };
            // The academies of sciences (national and provincial) name their institutes in full (`中国科学院过程
            // 工程研究所`, `广东省科学院智能制造研究所`); under any other academy or research institute a `…研究所` or
            // `…中心` is its unit (`中国农业科学院郑州果树研究所`).
            let head = &self.t[range.start..j];
            let above_next = if head.ends_with(&['中', '国', '科', '学', '院'])
                || head.ends_with(&['省', '科', '学', '院'])
            {
                "academy"
            } else {
                kind.as_str()
            };
            if let Some(mut rest) =
                self.split_orgs(next..range.end, first_formal, depth + 1, Some(above_next))
            {
                // So do ministries (`自然资源部第一海洋研究所`, `民政部一零一研究所`), though their bureaus and
                // centres are their units.
                // (`交通运输部水运科学研究院`: and their research academies.)
                if head.ends_with(&['部'])
                    && kind == "government-body"
                    && matches!(rest.as_slice(), [one] if self.t[one.range.clone()].ends_with(&['研', '究', '所'])
                        || self.t[one.range.clone()].ends_with(&['研', '究', '院']))
                {
                    continue;
                }
                // A national body's office in a place is named with it (`中国证券监督管理委员会四川监管局`, as
                // `国家税务总局宁波市税务局`).
                if kind == "government-body"
                    && (head.starts_with(&['中', '国']) || head.starts_with(&['国', '家']))
                    // (`国家矿山安全监察局陕西局陕北监察执法处`: the office's own units after it.)
                    && rest.first().is_some_and(|one| one.unit && self.lex.place_prefixes.iter().any(|p| {
                        p.chars().count() >= 2 && self.t[one.range.clone()].starts_with(&p.chars().collect::<Vec<_>>())
                    }))
                {
                    continue;
                }
                let mut out = vec![OrgPiece {
                    range: range.start..j,
                    written: range.start..next,
                    kind,
                    unit,
                    alias,
                    known,
                    name: if first && known.is_none() {
                        self.local_body_name(range.start..j)
                    } else {
                        None
                    },
                }];
                out.append(&mut rest);
                return Some(out);
            }
        }
        None
    }

    /// The full name of a local body written with its level alone (`县委`, `县政协`, `市工商联`, `省委`): the one
    /// place of that level the page's organizations are in (`延津县人民政府` → `延津县委`). A government (`省政府`)
    /// is read elsewhere, as the place's 人民政府.
    fn local_body_name(&self, range: Range<usize>) -> Option<String> {
        let level = *self.t.get(range.start)?;
        let text = self.text(range.clone());
        // `镇党委书记`, `镇政府` on a page about one township.
        if level == '镇' && ["镇党委", "镇人民政府", "镇政府"].contains(&text.as_str()) {
            let body = if text == "镇政府" {
                "人民政府"
            } else {
                &text[3..]
            };
            return self.township.as_ref().map(|t| format!("{t}{body}"));
        }
        // `团市委副书记迟浩然` beside `共青团合肥市委员会`: the Youth League's committee of the page's place.
        if let ['团', level @ ('省' | '市' | '县' | '区'), '委'] = self.t[range.clone()] {
            let mut named = self.orgs.iter().filter(|o| {
                !o.unit
                    && o.name.starts_with("共青团")
                    && o.name.ends_with("委员会")
                    && o.name.chars().filter(|&c| c == level).count() == 1
            });
            return match (named.next(), named.next()) {
                (Some(one), None) => Some(one.name.clone()),
                _ => None,
            };
        }
        if !matches!(level, '省' | '市' | '县' | '区') || range.len() < 2 {
            return None;
        }
        // Only the bodies every place has one of and that pages name this way (`local-body` in `cues.tsv`; a
        // department, `省发展改革委`, is often named in full elsewhere on the page and folded into that name later).
        let rest: String = text.chars().skip(1).collect();
        if !self.lex.local_bodies.contains(&rest) {
            return None;
        }
        let mut places: Vec<String> = self
            .orgs
            .iter()
            .filter(|o| !o.unit)
            .filter_map(|o| {
                let chars: Vec<char> = super::without_party(&o.name).chars().collect();
                let at = (2..chars.len().min(6)).find(|&i| chars[i] == level)?;
                let place: String = chars[..=at].iter().collect();
                (chars[..at].iter().all(|&c| is_han(c))
                    && !["中国", "全国"].iter().any(|w| place.starts_with(w)))
                .then_some(place)
            })
            .collect();
        places.sort();
        places.dedup();
        match places.as_slice() {
            [place] => Some(format!("{place}{rest}")),
            _ => None,
        }
    }

    /// True when the character at `p` is one no organization's name holds (`的`, `为`), unless it is part of a
    /// word of names that holds it (`华为`, `美的`).
    fn stops_name(&self, p: usize) -> bool {
        self.lex.stop_chars.contains(&self.t[p])
            && !self
                .lex
                .name_words
                .iter()
                .any(|w| (p.saturating_sub(w.len() - 1)..=p).any(|s| self.t[s..].starts_with(w)))
    }

    /// The organization a one-character kind word (`厅`, `局`) stands for at `at`: the site's owner when its name
    /// ends with that character, else the one registered organization whose name does.
    fn single_char_ref(&self, at: usize) -> Option<usize> {
        let c = *self.t.get(at)?;
        // `校党委书记郭宏图` on a university's news site: the one university of the page.
        if c == '校' && (at == 0 || !is_han(self.t[at - 1])) && self.title_at(at, self.t.len()).is_none() {
            return self.the_university();
        }
        // `委党组成员、副主任蔺涛` on a commission's own site (`山东省发展和改革委员会`): the commission.
        if c == '委' && (at == 0 || !is_han(self.t[at - 1])) && self.title_at(at, self.t.len()).is_none() {
            return self.site_owner.filter(|&o| {
                let o = &self.orgs[o];
                o.kind == "government-body" && (o.name.ends_with("委员会") || o.name.ends_with('委'))
            });
        }
        let kind = self.lex.suffixes.get(&self.t[at..at + 1])?;
        let opens = at == 0 || !is_han(self.t[at - 1]) || self.lex.stop_chars.contains(&self.t[at - 1]);
        if kind.unit || kind.kind != "government-body" || !opens {
            return None;
        }
        // `厅长`, `局长` are titles; `厅领导`, `局机关` are no organization.
        if self.title_at(at, self.t.len()).is_some() {
            return None;
        }
        if let Some(o) = self.site_owner.filter(|&o| self.orgs[o].name.ends_with(c)) {
            return Some(o);
        }
        let found: Vec<usize> = (0..self.orgs.len())
            .filter(|&o| !self.orgs[o].unit && self.orgs[o].name.ends_with(c))
            .collect();
        match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// True when `range` holds a registered company's full name followed by one of its units
    /// (`…集团有限公司党委理论学习中心`): a chain, never one name.
    fn company_then_unit(&self, range: Range<usize>) -> bool {
        (range.start + 4..range.end.saturating_sub(2)).any(|k| {
            self.t[k - 2..k] == ['公', '司']
                && self.suffix_ending(range.start, k).is_some_and(|(len, s)| {
                    len >= 4 && !s.unit && matches!(s.kind.as_str(), "company" | "group")
                })
                && ((2..=self.lex.suffix_max.min(range.end - k))
                    .any(|l| self.lex.suffixes.get(&self.t[k..k + l]).is_some_and(|u| u.unit))
                    // `钢铁研究总院有限公司青岛…国家重点实验室`: a company's full name, then a laboratory of its own.
                    || self.t[range.clone()].ends_with(&['实', '验', '室']))
        })
    }

    /// True when `range` holds two names joined by a conjunction (`甲协会和乙协会`, `中钢协党委与鞍钢集团有限公司`),
    /// which is never one name.
    fn joins_two_orgs(&self, range: Range<usize>) -> bool {
        (range.start + 2..range.end).any(|k| {
            // `中国安全生产协会联合重庆市应急管理局`, `市人社局会同市工商联`: two bodies that act together (`联合会`, `联合体` are names).
            let conj = match self.t[k] {
                '和' | '及' | '与' | '、' => 1,
                // `市人社局会同市工商联`
                '会' if self.t.get(k + 1) == Some(&'同') && k > range.start && self.t[k - 1] != '协' => 2,
                '联' if self.t.get(k + 1) == Some(&'合')
                    && k + 2 < range.end
                    && !matches!(self.t[k + 2], '会' | '体' | '社') =>
                {
                    2
                }
                _ => 0,
            };
            conj > 0
                && (self.suffix_ending(range.start, k).is_some_and(|(len, s)| {
                    let prefix = k - range.start - len;
                    (!s.unit && prefix >= 2 && k >= range.start + 3)
                        || (s.unit && len >= 2)
                        // `学校与鞍钢集团`, `公司与甲大学`: a bare kind word standing for an organization.
                        || (prefix == 0 && len >= 2)
                })
                    // `调研组与酒钢集团`: what follows the conjunction is an organization already named.
                    || (k + conj < range.end && self.org_index.contains_key(&self.t[k + conj..range.end]))
                    // `合肥市与中国建材集团`: a city (or province, county) meets an organization.
                    || (matches!(self.t[k], '与' | '和')
                        && (3..=5).contains(&(k - range.start))
                        && PLACE_LEVELS.contains(&self.t[k - 1])))
        })
    }

    /// The closing parenthesis of `（北京）`, `（中国）` at `at`: a province, a city the genre abbreviates, or China.
    fn place_paren(&self, at: usize, end: usize) -> Option<usize> {
        if self.t.get(at) != Some(&'（') {
            return None;
        }
        let close = (at + 1..end.min(at + 6)).find(|&q| self.t[q] == '）')?;
        let inner = self.text(at + 1..close);
        // (`国家汽车质量检验检测中心（襄阳）`: a prefecture too.)
        let place =
            inner == "中国" || self.is_place(&inner) || self.lex.place_abbrev.values().any(|v| *v == inner);
        place.then_some(close)
    }

    /// True when `at` is a parenthesis of a place in parentheses ([`Self::place_paren`]).
    fn in_place_paren(&self, at: usize, end: usize) -> bool {
        match self.t.get(at) {
            Some('（') => self.place_paren(at, end).is_some(),
            Some('）') => (at.saturating_sub(5)..at).any(|q| self.place_paren(q, end) == Some(at)),
            _ => false,
        }
    }

    /// A second name in parentheses after an organization's name: `（贸易物流部）` or `（以下简称“联盟”）` (`下称`).
    pub(crate) fn paren_alias(&self, at: usize, end: usize) -> (Option<String>, usize) {
        if self.t.get(at) != Some(&'（') {
            return (None, at);
        }
        let Some(close) = self.t[at..end.min(at + 40)]
            .iter()
            .position(|&c| c == '）')
            .map(|p| at + p)
        else {
            return (None, at);
        };
        let inner = self.text(at + 1..close);
        let alias = match inner.find("简称").or_else(|| inner.find("下称")) {
            Some(i) => inner[i + "简称".len()..]
                .trim_matches(|c: char| !is_han(c))
                .to_owned(),
            None => inner.clone(),
        };
        // `（中电科58所）`, `（SICA）`: a short form with digits, or an abbreviation in capitals.
        let han_form =
            alias.chars().any(is_han) && alias.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
        let capitals = (2..=8).contains(&alias.len()) && alias.chars().all(|c| c.is_ascii_uppercase());
        if alias.chars().count() < 2 || !(han_form || capitals) {
            return (None, at);
        }
        (Some(alias), close + 1)
    }

    /// Reads a chain ending in a person's name, starting exactly at `at`: organizations, titles and the name.
    pub(crate) fn chain_at(
        &mut self,
        at: usize,
        end: usize,
        ctx: &ChainContext,
        evidence: Range<usize>,
    ) -> Option<Mention> {
        let mut cur = at;
        let mut posts: Vec<PostMention> = Vec::new();
        let mut chain_formal: Option<usize> = None;
        let mut chain_last: Option<(usize, String)> = None;
        let mut top_written_end: Option<usize> = None;
        let limit = end.min(at + CHAIN_MAX);
        let mut first = true;
        loop {
            let (mut q, mut title) = (cur..limit).find_map(|q| self.title_at(q, end).map(|t| (q, t)))?;
            if first {
                // `大会由中国XX协会副秘书长…`: the chain starts after the last word no name contains.
                if let Some(stop) = (cur..q).rev().find(|&p| self.stops_name(p)) {
                    cur = stop + 1;
                }
                // `会议同意增补湖南XX集团有限公司董事长…`, `选举XX公司总经理…`: the verb of an election is no part of
                // the name after it; nor is the word for what the organization is to the meeting (`用户单位XX公司`,
                // `承办单位XX公司`).
                if let Some(after) = (cur..q).rev().find_map(|p| {
                    self.lex
                        .elect_openers
                        .iter()
                        .map(|w| w.as_slice())
                        .chain([&['单', '位'][..]])
                        .find(|w| self.starts_with(p, w) && p + w.len() + 2 <= q)
                        .map(|w| p + w.len())
                }) {
                    cur = after;
                }
                // `标准主要起草人、化学品登记中心信息化处处长何文杰`: what the person is, not a title, then the chain.
                if let Some(k) = (cur..q).rev().find(|&k| self.t[k] == '、')
                    && self.name_at(cur, k).is_none()
                    && self.t[cur..k].iter().all(|&c| is_han(c))
                    && self.lex.people_nouns.iter().any(|w| self.t[cur..k].ends_with(w))
                {
                    cur = k + 1;
                }
                // `组成了以北京科技大学教授龚振宇为组长的专家组`: 以 opening the chain is not part of a name (but
                // 以色列 is).
                if self.t[cur] == '以' && self.t.get(cur + 1) != Some(&'色') && cur + 1 < q {
                    cur += 1;
                }
                first = false;
            }
            // `集团机关第一党支部书记`: a title that starts with a unit's last word (`党支部书记`) after a name that
            // is no organization without it: the unit, then the title.
            if q > cur
                && title.range.len() > 2
                && self.parse_orgs(cur..q).is_none()
                && let Some((k, t)) = (2..title.range.len()).find_map(|k| {
                    let unit = self.lex.suffixes.get(&self.t[q..q + k]).is_some_and(|s| s.unit);
                    (unit && self.parse_orgs(cur..q + k).is_some())
                        .then(|| self.title_at(q + k, end).map(|t| (k, t)))
                        .flatten()
                })
            {
                q += k;
                title = t;
            }
            let pieces = if q == cur {
                Some(Vec::new())
            } else if let Some(gov) = self.local_government(cur..q, &title.role, evidence.clone()) {
                Some(vec![OrgPiece {
                    range: cur..q,
                    written: cur..q,
                    kind: "government-body".to_owned(),
                    unit: false,
                    alias: None,
                    name: None,
                    known: Some(gov),
                }])
            } else {
                self.parse_orgs(cur..q).or_else(|| {
                    // `协会会长张建国出席签约仪式` where no association was named before, `我校副校长宋嘉禾致欢迎辞` on a
                    // page whose owner is not known: the person, with a title whose organization is not known (no
                    // post unless the context gives one).
                    let self_reference = self_reference_ends(&self.text(cur..q)).is_some();
                    (q - cur >= 2
                        && (self_reference
                            || self
                                .lex
                                .suffixes
                                .get(&self.t[cur..q])
                                .is_some_and(|s| !s.unit && s.kind != "government-body")))
                    .then(Vec::new)
                })
            };
            let Some(pieces) = pieces else {
                // `中国XX协会张三理事长`: a name, then its title.
                let after_title = title.range.end;
                let named = self.name_then_title(cur, q, title, end, evidence.clone());
                // `大会由宁夏安徽商会筹建办主任、宁夏徽源实业集团有限公司董事长汪守诚主持`: a first title whose
                // organization cannot be read is left out, and the chain after it read when it names its own
                // organization (a bare title after it would share the one not read).
                if named.is_none()
                    && posts.is_empty()
                    && self.t.get(after_title) == Some(&'、')
                    && self.title_at(after_title + 1, end).is_none()
                {
                    return self.chain_at(after_title + 1, end, ctx, evidence);
                }
                return named;
            };
            let mut pieces = pieces;
            // `…副会长贺登峰、上海市商务委员会商贸流通处处长尉迟敏`: a province's or city's body is nobody's unit;
            // nor is a national or international one (`…副会长陶瑞、中国国际贸易促进委员会广东省委员会二级巡视员黄伟民`,
            // `…副司长戚海峰，国际大坝委员会主席…`).
            if let Some(p) = pieces.first_mut()
                && p.unit
                && p.known.is_none()
                && ((2..4.min(p.range.len().saturating_sub(3)))
                    .any(|k| matches!(self.t[p.range.start + k], '省' | '市'))
                    || (p.range.len() >= 6
                        && ["中国", "国际"]
                            .iter()
                            .any(|w| self.text(p.range.start..p.range.start + 2) == *w)))
            {
                p.unit = false;
            }
            // `公司首席专家、科技创新中心主任林涛`: after a title in a company, a name ending in a word that names
            // a unit under such a company (`中心`, `研究院`) is its unit (but `市政府副秘书长、市经济和信息化局局长`:
            // a name opening with its level is a body of its own).
            if !posts.is_empty()
                && let [piece] = pieces.as_mut_slice()
                && !piece.unit
                && piece.known.is_none()
                && !matches!(self.t[piece.range.start], '省' | '市' | '县' | '区')
                // (Nor is one opening with a province's name: `浙江大学公共管理学院教授、浙江省老龄事业发展研究中心
                // 主任濮文信`.)
                && !self
                    .lex
                    .place_prefixes
                    .iter()
                    .any(|p| p.ends_with('省') && self.t[piece.range.clone()].iter().copied().take(p.chars().count()).eq(p.chars()))
                && let Some(parent) = chain_formal
                && let Some(len) = self.suffix_ending_pub(piece.range.start, piece.range.end)
                && self
                    .lex
                    .unit_under
                    .get(&self.t[piece.range.end - len..piece.range.end])
                    .is_some_and(|kinds| kinds.contains(&self.orgs[parent].kind))
            {
                piece.unit = true;
                piece.kind = "department".to_owned();
            }
            // `甲集团首席专家张三讲授了…；硅业分会副秘书长李四…`: a unit known by name under another organization
            // is that unit, not a new one of the organization the clause before named (unless that one has a unit
            // of the same name).
            let inherited = ctx.formal_org.filter(|&f| {
                // `…协会副会长梁振邦，学院党委书记韦红`: a unit named after the kind of its body (`学院党委`, the
                // college's) is none of a body of another kind.
                if let Some(unit) = pieces.first().filter(|p| p.unit) {
                    let name = self.text(unit.range.clone());
                    if KIND_WORDS
                        .iter()
                        .any(|w| name.starts_with(w) && !self.orgs[f].name.ends_with(w))
                    {
                        return false;
                    }
                }
                let Some(k) = pieces.first().filter(|p| p.unit).and_then(|p| p.known) else {
                    return true;
                };
                let name = &self.orgs[k].name;
                self.orgs[k].parent == Some(f)
                    || self
                        .orgs
                        .iter()
                        .any(|o| o.unit && o.parent == Some(f) && &o.name == name)
            });
            // `北新建材集团有限公司总工程师、石膏分会副理事长卜凡`: a unit known by name under another organization
            // keeps its parent after a title in a company (a second post, elsewhere), unless the company has a
            // unit of that name.
            let foreign_unit = chain_formal.is_some_and(|f| {
                pieces
                    .first()
                    .filter(|p| p.unit)
                    .and_then(|p| p.known)
                    .is_some_and(|k| {
                        let name = &self.orgs[k].name;
                        self.orgs[k].parent.is_some_and(|p| p != f)
                            && !self
                                .orgs
                                .iter()
                                .any(|o| o.unit && o.parent == Some(f) && &o.name == name)
                    })
            });
            if foreign_unit {
                chain_formal = None;
            }
            let (org, _) = self.register_chain(&pieces, chain_formal.or(inherited), evidence.clone());
            if let Some(first) = pieces.first()
                && !first.unit
                && chain_formal.is_none()
                && posts.is_empty()
            {
                top_written_end = Some(first.written.end);
            }
            for (piece, idx) in pieces.iter().zip(&org) {
                if let Some(idx) = idx {
                    if !piece.unit || chain_formal.is_none() {
                        if !self.orgs[*idx].unit {
                            chain_formal = Some(*idx);
                        } else if let Some(p) = self.orgs[*idx].parent {
                            chain_formal.get_or_insert(p);
                        }
                    }
                    chain_last = Some((*idx, self.text(piece.written.clone())));
                }
            }
            if !pieces.is_empty() && org.last().copied().flatten().is_none() {
                // Organizations that could not be placed (a unit with no parent): no post from this title.
                chain_last = None;
            }
            let title_written = self.text(title.range.clone());
            let (post_org, unit_written) = match (&chain_last, pieces.is_empty()) {
                (Some((idx, w)), false) => (Some(*idx), Some(w.clone())),
                // `赣州市委副书记、市长`: a title sharing the organization written before another title, unless it
                // cannot belong to that kind of organization (a 市长 is the city government's, not the party
                // committee's).
                (Some((idx, w)), true) if self.title_fits(&title.role, *idx) => {
                    (Some(*idx), Some(w.clone()).filter(|_| !posts.is_empty()))
                }
                // … but the 市长 of a 市委's city is its government's (`福鼎市委副书记、市长陶建`).
                (Some((idx, _)), true) => {
                    let idx = *idx;
                    // (`区委常委、常务副区长濮阳峻` at a meeting of the `区政府`: the government the page names.)
                    let gov = self
                        .committee_government(idx, &title.role, evidence.clone())
                        .or_else(|| self.title_owner(&title.role));
                    (gov, None)
                }
                (None, _) if posts.is_empty() && pieces.is_empty() => {
                    let mut inherited = ctx.last_org.filter(|&o| self.title_fits(&title.role, o));
                    // `…市委常委、宣传部部长林海，副市长叶晓岚`: the city of the party committee named before.
                    if inherited.is_none()
                        && let Some(o) = ctx.last_org
                        && let Some(gov) =
                            self.committee_government(self.root(o), &title.role, evidence.clone())
                    {
                        inherited = Some(gov);
                        chain_last = Some((gov, self.orgs[gov].name.clone()));
                        chain_formal = Some(gov);
                    }
                    if let Some(o) = inherited {
                        chain_last = Some((o, ctx.last_org_written.clone().unwrap_or_default()));
                        chain_formal = ctx.formal_org;
                    // (Also when the organization named before has no such title: `…公司董事长管啸天，副会长、
                    // 华新水泥股份有限公司总裁欧阳景川` at an association's meeting.)
                    } else if let Some(o) = self.title_owner(&title.role) {
                        // `监事长周维平作…报告` in the report of a meeting an association holds: its 监事长.
                        inherited = Some(o);
                        chain_last = Some((o, self.orgs[o].name.clone()));
                        chain_formal = Some(o);
                    }
                    (
                        inherited,
                        ctx.last_org_written
                            .clone()
                            .filter(|_| inherited.is_some_and(|o| self.orgs[o].unit)),
                    )
                }
                _ => (None, None),
            };
            let written = match unit_written {
                Some(u) if post_org.is_some_and(|o| self.orgs[o].unit) => format!("{u}{title_written}"),
                _ => title_written,
            };
            posts.push(PostMention {
                org: post_org,
                role: title.role.clone(),
                written,
                former: title.former,
                own: false,
            });
            let mut after = title.range.end;
            if let Some(sep) = self.title_separator(after) {
                cur = after + sep;
                continue;
            }
            // `国际交流部副主任（主持工作）卢燕`, `副局长（挂职）`: a note on the post before the name; `所长（党委副书记）
            // 东方振宇`: a second post in the same organization.
            if self.t.get(after) == Some(&'（')
                && let Some(close) = (after + 1..end.min(after + 8)).find(|&q| self.t[q] == '）')
                && close > after + 1
                && (after + 1..close).all(|q| is_han(self.t[q]))
                && self.name_at(close + 1, end).is_some()
            {
                if let Some(t) = self
                    .title_at(after + 1, close)
                    .filter(|t| t.range.start == after + 1 && t.range.end == close && !t.former)
                    && post_org.is_some()
                {
                    posts.push(PostMention {
                        org: post_org,
                        role: t.role.clone(),
                        written: self.text(t.range.clone()),
                        former: false,
                        own: false,
                    });
                }
                after = close + 1;
            }
            let name_end = self.name_at(after, end)?;
            let title_text = match top_written_end {
                Some(e) => self.text(e..title.range.end),
                None => match posts.first() {
                    Some(p) if posts.len() == 1 => p.written.clone(),
                    _ => self.text(at..title.range.end),
                },
            };
            let top_org = posts.iter().find_map(|p| p.org).map(|o| self.root(o));
            // `学院副院长诸葛蕾教授出席开幕式`: a second title after the name, in the same organization, before the
            // verb.
            let mut mention_end = name_end;
            if let Some(t) = self.title_at(name_end, end)
                && !t.former
                && self.verb_starts(t.range.end)
                && let Some(org) = posts.last().and_then(|p| p.org)
                && self.title_fits(&t.role, org)
                && !posts.iter().any(|p| p.role == t.role)
            {
                posts.push(PostMention {
                    org: Some(org),
                    role: t.role.clone(),
                    written: self.text(t.range.clone()),
                    former: false,
                    own: false,
                });
                mention_end = t.range.end;
            }
            return Some(Mention {
                name: after..name_end,
                end: mention_end,
                posts,
                top_org,
                title: Some(title_text),
            });
        }
    }

    /// `[ORG]NAME TITLE`: a name written before its title.
    fn name_then_title(
        &mut self,
        from: usize,
        title_at: usize,
        title: TitleHit,
        end: usize,
        evidence: Range<usize>,
    ) -> Option<Mention> {
        if !self.name_boundary(title.range.end, end) || self.name_at(title.range.end, end).is_some() {
            return None;
        }
        for len in [3, 2, 4] {
            if title_at < from + len {
                continue;
            }
            let name_start = title_at - len;
            let Some(surname) = self.surname_len(name_start) else {
                continue;
            };
            let given = &self.t[name_start + surname..title_at];
            if !(1..=2).contains(&given.len())
                || given
                    .iter()
                    .any(|c| !is_han(*c) || self.lex.not_in_name.contains(c))
                || self.lex.not_names.contains(&self.t[name_start..title_at])
            {
                continue;
            }
            let pieces = if name_start == from {
                Some(Vec::new())
            } else {
                self.parse_orgs(from..name_start)
            };
            let Some(pieces) = pieces else { continue };
            let (orgs, _) = self.register_chain(&pieces, None, evidence.clone());
            // `邵军秘书长通报了…` in the report of a meeting an association holds: its 秘书长 (but `韩晓东副会长在讲话中`
            // names again someone introduced with another organization).
            let known = self
                .people
                .iter()
                .any(|p| p.name.chars().eq(self.t[name_start..title_at].iter().copied()));
            let org = orgs.last().copied().flatten().or_else(|| {
                self.title_owner(&title.role)
                    .filter(|_| pieces.is_empty() && !known)
            });
            let posts = vec![PostMention {
                org,
                role: title.role.clone(),
                written: self.text(title.range.clone()),
                former: title.former,
                own: false,
            }];
            let top_org = org.map(|o| self.root(o));
            return Some(Mention {
                name: name_start..title_at,
                end: title.range.end,
                posts,
                top_org,
                title: Some(self.text(title.range.clone())),
            });
        }
        None
    }

    /// The organization a title written alone (`监事长周维平`, `副省长邬立群`) is a post of: the meeting's host when
    /// the title is one of its kind, or else the one organizer whose kind it is (`中轻联与江西省人民政府举行座谈会`:
    /// a 副省长 is the government's). An organizer that is a party committee stands for its organization
    /// (`集团党委理论学习中心组…`: `党委常委、总会计师岳子衡` holds posts in the group).
    pub(crate) fn title_owner(&self, role: &str) -> Option<usize> {
        let owner = |o: usize| {
            let org = &self.orgs[o];
            match org.parent {
                Some(p) if org.unit && org.kind == "party-committee" => p,
                _ => o,
            }
        };
        if let Some(h) = self.host.map(owner).filter(|&h| self.title_scoped_to(role, h)) {
            return Some(h);
        }
        let fitting: Vec<usize> = self
            .organizers
            .iter()
            .map(|&o| owner(o))
            .filter(|&o| self.title_scoped_to(role, o))
            .collect();
        match fitting.as_slice() {
            [one] => Some(*one),
            [] => self.the_government_of_level(role),
            _ => None,
        }
    }

    /// `副市长巫晓梅` on a page that names one city's government (`赣州市人民政府`, read from `市政府秘书长` or
    /// `市长黄志刚`) and no organizer it could belong to: that government's, for the title of its head or a deputy.
    fn the_government_of_level(&self, role: &str) -> Option<usize> {
        let level = government_head_level(role)?;
        let suffix = format!("{level}人民政府");
        the_only((0..self.orgs.len()).filter(|&o| !self.orgs[o].unit && self.orgs[o].name.ends_with(&suffix)))
    }

    /// Whether a title belongs, by its scope in `title-scope.tsv`, to organizations of the kind of `org` (false for
    /// titles with no scope, such as 主任, which any organization has).
    fn title_scoped_to(&self, role: &str, org: usize) -> bool {
        self.title_scope(role, org).unwrap_or(false)
    }

    /// Whether a title written without its organization can belong to organization `org`.
    pub(crate) fn title_fits(&self, role: &str, org: usize) -> bool {
        self.title_scope(role, org).unwrap_or(true)
    }

    /// Whether a title may belong to an organization, by the first line of `title-scope.tsv` whose part the title
    /// holds: the organization is of one of its kinds or its name ends with one of its `=` suffixes (a `…烟草专卖局`
    /// is also a company), and its name ends with none of its `!` suffixes (`市长` is no post of a `…市委`, a
    /// government body too). `None` when no line speaks of the title.
    fn title_scope(&self, role: &str, org: usize) -> Option<bool> {
        let o = &self.orgs[org];
        let (_, kinds) = self
            .lex
            .title_scope
            .iter()
            .find(|(part, _)| role.contains(part.as_str()))?;
        Some(
            (kinds.contains(&o.kind)
                || kinds
                    .iter()
                    .filter_map(|k| k.strip_prefix('='))
                    .any(|suffix| o.name.ends_with(suffix)))
                && !kinds
                    .iter()
                    .filter_map(|k| k.strip_prefix('!'))
                    .any(|suffix| o.name.ends_with(suffix) || english_head(suffix, &o.name)),
        )
    }

    /// The page's owner when it is a university, else the one university registered.
    fn the_university(&self) -> Option<usize> {
        let universities: Vec<usize> = (0..self.orgs.len())
            .filter(|&o| !self.orgs[o].unit && self.orgs[o].kind == "university")
            .collect();
        match universities.as_slice() {
            _ if self.site_owner.is_some_and(|o| universities.contains(&o)) => self.site_owner,
            [one] => Some(*one),
            _ => None,
        }
    }

    /// `合肥市市长`, `湖北省副省长`, `铜陵县县长`: a place before the title of the head of its government names
    /// that government (`合肥市人民政府`).
    fn local_government(&mut self, place: Range<usize>, role: &str, evidence: Range<usize>) -> Option<usize> {
        let text = self.text(place.clone());
        let level = government_head_level(role)?;
        if !(3..=8).contains(&place.len())
            || !text.ends_with(level)
            || !self.t[place.clone()].iter().all(|&c| is_han(c))
            || self.parse_orgs(place).is_some()
        {
            return None;
        }
        Some(self.register_named_org(format!("{text}人民政府"), "government-body", evidence))
    }

    /// The government of the place whose party committee `org` is (`福鼎市委` → `福鼎市人民政府`), for the title of
    /// the head of that government or a deputy (`市长`, `副市长`).
    fn committee_government(&mut self, org: usize, role: &str, evidence: Range<usize>) -> Option<usize> {
        let name = &self.orgs[org].name;
        // `福鼎市委`, and a township's `厚街镇党委`.
        let place = name
            .strip_suffix("党委")
            .or_else(|| name.strip_suffix('委'))?
            .to_owned();
        let level = government_head_level(role)?;
        (place.ends_with(level) && place.chars().count() >= 3)
            .then(|| self.register_named_org(format!("{place}人民政府"), "government-body", evidence))
    }

    /// The top of an organization's parent chain.
    pub(crate) fn root(&self, mut org: usize) -> usize {
        let mut steps = 0;
        while let Some(p) = self.orgs[org].parent {
            org = p;
            steps += 1;
            if steps > 8 {
                break;
            }
        }
        org
    }

    /// Registers the organizations of a chain, each unit under the one before it (the first under `parent` when
    /// it is a unit). Returns the registered index of each piece (none for a unit with no parent) and the text
    /// as written.
    pub(crate) fn register_chain(
        &mut self,
        pieces: &[OrgPiece],
        parent: Option<usize>,
        evidence: Range<usize>,
    ) -> (Vec<Option<usize>>, String) {
        let mut out = Vec::new();
        let mut previous = parent;
        let mut written = String::new();
        for piece in pieces {
            written.push_str(&self.text(piece.written.clone()));
            // A unit known by name is that unit only under the same parent (`中钢协党委`, `鞍钢集团党委`).
            let same_parent =
                |k: usize| previous.is_none() || self.orgs[k].parent == previous || !self.orgs[k].unit;
            let idx = if let Some(known) = piece.known.filter(|&k| piece.unit && same_parent(k)) {
                Some(known)
            } else if let Some(full) = (piece.unit && out.is_empty())
                .then(|| self.short_form_of(&self.text(piece.range.clone())))
                .flatten()
            {
                // `…局副局长阎振东，中储粮河南分公司党委书记…`: a unit named by the short form of a body named in full
                // before (`中国储备粮管理集团有限公司河南分公司`) is that body, not a unit of the one before it.
                Some(full)
            } else if piece.unit {
                // `园区委副主任、中国化工经济技术发展中心主任蔡杰`: a national body is no unit of the one named before
                // it, but a body of its own.
                if out.is_empty()
                    && previous.is_some()
                    && ["国家", "中国", "全国"]
                        .iter()
                        .any(|w| self.text(piece.range.clone()).starts_with(w))
                {
                    let body = OrgPiece {
                        kind: "public-institution".to_owned(),
                        unit: false,
                        ..piece.clone()
                    };
                    let idx = self.register_org(&body, None, evidence.clone());
                    out.push(Some(idx));
                    previous = Some(idx);
                    continue;
                }
                // `开幕式由改性塑料专委会秘书长申屠敏主持`: a unit named alone by the short form of a unit known
                // in full is that unit.
                previous
                    .map(|p| self.register_org(piece, Some(p), evidence.clone()))
                    .or_else(|| self.unit_by_short_name(&self.text(piece.range.clone())))
                    .or_else(|| {
                        let parent = self.association_unit_parent(piece)?;
                        Some(self.register_org(piece, Some(parent), evidence.clone()))
                    })
            } else {
                match self
                    .university_school_parent(piece)
                    .or_else(|| self.company_unit_parent(piece))
                    .or_else(|| self.association_centre_parent(piece))
                    .or_else(|| self.ministry_department_parent(piece))
                {
                    Some(owner) => {
                        let unit = OrgPiece {
                            kind: "department".to_owned(),
                            unit: true,
                            ..piece.clone()
                        };
                        Some(self.register_org(&unit, Some(owner), evidence.clone()))
                    }
                    None => Some(self.register_org(piece, None, evidence.clone())),
                }
            };
            out.push(idx);
            previous = idx.or(previous);
        }
        (out, written)
    }

    /// `产业发展部主任邱国平介绍了…` in the report of an association's own meeting, or on its own site: a
    /// department, office, branch or committee named alone is the association's (a `…处` is a university's or a
    /// government body's).
    fn association_unit_parent(&self, piece: &OrgPiece) -> Option<usize> {
        let name = self.text(piece.range.clone());
        let ends = [
            "部",
            "办公室",
            "秘书处",
            "研究室",
            "分会",
            "委员会",
            "专委会",
            "党委",
        ];
        if name.chars().count() < 3 {
            return None;
        }
        // `学院党委`: a unit named after the kind of its body is that kind's (the college's, not an association's).
        let kind_word = KIND_WORDS.into_iter().find(|w| name.starts_with(w));
        let owner = |kinds: &[&str]| {
            self.own_body_where(kinds, |o| {
                kind_word.is_none_or(|w| self.orgs[o].name.ends_with(w))
            })
        };
        if ends.iter().any(|e| name.ends_with(e)) {
            return owner(&["industry-association", "alliance"])
                .or_else(|| owner(&["university"]))
                // `质量管理部部长邬佳通报了…` at a company's own meeting.
                // (Not `两支部党员代表`: the party branches of two bodies.)
                .or_else(|| {
                    owner(&["company", "group"]).filter(|_| {
                        name.ends_with('部')
                            && !name.ends_with("支部")
                            && !name.starts_with(['两', '各', '本', '该', '双'])
                    })
                });
        }
        // `仪式由科技处处长赵敏主持` on a university's own site, `经济贸易处处长上官俊主持` on a government
        // body's or at its meeting: its office; `原材料工业司司长…` at a ministry's meeting: its department.
        if name.ends_with('司') && !name.ends_with("公司") {
            return owner(&["government-body"]);
        }
        name.ends_with('处')
            .then(|| owner(&["university", "government-body"]))
            .flatten()
    }

    /// `行业咨询中心主任佘振华` at an association's own meeting (or on its own site): a centre named alone, with no
    /// place and no national or other body's word in its name, is the association's.
    fn association_centre_parent(&self, piece: &OrgPiece) -> Option<usize> {
        let name = self.text(piece.range.clone());
        const NOT_IN: [&str; 11] = [
            "中国", "国家", "全国", "国际", "公司", "集团", "大学", "学院", "省", "市", "县",
        ];
        self.named_alone(&name, 4..=8, &["中心"], &NOT_IN)
            .then(|| self.own_body(&["industry-association"]))
            .flatten()
    }

    /// `Director General of the Department of Energy Conservation and Comprehensive Utilization` at a ministry's own
    /// meeting (or on its own site): a department named alone, of no place, is the ministry's.
    fn ministry_department_parent(&self, piece: &OrgPiece) -> Option<usize> {
        let name = self.text(piece.range.clone());
        if !name.starts_with("Department of ")
            || [
                "Province",
                "Provincial",
                "Municipal",
                "City",
                "Region",
                "County",
                "of Commerce of",
            ]
            .iter()
            .any(|w| name.contains(w))
        {
            return None;
        }
        self.own_body(&["government-body"])
            .filter(|&o| self.orgs[o].name.starts_with("Ministry of "))
    }

    /// `轻工科学与工程学院颜承东教授` on a university's own site or at its own meeting: a school named alone, with
    /// no place before it and no other school's kind in it, is the university's.
    fn university_school_parent(&self, piece: &OrgPiece) -> Option<usize> {
        let name = self.text(piece.range.clone());
        // `科学技术研究院院长韦刚`, `卫星导航定位技术研究中心主任` on a university's own site: its institute or
        // centre, named alone with no national or place word before it.
        const INSTITUTES: [&str; 3] = ["研究院", "研究中心", "研究所"];
        if INSTITUTES.iter().any(|w| name.ends_with(w)) {
            const NOT_IN: [&str; 9] = [
                "中国",
                "国家",
                "全国",
                "国际",
                "公司",
                "集团",
                "科学院",
                "省",
                "市",
            ];
            return self.own_body(&["university"]).filter(|_| {
                self.named_alone(&name, 5..=14, &INSTITUTES, &NOT_IN)
                    // (`宝武中央研究院`: a company's, clipped to a word of its name.)
                    && !self.orgs.iter().any(|o| {
                        matches!(o.kind.as_str(), "company" | "group")
                            && name.get(..6).is_some_and(|head| o.name.contains(head))
                    })
            });
        }
        if !name.ends_with("学院")
            || name.chars().count() < 3
            || ["大学", "职业", "科学院", "工程院"]
                .iter()
                .any(|w| name.contains(w))
            || self.starts_with_place(&name)
        {
            return None;
        }
        self.own_body(&["university"])
            // (Else the one university the page names: `西北农林科技大学与中国种子集团…签约`, then `农学院院长…`.)
            .or_else(|| self.the_university())
    }

    /// True when `name`, a unit named alone, is `chars` characters long, ends with one of `ends`, holds none of
    /// `not_in` (a national or place word, another body's kind) and opens with no place.
    fn named_alone(
        &self,
        name: &str,
        chars: std::ops::RangeInclusive<usize>,
        ends: &[&str],
        not_in: &[&str],
    ) -> bool {
        chars.contains(&name.chars().count())
            && ends.iter().any(|w| name.ends_with(w))
            && !not_in.iter().any(|w| name.contains(w))
            && !self.starts_with_place(name)
    }

    /// True when `name` opens with a place of the lexicons (`郑州`, `河南省`).
    fn starts_with_place(&self, name: &str) -> bool {
        // (A prefecture too: `绍兴文理学院` is no school of the college named before it.)
        self.lex
            .place_prefixes
            .iter()
            .any(|p| name.starts_with(p.as_str()))
            || [2, 3].into_iter().any(|n| {
                name.char_indices()
                    .nth(n)
                    .is_some_and(|(i, _)| self.is_place(&name[..i]))
            })
    }

    /// True when `name` is a province, a city or a prefecture of the lexicons (`江西`, `绍兴`, `襄阳`).
    /// Whether a place's name of two or three characters (`江苏`, `黑龙江`, `宜兴`) starts at `at`.
    fn place_starts(&self, at: usize) -> bool {
        (2..=3).any(|n| {
            self.t
                .get(at..at + n)
                .is_some_and(|w| self.is_place(&w.iter().collect::<String>()))
        })
    }

    fn is_place(&self, name: &str) -> bool {
        self.lex
            .place_prefixes
            .iter()
            .chain(&self.lex.cities)
            .any(|p| p == name)
            || self.lex.places.contains(name)
    }

    /// The meeting's host or the page's owner, when it is an organization (no unit) of one of `kinds`.
    fn own_body(&self, kinds: &[&str]) -> Option<usize> {
        self.own_body_where(kinds, |_| true)
    }

    /// [`Self::own_body`], the first of the two that `fits` too.
    fn own_body_where(&self, kinds: &[&str], fits: impl Fn(usize) -> bool) -> Option<usize> {
        // (A meeting its party committee or branch holds is the body's: `中国煤炭工业协会党委…召开…学习会议`,
        // `某协会党支部开展主题党日活动`.)
        let host = self.host.map(|o| match (&self.orgs[o], self.orgs[o].parent) {
            (unit, Some(parent)) if unit.unit && unit.kind == "party-committee" => parent,
            _ => o,
        });
        [host, self.site_owner]
            .into_iter()
            .flatten()
            .find(|&o| !self.orgs[o].unit && kinds.contains(&self.orgs[o].kind.as_str()) && fits(o))
    }

    /// `酿酒二厂厂长廖春雨`, `质量检测中心主任简宁` at a company's own meeting (or on its own site): a plant or
    /// centre named alone, with no place, no country and no body's kind in its name, is the company's.
    fn company_unit_parent(&self, piece: &OrgPiece) -> Option<usize> {
        let name = self.text(piece.range.clone());
        const NOT_IN: [&str; 12] = [
            "中国", "国家", "全国", "公司", "集团", "大学", "学院", "协会", "省", "市", "县", "区",
        ];
        self.named_alone(&name, 3..=8, &["厂", "中心", "车间", "事业部"], &NOT_IN)
            .then(|| self.own_body(&["company", "group"]))
            .flatten()
    }

    /// `顺美陶瓷、锦达工艺品两家企业代表…` after `福建德化顺美陶瓷有限公司`, `康力电梯总经理…` after `康力电梯股份有限
    /// 公司`: the one registered company whose name is `range` with its company form after it and, before it, a
    /// place or nothing. Right before a title, the name may also have dropped a word of two or three characters before
    /// it (`垦丰种业党委书记…` after `北大荒垦丰种业股份有限公司`) or two to four after it (`国联水产副总经理…` after
    /// `湛江国联水产开发股份有限公司`), when four characters or more remain.
    fn company_core(&self, range: Range<usize>) -> Option<usize> {
        let written = &self.t[range.clone()];
        if written.len() == 2 {
            return self.company_brand(range);
        }
        if written.len() < 3 || !written.iter().all(|&c| is_han(c)) {
            return None;
        }
        // (Looked for only when a name fits: this runs for every place an organization's name could end.)
        let titled = std::cell::OnceCell::new();
        let titled = || {
            *titled.get_or_init(|| {
                written.len() >= 4
                    && self
                        .title_at(range.end, self.t.len().min(range.end + 12))
                        .is_some()
            })
        };
        let is_place = |place: &str| {
            (2..=6).contains(&place.chars().count())
                && (place.ends_with(PLACE_LEVELS)
                    || self
                        .lex
                        .place_prefixes
                        .iter()
                        .any(|p| place.starts_with(p.as_str()))
                    || self.lex.places.contains(place))
        };
        // `浔兴股份技术中心主任…`, `康力电梯研发部经理…`: a unit of the company (a centre or institute of the kinds
        // companies have, or a department) and its head's title after the name.
        let unit_titled = std::cell::OnceCell::new();
        let unit_titled = || {
            *unit_titled.get_or_init(|| {
                written.len() >= 4
                    && (range.end + 2..=self.t.len().min(range.end + 8)).any(|e| {
                        let unit = &self.t[range.end..e];
                        let kind_word = (1..=unit.len().min(self.lex.suffix_max)).any(|l| {
                            let tail = &unit[unit.len() - l..];
                            self.lex
                                .suffixes
                                .get(tail)
                                .is_some_and(|s| s.unit && s.kind == "department")
                                || self
                                    .lex
                                    .unit_under
                                    .get(tail)
                                    .is_some_and(|kinds| kinds.iter().any(|k| k == "company"))
                        });
                        unit.iter().all(|&c| is_han(c))
                            && kind_word
                            && self.title_at(e, self.t.len().min(e + 12)).is_some()
                    })
            })
        };
        let ends_name = || {
            self.t
                .get(range.end)
                .is_none_or(|&c| !is_han(c) || "、和与及等".contains(c))
                || unit_titled()
        };
        // (Built once, and only when a registered company's core is looked at.)
        let written_str = std::cell::OnceCell::new();
        let fits = |core: &str| {
            let written_str: &String = written_str.get_or_init(|| written.iter().collect());
            core.match_indices(written_str.as_str()).any(|(at, w)| {
                let before = &core[..at];
                let front = before.chars().count();
                let after = core[at + w.len()..].chars().count();
                // (Only a place before it, or nothing: `东风商用车有限公司` is no `商用车`; and with nothing, not where
                // a longer name goes on: `中车株洲电力机车研究所有限公司` after `中车株洲电力机车有限公司`.)
                let place = front > 0 && is_place(before);
                (after == 0 && (place || front == 0 && (ends_name() || titled())))
                    || ((((2..=3).contains(&front) && after == 0)
                        || ((front == 0 || place) && (2..=4).contains(&after)))
                        && titled())
            })
        };
        // `川仪股份党委书记…` after `重庆川仪自动化股份有限公司`: a joint-stock company by the brand its name opens
        // with (after its place), then 股份.
        let brand = written
            .strip_suffix(&['股', '份'])
            .filter(|b| (2..=3).contains(&b.len()))
            .map(|b| b.iter().collect::<String>());
        let by_brand = |core: &str| {
            brand.as_ref().is_some_and(|b| {
                core.match_indices(b.as_str()).any(|(at, w)| {
                    let before = &core[..at];
                    (before.is_empty() || is_place(before))
                        && core.len() > at + w.len()
                        && (ends_name() || titled())
                })
            })
        };
        the_only((0..self.orgs.len()).filter(|&o| {
            let org = &self.orgs[o];
            !org.unit
                && matches!(org.kind.as_str(), "company" | "group")
                && (["股份有限公司", "有限责任公司", "有限公司"]
                    .iter()
                    .any(|form| org.name.strip_suffix(form).is_some_and(fits))
                    || org.name.strip_suffix("股份有限公司").is_some_and(by_brand))
        }))
    }

    /// `方太研发总监甄思远` after `宁波方太厨具有限公司`: a company by the brand of two characters its name holds
    /// between its place and its trade (of two to four characters), right before a title.
    fn company_brand(&self, range: Range<usize>) -> Option<usize> {
        let written = &self.t[range.clone()];
        if !written.iter().all(|&c| is_han(c)) || self.lex.suffixes.contains_key(written) {
            return None;
        }
        let brand: String = written.iter().collect();
        let is_place = |place: &str| {
            (place.ends_with(PLACE_LEVELS) && (2..=4).contains(&place.chars().count()))
                || self.lex.place_prefixes.iter().any(|p| p == place)
                || self.lex.places.contains(place)
        };
        let found = the_only((0..self.orgs.len()).filter(|&o| {
            let org = &self.orgs[o];
            !org.unit
                && matches!(org.kind.as_str(), "company" | "group")
                && ["股份有限公司", "有限责任公司", "有限公司"]
                    .iter()
                    .find_map(|form| org.name.strip_suffix(form))
                    .and_then(|core| core.find(brand.as_str()).map(|at| (core, at)))
                    .is_some_and(|(core, at)| {
                        is_place(&core[..at]) && (2..=4).contains(&core[at + brand.len()..].chars().count())
                    })
        }))?;
        self.title_at(range.end, self.t.len().min(range.end + 12))
            .is_some_and(|t| t.range.start == range.end)
            .then_some(found)
    }

    /// `中国一汽` after `中国第一汽车集团有限公司`, `中国建材总院` after `中国建筑材料科学研究总院有限公司`: a company's
    /// name clipped to some of its characters, in order, opening as it does, with a gap (`中国船舶` is no clip of
    /// `中国船舶报社`: it opens a longer name). Four to six characters, at most two thirds of the full name, and
    /// only one company of the page fits.
    fn clipped_company(&self, range: Range<usize>) -> Option<usize> {
        let next = self.t.get(range.end).copied();
        let written = &self.t[range];
        if !(4..=6).contains(&written.len()) || !written.iter().all(|&c| is_han(c)) {
            return None;
        }
        // (Compared character by character: this runs for every place an organization's name could end.)
        let in_order = |name: &str, extra: Option<char>| {
            let mut it = name.chars();
            written.iter().copied().chain(extra).all(|c| it.any(|f| f == c))
        };
        the_only((0..self.orgs.len()).filter(|&o| {
            let org = &self.orgs[o];
            let mut name = org.name.chars();
            !org.unit
                && name.next() == Some(written[0])
                && name.next() == Some(written[1])
                && matches!(org.kind.as_str(), "company" | "group")
                && written.len() * 3 <= org.name.chars().count() * 2
                && in_order(&org.name, None)
                // (The longest such part: `中国建材总院`, not `中国建材` before `总院`.)
                && !next.is_some_and(|c| in_order(&org.name, Some(c)))
                && !org.name.contains(&written.iter().collect::<String>())
        }))
    }

    /// `冷链委` after `（以下简称“中物联冷链委”）`: the end of a short form the page defined, three characters or more,
    /// when it ends only one.
    fn alias_tail(&self, range: Range<usize>) -> Option<usize> {
        let written = &self.t[range];
        if written.len() < 3 || !written.iter().all(|&c| is_han(c)) {
            return None;
        }
        the_only((0..self.orgs.len()).filter(|&o| {
            self.orgs[o].aliases.iter().any(|a| {
                let mut tail = a.chars().rev();
                written.iter().rev().all(|&c| tail.next() == Some(c)) && tail.next().is_some()
            })
        }))
    }

    /// A cheap test before reading `start..end` as organizations: it must end with a suffix, a known name, an alias
    /// in parentheses or a registered company's name without its place and form.
    fn could_end_org(&self, start: usize, end: usize) -> bool {
        self.t[end - 1] == '）'
            || self.suffix_ending(start, end).is_some()
            || self.org_index.contains_key(&self.t[start..end])
            || self.company_core(start..end).is_some()
            || self.clipped_company(start..end).is_some()
            || self.alias_tail(start..end).is_some()
            // `鲁化协主办`: an association's clipped name; `由我会主办`: the page's owner.
            || (self.t[end - 1] == '协' && self.clipped_association(start..end).is_some())
            || (self.t[start] == '我' && self.self_reference(start..end).is_some())
    }

    /// Places that share the name of one kind of body written once at the end: `苏州市、无锡市、常州市工业和信息化局`
    /// are three bureaus, `南京、徐州、扬州市工信局` three more (the level of the last place goes to the bare
    /// ones). Each place is two to eight characters and the last one's body parses as a formal organization.
    fn shared_body_list(&self, at: usize, end: usize) -> Option<(Vec<Vec<OrgPiece>>, usize)> {
        let mut places = Vec::new();
        let mut cur = at;
        // (`南京、苏州、连云港、泰州市工业和信息化局、应急管理局`: each place has each of the bodies.)
        loop {
            let run = (cur..end.min(cur + 10))
                .take_while(|&q| is_han(self.t[q]))
                .count();
            if run < 2 {
                return None;
            }
            // A place is short and has no body after its level (`泰州市工业和信息化局、…` is the last item).
            let body_after_level = (cur + 2..cur + run - 1).any(|q| PLACE_LEVELS.contains(&self.t[q]));
            let joined = cur + run < end && self.t[cur + run] == '、' && run <= 9 && !body_after_level;
            if joined {
                places.push(cur..cur + run);
                cur += run + 1;
                continue;
            }
            break;
        }
        if places.is_empty() {
            return None;
        }
        // The last place and its body: `扬州市` + `工信局`; its level is the one the places before it end with
        // (`州` in `扬州市`, `徐州` is no level), else 市.
        let level = places
            .iter()
            .rev()
            .filter(|p| p.len() >= 3)
            .map(|p| self.t[p.end - 1])
            .find(|c| PLACE_LEVELS.contains(c))
            .unwrap_or('市');
        let level_at = (cur + 2..end.min(cur + 9)).find(|&q| self.t[q] == level)?;
        let (pieces, after) = (level_at + 3..=end.min(level_at + 1 + ORG_MAX))
            .rev()
            .filter(|&s| self.t[cur..s].iter().all(|&c| is_han(c)))
            .filter(|&s| self.could_end_org(level_at + 1, s))
            .find_map(|s| {
                let pieces = self.parse_orgs(cur..s)?;
                (pieces.len() == 1 && !pieces[0].unit && pieces[0].known.is_none()).then_some((pieces, s))
            })?;
        let mut bodies = vec![(
            self.text(level_at + 1..pieces[0].range.end),
            pieces[0].kind.clone(),
        )];
        let mut after = after;
        // More bodies every place has: `、应急管理局` (a formal name with no place of its own).
        while self.t.get(after) == Some(&'、') {
            let Some((more, end)) = (after + 3..=self.t.len().min(after + 1 + ORG_MAX))
                .rev()
                .filter(|&s| self.t[after + 1..s].iter().all(|&c| is_han(c)))
                .filter(|&s| {
                    self.suffix_ending(after + 1, s)
                        .is_some_and(|(_, x)| x.kind == "government-body")
                })
                .find_map(|s| {
                    let p = self.parse_orgs(after + 1..s)?;
                    (p.len() == 1 && !p[0].unit && p[0].known.is_none()).then_some((p, s))
                })
            else {
                break;
            };
            // (Not a place's own body: `、扬州市工信局` is another item of the list.)
            if self.t[after + 1..end]
                .iter()
                .take(4)
                .any(|c| PLACE_LEVELS.contains(c))
            {
                break;
            }
            bodies.push((self.text(more[0].range.clone()), more[0].kind.clone()));
            after = end;
        }
        let last_place = self.text(cur..level_at + 1);
        let mut out = Vec::new();
        for p in places.iter().chain(std::iter::once(&(cur..level_at + 1))) {
            let place = self.text(p.clone());
            let place = match place.chars().last() {
                Some(c) if PLACE_LEVELS.contains(&c) && p.len() >= 3 => place,
                // `南京、徐州、扬州市工信局`, `连云港、泰州市…`: a bare city takes the last one's level.
                _ if (2..=3).contains(&p.len()) && level_at - cur >= 2 => format!("{place}{level}"),
                _ => return None,
            };
            for (i, (body, kind)) in bodies.iter().enumerate() {
                // (The last place with the first body is written whole.)
                if place == last_place && i == 0 {
                    out.push(pieces.clone());
                    continue;
                }
                out.push(vec![OrgPiece {
                    range: p.clone(),
                    written: p.clone(),
                    kind: kind.clone(),
                    unit: false,
                    alias: None,
                    known: None,
                    name: Some(format!("{place}{body}")),
                }]);
            }
        }
        Some((out, after))
    }

    /// Reads a list of organizations joined by `、`, `和`, `及`, `以及`, `与` starting at `at`; returns them and where the
    /// list ends.
    pub(crate) fn org_list(&self, at: usize, end: usize) -> Option<(Vec<Vec<OrgPiece>>, usize)> {
        let mut out = Vec::new();
        let mut cur = at;
        let name_char = |c: char| is_han(c) || "（）“”".contains(c);
        loop {
            let cap = end.min(cur + ORG_MAX);
            let lead = self.latin_lead(cur);
            // (Digits and capitals only inside parentheses: `…研究所（中电科58所）`, opening a name, or a few capitals
            // inside it.)
            let mut depth = 0;
            let hard = (cur..cap)
                .find(|&p| {
                    let c = self.t[p];
                    match c {
                        '（' => depth += 1,
                        '）' => depth -= 1,
                        _ => {}
                    }
                    // (`等` ends a list, but not in a word of names: `高等专科学校`.)
                    // (`学校与甲公司共建…研究院`: what two bodies build together is no unit of either; nor is
                    // `人力资源部及所属单位` a name.)
                    c == '、'
                        || (c == '等' && self.stops_name(p))
                        || (p > cur
                            && [
                                &['共', '建'][..],
                                &['合', '建'],
                                &['以', '及'],
                                &['及', '所', '属'],
                            ]
                            .iter()
                            .any(|w| self.t[p..end].starts_with(w)))
                        || !(name_char(c)
                            || (depth > 0 && c.is_ascii_alphanumeric())
                            || p < cur + lead
                            // (`深圳市LED产业联合会`: capitals between Han characters.)
                            || self.inner_latin(p))
                })
                .unwrap_or(cap);
            // `国网新疆电力有限公司发展策划部、设备管理部`: units named alone after a unit written with its body share
            // that body.
            let shared_body: Option<Vec<OrgPiece>> = out
                .last()
                .filter(|prev: &&Vec<OrgPiece>| prev.len() >= 2 && prev.last().is_some_and(|p| p.unit))
                .map(|prev| prev[..prev.len() - 1].to_vec());
            // The longest reading first: a name may contain 和 (工业和信息化部) and be followed by other words.
            let found = (cur + 2..=hard)
                .rev()
                .filter(|&s| self.could_end_org(cur, s))
                .find_map(|s| {
                    self.parse_orgs(cur..s)
                        .filter(|p| {
                            p.first().is_some_and(|f| {
                                !f.unit
                                    || f.known.is_some()
                                    // (`中储粮河南分公司仓储管理处`: the short form of a body named in full, with its
                                    // unit.)
                                    || (p.len() >= 2
                                        && self.short_form_of(&self.text(f.range.clone())).is_some())
                                    // (`厅运行监测协调局、原材料工业处`: after the first item, a unit of the page's
                                    // owner or the meeting's host, named alone.)
                                    || (cur > at
                                        && p.len() == 1
                                        && (shared_body.is_some()
                                            || self.association_unit_parent(f).is_some()))
                            })
                        })
                        .map(|p| (p, s))
                });
            // `华北电力大学科学技术研究院、研究生院`: a unit named by its kind word alone (`研究生院`), after a unit of
            // the same body, is that body's.
            let found = found.or_else(|| {
                let body = shared_body.as_ref()?;
                let kinds = self.lex.unit_under.get(&self.t[cur..hard])?;
                kinds
                    .iter()
                    .any(|k| body.last().is_some_and(|b| &b.kind == k))
                    .then(|| {
                        let piece = OrgPiece {
                            range: cur..hard,
                            written: cur..hard,
                            kind: "department".to_owned(),
                            unit: true,
                            alias: None,
                            known: None,
                            name: None,
                        };
                        (vec![piece], hard)
                    })
            });
            // `金隆铜业有限公司、安徽铜冠铜箔集团股份有限公司、冬瓜山铜矿作了交流发言`: a mine named by its place
            // alone, as an item of a list of organizations.
            let found = found.or_else(|| {
                let in_list = !out.is_empty() || self.t.get(hard) == Some(&'、');
                let s = (cur + 3..=hard.min(cur + 8)).find(|&s| {
                    self.lex.list_name_ends.iter().any(|w| {
                        self.t[cur..s].ends_with(w)
                            && s - cur >= w.len() + 2
                            && self.t[cur..s - w.len()].iter().all(|&c| is_han(c))
                    })
                })?;
                (in_list
                    && self.parse_orgs(cur..s).is_none()
                    && (s == hard || self.verb_starts_after_fillers(s)))
                .then(|| {
                    let piece = OrgPiece {
                        range: cur..s,
                        written: cur..s,
                        kind: "company".to_owned(),
                        unit: false,
                        alias: None,
                        known: None,
                        name: None,
                    };
                    (vec![piece], s)
                })
            });
            let found = found.map(|(pieces, s)| match &shared_body {
                Some(body) if pieces.len() == 1 && pieces[0].unit && pieces[0].known.is_none() => {
                    (body.iter().cloned().chain(pieces).collect(), s)
                }
                _ => (pieces, s),
            });
            let Some((pieces, s)) = found else {
                // `鞍钢集团科技发展部、人力资源部及所属单位`: the list ends before a joiner that no name follows.
                let Some((mut shared, s)) = self.shared_body_list(cur, end) else {
                    return (!out.is_empty() && self.t[cur - 1] == '及').then(|| (out, cur - 1));
                };
                out.append(&mut shared);
                cur = s;
                if cur < end && matches!(self.t[cur], '、' | '和' | '及' | '与') {
                    cur += 1;
                    continue;
                }
                return Some((out, cur));
            };
            out.push(pieces);
            cur = s;
            // `浙江省担保集团有限公司以及浙江省股权交易中心等21家金融机构`
            if self.t[cur..end].starts_with(&['以', '及']) {
                cur += 2;
                continue;
            }
            // `中国安全生产协会联合重庆市应急管理局`, `省工商联携手工行浙江省分行`
            if [['联', '合'], ['会', '同'], ['携', '手']]
                .iter()
                .any(|w| self.t[cur..end].starts_with(w))
                && let Some((mut more, after)) = self.org_list(cur + 2, end)
            {
                out.append(&mut more);
                return Some((out, after));
            }
            if cur < end && matches!(self.t[cur], '、' | '和' | '及' | '与') {
                cur += 1;
                continue;
            }
            return Some((out, cur));
        }
    }
}

/// The township a text names (`芝英镇召开…`, `东莞市厚街镇`, `东莞市大岭山镇`): two or three characters and `镇`,
/// after no other character of a name (or after a city's or county's level), and not a city's name (`景德镇市`).
/// A clause may put a verb before `镇里` (`表示镇里将…`): the one named most often, at least twice, or the only one.
/// The one item `items` yields, if it yields exactly one.
/// Whether an English name has the head word a Chinese name's ending stands for (`Ministry of Commerce` for a
/// name ending in 部): what `!suffix` in `title-scope.tsv` excludes, excluded in English too.
fn english_head(suffix: &str, name: &str) -> bool {
    let head = match suffix {
        "部" => "Ministry",
        "厅" => "Department",
        "局" => "Bureau",
        "委员会" => "Commission",
        "办公室" => "Office",
        _ => return false,
    };
    name.split(' ').any(|w| w == head)
}

fn the_only(mut items: impl Iterator<Item = usize>) -> Option<usize> {
    match (items.next(), items.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// True when the text in a parenthesis defines a short form: `以下简称“联盟”`, `下称“水泥标委会”`.
pub(crate) fn defines_short_form(inner: &str) -> bool {
    inner.contains("简称") || inner.contains("下称")
}

pub(crate) fn township(t: &[char]) -> Option<String> {
    let mut found: Vec<(&[char], usize)> = Vec::new();
    for p in (2..t.len()).filter(|&p| t[p] == '镇') {
        if t.get(p + 1) == Some(&'市') {
            continue;
        }
        let opens = |at: usize| at == 0 || !is_han(t[at - 1]) || matches!(t[at - 1], '市' | '县' | '区');
        let Some(start) = [p - 2, p.saturating_sub(3)].into_iter().find(|&s| {
            s + 2 <= p
                && opens(s)
                && t[s..p].iter().all(|&c| {
                    is_han(c) && !matches!(c, '市' | '县' | '区' | '省' | '全' | '本' | '各' | '乡' | '城')
                })
        }) else {
            continue;
        };
        let place = &t[start..=p];
        match found.iter_mut().find(|(f, _)| *f == place) {
            Some((_, n)) => *n += 1,
            None => found.push((place, 1)),
        }
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.1));
    match found.as_slice() {
        [(only, _)] => Some(only.iter().collect()),
        [(first, n), (_, m), ..] if *n >= 2 && n > m => Some(first.iter().collect()),
        _ => None,
    }
}

/// The characters that end the name of a place and its level: 省, 市, 县, 区, 自治州, 盟, 旗.
const PLACE_LEVELS: [char; 6] = ['省', '市', '县', '区', '州', '盟'];

/// The level of the place whose government a head's title (or a deputy's) belongs to: `副市长` → 市.
fn government_head_level(role: &str) -> Option<char> {
    match role.strip_prefix('副').unwrap_or(role) {
        "省长" => Some('省'),
        "市长" => Some('市'),
        "县长" => Some('县'),
        "区长" => Some('区'),
        "州长" => Some('州'),
        "镇长" => Some('镇'),
        "乡长" => Some('乡'),
        _ => None,
    }
}

/// True when `name` ends with the kind word `kind`, also in its registered form: `集团公司` for `…集团有限公司`
/// or `…集团股份有限公司`, `股份公司` for `…股份有限公司` (a company's own people write 集团公司 for it).
fn ends_with_kind(name: &str, kind: &str) -> bool {
    if name.ends_with(kind) {
        return true;
    }

    let Some(stem) = kind.strip_suffix("公司").filter(|s| !s.is_empty()) else {
        return false;
    };
    // (`集团公司` for `铜陵有色金属集团控股有限公司` too.)
    let forms: &[&str] = if stem == "股份" {
        &["有限公司"]
    } else {
        &[
            "有限公司",
            "股份有限公司",
            "有限责任公司",
            "控股有限公司",
            "控股股份有限公司",
        ]
    };
    forms.iter().any(|f| name.ends_with(&format!("{stem}{f}")))
}

/// The province (or municipality) a one-character abbreviation stands for in clipped names (`鲁化协`, `苏建协`).
/// The words a page uses for its owner (`我会`, `本校`), with the endings of the names they can stand for.
pub(crate) fn self_reference_ends(word: &str) -> Option<&'static [&'static str]> {
    Some(match word {
        "我会" | "本会" => &["会"],
        "我校" | "本校" => &["大学", "学院", "学校"],
        "我院" | "本院" => &["院"],
        "我所" | "本所" => &["所"],
        "我司" | "本公司" | "我公司" => &["公司"],
        "我厅" | "本厅" => &["厅"],
        "我局" | "本局" | "省局" | "市局" => &["局"],
        "省厅" => &["厅"],
        "我委" | "本委" => &["委员会", "委"],
        _ => return None,
    })
}

/// Where the honours a page writes end (`大师`, `传承人`, `劳动模范`, `技术能手`, `工匠`, `奖章获得者`): what
/// [`Doc::honour_title`] looks for.
pub(crate) fn honour_ends(t: &[char]) -> Vec<usize> {
    const HONOURS: [&[char]; 6] = [
        &['大', '师'],
        &['传', '承', '人'],
        &['劳', '动', '模', '范'],
        &['技', '术', '能', '手'],
        &['工', '匠'],
        &['奖', '章', '获', '得', '者'],
    ];
    (0..t.len())
        .filter_map(|q| {
            HONOURS
                .iter()
                .find(|h| t[q..].starts_with(h))
                .map(|h| q + h.len())
        })
        .collect()
}

fn province_of_abbreviation(c: char) -> Option<&'static str> {
    const PROVINCES: [(char, &str); 31] = [
        ('京', "北京市"),
        ('津', "天津市"),
        ('沪', "上海市"),
        ('渝', "重庆市"),
        ('冀', "河北省"),
        ('晋', "山西省"),
        ('辽', "辽宁省"),
        ('吉', "吉林省"),
        ('黑', "黑龙江省"),
        ('苏', "江苏省"),
        ('浙', "浙江省"),
        ('皖', "安徽省"),
        ('闽', "福建省"),
        ('赣', "江西省"),
        ('鲁', "山东省"),
        ('豫', "河南省"),
        ('鄂', "湖北省"),
        ('湘', "湖南省"),
        ('粤', "广东省"),
        ('琼', "海南省"),
        ('川', "四川省"),
        ('黔', "贵州省"),
        ('滇', "云南省"),
        ('陕', "陕西省"),
        ('甘', "甘肃省"),
        ('青', "青海省"),
        ('蒙', "内蒙古自治区"),
        ('桂', "广西壮族自治区"),
        ('藏', "西藏自治区"),
        ('宁', "宁夏回族自治区"),
        ('新', "新疆维吾尔自治区"),
    ];
    PROVINCES.iter().find(|(a, _)| *a == c).map(|(_, p)| *p)
}

#[cfg(test)]
mod tests {
    use super::ends_with_kind;

    #[test]
    fn a_company_kind_word_stands_for_its_registered_form() {
        assert!(ends_with_kind("华北铜业集团有限公司", "集团公司"));
        assert!(ends_with_kind("某某控股集团股份有限公司", "集团公司"));
        assert!(ends_with_kind("某某铝业股份有限公司", "股份公司"));
        assert!(ends_with_kind("中国有色金属工业协会", "协会"));
        assert!(!ends_with_kind("某某铝业股份有限公司", "集团公司"));
        assert!(!ends_with_kind("中铝集团山西铝业有限公司", "集团公司"));
        assert!(!ends_with_kind("某某铝业有限公司", "股份公司"));
    }
}
