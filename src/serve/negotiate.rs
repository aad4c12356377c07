//! Content negotiation: picks a result or graph format from the `Accept` header or a `format=` parameter.

use super::HttpError;
use oxhttp::model::StatusCode;
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

/// The result formats the server writes, in order of preference when the client accepts anything.
const RESULT_FORMATS: &[QueryResultsFormat] = &[
    QueryResultsFormat::Json,
    QueryResultsFormat::Xml,
    QueryResultsFormat::Csv,
    QueryResultsFormat::Tsv,
];

fn json_ld() -> RdfFormat {
    RdfFormat::JsonLd {
        profile: oxigraph::io::JsonLdProfileSet::empty(),
    }
}

/// One media range of an `Accept` header with its quality.
struct MediaRange {
    essence: String,
    quality: f32,
}

fn parse_accept(accept: &str) -> Vec<MediaRange> {
    let mut ranges: Vec<MediaRange> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let essence = pieces.next()?.trim().to_ascii_lowercase();
            if essence.is_empty() {
                return None;
            }
            let quality = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            Some(MediaRange { essence, quality })
        })
        .filter(|r| r.quality > 0.0)
        .collect();
    // Stable sort keeps the client's order among equal qualities.
    ranges.sort_by(|a, b| b.quality.total_cmp(&a.quality));
    ranges
}

/// Aliases clients send for the formats, beyond their registered media types.
fn result_format_for(essence: &str) -> Option<QueryResultsFormat> {
    match essence {
        "application/json" | "text/json" | "json" => Some(QueryResultsFormat::Json),
        "application/xml" | "text/xml" | "xml" => Some(QueryResultsFormat::Xml),
        "csv" => Some(QueryResultsFormat::Csv),
        "tsv" => Some(QueryResultsFormat::Tsv),
        other => QueryResultsFormat::from_media_type(other),
    }
}

fn graph_format_for(essence: &str) -> Option<RdfFormat> {
    match essence {
        "turtle" | "ttl" | "text/plain" => Some(RdfFormat::Turtle),
        "ntriples" | "nt" | "n-triples" => Some(RdfFormat::NTriples),
        "json-ld" | "jsonld" | "application/json" | "json" => Some(json_ld()),
        "rdfxml" | "xml" | "application/xml" | "text/xml" => Some(RdfFormat::RdfXml),
        "nquads" => Some(RdfFormat::NQuads),
        "trig" => Some(RdfFormat::TriG),
        other => RdfFormat::from_media_type(other),
    }
}

fn choose<F: Copy>(
    format_param: Option<&str>,
    accept: Option<&str>,
    supported: &[F],
    lookup: fn(&str) -> Option<F>,
    is_supported: impl Fn(F) -> bool,
) -> Result<F, HttpError> {
    if let Some(name) = format_param {
        return lookup(&name.trim().to_ascii_lowercase())
            .filter(|f| is_supported(*f))
            .ok_or_else(|| HttpError::bad_request(format!("unknown or unsuitable format {name:?}")));
    }
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Ok(supported[0]);
    };
    for range in parse_accept(accept) {
        if range.essence == "*/*" || range.essence == "application/*" || range.essence == "text/*" {
            return Ok(supported[0]);
        }
        if let Some(format) = lookup(&range.essence).filter(|f| is_supported(*f)) {
            return Ok(format);
        }
    }
    Err(HttpError::new(
        StatusCode::NOT_ACCEPTABLE,
        format!("none of the accepted media types ({accept}) can be produced here"),
    ))
}

/// The results format for a SELECT or ASK answer.
pub(super) fn result_format(
    format_param: Option<&str>,
    accept: Option<&str>,
) -> Result<QueryResultsFormat, HttpError> {
    choose(format_param, accept, RESULT_FORMATS, result_format_for, |_| true)
}

/// The graph format for a CONSTRUCT or DESCRIBE answer or a Graph Store read; `dataset` also allows quad formats.
pub(super) fn graph_format(
    format_param: Option<&str>,
    accept: Option<&str>,
    dataset: bool,
) -> Result<RdfFormat, HttpError> {
    // In order of preference when the client accepts anything.
    let formats = if dataset {
        vec![RdfFormat::TriG, RdfFormat::NQuads, json_ld()]
    } else {
        vec![
            RdfFormat::Turtle,
            RdfFormat::NTriples,
            json_ld(),
            RdfFormat::RdfXml,
        ]
    };
    choose(format_param, accept, &formats, graph_format_for, |f| {
        formats.iter().any(|s| s.name() == f.name())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_header_picks_the_best_supported_type() {
        let json = result_format(
            None,
            Some("application/sparql-results+json,application/json;q=0.9"),
        )
        .unwrap();
        assert_eq!(json, QueryResultsFormat::Json);
        let xml = result_format(None, Some("text/html;q=0.9, application/sparql-results+xml")).unwrap();
        assert_eq!(xml, QueryResultsFormat::Xml);
        assert_eq!(
            result_format(None, Some("text/html, */*;q=0.1")).unwrap(),
            QueryResultsFormat::Json
        );
        assert_eq!(result_format(None, None).unwrap(), QueryResultsFormat::Json);
        assert_eq!(
            result_format(Some("tsv"), Some("application/json")).unwrap(),
            QueryResultsFormat::Tsv
        );
        let refused = result_format(None, Some("image/png")).unwrap_err();
        assert_eq!(refused.status, StatusCode::NOT_ACCEPTABLE);
    }

    #[test]
    fn graph_formats_follow_accept_and_respect_datasets() {
        assert_eq!(
            graph_format(None, Some("application/n-triples"), false).unwrap(),
            RdfFormat::NTriples
        );
        assert_eq!(graph_format(None, Some("*/*"), false).unwrap(), RdfFormat::Turtle);
        assert_eq!(graph_format(None, None, true).unwrap(), RdfFormat::TriG);
        assert!(graph_format(None, Some("application/n-quads"), false).is_err());
        assert_eq!(
            graph_format(None, Some("application/ld+json"), false)
                .unwrap()
                .name(),
            "JSON-LD"
        );
    }
}
