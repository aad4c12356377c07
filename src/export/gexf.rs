//! GEXF 1.2: Gephi's own format. Labels go in the `label` attribute Gephi shows; kinds, both languages and
//! provenance are declared attributes, and projection weights become edge weights.

use super::{ExportOptions, link_fields, metrics, node_fields, parents, xml_escape};
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// Writes the graph as GEXF 1.2 (directed, static).
pub fn write_gexf(graph: &KnowledgeGraph, options: &ExportOptions, out: &mut dyn Write) -> io::Result<()> {
    let lang = options.lang;
    let metrics = metrics(graph, options);
    let parents = parents(graph);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">"#
    )?;
    writeln!(
        out,
        r#"  <meta><creator>orgkg</creator><description>orgkg knowledge graph</description></meta>"#
    )?;
    writeln!(out, r#"  <graph defaultedgetype="directed" mode="static">"#)?;
    // Attribute 0 of each class is the label itself, which GEXF carries natively: declare the rest.
    writeln!(out, r#"    <attributes class="node">"#)?;
    if let Some(e) = graph.entities().next() {
        for (i, (name, _)) in node_fields(e, lang, None).iter().enumerate().skip(1) {
            writeln!(out, r#"      <attribute id="{i}" title="{name}" type="string"/>"#)?;
        }
    }
    if options.metrics {
        writeln!(
            out,
            r#"      <attribute id="degree" title="degree" type="integer"/>"#
        )?;
        writeln!(
            out,
            r#"      <attribute id="betweenness" title="betweenness" type="double"/>"#
        )?;
        writeln!(
            out,
            r#"      <attribute id="community" title="community" type="integer"/>"#
        )?;
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, r#"    <attributes class="edge">"#)?;
    if let Some(l) = graph.links().next() {
        for (i, (name, _)) in link_fields(&l, lang).iter().enumerate().skip(1) {
            writeln!(out, r#"      <attribute id="{i}" title="{name}" type="string"/>"#)?;
        }
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, "    <nodes>")?;
    for e in graph.entities() {
        let id = e.iri.as_str();
        let fields = node_fields(e, lang, parents.get(id));
        writeln!(
            out,
            r#"      <node id="{}" label="{}">"#,
            xml_escape(id),
            xml_escape(&fields[0].1)
        )?;
        writeln!(out, "        <attvalues>")?;
        for (i, (_, value)) in fields.iter().enumerate().skip(1) {
            if !value.is_empty() {
                writeln!(
                    out,
                    r#"          <attvalue for="{i}" value="{}"/>"#,
                    xml_escape(value)
                )?;
            }
        }
        if let Some(m) = metrics.get(id) {
            writeln!(out, r#"          <attvalue for="degree" value="{}"/>"#, m.degree)?;
            writeln!(
                out,
                r#"          <attvalue for="betweenness" value="{}"/>"#,
                m.betweenness
            )?;
            writeln!(
                out,
                r#"          <attvalue for="community" value="{}"/>"#,
                m.community
            )?;
        }
        writeln!(out, "        </attvalues>")?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, "    <edges>")?;
    for (i, l) in graph.links().enumerate() {
        let fields = link_fields(&l, lang);
        writeln!(
            out,
            r#"      <edge id="{i}" source="{}" target="{}" label="{}" weight="{}">"#,
            xml_escape(l.from.iri.as_str()),
            xml_escape(l.to.iri.as_str()),
            xml_escape(&fields[0].1),
            l.link.weight
        )?;
        writeln!(out, "        <attvalues>")?;
        for (j, (_, value)) in fields.iter().enumerate().skip(1) {
            if !value.is_empty() {
                writeln!(
                    out,
                    r#"          <attvalue for="{j}" value="{}"/>"#,
                    xml_escape(value)
                )?;
            }
        }
        writeln!(out, "        </attvalues>")?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")?;
    Ok(())
}
