//! GraphML: the XML graph format Gephi, yEd, networkx and igraph read. Node kinds and labels are declared
//! attributes, so yEd's properties mapper can label and colour nodes from them.

use super::{ExportOptions, link_fields, metrics, node_fields, parents, xml_escape};
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// Writes the graph as GraphML (directed; parallel links are separate edges).
pub fn write_graphml(graph: &KnowledgeGraph, options: &ExportOptions, out: &mut dyn Write) -> io::Result<()> {
    let lang = options.lang;
    let metrics = metrics(graph, options);
    let parents = parents(graph);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    let sample = graph.entities().next();
    if let Some(e) = sample {
        for (name, _) in node_fields(e, lang, None) {
            writeln!(
                out,
                r#"  <key id="n_{name}" for="node" attr.name="{name}" attr.type="string"/>"#
            )?;
        }
    }
    if options.metrics {
        writeln!(
            out,
            r#"  <key id="n_degree" for="node" attr.name="degree" attr.type="int"/>"#
        )?;
        writeln!(
            out,
            r#"  <key id="n_betweenness" for="node" attr.name="betweenness" attr.type="double"/>"#
        )?;
        writeln!(
            out,
            r#"  <key id="n_community" for="node" attr.name="community" attr.type="int"/>"#
        )?;
    }
    if let Some(l) = graph.links().next() {
        for (name, _) in link_fields(&l, lang) {
            writeln!(
                out,
                r#"  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="string"/>"#
            )?;
        }
        writeln!(
            out,
            r#"  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="orgkg" edgedefault="directed">"#)?;
    for e in graph.entities() {
        let id = e.iri.as_str();
        writeln!(out, r#"    <node id="{}">"#, xml_escape(id))?;
        for (name, value) in node_fields(e, lang, parents.get(id)) {
            if !value.is_empty() {
                writeln!(out, r#"      <data key="n_{name}">{}</data>"#, xml_escape(&value))?;
            }
        }
        if let Some(m) = metrics.get(id) {
            writeln!(out, r#"      <data key="n_degree">{}</data>"#, m.degree)?;
            writeln!(out, r#"      <data key="n_betweenness">{}</data>"#, m.betweenness)?;
            writeln!(out, r#"      <data key="n_community">{}</data>"#, m.community)?;
        }
        writeln!(out, "    </node>")?;
    }
    for (i, l) in graph.links().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{i}" source="{}" target="{}">"#,
            xml_escape(l.from.iri.as_str()),
            xml_escape(l.to.iri.as_str())
        )?;
        for (name, value) in link_fields(&l, lang) {
            if !value.is_empty() {
                writeln!(out, r#"      <data key="e_{name}">{}</data>"#, xml_escape(&value))?;
            }
        }
        writeln!(out, r#"      <data key="e_weight">{}</data>"#, l.link.weight)?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")?;
    Ok(())
}
