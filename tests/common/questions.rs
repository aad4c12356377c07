//! Answers in a canonical form, so answers from different servers compare.

/// Rows in a canonical order, as strings, so answers from different servers compare.
pub fn normalized(solutions: &orgkg::sparql::Solutions) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = solutions
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| cell.as_ref().map_or_else(String::new, canonical))
                .collect()
        })
        .collect();
    rows.sort();
    rows
}

/// Panics with the first rows that differ between two normalized answers.
pub fn assert_same_rows(got: &[Vec<String>], expected: &[Vec<String>], what: &str) {
    let missing: Vec<_> = expected.iter().filter(|r| !got.contains(r)).take(5).collect();
    let extra: Vec<_> = got.iter().filter(|r| !expected.contains(r)).take(5).collect();
    assert!(
        missing.is_empty() && extra.is_empty() && got.len() == expected.len(),
        "{what}: {} rows, expected {}; missing {missing:?}; unexpected {extra:?}",
        got.len(),
        expected.len()
    );
}

/// A term as N-Triples with its language tag lower-cased: Oxigraph's parsers lower-case tags (and Virtuoso
/// does too), while the loader writes `zh-Hant`, so tags compare case-insensitively, as BCP 47 says.
pub fn canonical(term: &oxigraph::model::Term) -> String {
    match term {
        oxigraph::model::Term::Literal(l) => match l.language() {
            Some(language) => {
                let plain = oxigraph::model::Literal::new_simple_literal(l.value());
                format!("{plain}@{}", language.to_ascii_lowercase())
            }
            None => l.to_string(),
        },
        other => other.to_string(),
    }
}
