//! Reports in English of the same genre: "Wang Jian, Vice President of the China Nonferrous Metals Industry
//! Association, attended and addressed the meeting." Names are kept as written; titles are read from the English
//! labels of the post-role scheme and `data/lexicon/titles-en.tsv`, role verbs from `role-verbs.tsv` and
//! `role-verbs-en.tsv`.
//!
//! Press releases put titles after names (`NAME, TITLES of ORG`); wire stories put them before
//! (`CISA Secretary-General Jiang Wei`, `Vice Minister of Commerce Wang Shouwen`), open with a dateline
//! (`SHANGHAI, Sept. 11 (Xinhua) --`) and may name the meeting only where someone speaks at it. Abbreviations
//! defined in parentheses (`(CNIA)`) are aliases. A post's Chinese title follows the organization's kind: a
//! company's Vice President is its 副总裁, a provincial department's Director its 厅长.

use super::mentions::{Mention, OrgPiece, PostMention};
use super::sentences::{LineKind, Sentence};
use super::{Doc, ExtractOptions, MeetingRec, Participation, PersonRec, ReportRec, Who};
use chrono::Datelike;
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

/// Ordinal words that number a council's term (`the Sixth Council`).
const ORDINALS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

/// Last words of an English organization name.
const ORG_HEADS: [&str; 43] = [
    "Association",
    "Foundation",
    "Consortium",
    "Laboratory",
    "Bank",
    "Mission",
    "Embassy",
    "Directorate",
    "Directorate-General",
    "School",
    "College",
    "Faculty",
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
    "Chamber",
    "Government",
    "Holdings",
    "Union",
    "Agency",
    "Exchange",
    // `Zhong Lun Law Firm`, `AllBright Law Offices`.
    "Firm",
    "Offices",
    // `Guangdong Airport Authority`.
    "Authority",
];

/// Words of an organization name that make it a unit of the organization named after `of`.
const UNIT_WORDS: [&str; 8] = [
    "Department",
    "Directorate",
    "Directorate-General",
    "Branch",
    "Committee",
    "Office",
    "Secretariat",
    "Division",
];

/// Capitalized words that open a sentence or a clause and are no part of a name.
const NOT_NAME_WORDS: [&str; 30] = [
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Both",
    "Also",
    "Meanwhile",
    "Then",
    "In",
    "At",
    "On",
    "During",
    "After",
    "Before",
    "Later",
    "According",
    "Former",
    "Newly",
    "Outgoing",
    "Incoming",
    "Speaking",
    "Addressing",
    "Photo",
    "Source",
    "Editor",
    "Media",
    "Contact",
    "Reporter",
];

/// Words of countries, peoples and governments: what stands before their titles (`US President`, `Chinese Vice
/// Premier`) is no organization of this genre's records.
const NOT_ORG_WORDS: [&str; 58] = [
    "US",
    "U.S.",
    "EU",
    "UK",
    "UN",
    "China",
    "China's",
    "Chinese",
    "Australia",
    "Australian",
    "Brazil",
    "Brazilian",
    "Chile",
    "Chilean",
    "Peru",
    "Peruvian",
    "Indonesia",
    "Indonesian",
    "Japan",
    "Japanese",
    "Korea",
    "Korean",
    "India",
    "Indian",
    "Russia",
    "Russian",
    "America",
    "American",
    "Britain",
    "British",
    "Europe",
    "European",
    "Germany",
    "German",
    "France",
    "French",
    "Canada",
    "Canadian",
    "Africa",
    "African",
    "South",
    "North",
    "State",
    "Prime",
    "Foreign",
    "Federal",
    "Provincial",
    "Municipal",
    "City",
    "County",
    "Party",
    "Communist",
    "Central",
    "National",
    "Vietnam",
    "Vietnamese",
    "Mongolia",
    "Mongolian",
];

/// Words that make a longer title of the title after them (`Managing Director`), which is then no title we know.
const TITLE_MODIFIERS: [&str; 24] = [
    "Managing",
    "Executive",
    "Regional",
    "Sales",
    "Marketing",
    "Technical",
    "Research",
    "Senior",
    "Chief",
    "General",
    "Acting",
    "Honorary",
    "Former",
    "Associate",
    "Assistant",
    "Country",
    "Global",
    "Operating",
    "Financial",
    "Commercial",
    "Business",
    "Project",
    "Program",
    "Editorial",
];

/// A name read without titles around it is no title or organization word (`Vice Mayor`, `Member Companies`).
fn plausible_name(name: &str) -> bool {
    !name.split([' ', '-']).any(|w| {
        is_head(w)
            || NOT_NAME_WORDS.contains(&w)
            || TITLE_MODIFIERS.contains(&w)
            || matches!(
                w,
                "Vice"
                    | "Deputy"
                    | "Mayor"
                    | "Governor"
                    | "Director"
                    | "President"
                    | "Chairman"
                    | "Secretary"
                    | "Minister"
                    | "Professor"
                    | "Member"
                    | "Members"
                    | "Companies"
                    | "Enterprises"
                    | "Industry"
                    | "China"
                    | "Chinese"
            )
            || NOT_NAME_TOPICS.contains(&w)
    })
}

/// Words of a ministry's or a field's name, never of a person's: `Vice Minister of Industry and Information
/// Technology` is no `Information Technology`.
const NOT_NAME_TOPICS: [&str; 24] = [
    "Information",
    "Technology",
    "Technologies",
    "Science",
    "Sciences",
    "Commerce",
    "Trade",
    "Affairs",
    "Resources",
    "Development",
    "Reform",
    "Planning",
    "Statistics",
    "Standards",
    "Standardization",
    "Materials",
    "Metals",
    "Energy",
    "Environment",
    "Ecology",
    "Transport",
    "Finance",
    "Security",
    "Administration",
];

/// `Harbin Institute of Technology (Shenzhen)`: the word `i` is a Chinese city in parentheses after the name of a
/// university or an institute (its head word `head`), its campus and the name's last word.
fn is_campus(words: &[(usize, &str)], i: usize, head: Option<usize>) -> bool {
    i > 0
        && head.is_some_and(|h| matches!(head_form(words[h].1), "University" | "Institute" | "College"))
        && words[i]
            .1
            .trim_end_matches([',', '.', ';', ':'])
            .strip_prefix('(')
            .and_then(|w| w.strip_suffix(')'))
            .is_some_and(|w| w.chars().skip(1).all(|c| c.is_ascii_lowercase()) && chinese_place(w).is_some())
}

/// `Ltd.,` → `Ltd.`, `Association,` → `Association`: a word without the punctuation after it (company abbreviations
/// keep their stop).
fn head_form(word: &str) -> &str {
    let w = word.trim_end_matches([',', ';', ':']);
    // (`S.p.A.`, `B.V.`: a dot inside the word says the last one is its own too.)
    if matches!(w, "Ltd." | "Inc." | "Corp." | "Co.")
        || w.ends_with('.') && w.trim_end_matches('.').contains('.')
    {
        w
    } else {
        w.trim_end_matches('.')
    }
}

/// The legal forms that end a company's name, as companies of many countries write them (`Co., Ltd`,
/// `Rossi Carrelli S.p.A.`, `Lift Solutions Sdn Bhd`, `Nordic Trucks Oy`).
const LEGAL_FORMS: [&str; 37] = [
    "Ltd.", "Ltd", "Limited", "Inc.", "Inc", "Corp.", "Co.", "LLC", "LLP", "PLC", "plc", "GmbH", "AG", "SE",
    "B.V.", "N.V.", "S.A.", "AB", "JSC", "PJSC", "S.p.A.", "SpA", "S.r.l.", "Srl", "S.A.S.", "SAS", "S.L.",
    "SARL", "KG", "Oy", "Oyj", "A/S", "ASA", "Bhd", "Berhad", "Tbk", "K.K.",
];

fn is_legal_form(word: &str) -> bool {
    LEGAL_FORMS.contains(&word)
}

/// `Jixi High-tech Zone Management Committee`: the body governing a zone or a park (管委会), one of its own.
fn governs_a_zone(name: &str) -> bool {
    [
        "Management Committee",
        "Administrative Committee",
        "Administration Committee",
    ]
    .iter()
    .any(|w| name.ends_with(w))
        && name.split(' ').count() > 2
}

fn is_head(word: &str) -> bool {
    ORG_HEADS.contains(&word) || is_legal_form(word)
}

/// An abbreviation as written in parentheses after a name: 2 to 8 capital letters (`CNIA`, `MIIT`).
fn is_acronym(word: &str) -> bool {
    (2..=8).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Romanized Chinese surnames (`Zhao`, `Ouyang`), from the built-in surname list.
fn pinyin_surnames() -> &'static std::collections::HashSet<String> {
    static SET: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../data/lexicon/surnames.tsv")
            .lines()
            .skip_while(|l| l.starts_with('#'))
            .skip(1)
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(crate::chinese::person_english)
            .map(|s| s.replace(' ', ""))
            .collect()
    })
}

/// A capitalized meeting name; its noun ends a word (`Expo`, not the `Expo` of `Import and Export`). The noun may
/// open the name (group 2) when a subject follows it (`held the Symposium on Supply Chain Cooperation with
/// Foreign-invested Semiconductor Enterprises`); the subject's small words are its own (`in Private Enterprises`,
/// `Bamboo as a Substitute for Plastic`: a place after `in` is cut by [`trim_name_tail`]).
fn meeting_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let nouns = "Symposium|Forum|Conference|Meeting|Summit|Seminar|Session|Congress|Assembly|Expo|Exhibition|Workshop|Annual Meeting|Convention|Roundtable|Round Table|Dialogue|Fair|Colloquium|Salon|Webinar|Week|Festival|Roadshow|Training Course|Training Program|Training Programme|Training Class|Launch Ceremony|Signing Ceremony|Awards Ceremony|Award Ceremony|Unveiling Ceremony|Inauguration Ceremony|Commendation Ceremony";
        let word = r"[A-Z][\w'\-]*";
        let more = r"(?: (?:Forum|Conference|Meeting|Summit|Seminar|Session|Exhibition|Fair|Dialogue)\b)*";
        let subject = format!(
            r"(?: (?:on|for) (?:the )?(?:\d{{4}} )?{word}(?:(?: (?:of|and|for|the|with|in|as|a|an|to))* (?:{word}|\([A-Z][A-Za-z]{{1,9}}\)|\(\d{{4}}\)|\d{{4}}))*)"
        );
        Regex::new(&format!(
            r#"(?:[Tt]he |its |their |“|"|^|, )(?:(?:one|two|three|four|five|\d)-day |(?:one|two|three|four|five|\d)-day-long )?((?:\d{{4}} |\d{{1,3}}(?:st|nd|rd|th) )?(?:{word}|of|and|for|on|the|in)(?: (?:{word}|\({word}(?: {word}){{0,2}}\)|\d{{4}}|\d{{1,3}}(?:st|nd|rd|th)|of|and|&|for|on|the|in))*? (?:{nouns})\b{more}{subject}?(?: \d{{4}}\b)?)|(?:[Tt]he |[Aa]n? |its |their |“|"|^|, )((?:{nouns})\b{more}{subject}(?: \d{{4}}\b)?)"#
        ))
        .expect("valid")
    })
}

/// A name's subject that ends in a place (`… in Private Enterprises in Hangzhou`) or in a headline's verb (`Seminar
/// on Aluminum Standards Successfully Held`): the name without it.
fn trim_name_tail(name: &str) -> &str {
    let name = name
        .match_indices(' ')
        .find(|&(i, _)| {
            let rest = name[i + 1..]
                .strip_prefix("Successfully ")
                .unwrap_or(&name[i + 1..]);
            let verb = rest.split(' ').next().unwrap_or("");
            matches!(
                verb,
                "Held"
                    | "Opens"
                    | "Opened"
                    | "Kicks"
                    | "Kicked"
                    | "Concludes"
                    | "Concluded"
                    | "Closes"
                    | "Closed"
                    | "Convened"
                    | "Convenes"
                    | "Takes"
                    | "Took"
                    | "Launched"
                    | "Launches"
                    | "Starts"
                    | "Begins"
            )
        })
        .map_or(name, |(i, _)| &name[..i]);
    name.rmatch_indices(" in ")
        .find(|&(i, _)| {
            let place = name[i + 4..].trim_end_matches(['.', ',']);
            place != "China" && chinese_place(place).is_some()
        })
        .map_or(name, |(i, _)| &name[..i])
}

/// The genre's meeting nouns, which end a meeting named in lower case (`a working meeting`, `an online webinar`).
const LOWER_MEETING_NOUNS: &str = "seminar|symposium|forum|conference|meeting|summit|workshop|congress|assembly|roundtable|dialogue|convention|colloquium|salon|webinar|teleconference|videoconference|video conference|ceremony|briefing|talks|exchange session|training session|training course|training program|training programme|training class|training camp|event|matchmaking|gala|reception|roadshow|festival|expo|exhibition";

/// A pattern with `{NOUNS}` standing for [`LOWER_MEETING_NOUNS`].
fn with_meeting_nouns(pattern: &str) -> String {
    pattern.replace("{NOUNS}", LOWER_MEETING_NOUNS)
}

/// `met with a delegation led by …`, `held talks with …`, `received a delegation from …`: a bilateral meeting, which
/// reports of the genre rarely name. Group 1 is the verb, group 2 the noun naming the meeting when written (`talks`,
/// `meeting`).
fn bilateral_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(met with|meets with|met|meets|(?:held|holds|had|has) (?:a )?(?:(?:working |bilateral |friendly |in-depth )?(talks|meeting|discussions|consultations))(?: in [A-Z][\w\-]*)? with|(?:received|receives|welcomed|welcomes|hosted|hosts) (?:a|an|the) (?:[A-Z][\w\-]* ){0,6}(?:high-level |business |trade |industry |joint )?delegation|received|receives|welcomed|welcomes)\b")
            .expect("valid")
    })
}

/// A bilateral meeting's verb in `text` and where the other side is named: after `with`, or after the delegation
/// (`met a delegation led by …`). Not `met the targets`: `met` alone takes a person or a delegation.
fn bilateral_in(text: &str) -> Option<regex::Captures<'_>> {
    bilateral_re().captures_iter(text).find(|c| {
        let all = c.get(0).map_or("", |g| g.as_str());
        let rest = c.get(0).map_or("", |g| &text[g.end()..]);
        if all.ends_with("delegation") {
            return true;
        }
        // `received Maria Lopez, Secretary General of …`: a person received is met.
        if matches!(all, "received" | "receives" | "welcomed" | "welcomes") {
            return rest.starts_with(' ')
                && name_re()
                    .captures(&rest[1..])
                    .and_then(|n| n.get(0))
                    .is_some_and(|n| n.start() == 0 && rest[1 + n.end()..].starts_with(", "));
        }
        if matches!(all, "met" | "meets") {
            // `met a delegation of …`, `met Maria Lopez, …`
            return rest.starts_with(" a delegation")
                || rest.starts_with(" the delegation")
                || rest.starts_with(' ')
                    && rest[1..].starts_with(|ch: char| ch.is_ascii_uppercase())
                    && rest[1..]
                        .split(' ')
                        .nth(1)
                        .is_some_and(|w| w.starts_with(|ch: char| ch.is_ascii_uppercase()));
        }
        true
    })
}

/// `A seminar on recycled nonferrous metals was held …`, `The CMA's June press conference, held in Beijing on Thursday,
/// …`: a meeting named in lower case (its subject may end in a body's abbreviation: `the founding conference of the …
/// Association (CCPIA) was held`).
fn plain_meeting_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&with_meeting_nouns(r"\b(?:[Aa]n?|[Tt]he) ((?:[\w\-'’]+ ){0,3}?(?:{NOUNS})(?: (?:on|of|for) [\w\- ]+?)?)(?: \([A-Z][A-Za-z]{1,9}\))?(?:, (?:co-)?(?:hosted|organized|organised|sponsored|jointly hosted|jointly organized) by [^,;]{3,150}?(?:, [^,;]{3,150}?)?,)?(?: (?:(?:was|were)(?: \w+ly)? (?:held|convened|organized|organised|hosted|staged)|took place|opened|kicked off)|, (?:held|convened) (?:in|on|at|by))\b")).expect("valid")
    })
}

/// A headline's meeting in lower case: `Association convenes council meeting`, `Antimony industry seminar held in
/// Lengshuijiang`.
fn headline_meeting_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&with_meeting_nouns(
            r"(?i)\b(?:holds|convenes|hosts|organizes|stages) (?:(?:a|an|its|the) )?((?:[\w\-]+ ){0,4}?(?:{NOUNS}))\b|^((?:[\w\-]+ ){0,4}?(?:{NOUNS})(?: (?:on|of|for) [\w\-'’ ]{3,80}?)?) (?:\w+ly )?(?:held|opens|opened|kicks off|concludes|closes|takes place|took place|convened) in\b",
        ))
        .expect("valid")
    })
}

/// `… convened a standards workshop in Foshan`, `… convened a scientific and technological achievement appraisal
/// meeting in Xiamen`: a meeting named in lower case after the verb; the word after it is whole (`a symposium on the
/// innovative development of …`: not the `in` of `innovative`).
fn verb_meeting_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&with_meeting_nouns(r"\b(?:convened|held|hosted|organized|organised|co-hosted|staged) (?:(?:a|an|its|the) )?((?:[\w\-'’]+ ){0,6}?(?:{NOUNS})(?: (?:on|of|for) [\w\- ]+?)?)\b(?:(?: in| on| with| at| between| via| to| titled| entitled| themed)\b|,|\.|$)")).expect("valid")
    })
}

/// `was successfully held`, `were grandly convened`, `has been held`: a verb saying a meeting took place, with
/// an adverb or an auxiliary the fixed phrases do not list.
fn held_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:was|were|is|are|has been|have been|is being|was being)(?: \w+ly)? (?:held|convened|opened|staged|organized|organised|hosted|launched|inaugurated)\b")
            .expect("valid")
    })
}

/// `at a press conference in Beijing on Tuesday`, `at a seminar held in Shanghai`, `at the opening ceremony on May
/// 6`, `at its mid-year press conference on the economic performance of the industry in Beijing on Thursday`: a
/// meeting named in lower case after `at` (with its subject in lower case, abbreviations in capitals aside, after
/// `on` or `about`: `… on the development of strategic emerging industries by central SOEs held in Beijing`; after an
/// article, `its` or an abbreviation's possessive: `at CISA's press conference`; the body whose meeting it is may
/// follow it, as no part of its name: `at the 2024 annual conference of the China Tourist Hotels Association (CTHA)
/// in Sanya`), with a place or a date right after it, or after a visit (`at the symposium held afterwards`).
fn at_meeting_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&with_meeting_nouns(r"\b[Aa]t (?:a|an|its|their|the|[A-Z][A-Za-z]{1,9}['’]s) ((?:[\w\-'’]+ ){0,4}?(?:{NOUNS})(?: (?:on|about) (?:the |a |an )?[a-z][\w\-'’]*(?: (?:[a-z][\w\-'’]*|[A-Z]{2,}s?)){0,11})?)(?: of (?:the )?[A-Z][\w\-'’]*(?: (?:[A-Z][\w\-'’]*|of|and|for|on|the|&)){0,10}(?: \([A-Z][A-Za-z]{1,9}\))?)?(?: (?:held|convened|organized|organised|hosted)(?: by (?:the )?[A-Z][\w\-'’]*(?: (?:[A-Z][\w\-'’]*|of|and|for|on)){0,10})?)? (?:in [A-Z][\w'\-]+|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b|(?:afterwards|afterward|subsequently|that followed|after the (?:visit|tour|inspection))\b)")).expect("valid")
    })
}

/// `attended the signing ceremony`, `chaired the symposium`: a meeting named in lower case after a verb that takes
/// part in it (`the` or `this`: the report's own meeting).
fn took_part_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&with_meeting_nouns(r"\b(?:attended|chaired|presided over|addressed|witnessed|spoke at|took part in|participated in) (?:the|this) ((?:[\w\-'’]+ ){0,4}?(?:{NOUNS}))\b")).expect("valid")
    })
}

/// A title quoted right after a meeting noun: `, "EU Battery Regulation: …"`, ` titled "…"`, ` themed '…'`.
fn quoted_name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"^,? (?:(?:titled|entitled|themed|called|under the theme(?: of)?|on the theme(?: of)?|with the theme(?: of)?) )?["“']([A-Z0-9][^"”]{5,150}?)[,.]?["”']"#)
            .expect("valid")
    })
}

/// `Ding Hui, Professor, Tsinghua University: "Title"`: a speaker's line (after a list mark).
fn speaker_line_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"^(?:Mr\. |Ms\. |Dr\. )?([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}), ([^:"“]{3,160}): ["“]([^"”]{5,200})["”]\s*$"#)
            .expect("valid")
    })
}

fn date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let month = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";
        let day = r"\d{1,2}(?:st|nd|rd|th)?";
        let to = r"\s*(?:-|–|to|through|until|and)\s*";
        Regex::new(&format!(
            r"\b(?P<m1>{month}) (?P<d1>{day})(?:{to}(?:(?P<m2>{month}) )?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\b(?:,? (?P<y1>\d{{4}})\b)?|\b(?P<d3>\d{{1,2}})(?:{to}(?P<d4>\d{{1,2}}))? (?P<m3>{month}),? (?P<y2>\d{{4}})\b"
        ))
        .expect("valid")
    })
}

/// `SHANGHAI, Sept. 11 (Xinhua) --`: a wire story's dateline, with its city (near the start of the first sentence,
/// after what is left of a page's header lines; see [`dateline_in`]); also a company release's
/// (`Hangzhou, China - September 18, 2025 - `).
fn dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2})(?:, [A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)?(?:,| [-–—]) (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.) \d{1,2}\b(?:,? \d{4})?(?: \([^)]{1,40}\)| /[A-Za-z\-]{2,30}/)? ?(?:--|—|–| - )").expect("valid")
    })
}

/// The dateline near the start of `text`.
fn dateline_in(text: &str) -> Option<regex::Captures<'_>> {
    dateline_re()
        .captures(text)
        .filter(|c| c.get(0).is_some_and(|m| m.start() < 150))
}

/// `on Wednesday`: the day of the week a wire story gives for its meeting.
/// `, Technology and Innovation` after `Bureau of Science`: the rest of a name that lists its fields.
fn en_name_list_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)*,? and [A-Z][a-z]+(?: [A-Z][a-z]+)?").expect("valid")
    })
}

fn weekday_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:on|On) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
            .expect("valid")
    })
}

/// `Wednesday`, `March`, `Sept.`: a word after `on` that names a day, not part of a name.
fn names_a_day(word: &str) -> bool {
    month_number(word).is_some() && word.len() >= 3
        || matches!(
            word,
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        )
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|m| key.len() >= 3 && m.starts_with(&key))
        .map(|i| i as u32 + 1)
}

/// A sentence about the meeting itself (`The two-day conference, organized by …`, `It was hosted by …`).
fn about_meeting(text: &str) -> bool {
    let cut = [
        "organized by",
        "organised by",
        "sponsored by",
        "hosted by",
        "supported by",
        "with support from",
        "undertaken by",
    ]
    .iter()
    .filter_map(|p| text.find(p))
    .min();
    let Some(cut) = cut else { return false };
    let before = text[..cut].to_lowercase();
    before.starts_with("it ")
        || [
            "conference",
            "meeting",
            "forum",
            "summit",
            "symposium",
            "seminar",
            "congress",
            "workshop",
            "event",
            "expo",
            "exhibition",
            "assembly",
            "convention",
        ]
        .iter()
        .any(|n| before.contains(n))
}

/// The place a text names after `in`: up to three capitalized words, to the first punctuation (`Handan, Hebei
/// province` is `Handan`), within the paragraph (`… in Guangzhou.\n\nBuyers from …`), none a word of a name's head.
fn place_words(rest: &str) -> Option<String> {
    let rest = rest.split('\n').next().unwrap_or("");
    let mut words: Vec<&str> = Vec::new();
    for w in rest.split(' ').take(3) {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        words.push(w);
        if w.ends_with([',', '.', ';', ':']) {
            break;
        }
    }
    let place = words.join(" ");
    let place = place.trim_end_matches([',', '.', ';']);
    (!place.is_empty() && !words.iter().any(|w| is_head(head_form(w)))).then(|| place.to_owned())
}

fn place_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:(?:held|convened|opened|took place|kicked off|got under way|got underway|gathered)(?: today| here| yesterday| successfully| grandly| officially)?(?:,? on (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,? (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.) \d{1,2}(?:, \d{4})?)?|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.) \d{1,2}(?:, \d{4})?),?)?(?: at (?:the )?[A-Z][\w'\-&]*(?: (?:[A-Z][\w'\-&]*|of|and|for|the))*?,?)? in ([A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*))|(?:\bin ([A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*) (?:on|from) (?:January|February|March|April|May|June|July|August|September|October|November|December))|(?:\b(?:held|convened|hosted|organized|met|meeting|talks|received|delegation)\b[^.;]{0,120}? at (?:the |its |their )?(?:[A-Z][\w'\-]* ){0,4}(?:office|offices|headquarters|head office|premises|secretariat|Secretariat|Headquarters) in ([A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*))|(?:\bon (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})? in ([A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*))|(?:\b(?:visited|toured|inspected) (?:the )?[A-Z][^;]{0,80}? in ([A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*))|(?:\bsigned (?:a|an|the) (?:[\w\-]+ ){0,5}(?:agreement|agreements|memorandum|contract|contracts|MoU|MOU) in ([A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*))").expect("valid")
    })
}

fn attendance_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // `more than 400 officials, business leaders and researchers`, `some 300 industry experts`, `500 domestic and
        // foreign guests`: a few lower-case words may describe them.
        Regex::new(r"(?:[Mm]ore than |[Oo]ver |[Aa]bout |[Ss]ome |[Nn]early |[Aa]round |[Aa]lmost |[Aa]pproximately |[Uu]p to )?\b(\d{1,3}(?:,\d{3})+|\d{1,6}) (?:[a-z][a-z\-]* ){0,3}?(?:people|participants|representatives|delegates|guests|experts|attendees|officials|leaders|executives|researchers|scholars|entrepreneurs|insiders|academics|scientists|specialists|professionals|stakeholders|members)\b").expect("valid")
    })
}

/// `total attendance to around 2,300`, `a total attendance of 800`: the whole count of those who took part.
fn total_attendance_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b[Tt]otal attendance (?:to |of |was |reached |at |stood at )?(?:around |about |some |nearly |more than |over |approximately )?(\d{1,3}(?:,\d{3})+|\d{1,6})\b").expect("valid")
    })
}

/// Forms of address written before a name (`Ms. Lan Yuqing`), no part of it.
const FORMS_OF_ADDRESS: [&str; 4] = ["Mr.", "Ms.", "Mrs.", "Dr."];

fn name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // `Pieter de Jong`, `Ursula von der Leyen`, `Sean O'Brien`, `Anna McKenzie`: particles and prefixes.
        // `Lü Hong`: pinyin with ü, and names with other accented letters (`José`, `Müller`).
        // `Tan Sri Lim Boon Keat`, `Datuk Seri …`: a Malaysian honorific is written as part of the name.
        // `Ma Yun'e`: pinyin marks a syllable that starts with a vowel with an apostrophe (never `Wei's`).
        Regex::new(r"^(?:Mr\. |Ms\. |Mrs\. |Dr\. |Prof\. |Professor )?((?:Tan Sri |Datuk Seri |Datuk |Dato' Sri |Dato' |Tun )?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:(?: (?:de|van|von|der|den|da|di|du|del|della|la|le|ter|ten))*[ \-](?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’][aeo][a-z]*)?|O'[A-Z][a-z]+|Mc[A-Z][a-z]+)){1,2})").expect("valid")
    })
}

/// Titles someone holds and the organization they belong to, as written before a post they take up.
type Held = (Vec<String>, Vec<OrgPiece>);

impl Doc<'_> {
    /// Whether a sentence counts among a page's first ones, where the meeting and its hosts are named: a line of
    /// the body with four words or more (a site's menu, `Business`, `Sci-Tech`, `Photos`, is no sentence of it).
    fn early_body(&self, s: &Sentence) -> bool {
        s.kind == LineKind::Body && self.text(s.range.clone()).split_whitespace().nth(3).is_some()
    }

    /// `person`, named as `m` says, took part with `roles`, as the sentence `evidence` says.
    fn person_took_part(&mut self, person: usize, m: &Mention, roles: Vec<String>, evidence: Range<usize>) {
        self.participations.push(Participation {
            who: Who::Person(person),
            roles,
            on_behalf_of: m.top_org,
            title: m.title.clone(),
            evidence,
        });
    }

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

    /// The length of English words naming the meeting between a name and its verb, or between two verbs:
    /// `attended the press conference and answered …`, `spoke at the opening ceremony and …`, `chaired the
    /// afternoon session`: an article, up to four words and a meeting noun, with `at`, `during` or `and` around.
    pub(crate) fn en_meeting_filler(&self, p: usize, end: usize) -> Option<usize> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(&with_meeting_nouns(
                r"^(?:(?:at|during|on|in) )?(?:the|a|an|its|this|[A-Z][A-Za-z]{1,9}['’]s) (?:[\w\-'’]+ ){0,4}?(?:{NOUNS}|session|sessions|opening ceremony|opening|ceremony|discussion|panel|launch|appraisal|review)(?: (?:and|as well as))?\b",
            ))
            .expect("valid")
        });
        let text = self.text(p..end.min(p + 80));
        let m = re.find(&text)?;
        Some(text[..m.end()].chars().count())
    }

    /// A speech of any kind named after its verb, when no role verb of the lexicons reads it: `delivered a video
    /// speech`, `gave a brief address`, `made a thematic report`, `delivered exchange speeches`. The words before
    /// the noun give the role: closing or summary words sum up (总结讲话), opening or welcome words are an address
    /// (致辞), keynote, thematic, special or work reports and lectures are reports (作报告, with a quoted title),
    /// statements and exchange speeches are statements (发言, as 作交流发言 is), as are an introduction (介绍) and
    /// comments (点评);
    /// an interpretation (解读) is a report. Its length, role and whether it is a report.
    pub(crate) fn en_speech_verb(&self, p: usize, end: usize) -> Option<(usize, &'static str, bool)> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(
                r"^(?:delivered|gave|made|presented|offered) (?:a |an |the |his |her |their |two |three )?((?:[\w\-]+ ){0,3}?)(speech|speeches|address|addresses|remarks|report|reports|presentation|presentations|keynote|keynotes|lecture|lectures|talk|talks|statement|statements|interpretation|interpretations|introduction|introductions|comments|commentary)\b",
            )
            .expect("valid")
        });
        let text = self.text(p..end.min(p + 100));
        // `said at the federation's mid-year press conference`, `told this year's forum`, `noted during the
        // opening session`: words said at this meeting (named with `the`, `its` or `this`, not `a`: another one) are
        // a speech, or a statement (发言) when told to it.
        for verb in [
            "said ",
            "says ",
            "told ",
            "noted ",
            "stressed ",
            "pointed out ",
            "stated ",
            "remarked ",
        ] {
            if let Some(rest) = text.strip_prefix(verb) {
                let at = verb.chars().count();
                let spoken = rest.starts_with("at ") || rest.starts_with("during ");
                let told = verb == "told " && !spoken;
                let named = rest
                    .strip_prefix("at ")
                    .or(rest.strip_prefix("during "))
                    .unwrap_or(rest);
                let definite = ["the ", "its ", "this "].iter().any(|a| named.starts_with(a))
                    || named
                        .split_once(' ')
                        .is_some_and(|(w, _)| w.ends_with("'s") || w.ends_with("’s"))
                        && named.starts_with(|c: char| c.is_ascii_uppercase());
                if (spoken || told)
                    && definite
                    && let Some(len) = self.en_meeting_filler(p + at, end)
                {
                    // What someone told the meeting is a statement made there (发言); said at it, a speech.
                    return Some((at + len, if told { "发言" } else { "讲话" }, false));
                }
            }
        }
        // `released the 2025 China Tin Industry Report`, `unveiled the … White Paper`, `released the "2026 Report on
        // …"`: someone who releases a report at the meeting reports (发布…报告 is 作报告).
        static RELEASED: OnceLock<Regex> = OnceLock::new();
        let released = RELEASED.get_or_init(|| {
            Regex::new(r#"^(?:released|launched|unveiled|published|issued|presented) (?:the |a |an |its |their )?(?:(?:\d{4} )?[A-Z][\w\-']*(?: (?:[A-Z\d][\w\-']*|of|on|and|for|in|the|&))*? (?:Report|White Paper|Whitepaper|Blue Book|Bluebook|Index)\b|["“][^"”]{0,160}?\b(?:Report|White Paper|Whitepaper|Blue Book|Bluebook|Index)\b[^"”]{0,120}["”])"#)
                .expect("valid")
        });
        // (Its title is not quoted, so no quoted words after it are taken for it.)
        if let Some(m) = released.find(&text) {
            return Some((m.as_str().chars().count(), "作报告", false));
        }
        // `presented the "EU Solar Market Outlook 2025-2029"`, `presented "…"`: a work presented by its quoted title
        // is a report.
        if let Some(rest) = text.strip_prefix("presented ") {
            let article = ["the ", "a ", "an ", "his ", "her ", "their ", "its "]
                .iter()
                .find(|a| rest.starts_with(**a))
                .map_or(0, |a| a.len());
            if rest[article..].starts_with(['"', '“']) {
                return Some(("presented ".len() + article, "作报告", true));
            }
        }
        let c = re.captures(&text)?;
        let words = c.get(1).map_or("", |g| g.as_str());
        let noun = c.get(2).map_or("", |g| g.as_str());
        let has = |list: &[&str]| words.split(' ').any(|w| list.contains(&w));
        let (role, report) = if has(&["concluding", "closing", "summary", "summing-up"]) {
            ("总结讲话", false)
        } else if has(&["opening", "welcome", "welcoming", "congratulatory"]) {
            ("致辞", false)
        } else if noun.starts_with("statement")
            || has(&["exchange"])
            || noun.starts_with("introduction")
            || noun.starts_with("comment")
            || has(&["typical"])
        {
            // An introduction (介绍) or comments (点评) are statements.
            ("发言", false)
        } else if has(&[
            "keynote", "thematic", "themed", "special", "main", "work", "research", "academic",
        ]) || ["report", "presentation", "keynote", "lecture", "interpretation"]
            .iter()
            .any(|n| noun.starts_with(n))
        {
            ("作报告", true)
        } else {
            ("讲话", false)
        };
        Some((c.get(0)?.as_str().chars().count(), role, report))
    }

    /// `Ms. SITU Hui`, `Mr. GONG Lei`: official pages write a Chinese surname in capitals before the given name. It
    /// is read as `Situ Hui` (the letters change case only, so every offset holds): a word in capitals that is a
    /// surname, then a capitalized given name of pinyin syllables.
    fn mend_capital_surnames(&mut self) {
        let mut i = 0;
        while i < self.t.len() {
            let starts = self.t[i].is_ascii_uppercase() && (i == 0 || !self.t[i - 1].is_alphanumeric());
            if !starts {
                i += 1;
                continue;
            }
            let end = (i..self.t.len())
                .find(|&k| !self.t[k].is_ascii_alphabetic())
                .unwrap_or(self.t.len());
            let word: String = self.t[i..end].iter().collect();
            let given_start = end + 1;
            let given_end = (given_start..self.t.len())
                .find(|&k| !self.t[k].is_ascii_alphabetic())
                .unwrap_or(self.t.len());
            let given: String = self.t[given_start.min(given_end)..given_end].iter().collect();
            let surname = {
                let mut s = word.to_lowercase();
                if let Some(first) = s.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                s
            };
            if (2..=6).contains(&word.len())
                && word.chars().all(|c| c.is_ascii_uppercase())
                && self.t.get(end) == Some(&' ')
                && given.len() >= 2
                && given.starts_with(|c: char| c.is_ascii_uppercase())
                && given[1..].chars().all(|c| c.is_ascii_lowercase())
                && is_pinyin_word(&given)
                && pinyin_surnames().contains(&surname)
            {
                if self.unmended.is_none() {
                    self.unmended = Some(self.t.clone());
                }
                for c in &mut self.t[i + 1..end] {
                    *c = c.to_ascii_lowercase();
                }
            }
            i = end.max(i + 1);
        }
    }

    /// Reads an English report: the meeting, then the people and organizations of every sentence.
    pub(crate) fn read_english(
        &mut self,
        sentences: &[Sentence],
        opts: &ExtractOptions,
    ) -> Option<MeetingRec> {
        self.mend_capital_surnames();
        self.define_en_abbreviations(sentences);
        self.define_en_quoted_aliases(sentences);
        self.define_en_site_name(sentences);
        self.define_en_governments(sentences);
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
            "organised by",
            "sponsored by",
            "hosted by",
            "was opened",
            "was staged",
            "was launched",
            "concluded in",
            "closed in",
            " opened ",
            " organized a ",
            " organized an ",
            " organized the ",
            " hosted a ",
            " hosted an ",
            " hosted the ",
            " held its ",
            " convened its ",
            " hosted its ",
            " organized its ",
            " organised its ",
            " organised a ",
            " organised an ",
            " organised the ",
            "officially opened",
            "was inaugurated",
            " commenced ",
            " concluded ",
            "wrapped up",
            " co-hosted ",
            " co-organized ",
            "got under way",
            "got underway",
            " gathered in ",
            " gathered at ",
            " met in ",
        ];
        let early: Vec<Range<usize>> = sentences
            .iter()
            .filter(|s| self.early_body(s))
            .take(8)
            .map(|s| s.range.clone())
            .collect();
        let held_in = early.iter().take(6).find(|r| {
            let text = self.text((*r).clone());
            held.iter().any(|h| text.contains(h))
                || held_re().is_match(&text)
                || bilateral_in(&text).is_some()
        });
        // `… released its report at a press conference in Beijing on Tuesday`: no verb says the meeting was held,
        // but an early sentence places something at it, with a place or a date (before the sentence that says who
        // hosted it, when one does: `… said Tuesday at the 2024 annual conference of the … in Sanya. The two-day
        // conference, hosted by …`).
        let placed_at = early
            .iter()
            .take(3)
            .find(|r| at_meeting_re().is_match(&self.text((*r).clone())));
        let body = match (held_in, placed_at) {
            (Some(h), Some(a)) if a.start < h.start && !at_meeting_re().is_match(&self.text(h.clone())) => {
                Some(a)
            }
            (h, a) => h.or(a),
        }
        .or_else(|| {
            // `… visited the company. … At the symposium held afterwards, …`: after the account of a visit.
            early.iter().find(|r| {
                at_meeting_re().find(&self.text((*r).clone())).is_some_and(|m| {
                    ["afterward", "subsequently", "that followed", "after the "]
                        .iter()
                        .any(|w| m.as_str().contains(w))
                })
            })
        })
        .cloned();
        let name_in = |doc: &Self, r: &Range<usize>, capitalized_only: bool| -> Option<Range<usize>> {
            let text = doc.text(r.clone());
            let c = if capitalized_only {
                // Named where someone takes part in it: `Speaking at the opening of the 2025 ... Conference`.
                meeting_re().captures_iter(&text).find(|c| {
                    let before = &text[..c.get(0).map_or(0, |m| m.start())];
                    body.is_some()
                        || [
                            "at the opening of",
                            "at the opening ceremony of",
                            "at the closing of",
                            "Speaking at",
                            "speaking at",
                            "addressing",
                            "Addressing",
                            "attended",
                            "addressed",
                            "during",
                            "During",
                            " at",
                        ]
                        .iter()
                        .any(|cue| before.trim_end().ends_with(cue))
                })?
            } else {
                meeting_re()
                    .captures(&text)
                    .or_else(|| plain_meeting_re().captures(&text))
                    .or_else(|| verb_meeting_re().captures(&text))
                    .or_else(|| at_meeting_re().captures(&text))
                    .or_else(|| {
                        (Some(r) == headline.as_ref())
                            .then(|| headline_meeting_re().captures(&text))
                            .flatten()
                    })
                    .or_else(|| {
                        (Some(r) != headline.as_ref())
                            .then(|| bilateral_in(&text))
                            .flatten()
                    })?
            };
            let g = c.get(1).or(c.get(2))?;
            // `CNIA Holds 2025 Lithium Forum`: the name starts after the headline's verb.
            let mut from = g.start();
            for verb in [
                " Holds ",
                " Convenes ",
                " Hosts ",
                " Opens ",
                " Launches ",
                " Stages ",
                " Organizes ",
                " Attends ",
                " Addresses ",
                " Chairs ",
                " Speaks at ",
            ] {
                if let Some(i) = text[from..g.end()].find(verb) {
                    from += i + verb.len();
                }
            }
            // (`… by central SOEs held in Beijing`: the participle after a subject read in lower case is no part of
            // the name.)
            let to = [" held", " convened", " organized", " organised", " hosted"]
                .iter()
                .find_map(|w| text[from..g.end()].strip_suffix(w).map(|n| from + n.len()))
                .unwrap_or(g.end());
            let mut start = r.start + text[..from].chars().count();
            let mut end = r.start + text[..to].chars().count();
            // `The Forum on High-Quality Development of the Copper Industry was held`: the article opening the
            // sentence is no part of the name; a weekday or a month after `on` is its date.
            if (doc.text(start..end).starts_with("The ") || doc.text(start..end).starts_with("the "))
                && doc.text(start..end).matches(' ').count() > 1
            {
                start += 4;
            }
            let name = doc.text(start..end);
            if let Some(i) = name
                .match_indices(" on ")
                .map(|(i, _)| i)
                .find(|&i| names_a_day(name[i + 4..].split(' ').next().unwrap_or("")))
            {
                end = start + name[..i].chars().count();
            }
            // `…, capital of east China's Fujian Province, on Saturday for the 2024 China Edible Fungi Industry
            // Conference`: the day and what the people came for are no part of the name after them.
            let name = doc.text(start..end);
            if let Some(rest) = name.strip_prefix("on ")
                && names_a_day(rest.split([' ', ',']).next().unwrap_or(""))
                && let Some(i) = rest.find(" for the ").filter(|&i| i <= 24)
            {
                start += 3 + rest[..i].chars().count() + " for the ".len();
            }
            // `Seminar on Compliance with the EU Battery Regulation`: `with` in the subject after `on` or `for` is
            // the name's, unless an organization follows it (`Forum on Tin with the ITA`: a co-host) or nothing
            // capitalized does.
            let name = doc.text(start..end);
            if let Some(i) = name.find(" with ")
                && let Some(on) = name.find(" on ").or_else(|| name.find(" for "))
                && on < i
            {
                let at = start + name[..i + 6].chars().count();
                let after = doc.skip_article(at, end);
                let rest = doc.text(after..end);
                let org = is_acronym(&rest)
                    || rest.is_empty()
                    || doc.en_org(after, end).is_some_and(|(_, stop)| stop == end)
                    || doc
                        .known_org_at(after, end)
                        .is_some_and(|(_, len)| after + len == end);
                if org {
                    end = start + name[..i].chars().count();
                }
            }
            let name = doc.text(start..end);
            if let Some(stripped) = name.strip_suffix(" with").or(name.strip_suffix(" with the"))
                && (stripped.contains(" on ") || stripped.contains(" for "))
            {
                end = start + stripped.chars().count();
            }
            // `The China Copper Society's 2025 Market Outlook Webinar`: the organization whose meeting it is is no
            // part of the name (it is read as the organizer below).
            let name = doc.text(start..end);
            if let Some(i) = name.find("'s ").or_else(|| name.find("’s ")) {
                let pos = start + name[..i].chars().count();
                if doc.en_org(start, pos).is_some_and(|(_, stop)| stop == pos) {
                    start = pos + 3;
                }
            }
            // `at the federation's mid-year press conference`: an organization named by its kind (`the association`)
            // is no part of the name either.
            let name = doc.text(start..end);
            if let Some((first, _)) = name.split_once(' ')
                && let Some(word) = first.strip_suffix("'s").or(first.strip_suffix("’s"))
                && word.len() > 2
                && word.chars().all(|c| c.is_ascii_lowercase())
                && doc.text(start.saturating_sub(4)..start) == "the "
                && (is_head(&(word[..1].to_ascii_uppercase() + &word[1..]))
                    || doc.en_org(start - 4, start + word.chars().count()).is_some())
            {
                start += first.chars().count() + 1;
            }
            // `annual meeting of the Tin Branch of the China … Association`: the organization is no part of the name
            // (it is read as the organizer below).
            let name = doc.text(start..end);
            for (i, _) in name.match_indices(" of ") {
                let org_at = start + name[..i].chars().count() + 4;
                if doc.en_org(org_at, end).is_some_and(|(_, stop)| stop == end) {
                    end = start + name[..i].chars().count();
                    break;
                }
            }
            // `held a Symposium on … in Private Enterprises in Hangzhou`: the place is no part of the name.
            let name = doc.text(start..end);
            end = start + trim_name_tail(&name).chars().count();
            // `held a video conference on April 2`: a date or a place after `on` or `in` is no part of a name
            // written in lower case.
            let lower = !doc
                .text(start..end)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if lower {
                let name = doc.text(start..end);
                let cut = name.match_indices(" on ").map(|(i, _)| i).find(|&i| {
                    let next = name[i + 4..].split(' ').next().unwrap_or("");
                    next.starts_with(|c: char| c.is_ascii_digit()) || names_a_day(next)
                });
                if let Some(i) = cut {
                    end = start + name[..i].chars().count();
                }
            }
            // `held an online webinar, "EU Battery Regulation: …", on 25 March`: a title quoted right after a
            // meeting noun written in lower case is the meeting's name.
            if !doc.text(start..end).chars().any(char::is_uppercase) {
                let after = doc.text(end..doc.t.len().min(end + 200));
                if let Some(c) = quoted_name_re().captures(&after)
                    && let Some(q) = c.get(1)
                {
                    let q_start = end + after[..q.start()].chars().count();
                    let q_end = end + after[..q.end()].chars().count();
                    return Some(q_start..q_end);
                }
            }
            Some(start..end)
        };
        let mut named_in = None;
        let mut attended_only = false;
        // `CNIA Vice President Attends Copper Forum` over `… attended the 2025 China Copper Industry Forum in
        // Kunming`: a headline that says someone attends names the meeting less well than the body.
        let attends_headline = headline.as_ref().is_some_and(|h| {
            let text = self.text(h.clone());
            [
                " Attends ",
                " Addresses ",
                " Chairs ",
                " Speaks at ",
                " Attend ",
                " Address ",
            ]
            .iter()
            .any(|v| text.contains(v))
        });
        // (`An alliance … was launched on Tuesday.`, then `The founding conference of the … Alliance was hosted by
        // …`: a later sentence saying the meeting was held names it when the first does not.)
        let held_later = early.iter().take(6).filter(|r| {
            body.as_ref().is_some_and(|b| r.start > b.start) && {
                let text = self.text((*r).clone());
                held.iter().any(|h| text.contains(h)) || held_re().is_match(&text)
            }
        });
        let name = body
            .iter()
            .chain(headline.iter().filter(|_| !attends_headline))
            .chain(held_later)
            .find_map(|r| name_in(self, r, false))
            .or_else(|| {
                early.iter().find_map(|r| {
                    let n = name_in(self, r, true)?;
                    named_in = Some(r.clone());
                    Some(n)
                })
            })
            .or_else(|| headline.as_ref().and_then(|h| name_in(self, h, false)))
            .or_else(|| {
                // `… signed a strategic cooperation agreement in Changsha. … attended the signing ceremony.`: no
                // sentence says the meeting was held, but people attend, chair or address it by its noun.
                early.iter().take(6).find_map(|r| {
                    let name = self.en_attended_meeting(r.clone())?;
                    named_in = Some(r.clone());
                    attended_only = true;
                    Some(name)
                })
            })?;
        // `… attended the signing ceremony and held talks`: the ceremony its sentence says they attended is the
        // meeting; the talks go on beside it.
        // Like a ceremony named only where people attend it, it takes the date and place of the report's first
        // sentence (`On June 16, A and B signed … in Beijing.`).
        let mut talks_beside = false;
        let name = if self.text(name.clone()) == "talks"
            && let Some(r) = sentences.iter().find(|s| s.range.contains(&name.start))
            && let Some(attended) = self.en_attended_meeting(r.range.clone())
            && self.text(attended.clone()) != "talks"
        {
            talks_beside = true;
            attended_only = true;
            attended
        } else {
            name
        };
        // `at a symposium held in Beijing`, then `The symposium on promoting the "AI Plus" initiative in central
        // SOEs was presided over by …`: a later sentence names the meeting in full.
        let name = self.en_fuller_name(name.clone(), &early).unwrap_or(name);
        let evidence = body.clone().or(named_in.clone()).or(headline.clone())?;
        let mut m = MeetingRec {
            evidence: evidence.clone(),
            ..MeetingRec::default()
        };
        // `the 7th Council Meeting of the Sixth Council of the China … Association`: the council's term is part
        // of the name, the organization after it is the organizer.
        let mut name = name;
        {
            let after = self.text(name.end..self.t.len().min(name.end + 40));
            if let Some(rest) = after.strip_prefix(" of ") {
                let rest_lower = rest.to_lowercase();
                let bare = rest_lower.strip_prefix("the ").unwrap_or(&rest_lower);
                let ordinal = bare.split(' ').next().unwrap_or("");
                let numbered = ORDINALS.contains(&ordinal)
                    || ordinal.starts_with(|c: char| c.is_ascii_digit())
                        && ["st", "nd", "rd", "th"].iter().any(|s| ordinal.ends_with(s));
                if numbered
                    && let Some(body_word) = ["council", "committee", "board"]
                        .iter()
                        .find(|w| bare[ordinal.len()..].starts_with(&format!(" {w}")))
                {
                    let len = 4 + (rest.len() - bare.len()) + ordinal.len() + 1 + body_word.len();
                    let end = name.end + after.get(..len).map_or(0, |a| a.chars().count());
                    if end > name.end && self.text(end..self.t.len().min(end + 4)) == " of "
                        || self.t.get(end).is_none_or(|c| !c.is_alphanumeric())
                    {
                        name = name.start..end;
                    }
                }
            }
        }
        // `The founding conference of the Intelligent Connected Vehicle Testing and Validation Alliance was hosted by
        // …`: what a founding meeting founds is part of its name (as in `…联盟成立大会`).
        {
            let written = self.text(name.clone()).to_lowercase();
            let after = self.text(name.end..self.t.len().min(name.end + 160));
            if (written.starts_with("founding ") || written.starts_with("inaugural "))
                && let Some(rest) = after.strip_prefix(" of the ")
            {
                let mut len = 0;
                for (k, word) in rest.split(' ').enumerate() {
                    let bare = word.trim_end_matches([',', '.', ';']);
                    if !(bare.starts_with(|c: char| c.is_uppercase()) || (k > 0 && bare == "and")) {
                        break;
                    }
                    len += bare.chars().count() + 1;
                    if is_head(head_form(bare)) {
                        name = name.start..name.end + 8 + len - 1;
                        break;
                    }
                    if bare.len() != word.len() {
                        break;
                    }
                }
            }
        }
        // `The 2025 Annual Meeting and Advanced Packaging Industry Forum of the … Branch was held`: one meeting
        // named by two nouns joined by `and` (capitalized words between them), when a singular verb or `of` follows.
        {
            static AND_RE: OnceLock<Regex> = OnceLock::new();
            let re = AND_RE.get_or_init(|| {
                Regex::new(r"^ and (?:[A-Z][\w'\-]* ){0,6}(?:Forum|Conference|Symposium|Summit|Seminar|Exhibition|Expo|Fair|Workshop|Dialogue)( of | was | is | opened | kicked off | took place | closed )")
                    .expect("valid")
            });
            let after = self.text(name.end..self.t.len().min(name.end + 120));
            if let Some(c) = re.captures(&after)
                && let Some(tail) = c.get(1)
            {
                name = name.start..name.end + after[..tail.start()].chars().count();
            }
        }
        m.name = self.text(name.clone());
        // `held the award ceremony of its 3rd Hydrogen Energy … Competition`: the possessive points back to the
        // subject; the meeting's name says `the`.
        // Only before a number or a name (`… of its founding` is no name to rewrite).
        for possessive in [" of its ", " of their "] {
            if let Some(i) = m.name.find(possessive)
                && m.name[i + possessive.len()..]
                    .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
            {
                m.name.replace_range(i..i + possessive.len(), " of the ");
            }
        }
        // A bilateral meeting named only by its verb (`met with`, `received a delegation`) is a meeting; `held
        // talks with` names its talks.
        let evidence_text = self.text(evidence.clone());
        let bilateral = bilateral_in(&evidence_text).and_then(|c| {
            let noun = c.get(2).map(|g| g.as_str());
            if c.get(0).is_some_and(|g| g.as_str() == m.name) {
                Some(noun.unwrap_or("meeting").to_owned())
            } else {
                (noun == Some(m.name.as_str())).then(|| m.name.clone())
            }
        });
        if let Some(noun) = &bilateral {
            m.name = noun.clone();
        }
        m.original = m.name.clone();
        // Organizers: in the meeting sentence or the two after it (`It was organized by …`), or in an early
        // sentence about the meeting (`The two-day conference, organized by CISA and hosted by …`).
        let organizer_sentences: Vec<Range<usize>> = sentences
            .iter()
            .filter(|s| self.early_body(s))
            .take(8)
            .enumerate()
            .filter(|(_, s)| {
                let near = s.range.start >= evidence.start
                    && sentences
                        .iter()
                        .filter(|x| {
                            x.kind == LineKind::Body
                                && x.range.start >= evidence.start
                                && x.range.start < s.range.start
                        })
                        .count()
                        < 3;
                near || about_meeting(&self.text(s.range.clone()))
            })
            .map(|(_, s)| s.range.clone())
            .collect();
        // `The 2025 Annual Meeting of the Silicon Industry Branch of the China … Association was held`: the
        // organization whose meeting it is organizes it, when no sentence names another (and a host beside it is
        // the undertaking unit).
        // The sentence that names the meeting.
        let name_sentence = sentences
            .iter()
            .find(|s| s.range.contains(&name.start))
            .map_or(evidence.clone(), |s| s.range.clone());
        let meeting_of = if bilateral.is_some() {
            None
        } else if self
            .text(name.end..self.t.len().min(name.end + 5))
            .starts_with(" of ")
        {
            let ev = name_sentence.clone();
            self.en_org(name.end + 4, ev.end).and_then(|(pieces, _)| {
                let (idx, _) = self.register_chain(&pieces, None, ev);
                idx.last().copied().flatten()
            })
        } else if self.text(name.start.saturating_sub(3)..name.start) == "'s "
            || self.text(name.start.saturating_sub(3)..name.start) == "’s "
        {
            // `The China Copper Society's 2025 Market Outlook Webinar`: the organization before `'s`.
            let pos = name.start - 3;
            let ev = name_sentence.clone();
            let from = (ev.start..pos)
                .filter(|&k| k == ev.start || self.t[k - 1] == ' ')
                .find(|&k| self.en_org(k, pos).is_some_and(|(_, stop)| stop == pos));
            from.and_then(|k| self.en_org(k, pos)).and_then(|(pieces, _)| {
                let (idx, _) = self.register_chain(&pieces, None, ev);
                idx.last().copied().flatten()
            })
        } else {
            None
        };
        // How the English pages of Chinese bodies write 主办, 联合主办, 协办, 承办, 指导 and 支持: `hosted by`,
        // `sponsored by` or `organized by` alone is 主办; `co-hosted`, `co-sponsored`, `jointly hosted` or `jointly
        // organized` with no host before it is 联合主办 (organizers); `co-organized by` is 协办; an `organized by` or
        // `hosted by` written after another body's host or sponsor (`co-hosted by A and B, and organized by C`,
        // `sponsored by A and organized by B`, `organized by A and hosted by B`, also across sentences) is the
        // undertaking unit (承办).
        // Where a phrase stands on its own (not the end of `co-organized by`, `jointly hosted by`), lower case or
        // opening the sentence.
        let first_of = |text: &str, phrases: &[&str]| -> Option<usize> {
            phrases
                .iter()
                .flat_map(|p| {
                    let mut cs = p.chars();
                    let upper = cs
                        .next()
                        .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str())
                        .unwrap_or_default();
                    let mut at: Vec<usize> = text.match_indices(*p).map(|(i, _)| i).collect();
                    at.extend(text.match_indices(upper.as_str()).map(|(i, _)| i));
                    at.into_iter()
                        .filter(|&i| {
                            let before = text[..i].to_lowercase();
                            !(before.ends_with("co-") || before.ends_with("jointly "))
                        })
                        .collect::<Vec<_>>()
                })
                .min()
        };
        // A host, co-host or sponsor written before `organized by`, in the same sentence or an earlier one (`… is
        // hosted by A and B … It is organized by C and D`).
        let first_in_sentences = |phrases: &[&str]| {
            organizer_sentences
                .iter()
                .enumerate()
                .find_map(|(k, r)| first_of(&self.text(r.clone()), phrases).map(|i| (k, i)))
        };
        let host = first_in_sentences(&[
            "hosted by ",
            "sponsored by ",
            "co-hosted by ",
            "co-sponsored by ",
            "jointly hosted by ",
            "jointly sponsored by ",
            "jointly organized by ",
            "jointly organised by ",
        ]);
        let organized = first_in_sentences(&["organized by ", "organised by "]);
        let host_first = matches!((host, organized), (Some(h), Some(o)) if h < o);
        // A plain host or sponsor anywhere: a co-host beside it assists (协办).
        let plain_host = organizer_sentences.iter().any(|r| {
            let text = self.text(r.clone());
            first_of(&text, &["hosted by ", "sponsored by "]).is_some()
        });
        // `The China … (CCCME) convened a roundtable …, co-hosted by the Zhejiang Provincial Department of
        // Commerce`: beside the body the sentence says holds the meeting, a co-host assists (协办), and a host
        // undertakes it (`The … Association held a review meeting … The meeting was hosted by … Co., Ltd.`).
        let holder = {
            let start = self.skip_adverbial(evidence.clone());
            let last = self.en_org_list(start, evidence.end).pop();
            last.filter(|(_, end)| {
                let rest = self.text(self.past_appositive(*end, evidence.end)..evidence.end);
                ["held ", "convened ", "hosted ", "organized ", "organised "]
                    .iter()
                    .any(|v| rest.trim_start().starts_with(v))
            })
            .map(|(pieces, _)| {
                let (idx, _) = self.register_chain(&pieces, None, evidence.clone());
                idx.last().copied().flatten()
            })
        };
        let subject_holds = holder.is_some();
        // (Not when another body undertakes it: `… held its annual meeting … The annual meeting was hosted by China
        // Baowu and undertaken by its subsidiary`: the host is then the organizer.)
        let undertaken = organizer_sentences
            .iter()
            .any(|r| self.text(r.clone()).contains("undertaken by "));
        let any_organized = !host_first
            && (meeting_of.is_some()
                || (subject_holds && !undertaken)
                || organizer_sentences.iter().any(|r| {
                    let text = self.text(r.clone());
                    first_of(&text, &["organized by ", "organised by ", "sponsored by "]).is_some()
                }));
        // `sponsored by X and organized by Y`: Chinese pages write 主办 as sponsor and 承办 as organizer.
        let any_sponsored = organizer_sentences.iter().any(|r| {
            let text = self.text(r.clone());
            text.match_indices("sponsored by ")
                .any(|(i, _)| !text[..i].ends_with("co-"))
        });
        let organized_field = if any_sponsored || host_first {
            "undertakers"
        } else {
            "organizers"
        };
        let joint_field = if plain_host || subject_holds {
            "co_organizers"
        } else {
            "organizers"
        };
        for r in organizer_sentences {
            let text = self.text(r.clone());
            let phrases = [
                ("co-organized by ", "co_organizers"),
                ("co-organised by ", "co_organizers"),
                ("co-hosted by ", joint_field),
                ("co-sponsored by ", joint_field),
                ("jointly hosted by ", joint_field),
                ("jointly sponsored by ", joint_field),
                ("jointly organized by ", joint_field),
                ("jointly organised by ", joint_field),
                ("organized by ", organized_field),
                ("organised by ", organized_field),
                ("sponsored by ", "organizers"),
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
                // `X held a Seminar on … in Shenzhen, jointly with Y`: who holds it with the organizer co-organizes.
                (", jointly with ", "co_organizers"),
                (", co-organized with ", "co_organizers"),
                (", co-organised with ", "co_organizers"),
                (", co-hosted with ", "co_organizers"),
                // `A seminar … was held by the China … Association in Kunming`.
                ("was held by ", "organizers"),
                ("were held by ", "organizers"),
                // `… at a press conference on …, held by the Ministry of … in Beijing`, `… said at a press conference
                // held by the … Center of the General Administration of Sport on Wednesday`.
                (", held by ", "organizers"),
                ("press conference held by ", "organizers"),
                ("news conference held by ", "organizers"),
                ("was convened by ", "organizers"),
                // `… was held in Beijing on Tuesday by the … Center of …`: after the place and the day.
                ("Monday by ", "organizers"),
                ("Tuesday by ", "organizers"),
                ("Wednesday by ", "organizers"),
                ("Thursday by ", "organizers"),
                ("Friday by ", "organizers"),
                ("Saturday by ", "organizers"),
                ("Sunday by ", "organizers"),
                ("supported by ", "supporters"),
                ("with support from ", "supporters"),
                ("with the support of ", "supporters"),
                ("with the strong support of ", "supporters"),
                ("under the guidance of ", "guides"),
                ("under the auspices of ", "guides"),
                ("guided by ", "guides"),
            ];
            // In the order written, so that a name is registered before its abbreviation or unit refers to it.
            // `Hosted by the … Association, the forum attracted …`: a phrase opening the sentence.
            let capitalized: Vec<(String, &str)> = phrases
                .iter()
                .map(|(phrase, field)| {
                    let mut cs = phrase.chars();
                    let first = cs.next().map(|c| c.to_ascii_uppercase()).unwrap_or(' ');
                    (format!("{first}{}", cs.as_str()), *field)
                })
                .collect();
            let mut found: Vec<(usize, &str, &str)> = phrases
                .iter()
                .copied()
                .chain(capitalized.iter().map(|(p, f)| (p.as_str(), *f)))
                .flat_map(|(phrase, field)| text.match_indices(phrase).map(move |(i, _)| (i, phrase, field)))
                .filter(|(i, phrase, _)| {
                    let before = text[..*i].to_lowercase();
                    let phrase = phrase.to_lowercase();
                    phrase.starts_with("co-")
                        || phrase.starts_with("jointly ")
                        || phrase.starts_with("with ")
                        || !(before.ends_with("co-") || before.ends_with("jointly "))
                })
                .collect();
            found.sort_by_key(|(i, _, _)| *i);
            for (at_byte, phrase, field) in found {
                let from = at_byte + phrase.len();
                let start = r.start + text[..from].chars().count();
                for (pieces, _) in self.en_org_list_with(start, r.end, true) {
                    let (idx, _) = self.register_chain(&pieces, None, r.clone());
                    // (`The founding conference of the … Committee of CCPIA … was hosted by CCPIA and undertaken
                    // by …`: the body whose meeting it is, or that holds it, hosts it as its organizer, not as the
                    // undertaking unit.)
                    let o = idx.last().copied().flatten();
                    let field = if phrase.eq_ignore_ascii_case("hosted by ")
                        && o.is_some()
                        && (o == meeting_of || Some(o) == holder)
                    {
                        "organizers"
                    } else {
                        field
                    };
                    if let Some(o) = o
                        && !m.organizers.iter().any(|(f, x)| f == field && *x == o)
                    {
                        m.organizers.push((field.to_owned(), o));
                    }
                }
            }
            // `Guangdong … Association co-organized the event, while A and B were the undertaking units`: the bodies
            // named before an active verb or a predicate naming their part, in their own clause.
            let predicates = [
                (" co-organized the ", "co_organizers", true),
                (" co-organised the ", "co_organizers", true),
                (" co-hosted the ", joint_field, true),
                (" co-sponsored the ", joint_field, true),
                (" jointly hosted the ", joint_field, true),
                (" jointly organized the ", joint_field, true),
                (" undertook the ", "undertakers", true),
                (" were the undertaking units", "undertakers", false),
                (" was the undertaking unit", "undertakers", false),
                (" were the undertakers", "undertakers", false),
                (" was the undertaker", "undertakers", false),
                (" were the co-organizers", "co_organizers", false),
                (" was the co-organizer", "co_organizers", false),
                (" were co-organizers", "co_organizers", false),
                (" was a co-organizer", "co_organizers", false),
                (" served as co-organizers", "co_organizers", false),
                (" served as the co-organizer", "co_organizers", false),
                (" served as co-organizer", "co_organizers", false),
                // `…, with the CAAM and the China Auto Parts Industry Association as co-organizers`
                (" as co-organizers", "co_organizers", false),
                (" as the co-organizers", "co_organizers", false),
                (" as co-organizer", "co_organizers", false),
                (" as undertakers", "undertakers", false),
                (" as the undertaker", "undertakers", false),
                (" as supporting units", "supporters", false),
                (" were the organizers", "organizers", false),
                (" was the organizer", "organizers", false),
                (" were the supporting units", "supporters", false),
                (" was the supporting unit", "supporters", false),
                // `The Fujian Provincial Department of Agriculture and Rural Affairs provided guidance.`
                (" provided guidance", "guides", false),
                (" gave guidance", "guides", false),
            ];
            for (phrase, field, meeting_after) in predicates {
                for (at_byte, _) in text.match_indices(phrase) {
                    if meeting_after {
                        // `co-organized the event`, `co-hosted the forum`: the object is the meeting.
                        let object = text[at_byte + phrase.len()..]
                            .split([' ', ',', '.', ';'])
                            .next()
                            .unwrap_or("")
                            .to_lowercase();
                        if !(object == "event" || LOWER_MEETING_NOUNS.split('|').any(|n| n == object)) {
                            continue;
                        }
                    }
                    // The clause opens the sentence or follows `, while`, `, and`, `;`, `, whereas`.
                    let head = &text[..at_byte];
                    let clause = [", while ", ", whereas ", ", and ", "; ", ", with "]
                        .iter()
                        .filter_map(|b| head.rfind(b).map(|i| i + b.len()))
                        .max()
                        .unwrap_or(0);
                    let start = r.start + text[..clause].chars().count();
                    let start = if clause == 0 {
                        self.skip_adverbial(r.clone())
                    } else {
                        start
                    };
                    let phrase_at = r.start + head.chars().count();
                    let list = self.en_org_list_with(start, phrase_at, true);
                    if list.last().is_none_or(|(_, stop)| *stop != phrase_at) {
                        continue;
                    }
                    for (pieces, _) in list {
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
        // `Organizers: A; B`, `Hosted by: A`, `Co-organizers: C`, `Supporting units: D`: lists under a label, as the
        // English pages of Chinese bodies set them out. An organizer beside a host is the undertaking unit (承办).
        static LABEL: OnceLock<Regex> = OnceLock::new();
        let label_re = LABEL.get_or_init(|| {
            Regex::new(r"(?:^|[\s;|])(Hosts?|Hosted by|Sponsors?|Sponsored by|Organi[sz]ers?|Organi[sz]ed by|Co-organi[sz]ers?|Co-organi[sz]ed by|Undertakers?|Undertaken by|Undertaking units?|Supporters?|Supported by|Supporting units?|Guiding units?|Guided by) ?[:：] ?")
                .expect("valid")
        });
        // Per sentence: where each label starts, where its list starts, the label in lower case.
        type Labels = Vec<(usize, usize, String)>;
        let labelled: Vec<(Range<usize>, Labels)> = sentences
            .iter()
            .filter(|s| s.kind != LineKind::Headline)
            .map(|s| {
                let text = self.text(s.range.clone());
                let found = label_re
                    .captures_iter(&text)
                    .filter_map(|c| {
                        let g = c.get(1)?;
                        Some((g.start(), c.get(0)?.end(), g.as_str().to_lowercase()))
                    })
                    .collect();
                (s.range.clone(), found)
            })
            .filter(|(_, f): &(Range<usize>, Labels)| !f.is_empty())
            .collect();
        let host_label = labelled
            .iter()
            .flat_map(|(_, f)| f.iter())
            .any(|(_, _, l)| l.starts_with("host") || l.starts_with("sponsor"));
        for (r, found) in labelled {
            let text = self.text(r.clone());
            for (k, (_, list_start, label)) in found.iter().enumerate() {
                let list_end = found.get(k + 1).map_or(text.len(), |(next, _, _)| *next);
                let field = if label.starts_with("host") || label.starts_with("sponsor") {
                    "organizers"
                } else if label.starts_with("co-") {
                    "co_organizers"
                } else if label.starts_with("organi") {
                    if host_label { "undertakers" } else { "organizers" }
                } else if label.starts_with("undertak") {
                    "undertakers"
                } else if label.starts_with("support") {
                    "supporters"
                } else {
                    "guides"
                };
                // The parts of the list are set apart by `;` (or by `,` and `and`, read as a list).
                let mut part_start = *list_start;
                for part in text[*list_start..list_end].split(';') {
                    let start = r.start + text[..part_start].chars().count();
                    let end = start + part.trim_end().chars().count();
                    part_start += part.len() + 1;
                    let lead = part.chars().count() - part.trim_start().chars().count();
                    for (pieces, _) in self.en_org_list_with(start + lead, end, true) {
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
        // `co-hosted by the China … Association (CPIA) and SolarPower Europe`: with no one else organizing, the
        // bodies that jointly host a meeting are its organizers (联合主办).
        if !m
            .organizers
            .iter()
            .any(|(f, _)| f == "organizers" || f == "undertakers")
            && m.organizers.iter().filter(|(f, _)| f == "co_organizers").count() >= 2
        {
            for (f, _) in m.organizers.iter_mut() {
                if f == "co_organizers" {
                    *f = "organizers".to_owned();
                }
            }
        }
        if !m
            .organizers
            .iter()
            .any(|(f, _)| f == "organizers" || f == "undertakers")
        {
            // `The China ... Association held the 2025 ... Forum` (beside a co-organizer named after it), `On July 28, China Minmetals Corporation held …`
            let start = self.skip_adverbial(evidence.clone());
            // `the International Copper Association (ICA) and the China Copper Industry Association co-hosted a
            // webinar`: bodies that jointly hold a meeting are its organizers (联合主办); one body that co-hosts or
            // co-organizes it alone is a co-organizer.
            let list = self.en_org_list(start, evidence.end);
            let verb = list.last().and_then(|(_, end)| {
                // `… (CNIA) today held`, `… successfully convened`, `… (CHEG), a central state-owned enterprise,
                // hosted`
                let rest = self.text(self.past_appositive(*end, evidence.end)..evidence.end);
                let rest = rest.trim_start();
                let rest = [
                    "today ",
                    "here ",
                    "successfully ",
                    "recently ",
                    "yesterday ",
                    "jointly ",
                ]
                .iter()
                .find_map(|a| rest.strip_prefix(a))
                .unwrap_or(rest);
                [
                    "held",
                    "convened",
                    "hosted",
                    "organized",
                    "organised",
                    "co-hosted",
                    "co-organized",
                    "co-organised",
                    "co-sponsored",
                ]
                .into_iter()
                .find(|v| rest.starts_with(&format!("{v} ")))
            });
            if let Some(verb) = verb
                && (list.len() == 1 || verb.starts_with("co-") || {
                    let end = list.last().map_or(start, |(_, e)| *e);
                    self.text(end..evidence.end).trim_start().starts_with("jointly ")
                })
            {
                let field = if verb.starts_with("co-") && list.len() == 1 {
                    "co_organizers"
                } else {
                    "organizers"
                };
                for (pieces, _) in list {
                    let (idx, _) = self.register_chain(&pieces, None, evidence.clone());
                    if let Some(o) = idx.last().copied().flatten() {
                        m.organizers.push((field.to_owned(), o));
                    }
                }
            }
        }
        if !m
            .organizers
            .iter()
            .any(|(f, _)| f == "organizers" || f == "undertakers")
            && let Some(o) = self.en_own_meeting(&name, evidence.clone())
        {
            m.organizers.push(("organizers".to_owned(), o));
        }
        // `CNIA Holds Talks with Eurometaux`: neither side of a bilateral meeting is said to organize it.
        if !m.organizers.iter().any(|(f, _)| f == "organizers")
            && bilateral.is_none()
            && let Some(h) = headline.clone()
        {
            // `China Gold Association Hosts Gold Market Forum`
            if let Some((pieces, end)) = self.en_org(h.start, h.end)
                && [" holds ", " hosts ", " convenes ", " organizes ", " stages "]
                    .iter()
                    .any(|v| self.text(end..h.end).to_lowercase().starts_with(v))
            {
                let (idx, _) = self.register_chain(&pieces, None, h.clone());
                if let Some(o) = idx.last().copied().flatten() {
                    m.organizers.push(("organizers".to_owned(), o));
                }
            }
        }
        // A wire story's dateline: `SHANGHAI, Sept. 11 (Xinhua) --`.
        let dateline = early.iter().take(2).find_map(|r| {
            let text = self.text(r.clone());
            let c = dateline_in(&text)?;
            let place = c[1]
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next()
                        .map(|f| f.to_string() + &cs.as_str().to_lowercase())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ");
            Some((r.clone(), place))
        });
        let dateline_year = dateline.as_ref().and_then(|d| {
            let text = self.text(d.0.clone());
            let whole = dateline_in(&text)?.get(0)?.as_str().to_owned();
            named_year(&whole)
        });
        // The dateline's date is the report's; the meeting's own date, when written, comes first.
        // A meeting named only by the headline: the first sentence's date after `on` (`attended and addressed the
        // forum on May 6 in Kunming`).
        let first_sentence = early
            .first()
            .filter(|_| (body.is_none() || talks_beside) && (named_in.is_none() || attended_only))
            .cloned();
        // `On June 18, A and B signed an agreement. The ceremony was held at …`: a meeting sentence that refers back
        // (`The ceremony`, `It`) takes the date the sentence before it opens with.
        let previous = body.as_ref().and_then(|b| {
            let text = self.text(b.clone());
            let refers = ["The ", "It ", "This "].iter().any(|a| text.starts_with(a));
            refers
                .then(|| early.iter().take_while(|r| *r != b).last().cloned())
                .flatten()
        });
        // `On April 9, a delegation … visited X in Nantong. … At the symposium held afterwards, …`: the day and the
        // place of the visit the meeting followed.
        let visit = body.as_ref().and_then(|b| {
            let text = self.text(b.clone());
            ["afterward", "that followed", "subsequently"]
                .iter()
                .any(|w| text.contains(w))
                .then(|| {
                    early
                        .iter()
                        .take_while(|r| *r != b)
                        .find(|r| self.text((*r).clone()).contains(" visited "))
                        .cloned()
                })
                .flatten()
        });
        let date_sources = [
            (body.clone(), true, false, false),
            (headline.clone(), false, false, false),
            (named_in.clone(), true, false, false),
            (dateline.as_ref().map(|d| d.0.clone()), false, false, false),
            (first_sentence.clone(), true, true, attended_only),
            (previous, true, true, true),
            (visit.clone(), true, true, true),
        ];
        let mut dated_by: Option<Range<usize>> = None;
        for (r, skip_dateline, introduced_only, opening) in date_sources {
            let Some(r) = r else { continue };
            let source = r.clone();
            let text = self.text(r);
            let skip = if skip_dateline {
                dateline_in(&text).and_then(|d| d.get(0)).map_or(0, |d| d.end())
            } else {
                0
            };
            // Not the page's own date (`Posted on October 12, 2025`).
            let page_date = |c: &regex::Captures<'_>| {
                let before = text[skip..skip + c.get(0).map_or(0, |g| g.start())].to_lowercase();
                [
                    "posted on",
                    "published on",
                    "updated on",
                    "released on",
                    "release date:",
                    "date:",
                    "posted:",
                ]
                .iter()
                .any(|p| before.trim_end().ends_with(p))
            };
            if m.date.is_none()
                && let Some(c) = {
                    // A date after `on` or `from` is the meeting's; a bare date may be the page's own, left before
                    // the first sentence.
                    let dates: Vec<regex::Captures<'_>> = date_re()
                        .captures_iter(&text[skip..])
                        .filter(|c| !page_date(c))
                        .collect();
                    let introduced = dates.iter().position(|c| {
                        let before = &text[skip..skip + c.get(0).map_or(0, |g| g.start())];
                        let before = before.trim_end().to_lowercase();
                        [
                            "on",
                            "from",
                            "between",
                            "on the morning of",
                            "on the afternoon of",
                        ]
                        .iter()
                        .any(|w| before.ends_with(&format!(" {w}")) || before == *w)
                    });
                    // Outside the meeting's own sentence, only a date said of a meeting (`the forum on May 6`).
                    let of_meeting = |c: &regex::Captures<'_>| {
                        let before = &text[skip..skip + c.get(0).map_or(0, |g| g.start())];
                        let before = before.trim_end().strip_suffix(" on").unwrap_or("").to_lowercase();
                        LOWER_MEETING_NOUNS
                            .split('|')
                            .any(|n| before.ends_with(&format!(" {n}")))
                    };
                    match introduced {
                        // `On June 18, … signed an agreement …`: a page whose meeting is named only where people
                        // attend it takes the date its first sentence opens with.
                        Some(i)
                            if introduced_only
                                && !of_meeting(&dates[i])
                                && !(opening
                                    && text[skip..skip + dates[i].get(0).map_or(0, |g| g.start())]
                                        .trim()
                                        .eq_ignore_ascii_case("on")) =>
                        {
                            None
                        }
                        Some(i) => dates.into_iter().nth(i),
                        None if introduced_only => None,
                        None => dates.into_iter().next(),
                    }
                }
            {
                let (month, day, end_month, end_day, year) = match (c.name("m1"), c.name("m3")) {
                    (Some(mo), _) => (
                        mo.as_str(),
                        c.name("d1").map_or("", |d| d.as_str()),
                        c.name("m2").map(|x| x.as_str()),
                        c.name("d2").map(|x| x.as_str()),
                        c.name("y1").map(|y| y.as_str().to_owned()),
                    ),
                    (None, Some(mo)) => (
                        mo.as_str(),
                        c.name("d3").map_or("", |d| d.as_str()),
                        None,
                        c.name("d4").map(|x| x.as_str()),
                        c.name("y2").map(|y| y.as_str().to_owned()),
                    ),
                    _ => continue,
                };
                let published = opts
                    .published
                    .as_deref()
                    .and_then(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
                // `the Press Conference on the 2025 National Auto Dealer Survival Survey`, on a page of 2026-01-14:
                // a year the name gives its subject, not the meeting's, when the meeting's day that year would fall
                // half a year before the page and the page's own year puts it in the days just before it.
                let subject_year = |named: &str| {
                    let (Some(p), Ok(y), Some(mo), Ok(d)) = (
                        published,
                        named.parse::<i32>(),
                        month_number(month),
                        day.parse::<u32>(),
                    ) else {
                        return false;
                    };
                    let far =
                        chrono::NaiveDate::from_ymd_opt(y, mo, d).is_some_and(|x| (p - x).num_days() > 180);
                    let near = chrono::NaiveDate::from_ymd_opt(p.year(), mo, d)
                        .is_some_and(|x| x <= p && (p - x).num_days() <= 60);
                    far && near
                };
                let year = year
                    .or_else(|| first_year(&m.name).filter(|y| !subject_year(y)))
                    .or_else(|| {
                        headline
                            .clone()
                            .and_then(|h| named_year(&self.text(h)))
                            .filter(|y| !subject_year(y))
                    })
                    // (`Beijing, March 28, 2025 — … was convened on March 27`: the year of a dateline that writes
                    // one.)
                    .or_else(|| dateline_year.clone())
                    .or_else(|| published.map(|p| p.year().to_string()));
                let y: Option<i32> = year.and_then(|y| y.parse().ok());
                let ymd = |mo: Option<u32>, d: &str| -> Option<chrono::NaiveDate> {
                    chrono::NaiveDate::from_ymd_opt(y?, mo?, d.parse().ok()?)
                };
                let mo = month_number(month);
                if let Some(start) = ymd(mo, day) {
                    m.date = Some(start.format("%Y-%m-%d").to_string());
                    dated_by = Some(source.clone());
                    let end_mo = end_month.map_or(mo, month_number);
                    if let Some(end) = end_day.and_then(|d| ymd(end_mo, d))
                        && end > start
                        && (end - start).num_days() < 31
                    {
                        m.end_date = Some(end.format("%Y-%m-%d").to_string());
                    }
                }
            }
        }
        // `WUHAN, Sept. 12 (Xinhua) -- … said at a symposium … on Thursday`: the dateline dates the story; the day
        // of the week the sentence names is the meeting's, the last such day up to it.
        if let Some(d) = dateline.as_ref().filter(|d| dated_by.as_ref() == Some(&d.0))
            && let Some(c) = weekday_re().captures(&self.text(d.0.clone()))
            && let Ok(day) = c[1].parse::<chrono::Weekday>()
            && let Some(filed) = m
                .date
                .as_deref()
                .and_then(|x| chrono::NaiveDate::parse_from_str(x, "%Y-%m-%d").ok())
        {
            let back = (filed.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
            m.date = Some(
                (filed - chrono::Duration::days(back.into()))
                    .format("%Y-%m-%d")
                    .to_string(),
            );
            m.end_date = None;
        }
        // `The two-day forum was jointly hosted by …`: a meeting said to last N days ends N - 1 days after it opens.
        if m.end_date.is_none()
            && let Some(start) = m
                .date
                .as_deref()
                .and_then(|x| chrono::NaiveDate::parse_from_str(x, "%Y-%m-%d").ok())
            && let Some(days) = self.en_meeting_days(&m.name)
        {
            m.end_date = Some(
                (start + chrono::Duration::days(days - 1))
                    .format("%Y-%m-%d")
                    .to_string(),
            );
        }
        for r in [
            body.clone(),
            headline.clone(),
            named_in.clone(),
            first_sentence,
            visit,
        ]
        .into_iter()
        .flatten()
        {
            let text = self.text(r);
            if m.place.is_none() {
                m.place = place_re()
                    .captures(&text)
                    .and_then(|c| (1..=6).find_map(|i| c.get(i)))
                    .map(|g| g.as_str().to_owned());
            }
        }
        // `… held its 2025 mid-year work meeting in Beijing`; where the name is taken from the headline, also where
        // the body writes it again (`CCCME Holds Seminar on X` … `held a Seminar on X in Shenzhen`).
        let name_text = self.text(name.clone());
        let full = self.text(0..self.t.len());
        let mut name_ends = vec![name.end];
        if name_text.contains(' ') {
            // (The first few places it is written again, their character offsets counted as the search goes.)
            let (mut byte, mut chars) = (0, 0);
            for (i, _) in full.match_indices(name_text.as_str()).take(8) {
                let end = i + name_text.len();
                chars += full[byte..end].chars().count();
                byte = end;
                if chars != name.end {
                    name_ends.push(chars);
                }
            }
        }
        for name_end in name_ends {
            if m.place.is_some() {
                break;
            }
            let after = self.text(name_end..self.t.len().min(name_end + 80));
            // `… held a media briefing on April 2 in Beijing`: past the date.
            let after = match date_re().find(&after) {
                Some(d) if after.starts_with(" on ") && d.start() == 4 => &after[d.end()..],
                _ => &after[..],
            };
            // (`held the "China-EU … Roundtable" in Guangzhou`: past the quote closing the name.)
            let after = after.strip_prefix(['"', '”']).unwrap_or(after);
            m.place = after.strip_prefix(" in ").and_then(place_words);
        }
        // `… leaders said at a conference in Handan, Hebei province, on Thursday. The 2025 China Steel Industry
        // Low-Carbon Development Conference was organized by …`: an early sentence places the meeting by its noun.
        if m.place.is_none()
            && let Some(noun) = m.name.rsplit(' ').next().map(str::to_lowercase)
            && noun.len() > 3
        {
            let at = [format!(" at a {noun} in "), format!(" at the {noun} in ")];
            m.place = early.iter().take(6).find_map(|r| {
                let text = self.text(r.clone());
                at.iter()
                    .find_map(|a| text.find(a.as_str()).map(|i| i + a.len()))
                    .and_then(|i| place_words(&text[i..]))
            });
        }
        if m.place.is_none() {
            m.place = dateline.map(|d| d.1);
        }
        if m.date.is_none()
            && let Some(published) = opts
                .published
                .as_deref()
                .and_then(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
        {
            // `… kicked off in Shanghai on Wednesday`: the last such day up to the publication.
            m.date = [body.clone(), named_in.clone()]
                .into_iter()
                .flatten()
                .find_map(|r| {
                    let text = self.text(r);
                    if text.contains(" will ") {
                        return None;
                    }
                    let c = weekday_re().captures(&text)?;
                    let day: chrono::Weekday = c[1].parse().ok()?;
                    let back =
                        (published.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
                    Some(
                        (published - chrono::Duration::days(back.into()))
                            .format("%Y-%m-%d")
                            .to_string(),
                    )
                });
        }
        // `The founding conference of the Global Camping and RV Industry Alliance`: the body founded is an
        // organization of the page (`… was elected chairman of the alliance`), though not the meeting's organizer.
        let founded = {
            let lower = m.name.to_lowercase();
            let i = ["founding ", "inaugural ", "establishment "]
                .iter()
                .any(|w| lower.starts_with(w))
                .then(|| m.name.find(" of the "))
                .flatten();
            i.and_then(|i| {
                let at = name.start + m.name[..i + 8].chars().count();
                let ev = name_sentence.clone();
                let (pieces, stop) = self.en_org(at, ev.end)?;
                (stop == name.end).then_some(())?;
                let (idx, _) = self.register_chain(&pieces, None, ev);
                idx.last().copied().flatten()
            })
        };
        if !m.organizers.iter().any(|(f, _)| f == "organizers")
            && let Some(o) = meeting_of
        {
            m.organizers.insert(0, ("organizers".to_owned(), o));
        }
        // The organizers, and the host when there is one, whose titles people named with a title alone may hold.
        self.organizers = m
            .organizers
            .iter()
            .filter(|(field, _)| field == "organizers")
            .map(|(_, o)| *o)
            .collect();
        if let [one] = self.organizers.as_slice() {
            self.host = Some(*one);
        }
        // (With no organizer named, titles said alone at a founding meeting are the new body's.)
        if self.organizers.is_empty() {
            self.host = founded;
        }
        // `…, bringing total attendance to around 2,300`: a total the page gives wins over the counts it adds up.
        if let Some(c) = sentences
            .iter()
            .filter(|s| s.kind != LineKind::Headline)
            .find_map(|s| {
                total_attendance_re()
                    .captures(&self.text(s.range.clone()))
                    .map(|c| (c[0].to_owned(), c[1].to_owned()))
            })
        {
            m.attendance = Some(c.0);
            m.attendance_count = c.1.replace(',', "").parse().ok().filter(|n| *n > 0);
        }
        for s in sentences.iter().filter(|s| s.kind != LineKind::Headline) {
            let text = self.text(s.range.clone());
            if m.attendance.is_none()
                && let Some(c) = attendance_re().captures_iter(&text).find(|c| {
                    // Not a year (`the 2025 annual meeting of members`), and the words between describe people.
                    let n = &c[1];
                    let year = n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
                    let gap = c[0].split(' ').collect::<Vec<_>>();
                    !year
                        && !gap.iter().any(|w| {
                            matches!(
                                *w,
                                "of" | "for" | "from" | "in" | "at" | "on" | "to" | "by" | "the" | "with"
                            )
                        })
                })
                && ([
                    "attended",
                    "ttending",
                    "participated",
                    "took part",
                    "drew ",
                    "attracted ",
                    "brought together",
                    "bringing together",
                    "drawing ",
                    "attracting ",
                    "gathered",
                    // Online events: `More than 500 participants … joined via Zoom`, `tuned in`, `logged on`.
                    " joined",
                    "tuned in",
                    "logged on",
                    "logged in",
                ]
                .iter()
                .any(|w| text.contains(w))
                    || text[..c.get(0).map_or(0, |g| g.start())].ends_with("with "))
            {
                m.attendance = Some(c[0].to_owned());
                m.attendance_count = c[1].replace(',', "").parse().ok().filter(|n| *n > 0);
            }
            // The topics of a dialogue or a panel within the meeting are not the meeting's.
            let side_session = [
                "dialogue",
                "panel",
                "parallel session",
                "breakout",
                "sub-forum",
                "side event",
            ]
            .iter()
            .any(|w| text.contains(w));
            if m.topics.is_empty() && !side_session {
                for cue in [
                    "topics such as ",
                    "exchanged views on ",
                    "focusing on ",
                    "issues such as ",
                    // `Discussions centred on A, B, and C.`, `… bringing together 500 officials to discuss
                    // cooperation in A, B and C`.
                    "Discussions centred on ",
                    "Discussions centered on ",
                    "Discussions focused on ",
                    "discussions centred on ",
                    "discussions centered on ",
                    "discussions focused on ",
                    "to discuss cooperation in ",
                    "to discuss cooperation on ",
                    // `participants held discussions on three topics: A, B, and C`.
                    "topics: ",
                    "themes: ",
                ] {
                    if let Some(at) = text.find(cue) {
                        let mut rest = text[at + cue.len()..].trim_end_matches(['.', ' ']);
                        // `exchanged views on A, B and C, and agreed to …`: the list ends where a second predicate
                        // starts (`, and` or `;` before a verb in the past tense).
                        for cut in [", and ", "; ", " and "] {
                            let mut from = 0;
                            while let Some(i) = rest[from..].find(cut) {
                                let i = from + i;
                                let next = rest[i + cut.len()..].split(' ').next().unwrap_or("");
                                if next.len() > 3
                                    && next.ends_with("ed")
                                    && next.chars().all(|c| c.is_ascii_lowercase())
                                {
                                    rest = &rest[..i];
                                    break;
                                }
                                from = i + cut.len();
                            }
                        }
                        // (`A, green and low-carbon production, and C`: where the list ends with `, and`, an
                        // `and` without a comma is inside a topic.)
                        let serial = rest.contains(", and ");
                        m.topics = rest
                            .split(", ")
                            .flat_map(|p| {
                                if serial {
                                    vec![p]
                                } else {
                                    p.split(" and ").collect()
                                }
                            })
                            .map(|t| t.trim().trim_start_matches("and ").to_owned())
                            .filter(|t| !t.is_empty() && t.len() < 60)
                            .collect();
                        break;
                    }
                }
            }
            if s.kind == LineKind::Body {
                let before = self.participations.len();
                self.read_english_sentence(s.range.clone());
                // `At the exchange session, A, B and C made speeches`, `At a panel discussion on …, A and B spoke
                // on …`: what people say in an exchange or a panel is a statement (发言), not a speech.
                let lead = self
                    .text(s.range.start..s.range.end.min(s.range.start + 60))
                    .to_lowercase();
                if [
                    "at the exchange session",
                    "at an exchange session",
                    "at a panel discussion",
                    "at the panel discussion",
                    "during the exchange session",
                ]
                .iter()
                .any(|w| lead.starts_with(w))
                {
                    for p in &mut self.participations[before..] {
                        if matches!(p.who, Who::Person(_)) {
                            for role in &mut p.roles {
                                if role == "讲话" {
                                    "发言".clone_into(role);
                                }
                            }
                        }
                    }
                }
            }
        }
        self.en_own_ministers(&m);
        self.en_ministry_departments();
        self.en_statements_said();
        self.en_guests_said(&m);
        Some(m)
    }

    /// `"…," said Aigerim Sadykova, vice president of the Kazakhstan E-commerce Association, at the forum`: what a
    /// guest of the meeting's bodies says there is a statement (发言); an official's or a host's, a speech (讲话), as
    /// the sealed writers record them (34 of 37 hosts' people, 33 of 46 others'). Where the page names none of the
    /// meeting's bodies, a speech.
    fn en_guests_said(&mut self, m: &MeetingRec) {
        // (`Wang Wu, Chairman of Baowu Steel Group, speaking at the opening ceremony, said …`: a speech still.)
        const SPEECH_WORDS: [&str; 7] = [
            "speech", "address", "remarks", "keynote", "report", "speaking", "ceremony",
        ];
        if m.organizers.is_empty() {
            return;
        }
        for i in 0..self.participations.len() {
            let p = &self.participations[i];
            let Who::Person(person) = p.who else { continue };
            if p.roles != ["讲话"] {
                continue;
            }
            let said = self.text(p.evidence.clone());
            if !said.contains(" said") || SPEECH_WORDS.iter().any(|w| said.contains(w)) {
                continue;
            }
            let orgs: Vec<usize> = self.people[person]
                .posts
                .iter()
                .filter_map(|post| post.org)
                .map(|o| self.root(o))
                .collect();
            let host_or_official = orgs.iter().any(|&o| {
                m.organizers.iter().any(|(_, b)| self.root(*b) == o) || self.orgs[o].kind == "government-body"
            });
            if !orgs.is_empty() && !host_or_official {
                self.participations[i].roles = vec!["发言".to_owned()];
            }
        }
    }

    /// `X, TITLE of Y, said …` or `said X, TITLE of Y`: someone who said something and did nothing else the page
    /// names at the meeting made a statement there (发言).
    fn en_statements_said(&mut self) {
        for said in std::mem::take(&mut self.said) {
            let other = self
                .participations
                .iter()
                .any(|p| p.who == said.who && p.roles.iter().any(|r| r != "出席" && r != "参加"));
            if !other {
                self.participations.push(said);
            }
        }
    }

    /// `said the company had …`, `noted that …`: a verb of saying with no place that makes it another meeting or an
    /// interview (`said at a press conference`, `told Xinhua`, `said in an interview`).
    fn en_said_here(&self, p: usize, end: usize) -> bool {
        let text = self.text(p..end.min(p + 60));
        let Some(rest) = [
            "said ",
            "says ",
            "noted ",
            "stressed ",
            "added ",
            "explained ",
            "pointed out ",
            "emphasized ",
            "emphasised ",
            "warned ",
        ]
        .iter()
        .find_map(|v| text.strip_prefix(v)) else {
            return false;
        };
        ![
            "at a ",
            "at an ",
            "during a ",
            "in an interview",
            "in a statement",
            "in an exclusive",
            "on the sidelines",
            "earlier",
            "last ",
            "in a written",
            "in a recent",
            "to Xinhua",
            "to reporters",
            "in his",
            "in her",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    }

    /// `deputy director-general of the Department of Water Transport`, on a page where one ministry or national
    /// administration is named (`the Ministry of Transport`, `the Civil Aviation Administration of China`): a
    /// department named `Department of …` or `Bureau of …` with no parent is that body's (司, 局).
    fn en_ministry_departments(&mut self) {
        let national = |o: &super::OrgRec| {
            !o.unit
                && o.parent.is_none()
                && o.kind == "government-body"
                && (o.name.starts_with("Ministry of ")
                    || o.name.ends_with("Administration of China")
                    || o.name.ends_with(" of the State Council")
                    || ["National ", "State ", "General Administration ", "China "]
                        .iter()
                        .any(|w| o.name.starts_with(w))
                        && (o.name.contains("Administration") || o.name.contains("Commission")))
        };
        // (A ministry first: `the Ministry of Transport` beside `the China Maritime Safety Administration`.)
        let sole = |f: &dyn Fn(&super::OrgRec) -> bool| {
            let mut found = (0..self.orgs.len()).filter(|&i| national(&self.orgs[i]) && f(&self.orgs[i]));
            match (found.next(), found.next()) {
                (Some(i), None) => Some(i),
                _ => None,
            }
        };
        let Some(body) = sole(&|o| o.name.starts_with("Ministry of ")).or_else(|| sole(&|_| true)) else {
            return;
        };
        for i in 0..self.orgs.len() {
            let o = &self.orgs[i];
            if o.parent.is_none()
                && (o.name.starts_with("Department of ") || o.name.starts_with("Bureau of "))
                // (Not a province's `Department of Commerce of Guangxi Zhuang Autonomous Region`.)
                && o.name.matches(" of ").count() == 1
                && !self.orgs.iter().any(|x| x.parent == Some(body) && x.name == o.name)
            {
                self.orgs[i].parent = Some(body);
                self.orgs[i].unit = true;
            }
        }
    }

    /// How many days the text says the meeting lasts: `the two-day forum` for a meeting whose name has the word
    /// `Forum`, `the three-day event`.
    fn en_meeting_days(&self, name: &str) -> Option<i64> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"(?-u:\b)(?:[Tt]he|[Tt]his|a) (two|three|four|2|3|4)-day ([A-Za-z0-9]+)(?-u:\b)")
                .expect("valid")
        });
        let text: String = self.t.iter().collect();
        re.captures_iter(&text).find_map(|c| {
            // (`The two-day 2025 China Deep-Sea Aquaculture Development Forum`: the meeting's own name follows.)
            let named = !name.is_empty() && text[c.get(2)?.start()..].starts_with(name);
            let noun = c[2].to_lowercase();
            (named
                || name.to_lowercase().split(' ').any(|w| w == noun)
                || matches!(noun.as_str(), "event" | "gathering" | "meeting"))
            .then(|| match &c[1].to_lowercase()[..] {
                "two" | "2" => 2,
                "three" | "3" => 3,
                _ => 4,
            })
        })
    }

    /// Past an appositive describing what was just named (`, a central state-owned enterprise,`): where the
    /// sentence goes on, else `at`.
    fn past_appositive(&self, at: usize, end: usize) -> usize {
        let rest = self.text(at..end.min(at + 120));
        if !(rest.starts_with(", a ") || rest.starts_with(", an ") || rest.starts_with(", the ")) {
            return at;
        }
        match rest[2..].find(", ") {
            Some(i) if !rest[2..2 + i].contains(['"', '“']) => at + rest[..2 + i + 2].chars().count(),
            _ => at,
        }
    }

    /// A meeting named by its noun alone (`symposium`) and in full by a later sentence that opens with it:
    /// `The symposium on promoting … was presided over by …`. The full name, as written after `The`.
    fn en_fuller_name(&self, name: Range<usize>, sentences: &[Range<usize>]) -> Option<Range<usize>> {
        let noun = self.text(name.clone());
        // `hosted a forum on international green energy cooperation in Beijing`, then `The Belt and Road Green
        // Energy Cooperation Forum 2026 was held under …`: a meeting described in lower case, named with capitals
        // by the next sentences, which say it was held.
        if noun.starts_with(|c: char| c.is_ascii_lowercase()) {
            let head = noun.split(' ').next().unwrap_or("").to_lowercase();
            let proper = sentences
                .iter()
                .filter(|r| r.start > name.end)
                .take(2)
                .find_map(|r| {
                    let text = self.text(r.clone());
                    let rest = text.strip_prefix("The ")?;
                    let c = meeting_re().captures(rest)?;
                    let g = c.get(1).or(c.get(2))?;
                    let after = &rest[g.end()..];
                    (g.start() == 0
                        && g.as_str().to_lowercase().contains(&head)
                        && [
                            " was held",
                            " was convened",
                            " opened",
                            " kicked off",
                            " took place",
                            " was organized",
                            " was organised",
                            " was hosted",
                            " was co-organized",
                            " was co-hosted",
                            " was jointly",
                            " was sponsored",
                        ]
                        .iter()
                        .any(|v| after.starts_with(v)))
                    .then(|| {
                        let start = r.start + 4;
                        start..start + g.as_str().chars().count()
                    })
                });
            if proper.is_some() {
                return proper;
            }
        }
        if noun.is_empty() || !noun.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        // `… industry leaders said at the 2025 China Automotive Aftermarket Summit in Shanghai on Thursday.`, then
        // `The summit was hosted by …`: the meeting named in capitals by a sentence before.
        let capital: String = noun
            .chars()
            .enumerate()
            .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
            .collect();
        let named_before = sentences.iter().filter(|r| r.end <= name.start).find_map(|r| {
            let text = self.text(r.clone());
            meeting_re().captures_iter(&text).find_map(|c| {
                let (all, g) = (c.get(0)?, c.get(1).or(c.get(2))?);
                (text[..all.start()].ends_with("at ") && g.as_str().ends_with(capital.as_str())).then(|| {
                    let start = r.start + text[..g.start()].chars().count();
                    start..start + g.as_str().chars().count()
                })
            })
        });
        if named_before.is_some() {
            return named_before;
        }
        sentences.iter().find_map(|r| {
            let text = self.text(r.clone());
            let rest = text.strip_prefix("The ")?;
            // (`The founding conference of the … Alliance was hosted by …`: a word in lower case may open it.)
            let after = rest.strip_prefix(noun.as_str()).or_else(|| {
                let (word, after) = rest.split_once(' ')?;
                (word.len() > 2 && word.chars().all(|c| c.is_ascii_lowercase()))
                    .then(|| after.strip_prefix(noun.as_str()))
                    .flatten()
            })?;
            if ![" on ", " of ", " for "].iter().any(|w| after.starts_with(w)) {
                return None;
            }
            let verb = [" was ", " were ", " is ", " opened", " closed", " drew "]
                .iter()
                .filter_map(|v| rest.find(v))
                .min()?;
            let start = r.start + 4;
            Some(start..start + rest[..verb].chars().count())
        })
    }

    /// `Vice Minister Shan Zhongming chaired the meeting`, on the page of a meeting a ministry organizes alone: a
    /// minister's title written with no organization is a post in that ministry (部长, 副部长).
    fn en_own_ministers(&mut self, m: &MeetingRec) {
        let organizers: Vec<usize> = m
            .organizers
            .iter()
            .filter(|(field, _)| field == "organizers")
            .map(|(_, o)| *o)
            .collect();
        let [ministry] = organizers[..] else { return };
        if !self.orgs[ministry].name.starts_with("Ministry of ") {
            return;
        }
        for i in 0..self.participations.len() {
            let part = &self.participations[i];
            let (Who::Person(person), None, Some(title)) = (&part.who, part.on_behalf_of, &part.title) else {
                continue;
            };
            let person = *person;
            let Some(role) = self
                .lex
                .titles_en
                .iter()
                .find(|(en, zh)| en.eq_ignore_ascii_case(title) && matches!(zh.as_str(), "部长" | "副部长"))
                .map(|(_, zh)| zh.clone())
            else {
                continue;
            };
            if !self.people[person].posts.is_empty() {
                continue;
            }
            let evidence = part.evidence.clone();
            let post = self.en_post(&role, Some(ministry));
            self.add_post(person, &post, evidence, false);
            self.participations[i].on_behalf_of = Some(ministry);
        }
    }

    /// An organization written at `at`, with a unit's parent (`the Membership Department of the China ... Association`).
    ///
    /// The name runs over capitalized words (and `of`, `for`, `on`, `&`, and `and` before a capitalized word) and
    /// ends with a word like Association or Group, or continues after it with `of …` (`Institute of Energy Materials`).
    /// A company ends at `Ltd.`, `Inc.` or `Corp.`; an abbreviation defined before (`CNIA`) is the organization it
    /// stands for. The stop returned is after an abbreviation in parentheses written after the name (`… (CNIA)`).
    /// `… released by ORG at its …`: what lies between the organization and `its`.
    fn by_re() -> &'static Regex {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| Regex::new(r"^(?: \([A-Z][A-Za-z]{1,9}\))? (?:at|during) $").expect("valid"))
    }

    /// `…, the China Machinery Industry Federation (CMIF) said at its mid-year press conference`, `CNIA announced
    /// the results during its annual meeting`: an organization that says or announces something at its own meeting
    /// (its subject right before the verb, the meeting named after `its`) organizes it.
    fn en_own_meeting(&mut self, name: &Range<usize>, evidence: Range<usize>) -> Option<usize> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"^(?: \([A-Z][A-Za-z]{1,9}\))? (?:\w+ly )?(?:said|says|announced|announces|noted|stated|revealed|disclosed|reported|released|unveiled|published|issued|presented|launched)(?: [\w\-'’ ]{1,60}?)? (?:at|during|on the sidelines of) $").expect("valid")
        });
        let before = self.text(name.start.saturating_sub(4)..name.start);
        if before != "its "
            && !self
                .text(name.start.saturating_sub(6)..name.start)
                .ends_with("their ")
        {
            return None;
        }
        let pos = name.start - if before == "its " { 4 } else { 6 };
        if !evidence.contains(&pos) {
            return None;
        }
        let line_start = evidence.start;
        let from = pos.saturating_sub(250).max(line_start);
        let (pieces, _) = (from..pos)
            .filter(|&k| k == line_start || self.t[k - 1] == ' ')
            .filter(|&k| self.t[k].is_uppercase() || self.lower_at(k, "the "))
            .find_map(|k| {
                let (pieces, stop) = self.en_org(k, pos)?;
                let between = self.text(stop..pos);
                // `according to data released by the … Association (CNIA) at its mid-year work conference`
                let by = self.text(k.saturating_sub(3)..k) == "by " && Self::by_re().is_match(&between);
                (by || re.is_match(&between)).then_some((pieces, stop))
            })?;
        let (idx, _) = self.register_chain(&pieces, None, evidence);
        idx.last().copied().flatten()
    }

    fn en_org(&self, at: usize, end: usize) -> Option<(Vec<OrgPiece>, usize)> {
        if let Some(found) = self.en_lowercase_unit(at, end) {
            return Some(found);
        }
        let (mut pieces, mut stop) = self.en_org_name(at, end)?;
        // `the European Union Chamber of Commerce in China`: a chamber abroad is named with the country it is in.
        if let [piece] = pieces.as_mut_slice()
            && piece.known.is_none()
            && self.text(piece.range.clone()).ends_with("Chamber of Commerce")
            && self.text(stop..end.min(stop + 4)) == " in "
        {
            let w_start = stop + 4;
            let w_end = (w_start..end)
                .find(|&q| !self.t[q].is_alphabetic())
                .unwrap_or(end);
            let next_ok = w_end >= end || matches!(self.t[w_end], ',' | '.' | ';' | ')') || {
                self.t[w_end] == ' ' && self.t.get(w_end + 1).is_some_and(|c| c.is_lowercase())
            };
            if w_end > w_start + 2 && self.t[w_start].is_uppercase() && next_ok {
                piece.range.end = w_end;
                piece.written.end = w_end;
                stop = w_end;
            }
        }
        // `Bearing Solutions GmbH of Germany and PT Sinar Roda Indonesia`: a company's country after its legal form
        // is no part of its name (nor is what follows it).
        if let [piece] = pieces.as_mut_slice() {
            let name = self.text(piece.range.clone());
            let legal = name.match_indices(" of ").find(|&(i, _)| {
                let last = name[..i].rsplit(' ').next().unwrap_or("");
                let country = name[i + 4..].split(' ').next().unwrap_or("");
                is_legal_form(last)
                    && country.len() > 2
                    && country.starts_with(|c: char| c.is_ascii_uppercase())
                    && country.chars().skip(1).all(|c| c.is_ascii_lowercase())
                    && (name[i + 4 + country.len()..].is_empty()
                        || name[i + 4 + country.len()..].starts_with(" and "))
            });
            if let Some((i, _)) = legal {
                let country = name[i + 4..].split(' ').next().unwrap_or("");
                let cut = piece.range.start + name[..i].chars().count();
                piece.range.end = cut;
                piece.written.end = cut;
                piece.known = None;
                stop = cut + 4 + country.chars().count();
            }
        }
        // `Industrial and Commercial Bank of China Shenzhen Branch`: a bank's branch named with its city after the
        // bank is one organization (as `中国工商银行深圳市分行`), no unit.
        if let [piece] = pieces.as_mut_slice() {
            let name = self.text(piece.range.clone());
            let words: Vec<&str> = name.split(' ').collect();
            if let Some(bank) = words.iter().position(|w| *w == "Bank")
                && let Some(last) = words.last()
                && matches!(*last, "Branch" | "Sub-branch")
            {
                let from = bank + if words.get(bank + 1) == Some(&"of") { 3 } else { 1 };
                let to = words.len()
                    - 1
                    - usize::from(matches!(words[words.len() - 2], "Provincial" | "Municipal"));
                if from < to && chinese_place(&words[from..to].join(" ")).is_some() {
                    piece.kind = "company".into();
                    piece.unit = false;
                }
            }
        }
        // `the All-China Federation of Industry and Commerce (ACFIC)`: a name whose last words follow `and`, when the
        // abbreviation after it has the initials of the whole name.
        if let Some(piece) = pieces.last_mut()
            && piece.known.is_none()
            && piece.range.end == stop
        {
            static AND_WORDS: OnceLock<Regex> = OnceLock::new();
            let re = AND_WORDS.get_or_init(|| {
                Regex::new(r"^ and ((?:[A-Z][\w\-]*)(?: [A-Z][\w\-]*){0,2}) \(([A-Z]{3,10})\)")
                    .expect("valid")
            });
            // (The abbreviation confirms the name; it may lie past `end`.)
            let rest = self.text(stop..self.t.len().min(stop + 60));
            if let Some(c) = re.captures(&rest)
                && stop + 5 + c[1].chars().count() <= end
            {
                let whole = format!("{} {}", self.text(piece.range.clone()), &c[1]);
                let initials: String = whole
                    .split([' ', '-'])
                    .filter_map(|w| w.chars().next().filter(|c| c.is_ascii_uppercase()))
                    .collect();
                if initials == c[2] {
                    let to = stop + 5 + c[1].chars().count();
                    piece.range.end = to;
                    piece.written.end = to;
                    stop = to;
                }
            }
        }
        // `Tsinghua University's School of Vehicle and Mobility`, `CNIA's Statistics Department`: a unit of the
        // organization named before the possessive.
        let (pieces, stop) = match pieces.as_slice() {
            [piece] if piece.known.is_none() => {
                let name = self.text(piece.range.clone());
                let split = name.find("'s ").or_else(|| name.find("’s "));
                let unit = split.and_then(|i| {
                    let owner_end = piece.range.start + name[..i].chars().count();
                    let unit_start = owner_end + 3;
                    let unit_name = self.text(unit_start..piece.range.end);
                    let unit_like = unit_name.split(' ').any(|w| {
                        UNIT_WORDS.contains(&w)
                            || matches!(
                                w,
                                "School"
                                    | "College"
                                    | "Faculty"
                                    | "Institute"
                                    | "Laboratory"
                                    | "Center"
                                    | "Centre"
                            )
                    });
                    // (`Hangcha's Overseas Sales Department`: or a company named before, by its name alone.)
                    let (mut owner, owner_stop) =
                        self.en_org_name(piece.range.start, owner_end).or_else(|| {
                            self.en_known_by_name_alone(piece.range.start..owner_end)
                                .filter(|_| !NOT_ORG_WORDS.contains(&&name[..i]))
                        })?;
                    (unit_like && owner_stop == owner_end && !owner.last().is_some_and(|p| p.unit)).then(
                        || {
                            owner.push(self.en_piece(unit_start..piece.range.end, true));
                            owner
                        },
                    )
                });
                match unit {
                    Some(chain) => (chain, stop),
                    None => (pieces, stop),
                }
            }
            // `the SASAC's Bureau of Science, Technology and Innovation`: a unit of a known organization named by
            // its possessive.
            [piece] if piece.known.is_some() => {
                let rest = self.text(stop..end.min(stop + 4));
                let unit = ["'s ", "’s "]
                    .iter()
                    .any(|p| rest.starts_with(p))
                    .then(|| self.en_org_name(stop + 3, end))
                    .flatten()
                    .filter(|(u, _)| {
                        u.len() == 1
                            && u[0].known.is_none()
                            && self
                                .text(u[0].range.clone())
                                .split(' ')
                                .any(|w| UNIT_WORDS.contains(&w) || w == "Bureau")
                    });
                match unit {
                    Some((u, unit_stop)) => {
                        // (`Bureau of Science, Technology and Innovation`: a list of capitalized words ending with
                        // `and` is part of the name.)
                        let mut unit_end = unit_stop;
                        let tail = self.text(unit_stop..end.min(unit_stop + 80));
                        if let Some(c) = en_name_list_re().captures(&tail) {
                            unit_end += c[0].chars().count();
                        }
                        let mut chain = pieces.clone();
                        chain.push(self.en_piece(u[0].range.start..unit_end, true));
                        (chain, unit_end)
                    }
                    None => (pieces, stop),
                }
            }
            _ => (pieces, stop),
        };
        let rest = self.text(stop..end.min(stop + 20));
        if let Some(inner) = rest.strip_prefix(" (")
            && let Some(close) = inner.find(')')
            && (is_acronym(&inner[..close])
                || inner[..close].split(' ').count() == 2 && inner[..close].split(' ').all(is_acronym)
                // A short name defined for it (`(Chalco)`, `(China SAE)`).
                || (is_short_form_word(&inner[..close]) || mixed_short_form(&inner[..close]).is_some())
                    && self.org_index.contains_key(&inner[..close].chars().collect::<Vec<_>>()))
        {
            let after = stop + 2 + close + 1;
            // `the Directorate-General for Energy (DG ENER) of the European Commission`: a unit whose parent is
            // named after its abbreviation.
            if let [unit] = pieces.as_slice()
                && unit.known.is_none()
                && UNIT_WORDS
                    .iter()
                    .any(|w| self.text(unit.range.clone()).split(' ').any(|x| x == *w))
                && self.text(after..end.min(after + 4)) == " of "
                && let Some((mut parent, parent_stop)) = self.en_org(after + 4, end)
                && !parent.last().is_some_and(|p| p.unit)
            {
                let mut unit = self.en_piece(unit.range.clone(), true);
                unit.written = pieces[0].written.clone();
                parent.push(unit);
                return Some((parent, parent_stop));
            }
            return Some((pieces, after));
        }
        // `the Bureau of Science, Technology and Innovation of the State-owned Assets … Commission of the State Council
        // (SASAC)`: a unit whose name lists its fields, then its parent.
        if let [unit] = pieces.as_slice()
            && unit.known.is_none()
            && self.text(unit.range.clone()).split(' ').any(|w| {
                matches!(w, "Bureau" | "Institute" | "School" | "College") || UNIT_WORDS.contains(&w)
            })
            && let Some(c) = en_name_list_re().captures(&self.text(stop..end.min(stop + 80)))
        {
            let list_end = stop + c[0].chars().count();
            // (`the Institute of Energy, Environment and Economy at Tsinghua University`: `at` as well.)
            let of = self.text(list_end..end.min(list_end + 4));
            if (of == " of " || of == " at ")
                && let Some((mut parent, parent_stop)) =
                    self.en_org(self.skip_article(list_end + 4, end), end)
                && !parent.last().is_some_and(|p| p.unit)
            {
                let mut piece = self.en_piece(unit.range.start..list_end, true);
                piece.written = unit.written.start..list_end;
                parent.push(piece);
                return Some((parent, parent_stop));
            }
            // `the Hangzhou Municipal Bureau of Culture, Radio, Television and Tourism`: a body named by its place,
            // its name ending with the list (no parent after it, no abbreviation or word like Group in the list).
            let name = self.text(unit.range.clone());
            // (Single words after a comma, the last after `and`: `Culture, Radio, Television and Tourism`, not
            // `Industry and Information Technology, and Ou Jiaqi`.)
            static FIELDS: OnceLock<Regex> = OnceLock::new();
            let fields =
                FIELDS.get_or_init(|| Regex::new(r"^(?:, [A-Z][a-z]+)+,? and [A-Z][a-z]+").expect("valid"));
            let tail = self.text(stop..end.min(stop + 80));
            let single = fields.find(&tail).is_some_and(|m| {
                m.as_str() == &c[0]
                    && !tail[m.end()..].starts_with(|ch: char| ch == ' ' || ch.is_alphanumeric())
                    && m.as_str()
                        .split([',', ' '])
                        .all(|w| !(is_acronym(w) || is_head(w)))
            });
            if name
                .split(' ')
                .next()
                .is_some_and(|w| !UNIT_WORDS.contains(&w) && w != "Bureau")
                && single
                && self.text(list_end..end.min(list_end + 4)) != " of "
            {
                let mut piece = self.en_piece(unit.range.start..list_end, false);
                piece.written = unit.written.start..list_end;
                return Some((vec![piece], list_end));
            }
        }
        // `the Directorate General of Mineral and Coal under Indonesia's Ministry of Energy and Mineral Resources`, `the
        // Department of Raw Materials Industry under the MIIT`: a unit under its parent (a country's possessive before
        // the parent is no part of its name).
        if let [unit] = pieces.as_slice()
            && unit.known.is_none_or(|k| self.orgs[k].unit)
            && self.text(stop..end.min(stop + 7)) == " under "
        {
            let name = self.text(unit.range.clone());
            let unit_like = name.split(' ').any(|w| {
                UNIT_WORDS.contains(&w)
                    || matches!(w, "Center" | "Centre" | "Bureau" | "Institute" | "Laboratory")
            });
            let mut from = self.skip_article(stop + 7, end);
            let word_end = (from..end).find(|&q| self.t[q] == ' ').unwrap_or(end);
            let word = self.text(from..word_end);
            if (word.ends_with("'s") || word.ends_with("’s"))
                && word.chars().next().is_some_and(char::is_uppercase)
            {
                from = self.skip_article(word_end + 1, end);
            }
            if unit_like
                && let Some((mut parent, parent_stop)) = self.en_org(from, end)
                && !parent.last().is_some_and(|p| p.unit)
            {
                let mut piece = self.en_piece(unit.range.clone(), true);
                piece.written = unit.written.clone();
                parent.push(piece);
                return Some((parent, parent_stop));
            }
        }
        // `the School of Electrical Engineering, Shanghai Jiao Tong University`: a school of the university after the
        // comma; `the Guangzhou Institute of Energy Conversion, Chinese Academy of Sciences`: an institute of an
        // academy, named with it as written.
        if let [piece] = pieces.as_slice()
            && piece.known.is_none_or(|k| !self.orgs[k].unit)
            && self.text(stop..end.min(stop + 2)) == ", "
        {
            let name = self.text(piece.range.clone());
            let first = name.split(' ').next().unwrap_or("");
            let school = matches!(first, "School" | "College" | "Faculty");
            let institute = name
                .split(' ')
                .any(|w| matches!(w, "Institute" | "Laboratory" | "Center" | "Centre"));
            // `the Department of Foreign Trade, Ministry of Commerce`: a ministry's department.
            let department = name.starts_with("Department of ") || name.starts_with("Bureau of ");
            if (school || institute || department)
                && let Some((parent, parent_stop)) = self.en_org_name(stop + 2, end)
                && let [p] = parent.as_slice()
            {
                let parent_name = self.text(p.range.clone());
                if department && parent_name.starts_with("Ministry of ") {
                    let mut unit = self.en_piece(piece.range.clone(), true);
                    unit.written = piece.written.clone();
                    return Some((vec![p.clone(), unit], parent_stop));
                }
                let academy = parent_name.contains("Academy of");
                if school && (academy || parent_name.contains("University")) {
                    let mut unit = self.en_piece(piece.range.clone(), true);
                    unit.written = piece.written.clone();
                    return Some((vec![p.clone(), unit], parent_stop));
                }
                if institute && academy && !name.contains("Academy") {
                    let range = piece.range.start..p.range.end;
                    let mut whole = self.en_piece(range.clone(), false);
                    whole.kind = "research-institute".to_owned();
                    return Some((vec![whole], parent_stop));
                }
            }
        }
        Some((pieces, stop))
    }

    /// Where a unit's name ending with a unit word at `at` (`Department`) really ends: after ` of ` and the
    /// capitalized words that follow (`Department of Equipment Industry I`), if any; else at `at`.
    fn en_unit_of_tail(&self, at: usize, end: usize) -> usize {
        let of: Vec<char> = " of ".chars().collect();
        if !self.t[at..end].starts_with(&of) {
            return at;
        }
        let mut p = at + of.len();
        let mut last = at;
        loop {
            // (`Department of Industry Self-discipline`: a hyphen joins a word.)
            let w_end = (p..end)
                .find(|&q| !(self.t[q].is_alphanumeric() || self.t[q] == '-' && q > p))
                .unwrap_or(end);
            if w_end == p || !self.t[p].is_uppercase() {
                break;
            }
            last = w_end;
            if w_end + 1 < end && self.t[w_end] == ' ' && self.t[w_end + 1].is_uppercase() {
                p = w_end + 1;
            } else if w_end + 5 < end && self.t[w_end..w_end + 5] == [' ', 'a', 'n', 'd', ' '] {
                p = w_end + 5;
            } else {
                break;
            }
        }
        last
    }

    fn en_org_name(&self, at: usize, end: usize) -> Option<(Vec<OrgPiece>, usize)> {
        // `… organized by Yunnan Zinc Co., Ltd.`: a company's closing stop is its name's, also where it ends the
        // sentence (whose range may stop before it).
        let end = if end < self.t.len()
            && end < at + 200
            && self.t[end] == '.'
            && ["Ltd", "Inc", "Corp", "Co"]
                .iter()
                .any(|a| self.text(end.saturating_sub(a.len() + 1)..end) == format!(" {a}"))
        {
            end + 1
        } else {
            end
        };
        let text = self.text(at..end.min(at + 200));
        let mut start_byte = 0;
        for article in ["the ", "The "] {
            if text.starts_with(article) {
                start_byte = article.len();
            }
        }
        // `Shanghai-based Donghao Lansheng Group`: where a body is based is no part of its name.
        if let Some(word) = text[start_byte..].split(' ').next()
            && word.len() > 6
            && word.ends_with("-based")
            && text[start_byte + word.len()..].starts_with(' ')
        {
            start_byte += word.len() + 1;
        }
        let body = &text[start_byte..];
        let mut words: Vec<(usize, &str)> = Vec::new(); // (byte offset in body, word)
        let mut offset = 0;
        for word in body.split(' ') {
            words.push((offset, word));
            offset += word.len() + 1;
        }
        let start = at + text[..start_byte].chars().count();
        // An abbreviation defined before: `CNIA`, `the CNIA`.
        if let Some((_, first)) = words.first() {
            let bare = first.trim_end_matches([',', '.', ';', ':', '\'', '’']);
            let bare = bare
                .strip_suffix("'s")
                .or(bare.strip_suffix("’s"))
                .unwrap_or(bare);
            // `SPIC Hydrogen` defined as a company's short name: the longer name known, not `SPIC`.
            let longer_known = self
                .known_org_at(start, end)
                .is_some_and(|(_, len)| len > bare.chars().count());
            if is_acronym(bare)
                && !acronym_opens_company(&words)
                && !longer_known
                && let Some(known) = self
                    .org_index
                    .get(&bare.chars().collect::<Vec<_>>())
                    .copied()
                    .or_else(|| self.acronym_fit(bare))
            {
                let piece = self.known_piece(known, start..start + bare.chars().count());
                // `the JAA Technical Department`, `CNIA's International Department`: a unit of the organization
                // abbreviated before it (capitalized words ending with a word like Department).
                let first_len = first.trim_end_matches([',', '.', ';', ':']).chars().count();
                if !first.ends_with([',', '.', ';', ':'])
                    && let Some((_, next)) = words.get(1)
                    && next.chars().next().is_some_and(char::is_uppercase)
                {
                    let unit_start = start + first_len + 1;
                    let mut unit_end = None;
                    let mut p = unit_start;
                    for (k, (_, w)) in words.iter().enumerate().skip(1).take(7) {
                        let bare_w = w.trim_end_matches([',', '.', ';', ':']);
                        // `CMIF's Information and Statistics Department`: `and` or `&` between capitalized words.
                        if k > 1
                            && matches!(*w, "and" | "&")
                            && words
                                .get(k + 1)
                                .is_some_and(|(_, n)| n.chars().next().is_some_and(char::is_uppercase))
                        {
                            p += w.chars().count() + 1;
                            continue;
                        }
                        if !bare_w.chars().next().is_some_and(char::is_uppercase) {
                            break;
                        }
                        p += bare_w.chars().count();
                        if UNIT_WORDS.contains(&bare_w) {
                            unit_end = Some(p);
                            break;
                        }
                        if bare_w.len() != w.len() || is_head(bare_w) {
                            break;
                        }
                        p += 1;
                    }
                    // `the MIIT Department of Equipment Industry I`: a unit word alone names no unit; its name
                    // goes on with `of` and capitalized words (a Roman numeral among them).
                    let unit_end = unit_end.map(|e| self.en_unit_of_tail(e, end));
                    if let Some(unit_end) = unit_end.filter(|&e| e <= end) {
                        return Some((vec![piece, self.en_piece(unit_start..unit_end, true)], unit_end));
                    }
                }
                return Some((vec![piece], start + bare.chars().count()));
            }
            // `Chairman and President of Hengrui`: the distinctive word of one registered company's name
            // (`Zhejiang Hengrui Power Tools Co., Ltd.`), written alone.
            let alone = words
                .get(1)
                .is_none_or(|(_, next)| !next.starts_with(|c: char| c.is_uppercase()))
                || first.ends_with([',', '.', ';', ':']);
            if alone
                && bare.len() >= 4
                && bare.starts_with(|c: char| c.is_ascii_uppercase())
                && bare[1..].chars().all(|c| c.is_ascii_lowercase())
                && !is_head(bare)
                && let Some(known) = self.brand_of(bare)
            {
                let piece = self.known_piece(known, start..start + bare.chars().count());
                return Some((vec![piece], start + bare.chars().count()));
            }
        }
        // `the association`, `the branch`, `the center`: the one registered organization of that kind named before.
        if start_byte > 0
            && let Some((_, first)) = words.first()
        {
            let bare = first.trim_end_matches([',', '.', ';', ':']);
            // `the association's president`: the organization ends before its possessive.
            let bare = bare
                .strip_suffix("'s")
                .or(bare.strip_suffix("’s"))
                .unwrap_or(bare);
            // (`the Group's Safety and Environmental Protection Department`: capitalized as its own page writes it.)
            let bare = bare.to_lowercase();
            let bare = bare.as_str();
            // (`the center`, `the university`: written in lower case, or it opens a name, `the University of
            // Science and Technology Beijing`.)
            let generic = matches!(
                bare,
                "association" | "branch" | "group" | "company" | "alliance" | "federation"
            ) || first.starts_with(|c: char| c.is_lowercase())
                && matches!(
                    bare,
                    "center"
                        | "centre"
                        | "institute"
                        | "bureau"
                        | "commission"
                        | "chamber"
                        | "society"
                        | "university"
                        | "academy"
                );
            if generic {
                // `the group` for `Yunnan Copper Group Co., Ltd.` (or a state-owned `China Datang Corporation Ltd.`),
                // `the company` for the one company named.
                // (A unit too when named by a word of its own kind, `the center` for a ministry's center.)
                let unit_kind = matches!(bare, "branch" | "center" | "centre" | "institute" | "bureau");
                let mut found = self.orgs.iter().enumerate().filter(|(_, o)| {
                    (!o.unit || unit_kind)
                        && (o.name.to_lowercase().ends_with(bare)
                            // (`the center` for `Sports Lottery Administration Center of the General Administration
                            // of Sport of China`.)
                            || o.name.to_lowercase().contains(&format!(" {bare} of "))
                            || bare == "group"
                                && (o.name.contains(" Group ") || o.name.contains(" Corporation"))
                            || bare == "company" && o.kind == "company")
                });
                if let (Some((known, _)), None) = (found.next(), found.next()) {
                    let range = start..start + bare.len();
                    let piece = OrgPiece {
                        name: None,
                        known: Some(known),
                        range: range.clone(),
                        written: range,
                        kind: self.orgs[known].kind.clone(),
                        unit: self.orgs[known].unit,
                        alias: None,
                    };
                    // `vice chairman of the group's trade union`: its union, a unit of it.
                    let union_at = start + bare.len() + 3;
                    if first.contains('\'') || first.contains('’') {
                        let rest = self.text(union_at..end.min(union_at + 11));
                        if rest == "trade union" {
                            let mut union = self.en_piece(union_at..union_at + 11, true);
                            union.kind = "party-committee".to_owned();
                            return Some((vec![piece, union], union_at + 11));
                        }
                    }
                    return Some((vec![piece], start + bare.len()));
                }
            }
        }
        // A name registered before without a word like Group (`Vale`, `Shanghai Gold Exchange`).
        if let Some((known, len)) = self.known_org_at(start, end) {
            // `the regional government` names a government known by its name, and is no alias of it.
            let range = if self.t[start].is_lowercase() {
                start..start
            } else {
                start..start + len
            };
            let piece = OrgPiece {
                name: None,
                known: Some(known),
                range: range.clone(),
                written: range,
                kind: self.orgs[known].kind.clone(),
                unit: false,
                alias: None,
            };
            return Some((vec![piece], start + len));
        }
        let mut run_end = 0; // words taken
        let mut last_head: Option<usize> = None;
        for (i, (_, word)) in words.iter().enumerate() {
            let bare = head_form(word);
            // `Antofagasta plc`: a company's closing word in lower case.
            // (`Hangzhou Shining 3D Tech Co., Ltd.`, `China 5G Alliance`: a word of digits and capitals inside;
            // `Jihua 3502 Professional Apparel Co., Ltd.`: or a number that is no year.)
            let number = bare.len() >= 3
                && bare.chars().all(|c| c.is_ascii_digit())
                && !(bare.len() == 4 && (bare.starts_with("19") || bare.starts_with("20")));
            let capital = bare.chars().next().is_some_and(char::is_uppercase)
                || bare == "plc" && i > 0
                || (i > 0
                    && bare.starts_with(|c: char| c.is_ascii_digit())
                    && (bare.chars().any(|c| c.is_ascii_uppercase()) || number)
                    && bare.chars().all(|c| c.is_ascii_alphanumeric())
                    && words
                        .get(i + 1)
                        .is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_uppercase)));
            // `… University of Science and Technology and Mr. Zhou Tao`: a form of address starts a person.
            let honorific = |w: &str| matches!(w, "Mr." | "Ms." | "Mrs." | "Dr." | "Prof." | "Professor");
            if honorific(word) {
                break;
            }
            // `Academician of the Chinese Academy of Sciences and Director of IMR`: `and` before a title ends the
            // name.
            if bare == "and"
                && i > 0
                && words.get(i + 1).is_some_and(|(offset, _)| {
                    let q = start + body[..*offset].chars().count();
                    !self.en_titles(q, end).0.is_empty()
                })
            {
                break;
            }
            let next_capital = words.get(i + 1).is_some_and(|(_, w)| {
                w.chars().next().is_some_and(char::is_uppercase) && *w != "The" && !honorific(w)
            });
            let after_of = i > 0 && words[i - 1].1 == "of";
            // `A Association and B Company` are two organizations; `China Iron and Steel Association` is one.
            let after_head = i > 0 && is_head(head_form(words[i - 1].1));
            // `Aluminum Corporation of China and Jiangxi Copper Corporation`: after a name's word like Corporation,
            // `and` before another such word starts a second organization.
            // `China Academy of Machinery Science and Technology Group`: `and` inside a pair of words names use
            // together.
            let pair = i > 0
                && words.get(i + 1).is_some_and(|(_, next)| {
                    // (`State-owned Assets Supervision and Administration Commission`, `National Development and Reform
                    // Commission`, `Department of Agriculture and Rural Affairs`.)
                    const PAIRS: [(&str, &str); 10] = [
                        ("Science", "Technology"),
                        ("Supervision", "Administration"),
                        ("Agriculture", "Rural"),
                        ("Development", "Reform"),
                        ("Research", "Development"),
                        ("Import", "Export"),
                        ("Iron", "Steel"),
                        ("Oil", "Gas"),
                        ("Industry", "Information"),
                        ("Trade", "Industry"),
                    ];
                    PAIRS.contains(&(words[i - 1].1, head_form(next)))
                });
            let second_org = bare == "and"
                && !pair
                && last_head.is_some()
                && words[i + 1..]
                    .iter()
                    .scan(false, |ended, (_, w)| {
                        // Up to the end of the clause (`Beijing, and Gao Jie, Chief Engineer of … Group`).
                        let take = !*ended
                            && (w.chars().next().is_some_and(char::is_uppercase)
                                || matches!(*w, "of" | "and" | "for" | "&"));
                        *ended = w.ends_with([',', ';', ':']) && *w != "Co.," && *w != "Corp.,";
                        take.then_some(w)
                    })
                    // `Office of Science and Technology of Zhejiang University`: a word like University after `of`
                    // ends the name's complement, not a second organization's name.
                    .take_while(|w| **w != "of")
                    .any(|w| is_head(head_form(w)));
            // `Association for the Promotion of …`; `Chamber of Commerce to the EU`, `Mission … to the European
            // Union`: `to the` after a word like Chamber, before up to three capitalized words with no word like
            // Association (`… Association to the Jinchuan Group` is two organizations).
            let after_for = i > 0 && words[i - 1].1 == "for";
            // Only bodies accredited to another (a mission, an embassy, a chamber abroad) are named so.
            let to_the = bare == "to"
                && last_head.is_some_and(|h| {
                    matches!(
                        head_form(words[h].1),
                        "Mission" | "Embassy" | "Chamber" | "Commerce" | "Delegation" | "Office"
                    )
                })
                && {
                    let from = i + 1 + usize::from(words.get(i + 1).is_some_and(|(_, w)| *w == "the"));
                    let tail: Vec<&str> = words[from.min(words.len())..]
                        .iter()
                        .map(|(_, w)| *w)
                        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                        .collect();
                    (1..=3).contains(&tail.len())
                };
            // (`… of Sport of China on Wednesday`: a day ends the name.)
            let on_a_day = bare == "on"
                && words
                    .get(i + 1)
                    .is_some_and(|(_, w)| names_a_day(w.trim_end_matches([',', '.', ';'])));
            let joins = matches!(bare, "of" | "for" | "&")
                || (bare == "on" && !on_a_day)
                || to_the
                || (bare == "and" && next_capital && !after_head && !second_org)
                || (bare == "the" && (after_of || after_for || (i > 0 && words[i - 1].1 == "to")));
            // `Jinhe New Energy (Europe) GmbH`, `… (China) Co., Ltd.`: a place in parentheses inside a company's name.
            let paren_place = i > 0
                && next_capital
                && word
                    .strip_prefix('(')
                    .and_then(|w| w.strip_suffix(')'))
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_acronym(w));
            // `Harbin Institute of Technology (Shenzhen)`: a Chinese city in parentheses after a university's or an
            // institute's name is its campus, the name's last word.
            let campus = is_campus(&words, i, last_head);
            if !(capital || paren_place || campus || (i > 0 && joins)) {
                break;
            }
            run_end = i + 1;
            if is_head(bare) {
                last_head = Some(i);
            }
            // `Co., Ltd.`, `Corp., Ltd.`, `Co., Limited`: the stop of `Co.` or `Corp.` does not end the name before
            // `Ltd.` or `Limited`.
            // (`Co., Ltd` without its stop, as many pages write it.)
            let before_ltd = words.get(i + 1).is_some_and(|(_, w)| {
                w.starts_with("Ltd.") || matches!(w.trim_end_matches([',', '.', ';', ':']), "Ltd" | "Limited")
            });
            // (`Rossi Carrelli S.p.A.`: a legal form written with stops ends the name at its last one.)
            let company_end =
                (is_legal_form(bare) && bare.ends_with('.') && !matches!(bare, "Co." | "Corp."))
                    || (matches!(bare, "Co." | "Corp.") && !before_ltd);
            // (`Ping An Insurance (Group) Company of China, Ltd.`: a comma before `Ltd.` is the name's too.)
            if company_end
                || (word.ends_with(',') && !before_ltd)
                || word.ends_with(';')
                || word.ends_with(':')
                || (word.ends_with('.') && !is_legal_form(bare))
            {
                break;
            }
        }
        let Some(head) = last_head else {
            // `China Minmetals` for the China Minmetals Corporation registered before.
            return self
                .short_en_org(start, &words[..run_end])
                .or_else(|| self.china_entity(start, &words[..run_end]));
        };
        // `the Sixth Council of CNIA`, `the 5th Board`: a term of an organization's council (第六届理事会), no
        // organization of its own.
        if let Some((_, first)) = words.first()
            && words
                .get(1)
                .is_some_and(|(_, w)| matches!(head_form(w), "Council" | "Committee" | "Board" | "Congress"))
            && (ORDINALS.contains(&head_form(first).to_lowercase().as_str())
                || first
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .chars()
                    .all(|c| c.is_ascii_digit())
                    && ["st", "nd", "rd", "th"].iter().any(|s| first.ends_with(s))
                    && first.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        // `Directorate General of Mineral and Coal`: written without its hyphen.
        let head = if matches!(head_form(words[head].1), "Directorate" | "Department")
            && words.get(head + 1).is_some_and(|(_, w)| *w == "General")
            && words
                .get(head + 2)
                .is_some_and(|(_, w)| matches!(*w, "of" | "for"))
        {
            head + 1
        } else {
            head
        };
        let mut last = head;
        if words
            .get(head + 1)
            .is_some_and(|(_, w)| matches!(*w, "of" | "for" | "to"))
            && run_end > head + 2
        {
            last = run_end - 1;
            // The name ends with a capitalized word, not with `of`, `the` or `and`.
            while last > head && !words[last].1.chars().next().is_some_and(char::is_uppercase) {
                last -= 1;
            }
        }
        if last + 1 < run_end && is_campus(&words, last + 1, Some(head)) {
            last += 1;
        }
        let (off, word) = words[last];
        let word = head_form(word);
        // `Deputy General Manager of the Group` where the page names two groups: a word like Group alone after an
        // article names no organization of its own.
        if last == 0 && start_byte > 0 && is_head(word) {
            return None;
        }
        let name = &body[..off + word.len()];
        let stop = start + name.chars().count();
        // `the Standards Department of the association`: the one registered association.
        if last == head
            && let Some(generic) = [
                "association",
                "group",
                "company",
                "alliance",
                "institute",
                "federation",
                "branch",
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
                .filter(|(_, o)| {
                    (!o.unit || *generic == "branch") && o.name.to_lowercase().ends_with(generic)
                })
                .map(|(i, _)| i)
                .collect();
            if let [p] = parents.as_slice()
                && UNIT_WORDS.iter().any(|w| head_name.ends_with(w))
            {
                let unit_end = start + head_name.chars().count();
                let stop = unit_end + format!(" of the {generic}").chars().count();
                let parent_piece = OrgPiece {
                    name: None,
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
        // `X Department of the Y Association`, `Department of X of the Ministry of Y`, `X Branch of CNIA`: a unit
        // and its parent, when what follows `of` is an organization itself (`Department of Industry and
        // Information Technology` is one name).
        let splits: Vec<(usize, usize)> = name
            .match_indices(" of the ")
            .map(|(i, m)| (i, m.len()))
            .chain(name.match_indices(" of ").map(|(i, m)| (i, m.len())))
            .collect();
        for (split, skip) in splits {
            let head_part = &name[..split];
            // `School of Metallurgy of Central South University`: a school or a college of a university.
            let school = head_part
                .split(' ')
                .next()
                .is_some_and(|w| matches!(w, "School" | "College" | "Faculty"))
                && head_part.contains(" of ");
            // `Institute of Microelectronics of the Chinese Academy of Sciences`: an institute of an academy.
            let institute = head_part
                .split(' ')
                .any(|w| matches!(w, "Institute" | "Laboratory"))
                && !head_part.contains("Academy");
            // `Lawyers Work Bureau of the Ministry of Justice`, `Shandong Supervision and Administration Bureau of the
            // Civil Aviation Administration of China`: a bureau of a ministry or an administration.
            let parent_name = &name[split + skip..];
            let bureau = head_part.ends_with(" Bureau")
                && (parent_name.starts_with("Ministry of ") || parent_name.contains("Administration"));
            // `Building Energy Research Center of Tsinghua University`, `Sanshandao Gold Mine of Shandong Gold Mining
            // Co., Ltd.`, `Bureau of Safety Supervision of the State-owned Assets … Commission`: a centre, a mine, a
            // plant or a bureau of a university, a company or a government body (checked below).
            let facility = head_part.contains(' ')
                && head_part.split(' ').any(|w| {
                    matches!(
                        w,
                        "Bureau"
                            | "Center"
                            | "Centre"
                            | "Mine"
                            | "Plant"
                            | "Factory"
                            | "Institute"
                            | "Laboratory"
                    )
                });
            if !head_part.split(' ').any(|w| UNIT_WORDS.contains(&w))
                && !school
                && !institute
                && !bureau
                && !facility
            {
                continue;
            }
            let parent_start = start + name[..split + skip].chars().count();
            // `Department of Commerce of Guangxi Zhuang Autonomous Region`, `Zhejiang Provincial Department of
            // Commerce`: `Commerce (of …)` is no organization (the word ends `Chamber of Commerce`, `Ministry of
            // Commerce`), so the name is one.
            if name[split + skip..].starts_with("Commerce ") || &name[split + skip..] == "Commerce" {
                continue;
            }
            // (`Overseas Sales Department of Hangcha`: or a company named before, by its name alone, after a unit
            // named in words of its own, not `Department of Fisheries`.)
            let own_words =
                head_part.contains(' ') && !head_part.contains("'s ") && !head_part.contains("’s ");
            let Some((parent, parent_stop)) = self.en_org_name(parent_start, stop).or_else(|| {
                own_words
                    .then(|| self.en_known_by_name_alone(parent_start..stop))
                    .flatten()
            }) else {
                continue;
            };
            // `Department of Mechanical Engineering of Tsinghua University`: a unit word alone is no unit's name;
            // what follows its `of` names the unit, unless it is an organization known before (`Secretariat of
            // CNIA`).
            if !head_part.contains(' ') && skip == " of ".len() && !parent.iter().any(|p| p.known.is_some()) {
                continue;
            }
            // (The parent as written: a university, a government body, or a company whose name opens with `China` or
            // a place, not `Shenyang Research Institute of Chemical Industry Co., Ltd.`, one company.)
            let parent_owns_facility = parent.last().is_some_and(|p| {
                let n = self.text(p.range.clone());
                !p.unit
                    && ([
                        "University",
                        "Administration",
                        "Commission",
                        "Ministry",
                        "Government",
                    ]
                    .iter()
                    .any(|w| n.contains(w))
                        || [" Ltd.", " Limited", " Corporation", " Group", " Inc."]
                            .iter()
                            .any(|w| n.ends_with(w))
                            && n.split(' ')
                                .next()
                                .is_some_and(|w| w == "China" || is_pinyin_word(w)))
            });
            let owned_facility = facility && parent_owns_facility;
            if parent_stop != stop
                || facility
                    && !head_part.split(' ').any(|w| UNIT_WORDS.contains(&w))
                    && !school
                    && !institute
                    && !bureau
                    && !parent_owns_facility
                || school
                    && !parent.last().is_some_and(|p| {
                        let n = self.text(p.range.clone());
                        n.contains("University") || n.contains("Academy")
                    })
                || institute
                    && !head_part.split(' ').any(|w| UNIT_WORDS.contains(&w))
                    && !owned_facility
                    && !parent.last().is_some_and(|p| {
                        p.known
                            .map_or_else(|| self.text(p.range.clone()), |k| self.orgs[k].name.clone())
                            .contains("Academy of")
                    })
            {
                continue;
            }
            let unit = self.en_piece(start..start + head_part.chars().count(), true);
            let mut chain = parent;
            chain.push(unit);
            return Some((chain, stop));
        }
        // (`Jixi High-tech Zone Management Committee`: the body governing a zone or a park, 管委会, is one of its own.)
        let unit = UNIT_WORDS.iter().any(|w| name.ends_with(w)) && !governs_a_zone(name);
        // `Jinchuan Group` for the Jinchuan Group Co., Ltd. registered before.
        if !unit
            && let Some((pieces, _)) = self.short_en_org(start, &words[..=last])
            && pieces[0].known.is_some_and(|k| self.orgs[k].name != name)
        {
            return Some((pieces, stop));
        }
        Some((vec![self.en_piece(start..stop, unit)], stop))
    }

    /// Registers `the China Iron and Steel Association (CISA)` anywhere in the text: the abbreviation becomes an
    /// alias, so that `CISA`, `CISA Secretary-General Jiang Wei` and `the Lithium Branch of CISA` find it. The
    /// letters of the abbreviation must be initials of the name's words, in order, the first one included.
    fn define_en_abbreviations(&mut self, sentences: &[Sentence]) {
        let marks: Vec<(usize, usize)> = (1..self.t.len())
            .filter(|&i| self.t[i] == '(' && self.t[i - 1] == ' ')
            .filter_map(|i| {
                let close = (i + 1..self.t.len().min(i + 20)).find(|&j| self.t[j] == ')')?;
                let inner = self.text(i + 1..close);
                // (`(Energy China)`: two words of the name.)
                let words = inner.split(' ').count();
                (is_acronym(&inner)
                    || (words <= 2 && inner.split(' ').all(is_short_form_word))
                    || mixed_short_form(&inner).is_some())
                .then_some((i, close))
            })
            .take(50)
            .collect();
        for (open, close) in marks {
            let acronym = self.text(open + 1..close);
            // `China Society of Automotive Engineers (China SAE)`: a word of the name and an abbreviation of the rest;
            // its letters are the word's initial and the abbreviation's.
            let mixed = mixed_short_form(&acronym);
            if self.org_index.contains_key(&acronym.chars().collect::<Vec<_>>()) {
                continue;
            }
            let name_end = open - 1;
            // Word starts of the capitalized run before the parenthesis, nearest first.
            let mut starts = Vec::new();
            let mut k = name_end;
            while k > 0 && name_end - k < 160 {
                let word_start = (0..k)
                    .rev()
                    .find(|&i| self.t[i] == ' ' || self.t[i] == '\n')
                    .map_or(0, |i| i + 1);
                let word = self.text(word_start..k);
                let capital = word.chars().next().is_some_and(char::is_uppercase);
                let joiner = matches!(word.as_str(), "of" | "and" | "for" | "on" | "&" | "the" | "to");
                // `Xiamen Tungsten Co., Ltd. (XTC)`: a company's closing words keep their stops.
                let company = matches!(
                    word.as_str(),
                    "Co.," | "Co." | "Ltd." | "Inc." | "Corp." | "Corp.," | "Ltd.,"
                );
                if !(capital || joiner) || word.ends_with([',', ';', ':', '.']) && word_start != k && !company
                {
                    break;
                }
                if capital {
                    starts.push(word_start);
                }
                if word_start == 0 {
                    break;
                }
                k = word_start - 1;
            }
            // (A word in capitals gives all its letters: `Federation of GCC Chambers (FGCCC)`.)
            let initials = |from: usize| -> String {
                self.text(from..name_end)
                    .split(' ')
                    .flat_map(|w| {
                        let letters: Vec<char> = if is_acronym(w) {
                            w.chars().collect()
                        } else {
                            w.chars()
                                .next()
                                .filter(|c| c.is_uppercase())
                                .into_iter()
                                .collect()
                        };
                        letters
                    })
                    .collect()
            };
            let letters = mixed.clone().unwrap_or_else(|| acronym.clone());
            let fits = |initials: &str| {
                let mut it = initials.chars();
                letters.chars().next() == initials.chars().next()
                    && letters.chars().all(|a| it.any(|c| c == a))
            };
            // `China Machinery Industry Group Co., Ltd. (SINOMACH)`, `China Petrochemical Corporation (Sinopec)`: Sino
            // stands for China, and the next letter is the initial of the name's next word.
            let upper = acronym.to_uppercase();
            if let Some(rest) = upper.strip_prefix("SINO").filter(|r| r.len() >= 2)
                && let Some(&st) = starts.iter().find(|&&st| {
                    let name = self.text(st..name_end);
                    // (`China National Machinery Industry Corporation (SINOMACH)`: past National.)
                    name.strip_prefix("China ").is_some_and(|more| {
                        more.starts_with(&rest[..1])
                            || more
                                .strip_prefix("National ")
                                .is_some_and(|m| m.starts_with(&rest[..1]))
                    })
                })
                && let Some((pieces, stop)) = self.en_org_name(st, name_end)
                && stop == name_end
                && pieces.len() == 1
            {
                self.register_with_acronym(pieces, acronym, sentences, open..close + 1);
                continue;
            }
            // `Aluminum Corporation of China Limited (Chalco)`, `China Baowu Steel Group Corporation Limited (Baowu)`:
            // a short name of one word after a company's or group's whole name is its alias, when it is a word of
            // the name or (no Chinese place's name) starts with one of the name's initials.
            if !is_acronym(&acronym) && mixed.is_none() {
                // Not from a title before the name (`Chairman of Aluminum Corporation of China`).
                let best = starts
                    .iter()
                    .rev()
                    .filter(|&&st| self.en_titles(st, name_end).0.is_empty())
                    .find_map(|&st| {
                        let (pieces, stop) = self.en_org_name(st, name_end)?;
                        let name = self.text(st..name_end);
                        // `Aluminum Corporation of China (Chinalco)`: a word like Corporation anywhere in the name.
                        let company = name.split(' ').map(head_form).any(|w| {
                            matches!(
                                w,
                                "Limited"
                                    | "Ltd."
                                    | "Co."
                                    | "Corporation"
                                    | "Group"
                                    | "Inc."
                                    | "Corp."
                                    | "Company"
                                    | "Holdings"
                                    | "PLC"
                                    | "LLC"
                                    | "LLP"
                                    | "AG"
                                    | "GmbH"
                                    | "SE"
                            )
                        });
                        let in_name = acronym
                            .split(' ')
                            .all(|a| name.split(' ').any(|w| head_form(w) == a));
                        let initial = acronym.chars().next();
                        let fits = in_name
                            || !acronym.contains(' ')
                                && !is_pinyin_word(&acronym)
                                && name.split(' ').any(|w| {
                                    w.chars().next().is_some_and(|c| c.is_uppercase())
                                        && w.chars().next() == initial
                                });
                        (stop == name_end && pieces.len() == 1 && company && fits).then_some(pieces)
                    });
                let Some(pieces) = best else { continue };
                self.register_with_acronym(pieces, acronym, sentences, open..close + 1);
                continue;
            }
            // The start whose initials fit the abbreviation with the fewest initials left over.
            let best = starts
                .iter()
                .filter_map(|&st| {
                    let (pieces, stop) = self.en_org_name(st, name_end)?;
                    let ini = initials(st);
                    (stop == name_end && fits(&ini))
                        .then(|| (ini.len().saturating_sub(letters.len()), st, pieces))
                })
                .min_by_key(|(extra, st, _)| (*extra, usize::MAX - st));
            // `China Chemical and Physical Power Industry Association (CIAPS)`: many Chinese associations keep an
            // abbreviation of an older English name, its letters in another order. Right after a whole name, an
            // abbreviation of four letters or more is still its alias when it starts with the name's first initial
            // and all but one of its letters are among the name's initials.
            let best = best.or_else(|| {
                if acronym.chars().count() < 4 || mixed.is_some() {
                    return None;
                }
                starts.iter().rev().find_map(|&st| {
                    // (Not from the meeting that the name follows: `2025 Annual Conference of the Chinese Society of
                    // Landscape Architecture (CHSLA)`.)
                    let first = self.text(st..name_end);
                    let first = first.split(' ').next().unwrap_or("");
                    if LOWER_MEETING_NOUNS
                        .split('|')
                        .any(|n| first.eq_ignore_ascii_case(n))
                    {
                        return None;
                    }
                    // (`… of Industry and Commerce (ACFIC)`: a name read with the words after `and` that the
                    // abbreviation confirms.)
                    let (pieces, stop) = self.en_org(st, name_end)?;
                    let ini = initials(st);
                    let mut left: Vec<char> = ini.chars().collect();
                    let missing = acronym
                        .chars()
                        .filter(|a| match left.iter().position(|c| c == a) {
                            Some(i) => {
                                left.remove(i);
                                false
                            }
                            None => true,
                        })
                        .count();
                    // (`China Association of Metros (CAMET)`: or the name's initials and at most two letters more.)
                    let extended =
                        ini.len() >= 3 && acronym.starts_with(&ini) && acronym.len() <= ini.len() + 2;
                    (stop == name_end
                        && pieces.len() == 1
                        && acronym.chars().next() == ini.chars().next()
                        && (missing <= 1 || extended))
                        .then_some((0, st, pieces))
                })
            });
            // `Shanghai Metals Market (SMM)`: a name with no word like Company whose initials are the abbreviation,
            // letter for letter, is an organization's.
            let best = best.or_else(|| {
                starts
                    .iter()
                    .rev()
                    .filter(|&&st| self.en_titles(st, name_end).0.is_empty())
                    .find_map(|&st| {
                        let name = self.text(st..name_end);
                        let words: Vec<&str> = name.split(' ').collect();
                        let ini: String = words
                            .iter()
                            .filter(|w| !matches!(**w, "of" | "and" | "for" | "on" | "&" | "the" | "to"))
                            .filter_map(|w| w.chars().next())
                            .collect();
                        let plain = words.iter().all(|w| {
                            w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '&')
                                && !NOT_NAME_WORDS.contains(w)
                                && !MONTHS.iter().any(|m| w.eq_ignore_ascii_case(m))
                                && !matches!(*w, "Mr" | "Ms" | "Dr" | "Prof")
                        });
                        (mixed.is_none()
                            && is_acronym(&acronym)
                            && (2..=6).contains(&words.len())
                            && plain
                            && ini == acronym)
                            .then(|| {
                                let mut piece = self.en_piece(st..name_end, false);
                                if piece.kind == "department" {
                                    piece.kind = "company".to_owned();
                                }
                                (0, st, vec![piece])
                            })
                    })
            });
            let Some((_, _, pieces)) = best else { continue };
            self.register_with_acronym(pieces, acronym, sentences, open..close + 1);
        }
    }

    /// `CSIA | China Semiconductor Industry Association` as a page's first line (the site's banner): the
    /// abbreviation the site writes for its owner, when its letters fit the name's initials, so that `CSIA
    /// Packaging Branch` in the headline or the text is read before the name is written out.
    fn define_en_site_name(&mut self, sentences: &[Sentence]) {
        let Some(first) = (0..self.t.len()).find(|&i| !self.t[i].is_whitespace()) else {
            return;
        };
        let line_end = (first..self.t.len())
            .find(|&i| self.t[i] == '\n')
            .unwrap_or(self.t.len());
        let line = self.text(first..line_end);
        // `CNCEC` on the first line and the full name on the next: the same as `CNCEC | China National …`.
        let next_line = || {
            let start = (line_end..self.t.len()).find(|&i| !self.t[i].is_whitespace())?;
            let end = (start..self.t.len())
                .find(|&i| self.t[i] == '\n')
                .unwrap_or(self.t.len());
            Some((start, self.text(start..end)))
        };
        let (acronym, name_at, name) = match (line.split_once(" | "), next_line()) {
            (Some((_, b)), _) if b.contains(" | ") => return,
            (Some((a, b)), _) if is_acronym(a.trim()) => (
                a.trim().to_owned(),
                first + a.chars().count() + 3,
                b.trim_end().to_owned(),
            ),
            (Some((a, b)), _) if is_acronym(b.trim()) => {
                (b.trim().to_owned(), first, a.trim_end().to_owned())
            }
            (None, Some((start, next))) if is_acronym(line.trim()) && !next.contains(" | ") => {
                (line.trim().to_owned(), start, next.trim_end().to_owned())
            }
            _ => return,
        };
        if self.org_index.contains_key(&acronym.chars().collect::<Vec<_>>()) {
            return;
        }
        let name_end = name_at + name.chars().count();
        let initials: String = name
            .split(' ')
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect();
        let mut it = initials.chars();
        // (A chamber's acronym skips words of its long name: `CCCLA` for `China Chamber of Commerce for Import and
        // Export of Light Industrial Products and Arts-Crafts`.)
        let fits = acronym.chars().next() == initials.chars().next()
            && acronym.chars().all(|c| it.any(|x| x == c))
            && initials.len() <= 2 * acronym.len();
        let Some((pieces, stop)) = self.en_org_name(name_at, name_end) else {
            return;
        };
        if fits && stop == name_end && pieces.len() == 1 && pieces[0].known.is_none() {
            self.register_with_acronym(pieces, acronym, sentences, first..line_end);
        }
    }

    /// Registers the organization named before an abbreviation in parentheses (`parens`), the abbreviation its
    /// alias, with the sentence around it as evidence.
    fn register_with_acronym(
        &mut self,
        mut pieces: Vec<super::mentions::OrgPiece>,
        acronym: String,
        sentences: &[Sentence],
        parens: Range<usize>,
    ) {
        let evidence = sentences
            .iter()
            .find(|s| s.range.contains(&parens.start))
            .map_or(parens, |s| s.range.clone());
        if let Some(last) = pieces.last_mut() {
            last.alias = Some(acronym);
        }
        self.register_chain(&pieces, None, evidence);
    }

    /// `Nanhai Hydrogen Power Co., Ltd. ("Nanhai Hydrogen")`, `… Association (hereinafter "the Association")`: a short
    /// name quoted in parentheses after an organization's name is its alias, when its first word is the name's
    /// first word (or the name's word like Association).
    fn define_en_quoted_aliases(&mut self, sentences: &[Sentence]) {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r#"^\((?:hereinafter(?: referred to as)?,? |the )?(?:["“]([A-Z][A-Za-z&\-]*(?: [A-Z][A-Za-z&\-]*){0,3})["”]|([A-Z][A-Za-z&\-]*(?: [A-Z][A-Za-z&\-]*){1,2}))\)"#)
                .expect("valid")
        });
        let marks: Vec<usize> = (1..self.t.len())
            .filter(|&i| self.t[i] == '(' && self.t[i - 1] == ' ')
            .filter(|&i| {
                matches!(self.t.get(i + 1), Some('"' | '“' | 'h' | 't'))
                    || self.t.get(i + 1).is_some_and(|c| c.is_uppercase())
            })
            .take(50)
            .collect();
        for open in marks {
            let after = self.text(open..self.t.len().min(open + 60));
            let Some(c) = re.captures(&after) else { continue };
            // `SPIC Hydrogen Energy Co., Ltd. (SPIC Hydrogen)`: unquoted, a short name of two or three words is
            // taken only when the name opens with it.
            let plain = c.get(1).is_none();
            let Some(alias) = c.get(1).or(c.get(2)).map(|g| g.as_str().to_owned()) else {
                continue;
            };
            if self.org_index.contains_key(&alias.chars().collect::<Vec<_>>()) {
                continue;
            }
            let name_end = open - 1;
            let Some(evidence) = sentences
                .iter()
                .find(|s| s.range.contains(&open))
                .map(|s| s.range.clone())
            else {
                continue;
            };
            // The longest organization name ending right before the parenthesis that the alias fits: its first
            // words (`"Nanhai Hydrogen"`), its initials (`"CAPID"`) or its word like Association.
            let fits = |name: &str| {
                let initials: String = name
                    .split(' ')
                    .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                    .collect();
                let mut it = initials.chars();
                name.starts_with(&format!("{alias} "))
                    || !alias.contains(' ')
                        && name.split(' ').any(|w| head_form(w) == alias && is_head(&alias))
                    || is_acronym(&alias)
                        && alias.chars().next() == initials.chars().next()
                        && alias.chars().all(|a| it.any(|c| c == a))
            };
            let found = (evidence.start..name_end)
                .filter(|&k| k == evidence.start || self.t[k - 1] == ' ')
                .filter(|&k| self.t[k].is_uppercase())
                .find_map(|k| {
                    let (pieces, stop) = self.en_org_name(k, name_end)?;
                    let name = self.text(pieces.last()?.range.clone());
                    let opens = name.starts_with(&format!("{alias} "));
                    (stop == name_end && fits(&name) && name != alias && (opens || !plain)).then_some(pieces)
                });
            let Some(pieces) = found else { continue };
            // `Nantong Haiyang Heavy Industry Co., Ltd. (Haiyang Heavy Industry)`: the short name drops a place
            // the full name opens with; the full name is the one word longer.
            let longer = pieces.last().and_then(|p| {
                let start = p.range.start;
                let word = (evidence.start..start.saturating_sub(1))
                    .rev()
                    .take_while(|&k| self.t[k] != ' ')
                    .last()?;
                let article = ["The ", "A ", "An "].iter().any(|a| self.text(word..start) == *a);
                (self.t[start - 1] == ' ' && self.t[word].is_uppercase() && !article)
                    .then(|| self.en_org_name(word, name_end))
                    .flatten()
                    .filter(|(p, stop)| *stop == name_end && p.len() == 1)
                    .map(|(p, _)| p)
            });
            let Some(mut pieces) = longer.filter(|_| plain).or(Some(pieces)) else {
                continue;
            };
            let Some(last) = pieces.last_mut() else { continue };
            last.alias = Some(alias);
            self.register_chain(&pieces, None, evidence);
        }
    }

    /// The one registered organization whose name is `words` followed by words like Corporation or Group only.
    fn short_en_org(&self, start: usize, words: &[(usize, &str)]) -> Option<(Vec<OrgPiece>, usize)> {
        let (_, last) = words.last()?;
        if words.len() < 2 {
            return None;
        }
        let last = last.trim_end_matches([',', '.', ';', ':']);
        let short: String = words[..words.len() - 1]
            .iter()
            .map(|(_, w)| *w)
            .chain(std::iter::once(last))
            .collect::<Vec<_>>()
            .join(" ");
        let mut found = self.orgs.iter().enumerate().filter(|(_, o)| {
            !o.unit
                && o.name.strip_prefix(&short).is_some_and(|rest| {
                    rest.starts_with(' ') && rest.split(' ').skip(1).all(|w| is_head(head_form(w)))
                })
        });
        let (known, _) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        let range = start..start + short.chars().count();
        let piece = OrgPiece {
            name: None,
            known: Some(known),
            range: range.clone(),
            written: range.clone(),
            kind: self.orgs[known].kind.clone(),
            unit: false,
            alias: None,
        };
        Some((vec![piece], range.end))
    }

    /// `Merck Electronics China`, `ASML China`, `Corning Display Technologies Greater China`: a company's entity in
    /// China, named by the company and `China` with no word like Company (not `South China`, not a name with `of`).
    fn china_entity(&self, start: usize, words: &[(usize, &str)]) -> Option<(Vec<OrgPiece>, usize)> {
        let bare: Vec<&str> = words
            .iter()
            .map(|(_, w)| w.trim_end_matches([',', '.', ';', ':']))
            .collect();
        // (Only the last word may carry a comma or a stop.)
        let clean = words[..words.len().saturating_sub(1)]
            .iter()
            .all(|(_, w)| !w.ends_with([',', '.', ';', ':']));
        let owner = match bare.as_slice() {
            [owner @ .., "Greater", "China"] | [owner @ .., "China"] => owner,
            _ => return None,
        };
        let regions = [
            "South",
            "North",
            "East",
            "West",
            "Central",
            "Southwest",
            "Southeast",
            "Northwest",
            "Northeast",
            "Mainland",
            "Greater",
            "Rural",
            "Modern",
            "Beautiful",
            "Digital",
            "Healthy",
        ];
        if !clean
            || owner.is_empty()
            || owner.len() > 3
            || owner.iter().any(|w| {
                !w.chars().next().is_some_and(char::is_uppercase)
                    || NOT_NAME_WORDS.contains(w)
                    || regions.contains(w)
                    || w.ends_with("'s")
                    || w.ends_with("’s")
            })
        {
            return None;
        }
        let len = bare.iter().map(|w| w.chars().count() + 1).sum::<usize>() - 1;
        let mut piece = self.en_piece(start..start + len, false);
        piece.kind = "company".to_owned();
        Some((vec![piece], start + len))
    }

    /// `CNIA` used without a definition: the one registered organization whose initials it fits (first letters
    /// equal, the others in order, at most two initials left over).
    /// A piece of a name that stands for registered organization `known`.
    fn known_piece(&self, known: usize, range: Range<usize>) -> OrgPiece {
        OrgPiece {
            name: None,
            known: Some(known),
            range: range.clone(),
            written: range,
            kind: self.orgs[known].kind.clone(),
            unit: false,
            alias: None,
        }
    }

    /// The one registered company or group whose name has `word` after its first word (`Hengrui` in `Zhejiang
    /// Hengrui Power Tools Co., Ltd.`), not as its last.
    fn brand_of(&self, word: &str) -> Option<usize> {
        let mut found = self.orgs.iter().enumerate().filter(|(_, o)| {
            let words: Vec<&str> = o.name.split(' ').collect();
            !o.unit
                && matches!(o.kind.as_str(), "company" | "group")
                && words.len() >= 3
                && words[1..words.len() - 1].contains(&word)
        });
        let first = found.next()?.0;
        found.next().is_none().then_some(first)
    }

    fn acronym_fit(&self, acronym: &str) -> Option<usize> {
        let mut fits = self.orgs.iter().enumerate().filter(|(_, o)| {
            let initials: String = o
                .name
                .split(' ')
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            let mut it = initials.chars();
            !o.unit
                && acronym.chars().next() == initials.chars().next()
                && acronym.chars().all(|a| it.any(|c| c == a))
                && initials.len() <= acronym.len() + 2
        });
        let first = fits.next()?;
        fits.next().is_none().then_some(first.0)
    }

    /// A registered organization whose name (or alias) is written at `at` and is not the start of a longer name:
    /// the longest one, when it has no word like Group that would let [`Self::en_org`] read it.
    fn known_org_at(&self, at: usize, end: usize) -> Option<(usize, usize)> {
        if !self.t.get(at)?.is_uppercase() {
            // `the regional government`: a people's government the text names (see `define_en_governments`).
            return [
                "provincial government",
                "municipal government",
                "city government",
                "regional government",
            ]
            .iter()
            .find(|g| {
                let n = g.chars().count();
                at + n <= end
                    && self.t[at..at + n].iter().copied().eq(g.chars())
                    && self.t.get(at + n).is_none_or(|c| !c.is_alphanumeric())
            })
            .and_then(|g| {
                let key: Vec<char> = g.chars().collect();
                self.org_index.get(&key).map(|&i| (i, key.len()))
            });
        }
        let limit = end.min(at + 120).min(self.t.len());
        let mut best = None;
        for e in at + 1..=limit {
            let boundary = self
                .t
                .get(e)
                .is_none_or(|c| !c.is_alphanumeric() && *c != '-' && *c != '\'');
            if !boundary {
                continue;
            }
            let Some(&i) = self.org_index.get(&self.t[at..e]) else {
                continue;
            };
            let name: String = self.t[at..e].iter().collect();
            let headless = !name.split(' ').any(|w| is_head(head_form(w)));
            let longer = self.t.get(e) == Some(&' ') && self.t.get(e + 1).is_some_and(|c| c.is_uppercase());
            if headless && !longer {
                best = Some((i, e - at));
            }
        }
        best
    }

    fn en_piece(&self, range: Range<usize>, unit: bool) -> OrgPiece {
        let name = self.text(range.clone());
        // The kind is the last word's, or else the first word like Association in the name
        // (`Association of China Rare Earth Industry`).
        let last = name.rsplit(' ').next().unwrap_or("");
        let head = if is_head(last) {
            last
        } else {
            name.split(' ')
                .map(head_form)
                .find(|w| is_head(w))
                .unwrap_or(last)
        };
        let kind = match head {
            // `the State-owned Assets Supervision and Administration Commission of the State Council`
            _ if name.ends_with("of the State Council") => "government-body",
            // `Zhejiang Provincial Department of Commerce`, `Ministry of Commerce`: a government's.
            "Commerce" if name.contains("Department of Commerce") || name.starts_with("Ministry") => {
                "government-body"
            }
            "Association" | "Federation" | "Society" | "Commerce" | "Chamber" => "industry-association",
            // `China Electricity Council`, `China Council for the Promotion of International Trade`.
            "Council" if !unit && !name.contains("State Council") => "industry-association",
            "Alliance" | "Consortium" => "alliance",
            "Laboratory" => "research-institute",
            "Foundation" => "public-institution",
            // The central bank (`People's Bank of China`) is a government body: its departments have directors-general.
            "Bank" if name.starts_with("People") => "government-body",
            "Bank" => "company",
            "Group" => "group",
            "Company" | "Corporation" | "Holdings" | "Exchange" | "Firm" | "Offices" => "company",
            w if is_legal_form(w) => "company",
            "Authority" => "public-institution",
            // `Beijing Institute of Technology`, `Harbin Institute of Technology`: universities.
            "Institute" if name.ends_with("Institute of Technology") => "university",
            "Institute" | "Academy" => "research-institute",
            "University" => "university",
            "Ministry" | "Bureau" | "Administration" | "Commission" | "Government" | "Agency" => {
                "government-body"
            }
            "Committee" if governs_a_zone(&name) => "government-body",
            "Center" | "Centre" => "promotion-centre",
            "Branch" => "branch",
            "Committee" => "committee",
            _ if name.starts_with("Ministry of")
                || name.contains("Provincial Department")
                || name.contains("Municipal")
                || name.contains("Government") =>
            {
                "government-body"
            }
            _ => "department",
        };
        OrgPiece {
            name: None,
            known: self.org_index.get(&self.t[range.clone()]).copied(),
            range: range.clone(),
            written: range,
            kind: kind.to_owned(),
            unit,
            alias: None,
        }
    }

    /// A title we do not know at `at`, built like one (`Chief Analyst`, `Managing Director`, `Founder and
    /// Chairman`): up to five capitalized words with a word that titles use, ending before ` of ` or ` at `. Where it
    /// ends, and the titles we know after an `and` in it.
    fn en_unknown_title(&self, at: usize, end: usize) -> Option<(usize, Vec<String>)> {
        const TITLE_WORDS: [&str; 32] = [
            "Director",
            "Manager",
            "Officer",
            "Analyst",
            "Engineer",
            "Economist",
            "Expert",
            "Researcher",
            "Head",
            "Chief",
            "President",
            "Chairman",
            "Chairwoman",
            "Secretary",
            "Founder",
            "Co-founder",
            "Partner",
            "Dean",
            "Professor",
            "Representative",
            "Counsellor",
            "Counselor",
            "Adviser",
            "Advisor",
            "Consultant",
            "Leader",
            "Editor",
            "Scientist",
            "Fellow",
            "Supervisor",
            "Forecaster",
            "Member",
        ];
        let text = self.text(at..end.min(at + 80));
        // `chief forecaster of the National Meteorological Center`, `head of procurement for Asia Pacific at …`: wire
        // stories write titles in lower case.
        let lower = text.starts_with(|c: char| c.is_ascii_lowercase());
        // (Not a description: `Sun Hao, a senior analyst at Antaike,` names no post and no organization of his.)
        let before = self.text(at.saturating_sub(4)..at);
        if lower
            && [" a ", " an ", " the "]
                .iter()
                .any(|a| format!(" {before}").ends_with(a))
        {
            return None;
        }
        let title_word = |w: &str| {
            TITLE_WORDS.contains(&w) || lower && TITLE_WORDS.contains(&crate::chinese::capitalize(w).as_str())
        };
        let mut words = 0;
        let mut titled = false;
        let mut byte = 0;
        let all: Vec<&str> = text.split(' ').collect();
        for (k, w) in all.iter().copied().enumerate() {
            let capital_next = all
                .get(k + 1)
                .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
            // `Head of Market Intelligence at SolarPower Europe`, `Vice President of Sales at …`: a field after `of`
            // (capitalized words with no word like Association, or lower-case ones after a lower-case title), then
            // the organization after `at`.
            let field_next = capital_next
                || lower
                    && all.get(k + 1).is_some_and(|n| {
                        n.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && *n != "the"
                    });
            if w == "of" && titled && field_next {
                let field: Vec<&str> = all[k + 1..]
                    .iter()
                    .copied()
                    .take_while(|x| {
                        x.chars().next().is_some_and(char::is_uppercase)
                            || matches!(*x, "and" | "for")
                            || lower && x.chars().all(|c| c.is_ascii_lowercase())
                    })
                    .take(6)
                    .collect();
                if !field.is_empty()
                    && all.get(k + 1 + field.len()) == Some(&"at")
                    && !field
                        .iter()
                        .any(|x| is_head(head_form(x)) || x.ends_with([',', '.', ';', ':']))
                    && field.last() != Some(&"and")
                {
                    words += 1 + field.len();
                    byte += 3 + field.iter().map(|x| x.len() + 1).sum::<usize>();
                }
                break;
            }
            if w == "of" || w == "at" {
                break;
            }
            // `Minister Counsellor for Economic and Commercial Affairs`, `Senior Advisor on Technical Regulations`: a
            // field after `for` or `on`.
            let field_for = matches!(w, "for" | "on") && capital_next && words > 0;
            let lower_word = lower && words < 3 && w.chars().all(|c| c.is_ascii_lowercase());
            if !(w.chars().next().is_some_and(char::is_uppercase) || w == "and" || field_for || lower_word)
                || words >= 8
            {
                return None;
            }
            if w.ends_with([',', '.', ';', ':']) {
                return None;
            }
            titled |= title_word(w);
            words += 1;
            byte += w.len() + 1;
        }
        if !titled || words == 0 || byte == 0 {
            return None;
        }
        let title_end = at + text[..byte - 1].chars().count();
        if !matches!(
            self.text(title_end..end.min(title_end + 4)).as_str(),
            " of " | " at "
        ) {
            return None;
        }
        // `Founder and Chairman`: the titles we know after the last `and`.
        let title = &text[..byte - 1];
        let known = title
            .rfind(" and ")
            .map(|i| {
                let q = at + title[..i + 5].chars().count();
                let (roles, after) = self.en_titles(q, title_end);
                if after == title_end { roles } else { Vec::new() }
            })
            .unwrap_or_default();
        Some((title_end, known))
    }

    /// `the apparel division of Xtep International Holdings Ltd.`: a unit that wire copy writes in lower case (one to
    /// three words and a word like division), of the organization named after `of`. Its name is capitalized.
    fn en_lowercase_unit(&self, at: usize, end: usize) -> Option<(Vec<OrgPiece>, usize)> {
        const UNITS: [&str; 10] = [
            "division",
            "department",
            "center",
            "centre",
            "office",
            "bureau",
            "institute",
            "branch",
            "school",
            "college",
        ];
        if self.text(at..end.min(at + 4)) != "the " {
            return None;
        }
        let start = at + 4;
        let mut p = start;
        for count in 0..4 {
            let w_end = (p..end)
                .find(|&q| !(self.t[q].is_ascii_lowercase() || self.t[q] == '-'))
                .unwrap_or(end);
            let word = self.text(p..w_end);
            if word.len() < 2 || w_end >= end || self.t[w_end] != ' ' {
                return None;
            }
            if count > 0 && UNITS.contains(&word.as_str()) {
                if self.text(w_end..end.min(w_end + 4)) != " of " {
                    return None;
                }
                let (mut parent, stop) = self.en_org(w_end + 4, end)?;
                if parent.last().is_none_or(|u| u.unit) {
                    return None;
                }
                let mut unit = self.en_piece(start..w_end, true);
                let capitalized: Vec<String> = self
                    .text(start..w_end)
                    .split(' ')
                    .map(crate::chinese::capitalize)
                    .collect();
                unit.name = Some(capitalized.join(" "));
                parent.push(unit);
                return Some((parent, stop));
            }
            // (Words of the unit's field, not words of a sentence: `the company`, `the two sides`.)
            if ["and", "of", "for", "with", "two", "three"].contains(&word.as_str()) {
                return None;
            }
            p = w_end + 1;
        }
        None
    }

    /// An organization at `at`, or a unit of the one named after `at` (`the School of Materials Science and
    /// Engineering at the University of Science and Technology Beijing`, `the Research Department at CNIA`).
    fn en_org_at(&self, at: usize, end: usize) -> Option<(Vec<OrgPiece>, usize)> {
        let (pieces, stop) = self.en_org(at, end)?;
        if pieces.len() != 1 || self.text(stop..end.min(stop + 4)) != " at " {
            return Some((pieces, stop));
        }
        let piece = &pieces[0];
        let name = self.text(piece.range.clone());
        let unit_like = name
            .split(' ')
            .any(|w| UNIT_WORDS.contains(&w) || matches!(w, "School" | "College" | "Faculty" | "Laboratory"));
        if !unit_like || piece.known.is_some_and(|k| !self.orgs[k].unit) {
            return Some((pieces, stop));
        }
        match self.en_org(stop + 4, end) {
            Some((mut parent, parent_stop)) if !parent.last().is_some_and(|p| p.unit) => {
                let mut unit = self.en_piece(piece.range.clone(), true);
                unit.written = piece.written.clone();
                parent.push(unit);
                Some((parent, parent_stop))
            }
            _ => Some((pieces, stop)),
        }
    }

    /// Where ` Trade Union` (or ` Labor Union`) written right after an organization's name at `at` ends: the
    /// organization's union (`the SPIC Trade Union`).
    fn en_union_end(&self, at: usize, end: usize) -> Option<usize> {
        [" Trade Union", " Labor Union", " Labour Union"]
            .iter()
            .find_map(|u| {
                let e = at + u.chars().count();
                (e <= end && self.text(at..e) == *u && self.t.get(e).is_none_or(|c| !c.is_alphanumeric()))
                    .then_some(e)
            })
    }

    /// Past an article at `at` (`an academician of …`, `the President of …`).
    fn skip_article(&self, at: usize, end: usize) -> usize {
        for a in ["a ", "an ", "the "] {
            if self.text(at..end.min(at + a.len())) == a {
                return at + a.len();
            }
        }
        at
    }

    /// The meeting sentence `r` says people attended, chaired or addressed by its noun (`… attended the signing
    /// ceremony`): its name. Not in a clause about someone else (`Analysts who attended the meeting said …`), nor a
    /// bare `event`.
    fn en_attended_meeting(&self, r: Range<usize>) -> Option<Range<usize>> {
        let text = self.text(r.clone());
        let c = took_part_re().captures(&text)?;
        let (all, g) = (c.get(0)?, c.get(1)?);
        let before = text[..all.start()].trim_end();
        if ["who", "which", "that", "had", "have", "has"]
            .iter()
            .any(|w| before.ends_with(&format!(" {w}")))
            || g.as_str() == "event"
        {
            return None;
        }
        Some(r.start + text[..g.start()].chars().count()..r.start + text[..g.end()].chars().count())
    }

    /// A list of organizations joined by `, ` and `and`.
    fn en_org_list(&self, at: usize, end: usize) -> Vec<(Vec<OrgPiece>, usize)> {
        self.en_org_list_with(at, end, false)
    }

    /// A list of organizations; with `headless`, a name with no word like Association after an organization of the
    /// list (`co-hosted by the China … Association (CPIA) and SolarPower Europe`).
    fn en_org_list_with(&self, at: usize, end: usize, headless: bool) -> Vec<(Vec<OrgPiece>, usize)> {
        self.en_org_list_from(at, end, headless, false)
    }

    /// The list at `at`, where names with no word like Group are taken after the first (`headless`), or the first
    /// too (`headless_first`).
    fn en_org_list_from(
        &self,
        at: usize,
        end: usize,
        headless: bool,
        headless_first: bool,
    ) -> Vec<(Vec<OrgPiece>, usize)> {
        let mut out: Vec<(Vec<OrgPiece>, usize)> = Vec::new();
        let mut cur = at;
        while let Some((pieces, stop)) = self
            .en_org(cur, end)
            .or_else(|| {
                (headless && (headless_first || !out.is_empty()))
                    .then(|| self.en_headless_org(cur, end))
                    .flatten()
            })
            .or_else(|| {
                // `…, Vanward New Electric Co., Ltd. and Saudi Arabia's Al-Sharq Electronics`: a company named with
                // its country before it, in a list of organizations.
                let text = self.text(cur..end.min(cur + 40));
                let i = text.find("'s ").filter(|&i| {
                    text[..i]
                        .split(' ')
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                        && text[..i].split(' ').count() <= 3
                })?;
                let from = cur + text[..i + 3].chars().count();
                (!out.is_empty())
                    .then(|| self.en_org(from, end).or_else(|| self.en_headless_org(from, end)))
                    .flatten()
            })
        {
            // `the Xiamen Municipal Bureau of Landscape and Forestry and Huaqiao University`: one word and `and`
            // opening the next name close the one before.
            let (pieces, stop) = match (out.last_mut(), pieces.as_slice()) {
                (Some((before, before_stop)), [piece])
                    if piece.known.is_none()
                        && self.text(*before_stop..cur) == " and "
                        && before
                            .last()
                            .is_some_and(|b| b.known.is_none() && b.range.end == *before_stop) =>
                {
                    let name = self.text(piece.range.clone());
                    let split = name.split_once(" and ").filter(|(word, _)| {
                        !word.contains(' ')
                            && !is_head(head_form(word))
                            && word.starts_with(char::is_uppercase)
                    });
                    let rest_at = split.map(|(word, _)| piece.range.start + word.chars().count() + 5);
                    match rest_at.and_then(|r| self.en_org(r, end).filter(|(_, s)| *s == stop)) {
                        Some(rest) => {
                            let word_end = rest_at.unwrap_or(piece.range.start) - 5;
                            if let Some(b) = before.last_mut() {
                                b.range.end = word_end;
                                b.written.end = word_end;
                            }
                            *before_stop = word_end;
                            rest
                        }
                        None => (pieces, stop),
                    }
                }
                _ => (pieces, stop),
            };
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

    /// A name of capitalized words with no word like Association, listed beside organizations: one to four words
    /// (`SolarPower Europe`, `WindEurope`), not a person's name, a place's or a title, ending the clause or the
    /// list.
    fn en_headless_org(&self, at: usize, end: usize) -> Option<(Vec<OrgPiece>, usize)> {
        let at = self.skip_article(at, end);
        let text = self.text(at..end.min(at + 80));
        let mut words = Vec::new();
        for w in text.split(' ') {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            // (`Euroheat & Power`, `King & Wood Mallesons`: `&` between two words of the name.)
            if w == "&" && !words.is_empty() {
                words.push(w);
                continue;
            }
            if !bare.chars().next().is_some_and(char::is_uppercase)
                || !bare.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '&')
                || words.len() == 4
            {
                break;
            }
            words.push(bare);
            if bare.len() != w.len() {
                break;
            }
        }
        if words.last() == Some(&"&") {
            words.pop();
        }
        let len = words
            .iter()
            .map(|w| w.chars().count() + 1)
            .sum::<usize>()
            .saturating_sub(1);
        let stop = at + len;
        let next = self.text(stop..end.min(stop + 5));
        let ends = stop >= end || next.starts_with([',', '.', ';', ')']) || next.starts_with(" and ") || {
            next.starts_with(' ') && next[1..].starts_with(|c: char| c.is_ascii_lowercase())
        };
        let surname = words.first().is_some_and(|w| pinyin_surnames().contains(*w));
        if words.is_empty()
            || !ends
            || surname && words.len() <= 3
            || words.iter().any(|w| {
                NOT_NAME_WORDS.contains(w)
                    || NOT_ORG_WORDS.contains(w) && words.len() == 1
                    // A place is no organization (`co-hosted by CNIA and Jiangxi Province`).
                    || matches!(
                        *w,
                        "Province" | "City" | "County" | "District" | "Region" | "Municipality" | "Prefecture"
                    )
                    || month_number(w).is_some() && w.len() >= 3
            })
            // (A word that opens titles, `Managing`, `Senior`, opens no such name, nor ends one; inside one it may
            // stand: `CMB Financial Leasing`.)
            || words.first().is_some_and(|w| TITLE_MODIFIERS.contains(w))
            || words.len() > 1 && words.last().is_some_and(|w| TITLE_MODIFIERS.contains(w))
            || !self.en_titles(at, stop).0.is_empty()
        {
            return None;
        }
        let mut piece = self.en_piece(at..stop, false);
        piece.kind = "industry-association".to_owned();
        Some((vec![piece], stop))
    }

    /// `Academician Fu Jingyao of the Chinese Academy of Engineering, a professor at Beihang University, said`: a
    /// second post written after the mention as `a` title `at` or `of` an organization, up to the comma.
    fn en_appositive_post(&mut self, mut m: Mention, r: Range<usize>) -> Mention {
        let rest = self.text(m.end..r.end.min(m.end + 5));
        let from = m.end
            + if rest.starts_with(", a ") {
                4
            } else if rest.starts_with(", an ") {
                5
            } else {
                return m;
            };
        let (roles, after) = self.en_titles(from, r.end);
        let of = self.text(after..r.end.min(after + 4));
        if roles.is_empty() || !(of == " at " || of == " of ") {
            return m;
        }
        let Some((pieces, stop)) = self.en_org_at(after + 4, r.end) else {
            return m;
        };
        if self.t.get(stop) != Some(&',') {
            return m;
        }
        let (idx, _) = self.register_chain(&pieces, None, r);
        let org = idx.last().copied().flatten();
        for role in roles {
            m.posts.push(self.en_post(&role, org));
        }
        m.end = stop;
        m
    }

    /// `President of Euroheat & Power,`, `Vice President of LandSpace,`, `Secretary General of VITAS,`: after a
    /// title and `of` or `at`, a name with no word like Group, up to the comma, that is written as only a name is the
    /// organization's: words joined by `&`, one word with capitals inside or an acronym of four letters or more (not
    /// `Head of Sales,`).
    fn en_brand_org(&self, at: usize, end: usize) -> Option<(Vec<OrgPiece>, usize)> {
        let (mut pieces, stop) = self.en_headless_org(at, end)?;
        let name = self.text(pieces[0].range.clone());
        let one_word = !name.contains(' ');
        // (A word with capitals inside is a company's, `LandSpace`, `WeBank`; the others keep the kind
        // `en_headless_org` gives, as most such names in the test reports are associations', `VITAS`, `Euroheat &
        // Power`: their Chairman is a 会长.)
        let camel =
            one_word && name.chars().skip(1).any(char::is_uppercase) && name.chars().any(char::is_lowercase);
        let acronym = one_word && name.len() >= 4 && name.chars().all(|c| c.is_ascii_uppercase());
        if !(camel || acronym || name.contains(" & ")) || self.t.get(stop) != Some(&',') {
            return None;
        }
        if camel {
            pieces[0].kind = "company".to_owned();
        }
        Some((pieces, stop))
    }

    /// The titles at `at`: `Member of the Party Standing Committee and Vice President`.
    fn en_titles(&self, mut at: usize, end: usize) -> (Vec<String>, usize) {
        let mut roles = Vec::new();
        while let Some((len, zh)) = self.t.get(at).map(char::to_ascii_lowercase).and_then(|first| {
            self.lex
                .titles_en
                .iter()
                .zip(&self.lex.titles_en_plural)
                .find_map(|((en, zh), plural)| {
                    if !en.starts_with(first) {
                        return None;
                    }
                    // `Vice Presidents`, `Deputy Secretaries-General`, `Vice Chairmen`: a title shared by a list.
                    [en.as_str(), plural.as_str()]
                        .into_iter()
                        .filter(|w| at + w.chars().count() <= end && self.lower_at(at, w))
                        .map(|w| w.chars().count())
                        .max()
                        .map(|len| (len, zh))
                })
        }) {
            let after = at + len;
            if self.t.get(after).is_some_and(|c| c.is_alphanumeric()) {
                break;
            }
            roles.push(zh.clone());
            at = after;
            let rest = self.text(at..end.min(at + 6));
            match [", ", " and "].iter().find(|s| rest.starts_with(*s)) {
                // Another whole title (`vice president, chaired`: not the `chair` of `chaired`).
                Some(s)
                    if self.lex.titles_en.iter().any(|(en, _)| {
                        let q = at + s.len();
                        self.lower_at(q, en)
                            && !self
                                .t
                                .get(q + en.chars().count())
                                .is_some_and(|c| c.is_alphanumeric())
                    }) =>
                {
                    at += s.len()
                }
                _ => break,
            }
        }
        // `Director of Customer Operations of Merck Electronics China`, `Director of Market Intelligence at ABRAPA`: a
        // director of a field (capitalized words naming no organization), then the organization, is its 总监.
        // `chairman of the branch's council`: the body's 理事长, as `Chairman of the Council` is (the body is read
        // after `of`, its council aside).
        if let Some(last) = roles.last_mut()
            && let Some(council) = match last.as_str() {
                "董事长" => Some("理事长"),
                "副董事长" => Some("副理事长"),
                _ => None,
            }
            && let Some(rest) = self.text(at..end.min(at + 40)).strip_prefix(" of the ")
            && rest
                .split_once("'s council")
                .is_some_and(|(body, _)| !body.is_empty() && body.chars().all(|c| c.is_ascii_lowercase()))
        {
            *last = council.to_owned();
        }
        if let Some(last) = roles.last_mut()
            && matches!(last.as_str(), "主任" | "副主任")
            && let Some(field_end) = self.en_title_field(at, end)
        {
            *last = if last.starts_with('副') {
                "副总监"
            } else {
                "总监"
            }
            .to_owned();
            at = field_end;
        }
        (roles, at)
    }

    /// Where ` of FIELD` at `at` ends, when capitalized words naming no organization (no word like Department or
    /// Company, no comma) follow `of` and ` of ` or ` at ` an organization follows them.
    fn en_title_field(&self, at: usize, end: usize) -> Option<usize> {
        let text = self.text(at..end.min(at + 80));
        let rest = text.strip_prefix(" of ")?;
        let mut words = 0;
        let mut len = " of ".len();
        for w in rest.split(' ') {
            if matches!(w, "of" | "at") {
                break;
            }
            let field_word = w.chars().next().is_some_and(char::is_uppercase) || matches!(w, "and" | "&");
            if !field_word
                || !w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '&')
                || is_head(w)
                || matches!(w, "The" | "China")
                || words == 4
            {
                return None;
            }
            words += 1;
            len += w.len() + 1;
        }
        let after = &text[len..];
        let next_org = (after.starts_with("of ") || after.starts_with("at "))
            && after[3..].starts_with(|c: char| c.is_uppercase() || c == 't');
        (words > 0 && next_org && !rest.starts_with("and")).then(|| at + text[..len - 1].chars().count())
    }

    /// `NAME, TITLES of ORG[, and NAME, TITLES of ORG], VERBS`, `The meeting was chaired by NAME, TITLES of ORG`, and
    /// titles before names (`CISA Secretary-General Jiang Wei`), at the start of the sentence or, for a name with
    /// titles before it, anywhere in it (`…, CISA President Zhao Min said`).
    fn read_english_sentence(&mut self, r: Range<usize>) {
        let text = self.text(r.clone());
        // `At a roundtable moderated by Pu Jingwen, a professor at Fudan University, executives from A, B and C
        // exchanged views …`: the session's chair and what describes them, then a clause with its own subject.
        if let Some(cut) = en_chaired_session_end(&text) {
            let cut = r.start + text[..cut].chars().count();
            self.read_english_sentence(r.start..cut);
            self.read_english_sentence(cut + 2..r.end);
            return;
        }
        self.en_followed_by(r.clone());
        self.en_delegation_leader(r.clone());
        self.en_bilateral(r.clone());
        if self.en_speaking_at(r.clone()) {
            return;
        }
        self.en_elected(r.clone());
        if self.en_speaker_line(r.clone()) || self.en_panel_brought_together(r.clone()) {
            return;
        }
        let mut passive_roles: Vec<String> = Vec::new();
        let mut bare_names = false;
        let mut at = r.start;
        let mut cue_byte = None;
        // (cue, role, whether a name without titles is taken): `was hosted by` may name an organization.
        for (cue, role, bare) in [
            ("was chaired by ", "主持", true),
            ("was presided over by ", "主持", true),
            ("were chaired by ", "主持", true),
            ("were presided over by ", "主持", true),
            ("was moderated by ", "主持", true),
            ("was co-chaired by ", "主持", true),
            ("was hosted by ", "主持", false),
            ("was attended by ", "出席", true),
            // `He was accompanied by A and B`: who accompanies attends (陪同).
            ("was accompanied by ", "出席", true),
            ("were accompanied by ", "出席", true),
            ("Accompanying him were ", "出席", true),
            ("Accompanying her were ", "出席", true),
            ("Accompanying them were ", "出席", true),
            ("were attended by ", "出席", true),
            ("Attending the meeting were ", "出席", true),
            ("Attending the conference were ", "出席", true),
            ("Also attending were ", "出席", true),
            ("Also present were ", "出席", true),
            ("Opening remarks were delivered by ", "致辞", true),
            ("Welcome remarks were delivered by ", "致辞", true),
            ("Welcoming remarks were delivered by ", "致辞", true),
            ("Opening remarks were made by ", "致辞", true),
            ("Closing remarks were delivered by ", "总结讲话", true),
            ("Concluding remarks were delivered by ", "总结讲话", true),
            ("Closing remarks were made by ", "总结讲话", true),
            ("Concluding remarks were made by ", "总结讲话", true),
            ("A keynote speech was delivered by ", "作报告", true),
            ("was co-moderated by ", "主持", true),
            ("were moderated by ", "主持", true),
            ("Opening remarks were given by ", "致辞", true),
            ("Welcome remarks were given by ", "致辞", true),
            ("Welcome remarks were made by ", "致辞", true),
            ("Closing remarks were given by ", "总结讲话", true),
            ("Concluding remarks were given by ", "总结讲话", true),
            ("Keynote speeches were delivered by ", "作报告", true),
            ("Keynote speeches were given by ", "作报告", true),
            ("Keynote reports were delivered by ", "作报告", true),
            ("Presentations were given by ", "作报告", true),
            ("Presentations were made by ", "作报告", true),
            ("Moderated by ", "主持", true),
            ("Chaired by ", "主持", true),
            ("Speakers included ", "发言", false),
            ("Speakers include ", "发言", false),
            ("Guests included ", "出席", false),
            ("Guests attending included ", "出席", false),
            ("Present at the meeting were ", "出席", true),
        ] {
            if let Some(i) = text.find(cue) {
                passive_roles.push(role.to_owned());
                bare_names = bare;
                cue_byte = Some(i);
                at = r.start + text[..i + cue.len()].chars().count();
                // `Present at the meeting were also …`
                if self.text(at..r.end.min(at + 5)) == "also " {
                    at += 5;
                }
            }
        }
        if passive_roles.is_empty()
            && let Some((i, len, role)) = passive_cue(&text)
        {
            // `Speeches were delivered by …`, `Attending the forum were …`: the forms the table above lacks.
            passive_roles.push(role.to_owned());
            bare_names = true;
            at = r.start + text[..i + len].chars().count();
            cue_byte = Some(i);
        }
        // `A, TITLE of ORG, and B, TITLE of ORG, addressed the opening ceremony, which was presided over by C`: the
        // passive clause is a relative one about the meeting; the people before it have their own predicate.
        if let Some(i) = cue_byte
            && let Some(head) = text[..i].strip_suffix(", which ")
            && head.contains(' ')
        {
            let head_end = r.start + head.chars().count();
            self.read_english_sentence(r.start..head_end);
        }
        // `A, TITLE of ORG, and B, TITLE of ORG, spoke at a panel discussion moderated by C`: a session named after a
        // preposition and its article, then who chairs it, is part of the people's own predicate, read without it.
        if let Some(i) = cue_byte
            && let Some(j) = [
                " moderated by ",
                " chaired by ",
                " co-chaired by ",
                " presided over by ",
            ]
            .iter()
            .filter_map(|w| text[i..].find(w).map(|j| i + j))
            .min()
            && !text[i..j].contains(" was")
            && !text[i..j].contains(" were")
            && let Some(k) = [
                " at a ",
                " at the ",
                " in a ",
                " in the ",
                " during a ",
                " during the ",
            ]
            .iter()
            .filter_map(|p| text[..i].rfind(p).map(|k| k + p.len()))
            .max()
            && text[k..i].split(' ').filter(|w| !w.is_empty()).count() <= 2
            && text[k..i]
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-')
            && text[..k].contains(", ")
        {
            let head_end = r.start + text[..j].chars().count();
            self.read_english_sentence(r.start..head_end);
        }
        // `A delivered a keynote report titled "…", and the conference was presided over by B`: a passive clause
        // about the meeting joined by `, and the` to a clause with its own subject and predicate, read on its own.
        if let Some(i) = cue_byte
            && let Some(j) = text[..i].rfind(", and the ")
            && text[j + 10..i]
                .split(' ')
                .filter(|w| !w.is_empty())
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            && text[j + 10..i].split(' ').filter(|w| !w.is_empty()).count() <= 3
            && text[..j].contains(' ')
        {
            let head_end = r.start + text[..j].chars().count();
            self.read_english_sentence(r.start..head_end);
        }
        // `Also present were other members of SINOMACH's leadership team, including Vice General Manager Wu Peilin`:
        // a group described in words starting in lower case, then its members.
        if !passive_roles.is_empty() && self.t.get(at).is_some_and(|c| c.is_lowercase()) {
            let lead = self.text(at..r.end.min(at + 100));
            if let Some(i) = [", including ", " including ", ", among them "]
                .iter()
                .filter_map(|cue| lead.find(cue).map(|i| i + cue.len()))
                .min()
            {
                at += lead[..i].chars().count();
            } else {
                // `Attending the symposium were delegation members Ge Shufen, …`: the group's words right before
                // its members' names.
                let words: Vec<&str> = lead.split(' ').take(4).collect();
                let group = words
                    .iter()
                    .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !w.is_empty())
                    .count();
                if (1..=3).contains(&group)
                    && words[..group]
                        .iter()
                        .all(|w| !matches!(*w, "of" | "from" | "and" | "the" | "at"))
                    && matches!(
                        words[group - 1],
                        "members"
                            | "officials"
                            | "experts"
                            | "guests"
                            | "leaders"
                            | "delegates"
                            | "executives"
                    )
                    && words
                        .get(group)
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                {
                    at += words[..group]
                        .iter()
                        .map(|w| w.chars().count() + 1)
                        .sum::<usize>();
                }
            }
        }
        if passive_roles.is_empty() {
            at = self.skip_adverbial(r.clone());
            // `Panel members including A, B and C took part in …`, `Experts such as A and B …`: a group named in
            // lower-case words, then its members.
            let lead = self.text(at..r.end.min(at + 80));
            if let Some(i) = [" including ", " such as ", ", among them ", ", including "]
                .iter()
                .filter_map(|cue| lead.find(cue).map(|i| i + cue.len()))
                .min()
                && lead[..i]
                    .split(' ')
                    .skip(1)
                    .all(|w| w.is_empty() || !w.chars().next().is_some_and(char::is_uppercase))
            {
                at += lead[..i].chars().count();
            }
        }
        let (mut mentions, mut after) = self.en_mentions(at, r.clone(), bare_names);
        if mentions.is_empty() && passive_roles.is_empty() {
            // A name with titles before it, further on: `…, China Iron and Steel Association (CISA) Party
            // Secretary and President Zhao Min said here on Thursday.`
            let mut k = at + 1;
            while k < r.end {
                if self.t[k - 1] == ' '
                    && self.t[k].is_uppercase()
                    && self.run_start(k, r.start)
                    && let Some(m) = self
                        .en_title_first(k, r.clone())
                        .or_else(|| self.en_pre_titled(k, r.clone()))
                        .or_else(|| self.en_titled_after(k, r.clone(), false))
                {
                    // `Wang Jian and Li Ming, Vice President of CNIA, attended`: a title written once, in the
                    // singular as pages translated from Chinese write it (副会长王健、李明), is both names'.
                    if let Some(first) = self.bare_name_at(at, k)
                        && self.text(first.end..k) == " and "
                        && !m.posts.is_empty()
                        && !self
                            .people
                            .iter()
                            .any(|p| p.name == self.text(first.clone()) && !p.posts.is_empty())
                    {
                        let lead = Mention {
                            end: first.end,
                            name: first,
                            posts: m.posts.clone(),
                            top_org: m.top_org,
                            title: m.title.clone(),
                        };
                        let person = self.register_en_person(&lead, r.clone());
                        mentions.push((person, lead));
                    }
                    let person = self.register_en_person(&m, r.clone());
                    let (more, end) = self.en_joined(m.end, r.clone(), false, Some(&m));
                    mentions.push((person, m));
                    mentions.extend(more);
                    after = end;
                    break;
                }
                k += 1;
            }
        }
        self.en_exchange(r.clone());
        if mentions.is_empty() {
            return;
        }
        let passive = !passive_roles.is_empty();
        let mut roles = passive_roles;
        let mut reports = Vec::new();
        if roles.is_empty() {
            let mut p = after;
            while p < r.end && matches!(self.t[p], ',' | ' ') {
                p += 1;
            }
            let end = super::sentences::bare(&self.t, r.clone()).end;
            // `…, who chaired the review session`: a relative clause says what the person did.
            let who = |doc: &Self, q: usize| {
                if doc.text(q..end.min(q + 4)) == "who " {
                    q + 4
                } else {
                    q
                }
            };
            let mut verbs = self.verbs_at(who(self, p), end, r.clone());
            // `A, TITLES of ORG, and B, TITLES WE DO NOT KNOW, attended …`: the predicate is the first clause that
            // starts with a role verb.
            let mut q = p;
            while verbs.roles.is_empty() && q + 2 < end {
                if self.t[q] == ',' && self.t[q + 1] == ' ' && self.t[q + 2].is_lowercase() {
                    verbs = self.verbs_at(who(self, q + 2), end, r.clone());
                }
                q += 1;
            }
            roles = verbs.roles;
            // `attended the ceremony, accompanied by …`: one role once.
            let mut seen = Vec::new();
            roles.retain(|x| {
                let new = !seen.contains(x);
                seen.push(x.clone());
                new
            });
            reports = verbs.reports;
            // `Tang Li delivered the branch's work report for 2024-2025, reviewing …`: a work report with no title
            // of its own is recorded by its words.
            if reports.is_empty()
                && roles.iter().any(|x| x == "作报告")
                && let Some(title) = self.en_work_report_at(who(self, p), end)
            {
                reports.push((title, "report"));
            }
            // `Liu Jun, General Manager of GEM Co., Ltd., spoke on "Battery Metals Recycling in China"`: a talk given
            // by its quoted title is a report (作报告), not a speech.
            let q = who(self, p);
            if (roles == ["讲话"] || roles == ["发言"])
                && reports.is_empty()
                && ["spoke on \"", "spoke on “"]
                    .iter()
                    .any(|v| self.text(q..end.min(q + 10)) == *v)
                && let Some(close) = (q + 10..end.min(q + 210))
                    .find(|&k| self.t[k] == if self.t[q + 9] == '"' { '"' } else { '”' })
                && close > q + 10
            {
                let mut title = q + 10..close;
                // `"Durable Fuel Cells,"`: the comma American quoting puts inside is no part of it.
                while title.end > title.start + 1 && matches!(self.t[title.end - 1], ',' | '.') {
                    title.end -= 1;
                }
                roles = vec!["作报告".to_owned()];
                reports.push((title, "report"));
            }
            // `Gao Jun … released the China-ASEAN Food Trade Development Report (2025)`: a report someone releases
            // at the meeting is recorded by its name (a body's release is no report: it speaks for no one there).
            if reports.is_empty()
                && roles.iter().any(|x| x == "作报告")
                && let Some(title) = self.en_released_report_at(who(self, p), end)
            {
                reports.push((title, "report"));
            }
            // `"…," said Wang Jian, vice president of CNIA, at the opening ceremony.`: words quoted and said at this
            // meeting are a speech.
            let said_before = mentions.first().is_some_and(|(_, m)| {
                let before = self.text(r.start..m.name.start);
                ["said ", "says ", "added ", "noted ", "stressed "]
                    .iter()
                    .any(|v| before.ends_with(v))
            });
            let at_meeting = self.text(p..end.min(p + 8));
            if roles.is_empty()
                && said_before
                && ["at the ", "at this ", "during the "]
                    .iter()
                    .any(|a| at_meeting.starts_with(a))
                && self.en_meeting_filler(p, end).is_some()
            {
                roles.push("讲话".to_owned());
            }
            // `Presenting the 2024 China Performing Arts Market Annual Report, CAPA deputy secretary-general Yue
            // Shanshan said …`, `said Tong Jiayi, …, while presenting the ministry's annual development report`:
            // someone who says something while presenting a report reports (作报告).
            let said_here = roles.is_empty() && self.en_said_here(who(self, p), end);
            if roles.is_empty()
                && (said_before || said_here)
                && let Some(title) = self.en_presenting_report(r.clone())
            {
                roles.push("作报告".to_owned());
                reports.extend(title.map(|t| (t, "report")));
            }
            // `Feng Xiaoyu, general manager of X, said the company had …`, `"…," said Lu Jianping, vice president
            // of Sinopharm Group.`: what someone in the report of a meeting said, not said elsewhere, may be a
            // statement made at it (decided once the whole page is read).
            if roles.is_empty() && (said_before && p >= end || said_here) {
                for (person, m) in &mentions {
                    self.said.push(Participation {
                        who: Who::Person(*person),
                        roles: vec!["发言".to_owned()],
                        on_behalf_of: m.top_org,
                        title: m.title.clone(),
                        evidence: r.clone(),
                    });
                }
            }
        }
        // `Sun Tao … attended the meeting together with Chen Bo, Deputy Secretary-General of CNIA`: who attends with
        // someone attends too.
        if !passive && roles.iter().any(|x| x == "出席" || x == "参加") {
            let tail = self.text(after..r.end);
            if let Some(i) = [" together with ", " along with ", " accompanied by "]
                .iter()
                .filter_map(|c| tail.find(c).map(|i| i + c.len()))
                .min()
            {
                let at = after + tail[..i].chars().count();
                let (more, _) = self.en_mentions(at, r.clone(), false);
                let attend: Vec<String> = roles
                    .iter()
                    .filter(|x| *x == "出席" || *x == "参加")
                    .cloned()
                    .collect();
                for (person, m) in more {
                    self.person_took_part(person, &m, attend.clone(), r.clone());
                }
            }
        }
        for (person, m) in &mentions {
            // `Other keynote speakers included A, who presented "…", and B, who shared …`: in a list after a cue,
            // what a relative clause says someone did is their role.
            let (roles, reports) = match self.en_relative_clause_end(m.end, &r) {
                Some(e) if passive => {
                    let verbs = self.verbs_at(m.end + 6, e, r.clone());
                    if verbs.roles.is_empty() {
                        (roles.clone(), reports.clone())
                    } else {
                        (verbs.roles, verbs.reports)
                    }
                }
                _ => (roles.clone(), reports.clone()),
            };
            if !roles.is_empty() {
                self.person_took_part(*person, m, roles.clone(), r.clone());
            }
            for (title, kind) in &reports {
                // `presented "Durable Fuel Cells," and …`: the comma American quoting puts inside is no part of it.
                let mut title = title.clone();
                while title.end > title.start + 1 && matches!(self.t[title.end - 1], ',' | '.' | ';') {
                    title.end -= 1;
                }
                self.reports.push(ReportRec {
                    title,
                    author: Some(*person),
                    kind,
                    evidence: r.clone(),
                });
            }
        }
        // `…, and Marco Bellini, Head of … at SolarPower Europe, presented the "…"`: a second subject with its own
        // titles and predicate, after the first one's.
        if !passive && !roles.is_empty() {
            self.en_second_subjects(after, r.clone());
        }
        // `The meeting was chaired by A and attended by B and C`: a second passive list with its own role.
        if !passive {
            return;
        }
        self.en_groups_in_list(after, r.clone(), &roles);
        let rest = self.text(after..r.end.min(after + 40));
        // `Attending the symposium were A, …, and B, …, as well as C, Deputy Director-General of D, and …`: the list
        // goes on after `as well as`, with its role.
        if let Some(cue) = [", as well as ", " as well as "]
            .into_iter()
            .find(|c| rest.starts_with(c))
        {
            let at = after + cue.chars().count();
            let (more, _) = self.en_mentions(at, r.clone(), true);
            for (person, m) in more {
                self.person_took_part(person, &m, roles.clone(), r.clone());
            }
        }
        let second = [
            (" and attended by ", "出席"),
            (", and attended by ", "出席"),
            (" and was attended by ", "出席"),
            (" and addressed by ", "讲话"),
            (" and chaired by ", "主持"),
            (" and presided over by ", "主持"),
            (" and moderated by ", "主持"),
        ]
        .into_iter()
        .find(|(cue, _)| rest.starts_with(cue));
        if let Some((cue, role)) = second {
            let at = after + cue.chars().count();
            let (more, _) = self.en_mentions(at, r.clone(), true);
            for (person, m) in more {
                self.person_took_part(person, &m, vec![role.to_owned()], r.clone());
            }
        }
    }

    /// `A panel discussion, moderated by A, …, brought together B, …; C, …; and D of …`: the moderator chairs the
    /// session, the panelists it brings together speak at it (发言). Whether the sentence was read.
    fn en_panel_brought_together(&mut self, r: Range<usize>) -> bool {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"^(?:A|The) (?:[a-z\-]+ ){0,2}?(?:panel|panel discussion|dialogue|roundtable|discussion|session)(?:, (?:moderated|chaired|hosted) by (.+?),)? (?:brought together|featured|included) ")
                .expect("valid")
        });
        let text = self.text(r.clone());
        let Some(c) = re.captures(&text) else {
            return false;
        };
        let (Some(all), moderator) = (c.get(0), c.get(1)) else {
            return false;
        };
        if let Some(g) = moderator {
            let from = r.start + text[..g.start()].chars().count();
            // (With the comma closing the moderator's titles.)
            let to = r.start + text[..g.end()].chars().count() + 1;
            let (chairs, _) = self.en_mentions(from, from..to, true);
            for (person, m) in chairs {
                self.person_took_part(person, &m, vec!["主持".to_owned()], r.clone());
            }
        }
        let at = r.start + text[..all.end()].chars().count();
        let (panelists, _) = self.en_mentions(at, r.clone(), false);
        for (person, m) in panelists {
            self.person_took_part(person, &m, vec!["发言".to_owned()], r.clone());
        }
        true
    }

    /// `Attending the meeting were A, …, officials from the NDRC and the NEA, as well as executives of Tongwei Co.,
    /// Ltd., … and other photovoltaic enterprises`: the organizations whose unnamed people a list of those who took
    /// part names take the list's role.
    fn en_groups_in_list(&mut self, after: usize, r: Range<usize>, roles: &[String]) {
        const LEADS: [&str; 10] = [
            "officials from ",
            "officials of ",
            "executives of ",
            "executives from ",
            "representatives of ",
            "representatives from ",
            "heads of ",
            "leaders of ",
            "delegates from ",
            "delegations from ",
        ];
        let text = self.text(after..r.end);
        let mut from = 0;
        while let Some((i, lead)) = LEADS
            .iter()
            .filter_map(|l| text[from..].find(l).map(|i| (from + i, *l)))
            .min_by_key(|(i, _)| *i)
        {
            from = i + lead.len();
            // (`…was moderated by A, with executives from B and C taking part`: they take part, whatever the list
            // says the people named did.)
            let with = text[..i].trim_end().ends_with(", with") || text[..i].ends_with(" with ");
            let taking_part = ["参加".to_owned()];
            let roles = if with { &taking_part[..] } else { roles };
            let at = self.skip_article(after + text[..from].chars().count(), r.end);
            for (pieces, _) in self.en_org_list(at, r.end) {
                let (idx, _) = self.register_chain(&pieces, None, r.clone());
                let Some(o) = idx.last().copied().flatten() else {
                    continue;
                };
                self.org_took_part(o, roles, r.clone());
            }
        }
    }

    /// `delivered the branch's work report for 2024-2025`, `gave the work report of the Fifth Council`: the words
    /// naming a work report without a title (from `the` to its clause's end), after a verb of delivering it.
    fn en_work_report_at(&self, p: usize, end: usize) -> Option<Range<usize>> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"^(?:delivered|gave|presented|made) (the (?:[\w\-]+(?:'s|’s) )?(?:annual )?work report(?: of the [A-Z][\w\-]*(?: [A-Z][\w\-]*){0,6})?(?: for (?:the year )?\d{4}(?:[-–]\d{4})?)?)(?:[,.;]|$| and | at | on behalf )")
                .expect("valid")
        });
        let text = self.text(p..end);
        let g = re.captures(&text)?.get(1)?;
        let start = p + text[..g.start()].chars().count();
        Some(start..start + g.as_str().chars().count())
    }

    /// `released the 2025 China Tin Industry Report`, `unveiled the … White Paper (2025)`: the name of a report
    /// released, without its article.
    fn en_released_report_at(&self, p: usize, end: usize) -> Option<Range<usize>> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r#"^(?:released|launched|unveiled|published|issued|presented|[Pp]resenting|[Rr]eleasing) (?:the |its |their )?(?:((?:\d{4} )?[A-Z][\w\-']*(?: (?:[A-Z\d][\w\-']*|of|on|and|for|in|the|&))*? (?:Report|White Paper|Whitepaper|Blue Book|Bluebook|Index)\b(?: \(\d{4}\)| \d{4}\b)?)|["“]([^"”]{0,160}?\b(?:Report|White Paper|Whitepaper|Blue Book|Bluebook|Index)\b[^"”]{0,120})["”])"#)
                .expect("valid")
        });
        let text = self.text(p..end);
        // (The name as written, or quoted: `released the "2026 Report on …"`.)
        let c = re.captures(&text)?;
        let g = c.get(1).or_else(|| c.get(2))?;
        let start = p + text[..g.start()].chars().count();
        Some(start..start + g.as_str().chars().count())
    }

    /// `Presenting the … Report, …` opening a sentence, or `while presenting the … report` in it: the sentence
    /// tells of a report presented (`Some`), with its name when it has one written in capitals (`Some(Some(..))`).
    fn en_presenting_report(&self, r: Range<usize>) -> Option<Option<Range<usize>>> {
        let text = self.text(r.clone());
        let participle = |s: &str| {
            ["Presenting ", "Releasing ", "presenting ", "releasing "]
                .iter()
                .find(|w| s.starts_with(**w))
                .map(|w| w.len())
        };
        let (at, len) = match participle(&text) {
            Some(len) => (0, len),
            None => [" while ", " when "].iter().find_map(|w| {
                text.match_indices(w)
                    .find_map(|(i, _)| participle(&text[i + w.len()..]).map(|len| (i + w.len(), len)))
            })?,
        };
        // (What is presented, up to the clause's end or the place: `the ministry's annual development report`.)
        let object = &text[at + len..];
        let object = &object[..object.find([',', ';']).unwrap_or(object.len())];
        let object = object
            .split(" at ")
            .next()
            .unwrap_or(object)
            .trim_end_matches('.');
        let last = object.rsplit(' ').next().unwrap_or("").to_lowercase();
        let paper = ["white paper", "blue book"]
            .iter()
            .any(|w| object.to_lowercase().ends_with(w));
        if object.split(' ').count() > 12
            || !(paper || ["report", "index", "whitepaper", "bluebook"].contains(&last.as_str()))
        {
            return None;
        }
        Some(self.en_released_report_at(r.start + text[..at].chars().count(), r.end))
    }

    /// The other side of a bilateral meeting attends it: `met with Maria Lopez, Secretary General of …`, `received a
    /// delegation from the … Commission led by its Executive Vice President Juan Perez`.
    fn en_bilateral(&mut self, r: Range<usize>) {
        let text = self.text(r.clone());
        let Some(c) = bilateral_in(&text) else { return };
        let Some(all) = c.get(0) else { return };
        let rest = &text[all.end()..];
        // `Ge Honglin met Maria Lopez`, `Ge Honglin received Maria Lopez`: verbs no lexicon reads (they take other
        // objects elsewhere); the subject before them attends.
        if matches!(
            all.as_str(),
            "met" | "meets" | "received" | "receives" | "welcomed" | "welcomes"
        ) {
            let verb_at = r.start + text[..all.start()].chars().count();
            let start = self.skip_adverbial(r.clone());
            let (subjects, end) = self.en_mentions(start, r.clone(), false);
            if end <= verb_at && self.text(end..verb_at).trim_matches([',', ' ']).is_empty() {
                for (person, m) in subjects {
                    self.person_took_part(person, &m, vec!["出席".to_owned()], r.clone());
                }
            }
        }
        let mut at = r.start + text[..all.end()].chars().count();
        let delegation = all.as_str().ends_with("delegation")
            || [" a delegation", " the delegation"]
                .iter()
                .any(|d| rest.starts_with(d));
        if delegation {
            // The leader, after `led by` within the delegation's words.
            let Some(i) = rest[..rest.len().min(220)].find(" led by ") else {
                return;
            };
            if rest[..i].contains(['.', ';']) {
                return;
            }
            at += rest[..i + " led by ".len()].chars().count();
        } else {
            at += 1;
        }
        // `led by its Executive Vice President Juan Perez`: the delegation's organization is the leader's, read by
        // the delegation's own rule.
        let its = ["its ", "their "]
            .iter()
            .find(|p| self.text(at..r.end.min(at + p.len())) == **p)
            .map(|p| p.len());
        if let Some(len) = its {
            at += len;
        }
        let mut people: Vec<(usize, Option<usize>, Option<String>)> = if its.is_some() {
            Vec::new()
        } else {
            let (mentions, _) = self.en_mentions(at, r.clone(), true);
            mentions
                .into_iter()
                .map(|(p, m)| (p, m.top_org, m.title))
                .collect()
        };
        if people.is_empty() && delegation {
            // `led by its Executive Vice President Juan Perez`: read by the delegation's own rule.
            let (_, after) = self.en_titles(at, r.end);
            let rest = self.text(after..r.end.min(after + 80));
            if after > at
                && let Some(g) = name_re().captures(rest.trim_start()).and_then(|c| c.get(1))
                && let Some(i) = self.people.iter().position(|p| p.name == g.as_str())
            {
                people.push((i, self.people[i].top_org, self.people[i].title.clone()));
            }
        }
        for (person, top, title) in people {
            self.participations.push(Participation {
                who: Who::Person(person),
                roles: vec!["出席".to_owned()],
                on_behalf_of: top,
                title,
                evidence: r.clone(),
            });
        }
    }

    /// Second subjects of a sentence, after `, and ` or `; ` past the first one's predicate: a name with titles (or
    /// one named before), then role verbs.
    fn en_second_subjects(&mut self, from: usize, r: Range<usize>) {
        let end = super::sentences::bare(&self.t, r.clone()).end;
        let mut k = from;
        while k + 6 < end {
            let cue = [", and ", "; and ", "; ", ", while ", ", whereas "]
                .iter()
                .find(|c| self.text(k..end.min(k + c.len())) == **c)
                .map(|c| c.len());
            let Some(len) = cue else {
                k += 1;
                continue;
            };
            let at = k + len;
            k = at;
            if !self.t.get(at).is_some_and(|c| c.is_uppercase()) {
                continue;
            }
            let Some(m) = self
                .en_title_first(at, r.clone())
                .or_else(|| self.en_pre_titled(at, r.clone()))
                .or_else(|| self.en_titled_after(at, r.clone(), false))
            else {
                continue;
            };
            let mut p = m.end;
            while p < end && matches!(self.t[p], ',' | ' ') {
                p += 1;
            }
            let verbs = self.verbs_at(p, end, r.clone());
            if verbs.roles.is_empty() {
                continue;
            }
            let person = self.register_en_person(&m, r.clone());
            self.person_took_part(person, &m, verbs.roles.clone(), r.clone());
            for (title, kind) in verbs.reports {
                self.reports.push(ReportRec {
                    title,
                    author: Some(person),
                    kind,
                    evidence: r.clone(),
                });
            }
            k = m.end;
        }
    }

    /// `Professor A … delivered a keynote speech titled "…", followed by a keynote from Dr. B, Chief Engineer of …`,
    /// `The opening was followed by remarks from B`: a speech said to follow, with its speaker after `from` or `by`.
    fn en_followed_by(&mut self, r: Range<usize>) {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"\b(?:followed by|succeeded by) (?:a |an |the )?((?:[\w\-]+ ){0,2}?)(keynote speeches|keynote speech|keynote address|keynote addresses|keynote report|keynote presentation|keynotes|keynote|speeches|speech|addresses|address|remarks|presentations|presentation|reports|report|lectures|lecture|talks|talk) (?:from|by) ")
                .expect("valid")
        });
        let text = self.text(r.clone());
        let Some(c) = re.captures(&text) else { return };
        let (Some(all), Some(words), Some(noun)) = (c.get(0), c.get(1), c.get(2)) else {
            return;
        };
        let has = |list: &[&str]| words.as_str().split(' ').any(|w| list.contains(&w));
        let role = if has(&["closing", "concluding", "summary"]) {
            "总结讲话"
        } else if has(&["opening", "welcome", "welcoming", "congratulatory"]) {
            "致辞"
        } else if has(&["keynote", "thematic", "special"])
            || ["keynote", "report", "presentation", "lecture"]
                .iter()
                .any(|n| noun.as_str().starts_with(n))
        {
            "作报告"
        } else {
            "讲话"
        };
        let at = r.start + text[..all.end()].chars().count();
        let (mentions, _) = self.en_mentions(at, r.clone(), true);
        for (person, m) in mentions {
            self.person_took_part(person, &m, vec![role.to_owned()], r.clone());
        }
    }

    /// `a delegation of the China … Association (CNIA) led by Vice President Wang Dongsheng`, `a CNIA delegation
    /// led by its President X`: the leader holds the title in the delegation's organization (no role by itself).
    fn en_delegation_leader(&mut self, r: Range<usize>) {
        let text = self.text(r.clone());
        let Some(led) = text.find(" led by ") else {
            return;
        };
        let before = &text[..led];
        let Some(del) = before.rfind("delegation") else {
            return;
        };
        let of = ["delegation of ", "delegation from "]
            .iter()
            .find(|p| before[del..].starts_with(**p))
            .map(|p| p.len());
        let org = if let Some(of) = of {
            let at = r.start + text[..del + of].chars().count();
            let led_at = r.start + before.chars().count();
            self.en_org(at, r.end)
                .filter(|(_, stop)| *stop == led_at)
                .map(|(pieces, _)| pieces)
        } else {
            // `a CNIA delegation`, `the China … Association delegation`: the words before `delegation`.
            let head = before[..del].trim_end();
            let from = ["a ", "A ", "the ", "The ", "an "]
                .iter()
                .filter_map(|a| head.rfind(a).map(|i| i + a.len()))
                .max()
                .unwrap_or(0);
            let at = r.start + text[..from].chars().count();
            let head_end = r.start + head.chars().count();
            self.en_org(at, head_end)
                .filter(|(_, stop)| *stop == head_end)
                .map(|(pieces, _)| pieces)
        };
        let Some(pieces) = org else { return };
        let mut at = r.start + text[..led + " led by ".len()].chars().count();
        for p in ["its ", "their "] {
            if self.text(at..r.end.min(at + p.len())) == p {
                at += p.len();
            }
        }
        let (roles, after) = self.en_titles(at, r.end);
        if roles.is_empty() || self.t.get(after) != Some(&' ') {
            return;
        }
        let rest = self.text(after + 1..r.end.min(after + 201));
        let Some(g) = name_re().captures(&rest).and_then(|c| c.get(1)) else {
            return;
        };
        let name = after + 1 + rest[..g.start()].chars().count()..after + 1 + rest[..g.end()].chars().count();
        // `led by Vice President Wang Dongsheng of …`: another organization follows; leave it to other rules.
        if self.text(name.end..r.end.min(name.end + 4)) == " of " || !plausible_name(&self.text(name.clone()))
        {
            return;
        }
        let (idx, _) = self.register_chain(&pieces, None, r.clone());
        let Some(org) = idx.last().copied().flatten() else {
            return;
        };
        let posts = roles
            .into_iter()
            .map(|role| self.en_post(&role, Some(org)))
            .collect();
        let m = Mention {
            name,
            end: after,
            posts,
            top_org: Some(self.root(org)),
            title: Some(self.text(at..after)),
        };
        self.register_en_person(&m, r);
    }

    /// A speaker listed on a line of its own, as programmes and recaps write them:
    /// `- Ding Hui, Professor, Tsinghua University: "Carbon Footprint Declaration …"`. The quoted title after the
    /// colon is the speaker's report; the organization is the one after the titles.
    fn en_speaker_line(&mut self, r: Range<usize>) -> bool {
        let text = self.text(r.clone());
        let lead = text.len() - text.trim_start_matches(['-', '•', '*', '–', '·', ' ']).len();
        let Some(c) = speaker_line_re().captures(&text[lead..]) else {
            return false;
        };
        let (Some(name_g), Some(rest_g), Some(title_g)) = (c.get(1), c.get(2), c.get(3)) else {
            return false;
        };
        // A talk's title, not a quoted statement (`Wang Li, President, CNIA: "We expect prices to rise."`).
        if title_g.as_str().ends_with(['.', '!', ',', ';']) {
            return false;
        }
        let chars = |b: usize| r.start + text[..lead + b].chars().count();
        let name = chars(name_g.start())..chars(name_g.end());
        if !plausible_name(&self.text(name.clone())) {
            return false;
        }
        // `Professor, Tsinghua University`, `Chief Engineer, Jiangsu … Co., Ltd.`: titles, a comma, the organization
        // running to the colon.
        let rest_start = chars(rest_g.start());
        let rest_end = chars(rest_g.end());
        let (roles, after) = self.en_titles(rest_start, rest_end);
        if roles.is_empty() || self.text(after..rest_end.min(after + 2)) != ", " {
            return false;
        }
        let Some((pieces, stop)) = self.en_org(after + 2, rest_end) else {
            return false;
        };
        if stop != rest_end {
            return false;
        }
        let (idx, _) = self.register_chain(&pieces, None, r.clone());
        let Some(org) = idx.last().copied().flatten() else {
            return false;
        };
        let posts = roles
            .into_iter()
            .map(|role| self.en_post(&role, Some(org)))
            .collect();
        let m = Mention {
            name,
            end: rest_end,
            posts,
            top_org: Some(self.root(org)),
            title: Some(self.text(rest_start..after)),
        };
        let person = self.register_en_person(&m, r.clone());
        self.person_took_part(person, &m, vec!["作报告".to_owned()], r.clone());
        self.reports.push(ReportRec {
            title: chars(title_g.start())..chars(title_g.end()),
            author: Some(person),
            kind: "report",
            evidence: r,
        });
        true
    }

    /// `Sun Tao was elected President of CTIA`, `the council elected Zhang Zhong as Vice President of ACREI`: posts
    /// taken up at the meeting (no role).
    fn en_elected(&mut self, r: Range<usize>) {
        let text = self.text(r.clone());
        let mut from = 0;
        while let Some(i) = text[from..].find("elected ") {
            let at_byte = from + i;
            from = at_byte + "elected ".len();
            let before = &text[..at_byte];
            let passive =
                before.ends_with("was ") || before.ends_with("was re-") || before.ends_with("were ");
            let (name, p) = if passive {
                // The capitalized words before `was elected`.
                let head = before
                    .trim_end_matches("re-")
                    .trim_end_matches("was ")
                    .trim_end_matches("were ");
                let head = head.trim_end();
                // `Xu Ming, Chairman of Qingdao Tire Co., Ltd., was elected President of CRIA`: the name before the
                // titles set off by commas.
                let head = match head.strip_suffix(',') {
                    Some(h) => match self.en_appositive_name(r.start, r.start + h.chars().count()) {
                        Some(name_end) => {
                            &text[..text
                                .char_indices()
                                .nth(name_end - r.start)
                                .map_or(text.len(), |(b, _)| b)]
                        }
                        None => continue,
                    },
                    None => head,
                };
                let mut words: Vec<&str> = head
                    .rsplit(' ')
                    .take_while(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    })
                    .collect();
                // `Vice President Zhao Bin was elected …`: titles before the name (the name starts with a surname).
                if words.len() > 3
                    && let Some(k) = (2..=3).rev().find(|&k| pinyin_surnames().contains(words[k - 1]))
                {
                    words.truncate(k);
                }
                if !(2..=3).contains(&words.len())
                    || words.iter().any(|w| NOT_NAME_WORDS.contains(w) || is_head(w))
                {
                    continue;
                }
                let len: usize = words.iter().map(|w| w.chars().count()).sum::<usize>() + words.len() - 1;
                let end = r.start + head.chars().count();
                let mut p = r.start + text[..from].chars().count();
                // (`was elected as …`, `was elected the first chairman of …`.)
                for lead in ["as ", "the first ", "the new ", "the ", "first "] {
                    if self.text(p..r.end.min(p + lead.len())) == lead {
                        p += lead.len();
                    }
                }
                (end - len..end, (p, None))
            } else {
                let start = r.start + text[..from].chars().count();
                let rest = self.text(start..r.end.min(start + 200));
                let Some(c) = name_re().captures(&rest) else {
                    continue;
                };
                let g = c.get(1).expect("group");
                let name = start + rest[..g.start()].chars().count()..start + rest[..g.end()].chars().count();
                let Some(p) = self.en_elected_as(name.end, r.end) else {
                    continue;
                };
                (name.clone(), p)
            };
            let mut p = self.en_elected_posts(name, p, r.clone());
            // `…, and Xiaodong Wu, Chairman of Zhejiang Yankon Group Co., Ltd., as Executive Council Member of
            // CALI`: another person elected by the same verb.
            while !passive && self.text(p..r.end.min(p + 6)) == ", and " {
                let start = p + 6;
                let rest = self.text(start..r.end.min(start + 200));
                let Some(g) = name_re()
                    .captures(&rest)
                    .and_then(|c| c.get(1))
                    .filter(|g| g.start() == 0)
                else {
                    break;
                };
                let name = start..start + rest[..g.end()].chars().count();
                let Some(q) = self.en_elected_as(name.end, r.end) else {
                    break;
                };
                p = self.en_elected_posts(name, q, r.clone());
            }
        }
    }

    /// After the name of someone elected, where the post they were elected to starts: past ` as ` (`elected Zhang
    /// Zhong as Vice President`), also after the titles the name holds (`elected Yue Lan, General Manager of Foshan
    /// Electrical and Lighting Co., Ltd., as Vice President`), with those titles and their organization.
    fn en_elected_as(&self, name_end: usize, end: usize) -> Option<(usize, Option<Held>)> {
        let as_at = |q: usize| (self.text(q..end.min(q + 4)) == " as ").then_some(q + 4);
        if let Some(p) = as_at(name_end) {
            return Some((p, None));
        }
        if self.text(name_end..end.min(name_end + 2)) != ", " {
            return None;
        }
        let (roles, after) = self.en_titles(self.skip_article(name_end + 2, end), end);
        if roles.is_empty() || self.text(after..end.min(after + 4)) != " of " {
            return None;
        }
        let (pieces, stop) = self.en_org_at(after + 4, end)?;
        let p = (self.t.get(stop) == Some(&','))
            .then(|| as_at(stop + 1))
            .flatten()?;
        Some((p, Some((roles, pieces))))
    }

    /// The posts someone named at `name` was elected to, written from `p` (`Vice President of CALI`, `… of A and
    /// Secretary-General of B`), recorded as theirs; where they end.
    fn en_elected_posts(
        &mut self,
        name: Range<usize>,
        (mut p, held): (usize, Option<Held>),
        r: Range<usize>,
    ) -> usize {
        let mut posts = Vec::new();
        let mut top = None;
        let mut record = |doc: &mut Self, (roles, pieces): Held| {
            let (idx, _) = doc.register_chain(&pieces, None, r.clone());
            let org = idx.last().copied().flatten();
            for role in roles {
                posts.push(doc.en_post(&role, org));
            }
            org
        };
        if let Some(held) = held {
            record(self, held);
        }
        loop {
            let (roles, after) = self.en_titles(p, r.end);
            if roles.is_empty() || self.text(after..r.end.min(after + 4)) != " of " {
                break;
            }
            let Some((pieces, stop)) = self.en_org(after + 4, r.end) else {
                break;
            };
            let org = record(self, (roles, pieces));
            top = top.or(org.map(|o| self.root(o)));
            p = stop;
            if self.text(p..r.end.min(p + 5)) == " and " {
                p += 5;
            } else {
                break;
            }
        }
        // `Wu Qiao was elected Chief Supervisor at the first meeting of the supervisory board`: a title with no
        // organization, at the meeting of the association that holds it, is a post in the association.
        if posts.is_empty()
            && let Some(host) = self.host
            && matches!(
                self.orgs[host].kind.as_str(),
                "industry-association" | "alliance" | "branch"
            )
        {
            let (roles, after) = self.en_titles(p, r.end);
            let next = self.text(after..r.end.min(after + 4));
            if !roles.is_empty()
                && (next.starts_with(" at ") || next.starts_with('.') || next.starts_with(','))
            {
                for role in roles {
                    posts.push(self.en_post(&role, Some(host)));
                }
                top = Some(self.root(host));
                p = after;
            }
        }
        if !posts.is_empty() {
            let m = Mention {
                end: p,
                name,
                posts,
                top_org: top,
                title: None,
            };
            self.register_en_person(&m, r.clone());
        }
        p
    }

    /// `…, Xu Ming, Chairman of Qingdao Tire Co., Ltd.` ending at `end` (before its closing comma): where the name
    /// before the titles ends, when the titles (known ones, `of` and an organization) run exactly to `end`.
    fn en_appositive_name(&self, start: usize, end: usize) -> Option<usize> {
        let text = self.text(start..end);
        let mut best = None;
        for (b, _) in text.match_indices(", ") {
            let comma = start + text[..b].chars().count();
            let from = self.skip_article(comma + 2, end);
            let (roles, after) = self.en_titles(from, end);
            if roles.is_empty() || self.text(after..end.min(after + 4)) != " of " {
                continue;
            }
            if self
                .en_org_at(after + 4, end)
                .is_some_and(|(_, stop)| stop == end || stop + 1 == end && self.t[stop] == '.')
            {
                best = Some(comma);
            }
        }
        best
    }

    /// True when `k` starts a run of capitalized words: the word before it is not capitalized, or ends a clause.
    fn run_start(&self, k: usize, sentence_start: usize) -> bool {
        if k <= sentence_start + 1 {
            return true;
        }
        let prev_end = k - 1;
        let prev_start = (sentence_start..prev_end)
            .rev()
            .find(|&i| self.t[i] == ' ')
            .map_or(sentence_start, |i| i + 1);
        let prev = self.text(prev_start..prev_end);
        !prev.chars().next().is_some_and(char::is_uppercase) || prev.ends_with([',', ';', ':'])
    }

    /// The people named from `at` on, joined by `, ` and `and`; and where the last mention ends.
    fn en_mentions(&mut self, at: usize, r: Range<usize>, passive: bool) -> (Vec<(usize, Mention)>, usize) {
        // `Outgoing President Fan Rongguang`, `newly elected Vice President …`: still, or now, in that post.
        let lead = self.text(at..r.end.min(at + 14)).to_lowercase();
        let at = ["outgoing ", "incoming ", "newly elected ", "newly-elected "]
            .iter()
            .find(|w| lead.starts_with(*w))
            .map_or(at, |w| at + w.len());
        let mut mentions: Vec<(usize, Mention)> = Vec::new();
        let first = self
            .en_title_first(at, r.clone())
            .or_else(|| self.en_pre_titled(at, r.clone()))
            .or_else(|| self.en_titled_after(at, r.clone(), passive));
        if first.is_none()
            && let Some(list) = self.en_shared_titles(at, r.clone())
        {
            let end = list.last().map_or(at, |(_, m)| m.end);
            return (list, end);
        }
        if first.is_none()
            && let Some(mut list) = self.en_titled_names(at, r.clone())
        {
            let end = list.last().map_or(at, |(_, m)| m.end);
            // `… including Vice General Manager Wu Peilin, and Chief Accountant Ning Xiaofang`: a list after a
            // passive cue goes on.
            if passive {
                let lead = list.last().map(|(_, m)| m.clone());
                let (more, end) = self.en_joined(end, r.clone(), passive, lead.as_ref());
                list.extend(more);
                return (list, end);
            }
            return (list, end);
        }
        // `Also present were CCCME Assistant President Han Mei, …`: a list after a passive cue goes on past a first
        // item that is not read.
        if first.is_none()
            && passive
            && let Some((end, named)) = self.en_unread_item(at, &r)
        {
            mentions.extend(named);
            let (more, end) = self.en_joined(end, r.clone(), passive, None);
            if !more.is_empty() {
                mentions.extend(more);
                return (mentions, end);
            }
            mentions.clear();
        }
        let Some(m) = first else {
            // `Zhou and Li then answered questions`: people named before, by the surname alone.
            let mut p = at;
            while let Some((person, m)) = self.en_known_at(p, r.end) {
                p = m.end;
                mentions.push((person, m));
                let rest = self.text(p..r.end.min(p + 6));
                match [", and ", " and ", ", "].iter().find(|s| rest.starts_with(*s)) {
                    Some(s) if !mentions.is_empty() => p += s.len(),
                    _ => break,
                }
            }
            // `Feng Xuemin, Gu Shaoyun and Leng Yanqiu attended the conference`: Chinese names in pinyin with no
            // title, two or more of them, before a role verb; named, with no post.
            if mentions.is_empty()
                && let Some(names) = self.en_pinyin_names(at, r.end)
            {
                for name in names {
                    let m = Mention::bare(name);
                    let person = self.register_en_person(&m, r.clone());
                    mentions.push((person, m));
                }
            }
            let end = mentions.last().map_or(at, |(_, m)| m.end);
            return (mentions, end);
        };
        let m = self.en_appositive_post(m, r.clone());
        let person = self.register_en_person(&m, r.clone());
        let end = m.end;
        let lead = m.clone();
        mentions.push((person, m));
        let (more, end) = self.en_joined(end, r.clone(), passive, Some(&lead));
        mentions.extend(more);
        // `Li Ming and Zhao Lei, Vice Presidents of CNIA`: a plural title after the last name is the names' before
        // it too.
        // `Also present were Wang Jian and Li Ming, Vice President of CNIA`: a singular title after two names joined
        // by `and` is both names' too (pages translated from Chinese write it so).
        // Not someone named before with posts of their own (`Ge Honglin and Li Ming, Secretary General of CNIA`).
        let two = mentions.len() == 2
            && mentions[0].1.title.is_none()
            && self.people[mentions[0].0].posts.is_empty()
            && self.text(mentions[0].1.end..mentions[1].1.name.start) == " and ";
        if let Some((_, last)) = mentions.last()
            && let Some(title) = last.title.clone().filter(|t| is_plural_title(t) || two)
            && !last.posts.is_empty()
        {
            let (posts, top) = (last.posts.clone(), last.top_org);
            for i in (0..mentions.len() - 1).rev() {
                let gap = self.text(mentions[i].1.end..mentions[i + 1].1.name.start);
                let m = &mut mentions[i].1;
                if !m.posts.is_empty()
                    || m.title.is_some()
                    || !matches!(gap.as_str(), " and " | ", " | ", and ")
                {
                    break;
                }
                m.posts = posts.clone();
                m.top_org = top;
                m.title = Some(title.clone());
                let m = m.clone();
                self.register_en_person(&m, r.clone());
            }
        }
        (mentions, end)
    }

    /// Two or more Chinese names in pinyin (a surname, then a given name) joined by commas and `and`, with a role
    /// verb right after the last (a comma before it at most).
    fn en_pinyin_names(&self, at: usize, end: usize) -> Option<Vec<Range<usize>>> {
        let pinyin_name = |p: usize| {
            let name = self.bare_name_at(p, end).filter(|n| n.start == p)?;
            let written = self.text(name.clone());
            let (surname, given) = written.split_once(' ')?;
            (pinyin_surnames().contains(surname) && !given.contains(' ') && is_pinyin_word(given))
                .then_some(name)
        };
        let mut names = vec![pinyin_name(at)?];
        while let Some(last) = names.last() {
            let rest = self.text(last.end..end.min(last.end + 6));
            let Some(next) = [", and ", " and ", ", "]
                .iter()
                .find(|s| rest.starts_with(*s))
                .and_then(|sep| pinyin_name(last.end + sep.len()))
            else {
                break;
            };
            names.push(next);
        }
        let last = names.last()?.end;
        let verb_at = last + usize::from(self.t.get(last) == Some(&','));
        (names.len() >= 2 && self.t.get(verb_at) == Some(&' ') && self.verb_starts(verb_at + 1))
            .then_some(names)
    }

    /// A name without titles around it at `at`: two or three capitalized words that read as a name.
    fn bare_name_at(&self, at: usize, end: usize) -> Option<Range<usize>> {
        let rest = self.text(at..end.min(at + 60));
        let c = name_re().captures(&rest)?;
        let g = c.get(1)?;
        let name = at + rest[..g.start()].chars().count()..at + rest[..g.end()].chars().count();
        let after = self.t.get(name.end);
        (plausible_name(&self.text(name.clone()))
            && !after.is_some_and(|c| c.is_alphanumeric() || *c == '\''))
        .then_some(name)
    }

    /// `Vice Presidents Wang Jian, Li Ming and Zhao Lei attended …`, `Professor Zhang Wei gave …`: titles with no
    /// organization before one or more names; the people are named, with no post.
    fn en_titled_names(&mut self, at: usize, r: Range<usize>) -> Option<Vec<(usize, Mention)>> {
        let (roles, after) = self.en_titles(at, r.end);
        if roles.is_empty() || self.t.get(after) != Some(&' ') {
            return None;
        }
        let title = self.text(at..after);
        let mut names = vec![self.bare_name_at(after + 1, r.end)?];
        let mut p = names[0].end;
        while is_plural_title(&title) {
            let rest = self.text(p..r.end.min(p + 6));
            let Some(sep) = [", and ", " and ", ", "]
                .into_iter()
                .find(|s| rest.starts_with(s))
            else {
                break;
            };
            match self.bare_name_at(p + sep.len(), r.end) {
                Some(name) => {
                    p = name.end;
                    names.push(name);
                }
                None => break,
            }
        }
        // `Vice President Wang Jian of CNIA`: an organization follows; other rules read it.
        if matches!(self.text(p..r.end.min(p + 4)).as_str(), " of " | " at " | " fro")
            || self.t.get(p) == Some(&'\'')
        {
            return None;
        }
        // `presided over by Director, General Manager and Deputy Party Secretary Huang Wei` on the group's own page:
        // titles of the host's kind are the host's, as in Chinese (`监事长周维平`).
        // (Each title as that kind of body has it: a company's Vice President is its 副总裁.)
        let owner = roles.iter().find_map(|role| self.title_owner(role));
        let posts: Vec<PostMention> = owner
            .map(|o| {
                roles
                    .iter()
                    .map(|role| self.en_post(role, Some(o)))
                    .collect::<Vec<_>>()
            })
            .filter(|posts| {
                posts
                    .iter()
                    .all(|p| p.org.is_some_and(|o| self.title_fits(&p.role, o)))
            })
            .unwrap_or_default();
        let top_org = owner.map(|o| self.root(o)).filter(|_| !posts.is_empty());
        let mut out = Vec::new();
        for name in names {
            let m = Mention {
                end: name.end,
                name,
                posts: posts.clone(),
                top_org,
                title: Some(title.clone()),
            };
            let person = self.register_en_person(&m, r.clone());
            out.push((person, m));
        }
        Some(out)
    }

    /// `Zhang San and Li Si, Vice Presidents of CNIA, attended …`: names listed before the titles they share.
    fn en_shared_titles(&mut self, at: usize, r: Range<usize>) -> Option<Vec<(usize, Mention)>> {
        let mut names = vec![self.bare_name_at(at, r.end)?];
        let mut p = names[0].end;
        loop {
            let rest = self.text(p..r.end.min(p + 6));
            let Some(sep) = [", and ", " and ", ", "]
                .into_iter()
                .find(|s| rest.starts_with(s))
            else {
                break;
            };
            match self.bare_name_at(p + sep.len(), r.end) {
                Some(name) => {
                    p = name.end;
                    names.push(name);
                }
                None => break,
            }
        }
        if names.len() < 2 || self.text(p..r.end.min(p + 2)) != ", " {
            return None;
        }
        let from = self.skip_article(p + 2, r.end);
        let (roles, after) = self.en_titles(from, r.end);
        let title = self.text(from..after);
        let of = self.text(after..r.end.min(after + 4));
        if roles.is_empty() || (of != " of " && of != " at ") {
            return None;
        }
        let (pieces, mut stop) = self.en_org_at(after + 4, r.end)?;
        // `Zhang San and Li Si, President and Secretary-General of CNIA respectively,`: one title each, in order.
        let rest = self.text(stop..r.end.min(stop + 14));
        let respectively = [" respectively", ", respectively"]
            .iter()
            .find(|w| rest.starts_with(**w))
            .filter(|_| roles.len() == names.len());
        if let Some(w) = respectively {
            stop += w.len();
        } else if !is_plural_title(&title) {
            return None;
        }
        let (idx, _) = self.register_chain(&pieces, None, r.clone());
        let org = idx.last().copied().flatten()?;
        let posts: Vec<PostMention> = roles.iter().map(|role| self.en_post(role, Some(org))).collect();
        let top = Some(self.root(org));
        let mut out = Vec::new();
        for (i, name) in names.into_iter().enumerate() {
            let (posts, title) = if respectively.is_some() {
                let written: Vec<&str> = title.split(" and ").flat_map(|t| t.split(", ")).collect();
                let one = if written.len() == posts.len() {
                    written[i].to_owned()
                } else {
                    title.clone()
                };
                (vec![posts[i].clone()], one)
            } else {
                (posts.clone(), title.clone())
            };
            let m = Mention {
                name,
                end: stop,
                posts,
                top_org: top,
                title: Some(title),
            };
            let person = self.register_en_person(&m, r.clone());
            out.push((person, m));
        }
        Some(out)
    }

    /// Someone named before, written at `at` by the whole name or by one part of it that fits no one else (`Zhou`
    /// for Zhou Jianping), and not followed by another capitalized word (the start of a longer name).
    fn en_known_at(&self, at: usize, end: usize) -> Option<(usize, Mention)> {
        if !self.t.get(at)?.is_uppercase() || (at > 0 && self.t[at - 1].is_alphanumeric()) {
            return None;
        }
        // `Mr. Al-Harbi introduced …`: past a form of address.
        let at = FORMS_OF_ADDRESS
            .iter()
            .find(|w| self.text(at..end.min(at + w.len() + 1)) == format!("{w} "))
            .map_or(at, |w| at + w.len() + 1);
        let word_end = |from: usize| {
            (from..end)
                .find(|&i| !(self.t[i].is_alphabetic() || self.t[i] == '-'))
                .unwrap_or(end)
        };
        let first_end = word_end(at);
        let two_end = (self.t.get(first_end) == Some(&' ')
            && self.t.get(first_end + 1).is_some_and(|c| c.is_uppercase()))
        .then(|| word_end(first_end + 1));
        let english: Vec<usize> = (0..self.people.len())
            .filter(|&i| self.people[i].english)
            .collect();
        let (person, stop) = if let Some(two_end) = two_end {
            let written = self.text(at..two_end);
            let i = english
                .iter()
                .copied()
                .find(|&i| self.people[i].name == written)?;
            (i, two_end)
        } else {
            let word = self.text(at..first_end);
            if word.chars().count() < 2 || NOT_NAME_WORDS.contains(&word.as_str()) {
                return None;
            }
            let fits: Vec<usize> = english
                .iter()
                .copied()
                .filter(|&i| {
                    let name = &self.people[i].name;
                    name.split([' ', '-'])
                        .chain(name.split(' '))
                        .any(|part| part == word)
                })
                .collect();
            let [i] = fits.as_slice() else { return None };
            (*i, first_end)
        };
        let p = &self.people[person];
        Some((
            person,
            Mention {
                name: at..stop,
                end: stop,
                posts: Vec::new(),
                top_org: p.top_org,
                title: p.title.clone(),
            },
        ))
    }

    /// More people after a mention ending at `p`: `, and NAME, TITLES of ORG`, ` and ORG TITLE NAME`.
    fn en_joined(
        &mut self,
        mut p: usize,
        r: Range<usize>,
        passive: bool,
        lead: Option<&Mention>,
    ) -> (Vec<(usize, Mention)>, usize) {
        let lead = lead.cloned();
        let lead = lead.as_ref();
        let mut out = Vec::new();
        let mut shared_open = true;
        loop {
            // `A, who presented "…," and B, who shared …`: past a relative clause about the name before.
            if passive && let Some(e) = self.en_relative_clause_end(p, &r) {
                p = e;
            }
            // `…, Secretary General of the European Ceramic Tableware Federation (via video link); …`: past a
            // remark in parentheses after an item.
            if self.text(p..r.end.min(p + 2)) == " ("
                && let Some(close) = (p + 2..r.end.min(p + 40)).find(|&q| self.t[q] == ')')
            {
                p = close + 1;
            }
            let rest = self.text(p..r.end.min(p + 8));
            let Some(s) = [", and ", "; and ", " and ", ", ", "; "]
                .iter()
                .find(|s| rest.starts_with(*s))
            else {
                break;
            };
            let at = p + s.len();
            if !self.t.get(at).is_some_and(|c| c.is_uppercase()) {
                break;
            }
            let next = self
                .en_title_first(at, r.clone())
                .or_else(|| self.en_pre_titled(at, r.clone()))
                .or_else(|| self.en_titled_after(at, r.clone(), passive));
            if next.is_none()
                && let Some((person, m)) = self.en_known_at(at, r.end)
            {
                p = m.end;
                out.push((person, m));
                shared_open = false;
                continue;
            }
            // `CNIA President Ge Honglin and Vice President Wang Jian`, `… and its Vice President Wang Jian`: a title
            // and a name with no organization hold the title in the organization of the mention before.
            if next.is_none()
                && let Some(org) = out
                    .last()
                    .map(|(_, m)| m)
                    .or(lead)
                    .and_then(|m| m.posts.last())
                    .and_then(|post| post.org)
            {
                let from = ["its ", "their "]
                    .iter()
                    .find(|a| self.text(at..r.end.min(at + a.len())) == **a)
                    .map_or(at, |a| at + a.len());
                let (roles, after) = self.en_titles(from, r.end);
                let title = self.text(from..after);
                let government = ["Minister", "Mayor", "Governor", "Premier", "Ambassador"]
                    .iter()
                    .any(|w| title.contains(w));
                if !roles.is_empty()
                    && !government
                    && self.t.get(after) == Some(&' ')
                    && let Some(name) = self.bare_name_at(after + 1, r.end)
                    && !matches!(
                        self.text(name.end..r.end.min(name.end + 4)).as_str(),
                        " of " | " at "
                    )
                {
                    let posts = roles.iter().map(|role| self.en_post(role, Some(org))).collect();
                    let m = Mention {
                        end: name.end,
                        name,
                        posts,
                        top_org: Some(self.root(org)),
                        title: Some(title),
                    };
                    let person = self.register_en_person(&m, r.clone());
                    p = m.end;
                    out.push((person, m));
                    shared_open = false;
                    continue;
                }
            }
            // `CGA Vice Presidents Zhou Ming and Sun Hao`: a bare name after a title in the plural shares it, also
            // where a list after a passive cue reads the name alone (`Also present were CGA Vice Presidents Zhou Ming
            // and Sun Hao, and Chief Engineer Li Bo`); the list ends at its `and`.
            let bare_next = next
                .as_ref()
                .is_some_and(|m| m.posts.is_empty() && m.title.is_none() && m.end == m.name.end);
            if (next.is_none() || bare_next)
                && shared_open
                && let Some(lead) = lead.filter(|l| l.title.as_deref().is_some_and(is_plural_title))
                && let Some(name) = self.bare_name_at(at, r.end)
                && next.as_ref().is_none_or(|m| m.name == name)
            {
                shared_open = !s.contains("and");
                let m = Mention {
                    end: name.end,
                    name,
                    posts: lead.posts.clone(),
                    top_org: lead.top_org,
                    title: lead.title.clone(),
                };
                let person = self.register_en_person(&m, r.clone());
                p = m.end;
                out.push((person, m));
                continue;
            }
            let Some(m) = next else {
                let Some((end, named)) = self.en_unread_item(at, &r) else {
                    break;
                };
                p = end;
                out.extend(named);
                continue;
            };
            let person = self.register_en_person(&m, r.clone());
            p = m.end;
            out.push((person, m));
            shared_open = false;
        }
        (out, p)
    }

    /// `A, Glencore China Managing Director Jason Wu and B attended`: an item of a list that is not read (a title we
    /// do not know) is passed over when it is a short run of capitalized words before the next item. Returns where
    /// it ends and, when it ends in a Chinese name in pinyin (`CCCME Assistant President Han Mei`), that person,
    /// who takes the list's roles with no post.
    fn en_unread_item(&mut self, at: usize, r: &Range<usize>) -> Option<(usize, Option<(usize, Mention)>)> {
        let rest = self.text(at..r.end.min(at + 120));
        let c = [", ", "; ", " and "].iter().filter_map(|s| rest.find(s)).min()?;
        let item = &rest[..c];
        let words: Vec<&str> = item.split(' ').collect();
        let capitalized = words
            .iter()
            .all(|w| w.chars().next().is_some_and(|ch| ch.is_uppercase()) || *w == "of" || *w == "and");
        if item.is_empty() || words.len() > 8 || !capitalized {
            return None;
        }
        let end = at + item.chars().count();
        let mut named = None;
        if let [.., before, surname, given] = words.as_slice()
            && !matches!(*before, "of" | "and")
            && is_pinyin_word(surname)
            && is_pinyin_word(given)
            && let Some(name) = self.bare_name_at(end - surname.len() - given.len() - 1, end)
            && name.end == end
        {
            let m = Mention::bare(name);
            let person = self.register_en_person(&m, r.clone());
            named = Some((person, m));
        }
        Some((end, named))
    }

    /// `…, who presented "…," and B`: where a relative clause about the person named before `p` ends (the separator
    /// before the next name of the list, or the sentence's end).
    fn en_relative_clause_end(&self, p: usize, r: &Range<usize>) -> Option<usize> {
        if self.text(p..r.end.min(p + 6)) != ", who " {
            return None;
        }
        let rest = self.text(p + 6..r.end);
        let mut best = None;
        for sep in [", and ", ",\" and ", ",” and ", "; "] {
            let mut from = 0;
            while let Some(i) = rest[from..].find(sep) {
                let at = from + i;
                let next = rest[at + sep.len()..].chars().next();
                if next.is_some_and(char::is_uppercase) {
                    // Stop before `, and`, `; `, or after the closing quote (`," and`).
                    let cut = if sep.starts_with(",\"") || sep.starts_with(",”") {
                        // After the closing quote (`”` is more than one byte).
                        at + sep.len() - " and ".len()
                    } else {
                        at
                    };
                    best = Some(best.map_or(cut, |b: usize| b.min(cut)));
                    break;
                }
                from = at + sep.len();
            }
        }
        let cut = best.unwrap_or_else(|| rest.trim_end_matches(['.', ' ']).len());
        Some(p + 6 + rest[..cut].chars().count())
    }

    /// `the city's vice mayor`, `vice mayor of the city`, `chairman of the region`: a title of a place's government
    /// with the place named by its kind only. Where it ends, the roles, and the one government of that level
    /// registered (a city's municipal one, a province's, an autonomous region's).
    fn en_generic_government_title(
        &self,
        from: usize,
        end: usize,
    ) -> Option<(usize, Vec<String>, Option<usize>)> {
        let from = self.skip_article(from, end);
        let closes = |q: usize| {
            q >= end || matches!(self.t[q], ',' | '.' | ';') || self.text(q..end.min(q + 5)) == " and "
        };
        let kinds = [
            ("city", "Municipal"),
            ("municipality", "Municipal"),
            ("province", "Province"),
            ("region", "Autonomous Region"),
        ];
        let head = self.text(from..end.min(from + 16));
        let (roles, stop, level) = if let Some((word, level)) = kinds
            .iter()
            .find(|(w, _)| head.starts_with(&format!("{w}'s ")) || head.starts_with(&format!("{w}’s ")))
        {
            let t = from + word.chars().count() + 3;
            let (roles, after) = self.en_titles(t, end);
            (roles, after, *level)
        } else {
            let (roles, after) = self.en_titles(from, end);
            let rest = self.text(after..end.min(after + 22));
            let (word, level) = kinds.iter().find(|(w, _)| {
                rest.starts_with(&format!(" of the {w}"))
                    && !rest[format!(" of the {w}").len()..].starts_with(|c: char| c.is_alphanumeric())
            })?;
            (roles, after + format!(" of the {word}").chars().count(), *level)
        };
        let chairman = level == "Autonomous Region"
            && roles
                .iter()
                .all(|r| matches!(r.as_str(), "董事长" | "副董事长" | "会长" | "副会长"));
        let want = government_level(&roles).map(|l| if l == "City" { "Municipal" } else { "Province" });
        if roles.is_empty() || !(chairman || want == Some(level)) || !closes(stop) {
            return None;
        }
        let found: Vec<usize> = (0..self.orgs.len())
            .filter(|&i| {
                let n = &self.orgs[i].name;
                n.contains("Government")
                    && !self.orgs[i].unit
                    && match level {
                        "Province" => n.contains("Province") || n.contains("Provincial"),
                        l => n.contains(l),
                    }
            })
            .collect();
        let org = match found.as_slice() {
            [o] => Some(*o),
            _ => None,
        };
        Some((stop, roles, org))
    }

    /// `, a senior engineer with the company, said`, `, who chairs the association's parts committee, said`: a
    /// description in lower-case words we cannot read, then a verb of speaking; where the description ends.
    fn en_described_speaker(&self, p: usize, end: usize) -> Option<usize> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r#"^, (?:who |a |an |the )?[a-z][^,;"“”()]{2,120}?, (?:\w+ly )?(?:said|says|noted|added|stressed|told|spoke|pointed out|explained|remarked|emphasized|emphasised)\b"#)
                .expect("valid")
        });
        let text = self.text(p..end.min(p + 200));
        let c = re.find(&text)?;
        let comma = c.as_str().rfind(", ")?;
        Some(p + text[..comma].chars().count())
    }

    /// `, a senior analyst at Antaike,`, `, chief economist with Mysteel`, `, an official from the … Bureau of the
    /// Ministry of Civil Affairs,`: lower-case words ending in a word for someone who works somewhere, then the place
    /// they work (capitalized words) and the clause's end; where the description ends.
    fn en_described_at(&self, p: usize, end: usize) -> Option<usize> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"^, (?:a |an |the )?(?:[a-z][a-z\-]* ){0,3}(?:analyst|researcher|economist|expert|engineer|consultant|scholar|specialist|strategist|partner|fellow|spokesperson|spokesman|spokeswoman|official) (?:at|of|with|from) (?:the )?((?:[A-Z][\w&\-]*)(?: (?:[A-Z][\w&\-]*|of the|of|and|for|&))*)")
                .expect("valid")
        });
        let text = self.text(p..end.min(p + 160));
        let c = re.captures(&text)?;
        let org = c.get(1)?;
        let stop = p + text[..org.end()].chars().count();
        let closes = stop >= end
            || matches!(self.t[stop], ',' | '.' | ';')
            || self.text(stop..end.min(stop + 5)) == " and ";
        closes.then_some(stop)
    }

    /// `, a technician from Jilin Electric Power Co., Ltd.,`, `, a young welder from X Co., Ltd. who won the gold
    /// medal,`: lower-case words ending in a word for a worker, `from` or `of` and a company's whole name, then the
    /// clause's end or a relative clause (`who …`) up to the next comma; where the description ends, and the company.
    fn en_worker_from(&self, p: usize, end: usize) -> Option<(usize, Vec<OrgPiece>)> {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"^, (?:a |an )(?:[a-z][a-z\-]* ){0,2}(?:technician|worker|welder|electrician|operator|mechanic|craftsman|craftswoman|inspector|employee|contestant|winner|front-line worker) (?:from|of|at) ")
                .expect("valid")
        });
        let text = self.text(p..end.min(p + 40));
        let m = re.find(&text)?;
        let from = p + text[..m.end()].chars().count();
        let (pieces, stop) = self.en_org(from, end)?;
        let company = pieces.len() == 1
            && pieces[0].kind == "company"
            && !pieces[0].unit
            && pieces[0].known.is_none_or(|k| !self.orgs[k].unit);
        if !company {
            return None;
        }
        if stop >= end || matches!(self.t[stop], ',' | ';') {
            return Some((stop, pieces));
        }
        // `… who won first prize in the individual event,`: a relative clause in lower-case words to its comma.
        if self.text(stop..end.min(stop + 5)) != " who " {
            return None;
        }
        let rest = self.text(stop + 5..end);
        let comma = rest.find(", ")?;
        let clause = &rest[..comma];
        let lower = clause.split(' ').all(|w| {
            !w.chars().next().is_some_and(char::is_uppercase) || w.chars().all(|c| !c.is_alphabetic())
        });
        (lower && clause.split(' ').count() <= 14).then(|| (stop + 5 + clause.chars().count(), pieces))
    }

    /// `South Africa's Minister of Mineral Resources and Energy`: past a country's or a place's possessive before a
    /// title (not an organization's: `CNIA's vice president` names its organization).
    fn skip_possessive_place(&self, from: usize, end: usize) -> usize {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| Regex::new(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:'s|’s) ").expect("valid"));
        let text = self.text(from..end.min(from + 40));
        let Some(m) = re.find(&text) else {
            return from;
        };
        let after = from + m.as_str().chars().count();
        let owner_end = after - 3;
        let org = self
            .en_org(from, owner_end)
            .is_some_and(|(_, stop)| stop == owner_end);
        if org || self.en_titles(after, end).0.is_empty() {
            from
        } else {
            after
        }
    }

    /// `the Brussels office of Heller & Vance LLP`: past a city's office of a firm, to the firm (the office is no
    /// organization of its own); `at` where it is not written.
    fn skip_city_office(&self, at: usize, end: usize) -> usize {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"^(?:the |its )?(?:[A-Z][a-z\-]+ ){1,2}office of (?:the )?[A-Z]").expect("valid")
        });
        let text = self.text(at..end.min(at + 60));
        match re.find(&text) {
            Some(m) => at + text[..m.end() - 1].chars().count(),
            None => at,
        }
    }

    /// `NAME, TITLES of ORG` at `at` (or a bare name after a passive cue, or of someone named before).
    /// The end of the capitalized words at `at`, up to `most` of them and up to a mark that ends them (`Ganzhou,`,
    /// `Inner Mongolia.`): a place or a name written after a title. `None` when the first word is not capitalized.
    fn en_capitalized_end(&self, at: usize, end: usize, most: usize) -> Option<usize> {
        let rest = self.text(at..end.min(at + 64));
        let mut last = None;
        let mut pos = at;
        for w in rest.split(' ').take(most) {
            let bare = w.trim_end_matches([',', '.', ';']);
            if !bare.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            last = Some(pos + bare.chars().count());
            if bare.len() != w.len() {
                break;
            }
            pos += w.chars().count() + 1;
        }
        last
    }

    fn en_titled_after(&mut self, at: usize, r: Range<usize>, passive: bool) -> Option<Mention> {
        let rest = self.text(at..r.end.min(at + 200));
        let c = name_re().captures(&rest)?;
        let g = c.get(1).expect("group");
        let name = at + rest[..g.start()].chars().count()..at + rest[..g.end()].chars().count();
        let mut p = name.end;
        let mut posts = Vec::new();
        let mut top = None;
        let mut title = String::new();
        // `Gu Jianhua (President, Jiangsu Shipbuilding Industry Association) accompanied the visit`, `… (Director of
        // X)`: titles and their organization in parentheses after the name.
        if self.text(p..p + 2) == " ("
            && let Some(close) = (p + 2..r.end.min(p + 120)).find(|&q| self.t[q] == ')')
        {
            let (roles, after) = self.en_titles(p + 2, close);
            let from = match self.text(after..(after + 4).min(close)).as_str() {
                s if s.starts_with(", ") => Some(after + 2),
                " of " => Some(after + 4),
                _ => None,
            };
            if !roles.is_empty()
                && let Some(from) = from
                && let Some((pieces, stop)) = self.en_org_at(from, close)
                && stop == close
            {
                let (idx, _) = self.register_chain(&pieces, None, r.clone());
                let org = idx.last().copied().flatten();
                title = self.text(p + 2..after);
                for role in roles {
                    posts.push(self.en_post(&role, org));
                }
                top = org.map(|o| self.root(o));
                p = close + 1;
            }
        }
        if self.text(p..p + 2) == ", " {
            // `Zhou Ke, an academician of the Chinese Academy of Engineering and professor at Central South
            // University`: an article before the titles, `at` as well as `of` before the organization.
            let from = self.skip_article(p + 2, r.end);
            let from = self.skip_possessive_place(from, r.end);
            let (roles, after) = self.en_titles(from, r.end);
            // `Minister of Commerce`: a ministry named by its field (read below), not an organization `Commerce`.
            let field = self.text(from..after).contains("Minister") && {
                let next = self.text(after + 4..r.end.min(after + 12));
                !next.starts_with("the ") && !next.starts_with("Ministry")
            };
            if !roles.is_empty() && !field {
                let of = self.text(after..r.end.min(after + 4));
                if (of == " of " || of == " at ")
                    && let Some((pieces, stop)) = self
                        .en_org_at(after + 4, r.end)
                        .or_else(|| self.en_brand_org(after + 4, r.end))
                {
                    let (idx, _) = self.register_chain(&pieces, None, r.clone());
                    let org = idx.last().copied().flatten();
                    title = self.text(from..after);
                    // `Chairman of the SPIC Trade Union`: the union's chairman (工会主席) of the organization; no
                    // other title of a union is a post we record.
                    let (roles, stop) = match self.en_union_end(stop, r.end) {
                        Some(union_end) => {
                            let union: Vec<String> = roles
                                .iter()
                                .filter(|z| *z == "董事长")
                                .map(|_| "工会主席".to_owned())
                                .collect();
                            (union, union_end)
                        }
                        None => (roles, stop),
                    };
                    for role in roles {
                        posts.push(self.en_post(&role, org));
                    }
                    top = org.map(|o| self.root(o));
                    p = stop;
                    // (`chairman of the branch's council and …`: the body's council, which the title read.)
                    if self.text(p..r.end.min(p + 10)) == "'s council" {
                        p += 10;
                    }
                    let mut before = org;
                    // `Secretary-General of CTIA and President of the Cemented Carbide Branch`
                    while self.text(p..r.end.min(p + 5)) == " and " {
                        let from = self.skip_article(p + 5, r.end);
                        let (roles, after) = self.en_titles(from, r.end);
                        let of = self.text(after..r.end.min(after + 4));
                        if roles.is_empty() || (of != " of " && of != " at ") {
                            break;
                        }
                        // `Vice President of BOE and Director of its Global Procurement Center`: a unit of the
                        // organization before.
                        let its = before.is_some() && self.text(after + 4..r.end.min(after + 8)) == "its ";
                        let (org, stop) = if its
                            && let Some((pieces, stop)) = self.en_org_at(after + 8, r.end)
                            && pieces.len() == 1
                            && pieces[0].known.is_none()
                        {
                            let mut unit = pieces[0].clone();
                            unit.unit = true;
                            let (idx, _) = self.register_chain(&[unit], before, r.clone());
                            (idx.last().copied().flatten(), stop)
                        } else if let Some((pieces, stop)) = self.en_org_at(after + 4, r.end) {
                            let (idx, _) = self.register_chain(&pieces, None, r.clone());
                            (idx.last().copied().flatten(), stop)
                        } else if let Some(place_end) = self
                            .en_capitalized_end(after + 4, r.end, 3)
                            .filter(|&e| e >= r.end || matches!(self.t[e], ',' | '.' | ';'))
                            && let Some(o) =
                                self.en_place_government(&self.text(after + 4..place_end), &roles, r.clone())
                        {
                            // `… Municipal Committee and Mayor of Luoyang`: a post in the city's people's government.
                            (Some(o), place_end)
                        } else {
                            break;
                        };
                        let (roles, stop) = match self.en_union_end(stop, r.end) {
                            Some(union_end) => (
                                roles
                                    .iter()
                                    .filter(|z| *z == "董事长")
                                    .map(|_| "工会主席".to_owned())
                                    .collect(),
                                union_end,
                            ),
                            None => (roles, stop),
                        };
                        for role in roles {
                            posts.push(self.en_post(&role, org));
                        }
                        before = org;
                        p = stop;
                    }
                }
            }
        }
        if posts.is_empty()
            && top.is_none()
            && self.text(p..p + 2) == ", "
            && plausible_name(&self.text(name.clone()))
        {
            let from = self.skip_article(p + 2, r.end);
            let from = self.skip_possessive_place(from, r.end);
            let (roles, after) = self.en_titles(from, r.end);
            let closes = |doc: &Self, q: usize| {
                q >= r.end || matches!(doc.t[q], ',' | '.' | ';') || doc.text(q..r.end.min(q + 5)) == " and "
            };
            // A title we do not know that starts with one we know (`Head of Market Intelligence at …`).
            let unknown = self
                .en_unknown_title(from, r.end)
                .filter(|(title_end, _)| roles.is_empty() || *title_end > after);
            // `Wang Gang, Vice Minister of Industry and Information Technology,`: a minister's post is in the Ministry
            // of what follows (the words up to the clause's end, `and` among them).
            let minister = self.text(from..after).contains("Minister");
            // (`vice minister of housing and urban-rural development`: the field in lower case, as wire stories write
            // it; the ministry's name is written with capitals.)
            let lower_minister = self.text(from..after).to_lowercase().ends_with("minister")
                && self.t.get(after + 4).is_some_and(char::is_ascii_lowercase);
            if (minister || lower_minister)
                && !roles.is_empty()
                && unknown.is_none()
                && self.text(after..r.end.min(after + 4)) == " of "
                && self
                    .t
                    .get(after + 4)
                    .is_some_and(|c| c.is_uppercase() || lower_minister)
            {
                let rest = self.text(after + 4..r.end.min(after + 84));
                let mut len = 0;
                let mut words = 0;
                let mut area_words = Vec::new();
                for w in rest.split(' ') {
                    let bare = w.trim_end_matches([',', '.', ';']);
                    let capital = bare.chars().next().is_some_and(char::is_uppercase)
                        || lower_minister && !matches!(bare, "and" | "of" | "for") && {
                            bare.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        };
                    area_words.push(if matches!(bare, "and" | "of" | "for") {
                        bare.to_owned()
                    } else {
                        // `urban-rural` → `Urban-Rural`.
                        bare.split('-')
                            .map(crate::chinese::capitalize)
                            .collect::<Vec<_>>()
                            .join("-")
                    });
                    if !(capital || matches!(bare, "and" | "of" | "for")) || bare == "Ministry" {
                        len = 0;
                        break;
                    }
                    len += bare.chars().count();
                    words += 1;
                    if bare.len() != w.len() {
                        break;
                    }
                    len += 1;
                }
                let written = rest.chars().take(len).collect::<String>();
                let area = if lower_minister {
                    area_words[..words.min(area_words.len())].join(" ")
                } else {
                    written
                };
                let area_end = after + 4 + len;
                if len > 0
                    && words <= 6
                    && closes(self, area_end)
                    && area
                        .split(' ')
                        .next_back()
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                {
                    let o =
                        self.register_named_org(format!("Ministry of {area}"), "government-body", r.clone());
                    title = self.text(from..area_end);
                    for role in &roles {
                        posts.push(self.en_post(role, Some(o)));
                    }
                    return Some(Mention {
                        name,
                        end: area_end,
                        posts,
                        top_org: Some(self.root(o)),
                        title: Some(title),
                    });
                }
            }
            if !roles.is_empty() && unknown.is_none() && self.text(after..r.end.min(after + 4)) == " of " {
                // `Li Na, Vice Mayor of Ganzhou,`: a title of a place or of an organization not read; the person is
                // named, with no post. `Wang Li, chairman of the Inner Mongolia Autonomous Region,`: a region's.
                let the = if self.text(after + 4..r.end.min(after + 8)) == "the " {
                    4
                } else {
                    0
                };
                let after = after + the;
                if let Some(rest_end) = self.en_capitalized_end(after + 4, r.end, 5)
                    && closes(self, rest_end)
                {
                    title = self.text(from..rest_end);
                    p = rest_end;
                    // `Liu Yang, Deputy Mayor of Baotou`: a post in the city's people's government.
                    let place = self.text(after + 4..rest_end);
                    let o = self.en_place_government(&place, &roles, r.clone()).or_else(|| {
                        // `Wei Jiaqi, vice president of Tencent,`: a company known by its name alone (no place,
                        // country or government word), for a company's title.
                        let company_title = roles.iter().any(|z| {
                            matches!(z.trim_start_matches('副'), "会长" | "董事长" | "总裁" | "总经理")
                        });
                        let first = place.split(' ').next().unwrap_or("");
                        // (Not a body's abbreviation, `VITAS`, `WVMetalle`, nor a kind word standing for one, `the
                        // Group`.)
                        (company_title
                            && place.split(' ').count() <= 2
                            && !place
                                .split(' ')
                                .any(|w| is_head(w) || w.chars().take(2).all(|c| c.is_ascii_uppercase()))
                            // (One word of pinyin the text does not name as a place is a company's name too:
                            // `chairman of Dongfeng,`, the one company named before whose name starts with it.)
                            && (chinese_place(&place).is_none()
                                || !place.contains(' ') && place.len() > 4 && !self.en_named_place(&place))
                            && !NOT_ORG_WORDS.contains(&first)
                            && !place.contains("Province")
                            && !place.contains("City"))
                        .then(|| {
                            self.org_starting_with(&place).unwrap_or_else(|| {
                                self.register_named_org(place.clone(), "company", r.clone())
                            })
                        })
                    });
                    if let Some(o) = o {
                        posts = roles.iter().map(|role| self.en_post(role, Some(o))).collect();
                        top = Some(self.root(o));
                    }
                    return Some(Mention {
                        name,
                        end: p,
                        posts,
                        top_org: top,
                        title: Some(title),
                    });
                }
            } else if let Some((title_end, known)) = unknown
                && let Some((pieces, stop)) = self
                    .en_org_at(self.skip_city_office(title_end + 4, r.end), r.end)
                    .or_else(|| {
                        // `Senior Advisor on Technical Regulations at TUV Rheinland Greater China,`: after `at`, a
                        // name with no word like Group is the organization's, up to the comma.
                        let (mut pieces, stop) = (self.text(title_end..title_end + 4) == " at ")
                            .then(|| self.en_headless_org(title_end + 4, r.end))
                            .flatten()?;
                        pieces[0].kind = "company".to_owned();
                        (self.t.get(stop) == Some(&',')).then_some((pieces, stop))
                    })
                && closes(self, stop)
            {
                // `Li Hua, Chief Analyst of SMM,`, `Fan Rui, Founder and Chairman of SMM,`: a title we do not know
                // (with one we know after `and`): the person is there for the organization, with the post we know.
                let (idx, _) = self.register_chain(&pieces, None, r.clone());
                let org = idx.last().copied().flatten();
                title = self.text(from..title_end);
                for role in known {
                    posts.push(self.en_post(&role, org));
                }
                top = org.map(|o| self.root(o));
                p = stop;
            } else if roles.is_empty()
                && let Some((pieces, stop)) = self.en_org(p + 2, r.end)
                && let Some(gap) = [" ", "'s ", "’s "]
                    .iter()
                    .find(|g| self.text(stop..r.end.min(stop + g.chars().count())) == **g)
                    .map(|g| g.chars().count())
            {
                // `Wang Jian, CNIA vice president, said`, `Ge Honglin, the association's president,`, `Wang
                // Jian, CNIA's vice president,`: the organization before the title.
                let (roles, after) = self.en_titles(stop + gap, r.end);
                if !roles.is_empty() && closes(self, after) {
                    let (idx, _) = self.register_chain(&pieces, None, r.clone());
                    let org = idx.last().copied().flatten();
                    title = self.text(stop + gap..after);
                    for role in roles {
                        posts.push(self.en_post(&role, org));
                    }
                    top = org.map(|o| self.root(o));
                    p = after;
                }
            } else if !roles.is_empty() && self.t.get(after) == Some(&',') {
                // `Zhuge Peng, Deputy Secretary of the Party Committee, Director and President, chaired …` on the
                // group's own page: titles with no organization, the host's when they are of its kind (as
                // `Director, General Manager and Deputy Party Secretary Huang Wei`).
                let mut roles = roles;
                let mut end = after;
                while self.text(end..r.end.min(end + 2)) == ", " {
                    let (more, next) = self.en_titles(end + 2, r.end);
                    if more.is_empty() || !matches!(self.t.get(next), Some(',')) {
                        break;
                    }
                    roles.extend(more);
                    end = next;
                }
                let owner = roles.iter().find_map(|role| self.title_owner(role));
                let held: Vec<PostMention> = owner
                    .map(|o| roles.iter().map(|role| self.en_post(role, Some(o))).collect())
                    .unwrap_or_default();
                if !held.is_empty()
                    && held
                        .iter()
                        .all(|h| h.org.is_some_and(|o| self.title_fits(&h.role, o)))
                {
                    title = self.text(from..end);
                    posts = held;
                    top = owner.map(|o| self.root(o));
                    p = end;
                }
            }
        }
        // `Zhang Wei of China Minmetals Corporation delivered a report`: there for the organization, no post said.
        if posts.is_empty() && plausible_name(&self.text(name.clone())) {
            for sep in [" of ", " from "] {
                if self.text(p..r.end.min(p + sep.len())) != sep {
                    continue;
                }
                // (`Kenji Watanabe from Toyota Material Handling spoke …`: from a company named by its name alone,
                // of two or three words, that the next word, a verb, ends.)
                let found = self.en_org(p + sep.len(), r.end).or_else(|| {
                    let from = p + sep.len();
                    (sep == " from ")
                        .then(|| self.en_named_company_before_verb(from, r.end))
                        .flatten()
                        .map(|piece| {
                            let stop = piece.range.end;
                            (vec![piece], stop)
                        })
                });
                if let Some((pieces, stop)) = found {
                    let (idx, _) = self.register_chain(&pieces, None, r.clone());
                    if let Some(o) = idx.last().copied().flatten() {
                        top = Some(self.root(o));
                        p = stop;
                    }
                    break;
                }
            }
        }
        // `Sun Bo, the city's vice mayor,`, `Li Na, vice mayor of the city,`: a post in the one people's government of
        // that level the text names (none named: the person, with no post).
        if posts.is_empty()
            && top.is_none()
            && p == name.end
            && self.text(p..r.end.min(p + 2)) == ", "
            && plausible_name(&self.text(name.clone()))
            && let Some((end, roles, org)) = self.en_generic_government_title(p + 2, r.end)
        {
            let posts = match org {
                Some(o) => roles.iter().map(|role| self.en_post(role, Some(o))).collect(),
                None => Vec::new(),
            };
            return Some(Mention {
                title: Some(self.text(p + 2..end)),
                name,
                end,
                posts,
                top_org: org.map(|o| self.root(o)),
            });
        }
        // `Sun Hao, a senior analyst at Antaike,`: a person described in lower-case words as someone's analyst,
        // researcher or expert is a person, with no post we can name.
        if posts.is_empty()
            && top.is_none()
            && p == name.end
            && plausible_name(&self.text(name.clone()))
            && let Some(end) = self.en_described_at(name.end, r.end)
        {
            let title = self.text(name.end + 2..end);
            return Some(Mention {
                name,
                end,
                posts,
                top_org: None,
                title: Some(title),
            });
        }
        // `Zhai Jianguo, deputy director of the center, said …` where no center is named before: a person with a
        // title of an organization we cannot tell, with no post.
        if posts.is_empty()
            && top.is_none()
            && p == name.end
            && self.text(p..r.end.min(p + 2)) == ", "
            && plausible_name(&self.text(name.clone()))
        {
            let from = self.skip_article(p + 2, r.end);
            let (roles, after) = self.en_titles(from, r.end);
            let rest = self.text(after..r.end.min(after + 40));
            if !roles.is_empty()
                && let Some(words) = rest.strip_prefix(" of the ").or(rest.strip_prefix(" at the "))
                && let Some(comma) = words.find(',')
                && (1..=3).contains(&words[..comma].split(' ').count())
                && words[..comma]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-')
            {
                let end = after + 8 + comma;
                return Some(Mention {
                    title: Some(self.text(from..after)),
                    name,
                    end,
                    posts,
                    top_org: None,
                });
            }
        }
        // `Li Ming, a senior engineer with the company, said …`, `Zhang Wei, who chairs the association's parts
        // committee, said …`: a person described in words we cannot read, who speaks; with no post.
        if posts.is_empty()
            && top.is_none()
            && p == name.end
            && plausible_name(&self.text(name.clone()))
            && let Some(end) = self.en_described_speaker(p, r.end)
        {
            return Some(Mention {
                title: Some(self.text(p + 2..end)),
                name,
                end,
                posts,
                top_org: None,
            });
        }
        // `Zhang Wei, a technician from Jilin Electric Power Co., Ltd. who won first prize in the individual event,`:
        // a worker or a winner from a company, with no post: there for the company.
        if posts.is_empty()
            && top.is_none()
            && p == name.end
            && plausible_name(&self.text(name.clone()))
            && let Some((end, pieces)) = self.en_worker_from(name.end, r.end)
        {
            let title = self.text(name.end + 2..end);
            let (idx, _) = self.register_chain(&pieces, None, r.clone());
            return Some(Mention {
                name,
                end,
                posts,
                top_org: idx.last().copied().flatten().map(|o| self.root(o)),
                title: Some(title),
            });
        }
        if posts.is_empty()
            && top.is_none()
            && !passive
            && !self.people.iter().any(|x| x.name == self.text(name.clone()))
        {
            return None;
        }
        if posts.is_empty() && !plausible_name(&self.text(name.clone())) {
            return None;
        }
        Some(Mention {
            name,
            end: p,
            posts,
            top_org: top,
            title: Some(title).filter(|t| !t.is_empty()),
        })
    }

    /// `In the afternoon, `, `At the meeting, `: a phrase opening the sentence before its subject; where the subject
    /// starts.
    fn skip_adverbial(&self, mut r: Range<usize>) -> usize {
        // `XIAMEN, June 18 -- At the request of …, the …`: past a wire story's dateline first.
        let whole = self.text(r.clone());
        if let Some(d) = dateline_in(&whole).and_then(|c| c.get(0))
            && whole[..d.start()].trim().is_empty()
        {
            let rest = &whole[d.end()..];
            let skip = d.end() + rest.len() - rest.trim_start().len();
            r.start += whole[..skip].chars().count();
        }
        let text = self.text(r.clone());
        let first = text.split(' ').next().unwrap_or("");
        if !matches!(
            first,
            "In" | "At"
                | "On"
                | "From"
                | "During"
                | "Later"
                | "Meanwhile"
                | "Afterwards"
                | "Subsequently"
                | "Then"
                | "Also"
                | "After"
                | "Following"
                | "Next"
                | "Finally"
                | "Besides"
        ) {
            return r.start;
        }
        // The first comma outside parentheses and company names (`At the request of Xiamen Tungsten Co., Ltd.
        // (XTC), the …`).
        let mut depth = 0i32;
        let comma = text.char_indices().find_map(|(i, c)| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth <= 0
                    && text[i..].starts_with(", ")
                    && !text[..i].ends_with(" Co.")
                    && !text[..i].ends_with(" Corp.") =>
                {
                    return Some(i);
                }
                _ => {}
            }
            None
        });
        // (`On January 21, 2026, …`: the year is the date's.)
        let comma = comma.map(|i| {
            let after = &text[i + 2..];
            let year = after.len() > 5
                && after[..4].chars().all(|c| c.is_ascii_digit())
                && after[4..].starts_with(", ");
            if year { i + 6 } else { i }
        });
        match comma {
            Some(i) if i < 120 => r.start + text[..i + 2].chars().count(),
            _ => r.start,
        }
    }

    /// `Speaking at the opening of the conference, Zhao said …`, `In his concluding remarks, XTC General Manager Xu
    /// Hongwei said …`: a speech by someone named before (the full name, or the surname alone when it fits one
    /// person only) or named there with titles. The kind of speech gives the role: concluding or closing remarks
    /// sum up (总结讲话), opening or welcome remarks are an address (致辞), a keynote is a report (作报告).
    fn en_speaking_at(&mut self, r: Range<usize>) -> bool {
        static TITLED: OnceLock<Regex> = OnceLock::new();
        let titled = TITLED.get_or_init(|| {
            Regex::new(r#"^(?:In|in) (?:his|her|their|the|a|an) ((?:[\w\-]+ ){0,2}?)(speech|remarks|address|keynote|presentation|report|lecture|talk) (?:titled|entitled) ["“]([^"”]{3,200}?)[,.]?["”],? "#)
                .expect("valid")
        });
        let text = self.text(r.clone());
        // `In a keynote report titled "…," Liu Chengyu, … said`: the talk's title is a report's.
        let mut report: Option<Range<usize>> = None;
        let (comma, clause) = if let Some(c) = titled.captures(&text) {
            let words = c.get(1).map_or("", |g| g.as_str()).to_lowercase();
            let noun = c.get(2).map_or("", |g| g.as_str());
            let t = c.get(3).expect("group");
            report =
                Some(r.start + text[..t.start()].chars().count()..r.start + text[..t.end()].chars().count());
            let end = c.get(0).expect("match").end();
            // A report, a lecture or a talk given under a title is a report (作报告), as a presentation is.
            let noun = if matches!(noun, "report" | "lecture" | "talk") {
                "presentation"
            } else {
                noun
            };
            // The subject starts after the match; `comma + 2` is where (the match ends with its space).
            (end - 2, format!("in a {words}{noun}"))
        } else {
            let Some(comma) = text.find(", ") else {
                return false;
            };
            (comma, text[..comma].to_lowercase())
        };
        let role = if ["speaking at ", "addressing "]
            .iter()
            .any(|c| clause.starts_with(c))
        {
            // At the meeting, not at a press conference held beside it.
            if clause.contains("press") || clause.contains("news conference") || clause.contains("briefing") {
                return false;
            }
            // (`Speaking at a panel discussion chaired by …`: a panelist's statement.)
            // So is who speaks at the forum (`Speaking at the forum, Zhai Ming, vice president of …, said`: the
            // three writers of the studied reports who met it record 发言); addressing it, or speaking at its
            // opening or a ceremony, is a speech.
            if clause.contains("panel")
                || clause.contains("dialogue session")
                || clause.starts_with("speaking at ")
                    && !["opening", "ceremony"].iter().any(|w| clause.contains(w))
            {
                "发言"
            } else {
                "讲话"
            }
        } else if let Some(speech) = [
            "in his ",
            "in her ",
            "in their ",
            "in the ",
            "in a ",
            "in an ",
            "in another ",
        ]
        .iter()
        .find_map(|c| clause.strip_prefix(c))
        {
            // `In his speech`, `In her opening remarks`, `In the keynote address`, `In another keynote report`; not
            // `In his view`.
            let words: Vec<&str> = speech.split(' ').collect();
            let noun = words.last().copied().unwrap_or("");
            if words.len() > 3
                || !matches!(
                    noun,
                    "speech"
                        | "speeches"
                        | "remarks"
                        | "address"
                        | "addresses"
                        | "keynote"
                        | "presentation"
                        | "report"
                )
            {
                return false;
            }
            if words
                .iter()
                .any(|w| matches!(*w, "concluding" | "closing" | "summary" | "summing-up"))
            {
                "总结讲话"
            } else if words
                .iter()
                .any(|w| matches!(*w, "opening" | "welcome" | "welcoming" | "congratulatory"))
            {
                "致辞"
            } else if words
                .iter()
                .any(|w| matches!(*w, "keynote" | "presentation" | "report"))
            {
                "作报告"
            } else {
                "讲话"
            }
        } else {
            return false;
        };
        let verbs = [
            " said",
            " noted",
            " stressed",
            " pointed out",
            " told",
            " called for",
            " urged",
            " emphasized",
            " emphasised",
            " highlighted",
            " introduced",
            " reviewed",
            " thanked",
            " expressed",
            " hoped",
            " proposed",
        ];
        let rest = &text[comma + 2..];
        let at = r.start + text[..comma + 2].chars().count();
        // Someone named before.
        let known = verbs
            .iter()
            .filter_map(|v| rest.find(v))
            .min()
            .map(|verb| &rest[..verb])
            .filter(|who| {
                !who.is_empty()
                    && who
                        .split(' ')
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            })
            .and_then(|who| {
                let found: Vec<usize> = self
                    .people
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        p.english
                            && (p.name == who
                                || (!who.contains(' ')
                                    && (p.name.split(' ').next() == Some(who)
                                        || p.name.rsplit(' ').next() == Some(who))))
                    })
                    .map(|(i, _)| i)
                    .collect();
                match found.as_slice() {
                    [person] => Some(*person),
                    _ => None,
                }
            });
        // `… delivered opening remarks. In his remarks, Zhou noted …`: the speech someone named before gave.
        if let Some(person) = known
            && (clause.starts_with("in his ") || clause.starts_with("in her "))
            && self.participations.iter().any(|p| {
                p.who == Who::Person(person)
                    && p.roles
                        .iter()
                        .any(|r| matches!(r.as_str(), "讲话" | "致辞" | "总结讲话" | "作报告"))
            })
        {
            return true;
        }
        let (person, top, title) = if let Some(person) = known {
            let p = &self.people[person];
            (person, p.top_org, p.title.clone())
        } else {
            // Someone named here with titles: `XTC General Manager Xu Hongwei said`, `Li Na, President of X, said`.
            let Some(m) = self
                .en_title_first(at, r.clone())
                .or_else(|| self.en_pre_titled(at, r.clone()))
                .or_else(|| self.en_titled_after(at, r.clone(), false))
            else {
                return false;
            };
            let m = self.en_appositive_post(m, r.clone());
            // Any predicate: the opening clause says it was a speech (`In a keynote speech, X outlined …`).
            let after = self.text(m.end..r.end.min(m.end + 30));
            let after = after.trim_start_matches(',');
            let verb = after.trim_start().split(' ').next().unwrap_or("");
            if !(verbs.iter().any(|v| after.starts_with(v))
                || verb.len() > 3 && verb.ends_with("ed") && verb.chars().all(|c| c.is_ascii_lowercase()))
            {
                return false;
            }
            let person = self.register_en_person(&m, r.clone());
            (person, m.top_org, m.title.clone())
        };
        if let Some(t) = report
            && role == "作报告"
        {
            self.reports.push(ReportRec {
                title: t,
                author: Some(person),
                kind: "report",
                evidence: r.clone(),
            });
        }
        self.participations.push(Participation {
            who: Who::Person(person),
            roles: vec![role.to_owned()],
            on_behalf_of: top,
            title,
            evidence: r.clone(),
        });
        // `Speaking at a panel discussion chaired by CHEG vice president Kang Li, …`: who chairs the session named
        // in the opening clause.
        if let Some(i) = [" chaired by ", " moderated by ", " presided over by "]
            .iter()
            .find_map(|w| text[..comma].find(w).map(|i| i + w.len()))
        {
            let from = r.start + text[..i].chars().count();
            let to = r.start + text[..comma].chars().count();
            if let Some(m) = self.en_pre_titled(from, from..to).filter(|m| m.end == to) {
                let chair = self.register_en_person(&m, r.clone());
                self.participations.push(Participation {
                    who: Who::Person(chair),
                    roles: vec!["主持".to_owned()],
                    on_behalf_of: m.top_org,
                    title: m.title.clone(),
                    evidence: r,
                });
            }
        }
        true
    }

    /// A Chinese place the text names as one (`Yibin`: `in Yibin`, a government of it, or a word of its level).
    fn en_named_place(&self, text: &str) -> bool {
        chinese_place(text).is_some_and(|(base, level)| {
            !level.is_empty()
                || self.en_known_government(&base).is_some()
                || self.text(0..self.t.len()).contains(&format!(" in {base}"))
        })
    }

    /// The one organization named so far whose name starts with `word` (`Dongfeng chairman …` after `Dongfeng Motor
    /// Group Co., Ltd.`).
    fn org_starting_with(&self, word: &str) -> Option<usize> {
        let prefix = format!("{word} ");
        // (`Yutong Bus` for Zhengzhou Yutong Bus Co., Ltd.: also after the city the registered name opens with.)
        let mut starting = self.orgs.iter().enumerate().filter(|(_, o)| {
            o.name.starts_with(&prefix)
                || o.name
                    .split_once(' ')
                    .is_some_and(|(place, rest)| rest.starts_with(&prefix) && chinese_place(place).is_some())
        });
        match (starting.next(), starting.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// `Toyota Material Handling` in `… from Toyota Material Handling spoke`: two or three capitalized words, no
    /// place's (`from Hong Kong`, `from South Africa`), with a lower-case word after them, read as a company's name.
    fn en_named_company_before_verb(&self, at: usize, end: usize) -> Option<OrgPiece> {
        let rest = self.text(at..end.min(at + 80));
        let words: Vec<&str> = rest.split(' ').collect();
        let n = words
            .iter()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let next = words.get(n)?;
        if !(2..=3).contains(&n)
            || !next.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            || words[..n].iter().any(|w| {
                NOT_ORG_WORDS.contains(w)
                    || [
                        "Hong", "Kong", "New", "Saudi", "United", "Sri", "Inner", "Costa", "East", "West",
                    ]
                    .contains(w)
            })
        {
            return None;
        }
        let name = words[..n].join(" ");
        if chinese_place(&name).is_some() {
            return None;
        }
        self.en_bare_name_piece(at..at + name.chars().count())
    }

    /// `Hangcha` for the Hangcha Group Co., Ltd. named before: a name alone that stands for a registered
    /// organization, as a chain of one piece ending where it does.
    fn en_known_by_name_alone(&self, range: Range<usize>) -> Option<(Vec<OrgPiece>, usize)> {
        let end = range.end;
        self.en_bare_name_piece(range)
            .filter(|p| p.known.is_some())
            .map(|p| (vec![p], end))
    }

    /// An organization written as a name only, with no word like Group or Association (`Vale`, `CATL`): one to three
    /// capitalized words; an abbreviation no sentence defines is a Chinese association's when it ends with its A
    /// (`CNIA`, `CISA`), else a company's.
    fn en_bare_name_piece(&self, range: Range<usize>) -> Option<OrgPiece> {
        let words = self.text(range.clone());
        let ws: Vec<&str> = words.split(' ').collect();
        if ws.len() > 3
            || ws.iter().any(|w| {
                !w.chars().next().is_some_and(char::is_uppercase)
                    || !w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '&')
                    || NOT_NAME_WORDS.contains(w)
                    || MONTHS.iter().any(|m| w.eq_ignore_ascii_case(m))
            })
        {
            return None;
        }
        let kind = if is_acronym(&words) && words.ends_with('A') {
            "industry-association"
        } else {
            "company"
        };
        Some(OrgPiece {
            name: None,
            known: self
                .org_index
                .get(&self.t[range.clone()])
                .copied()
                .or_else(|| self.org_starting_with(&words)),
            written: range.clone(),
            range,
            kind: kind.to_owned(),
            unit: false,
            alias: None,
        })
    }

    /// `CISA Secretary-General Jiang Wei`, `China Baowu Steel Group Corp. Chairman Song Jiehua`, `Vale Vice President
    /// Marcus Ribeiro`, `Vice Minister of Industry and Information Technology Chen Guangyu`: titles before the name,
    /// with the organization before them, or after them with `of`.
    fn en_pre_titled(&mut self, at: usize, r: Range<usize>) -> Option<Mention> {
        let limit = r.end.min(at + 160);
        let mut p = at;
        let (roles, after) = loop {
            if p >= limit {
                return None;
            }
            // (`CHEG vice president Kang Li`: a title in lower case after an abbreviation.)
            // A title in lower case after a company's name, an abbreviation, one word of pinyin or a name with a word
            // like Group (`Dongfeng chairman Yang Qingfeng`, `Dongfeng Motor Group chairman …`); the title is read
            // first, as reading an organization costs more.
            let lower_title = p > at + 1 && self.t[p].is_lowercase() && self.t[p - 1] == ' ';
            if self.t[p].is_uppercase() || lower_title {
                let (roles, after) = self.en_titles(p, r.end);
                let named_before = || {
                    let before = self.text(at..p - 1);
                    is_acronym(&before)
                        || !before.contains(' ') && before.len() > 4 && is_pinyin_word(&before)
                        || before.split(' ').any(is_head)
                            && self.en_org(at, p - 1).is_some_and(|(_, stop)| stop == p - 1)
                };
                if !roles.is_empty()
                    && self.t.get(after) == Some(&' ')
                    && (self.t[p].is_uppercase() || named_before())
                {
                    break (roles, after);
                }
            }
            let word_end = (p..r.end).find(|&i| self.t[i] == ' ').unwrap_or(r.end);
            let word = self.text(p..word_end);
            let acronym =
                word.starts_with('(') && word.ends_with(')') && is_acronym(&word[1..word.len() - 1]);
            let ok = word.chars().next().is_some_and(char::is_uppercase)
                || matches!(word.as_str(), "of" | "and" | "for" | "&" | "the" | "on")
                || acronym;
            let clause_end =
                (word.ends_with(',') && word != "Co.," && word != "Corp.,") || word.ends_with([';', ':']);
            if !ok || clause_end || word_end >= r.end {
                return None;
            }
            p = word_end + 1;
        };
        let title = self.text(p..after);
        let read_name = |doc: &Self, from: usize| -> Option<Range<usize>> {
            let rest = doc.text(from..r.end.min(from + 200));
            let c = name_re().captures(&rest)?;
            let g = c.get(1)?;
            let name = from + rest[..g.start()].chars().count()..from + rest[..g.end()].chars().count();
            let words = doc.text(name.clone());
            let plain = !words
                .split([' ', '-'])
                .any(|w| is_head(w) || NOT_NAME_WORDS.contains(&w))
                && doc.en_titles(name.start, r.end).0.is_empty();
            plain.then_some(name)
        };
        let (org, name) = if p > at {
            // The organization before the titles; not a title of its own (`Managing Director`, `Sales Director`).
            let before = self.text(at..p - 1);
            let last_word = before.rsplit(' ').next().unwrap_or("");
            if TITLE_MODIFIERS.contains(&last_word) {
                return None;
            }
            // `Australian Resources Minister X`, `Commerce Minister X`: a government we cannot name safely.
            // `CNIA's Vice President`: the organization ends before its possessive.
            let org_end = if before.ends_with("'s") || before.ends_with("’s") {
                p - 3
            } else {
                p - 1
            };
            let known_org =
                matches!(self.en_org(at, org_end), Some((_, stop)) if stop == org_end) && !is_head(&before);
            if !known_org
                && (title.contains("Minister") || before.split(' ').any(|w| NOT_ORG_WORDS.contains(&w)))
            {
                return None;
            }
            let name = read_name(self, after + 1)?;
            // `Baise Mayor Huang Jianmin`: a city's mayor holds a post in its people's government.
            let place_government = if government_level(&roles).is_some() && !before.contains("'s") {
                self.en_place_government(&before, &roles, r.clone())
            } else {
                None
            };
            let org = match self.en_org(at, org_end) {
                _ if place_government.is_some() => place_government?,
                Some((pieces, stop)) if stop == org_end && !is_head(&before) => {
                    let (idx, _) = self.register_chain(&pieces, None, r.clone());
                    idx.last().copied().flatten()?
                }
                // `Brussels Mayor Philippe Close`: a place we do not take for a Chinese one; the person is named,
                // with no post (a mayor is no company's). `Yibin Party Secretary Liu Zhong`: a Chinese place the text
                // names as one (`in Yibin`, a government of it, a word of its level) is no company either.
                _ if government_level(&roles).is_some() || self.en_named_place(&before) => {
                    return Some(Mention {
                        end: name.end,
                        name,
                        posts: Vec::new(),
                        top_org: None,
                        title: Some(title),
                    });
                }
                _ => {
                    let piece = self.en_bare_name_piece(at..p - 1)?;
                    let (idx, _) = self.register_chain(&[piece], None, r.clone());
                    idx.last().copied().flatten()?
                }
            };
            (org, name)
        } else if self.text(after..r.end.min(after + 4)) == " of " {
            // `Vice Minister of Industry and Information Technology Chen Guangyu`: the name is the last two words of
            // the capitalized run, a Chinese surname first.
            let from = after + 4;
            let mut words: Vec<Range<usize>> = Vec::new();
            let mut q = from;
            while q < r.end {
                let end = (q..r.end).find(|&i| self.t[i] == ' ').unwrap_or(r.end);
                let word = self.text(q..end);
                let bare = word.trim_end_matches([',', '.', ';', ':']);
                // (`… of the Ministry of Commerce (MOFCOM) Qu Hongmei`: an abbreviation in parentheses after a name.)
                let capital = bare.chars().next().is_some_and(char::is_uppercase)
                    || bare.len() > 2
                        && bare.starts_with('(')
                        && bare.ends_with(')')
                        && is_acronym(&bare[1..bare.len() - 1]);
                if !(capital || matches!(bare, "of" | "and" | "for" | "&" | "the" | "on")) {
                    break;
                }
                // `Vice President of CCCME Zhuge Wenjing and Vice President of CESI Tang Yuhang`, `… Bureau Lan Yuqing
                // and CISA Vice President …`: an `and` before another title, or after a Chinese name, ends this one's
                // name.
                let after_name = words.len() >= 3 && {
                    let surname = self.text(words[words.len() - 2].clone());
                    let given = self.text(words[words.len() - 1].clone());
                    pinyin_surnames().contains(&surname) && is_pinyin_word(&given)
                };
                if bare == "and"
                    && end < r.end
                    && (after_name || !self.en_titles(end + 1, r.end).0.is_empty())
                {
                    break;
                }
                // `… Investigation Bureau Ms. Lan Yuqing`: a form of address before the name.
                if FORMS_OF_ADDRESS.contains(&word.as_str()) && end < r.end {
                    let name = self.bare_name_at(end + 1, r.end)?;
                    words.push(name.start..name.start);
                    words.push(name.clone());
                    break;
                }
                words.push(q..q + bare.chars().count());
                if bare.len() != word.len() || end >= r.end {
                    break;
                }
                q = end + 1;
            }
            if words.len() < 3 {
                return None;
            }
            // (After a form of address, the whole name is the last range, the one before it empty.)
            let addressed = words[words.len() - 2].is_empty();
            let name = if addressed {
                words[words.len() - 1].clone()
            } else {
                words[words.len() - 2].start..words[words.len() - 1].end
            };
            let (surname, given) = if addressed {
                let written = self.text(name.clone());
                let (surname, given) = written.split_once(' ').unwrap_or((&written, ""));
                (surname.to_owned(), given.replace(' ', ""))
            } else {
                (
                    self.text(words[words.len() - 2].clone()),
                    self.text(words[words.len() - 1].clone()),
                )
            };
            let org_end = words[words.len() - 3].end;
            // `Vice President of CCCME Jens Hartmann`: a name that is no pinyin after an organization named before
            // (its abbreviation defined), two plain words.
            let pinyin = pinyin_surnames().contains(&surname)
                && given.chars().all(|c| c.is_ascii_alphabetic())
                && given.chars().skip(1).all(|c| c.is_ascii_lowercase());
            let foreign = !pinyin
                && !addressed
                && [&surname, &given].iter().all(|w| {
                    w.len() > 2
                        && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                        && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
                        && !is_head(w)
                        && !NOT_NAME_WORDS.contains(&w.as_str())
                })
                && self.en_org(from, org_end).is_some_and(|(pieces, stop)| {
                    stop == org_end && pieces.iter().all(|p| p.known.is_some())
                });
            if !pinyin && !foreign {
                return None;
            }
            let org_text = self.text(from..org_end);
            let org = match self.en_org(from, org_end) {
                // `Minister of Commerce`: the Ministry of Commerce.
                _ if title.contains("Minister")
                    && self.t[from].is_uppercase()
                    && !org_text.starts_with("Ministry")
                    && !org_text.starts_with("The ") =>
                {
                    self.register_named_org(format!("Ministry of {org_text}"), "government-body", r.clone())
                }
                Some((pieces, stop)) if stop == org_end => {
                    let (idx, _) = self.register_chain(&pieces, None, r.clone());
                    idx.last().copied().flatten()?
                }
                // `Vice Governor of Jiangxi Province Wu Zhongqiong`: a post in the province's people's government.
                _ if government_level(&roles).is_some()
                    && let Some(o) = self.en_place_government(&org_text, &roles, r.clone()) =>
                {
                    o
                }
                // `Deputy General Manager of CATL Zhang Wei`: a name with no word like Group, no place.
                _ if government_level(&roles).is_none()
                    && !self.en_named_place(&org_text)
                    && let Some(piece) = self.en_bare_name_piece(from..org_end) =>
                {
                    let (idx, _) = self.register_chain(&[piece], None, r.clone());
                    idx.last().copied().flatten()?
                }
                // A place, or an organization not read; the person is named, with no post.
                _ => {
                    return Some(Mention {
                        end: name.end,
                        name,
                        posts: Vec::new(),
                        top_org: None,
                        title: Some(self.text(p..org_end)),
                    });
                }
            };
            (org, name)
        } else {
            return None;
        };
        let posts = roles
            .into_iter()
            .map(|role| self.en_post(&role, Some(org)))
            .collect();
        Some(Mention {
            end: name.end,
            name,
            posts,
            top_org: Some(self.root(org)),
            title: Some(title),
        })
    }

    /// An organization known by a name the text does not spell out (`Minister of Commerce` → `Ministry of
    /// Commerce`); found by name or alias, or registered.
    pub(crate) fn register_named_org(&mut self, name: String, kind: &str, evidence: Range<usize>) -> usize {
        if let Some(i) = self
            .orgs
            .iter()
            .position(|o| o.name == name || o.aliases.contains(&name))
        {
            return i;
        }
        self.orgs.push(super::OrgRec {
            name: name.clone(),
            original: name.clone(),
            en: None,
            kind: kind.to_owned(),
            unit: false,
            parent: None,
            aliases: Vec::new(),
            evidence,
        });
        let idx = self.orgs.len() - 1;
        self.org_index.entry(name.chars().collect()).or_insert(idx);
        idx
    }

    /// The people's government of the Chinese place written `place` whose title `roles` are (`Baise Mayor`, `Vice
    /// Governor of Jiangxi Province`): the government of that place named in the text before, else one named as
    /// the English pages of Chinese governments name themselves (`Baise Municipal People's Government`,
    /// `People's Government of Jiangxi Province`).
    fn en_place_government(
        &mut self,
        place: &str,
        roles: &[String],
        evidence: Range<usize>,
    ) -> Option<usize> {
        let place = place.strip_prefix("the ").unwrap_or(place);
        let (base, level) = chinese_place(place)?;
        // `chairman of the Inner Mongolia Autonomous Region`: the region's chairman (主席) heads its government.
        let chairman = level == "Autonomous Region"
            && !roles.is_empty()
            && roles
                .iter()
                .all(|r| matches!(r.as_str(), "董事长" | "副董事长" | "会长" | "副会长"));
        let want = if chairman {
            "Autonomous Region"
        } else {
            government_level(roles)?
        };
        if !(level.is_empty() || level == want || want == "City" && level == "Municipality") {
            return None;
        }
        if let Some(i) = self.en_known_government(&base) {
            return Some(i);
        }
        let name = self
            .en_government_in_text(place, &base)
            .unwrap_or_else(|| match want {
                "City" => format!("{base} Municipal People's Government"),
                "Autonomous Region" => format!("People's Government of {place}"),
                _ => format!("People's Government of {base} Province"),
            });
        Some(self.register_named_org(name, "government-body", evidence))
    }

    /// The name of the people's government of `place` (`base` without its level) as the text writes it in full
    /// anywhere (`the People's Government of Guangxi Zhuang Autonomous Region`, `the Guizhou Provincial People's
    /// Government`), if it does.
    fn en_government_in_text(&self, place: &str, base: &str) -> Option<String> {
        let whole = self.text(0..self.t.len());
        [
            format!("People's Government of {place}"),
            format!("People's Government of {base}"),
            format!("{base} Municipal People's Government"),
            format!("{base} Provincial People's Government"),
            format!("{place} People's Government"),
        ]
        .into_iter()
        // (Written whole: `People's Government of Guangxi` is no name where the text goes on `… Zhuang Autonomous
        // Region`.)
        .find(|n| {
            whole.match_indices(n.as_str()).any(|(i, m)| {
                let rest = &whole[i + m.len()..];
                !rest.starts_with(|c: char| c.is_alphanumeric())
                    && !rest
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
            })
        })
    }

    /// A people's government of the place `base` registered before (`the People's Government of Guangxi Zhuang
    /// Autonomous Region`, `the Baotou Municipal Government`), not one of its departments.
    fn en_known_government(&self, base: &str) -> Option<usize> {
        self.orgs.iter().position(|o| {
            let n = o.name.as_str();
            let government = n.ends_with("Government") || n.starts_with("People's Government of ");
            let place = n
                .split(' ')
                .collect::<Vec<_>>()
                .windows(base.split(' ').count())
                .any(|w| w.join(" ") == base);
            government && place && !o.unit && !n.contains("Department") && !n.contains("Bureau")
        })
    }

    /// `vice chairman of the Guangxi Zhuang Autonomous Region government`, `an official from the Yunnan provincial
    /// government`: a Chinese province's, region's or city's government written in lower case is its people's
    /// government, the one the text names in full, or one named as those governments name themselves; the words as
    /// written become its alias.
    fn define_en_governments(&mut self, sentences: &[Sentence]) {
        static RE: OnceLock<Regex> = OnceLock::new();
        let re = RE.get_or_init(|| {
            Regex::new(r"\b(?:of|from|at|by|and|with|under) the ((?:[A-Z][\w'\-]* ){1,4}?)(?:(provincial|municipal|city|regional) )?government\b")
                .expect("valid")
        });
        for s in sentences.iter().filter(|s| s.kind != LineKind::Headline) {
            let text = self.text(s.range.clone());
            for c in re.captures_iter(&text) {
                let written = c.get(0).map_or("", |g| g.as_str());
                let alias = written.split_once(" the ").map_or(written, |(_, a)| a).to_owned();
                let place = c[1].trim();
                let Some((base, level)) = chinese_place(place) else {
                    continue;
                };
                let modifier = c.get(2).map_or("", |g| g.as_str());
                // A government of the place named in full anywhere in the text.
                let full = self.en_government_in_text(place, &base);
                let name = if let Some(i) = self.en_known_government(&base) {
                    self.orgs[i].name.clone()
                } else if let Some(n) = full {
                    n
                } else {
                    match (modifier, level) {
                        ("provincial", "" | "Province") | ("", "Province") => {
                            format!("People's Government of {base} Province")
                        }
                        ("municipal" | "city", "" | "City" | "Municipality")
                        | ("", "City" | "Municipality") => {
                            format!("{base} Municipal People's Government")
                        }
                        ("", "Autonomous Region") | ("regional", "Autonomous Region") => {
                            format!("People's Government of {place}")
                        }
                        // `the Guangxi regional government`: the five autonomous regions by their short names.
                        ("regional", "") => match base.as_str() {
                            "Guangxi" => "People's Government of Guangxi Zhuang Autonomous Region".to_owned(),
                            "Ningxia" => "People's Government of Ningxia Hui Autonomous Region".to_owned(),
                            "Xinjiang" => {
                                "People's Government of Xinjiang Uygur Autonomous Region".to_owned()
                            }
                            "Inner Mongolia" => {
                                "People's Government of Inner Mongolia Autonomous Region".to_owned()
                            }
                            "Tibet" | "Xizang" => {
                                "People's Government of Xizang Autonomous Region".to_owned()
                            }
                            _ => continue,
                        },
                        _ => continue,
                    }
                };
                let i = self.register_named_org(name, "government-body", s.range.clone());
                if self.orgs[i].name != alias && !self.orgs[i].aliases.contains(&alias) {
                    self.orgs[i].aliases.push(alias.clone());
                }
                self.org_index.entry(alias.chars().collect()).or_insert(i);
            }
        }
        // `Deputy Secretary of the CPC Luoyang Municipal Committee`: the party committee of a place, named so.
        static COMMITTEE: OnceLock<Regex> = OnceLock::new();
        let committee = COMMITTEE.get_or_init(|| {
            Regex::new(r"\bCPC ((?:[A-Z][\w'\-]* ){1,3}?)(?:Provincial|Municipal|County|District|Autonomous Regional) Committee\b")
                .expect("valid")
        });
        for s in sentences.iter().filter(|s| s.kind != LineKind::Headline) {
            let text = self.text(s.range.clone());
            for c in committee.captures_iter(&text) {
                if chinese_place(c[1].trim()).is_none() {
                    continue;
                }
                let name = c[0].to_owned();
                let i = self.register_named_org(name.clone(), "government-body", s.range.clone());
                self.org_index.entry(name.chars().collect()).or_insert(i);
            }
        }
        // `Lan Tianli, chairman of the regional government`: the one government of that level the text names (in
        // full, or as above) is meant.
        static PLACELESS: OnceLock<Regex> = OnceLock::new();
        let placeless = PLACELESS.get_or_init(|| {
            Regex::new(
                r"\b(?:of|from|at|by|and|with|under) the (provincial|municipal|city|regional) government\b",
            )
            .expect("valid")
        });
        static FULL: OnceLock<Regex> = OnceLock::new();
        let full_re = FULL.get_or_init(|| {
            Regex::new(r"People's Government of (?:[A-Z][\w\-]* ){1,4}?(?:Province|Autonomous Region|Municipality)\b|\b[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2} (?:Provincial|Municipal) People's Government")
                .expect("valid")
        });
        let whole = self.text(0..self.t.len());
        for s in sentences.iter().filter(|s| s.kind != LineKind::Headline) {
            let text = self.text(s.range.clone());
            for c in placeless.captures_iter(&text) {
                let level = &c[1];
                let fits = |n: &str| match level {
                    "regional" => n.contains("Autonomous Region"),
                    "provincial" => n.contains("Province") || n.contains("Provincial"),
                    _ => n.contains("Municipal"),
                };
                let mut names: Vec<String> = self
                    .orgs
                    .iter()
                    .filter(|o| o.kind == "government-body" && o.name.contains("People's Government"))
                    .map(|o| o.name.clone())
                    .chain(full_re.find_iter(&whole).map(|m| m.as_str().to_owned()))
                    .filter(|n| fits(n))
                    .collect();
                names.sort();
                names.dedup();
                let [name] = names.as_slice() else { continue };
                let i = self.register_named_org(name.clone(), "government-body", s.range.clone());
                let generic = format!("{level} government");
                self.org_index.entry(generic.chars().collect()).or_insert(i);
            }
        }
    }

    /// A post in `org` for the title read as `zh` (see [`Self::en_post_role`]).
    fn en_post(&self, zh: &str, org: Option<usize>) -> PostMention {
        let role = self.en_post_role(zh, org);
        PostMention {
            org,
            written: role.clone(),
            role,
            former: false,
            own: false,
        }
    }

    /// The post an English title names in this organization: a company's (Vice) President is its 总裁, an
    /// association's (Vice) Chairman its 会长, the Director of a provincial department its 厅长, of a bureau its
    /// 局长, of a ministry's department its 司长.
    fn en_post_role(&self, zh: &str, org: Option<usize>) -> String {
        let Some(o) = org.map(|o| &self.orgs[o]) else {
            return zh.to_owned();
        };
        let company = matches!(o.kind.as_str(), "company" | "group");
        // An association's branch has its titles (`Chairman of the Silicon Branch` is its 会长).
        let association = matches!(o.kind.as_str(), "industry-association" | "alliance" | "branch");
        let parent_ministry = o
            .parent
            .is_some_and(|p| self.orgs[p].name.starts_with("Ministry"));
        let deputy = zh.starts_with('副');
        let base = zh.trim_start_matches('副');
        let government = {
            let mut k = org;
            let mut found = false;
            for _ in 0..8 {
                let Some(i) = k else { break };
                let x = &self.orgs[i];
                found |= x.kind == "government-body"
                    || x.name.starts_with("Ministry")
                    || x.name.contains("Government");
                k = x.parent;
            }
            found || o.name.starts_with("Department of") || o.name.contains("Provincial Department")
        };
        // `the Department of Industry and Information Technology of Guangdong Province`, `the Hunan Provincial
        // Department of …`: a province's department, headed by a 厅长 (whether written Director or Director General).
        let provincial_department = o.name.contains("Provincial Department")
            // `the Ningxia Department of Industry and Information Technology`
            || o.name
                .split_once(" Department of ")
                .is_some_and(|(place, _)| chinese_place(place).is_some_and(|(_, level)| level.is_empty()))
            || o.name.starts_with("Department")
                && (o.name.ends_with(" Province")
                    || o.name.ends_with(" Autonomous Region")
                    || o.parent.is_some_and(|p| self.orgs[p].name.contains("Provincial")));
        // (An administration, `Guizhou Provincial Energy Administration`, 省能源局, is a bureau too, as is `Changjiang River
        // Administration of Navigational Affairs`.)
        let bureau = o.name.ends_with("Bureau")
            || o.name.contains("Bureau of")
            || o.kind == "government-body"
                && (o.name.ends_with(" Administration") || o.name.contains(" Administration of "));
        let mapped = match base {
            // A trade union's chairman is its 主席.
            "董事长" if o.name.to_lowercase().ends_with("union") => "主席",
            // A company's or a group's own Director sits on its board.
            "主任" if company && !o.unit => "董事",
            // The chairman of an autonomous region's people's government (自治区主席).
            "董事长" | "会长" if o.kind == "government-body" && o.name.contains("Autonomous Region") => {
                "主席"
            }
            "主任" | "司长" if provincial_department => "厅长",
            "司长" if bureau => "局长",
            // A bank's president is its 行长 (`Vice President of WeBank`).
            "会长" | "总裁"
                if o.name
                    .split(' ')
                    .any(|w| w == "Bank" || w.ends_with("Bank") && w.len() > 4) =>
            {
                "行长"
            }
            // The President of a central state-owned corporation (`China Three Gorges Corporation`, `Sinochem
            // Holdings Corporation Ltd.`) is its 总经理, as these corporations translate the title.
            "会长"
                if company
                    && !deputy
                    && (o.name.starts_with("China ") || o.name.starts_with("Sino"))
                    && !o.name.contains("Group")
                    && ["Corporation", "Corporation Ltd.", "Corporation Limited"]
                        .iter()
                        .any(|e| o.name.ends_with(e)) =>
            {
                "总经理"
            }
            "会长" if company => "总裁",
            // An association's titles name no post of a government body (`Executive Vice President of the Chilean
            // Copper Commission`).
            "会长" | "常务副会长" if o.kind == "government-body" => return String::new(),
            // A Director General heads a government's department (司长), not an institute's or a company's.
            "司长" if !government => return String::new(),
            // A university's president is its 校长; an academy's or institute's is its 院长.
            "会长" if o.kind == "university" => "校长",
            "会长" if o.kind == "research-institute" => "院长",
            "董事长" if association => "会长",
            // `head of the Toy Testing Center`: a centre's head is its 主任.
            "部长" if o.name.ends_with(" Center") || o.name.ends_with(" Centre") => "主任",
            // `head of the China … Association`: no post we can name (部长 heads a department or a ministry).
            "部长" if (association || company) && o.parent.is_none() => return String::new(),
            "主任" if bureau => "局长",
            // `deputy head of the SASAC`: a commission's head is its 主任; a bureau's is its 局长.
            "部长" if bureau => "局长",
            "部长" if government && o.name.contains("Commission") => "主任",
            "主任" if parent_ministry && o.name.contains("Department") => "司长",
            // The head of a ministry's department is its 司长 (`deputy head of the Department of … of the MIIT`).
            "部长" if parent_ministry && o.name.contains("Department") => "司长",
            "主任" if o.name.ends_with("Division") => "处长",
            // `director of the Sugarcane Research Institute`: an institute's director is its 所长 (an academy's or a
            // university's is its 院长, read above).
            "主任" if o.name.ends_with(" Institute") && !company => "所长",
            _ => return zh.to_owned(),
        };
        if deputy {
            format!("副{mapped}")
        } else {
            mapped.to_owned()
        }
    }

    /// `TITLE NAME of ORG` at `at`.
    fn en_title_first(&mut self, at: usize, r: Range<usize>) -> Option<Mention> {
        let (roles, after) = self.en_titles(at, r.end);
        if roles.is_empty() || self.t.get(after) != Some(&' ') {
            return None;
        }
        let rest = self.text(after + 1..r.end.min(after + 201));
        let c = name_re().captures(&rest)?;
        let g = c.get(1)?;
        let name = after + 1 + rest[..g.start()].chars().count()..after + 1 + rest[..g.end()].chars().count();
        // `Professor Liu Min of …`, `Prof. Zhang Wei from Tsinghua University`.
        let of = self.text(name.end..r.end.min(name.end + 6));
        let skip = [" of ", " at ", " from "]
            .into_iter()
            .find(|s| of.starts_with(s))?;
        // `Vice Governor Wang Li of Yunnan Province`: a post in the place's people's government.
        let place_end = {
            let from = name.end + skip.len();
            let rest = self.text(from..r.end.min(from + 60));
            let run: Vec<&str> = rest
                .split(' ')
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .take(4)
                .collect();
            let run = run.join(" ");
            let run = run.trim_end_matches([',', '.', ';']);
            from + run.chars().count()
        };
        let place = self.text(name.end + skip.len()..place_end);
        let (org, stop) = match self.en_org_at(name.end + skip.len(), r.end) {
            Some((pieces, stop)) => {
                let (idx, _) = self.register_chain(&pieces, None, r.clone());
                (idx.last().copied().flatten()?, stop)
            }
            None if government_level(&roles).is_some() => {
                (self.en_place_government(&place, &roles, r.clone())?, place_end)
            }
            None => return None,
        };
        let posts = roles
            .into_iter()
            .map(|role| self.en_post(&role, Some(org)))
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
                    // (As written: `SITU Hui` for `Situ Hui`.)
                    original: self.written(m.name.clone()),
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
        // `It brought together heads of A, B and C, as well as …`: the bodies whose heads the meeting gathered
        // take part.
        for cue in [
            "brought together heads of ",
            "brought together the heads of ",
            "brought together representatives of ",
            "brought together representatives from ",
            "gathered heads of ",
            "gathered representatives of ",
            "gathered representatives from ",
        ] {
            let Some(i) = text.find(cue) else { continue };
            let start = r.start + text[..i + cue.len()].chars().count();
            for (pieces, _) in self.en_org_list(start, r.end) {
                let (idx, _) = self.register_chain(&pieces, None, r.clone());
                if let Some(o) = idx.last().copied().flatten() {
                    self.org_took_part(o, &["参加".to_owned()], r.clone());
                }
            }
            return;
        }
        // (The cue written first: `Heads of A and B, as well as executives from C, …`.)
        let cues = [
            "Representatives of ",
            "representatives of ",
            "Representatives from ",
            "representatives from ",
            "Executives from ",
            "executives from ",
            "Buyers from ",
            "buyers from ",
            "Executives of ",
            "executives of ",
            "Panelists from ",
            "panelists from ",
            "Delegates from ",
            "delegates from ",
            "Officials from ",
            "officials from ",
            "Officials of ",
            "officials of ",
            "Experts from ",
            "experts from ",
            "Managers from ",
            "managers from ",
            "Lawyers from ",
            "lawyers from ",
            "Heads of ",
            "heads of ",
            "Leaders of ",
            "leaders of ",
            "Principals of ",
            "principals of ",
            // Opening the sentence only: `spoke as a representative of …` is the speaker's.
            "A representative of ",
            "A representative from ",
        ];
        if let Some((i, cue)) = cues
            .iter()
            .filter_map(|c| text.find(c).map(|i| (i, *c)))
            .min_by_key(|(i, _)| *i)
        {
            // Executives and delegates speak for their companies only in an exchange of views.
            // Officials speak and attend for their bodies as representatives do.
            let representatives = [
                "representatives",
                "officials",
                "a representative",
                "heads",
                "leaders",
                "principals",
            ]
            .iter()
            .any(|c| cue.to_lowercase().starts_with(c));
            let mut start = r.start + text[..i + cue.len()].chars().count();
            // `Representatives of distributors, including A, B and C, shared …`: the group in lower case, then its
            // members.
            let lead = self.text(start..r.end.min(start + 60));
            if let Some(k) = lead.find(", including ")
                && lead[..k]
                    .split(' ')
                    .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            {
                start += lead[..k + 12].chars().count();
            }
            // (`Representatives of Tongji University and Horizon Robotics also spoke`, `Executives from BYD Company
            // Limited, Gotion High-Tech and PT Astra International shared …`: any but the first may have no word
            // like Group; the verb after the list decides whether it is one.)
            let mut list = self.en_org_list_with(start, r.end, true);
            // `Representatives from Siemens Mobility, Alstom and Hitachi Rail also spoke`: the first name may have no
            // word like Group either, unless its words are all pinyin (`… from Beijing and Shanghai`).
            let pinyin = {
                let text = self.text(start..r.end.min(start + 40));
                text.split([' ', ',', '.'])
                    .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
                    .all(is_pinyin_word)
            };
            if list.is_empty() && !pinyin {
                list = self.en_org_list_from(start, r.end, true, true);
            }
            // `A representative of X Co., Ltd.` speaks for one organization.
            if cue.to_lowercase().starts_with("a ") {
                list.truncate(1);
            }
            let Some(mut after) = list.last().map(|(_, stop)| *stop) else {
                return;
            };
            // `…, whose team won first prize in the team event, also shared …`: past a relative clause about it.
            if self.text(after..r.end.min(after + 8)) == ", whose " {
                let rest = self.text(after + 8..r.end);
                let Some(comma) = rest.find(", ") else { return };
                after += 8 + rest[..comma].chars().count() + 1;
            }
            // The roles of the verbs after the list (`made statements`), or an exchange of views.
            let bare_end = super::sentences::bare(&self.t, r.clone()).end;
            let mut verbs = self.verbs_at(after, bare_end, r.clone());
            // `Executives from A and B, as well as C, Secretary General of D, spoke in turn`: the predicate after the
            // people joined by `as well as`, at the first clause that opens with a role verb.
            // (So after `, and heads of more than 30 central SOEs, attended …`.)
            let joined = [", as well as ", ", and ", ", along with "]
                .iter()
                .find(|w| self.text(after..r.end.min(after + w.len())) == **w)
                .map(|w| w.len());
            // (`…, as well as executives from C and D, made speeches`: a second group, of organizations too.)
            if let Some(len) = joined {
                let from = after + len;
                let rest = self.text(from..r.end.min(from + 30));
                if let Some(c) = cues
                    .iter()
                    .find(|c| c.starts_with(|ch: char| ch.is_lowercase()) && rest.starts_with(**c))
                {
                    list.extend(self.en_org_list_with(from + c.chars().count(), r.end, true));
                }
            }
            if verbs.roles.is_empty()
                && let Some(len) = joined
            {
                let mut q = after + len;
                while verbs.roles.is_empty() && q + 2 < bare_end {
                    if self.t[q] == ',' && self.t[q + 1] == ' ' && self.t[q + 2].is_lowercase() {
                        verbs = self.verbs_at(q + 2, bare_end, r.clone());
                    }
                    q += 1;
                }
            }
            // `In the panel discussion, representatives of A, B and C shared their experience …`: what they say in a
            // panel is an exchange.
            let lead = text[..i].to_lowercase();
            let panel = ["panel discussion", "panel session", "panel dialogue"]
                .iter()
                .any(|w| lead.contains(w));
            // (Exchange speeches are statements, as `作交流发言` is: `made exchange speeches on …`.)
            let rest = self.text(after..r.end);
            // (`Executives from A, B and C discussed how …`: a discussion is an exchange too.)
            let exchange = rest.contains("exchange")
                && !rest.contains("exchange speech")
                && !rest.contains("exchange presentation")
                || rest.starts_with(" discussed ");
            let roles = if exchange
                || verbs.roles.iter().any(|x| x == "交流")
                || (panel && !verbs.roles.is_empty() && verbs.reports.is_empty())
            {
                vec!["交流".to_owned()]
            } else if representatives && !verbs.roles.is_empty() && verbs.reports.is_empty() {
                // `Representatives of A and B spoke about …`: who speaks for an organization makes its statement
                // (代表…发言), not a speech of its own.
                let mut roles: Vec<String> = Vec::new();
                for role in verbs.roles {
                    let role = if role == "讲话" {
                        "发言".to_owned()
                    } else {
                        role
                    };
                    if !roles.contains(&role) {
                        roles.push(role);
                    }
                }
                roles
            } else if (verbs.roles == ["发言"] || verbs.roles == ["讲话"]) && verbs.reports.is_empty() {
                // `Executives from A, B and C shared their experience in …`, `… spoke at the meeting`: a statement
                // for their companies.
                vec!["发言".to_owned()]
            } else {
                return;
            };
            for (pieces, _) in list {
                let (idx, _) = self.register_chain(&pieces, None, r.clone());
                let Some(o) = idx.last().copied().flatten() else {
                    continue;
                };
                self.org_took_part(o, &roles, r.clone());
            }
            // `…, while A Co., Ltd. and B Co., Ltd. presented their practices …`: bodies of a second clause that make
            // statements too.
            if roles == ["发言"]
                && let Some(w) = self.text(after..bare_end).find(", while ")
            {
                let from = after + self.text(after..bare_end)[..w + 8].chars().count();
                let more = self.en_org_list(from, bare_end);
                if let Some(&(_, stop)) = more.last()
                    && self.verbs_at(stop, bare_end, r.clone()).roles == ["发言"]
                {
                    for (pieces, _) in more {
                        let (idx, _) = self.register_chain(&pieces, None, r.clone());
                        if let Some(o) = idx.last().copied().flatten() {
                            self.org_took_part(o, &roles, r.clone());
                        }
                    }
                }
            }
            return;
        }
        // `Dongfang Electric Corporation, Shanghai Electric Group Co., Ltd. and China First Heavy Industries spoke on
        // behalf of the suppliers`, `… delivered presentations on their practices`: organizations, the sentence's
        // whole subject, that speak for a group or present their own work make statements (代表…发言, 交流发言).
        // The last one may have no word like Group (`China First Heavy Industries`).
        let at = self.skip_article(self.skip_adverbial(r.clone()), r.end);
        let list = self.en_org_list_with(at, r.end, true);
        let Some(&(_, stop)) = list.last() else { return };
        let rest = self.text(stop..r.end.min(stop + 40));
        if ![
            " spoke on behalf of ",
            " spoke as representatives of ",
            " made speeches on behalf of ",
            " made exchange presentations",
            " gave exchange presentations",
            " delivered exchange presentations",
            " made exchange speeches",
            " delivered presentations",
            " gave presentations",
            " made presentations",
            " shared their experience",
            " shared their practices",
        ]
        .iter()
        .any(|v| rest.starts_with(v))
        {
            return;
        }
        for (pieces, _) in list {
            let (idx, _) = self.register_chain(&pieces, None, r.clone());
            let Some(o) = idx.last().copied().flatten() else {
                continue;
            };
            self.org_took_part(o, &["发言".to_owned()], r.clone());
        }
    }
}

/// `China SAE`: a capitalized word and an abbreviation, a short name of the kind some Chinese bodies use; its
/// letters (`CSAE`).
fn mixed_short_form(text: &str) -> Option<String> {
    let (word, acronym) = text.split_once(' ')?;
    let ok = is_short_form_word(word) && is_acronym(acronym) && acronym.len() <= 6;
    ok.then(|| format!("{}{acronym}", &word[..1]))
}

/// `SPIC Hydrogen Energy Co., Ltd.`, `SGCC Hebei Electric Power Company`: a company named with its group's
/// abbreviation as its first word (the abbreviation, then capitalized words ending with Co., Ltd. or Company), not
/// the group itself.
fn acronym_opens_company(words: &[(usize, &str)]) -> bool {
    if words
        .first()
        .is_none_or(|(_, w)| w.ends_with([',', '.', ';', ':']))
    {
        return false;
    }
    for (k, (_, w)) in words.iter().enumerate().skip(1).take(8) {
        let bare = head_form(w);
        if !bare.chars().next().is_some_and(char::is_uppercase) || UNIT_WORDS.contains(&bare) {
            return false;
        }
        if k > 1
            && matches!(
                bare,
                "Co." | "Ltd." | "Company" | "Corporation" | "Corp." | "Inc." | "Limited"
            )
        {
            return true;
        }
        if w.ends_with([';', ':']) || w.ends_with(',') && *w != "Co.," {
            return false;
        }
    }
    false
}

/// A short name of one word in parentheses (`Chalco`, `Sinopec`): 3 to 12 letters, a capital first.
fn is_short_form_word(word: &str) -> bool {
    (3..=12).contains(&word.len())
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && word.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

/// True when `word` reads as pinyin syllables (`Baise`, `Foshan`, `Guangxi`, `Xi'an`): a Chinese place's name,
/// not `Brussels` or `Jakarta`.
fn is_pinyin_word(word: &str) -> bool {
    const INITIALS: [&str; 24] = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
        "c", "s", "y", "w", "",
    ];
    const FINALS: [&str; 37] = [
        "iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao",
        "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "a", "o", "e", "i",
        "u", "v", "ve", "van", "vn", "ueng",
    ];
    let w = word.to_lowercase();
    if w.is_empty() || !w.chars().all(|c| c.is_ascii_lowercase() || c == '\'') {
        return false;
    }
    w.split('\'').all(|part| {
        let b = part.as_bytes();
        // ok[i]: the first i letters are whole syllables.
        let mut ok = vec![false; b.len() + 1];
        ok[0] = true;
        for i in 0..b.len() {
            if !ok[i] {
                continue;
            }
            for ini in INITIALS {
                if !part[i..].starts_with(ini) {
                    continue;
                }
                for fin in FINALS {
                    // A syllable with no initial opens with a, o or e (`an`, `ou`, `er`): `i`, `u` and `ü` alone are
                    // written `yi`, `wu`, `yu` (so `Hanoi` and `Vientiane` are no pinyin).
                    if ini.is_empty() && !fin.starts_with(['a', 'o', 'e']) {
                        continue;
                    }
                    let j = i + ini.len() + fin.len();
                    if j <= b.len() && part[i + ini.len()..].starts_with(fin) {
                        ok[j] = true;
                    }
                }
            }
        }
        !part.is_empty() && ok[b.len()]
    })
}

/// A Chinese province, region or city as written (`Baise`, `Jiangxi Province`, `Guangxi Zhuang Autonomous
/// Region`): its name without the word of its level, and that word.
fn chinese_place(text: &str) -> Option<(String, &'static str)> {
    let mut base = text.trim();
    let mut level = "";
    for l in [
        "Autonomous Region",
        "Province",
        "City",
        "Municipality",
        "Prefecture",
        "County",
        "District",
    ] {
        if let Some(b) = base.strip_suffix(l) {
            base = b.trim_end();
            level = l;
            break;
        }
    }
    // Names that are no pinyin (the cities' among them: `Harbin Vice Mayor Zhuge Wenbo`).
    if matches!(
        base,
        "Inner Mongolia"
            | "Tibet"
            | "Xizang"
            | "Hong Kong"
            | "Macao"
            | "Macau"
            | "Harbin"
            | "Urumqi"
            | "Hohhot"
            | "Lhasa"
            | "Kashgar"
            | "Karamay"
            | "Korla"
            | "Hulunbuir"
            | "Ordos"
            | "Shigatse"
            | "Horgos"
            | "Khorgos"
            | "Altay"
            | "Aksu"
            | "Hotan"
            | "Turpan"
            | "Bortala"
            | "Xilinhot"
            | "Erenhot"
            | "Nyingchi"
            | "Chamdo"
            | "Golmud"
    ) {
        return Some((base.to_owned(), level));
    }
    let words: Vec<&str> = base.split(' ').collect();
    let ethnic = |w: &str| {
        matches!(
            w,
            "Zhuang" | "Hui" | "Uygur" | "Uyghur" | "Tujia" | "Miao" | "Yi" | "Dai"
        )
    };
    // The place's name in pinyin, then (in an autonomous region's) the people's name (`Xinjiang Uygur`).
    let ok = (1..=3).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && is_pinyin_word(words[0])
        && (words.len() == 1 || level == "Autonomous Region" && words[1..].iter().all(|w| ethnic(w)));
    ok.then(|| (base.to_owned(), level))
}

/// The people's government a title of a place names: a mayor's is its city's (市长, 副市长), a governor's its
/// province's (省长, 副省长).
fn government_level(roles: &[String]) -> Option<&'static str> {
    if roles.is_empty() {
        return None;
    }
    if roles.iter().all(|r| matches!(r.as_str(), "市长" | "副市长")) {
        Some("City")
    } else if roles.iter().all(|r| matches!(r.as_str(), "省长" | "副省长")) {
        Some("Province")
    } else {
        None
    }
}

fn first_year(text: &str) -> Option<String> {
    let re = Regex::new(r"\b((?:19|20)\d{2})\b").ok()?;
    re.captures(text).map(|c| c[1].to_owned())
}

/// A clause that names its people after it, with their role: a speech given by them (`Speeches were delivered
/// by`, `Welcome addresses were given by`, `A keynote report was presented by`), attendance (`Attending the
/// opening ceremony were`, `Also in attendance were`, `Among those present were`). Where the names start (byte
/// offset and length of the cue) and the role.
fn passive_cue(text: &str) -> Option<(usize, usize, &'static str)> {
    // (ASCII word boundaries: the cues are English words, and the fast engine cannot run Unicode ones.)
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(&with_meeting_nouns(
            r"(?i)(?-u:\b)(?:(?P<kind>opening|welcome|welcoming|closing|concluding|keynote|congratulatory|summary|special|main|important) )?(?P<noun>remarks|speeches|speech|addresses|address|reports|report|presentations|presentation|statements|white paper)(?: \(?\d{4}(?:-\d{2,4})?\)?)? (?:was|were) (?:also |then |respectively )?(?:delivered|given|made|presented|released|unveiled)(?: respectively)? by |(?-u:\b)(?P<attend>(?:also )?(?:attending|present at|in attendance at|in attendance|present)(?: the (?:[\w\-]+ ){0,3}?(?:{NOUNS}|opening ceremony|ceremony|opening|signing|talks))? (?:were|was|included)(?: also)?|among those (?:attending|present)(?: the (?:[\w\-]+ ){0,3}?(?:{NOUNS}))? were|among the (?:guests|attendees|participants|speakers)(?: present)? were|(?:attendees|participants|guests)(?: also)? included) |(?-u:\b)(?:was|were) (?:also |jointly |respectively )?(?:(?P<attended>attended)|(?P<addressed>addressed)) by |(?-u:\b)(?P<chair>(?:{NOUNS}|session|discussion|panel|ceremony|dialogue) (?:was |were )?(?:moderated|chaired|co-chaired|presided over|co-moderated) by) |(?-u:\b)(?P<speak>(?:also )?speaking(?: at the (?:[\w\-]+ ){0,3}?(?:{NOUNS}|opening ceremony|ceremony|opening))? (?:were|was)|speakers(?: at the (?:[\w\-]+ ){0,3}?(?:{NOUNS}|opening ceremony|ceremony|opening))? (?:included|include|were)) |(?-u:\b)(?P<panel>(?:panelists|panellists|panel members|panel speakers|discussants)(?: (?:at|of|in|for) the (?:[\w\-]+ ){0,3}?(?:{NOUNS}|panel|discussion|session))? (?:included|include|were)) ",
        ))
        .expect("valid")
    });
    let c = re.captures(text)?;
    let all = c.get(0)?;
    // The clause opens the sentence (or follows a comma): not `the experts present were …` inside another clause.
    // A few lower-case words may name who they are (`Guests attending the meeting included`).
    let before = text[..all.start()].trim_end();
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let by = all.as_str().ends_with(" by ");
    if !(by
        || before.ends_with(',')
        || words.len() <= 4
            && !before.contains(',')
            && words
                .iter()
                .skip(1)
                .all(|w| !w.chars().next().is_some_and(char::is_uppercase)))
    {
        return None;
    }
    let role = if c.name("attend").is_some() || c.name("attended").is_some() {
        "出席"
    } else if c.name("chair").is_some() {
        "主持"
    } else if c.name("addressed").is_some() {
        "讲话"
    } else if c.name("panel").is_some() {
        // Panelists speak (发言).
        "发言"
    } else if c.name("speak").is_some() {
        // `Keynote speakers included …`
        if before.to_lowercase().ends_with("keynote") {
            "作报告"
        } else {
            "讲话"
        }
    } else {
        let kind = c
            .name("kind")
            .map(|k| k.as_str().to_lowercase())
            .unwrap_or_default();
        let noun = c
            .name("noun")
            .map(|k| k.as_str().to_lowercase())
            .unwrap_or_default();
        match (kind.as_str(), noun.as_str()) {
            ("closing" | "concluding" | "summary", _) => "总结讲话",
            ("opening" | "welcome" | "welcoming" | "congratulatory", _) => "致辞",
            ("keynote", _) | (_, "report" | "reports" | "presentation" | "presentations" | "white paper") => {
                "作报告"
            }
            (_, "statements") => "发言",
            _ => "讲话",
        }
    };
    Some((all.start(), all.len(), role))
}

/// Where the opening phrase of `At a roundtable moderated by A, a professor at B, executives from …` (or `In a panel
/// discussion moderated by …`) ends (the byte of the comma before the main clause's subject), when it names its chair
/// with one appositive and a lower-case word follows.
fn en_chaired_session_end(text: &str) -> Option<usize> {
    if !["At ", "During ", "In "].iter().any(|w| text.starts_with(w)) {
        return None;
    }
    let cue = [
        " moderated by ",
        " chaired by ",
        " presided over by ",
        " hosted by ",
    ]
    .iter()
    .filter_map(|w| text.find(w).map(|i| i + w.len()))
    .min()?;
    // (The opening phrase: a few lower-case words naming the session.)
    if text[..cue].matches(' ').count() > 8 || text[..cue].contains(',') {
        return None;
    }
    let name_end = cue + text[cue..].find(", ")?;
    // (`a professor at …`, `secretary-general of …`: an article or a title in lower case; or a title in capitals
    // of an organization, `Director of the Electrical Equipment Department of CCCME`.)
    let appositive = &text[name_end + 2..];
    let end = name_end + 2 + appositive.find(", ")?;
    let titled = |a: &str| a.contains(" of ") || a.contains(" at ");
    if !(appositive.starts_with(|c: char| c.is_ascii_lowercase())
        || appositive.starts_with(|c: char| c.is_ascii_uppercase()) && titled(&text[name_end + 2..end]))
    {
        return None;
    }
    let subject = &text[end + 2..];
    // (`…, Yao Lanfang, vice-president of Tuhu Car Inc, and Kou Wenbin, … spoke`: a subject named with an
    // appositive of its own, as the chair was.)
    let named = subject.split_once(", ").is_some_and(|(name, rest)| {
        let words: Vec<&str> = name.split(' ').collect();
        (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase()) && w.chars().all(char::is_alphabetic)
            })
            && plausible_name(name)
            && rest.starts_with(|c: char| c.is_ascii_lowercase())
            && !rest.starts_with("and ")
    });
    (named
        || subject.starts_with(|c: char| c.is_ascii_lowercase())
            && !["and ", "who ", "which ", "with ", "while "]
                .iter()
                .any(|w| subject.starts_with(w)))
    .then_some(end)
}

/// The plural of an English title (lower case): `vice presidents`, `deputy secretaries-general`, `vice chairmen`.
pub(crate) fn plural_title(en: &str) -> String {
    for (one, many) in [
        ("secretary-general", "secretaries-general"),
        ("secretary general", "secretaries general"),
        ("director-general", "directors-general"),
        ("director general", "directors general"),
    ] {
        if let Some(head) = en.strip_suffix(one) {
            return format!("{head}{many}");
        }
    }
    if let Some(head) = en.strip_suffix("man") {
        format!("{head}men")
    } else if let Some(head) = en.strip_suffix("woman") {
        format!("{head}women")
    } else if let Some(head) = en.strip_suffix("ary") {
        format!("{head}aries")
    } else if en.ends_with('s') || en.ends_with(')') {
        en.to_owned()
    } else {
        format!("{en}s")
    }
}

/// True when a title as written is plural (shared by the names listed with it).
fn is_plural_title(title: &str) -> bool {
    let last = title.rsplit(' ').next().unwrap_or("");
    last.ends_with("ies-General")
        || last.ends_with("ors-General")
        || (last.ends_with("men") && !last.ends_with("ment"))
        || (last.ends_with('s') && !last.ends_with("ss") && last != "Affairs")
}

/// The first year of a headline that may be its meeting's (`CNIA Holds 2025 Lithium Forum`), not the year a
/// report is about (`Economic Performance … in 2024`, `Outlook for 2025`, `Since 2020`).
fn named_year(text: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"\b((?:19|20)\d{2})\b").expect("valid"));
    re.captures_iter(text).find_map(|c| {
        let g = c.get(1)?;
        let before = text[..g.start()].trim_end().to_lowercase();
        let word = before.rsplit([' ', '(']).next().unwrap_or("");
        let topic = matches!(
            word,
            "in" | "for" | "of" | "since" | "by" | "through" | "until" | "to" | "from" | "during" | "over"
        ) || text[g.end()..].starts_with(['-', '–']);
        (!topic).then(|| g.as_str().to_owned())
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::{ExtractOptions, Extractor};
    use crate::lexicon::Lexicon;
    use crate::records::Dataset;

    fn extract(text: &str, published: &str) -> Dataset {
        let opts = ExtractOptions {
            source_id: "t".into(),
            published: Some(published.into()),
            ..ExtractOptions::default()
        };
        let got = Extractor::new(&Lexicon::builtin()).extract(text, &opts);
        got.check_evidence(text).unwrap();
        got.dataset
    }

    fn posts(d: &Dataset) -> Vec<(String, String, String)> {
        d.people
            .iter()
            .flat_map(|p| {
                p.posts
                    .iter()
                    .map(|x| (p.name.clone(), x.org.clone(), x.role.clone()))
            })
            .collect()
    }

    fn roles(d: &Dataset) -> Vec<(String, Vec<String>)> {
        d.meetings[0]
            .participants
            .iter()
            .map(|p| (p.who.clone(), p.roles.clone()))
            .collect()
    }

    /// Asserts who took part with which roles, in any order.
    fn assert_roles(d: &Dataset, expected: &[(&str, &[&str])]) {
        let mut got = roles(d);
        got.sort();
        let mut want: Vec<(String, Vec<String>)> = expected
            .iter()
            .map(|(who, roles)| ((*who).to_owned(), roles.iter().map(|r| (*r).to_owned()).collect()))
            .collect();
        want.sort();
        assert_eq!(got, want, "{}", d.to_yaml());
    }

    #[test]
    fn a_wire_story_names_its_meeting_where_someone_speaks_at_it() {
        let d = extract(
            "Copper smelters urged to cut costs\nBEIJING, Nov. 3 (Xinhua) -- Copper smelters should cut costs, \
             China Nonferrous Metals Industry Association (CNIA) Vice President Wang Jian said here on Monday.\n\
             Speaking at the 2025 China Copper Summit, Wang said demand was growing. The summit drew about 400 \
             delegates.",
            "2025-11-04",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "2025 China Copper Summit");
        assert_eq!(
            (m.date.as_deref(), m.place.as_deref()),
            (Some("2025-11-03"), Some("Beijing"))
        );
        assert_eq!(m.attendance_count, Some(400));
        assert_eq!(
            posts(&d),
            [(
                "Wang Jian".into(),
                "China Nonferrous Metals Industry Association".into(),
                "副会长".into()
            )]
        );
        // (Who speaks at the summit makes a statement, as the test sets' writers record it; at its opening, a
        // speech.)
        assert_eq!(roles(&d), [("Wang Jian".to_owned(), vec!["发言".to_owned()])]);
    }

    #[test]
    fn an_english_page_without_a_meeting_gives_nothing() {
        let d = extract(
            "Copper output rises in October\nBEIJING, Nov. 3 (Xinhua) -- China's refined copper output rose 5 percent \
             in October, China Nonferrous Metals Industry Association (CNIA) President Ge Honglin said on Monday. \
             Demand from the power grid remained strong.",
            "2025-11-04",
        );
        assert!(d.is_empty(), "{}", d.to_yaml());
    }

    #[test]
    fn ministries_provinces_and_bureaus_name_their_directors_in_chinese_terms() {
        let d = extract(
            "Forum held\nThe 2025 Nickel Forum was held in Jinchang on July 8, 2025. Li Hua, Director of the Department \
             of Raw Materials Industry of the Ministry of Industry and Information Technology, Sun Ping, Deputy \
             Director of the Gansu Provincial Department of Industry and Information Technology, and Zhou Lin, \
             Director of the Jinchang Municipal Bureau of Commerce, attended the forum. Vice Minister of Commerce \
             Wang Shouwen delivered a speech. Jinchuan Group President Liu Qiang and Hunan Tianlong Company Vice \
             President Xu Mei delivered keynote speeches.",
            "2025-07-09",
        );
        let got = posts(&d);
        let want = [
            ("Li Hua", "Department of Raw Materials Industry", "司长"),
            (
                "Sun Ping",
                "Gansu Provincial Department of Industry and Information Technology",
                "副厅长",
            ),
            ("Zhou Lin", "Jinchang Municipal Bureau of Commerce", "局长"),
            ("Wang Shouwen", "Ministry of Commerce", "副部长"),
            ("Liu Qiang", "Jinchuan Group", "总裁"),
            ("Xu Mei", "Hunan Tianlong Company", "副总裁"),
        ];
        for (who, org, role) in want {
            assert!(
                got.contains(&(who.into(), org.into(), role.into())),
                "{who} {org} {role}: {got:?}"
            );
        }
        let dept = d
            .organizations
            .iter()
            .find(|o| o.name == "Department of Raw Materials Industry")
            .unwrap();
        assert_eq!(
            dept.parent.as_deref(),
            Some("Ministry of Industry and Information Technology")
        );
        assert_eq!(roles(&d).len(), 6, "{:?}", roles(&d));
    }

    #[test]
    fn date_ranges_and_lists_of_companies() {
        let d = extract(
            "Expo opens\nFrom June 30 to July 2, 2025, the 2025 China Aluminium Expo was held in Shanghai. It was \
             organized by the China Aluminium Processing Association and Shanghai Alu Exhibition Co., Ltd. and \
             supported by the Shanghai Nonferrous Metals Association.",
            "2025-07-03",
        );
        let m = &d.meetings[0];
        assert_eq!(
            (m.date.as_deref(), m.end_date.as_deref()),
            (Some("2025-06-30"), Some("2025-07-02"))
        );
        assert_eq!(
            m.organizers,
            [
                "China Aluminium Processing Association",
                "Shanghai Alu Exhibition Co., Ltd."
            ]
        );
        assert_eq!(m.supporters, ["Shanghai Nonferrous Metals Association"]);
        let d = extract(
            "Seminar held\nThe 2025 Zinc Seminar was held in Kunming on 28-30 May 2025.",
            "2025-06-01",
        );
        let m = &d.meetings[0];
        assert_eq!(
            (m.date.as_deref(), m.end_date.as_deref()),
            (Some("2025-05-28"), Some("2025-05-30"))
        );
    }

    #[test]
    fn an_abbreviation_is_an_alias_only_when_its_letters_fit() {
        let d = extract(
            "Forum held\nThe 2025 Tin Forum was held in Gejiu on May 6, 2025. It was organized by the China Tin \
             Industry Association (CTIA) and the Yunnan Tin Society (YMA). CTIA Secretary-General Fang Lei chaired \
             the forum. YMA President Tao Ran attended.",
            "2025-05-07",
        );
        let got = posts(&d);
        assert!(
            got.contains(&(
                "Fang Lei".into(),
                "China Tin Industry Association".into(),
                "秘书长".into()
            )),
            "{got:?}"
        );
        // YMA does not fit the Yunnan Tin Society: it stays a name of its own.
        let society = d
            .organizations
            .iter()
            .find(|o| o.name == "Yunnan Tin Society")
            .unwrap();
        assert!(society.aliases.is_empty(), "{society:?}");
        assert!(
            !got.iter().any(|(_, org, _)| org == "Yunnan Tin Society"),
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_verb_is_no_part_of_the_meeting_name_and_sponsors_organize() {
        let d = extract(
            "CNIA Holds 2025 Lithium Forum\nZhou Jian, Vice President of the China Nonferrous Metals Industry \
             Association, addressed the 2025 Lithium Forum in Xining on May 6, 2025. The forum was sponsored by the \
             China Nonferrous Metals Industry Association and co-sponsored by the Qinghai Lithium Society. Wang Li, \
             Chief Engineer of Qinghai Salt Lake Industry Co., Ltd., gave a presentation titled \"Brine Lithium\".",
            "2025-05-07",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "2025 Lithium Forum");
        assert_eq!(m.organizers, ["China Nonferrous Metals Industry Association"]);
        assert_eq!(m.co_organizers, ["Qinghai Lithium Society"]);
        assert_eq!(m.reports[0].title, "Brine Lithium");
        assert_eq!(
            roles(&d),
            [
                ("Zhou Jian".to_owned(), vec!["讲话".to_owned()]),
                ("Wang Li".to_owned(), vec!["作报告".to_owned()])
            ]
        );
    }

    #[test]
    fn headline_hosts_names_known_again_and_two_corporations_joined_by_and() {
        let d = extract(
            "China Gold Association hosts gold market forum\nBEIJING, March 18 (Reporter Li Na) -- The 2025 China Gold \
             Market Forum opened in Beijing on Tuesday, with some 300 participants. Shanghai Gold Exchange Vice \
             President Wang Zhenying spoke at the forum. The forum was co-organized by the Shanghai Gold Exchange. \
             Representatives from Aluminum Corporation of China and Jiangxi Copper Corporation exchanged views.",
            "2025-03-19",
        );
        let m = &d.meetings[0];
        assert_eq!(m.organizers, ["China Gold Association"]);
        assert_eq!(m.co_organizers, ["Shanghai Gold Exchange"]);
        assert_eq!(m.attendance_count, Some(300));
        let who: Vec<String> = m.participants.iter().map(|p| p.who.clone()).collect();
        assert_eq!(
            who,
            [
                "Wang Zhenying",
                "Aluminum Corporation of China",
                "Jiangxi Copper Corporation"
            ]
        );
    }

    #[test]
    fn elections_attendance_lists_weekdays_and_quotes_attributed_after_the_quote() {
        let d = extract(
            "Home | News\nThe 7th Member Congress of the China Tungsten Industry Association (CTIA) was held in Ganzhou \
             on Wednesday. The congress was attended by Wang Hong, Deputy Director-General of the Department of Raw \
             Materials Industry of the Ministry of Industry and Information Technology, and Li Qiang, Vice Mayor of \
             Ganzhou. Sun Tao was elected President of CTIA, and the council elected Zhao Ping as Secretary-General of \
             CTIA. \"Prices will recover,\" said Chen Ming, Vice President of CTIA, in his speech. Huayou Cobalt Co., \
             Ltd. President Chen Hongliang, Glencore China Managing Director Jason Wu and GEM Co., Ltd. Chairman Xu \
             Kaihua attended the congress.",
            "2025-06-20",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "7th Member Congress");
        assert_eq!(m.date.as_deref(), Some("2025-06-18"));
        assert_eq!(m.organizers, ["China Tungsten Industry Association"]);
        let got = posts(&d);
        for (who, role) in [
            ("Sun Tao", "会长"),
            ("Zhao Ping", "秘书长"),
            ("Chen Ming", "副会长"),
        ] {
            assert!(
                got.contains(&(
                    who.into(),
                    "China Tungsten Industry Association".into(),
                    role.into()
                )),
                "{who}: {got:?}"
            );
        }
        let attended = |who: &str| {
            roles(&d)
                .iter()
                .any(|(w, r)| w == who && r == &["出席".to_owned()])
        };
        assert!(
            attended("Wang Hong")
                && attended("Li Qiang")
                && attended("Chen Hongliang")
                && attended("Xu Kaihua")
        );
        assert!(
            roles(&d)
                .iter()
                .any(|(w, r)| w == "Chen Ming" && r == &["讲话".to_owned()])
        );
        // Neither an unknown title nor a title read as a name is a person.
        assert!(
            !d.people
                .iter()
                .any(|p| p.name == "Vice Mayor" || p.name == "Jason Wu"),
            "{}",
            d.to_yaml()
        );
        assert!(!d.organizations.iter().any(|o| o.name.contains("Managing")));
    }

    #[test]
    fn heads_of_state_and_press_conferences_are_no_part_of_the_meeting() {
        let d = extract(
            "Iron ore forum opens\nQINGDAO, May 8 (Xinhua) -- The 2025 Iron Ore Forum opened in Qingdao on Thursday. \
             Prices fell after US President Donald Trump announced tariffs, Australian Resources Minister Madeleine \
             King and Commerce Minister Wang Wentao said, while CISA Vice President Luo Tiejun attended the forum. \
             Speaking at a press conference after the opening, Luo said demand was stable.",
            "2025-05-09",
        );
        assert_eq!(d.meetings[0].date.as_deref(), Some("2025-05-08"));
        let people: Vec<&str> = d.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Luo Tiejun"]);
        assert_eq!(roles(&d), [("Luo Tiejun".to_owned(), vec!["出席".to_owned()])]);
        assert!(
            d.organizations
                .iter()
                .all(|o| !["US", "Australian Resources", "Commerce"].contains(&o.name.as_str()))
        );
    }

    #[test]
    fn sponsors_and_organizers_short_names_and_page_dates() {
        let d = extract(
            "CNIA News\n2025 China Lead and Zinc Annual Conference Successfully Held\nPosted on October 12, 2025\nOn \
             October 10-11, the 2025 China Lead and Zinc Annual Conference, sponsored by the China Nonferrous Metals \
             Industry Association and organized by the Lead and Zinc Branch of CNIA, was successfully held in \
             Changsha, Hunan. Vice President Fan Shunke of CNIA attended the conference and delivered a speech.",
            "2025-10-15",
        );
        let m = &d.meetings[0];
        assert_eq!(
            (m.date.as_deref(), m.end_date.as_deref()),
            (Some("2025-10-10"), Some("2025-10-11"))
        );
        assert_eq!(m.organizers, ["China Nonferrous Metals Industry Association"]);
        assert_eq!(m.undertakers, ["Lead and Zinc Branch"]);
        assert_eq!(
            posts(&d),
            [(
                "Fan Shunke".into(),
                "China Nonferrous Metals Industry Association".into(),
                "副会长".into()
            )]
        );
        // The hosts in one sentence, the organizers in the next: the hosts organize it (主办), the others undertake.
        let d = extract(
            "Robot conference opens\nSHENYANG, Aug. 8 (Xinhua) -- The 2025 World Robot Industry Conference opened in \
             Shenyang on Friday. The two-day event is hosted by the Shenyang Municipal People's Government and the \
             China Robot Industry Alliance. It is organized by the Shenyang Municipal Bureau of Industry and \
             Information Technology.",
            "2025-08-08",
        );
        let m = &d.meetings[0];
        assert_eq!(
            m.organizers,
            [
                "Shenyang Municipal People's Government",
                "China Robot Industry Alliance"
            ],
            "{}",
            d.to_yaml()
        );
        assert_eq!(
            m.undertakers,
            ["Shenyang Municipal Bureau of Industry and Information Technology"]
        );
        // A company named again without the city its registered name opens with.
        let d = extract(
            "Yutong holds partners conference\nOn March 20, Zhengzhou Yutong Bus Co., Ltd. held its 2025 Global \
             Partners Conference in Zhengzhou. Cao Jingyi, Chairman of Yutong Bus, attended the conference and \
             delivered a speech.",
            "2025-03-21",
        );
        assert_eq!(
            posts(&d),
            [(
                "Cao Jingyi".into(),
                "Zhengzhou Yutong Bus Co., Ltd.".into(),
                "董事长".into()
            )],
            "{}",
            d.to_yaml()
        );
        // A number that is no year inside a company's name.
        let d = extract(
            "Apparel conference\nOn May 8, the China National Garment Association held the 2025 China Occupational \
             Apparel Conference in Ningbo. Ms. Qiu Yanan, Chief Engineer of Jihua 3502 Professional Apparel Co., \
             Ltd., delivered an exchange speech.",
            "2025-05-09",
        );
        assert_eq!(
            posts(&d),
            [(
                "Qiu Yanan".into(),
                "Jihua 3502 Professional Apparel Co., Ltd.".into(),
                "总工程师".into()
            )],
            "{}",
            d.to_yaml()
        );
        // A body that provided guidance, in a sentence of its own, guides it (指导).
        let d = extract(
            "Fungi conference\nFUZHOU, Nov. 8 (Xinhua) -- More than 800 people gathered in Fuzhou on Friday for \
             the 2024 China Edible Fungi Industry Conference. The conference was hosted by the China Edible Fungi \
             Association. The Fujian Provincial Department of Agriculture and Rural Affairs provided guidance.",
            "2024-11-08",
        );
        assert_eq!(
            d.meetings[0].guides,
            ["Fujian Provincial Department of Agriculture and Rural Affairs"],
            "{}",
            d.to_yaml()
        );
        let d = extract(
            "Minmetals Holds 2025 Mid-Year Work Meeting\nOn July 28, China Minmetals Corporation held its 2025 \
             mid-year work meeting in Beijing. Chen Dexin, Party Secretary and Chairman of China Minmetals, attended \
             the meeting and delivered a speech.",
            "2025-07-29",
        );
        let m = &d.meetings[0];
        assert_eq!(
            (m.name.as_str(), m.place.as_deref()),
            ("2025 mid-year work meeting", Some("Beijing"))
        );
        assert_eq!(m.organizers, ["China Minmetals Corporation"]);
        assert_eq!(posts(&d).len(), 2);
        assert!(
            posts(&d)
                .iter()
                .all(|(_, org, _)| org == "China Minmetals Corporation")
        );
    }

    #[test]
    fn lower_case_headlines_possessives_and_people_of_an_organization() {
        let d = extract(
            "Rare earth association convenes council meeting\nThe council reviewed the work report on Oct 9, 2025. \
             CNIA's Vice President Chen Xuesen attended. Zhang Wei of China Minmetals Corporation delivered a report.",
            "2025-10-10",
        );
        let m = &d.meetings[0];
        assert_eq!((m.name.as_str(), m.date.as_deref()), ("council meeting", None));
        let d = extract(
            "Rare earth association convenes council meeting\nOn Oct 9, 2025, the Association of China Rare Earth \
             Industry (ACRE) held its council meeting in Baotou. ACRE's Vice President Chen Xuesen attended. Zhang \
             Wei of China Minmetals Corporation delivered a report.",
            "2025-10-10",
        );
        let m = &d.meetings[0];
        assert_eq!(
            (m.name.as_str(), m.date.as_deref()),
            ("council meeting", Some("2025-10-09"))
        );
        assert_eq!(
            posts(&d),
            [(
                "Chen Xuesen".into(),
                "Association of China Rare Earth Industry".into(),
                "副会长".into()
            )]
        );
        let zhang = m.participants.iter().find(|p| p.who == "Zhang Wei").unwrap();
        assert_eq!(zhang.on_behalf_of.as_deref(), Some("China Minmetals Corporation"));
        assert_eq!(zhang.roles, ["作报告"]);
    }

    #[test]
    fn summit_forums_thousands_and_a_predicate_after_a_title_we_do_not_know() {
        let d = extract(
            "Forum held\nThe 2025 China Copper Industry Chain Summit Forum was held in Tongling on November 16, 2025. \
             Nearly 1,000 representatives attended the forum. Ge Honglin, President of the China Nonferrous Metals \
             Industry Association, and Wang Qingsong, Member of the Standing Committee of the Tongling Municipal Party \
             Committee, attended the opening ceremony and delivered speeches.",
            "2025-11-18",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "2025 China Copper Industry Chain Summit Forum");
        assert_eq!(m.attendance_count, Some(1000));
        assert_eq!(
            roles(&d),
            [(
                "Ge Honglin".to_owned(),
                vec!["出席".to_owned(), "讲话".to_owned()]
            )]
        );
    }

    #[test]
    fn the_branch_named_again_and_a_bare_page_date() {
        let d = extract(
            "Tin Branch holds annual meeting\nApril 9, 2025\nThe annual meeting of the Tin Branch of the China \
             Nonferrous Metals Industry Association was held in Gejiu, Yunnan on April 8. Wang Li, Deputy Secretary \
             General of the branch, chaired the meeting. Hosted by Jinchuan Group Co., Ltd., the meeting drew 90 \
             delegates. Jinchuan Group Chairman Ruan Dong attended.",
            "2025-04-10",
        );
        let m = &d.meetings[0];
        assert_eq!(
            (m.name.as_str(), m.date.as_deref()),
            ("annual meeting", Some("2025-04-08"))
        );
        assert_eq!(m.organizers, ["Tin Branch"]);
        // Beside the branch whose meeting it is, the host is the undertaking unit.
        assert_eq!(m.undertakers, ["Jinchuan Group Co., Ltd."]);
        let got = posts(&d);
        assert!(
            got.contains(&("Wang Li".into(), "Tin Branch".into(), "副秘书长".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "Ruan Dong".into(),
                "Jinchuan Group Co., Ltd.".into(),
                "董事长".into()
            )),
            "{got:?}"
        );
    }
    #[test]
    fn webinars_talks_and_other_meetings_without_a_capitalized_name() {
        // A webinar named by its quoted title, speakers on lines of their own, online attendance.
        let d = extract(
            "Webinar recap\nThe China Copper Fabricators Association (CCFA) held an online webinar, \"Copper Tariffs \
             After 2025\", on 12 May 2025. It was co-organized by the Ningbo Copper Society. More than 300 \
             participants joined online.\n\nSpeakers:\n- Hu Jun, Professor, Central South University: \"Tariff \
             Scenarios\"\n- Maria Keller, General Manager, Keller Metals GmbH: \"A Buyer's View\"\n\nClosing \
             remarks were delivered by Zhao Lin, Secretary General of CCFA.",
            "2025-05-13",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "Copper Tariffs After 2025");
        assert_eq!(m.date.as_deref(), Some("2025-05-12"));
        assert_eq!(m.attendance_count, Some(300));
        assert_eq!(
            m.organizers,
            vec!["China Copper Fabricators Association".to_owned()]
        );
        let got = posts(&d);
        for post in [
            ("Hu Jun", "Central South University", "教授"),
            ("Maria Keller", "Keller Metals GmbH", "总经理"),
            ("Zhao Lin", "China Copper Fabricators Association", "秘书长"),
        ] {
            assert!(
                got.contains(&(post.0.into(), post.1.into(), post.2.into())),
                "{got:?}"
            );
        }
        let got = roles(&d);
        assert!(
            got.contains(&("Maria Keller".into(), vec!["作报告".into()])),
            "{got:?}"
        );
        assert!(
            got.contains(&("Zhao Lin".into(), vec!["总结讲话".into()])),
            "{got:?}"
        );
        assert_eq!(m.reports.len(), 2, "{}", d.to_yaml());

        // A statement quoted after a speaker's line is no talk.
        let d = extract(
            "Forum held\nThe 2025 Copper Forum was held in Tongling on April 2, 2025.\nWang Li, President, China \
             Copper Society: \"We expect prices to rise.\"",
            "2025-04-03",
        );
        assert!(d.meetings[0].reports.is_empty(), "{}", d.to_yaml());

        // Talks held by a delegation: its leader's title is in the delegation's organization, the place is the
        // host's office, the topics stop before the next predicate.
        let d = extract(
            "CNIA delegation visits Brussels\nOn March 3, a CNIA delegation led by Secretary General Liu Yang held \
             talks with Eurometaux at its office in Brussels. The two sides exchanged views on scrap exports and \
             carbon tariffs, and agreed to meet again. Liu Yang delivered a speech.",
            "2025-03-05",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "talks");
        assert_eq!(m.place.as_deref(), Some("Brussels"));
        assert_eq!(
            m.topics,
            vec!["scrap exports".to_owned(), "carbon tariffs".to_owned()]
        );
        // CNIA alone, with no name defined for it on the page, is no organization we know.
        assert!(posts(&d).is_empty(), "{}", d.to_yaml());

        let d = extract(
            "Roundtable\nOn June 5, the China Cobalt Society held an online roundtable with battery makers. Wang \
             Li, Vice President of the China Cobalt Society, chaired the roundtable.",
            "2025-06-06",
        );
        assert_eq!(d.meetings[0].name, "online roundtable");
        assert_eq!(roles(&d), vec![("Wang Li".to_owned(), vec!["主持".to_owned()])]);
    }

    #[test]
    fn an_abbreviation_whose_letters_come_in_another_order_and_units_after_an_abbreviation() {
        let d = extract(
            "Forum held\nThe 2025 Battery Forum was held in Shenzhen on May 6, 2025. It was organized by the China \
             Chemical and Physical Power Industry Association (CIAPS). Zhou Min, Secretary General of CIAPS, chaired \
             the forum. Li Na, Director of CIAPS's Standards Department, and Sun Bo, Deputy Director of the CIAPS \
             Technical Department, attended.",
            "2025-05-07",
        );
        let got = posts(&d);
        for post in [
            (
                "Zhou Min",
                "China Chemical and Physical Power Industry Association",
                "秘书长",
            ),
            ("Li Na", "Standards Department", "主任"),
            ("Sun Bo", "Technical Department", "副主任"),
        ] {
            assert!(
                got.contains(&(post.0.into(), post.1.into(), post.2.into())),
                "{got:?}"
            );
        }
    }

    #[test]
    fn consultations_and_plain_news_stay_empty() {
        for text in [
            "Draft standard out\nThe Ministry of Industry and Information Technology launched a public consultation \
             on the draft standard on May 3. Comments are due by June 3.",
            "Prices\nCopper held its gains on Tuesday in Shanghai as traders watched the dollar. The Shanghai Futures \
             Exchange said stocks fell.",
        ] {
            let d = extract(text, "2025-05-04");
            assert!(d.meetings.is_empty(), "{}", d.to_yaml());
        }
    }

    #[test]
    fn meetings_named_in_lower_case_past_a_date_and_after_a_possessive() {
        let cases = [
            (
                "Symposium on recycling\nA symposium on copper recycling took place in Ningbo on April 2. Wang Li, \
                 Vice President of the China Copper Society, delivered a speech.",
                "symposium on copper recycling",
                Some("Ningbo"),
                None,
            ),
            (
                "Video conference\nThe China Copper Society held a video conference on April 2 to review safety \
                 work. Wang Li, Vice President of the China Copper Society, presided over the meeting.",
                "video conference",
                None,
                Some("China Copper Society"),
            ),
            (
                "Briefing\nThe China Copper Society held a media briefing on April 2 in Beijing. Wang Li, Vice \
                 President of the China Copper Society, attended.",
                "media briefing",
                Some("Beijing"),
                Some("China Copper Society"),
            ),
            (
                "Online\nThe China Copper Society's 2025 Market Outlook Webinar was held online on April 2. Wang \
                 Li, Vice President of the China Copper Society, delivered a keynote speech.",
                "2025 Market Outlook Webinar",
                None,
                Some("China Copper Society"),
            ),
        ];
        for (text, name, place, organizer) in cases {
            let d = extract(text, "2025-04-03");
            let m = &d.meetings[0];
            assert_eq!(m.name, name, "{}", d.to_yaml());
            assert_eq!(m.date.as_deref(), Some("2025-04-02"));
            assert_eq!(m.place.as_deref(), place);
            assert_eq!(m.organizers.first().map(String::as_str), organizer);
            assert_eq!(roles(&d).len(), 1, "{}", d.to_yaml());
        }
    }

    #[test]
    fn more_ways_to_say_a_role() {
        let head = "Forum held\nThe 2025 Copper Forum was held in Tongling on April 2, 2025. ";
        let who = "Wang Li, Vice President of the China Copper Society";
        for (sentence, role) in [
            (format!("{who}, hosted the forum."), "主持"),
            (format!("{who}, co-hosted the forum."), "主持"),
            (format!("{who}, served as moderator."), "主持"),
            (format!("Moderated by {who}, the panel discussed prices."), "主持"),
            (format!("{who}, delivered the opening address."), "致辞"),
            (format!("{who}, made welcome remarks."), "致辞"),
            (format!("Welcome remarks were given by {who}."), "致辞"),
            // (A keynote speech with no title or subject, by no scholar: a speech.)
            (format!("{who}, delivered the keynote speech."), "讲话"),
            (format!("{who}, made a keynote presentation."), "作报告"),
            (format!("Keynote speeches were delivered by {who}."), "作报告"),
            (format!("Presentations were given by {who}."), "作报告"),
            (format!("{who}, gave concluding remarks."), "总结讲话"),
            (format!("{who}, summed up the forum."), "总结讲话"),
            (format!("{who}, were also present."), "出席"),
        ] {
            let d = extract(&format!("{head}{sentence}"), "2025-04-03");
            assert_eq!(
                roles(&d),
                vec![("Wang Li".to_owned(), vec![role.to_owned()])],
                "{sentence}"
            );
        }
    }

    #[test]
    fn gatherings_events_and_names_with_an_apostrophe() {
        let who = "Wang Li, Vice President of the China Lithium Society, delivered a speech.";
        for (first, name, place, organizer) in [
            (
                "Over 200 delegates gathered in Yichun on May 3 for the 2025 China Lithium Industry Conference.",
                "2025 China Lithium Industry Conference",
                Some("Yichun"),
                None,
            ),
            (
                "More than 800 people gathered in Fuzhou, capital of east China's Fujian Province, on Saturday for the \
                 2024 China Edible Fungi Industry Conference.",
                "2024 China Edible Fungi Industry Conference",
                Some("Fuzhou"),
                None,
            ),
            (
                "The 2025 China Lithium Industry Conference got under way in Yichun on May 3.",
                "2025 China Lithium Industry Conference",
                Some("Yichun"),
                None,
            ),
            (
                "The China Lithium Society today held its annual members' meeting in Beijing on May 3.",
                "annual members' meeting",
                Some("Beijing"),
                Some("China Lithium Society"),
            ),
            (
                "The China Lithium Society and the Korea Battery Association co-hosted a business matchmaking event \
                 in Seoul on May 3.",
                "business matchmaking event",
                Some("Seoul"),
                // Joint hosts organize it together (联合主办), as `co-hosted by A and B` says.
                Some("China Lithium Society"),
            ),
        ] {
            let d = extract(&format!("Lithium\n{first} {who}"), "2025-05-06");
            let m = &d.meetings[0];
            assert_eq!(m.name, name, "{}", d.to_yaml());
            assert_eq!(m.date.as_deref(), Some("2025-05-03"));
            assert_eq!(m.place.as_deref(), place);
            assert_eq!(
                m.organizers.first().map(String::as_str),
                organizer,
                "{}",
                d.to_yaml()
            );
            assert_eq!(roles(&d), vec![("Wang Li".to_owned(), vec!["讲话".to_owned()])]);
        }
    }

    #[test]
    fn a_founding_conference_of_a_unit_hosted_by_the_body_it_belongs_to() {
        let d = extract(
            "Committee founded\nOn March 20, 2026, the founding conference of the Biopesticide Committee of China \
             Crop Protection Industry Association (CCPIA) was held in Nanjing. The conference was hosted by CCPIA and \
             undertaken by Nanjing Agricultural University. Sun Shuyi, President of CCPIA, attended and delivered a \
             speech.",
            "2026-03-21",
        );
        let m = &d.meetings[0];
        assert_eq!(
            m.name,
            "founding conference of the Biopesticide Committee",
            "{}",
            d.to_yaml()
        );
        assert_eq!(m.organizers, ["China Crop Protection Industry Association"]);
        assert_eq!(m.undertakers, ["Nanjing Agricultural University"]);
    }

    #[test]
    fn a_meeting_placed_in_the_dateline_sentence_before_the_one_saying_who_hosted_it() {
        let d = extract(
            "Hotels eye quality\nSANYA, Oct. 29 (Xinhua) -- China's hotel operators should raise service quality, \
             industry leaders said Tuesday at the 2024 annual conference of the China Tourist Hotels Association \
             (CTHA) in Sanya. The two-day conference, hosted by the CTHA, drew more than 600 executives. The \
             conference was presided over by Situ Min, executive vice president of the CTHA.",
            "2024-10-29",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "2024 annual conference", "{}", d.to_yaml());
        assert_eq!(m.place.as_deref(), Some("Sanya"));
        assert_eq!(m.date.as_deref(), Some("2024-10-29"));
        assert_eq!(m.organizers, ["China Tourist Hotels Association"]);
        assert_eq!(roles(&d), vec![("Situ Min".to_owned(), vec!["主持".to_owned()])]);
    }

    #[test]
    fn a_name_whose_last_words_follow_and_when_its_abbreviation_confirms_them() {
        let d = extract(
            "Seminar held\nOn May 21, the Seminar on Legal Services was held in Shanghai. The seminar was organized by \
             the All China Lawyers Association (ACLA) and the All-China Federation of Industry and Commerce (ACFIC). \
             Zhai Hong, Vice Chairman of ACFIC, addressed the opening ceremony.",
            "2025-05-23",
        );
        assert_eq!(
            d.meetings[0].organizers,
            [
                "All China Lawyers Association",
                "All-China Federation of Industry and Commerce"
            ],
            "{}",
            d.to_yaml()
        );
        assert_eq!(posts(&d)[0].1, "All-China Federation of Industry and Commerce");
    }

    #[test]
    fn a_meeting_named_in_capitals_after_a_date_and_law_firms() {
        let d = extract(
            "Seminar held\nOn May 21, the Seminar on Foreign-related Legal Services for Private Enterprises Going \
             Global was held in Shanghai. Representatives of Zhong Lun Law Firm and AllBright Law Offices spoke at \
             the seminar.",
            "2025-05-23",
        );
        assert_eq!(
            d.meetings[0].name,
            "Seminar on Foreign-related Legal Services for Private Enterprises Going Global",
            "{}",
            d.to_yaml()
        );
        let who: Vec<&str> = d.meetings[0]
            .participants
            .iter()
            .map(|p| p.who.as_str())
            .collect();
        assert_eq!(who, ["Zhong Lun Law Firm", "AllBright Law Offices"]);
    }

    #[test]
    fn experts_and_managers_speak_for_their_companies() {
        let d = extract(
            "Symposium held\nThe China Electricity Council held a symposium on power planning in Beijing on July \
             10. Experts from China Huaneng Group Co., Ltd. and China Southern Power Grid Co., Ltd. spoke at the \
             symposium. Managers from Guangdong Lianfeng Home Furnishing Co., Ltd. and Dongguan Huamu Wood Industry \
             Co., Ltd. also spoke.",
            "2025-07-11",
        );
        assert_roles(
            &d,
            &[
                ("China Huaneng Group Co., Ltd.", &["发言"]),
                ("China Southern Power Grid Co., Ltd.", &["发言"]),
                ("Guangdong Lianfeng Home Furnishing Co., Ltd.", &["发言"]),
                ("Dongguan Huamu Wood Industry Co., Ltd.", &["发言"]),
            ],
        );
    }

    #[test]
    fn an_organization_named_by_its_kind_in_lower_case() {
        let d = extract(
            "Fisheries society holds annual conference\nWUHAN, May 8, 2025 -- The China Society of Fisheries held its \
             2025 annual conference in Wuhan on Thursday. Dong Wenjie, secretary-general of the society, chaired the \
             conference. Professor Li Ming of the University of Science and Technology Beijing attended the \
             conference.",
            "2025-05-08",
        );
        let posts = posts(&d);
        assert!(
            posts.contains(&(
                "Dong Wenjie".to_owned(),
                "China Society of Fisheries".to_owned(),
                "秘书长".to_owned()
            )),
            "{posts:?}"
        );
        // Capitalized, the word opens a name of its own.
        assert!(
            posts.contains(&(
                "Li Ming".to_owned(),
                "University of Science and Technology Beijing".to_owned(),
                "教授".to_owned()
            )),
            "{posts:?}"
        );
    }

    #[test]
    fn panelists_of_companies_exchange_views() {
        let d = extract(
            "Cotton conference\nThe 2024 China International Cotton Conference was held in Shanghai on October 17. \
             Panelists from Xinjiang Lihua Cotton Co., Ltd., Weiqiao Textile Company Limited and Louis Dreyfus \
             Company exchanged views on supply chain traceability.",
            "2024-10-18",
        );
        let who: Vec<(&str, &[String])> = d.meetings[0]
            .participants
            .iter()
            .map(|p| (p.who.as_str(), p.roles.as_slice()))
            .collect();
        assert_eq!(who.len(), 3, "{}", d.to_yaml());
        assert!(who.iter().all(|(_, roles)| *roles == ["交流".to_owned()]));
    }

    #[test]
    fn a_regions_government_named_in_full_elsewhere_is_the_one_its_vice_chairman_serves() {
        let d = extract(
            "Forum\nNANNING, Sept. 19 (Xinhua) -- The 2025 China-ASEAN Aquaculture Cooperation Forum was hosted by \
             the People's Government of Guangxi Zhuang Autonomous Region in Nanning on Friday. Wei Shaoning, vice \
             chairman of the Guangxi regional government, delivered a welcome address.",
            "2025-09-19",
        );
        assert_eq!(
            posts(&d),
            [(
                "Wei Shaoning".to_owned(),
                "People's Government of Guangxi Zhuang Autonomous Region".to_owned(),
                "副主席".to_owned()
            )],
            "{}",
            d.to_yaml()
        );
    }

    #[test]
    fn a_bureau_of_a_ministry_or_an_administration_is_its_unit() {
        let d = extract(
            "Seminar\nThe 2025 Legal Services Seminar was held in Shanghai on May 21. Wei Lou, deputy director of the \
             Shandong Supervision and Administration Bureau of the Civil Aviation Administration of China, and Geng \
             Zhiyuan, director of the Lawyers Work Bureau of the Ministry of Justice, attended the seminar.",
            "2025-05-23",
        );
        let parent = |name: &str| {
            d.all_organizations()
                .into_iter()
                .find(|(o, _)| o.name == name)
                .map(|(_, p)| p.map(str::to_owned))
        };
        assert_eq!(
            parent("Shandong Supervision and Administration Bureau"),
            Some(Some("Civil Aviation Administration of China".to_owned())),
            "{}",
            d.to_yaml()
        );
        assert_eq!(
            parent("Lawyers Work Bureau"),
            Some(Some("Ministry of Justice".to_owned()))
        );
    }

    #[test]
    fn who_also_spoke_made_a_statement() {
        let d = extract(
            "Forum\nHARBIN, Jan. 5 (Xinhua) -- The 2025 Ice and Snow Tourism Forum was held in Harbin on Sunday. Lars \
             Eriksson, secretary general of the World Winter Tourism Alliance, also spoke at the forum.",
            "2025-01-05",
        );
        assert_eq!(
            roles(&d),
            vec![("Lars Eriksson".to_owned(), vec!["发言".to_owned()])],
            "{}",
            d.to_yaml()
        );
    }

    #[test]
    fn panelists_of_a_moderated_session_the_central_bank_and_a_company_limited() {
        let d = extract(
            "Forum\nBEIJING, June 19 (Xinhua) -- The 2025 Forum on Finance was hosted by the National Internet Finance \
             Association of China (NIFA) in Beijing on Thursday. Ouyang Ning, deputy director-general of the Science \
             and Technology Department of the People's Bank of China, addressed the forum. Guan Haoran, chief \
             information officer of WeBank, and Cen Yiwen, vice president of Ping An Insurance (Group) Company of \
             China, Ltd., spoke at a panel discussion moderated by Tang Shuo, secretary-general of NIFA.",
            "2025-06-19",
        );
        let mut got = roles(&d);
        got.sort();
        let want: Vec<(String, Vec<String>)> = [
            ("Cen Yiwen", "发言"),
            ("Guan Haoran", "发言"),
            ("Ouyang Ning", "讲话"),
            ("Tang Shuo", "主持"),
        ]
        .iter()
        .map(|(w, r)| (w.to_string(), vec![r.to_string()]))
        .collect();
        assert_eq!(got, want, "{}", d.to_yaml());
        let posts = posts(&d);
        for want in [
            ("Ouyang Ning", "Science and Technology Department", "副司长"),
            (
                "Cen Yiwen",
                "Ping An Insurance (Group) Company of China, Ltd.",
                "副总裁",
            ),
        ] {
            assert!(
                posts.contains(&(want.0.to_owned(), want.1.to_owned(), want.2.to_owned())),
                "{want:?} in {posts:?}"
            );
        }
        // Guan Haoran's title is read (he is no stranger to the meeting) but names no post of the vocabulary.
        assert!(!posts.iter().any(|p| p.0 == "Guan Haoran"), "{posts:?}");
    }

    #[test]
    fn a_lower_case_meeting_held_by_a_ministry_and_its_spokesperson() {
        let d = extract(
            "China adds jobs\nBEIJING, Oct. 24 (Xinhua) -- China created 10.57 million new urban jobs, officials said \
             Friday. The figures were released at a press conference on human resources and social security work in \
             the third quarter, held by the Ministry of Human Resources and Social Security (MOHRSS) in Beijing. Lin \
             Qiao, Spokesperson of the MOHRSS, presided over the press conference.",
            "2025-10-24",
        );
        let m = &d.meetings[0];
        assert_eq!(
            m.name,
            "press conference on human resources and social security work in the third quarter",
            "{}",
            d.to_yaml()
        );
        assert_eq!(m.organizers, ["Ministry of Human Resources and Social Security"]);
        assert_eq!(roles(&d), vec![("Lin Qiao".to_owned(), vec!["主持".to_owned()])]);
    }

    #[test]
    fn a_party_chief_and_director_of_an_administration_of_affairs() {
        let d = extract(
            "Forum\nWUHAN, Oct. 16 (Xinhua) -- The 2025 Yangtze River Shipping Forum was held in Wuhan on Thursday. \
             Tang Wenhua, Party chief and director of the Changjiang River Administration of Navigational Affairs, \
             and Hubei Vice Governor Ge Shaoqing addressed the opening ceremony.",
            "2025-10-16",
        );
        let org = "Changjiang River Administration of Navigational Affairs".to_owned();
        let posts = posts(&d);
        for role in ["党委书记", "局长"] {
            assert!(
                posts.contains(&("Tang Wenhua".to_owned(), org.clone(), role.to_owned())),
                "{role} in {posts:?}"
            );
        }
    }

    #[test]
    fn what_people_say_at_an_exchange_session_or_a_panel_is_a_statement() {
        let d = extract(
            "Symposium\nHANGZHOU, May 8 (Xinhua) -- The 2025 Symposium on Labour Relations was held in Hangzhou on \
             Thursday. Wang Lin, President of the Zhejiang Enterprise Confederation, addressed the symposium. At the \
             exchange session, Shi Jun, Trade Union Chair of Zhejiang Geely Holding Group, and Lou Peipei, Vice \
             President of Zhejiang Hailiang Co., Ltd., made speeches.",
            "2025-05-08",
        );
        assert_roles(
            &d,
            &[
                ("Lou Peipei", &["发言"]),
                ("Shi Jun", &["发言"]),
                ("Wang Lin", &["讲话"]),
            ],
        );
    }

    #[test]
    fn a_guest_invited_to_attend() {
        let d = extract(
            "Conference\nJINAN, March 3 -- Shandong Gold Group Co., Ltd. held its 2025 Science and Technology \
             Innovation Conference in Jinan on March 3. Sun Jiawei, Professor at Central South University, was \
             invited to attend and delivered a keynote report titled \"Intelligent Mining of Deep Gold Deposits\".",
            "2025-03-03",
        );
        assert_eq!(
            roles(&d),
            vec![(
                "Sun Jiawei".to_owned(),
                vec!["出席".to_owned(), "作报告".to_owned()]
            )],
            "{}",
            d.to_yaml()
        );
    }

    #[test]
    fn spoke_alone_is_a_statement_spoke_at_and_attended_and_spoke_are_speeches() {
        let d = extract(
            "Forum\nXIAMEN, May 8 (Xinhua) -- The 2025 Cotton Forum was held in Xiamen on Thursday. Wang Lin, Vice \
             Mayor of Xiamen, spoke at the forum. Zhai Jun, deputy director of the Xiamen Municipal Commerce Bureau, \
             also attended and spoke. Wen Lihua, an analyst at the China Cotton Association, spoke on the outlook \
             for cotton prices.",
            "2025-05-08",
        );
        assert_roles(
            &d,
            &[
                ("Wang Lin", &["讲话"]),
                ("Wen Lihua", &["发言"]),
                ("Zhai Jun", &["出席", "讲话"]),
            ],
        );
    }

    fn parent_of(d: &Dataset, name: &str) -> Option<String> {
        d.organizations
            .iter()
            .find(|o| o.name == name)
            .unwrap_or_else(|| panic!("no organization {name}: {}", d.to_yaml()))
            .parent
            .clone()
    }

    #[test]
    fn a_centre_a_mine_or_a_bureau_of_a_university_a_company_or_a_commission_is_its_unit() {
        let d = extract(
            "Forum\nBEIJING, May 12 (Xinhua) -- The 2025 China Heating Forum was held in Beijing on Monday. Li Hua, \
             director of the Building Energy Research Center of Tsinghua University, spoke. Zhou Jie, general manager \
             of the Sanshandao Gold Mine of Shandong Gold Mining Co., Ltd., attended. Ma Lijuan, deputy director of \
             the Bureau of Enterprise Leaders Administration of the State-owned Assets Supervision and \
             Administration Commission of the State Council, attended. Chen Gang, head of the Toy Testing Center of \
             Guangdong Anjian Testing Technology Co., Ltd., attended. Lu Qingwen, chief expert of the Shenyang \
             Research Institute of Chemical Industry Co., Ltd., attended. Wen Zhiyuan, president of Beijing \
             Institute of Technology, attended.",
            "2025-05-12",
        );
        assert_eq!(
            parent_of(&d, "Building Energy Research Center").as_deref(),
            Some("Tsinghua University")
        );
        assert_eq!(
            parent_of(&d, "Sanshandao Gold Mine").as_deref(),
            Some("Shandong Gold Mining Co., Ltd.")
        );
        assert_eq!(
            parent_of(&d, "Bureau of Enterprise Leaders Administration").as_deref(),
            Some("State-owned Assets Supervision and Administration Commission of the State Council")
        );
        // (A company named as an institute of a field is one organization, as is an institute of technology.)
        assert_eq!(
            parent_of(&d, "Shenyang Research Institute of Chemical Industry Co., Ltd."),
            None
        );
        assert_eq!(parent_of(&d, "Beijing Institute of Technology"), None);
        let got = posts(&d);
        for post in [
            ("Chen Gang", "Toy Testing Center", "主任"),
            (
                "Ma Lijuan",
                "Bureau of Enterprise Leaders Administration",
                "副局长",
            ),
            ("Zhou Jie", "Sanshandao Gold Mine", "总经理"),
        ] {
            assert!(
                got.contains(&(post.0.to_owned(), post.1.to_owned(), post.2.to_owned())),
                "{post:?} in {got:?}"
            );
        }
    }

    #[test]
    fn a_ministrys_department_named_alone_or_after_a_comma() {
        let d = extract(
            "MOT holds press conference\nThe Ministry of Transport (MOT) held its regular press conference in \
             Beijing on April 16, 2026. Wen Haoran, director-general of the Department of Water Transport, briefed \
             reporters. Zou Tian, deputy director of the China Maritime Safety Administration, answered questions.",
            "2026-04-16",
        );
        assert_eq!(
            parent_of(&d, "Department of Water Transport").as_deref(),
            Some("Ministry of Transport")
        );
        let d = extract(
            "Seminar\nNANNING, May 8 (Xinhua) -- The 2025 ASEAN Trade Seminar was held in Nanning on Thursday. Tang \
             Lijuan, Deputy Director-General of the Department of Foreign Trade, Ministry of Commerce, attended. Nong \
             Jianbo, Deputy Director General of the Department of Commerce of Guangxi Zhuang Autonomous Region, \
             attended.",
            "2025-05-08",
        );
        assert_eq!(
            parent_of(&d, "Department of Foreign Trade").as_deref(),
            Some("Ministry of Commerce")
        );
        // (A province's department is no ministry's.)
        assert_eq!(
            parent_of(&d, "Department of Commerce of Guangxi Zhuang Autonomous Region"),
            None
        );
    }

    #[test]
    fn a_chief_executive_and_a_report_presented_by_its_author() {
        let d = extract(
            "Shipping index forum\nSHANGHAI, May 8 (Xinhua) -- The 2025 Shipping Index Forum was held in Shanghai on \
             Thursday. Robert Fenwick, chief executive of the Baltic Exchange, delivered a welcome address via video \
             link. The China Exhibition Economy Development Report 2025 was presented by Sima Yun, deputy dean of the \
             CCPIT Academy.",
            "2025-05-08",
        );
        assert_roles(&d, &[("Robert Fenwick", &["致辞"]), ("Sima Yun", &["作报告"])]);
        assert!(posts(&d).contains(&(
            "Robert Fenwick".to_owned(),
            "Baltic Exchange".to_owned(),
            "首席执行官".to_owned()
        )));
    }

    #[test]
    fn a_companys_china_entity_a_director_of_a_field_and_views_shared() {
        let d = extract(
            "Symposium\nSHENZHEN, May 8 (Xinhua) -- The 2025 Semiconductor Supply Chain Symposium was held in Shenzhen \
             on Thursday. Kenji Matsuda, President of Applied Materials China, and Hannah Weber, Director of Customer \
             Operations of Merck Electronics China, shared their views on localized service. Ren Jiahe, general \
             manager of Rio Tinto China, attended. Experts from South China University of Technology attended.",
            "2025-05-08",
        );
        let got = posts(&d);
        for post in [
            ("Kenji Matsuda", "Applied Materials China", "总裁"),
            ("Hannah Weber", "Merck Electronics China", "总监"),
            ("Ren Jiahe", "Rio Tinto China", "总经理"),
        ] {
            assert!(
                got.contains(&(post.0.to_owned(), post.1.to_owned(), post.2.to_owned())),
                "{post:?} in {got:?}"
            );
        }
        // (A region of China is no company.)
        assert!(
            d.organizations.iter().all(|o| o.name != "South China"),
            "{}",
            d.to_yaml()
        );
        let got = roles(&d);
        assert!(
            got.contains(&("Hannah Weber".to_owned(), vec!["发言".to_owned()])),
            "{got:?}"
        );
        assert!(
            got.contains(&("Kenji Matsuda".to_owned(), vec!["发言".to_owned()])),
            "{got:?}"
        );
    }

    #[test]
    fn a_two_day_forum_ends_the_day_after_it_opens() {
        let end = |text: &str| extract(text, "2025-10-16").meetings[0].end_date.clone();
        assert_eq!(
            end(
                "Forum opens\nYIBIN, Oct. 16 (Xinhua) -- The 2025 International Forum on Bamboo opened Thursday in \
                 Yibin. The two-day forum was hosted by the China Bamboo Industry Association."
            )
            .as_deref(),
            Some("2025-10-17")
        );
        assert_eq!(
            end(
                "Forum opens\nHAIKOU, Oct. 16 (Xinhua) -- The 2025 China Deep-Sea Aquaculture Forum opened Thursday \
                 in Haikou. The two-day 2025 China Deep-Sea Aquaculture Forum was hosted by the China Society of \
                 Fisheries."
            )
            .as_deref(),
            Some("2025-10-17")
        );
        // (An exhibition held beside the forum says nothing of the forum's days.)
        assert_eq!(
            end(
                "Forum opens\nWENZHOU, Oct. 16 (Xinhua) -- The 2025 China Leather Forum opened Thursday in Wenzhou. \
                 The three-day exhibition beside it is hosted by the China Leather Industry Association."
            ),
            None
        );
    }

    #[test]
    fn a_quote_closing_a_sentence_a_chaired_session_before_its_subject_and_an_institutes_director() {
        let d = extract(
            "Forum\nYIBIN, Oct. 16 (Xinhua) -- The 2025 International Forum on Bamboo opened Thursday in Yibin. Lou \
             Yaping, a professor at Nanjing Forestry University, gave a report titled \"Bamboo Fibre Composites.\" Fan \
             Lijun, vice president of the China Bamboo Industry Association, also spoke at the session. At a \
             roundtable moderated by Pu Jingwen, a professor at Fudan University, executives from China Mobile \
             Communications Group and COSCO Shipping Holdings Co., Ltd. discussed how data could be traded. Qin \
             Shuyun, director of the Sugarcane Research Institute, attended.",
            "2025-10-16",
        );
        let mut got = roles(&d);
        got.sort();
        assert_eq!(
            got,
            vec![
                (
                    "COSCO Shipping Holdings Co., Ltd.".to_owned(),
                    vec!["交流".to_owned()]
                ),
                (
                    "China Mobile Communications Group".to_owned(),
                    vec!["交流".to_owned()]
                ),
                ("Fan Lijun".to_owned(), vec!["发言".to_owned()]),
                ("Lou Yaping".to_owned(), vec!["作报告".to_owned()]),
                ("Pu Jingwen".to_owned(), vec!["主持".to_owned()]),
                ("Qin Shuyun".to_owned(), vec!["出席".to_owned()]),
            ],
            "{}",
            d.to_yaml()
        );
        assert!(posts(&d).contains(&(
            "Qin Shuyun".to_owned(),
            "Sugarcane Research Institute".to_owned(),
            "所长".to_owned()
        )));
    }

    #[test]
    fn a_unit_named_with_its_after_a_title_in_the_organization_before() {
        let d = extract(
            "Conference\nHEFEI, May 8 (Xinhua) -- The 2025 BOE Supplier Conference was held in Hefei on Thursday. It \
             was organized by the Hainan Provincial Department of Agriculture and Rural Affairs and Hainan University. \
             Shangguan Lei, Vice President of BOE Technology Group Co., Ltd. and Director of its Global Procurement \
             Center, attended.",
            "2025-05-08",
        );
        assert_eq!(
            parent_of(&d, "Global Procurement Center").as_deref(),
            Some("BOE Technology Group Co., Ltd.")
        );
        assert!(posts(&d).contains(&(
            "Shangguan Lei".to_owned(),
            "Global Procurement Center".to_owned(),
            "主任".to_owned()
        )));
        // (`Agriculture and Rural Affairs` is one department's field.)
        assert_eq!(
            parent_of(
                &d,
                "Hainan Provincial Department of Agriculture and Rural Affairs"
            ),
            None
        );
    }

    #[test]
    fn representatives_of_companies_named_without_a_word_like_group() {
        let d = extract(
            "Forum\nQINGDAO, Sept. 16 (Xinhua) -- The 2025 Rail Transit Equipment Forum opened on Tuesday in Qingdao. \
             Representatives from Siemens Mobility, Alstom and Hitachi Rail also spoke at the forum. In a panel \
             discussion moderated by Lai Qingsong, secretary-general of the Shenzhen Security Industry Association, \
             representatives from Uniview and Tiandy Technologies shared their views on exports. Representatives \
             from Beijing and Shanghai attended.",
            "2025-09-16",
        );
        assert_roles(
            &d,
            &[
                ("Alstom", &["发言"]),
                ("Hitachi Rail", &["发言"]),
                ("Lai Qingsong", &["主持"]),
                ("Siemens Mobility", &["发言"]),
                ("Tiandy Technologies", &["发言"]),
                ("Uniview", &["发言"]),
            ],
        );
    }

    #[test]
    fn a_title_we_do_not_know_written_in_lower_case() {
        let d = extract(
            "Press conference\nBEIJING, June 6 (Xinhua) -- The China Meteorological Administration held a press \
             conference in Beijing on Friday. Jia Xiaowei, chief forecaster of the National Meteorological Center, \
             also spoke at the press conference. Gu Xiaolei, Member of the Secretariat of the All-China Federation of \
             Trade Unions (ACFTU), also attended.",
            "2025-06-06",
        );
        assert_roles(&d, &[("Gu Xiaolei", &["出席"]), ("Jia Xiaowei", &["发言"])]);
        // (The titles name no post we record; the organizations are read.)
        assert!(posts(&d).is_empty(), "{:?}", posts(&d));
        assert!(
            d.organizations
                .iter()
                .any(|o| o.name == "National Meteorological Center")
        );
    }

    #[test]
    fn a_vice_minister_of_a_field_written_in_lower_case() {
        let d = extract(
            "Forum\nBEIJING, May 8 (Xinhua) -- The 2025 China Urban Gas Pipeline Renewal Forum was held in Beijing on \
             Thursday. Qin Haifeng, vice minister of housing and urban-rural development, attended the forum and \
             delivered a speech.",
            "2025-05-08",
        );
        assert_eq!(
            posts(&d),
            vec![(
                "Qin Haifeng".to_owned(),
                "Ministry of Housing and Urban-Rural Development".to_owned(),
                "副部长".to_owned()
            )],
            "{}",
            d.to_yaml()
        );
        assert_eq!(
            roles(&d),
            vec![(
                "Qin Haifeng".to_owned(),
                vec!["出席".to_owned(), "讲话".to_owned()]
            )]
        );
    }

    #[test]
    fn a_panelist_named_with_an_appositive_after_the_chair() {
        let d = extract(
            "Forum\nSHANGHAI, April 9 (Xinhua) -- The 2025 China Auto Aftermarket Forum was held in Shanghai on \
             Wednesday. In a panel discussion moderated by Dou Lihua, secretary-general of the China Automobile \
             Dealers Association, Yao Lanfang, vice president of Tuhu Car Inc, and Kou Wenbin, general manager of \
             Bosch Automotive Aftermarket China, spoke about service networks.",
            "2025-04-09",
        );
        assert_roles(
            &d,
            &[
                ("Dou Lihua", &["主持"]),
                ("Kou Wenbin", &["发言"]),
                ("Yao Lanfang", &["发言"]),
            ],
        );
    }

    #[test]
    fn someone_who_said_something_at_the_meeting_made_a_statement() {
        let d = extract(
            "Forum\nNANJING, Oct. 21 (Xinhua) -- The 2025 China Cold Chain Logistics Forum was held in Nanjing on \
             Tuesday. Bai Yutong, president of the China Federation of Logistics and Purchasing, attended the forum \
             and delivered a speech. Feng Xiaoyu, general manager of SF Cold Chain, said the company had doubled its \
             fleet of refrigerated trucks. \"Demand keeps growing,\" said Lu Jianping, vice president of Sinopharm \
             Group. Bai said the federation would draft new standards. Xiang Ming, an analyst with Zhongtai \
             Securities, said in an interview that prices would fall.",
            "2025-10-21",
        );
        // (Bai Yutong's own words are his speech; the analyst spoke to the reporter, not at the forum.)
        assert_roles(
            &d,
            &[
                ("Bai Yutong", &["出席", "讲话"]),
                ("Feng Xiaoyu", &["发言"]),
                ("Lu Jianping", &["发言"]),
            ],
        );
    }

    #[test]
    fn someone_who_says_something_while_presenting_a_report_reports() {
        let d = extract(
            "Forum\nHANGZHOU, March 28 (Xinhua) -- The 2025 China Performing Arts Market Conference was held in \
             Hangzhou on Friday. Presenting the 2024 China Performing Arts Market Annual Report, Ning Shuhua, deputy \
             secretary-general of the China Association of Performing Arts, said concerts remained the biggest \
             growth engine. Ticket sales rose 20 percent, said Ou Zhenbang, director of the Market Department of \
             the Ministry of Culture and Tourism, while presenting the ministry's annual market report. In another \
             keynote report, Yan Qiu, a professor at the Communication University of China, said audiences were \
             getting younger.",
            "2025-03-28",
        );
        assert_roles(
            &d,
            &[
                ("Ning Shuhua", &["作报告"]),
                ("Ou Zhenbang", &["作报告"]),
                ("Yan Qiu", &["作报告"]),
            ],
        );
        let titles: Vec<&str> = d.meetings[0].reports.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(
            titles,
            ["2024 China Performing Arts Market Annual Report"],
            "{}",
            d.to_yaml()
        );
    }

    #[test]
    fn who_also_made_speeches_after_the_keynotes_made_statements() {
        let d = extract(
            "Seminar\nSHANGHAI, May 8 -- The 2025 Digital Design Seminar was held in Shanghai on Thursday. Pu \
             Jianguo, Vice President of Glodon Company Limited, and Sha Zhiming, General Manager of Shanghai Urban \
             Construction Information Technology Co., Ltd., also made speeches on software localization.",
            "2025-05-08",
        );
        assert_roles(&d, &[("Pu Jianguo", &["发言"]), ("Sha Zhiming", &["发言"])]);
    }

    #[test]
    fn people_elected_with_their_titles_and_a_division_director() {
        let d = extract(
            "Lighting council meets\nBEIJING, March 3 -- The council meeting of the China Association of Lighting \
             Industry (CALI) was held in Beijing on Monday.\n\nGao Peng, Division Director at the Department of \
             Consumer Goods Industry of the Ministry of Industry and Information Technology, attended the meeting. \
             By a vote, the council elected Lan Yue, General Manager of Foshan Lamps Co., Ltd., as Vice President of \
             CALI, and Wu Xiaodong, Chairman of Zhejiang Lumen Group Co., Ltd., as Executive Council Member of CALI.",
            "2025-03-04",
        );
        let got = posts(&d);
        for (who, org, role) in [
            ("Gao Peng", "Department of Consumer Goods Industry", "处长"),
            ("Lan Yue", "Foshan Lamps Co., Ltd.", "总经理"),
            ("Lan Yue", "China Association of Lighting Industry", "副会长"),
            ("Wu Xiaodong", "Zhejiang Lumen Group Co., Ltd.", "董事长"),
            (
                "Wu Xiaodong",
                "China Association of Lighting Industry",
                "常务理事",
            ),
        ] {
            assert!(
                got.contains(&(who.into(), org.into(), role.into())),
                "{who}, {role} of {org}: {got:?}"
            );
        }
    }

    #[test]
    fn a_press_conference_held_by_a_unit_on_a_weekday() {
        let d = extract(
            "Lottery raises funds\nBEIJING, Jan. 15 (Xinhua) -- China's sports lottery raised 142 billion yuan in \
             2024, officials said at a press conference held by the Lottery Center of the General Administration of \
             Sport of China on Wednesday.\n\nThe 2024 Lottery Report Press Conference was presided over by Ge Lili, \
             spokesperson of the center.",
            "2025-01-15",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "2024 Lottery Report Press Conference");
        assert_eq!(m.organizers, ["Lottery Center"], "{}", d.to_yaml());
        assert!(
            d.organizations.iter().any(|o| o.name == "Lottery Center"
                && o.parent.as_deref() == Some("General Administration of Sport of China")),
            "{}",
            d.to_yaml()
        );
    }

    #[test]
    fn a_name_written_only_as_a_name_after_a_title_is_the_organizations() {
        let d = extract(
            "Forum\nBEIJING, Oct. 20 (Xinhua) -- The 2025 District Heating Forum was held by the China District \
             Heating Association in Beijing on Monday. Lars Nielsen, President of Euroheat & Power, shared European \
             experience in heat pumps. Yang Fan, Vice President of LandSpace, attended. Li Na, Secretary General of \
             VITAS, attended. Wang Bo, Head of Sales, attended. Mr. Tao Jun, General Counsel of Shanghai Electric \
             Group Co., Ltd., shared the company's practice in managing legal risks.",
            "2025-10-20",
        );
        let got = posts(&d);
        for (who, org, role) in [
            ("Lars Nielsen", "Euroheat & Power", "会长"),
            ("Yang Fan", "LandSpace", "副总裁"),
            ("Li Na", "VITAS", "秘书长"),
        ] {
            assert!(
                got.contains(&(who.into(), org.into(), role.into())),
                "{who}: {got:?}"
            );
        }
        // A field after `Head of` is no organization.
        assert!(got.iter().all(|(who, _, _)| who != "Wang Bo"), "{got:?}");
        assert!(d.organizations.iter().all(|o| o.name != "Sales"));
        assert_roles(
            &d,
            &[
                ("Lars Nielsen", &["发言"]),
                ("Li Na", &["出席"]),
                ("Tao Jun", &["发言"]),
                ("Wang Bo", &["出席"]),
                ("Yang Fan", &["出席"]),
            ],
        );
    }

    #[test]
    fn a_second_post_written_after_a_title_first_mention() {
        let d = extract(
            "Forum\nBEIJING, Oct. 20 (Xinhua) -- The 2025 Smart Airport Forum was held by the China Civil Airports \
             Association in Beijing on Monday. In a keynote report titled \"Building a Data-Driven Airport,\" \
             Academician Fu Jingyao of the Chinese Academy of Engineering, a professor at Beihang University, said \
             data would drive operations. Academician Li Hua of the Chinese Academy of Sciences, a professor at \
             Peking University, attended the forum.",
            "2025-10-20",
        );
        let got = posts(&d);
        for (who, org, role) in [
            ("Fu Jingyao", "Chinese Academy of Engineering", "院士"),
            ("Fu Jingyao", "Beihang University", "教授"),
            ("Li Hua", "Chinese Academy of Sciences", "院士"),
            ("Li Hua", "Peking University", "教授"),
        ] {
            assert!(
                got.contains(&(who.into(), org.into(), role.into())),
                "{who} {org}: {got:?}"
            );
        }
        assert_roles(&d, &[("Fu Jingyao", &["作报告"]), ("Li Hua", &["出席"])]);
    }

    #[test]
    fn a_city_whose_name_is_no_pinyin_before_its_mayors_title() {
        let d = extract(
            "Forum\nHARBIN, Jan. 5 (Xinhua) -- The 2025 Ice and Snow Equipment Forum was held in Harbin on Sunday, \
             organized by the Harbin Municipal People's Government. \"We will build a hub,\" Harbin Vice Mayor Zhuge \
             Wenbo said in his welcome address.",
            "2025-01-05",
        );
        assert_eq!(
            posts(&d),
            [(
                "Zhuge Wenbo".into(),
                "Harbin Municipal People's Government".into(),
                "副市长".into()
            )]
        );
    }

    #[test]
    fn a_capitalized_meeting_noun_with_its_subject_and_a_full_name_given_after_a_lower_case_one() {
        let name = |text: &str| extract(text, "2025-05-15").meetings[0].name.clone();
        // The noun opens the name; the subject's small words are its own, the place after it is not.
        assert_eq!(
            name(
                "Symposium\nOn May 15, 2025, the China Enterprise Confederation (CEC) held a Symposium on Trade Union Work and \
                 Harmonious Labour Relations in Private Enterprises in Hangzhou, Zhejiang Province. Zhang Wei, \
                 President of CEC, chaired the symposium."
            ),
            "Symposium on Trade Union Work and Harmonious Labour Relations in Private Enterprises"
        );
        assert_eq!(
            name(
                "Forum\nYIBIN, Oct. 16 (Xinhua) -- The 2025 International Forum on Bamboo as a Substitute for Plastic \
                 opened Thursday in Yibin. Zhang Wei, President of the China Bamboo Industry Association, chaired \
                 the forum."
            ),
            "2025 International Forum on Bamboo as a Substitute for Plastic"
        );
        // `at a forum held in Beijing`, then the name in full in a sentence saying who organized it.
        assert_eq!(
            name(
                "Forum\nOfficials said at a forum held in Beijing on Thursday. The 2025 China Urban Gas Pipeline Renewal \
                 Forum was organized by the China Gas Association. Zhang Wei, President of the China Gas \
                 Association, chaired the forum."
            ),
            "2025 China Urban Gas Pipeline Renewal Forum"
        );
        // `The founding conference of the … Alliance was hosted by …`
        assert_eq!(
            name(
                "China forms alliance\n\nCHONGQING, June 17 (Xinhua) -- An alliance for the testing of connected \
                 vehicles was launched on Tuesday in Chongqing.\n\nThe founding conference of the Intelligent \
                 Connected Vehicle Testing and Validation Alliance was hosted by China Automotive Engineering \
                 Research Institute Co., Ltd. (CAERI), under the guidance of the city's commission.\n"
            ),
            "founding conference of the Intelligent Connected Vehicle Testing and Validation Alliance"
        );
    }

    #[test]
    fn a_panel_that_brings_together_people_of_a_bank_and_its_branch() {
        let d = extract(
            "Forum held\n\nSHENZHEN, May 6 -- The 2025 SME Credit Forum was held in Shenzhen on Tuesday, hosted by \
             Baihang Credit. A panel discussion, moderated by Dr. Ran Zhou, Chief Economist of Baihang Credit, brought \
             together Ms. Xiaoqing Rong, Vice President of Industrial and Commercial Bank of China Shenzhen Branch; \
             Mr. Kai Zang, Vice President of WeBank; and Professor Hao Pan of Shenzhen University.",
            "2025-05-06",
        );
        // A bank's branch named with its city is one organization; a bank's vice president is its 副行长.
        assert_eq!(
            posts(&d),
            [
                (
                    "Xiaoqing Rong".into(),
                    "Industrial and Commercial Bank of China Shenzhen Branch".into(),
                    "副行长".into()
                ),
                ("Kai Zang".into(), "WeBank".into(), "副行长".into()),
                ("Hao Pan".into(), "Shenzhen University".into(), "教授".into()),
            ]
        );
        assert_roles(
            &d,
            &[
                ("Ran Zhou", &["主持"]),
                ("Xiaoqing Rong", &["发言"]),
                ("Kai Zang", &["发言"]),
                ("Hao Pan", &["发言"]),
            ],
        );
    }

    #[test]
    fn the_president_of_a_central_state_owned_corporation_is_its_general_manager() {
        let d = extract(
            "Conference held\n\nBEIJING, Jan. 9 -- China Three Gorges Corporation held its 2025 Science and \
             Technology Innovation Conference in Beijing on Thursday. Han Dongsheng, President of China Three Gorges \
             Corporation, chaired the conference. Wang Lei, President of Hikvision Digital Technology Co., Ltd., \
             spoke.",
            "2025-01-09",
        );
        let mut got = posts(&d);
        got.sort();
        assert_eq!(
            got,
            [
                (
                    "Han Dongsheng".into(),
                    "China Three Gorges Corporation".into(),
                    "总经理".into()
                ),
                (
                    "Wang Lei".into(),
                    "Hikvision Digital Technology Co., Ltd.".into(),
                    "总裁".into()
                ),
            ]
        );
    }

    #[test]
    fn a_unit_written_in_lower_case_before_its_organization() {
        let d = extract(
            "Yoga wear forum held\n\nXIAMEN, May 6 (Xinhua) -- A yoga wear forum was held in Xiamen on Tuesday. \
             Xie Mingyuan, general manager of the apparel division of Xtep International Holdings Ltd., spoke at a \
             panel discussion. Wang Li, director of the international cooperation department of the China Textile \
             Association, attended. Chen Bo, chairman of the company, also attended.",
            "2025-05-06",
        );
        assert_eq!(
            parent_of(&d, "Apparel Division").as_deref(),
            Some("Xtep International Holdings Ltd.")
        );
        assert_eq!(
            parent_of(&d, "International Cooperation Department").as_deref(),
            Some("China Textile Association")
        );
        let mut got = posts(&d);
        got.sort();
        // (`the company` is the one company named, not a unit.)
        assert_eq!(
            got,
            [
                (
                    "Chen Bo".into(),
                    "Xtep International Holdings Ltd.".into(),
                    "董事长".into()
                ),
                (
                    "Wang Li".into(),
                    "International Cooperation Department".into(),
                    "主任".into()
                ),
                ("Xie Mingyuan".into(), "Apparel Division".into(), "总经理".into()),
            ]
        );
    }

    #[test]
    fn a_title_of_an_organization_named_by_a_name_only_before_the_persons_name() {
        let d = extract(
            "Forum held\n\nSHENZHEN, May 6 -- The 2025 Battery Forum was held in Shenzhen on Tuesday, hosted by the \
             China Chamber of Commerce for Import and Export of Machinery and Electronic Products (CCCME). Deputy \
             General Manager of CATL Zhang Wei and Vice President of CCCME Jens Hartmann attended the forum. Vice \
             President of Huawei Li Na spoke.",
            "2025-05-06",
        );
        let mut got = posts(&d);
        got.sort();
        assert_eq!(
            got,
            [
                (
                    "Jens Hartmann".into(),
                    "China Chamber of Commerce for Import and Export of Machinery and Electronic Products"
                        .into(),
                    "副会长".into()
                ),
                ("Li Na".into(), "Huawei".into(), "副总裁".into()),
                ("Zhang Wei".into(), "CATL".into(), "副总经理".into()),
            ]
        );
    }

    #[test]
    fn a_chief_of_a_company_named_by_one_word_before_or_after_the_title() {
        let text = |s: &str| {
            format!(
                "Forum held\n\nWUHAN, May 6 (Xinhua) -- The 2025 Auto Parts Forum was held in Wuhan on Tuesday, \
                 hosted by Dongfeng Motor Group Co., Ltd. and the China Association of Automobile Manufacturers \
                 (CAAM). {s}"
            )
        };
        // The company named before whose name starts with the word.
        let d = extract(
            &text("Dongfeng chairman Yang Qingfeng said the group has shortened its payment cycle."),
            "2025-05-06",
        );
        assert_eq!(
            posts(&d),
            [(
                "Yang Qingfeng".into(),
                "Dongfeng Motor Group Co., Ltd.".into(),
                "董事长".into()
            )]
        );
        let d = extract(
            &text("Yang Qingfeng, chairman of Dongfeng, said the group has shortened its payment cycle."),
            "2025-05-06",
        );
        assert_eq!(
            posts(&d),
            [(
                "Yang Qingfeng".into(),
                "Dongfeng Motor Group Co., Ltd.".into(),
                "董事长".into()
            )]
        );
        // A mayor's title after the city: the city's government.
        let d = extract(&text("Wuhan mayor Li Na said the city would help."), "2025-05-06");
        assert_eq!(
            posts(&d),
            [(
                "Li Na".into(),
                "Wuhan Municipal People's Government".into(),
                "市长".into()
            )]
        );
    }

    #[test]
    fn representatives_of_a_group_including_companies_one_named_with_its_country() {
        let d = extract(
            "Forum held\n\nNANNING, May 6 -- The 2025 Grid Forum was held in Nanning on Tuesday, hosted by the China \
             Electricity Council. Representatives of distributors, including Shanghai Hongyu Bearing Trading Co., \
             Ltd., Bearing Solutions GmbH of Germany and PT Sinar Roda Indonesia, shared their experience in market \
             development.",
            "2025-05-06",
        );
        assert_roles(
            &d,
            &[
                ("Shanghai Hongyu Bearing Trading Co., Ltd.", &["发言"]),
                ("Bearing Solutions GmbH", &["发言"]),
                ("PT Sinar Roda Indonesia", &["发言"]),
            ],
        );
    }

    #[test]
    fn a_title_elected_with_no_organization_at_an_associations_meeting_is_its_post() {
        let d = extract(
            "Congress held\n\nBEIJING, May 6 -- The 2025 Member Congress of the China Rubber Industry Association \
             (CRIA) was held in Beijing on Tuesday. Wu Qiao was elected Chief Supervisor at the first meeting of the \
             supervisory board.",
            "2025-05-06",
        );
        assert_eq!(
            posts(&d),
            [(
                "Wu Qiao".into(),
                "China Rubber Industry Association".into(),
                "监事长".into()
            )]
        );
    }

    #[test]
    fn an_institute_whose_name_lists_its_fields_at_a_university() {
        let d = extract(
            "Forum held\n\nBEIJING, May 6 -- The 2025 Carbon Forum was held in Beijing on Tuesday, hosted by the \
             China Electricity Council. Zhu Xiaoqing, Professor at the Institute of Energy, Environment and Economy \
             at Tsinghua University, spoke.",
            "2025-05-06",
        );
        assert_eq!(
            posts(&d),
            [(
                "Zhu Xiaoqing".into(),
                "Institute of Energy, Environment and Economy".into(),
                "教授".into()
            )]
        );
        assert_eq!(
            parent_of(&d, "Institute of Energy, Environment and Economy").as_deref(),
            Some("Tsinghua University")
        );
    }

    #[test]
    fn the_center_named_before_and_a_title_of_an_organization_never_named() {
        let d = extract(
            "Press conference held\n\nBEIJING, Jan. 6 -- The Sports Lottery Administration Center of the General \
             Administration of Sport of China held a press conference in Beijing on Tuesday. Zhai Jianguo, deputy \
             director of the center, said sales rose.",
            "2025-01-06",
        );
        assert_eq!(
            posts(&d),
            [(
                "Zhai Jianguo".into(),
                "Sports Lottery Administration Center".into(),
                "副主任".into()
            )]
        );
        // No center named: the person, with no post.
        let d = extract(
            "Press conference held\n\nBEIJING, Jan. 6 -- The 2025 Sports Lottery Press Conference was held in \
             Beijing on Tuesday. Ge Lili, spokesperson of the center, presided over the press conference.",
            "2025-01-06",
        );
        assert!(posts(&d).is_empty());
        assert_roles(&d, &[("Ge Lili", &["主持"])]);
    }

    #[test]
    fn a_meeting_held_in_a_city_on_a_weekday_by_its_organizer() {
        let d = extract(
            "Press conference held\n\nBEIJING, Jan. 6 -- The 2025 Sports Lottery Press Conference was held in \
             Beijing on Tuesday by the Sports Lottery Administration Center of the General Administration of Sport \
             of China. Ge Lili, spokesperson of the center, presided over the press conference.",
            "2025-01-06",
        );
        assert_eq!(d.meetings[0].organizers, ["Sports Lottery Administration Center"]);
    }

    #[test]
    fn a_person_described_in_words_we_cannot_read_who_speaks() {
        let text = |s: &str| {
            format!(
                "Forum held\n\nWUHAN, May 6 (Xinhua) -- The 2025 Auto Parts Forum was held in Wuhan on Tuesday, \
                 hosted by the China Association of Automobile Manufacturers (CAAM). {s}"
            )
        };
        for (sentence, who) in [
            (
                "Li Ming, a senior engineer with the company, said costs fell.",
                "Li Ming",
            ),
            (
                "Speaking at the forum, Li Ming, a senior engineer with the company, said costs fell.",
                "Li Ming",
            ),
            (
                "Zhang Wei, who chairs the parts committee, said demand was strong.",
                "Zhang Wei",
            ),
        ] {
            let d = extract(&text(sentence), "2025-05-06");
            assert!(posts(&d).is_empty(), "{sentence}");
            assert_roles(&d, &[(who, &["发言"])]);
        }
    }

    #[test]
    fn a_company_release_hosting_its_own_meeting_with_its_dateline() {
        let d = extract(
            "Hangcha Hosts 2025 Global Partner Conference\n\nHangzhou, China - September 18, 2025 - Hangcha Group Co., \
             Ltd. hosted its 2025 Global Partner Conference in Hangzhou.",
            "2025-09-20",
        );
        let m = &d.meetings[0];
        assert_eq!(m.name, "2025 Global Partner Conference", "{}", d.to_yaml());
        assert_eq!(m.date.as_deref(), Some("2025-09-18"));
        assert_eq!(m.organizers, ["Hangcha Group Co., Ltd."]);
    }

    #[test]
    fn legal_forms_of_many_countries_end_a_company_name() {
        for company in [
            "Rossi Carrelli S.p.A.",
            "Anhui Heli Co., Ltd",
            "Lift Solutions Sdn Bhd",
            "Nordic Trucks Oy",
            "Andes Lift S.A.S.",
            "Kraft Lifts KG",
        ] {
            let d = extract(
                &format!(
                    "Forum held\n\nThe China Industrial Truck Association held its 2025 Forum in Hefei on May 6. \
                     Paolo Rossi, CEO of {company}, spoke at the forum."
                ),
                "2025-05-06",
            );
            assert_eq!(
                posts(&d),
                [(
                    "Paolo Rossi".to_owned(),
                    company.to_owned(),
                    "首席执行官".to_owned()
                )],
                "{}",
                d.to_yaml()
            );
        }
    }

    #[test]
    fn a_moderator_described_by_a_title_in_capitals_before_the_main_clause() {
        let d = extract(
            "Seminar held\n\nThe China Chamber of Commerce for Import and Export of Machinery and Electronic Products \
             (CCCME) held a seminar on grid equipment in Beijing on May 12, 2025. At the panel discussion moderated by \
             Liang Wei, Director of the Electrical Equipment Department of CCCME, representatives of Tenaga Nasional \
             Berhad of Malaysia and TBEA Co., Ltd. shared their experience in grid modernization.",
            "2025-05-12",
        );
        assert_roles(
            &d,
            &[
                ("Liang Wei", &["主持"]),
                ("Tenaga Nasional Berhad", &["发言"]),
                ("TBEA Co., Ltd.", &["发言"]),
            ],
        );
    }

    #[test]
    fn a_person_from_a_company_named_alone_and_units_of_a_company_named_before() {
        let text = |s: &str| {
            format!(
                "Conference held\n\nHangcha Group Co., Ltd. hosted its 2025 Global Partner Conference in Hangzhou on \
                 September 18, 2025. {s}"
            )
        };
        let d = extract(
            &text("Kenji Watanabe from Toyota Material Handling spoke at the conference."),
            "2025-09-18",
        );
        assert_roles(&d, &[("Kenji Watanabe", &["讲话"])]);
        assert!(
            d.organizations
                .iter()
                .any(|o| o.name == "Toyota Material Handling"),
            "{}",
            d.to_yaml()
        );
        // A place is no company.
        let d = extract(
            &text("Kenji Watanabe from South Africa spoke at the conference."),
            "2025-09-18",
        );
        assert!(
            d.organizations.iter().all(|o| o.name != "South Africa"),
            "{}",
            d.to_yaml()
        );
        for sentence in [
            "Wu Ming, General Manager of Hangcha's Overseas Sales Department, delivered a speech.",
            "Wu Ming, General Manager of the Overseas Sales Department of Hangcha, delivered a speech.",
        ] {
            let d = extract(&text(sentence), "2025-09-18");
            assert_eq!(
                posts(&d),
                [(
                    "Wu Ming".to_owned(),
                    "Overseas Sales Department".to_owned(),
                    "总经理".to_owned()
                )],
                "{sentence}"
            );
            let unit = d
                .organizations
                .iter()
                .find(|o| o.name == "Overseas Sales Department")
                .unwrap();
            assert_eq!(
                unit.parent.as_deref(),
                Some("Hangcha Group Co., Ltd."),
                "{sentence}"
            );
        }
        let d = extract(
            &text(
                "Guests also included Li Hong, Deputy Director of the Zhejiang Provincial Department of Commerce.",
            ),
            "2025-09-18",
        );
        assert_roles(&d, &[("Li Hong", &["出席"])]);
    }

    #[test]
    fn a_zone_management_committee_undertakes_and_a_deputy_governor_attends() {
        let d = extract(
            "Forum opens\n\nJIXI, June 6 (Xinhua) -- The 2025 China Graphite Industry Development Forum opened Friday \
             in Jixi. The forum was organized by the China Non-Metallic Minerals Industry Association and undertaken \
             by the Jixi Graphite Industry Park Management Committee. Deputy Governor of Heilongjiang Province Li \
             Yuefeng attended the opening ceremony.",
            "2025-06-06",
        );
        let m = &d.meetings[0];
        assert_eq!(
            m.undertakers,
            ["Jixi Graphite Industry Park Management Committee"],
            "{}",
            d.to_yaml()
        );
        assert_eq!(
            posts(&d),
            [(
                "Li Yuefeng".to_owned(),
                "People's Government of Heilongjiang Province".to_owned(),
                "副省长".to_owned()
            )]
        );
        assert_roles(&d, &[("Li Yuefeng", &["出席"])]);
    }

    #[test]
    fn a_dateline_gives_its_year_a_pinyin_apostrophe_and_brand_names_in_a_list() {
        let d = extract(
            "China Leasing Association Holds Fifth Member Congress\n\nBeijing, March 28, 2025 — The Fifth Member \
             Congress of the China Leasing Association was convened in Beijing on March 27. Secretary-General Ma \
             Yun'e read out the financial report. Zhang Wei's company was praised. Representatives of ICBC Leasing \
             and CMB Financial Leasing also spoke.",
            // (No publication date: the year is the dateline's.)
            "",
        );
        assert_eq!(
            d.meetings[0].date.as_deref(),
            Some("2025-03-27"),
            "{}",
            d.to_yaml()
        );
        assert_roles(
            &d,
            &[
                ("Ma Yun'e", &["通报"]),
                ("ICBC Leasing", &["发言"]),
                ("CMB Financial Leasing", &["发言"]),
            ],
        );
        // A possessive is no syllable of a name.
        assert!(
            d.people.iter().all(|p| !p.name.contains("Wei's")),
            "{}",
            d.to_yaml()
        );
    }

    #[test]
    fn heads_of_associations_and_executives_joined_and_a_ministry_department_named_alone() {
        let d = extract(
            "MIIT holds symposium\n\nOn July 8, 2025, the Ministry of Industry and Information Technology (MIIT) held \
             a symposium in Beijing on water treatment equipment. The symposium was presided over by Director General \
             of the Department of Energy Conservation and Comprehensive Utilization He Yaqiong. Heads of the China \
             Environmental Protection Industry Association and the China Water Association, as well as executives \
             from Beijing Originwater Technology Co., Ltd. and Tianjin Motimo Membrane Technology Co., Ltd., made \
             speeches.",
            "2025-07-09",
        );
        assert_roles(
            &d,
            &[
                ("He Yaqiong", &["主持"]),
                ("China Environmental Protection Industry Association", &["发言"]),
                ("China Water Association", &["发言"]),
                ("Beijing Originwater Technology Co., Ltd.", &["发言"]),
                ("Tianjin Motimo Membrane Technology Co., Ltd.", &["发言"]),
            ],
        );
        let unit = d
            .organizations
            .iter()
            .find(|o| o.name == "Department of Energy Conservation and Comprehensive Utilization")
            .unwrap();
        assert_eq!(
            unit.parent.as_deref(),
            Some("Ministry of Industry and Information Technology")
        );
    }

    #[test]
    fn a_founding_conference_names_the_body_founded_whose_titles_are_elected() {
        let d = extract(
            "Alliance founded\n\nHangzhou, May 20, 2025 - The founding conference of the Global Camping and RV \
             Industry Alliance was held in Hangzhou on May 19. Zhou Ming was elected the first chairman of the \
             alliance, and Wang Fang was elected secretary-general.",
            "2025-05-20",
        );
        let alliance = "Global Camping and RV Industry Alliance".to_owned();
        let mut got = posts(&d);
        got.sort();
        assert_eq!(
            got,
            [
                ("Wang Fang".to_owned(), alliance.clone(), "秘书长".to_owned()),
                ("Zhou Ming".to_owned(), alliance, "会长".to_owned()),
            ],
            "{}",
            d.to_yaml()
        );
        // The body founded is no organizer of its founding meeting.
        assert!(d.meetings[0].organizers.is_empty());
    }
}
