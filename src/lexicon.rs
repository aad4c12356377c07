//! The controlled vocabularies: post roles, meeting roles and organization kinds.
//!
//! They live in `data/lexicon/*.tsv` so that a user can extend them without recompiling: the shipped files are
//! built in, and a directory given with `--lexicon DIR` (or `ORGKG_LEXICON`) adds lines from files of the same
//! names. The ontology declares the same concepts as SKOS schemes; a test keeps the two in step.

use crate::records::Vocabulary;
use crate::vocab::ns;
use oxigraph::model::NamedNode;
use std::path::Path;

const POST_ROLES: &str = include_str!("../data/lexicon/post-roles.tsv");
const MEETING_ROLES: &str = include_str!("../data/lexicon/meeting-roles.tsv");
const ORG_KINDS: &str = include_str!("../data/lexicon/org-kinds.tsv");

/// Errors reading a lexicon file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// The file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line does not have the expected columns.
    #[error("{path}:{line}: expected {expected} tab-separated columns ({columns}), found {found}")]
    Columns {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// How many columns are required.
        expected: usize,
        /// Their names.
        columns: &'static str,
        /// How many were found.
        found: usize,
    },
}

/// One concept of a scheme: its notation, labels and (for meeting roles) shortcut and agent kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    /// The notation, used in IRIs (`vice-president`).
    pub notation: String,
    /// The simplified Chinese label (`副会长`).
    pub zh: String,
    /// The English label.
    pub en: String,
    /// Other spellings.
    pub aliases: Vec<String>,
    /// Meeting roles: the shortcut property as a prefixed name; organization kinds: `formal` or `unit`.
    pub extra: Option<String>,
    /// Meeting roles: who takes the role (`org`, `person`, `any`).
    pub agent: Option<String>,
}

impl Concept {
    fn matches(&self, text: &str) -> bool {
        self.notation == text
            || self.zh == text
            || self.en.eq_ignore_ascii_case(text)
            || self.aliases.iter().any(|a| a == text)
    }
}

/// The three vocabularies.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Post roles, in file order.
    pub post_roles: Vec<Concept>,
    /// Meeting roles, in file order.
    pub meeting_roles: Vec<Concept>,
    /// Organization kinds, in file order.
    pub org_kinds: Vec<Concept>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Lexicon {
    /// The lexicons shipped with orgkg.
    pub fn builtin() -> Self {
        let parse = |text: &str, name: &str, columns: &'static str, min: usize| {
            parse_tsv(text, name, columns, min).expect("the built-in lexicons are well-formed")
        };
        Self {
            post_roles: parse(POST_ROLES, "post-roles.tsv", "notation, zh, en, aliases", 3),
            meeting_roles: parse(
                MEETING_ROLES,
                "meeting-roles.tsv",
                "notation, zh, en, shortcut, agent",
                5,
            ),
            org_kinds: parse(ORG_KINDS, "org-kinds.tsv", "notation, zh, en, level", 4),
        }
    }

    /// The built-in lexicons extended with the files found in `dir` (any of `post-roles.tsv`,
    /// `meeting-roles.tsv`, `org-kinds.tsv`). A line whose notation is already known replaces it.
    pub fn with_extensions(dir: &Path) -> Result<Self, LexiconError> {
        let mut lexicon = Self::builtin();
        let files: [(&str, &'static str, usize, &mut Vec<Concept>); 3] = [
            (
                "post-roles.tsv",
                "notation, zh, en, aliases",
                3,
                &mut lexicon.post_roles,
            ),
            (
                "meeting-roles.tsv",
                "notation, zh, en, shortcut, agent",
                5,
                &mut lexicon.meeting_roles,
            ),
            (
                "org-kinds.tsv",
                "notation, zh, en, level",
                4,
                &mut lexicon.org_kinds,
            ),
        ];
        for (name, columns, min, target) in files {
            let path = dir.join(name);
            if !path.exists() {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|source| LexiconError::Io {
                path: path.display().to_string(),
                source,
            })?;
            for concept in parse_tsv(&text, &path.display().to_string(), columns, min)? {
                match target.iter_mut().find(|c| c.notation == concept.notation) {
                    Some(existing) => *existing = concept,
                    None => target.push(concept),
                }
            }
        }
        Ok(lexicon)
    }

    /// The post role a title or notation names.
    pub fn post_role(&self, text: &str) -> Option<&Concept> {
        self.post_roles.iter().find(|c| c.matches(text))
    }

    /// The meeting role a label or notation names.
    pub fn meeting_role(&self, text: &str) -> Option<&Concept> {
        self.meeting_roles.iter().find(|c| c.matches(text))
    }

    /// The organization kind a label or notation names.
    pub fn org_kind(&self, text: &str) -> Option<&Concept> {
        self.org_kinds.iter().find(|c| c.matches(text))
    }
}

/// The IRI of a post role concept.
pub fn post_role_iri(concept: &Concept) -> NamedNode {
    NamedNode::new_unchecked(format!("{}role-{}", ns::ID, concept.notation))
}

/// The IRI of a meeting role concept.
pub fn meeting_role_iri(concept: &Concept) -> NamedNode {
    NamedNode::new_unchecked(format!("{}meeting-role-{}", ns::ID, concept.notation))
}

/// The IRI of an organization kind concept.
pub fn org_kind_iri(concept: &Concept) -> NamedNode {
    NamedNode::new_unchecked(format!("{}kind-{}", ns::ID, concept.notation))
}

fn parse_tsv(
    text: &str,
    path: &str,
    columns: &'static str,
    min: usize,
) -> Result<Vec<Concept>, LexiconError> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen && line.starts_with("notation\t") {
            header_seen = true;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < min || cols[..min].iter().any(|c| c.is_empty()) {
            return Err(LexiconError::Columns {
                path: path.to_owned(),
                line: i + 1,
                expected: min,
                columns,
                found: cols.iter().filter(|c| !c.is_empty()).count(),
            });
        }
        let rest = |n: usize| cols.get(n).filter(|c| !c.is_empty()).map(|c| (*c).to_owned());
        let (aliases, extra, agent) = if min == 3 {
            (
                rest(3)
                    .map(|a| {
                        a.split(',')
                            .map(|s| s.trim().to_owned())
                            .filter(|s| !s.is_empty())
                            .collect()
                    })
                    .unwrap_or_default(),
                None,
                None,
            )
        } else {
            (Vec::new(), rest(3), rest(4))
        };
        out.push(Concept {
            notation: cols[0].to_owned(),
            zh: cols[1].to_owned(),
            en: cols[2].to_owned(),
            aliases,
            extra,
            agent,
        });
    }
    Ok(out)
}

impl Vocabulary for Lexicon {
    fn is_post_role(&self, role: &str) -> bool {
        self.post_role(role).is_some()
    }

    fn is_meeting_role(&self, role: &str) -> bool {
        self.meeting_role(role).is_some()
    }

    fn is_org_kind(&self, kind: &str) -> bool {
        self.org_kind(kind).is_some()
    }

    fn meeting_roles(&self) -> Vec<String> {
        self.meeting_roles
            .iter()
            .map(|c| format!("{} ({})", c.zh, c.notation))
            .collect()
    }

    fn org_kinds(&self) -> Vec<String> {
        self.org_kinds.iter().map(|c| c.notation.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_cover_the_seed_titles_and_roles() {
        let lex = Lexicon::builtin();
        for title in [
            "党委常委",
            "副会长",
            "党委书记",
            "董事长",
            "党委委员",
            "副总经理",
            "副秘书长",
            "主任",
            "副主任",
            "高级专家",
        ] {
            assert!(lex.post_role(title).is_some(), "{title}");
        }
        assert_eq!(lex.post_role("副会长").unwrap().notation, "vice-president");
        assert_eq!(
            lex.meeting_role("致辞").unwrap().extra.as_deref(),
            Some("orgkg:speaker")
        );
        assert_eq!(lex.meeting_role("attendee").unwrap().zh, "出席");
        assert_eq!(lex.org_kind("department").unwrap().extra.as_deref(), Some("unit"));
        assert!(lex.post_role("国王").is_none());
    }

    #[test]
    fn a_user_directory_extends_and_overrides() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("post-roles.tsv"),
            "notation\tzh\ten\taliases\nchief-scientist\t首席科学家\tChief Scientist\t\n",
        )
        .unwrap();
        let lex = Lexicon::with_extensions(dir.path()).unwrap();
        assert_eq!(lex.post_role("首席科学家").unwrap().en, "Chief Scientist");
        assert!(lex.post_role("副会长").is_some());
        std::fs::write(dir.path().join("org-kinds.tsv"), "x\t只有两列\n").unwrap();
        let err = Lexicon::with_extensions(dir.path()).unwrap_err().to_string();
        assert!(err.contains("org-kinds.tsv:1: expected 4"), "{err}");
    }
}
