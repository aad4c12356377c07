//! Writing answers: aligned tables for a terminal (Chinese counts two columns), CSV and TSV, and SPARQL
//! results or graphs in the standard formats.

use crate::chinese::display_width;
use crate::vocab::{self, PREFIXES};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolution};
use std::io::{self, Write};

/// A table of text cells with a header row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows; each as long as `headers`.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these headers and no rows.
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(headers: I) -> Self {
        Self {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    /// Appends a row.
    pub fn push<I: IntoIterator<Item = S>, S: Into<String>>(&mut self, row: I) {
        self.rows.push(row.into_iter().map(Into::into).collect());
    }

    /// Writes the table with columns aligned by display width, a rule under the header.
    pub fn write_aligned(&self, w: &mut dyn Write) -> io::Result<()> {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| display_width(h)).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                if let Some(width) = widths.get_mut(i) {
                    *width = (*width).max(display_width(&one_line(cell)));
                }
            }
        }
        let line = |w: &mut dyn Write, cells: &[String]| -> io::Result<()> {
            let mut out = String::new();
            for (i, cell) in cells.iter().enumerate() {
                let cell = one_line(cell);
                out.push_str(&cell);
                if i + 1 < cells.len() {
                    out.push_str(&" ".repeat(widths[i].saturating_sub(display_width(&cell)) + 2));
                }
            }
            writeln!(w, "{}", out.trim_end())
        };
        line(w, &self.headers)?;
        let rule: Vec<String> = widths.iter().map(|n| "─".repeat(*n)).collect();
        line(w, &rule)?;
        for row in &self.rows {
            line(w, row)?;
        }
        Ok(())
    }

    /// Writes the table as CSV (RFC 4180 quoting).
    pub fn write_csv(&self, w: &mut dyn Write) -> io::Result<()> {
        for row in std::iter::once(&self.headers).chain(&self.rows) {
            let cells: Vec<String> = row
                .iter()
                .map(|c| {
                    if c.contains([',', '"', '\n', '\r']) {
                        format!("\"{}\"", c.replace('"', "\"\""))
                    } else {
                        c.clone()
                    }
                })
                .collect();
            write!(w, "{}\r\n", cells.join(","))?;
        }
        Ok(())
    }

    /// Writes the table as TSV (tabs and line breaks in cells become spaces).
    pub fn write_tsv(&self, w: &mut dyn Write) -> io::Result<()> {
        for row in std::iter::once(&self.headers).chain(&self.rows) {
            let cells: Vec<String> = row.iter().map(|c| c.replace(['\t', '\n', '\r'], " ")).collect();
            writeln!(w, "{}", cells.join("\t"))?;
        }
        Ok(())
    }
}

fn one_line(cell: &str) -> String {
    if cell.contains(['\n', '\r', '\t']) {
        cell.replace(['\n', '\r', '\t'], " ")
    } else {
        cell.to_owned()
    }
}

/// A term as a person reads it in a table: prefixed IRIs, plain literal values, `_:` blank nodes.
pub fn term_cell(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => vocab::compact(n.as_str()),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// The formats `orgkg query` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// Aligned text table (solutions) or Turtle (graphs).
    Table,
    /// A SPARQL results format.
    Results(QueryResultsFormat),
    /// An RDF format, for graphs.
    Graph(RdfFormat),
}

impl ResultFormat {
    /// Parses a `--format` value.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.to_ascii_lowercase().as_str() {
            "table" => Self::Table,
            "csv" => Self::Results(QueryResultsFormat::Csv),
            "tsv" => Self::Results(QueryResultsFormat::Tsv),
            "json" | "srj" => Self::Results(QueryResultsFormat::Json),
            "xml" | "srx" => Self::Results(QueryResultsFormat::Xml),
            "turtle" | "ttl" => Self::Graph(RdfFormat::Turtle),
            "ntriples" | "nt" | "n-triples" => Self::Graph(RdfFormat::NTriples),
            "jsonld" | "json-ld" => Self::Graph(RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            }),
            "rdfxml" | "rdf" => Self::Graph(RdfFormat::RdfXml),
            "nquads" | "nq" => Self::Graph(RdfFormat::NQuads),
            "trig" => Self::Graph(RdfFormat::TriG),
            _ => return None,
        })
    }
}

/// Errors writing results.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OutputError {
    /// Writing failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// Evaluation failed while streaming results.
    #[error("SPARQL evaluation failed: {0}")]
    Evaluation(String),
    /// The format does not fit the kind of result.
    #[error("{0}")]
    Format(String),
}

/// Writes query results in `format`.
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultFormat,
    w: &mut dyn Write,
) -> Result<(), OutputError> {
    let eval = |e: oxigraph::sparql::QueryEvaluationError| OutputError::Evaluation(e.to_string());
    match (results, format) {
        (QueryResults::Solutions(solutions), ResultFormat::Table) => {
            let variables: Vec<String> = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_owned())
                .collect();
            let mut table = Table::new(variables.iter().cloned());
            for s in solutions {
                let s: QuerySolution = s.map_err(eval)?;
                table.push(
                    variables
                        .iter()
                        .map(|v| s.get(v.as_str()).map(term_cell).unwrap_or_default()),
                );
            }
            table.write_aligned(w)?;
        }
        (QueryResults::Solutions(solutions), ResultFormat::Results(f)) => {
            let vars = solutions.variables().to_vec();
            let mut ser = QueryResultsSerializer::from_format(f).serialize_solutions_to_writer(w, vars)?;
            for s in solutions {
                ser.serialize(&s.map_err(eval)?)?;
            }
            ser.finish()?;
        }
        (QueryResults::Boolean(b), ResultFormat::Table) => writeln!(w, "{b}")?,
        (QueryResults::Boolean(b), ResultFormat::Results(f)) => {
            QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(w, b)?;
        }
        (QueryResults::Graph(triples), ResultFormat::Table) => {
            write_triples(triples.map(|t| t.map_err(eval)), RdfFormat::Turtle, w)?;
        }
        (QueryResults::Graph(triples), ResultFormat::Graph(f)) => {
            write_triples(triples.map(|t| t.map_err(eval)), f, w)?;
        }
        (QueryResults::Graph(_), ResultFormat::Results(_)) => {
            return Err(OutputError::Format(
                "a CONSTRUCT or DESCRIBE gives a graph: use --format turtle, ntriples or jsonld".into(),
            ));
        }
        (_, ResultFormat::Graph(_)) => {
            return Err(OutputError::Format(
                "a SELECT or ASK gives solutions: use --format table, csv, tsv, json or xml".into(),
            ));
        }
    }
    Ok(())
}

/// Writes triples in an RDF format, with the project's prefixes where the format has them.
pub fn write_triples(
    triples: impl Iterator<Item = Result<Triple, OutputError>>,
    format: RdfFormat,
    w: &mut dyn Write,
) -> Result<(), OutputError> {
    let mut ser = serializer(format).for_writer(w);
    for t in triples {
        ser.serialize_triple(&t?)?;
    }
    ser.finish()?;
    Ok(())
}

/// An RDF serializer for `format` with the project's prefixes declared.
pub fn serializer(format: RdfFormat) -> RdfSerializer {
    PREFIXES
        .iter()
        .fold(RdfSerializer::from_format(format), |s, (p, ns)| {
            s.with_prefix(*p, *ns).expect("valid prefix")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_columns_align_by_display_width() {
        let mut t = Table::new(["name", "role"]);
        t.push(["王健", "讲话"]);
        t.push(["Wang Jian", "speech"]);
        let mut out = Vec::new();
        t.write_aligned(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        // The role column starts at the same display column on every line.
        let col = |l: &str, needle: &str| display_width(&l[..l.find(needle).unwrap()]);
        assert_eq!(col(lines[2], "讲话"), col(lines[3], "speech"));
        assert_eq!(col(lines[0], "role"), col(lines[3], "speech"));
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut t = Table::new(["a", "b"]);
        t.push(["x,y", "say \"hi\""]);
        let mut out = Vec::new();
        t.write_csv(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n"
        );
    }
}
