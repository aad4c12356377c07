// orgkg web page: search, entity pages and a SPARQL editor, over the server's /api and /sparql.
// Plain DOM code with no dependencies; every value from the graph is inserted as text, never as HTML.
"use strict";

const view = document.getElementById("view");

const PREFIXES = [
  ["orgkg", "https://w3id.org/orgkg/ns#"], ["id", "https://w3id.org/orgkg/id/"],
  ["org", "http://www.w3.org/ns/org#"], ["schema", "http://schema.org/"], ["foaf", "http://xmlns.com/foaf/0.1/"],
  ["skos", "http://www.w3.org/2004/02/skos/core#"], ["prov", "http://www.w3.org/ns/prov#"],
  ["opengov", "http://www.w3.org/ns/opengov#"], ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
  ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"], ["xsd", "http://www.w3.org/2001/XMLSchema#"],
  ["graph", "https://w3id.org/orgkg/graph/"],
];

// Chinese names for the properties and classes a reader meets most.
const NAMES = {
  "rdf:type": "类型", "skos:prefLabel": "名称", "skos:altLabel": "别名/原文", "rdfs:label": "标签",
  "foaf:name": "姓名", "schema:name": "名称", "schema:startDate": "日期", "schema:location": "地点",
  "schema:keywords": "议题", "schema:organizer": "主办", "orgkg:coOrganizer": "协办", "orgkg:undertaker": "承办",
  "orgkg:guidingUnit": "指导", "orgkg:supporter": "支持", "orgkg:chair": "主持", "orgkg:speaker": "讲话/报告",
  "schema:attendee": "出席", "schema:performer": "主持或发言", "orgkg:exchangeParticipant": "交流",
  "orgkg:attendanceText": "参会人数", "orgkg:attendanceCount": "参会人数（数值）", "org:classification": "机构类别",
  "org:hasUnit": "下设部门", "org:unitOf": "上级机构", "org:subOrganizationOf": "隶属于", "org:holds": "担任职务",
  "org:memberOf": "任职机构", "org:heldBy": "任职人", "org:postIn": "所在机构", "org:role": "职务",
  "org:member": "成员", "org:organization": "机构", "opengov:post": "职位", "orgkg:asOf": "截至",
  "orgkg:titleAtTime": "当时职务", "orgkg:evidence": "原文依据", "prov:wasDerivedFrom": "出处",
  "orgkg:identityKey": "标识依据", "orgkg:searchKey": "检索词", "orgkg:agent": "参与者", "orgkg:event": "会议",
  "orgkg:meetingRole": "会议角色", "orgkg:onBehalfOf": "代表机构", "schema:author": "作者",
  "orgkg:presentedAt": "发表于会议",
  "org:FormalOrganization": "机构", "org:OrganizationalUnit": "部门/分支", "foaf:Person": "人物",
  "schema:Person": "人物", "orgkg:Meeting": "会议", "schema:Event": "活动", "orgkg:Participation": "参会记录",
  "org:Membership": "任职记录", "org:Post": "职位", "schema:Report": "报告", "orgkg:Briefing": "通报",
};

// The kinds `orgkg::questions` reports.
const KIND_NAMES = {
  person: "人物", organization: "机构", unit: "部门/分支", meeting: "会议", report: "报告", place: "地点",
  post: "职位", source: "来源", other: "其他",
};
function zh(named) { return (named && (named.zh || named.en)) || ""; }
function roleNames(roles) { return (roles || []).map((r) => r.zh || r.en || r.notation).join("、"); }

function compact(iri) {
  for (const [p, ns] of PREFIXES) {
    if (iri.startsWith(ns) && iri.length > ns.length) return p + ":" + iri.slice(ns.length);
  }
  return iri;
}
function nameOf(iri) { const c = compact(iri); return NAMES[c] || c; }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
function entityHref(iri) { return "#/e/" + encodeURIComponent(iri); }
function entityLink(iri, label) { return el("a", { href: entityHref(iri), class: "entity" }, label || nameOf(iri)); }
function show(...nodes) { view.replaceChildren(...nodes); window.scrollTo(0, 0); }
function errorBox(message) { return el("p", { class: "error", role: "alert" }, message); }

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim() || response.statusText);
  return JSON.parse(text);
}

function kindLabel(kind) { return KIND_NAMES[kind] || kind || ""; }

// ---- views ----

function home() {
  const examples = ["王健", "座谈会", "wangjian", "有色金属", "Shaanxi"];
  show(
    el("h1", {}, "行业组织、人物与会议"),
    el("p", {}, "按任意名称检索：简体、繁体、拼音或英文均可。每个机构、人物和会议都有单独页面，列出事实及其出处。"),
    el("div", { class: "card" },
      el("p", {}, "示例："),
      el("p", {}, examples.map((q) => [el("a", { href: "#/search/" + encodeURIComponent(q) }, q), "　"]))),
    el("p", {}, "也可以在 ", el("a", { href: "#/sparql" }, "SPARQL 查询"), " 页面直接编写查询并下载结果。"));
}

async function search(q) {
  document.getElementById("search-input").value = q;
  show(el("p", { class: "muted" }, "正在检索 “" + q + "” …"));
  try {
    const data = await getJson("/api/search?q=" + encodeURIComponent(q));
    const items = data.results.map((r) => el("li", { "data-iri": r.iri },
      el("span", { class: "kind" }, kindLabel(r.kind)),
      entityLink(r.iri, zh(r.name) || compact(r.iri)),
      r.name.en && r.name.zh ? el("span", { class: "alt" }, r.name.en) : null));
    show(
      el("h1", {}, "检索：", q),
      el("p", { class: "muted" }, items.length ? "找到 " + items.length + " 项" : "没有找到匹配的机构、人物或会议。"),
      el("ul", { class: "results", id: "search-results" }, items));
  } catch (e) {
    show(el("h1", {}, "检索：", q), errorBox("检索失败：" + e.message));
  }
}

function factValue(f) {
  if (f.valueIsIri) return entityLink(f.value, f.valueLabel || nameOf(f.value));
  const text = f.value + (f.valueLang ? "（" + f.valueLang + "）" : "");
  return text;
}

function table(id, headers, rows) {
  return el("table", { id },
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((c) => c instanceof Node ? c : el("td", {}, c))))));
}
function link(named) { return named ? entityLink(named.iri, zh(named) || compact(named.iri)) : ""; }

// Who took part in a meeting, organizers first (the order orgkg::questions gives).
function participantsTable(attendance) {
  return table("participants", ["参与者", "角色", "当时职务", "代表机构"], attendance.participants.map((p) => [
    el("td", {}, link(p)), el("td", { class: "role" }, roleNames(p.roles)), p.title || "", el("td", {}, link(p.on_behalf_of))]));
}

function meetingsTable(meetings) {
  return table("participations", ["会议", "日期", "地点", "角色", "经由"], meetings.map((m) => [
    el("td", {}, link(m)), m.date || "", zh(m.place), el("td", { class: "role" }, roleNames(m.roles)),
    el("td", {}, (m.via || []).map((v) => [link(v), " "]))]));
}

function postsTable(posts) {
  return table("posts", ["职务", "机构", "上级机构", "原文职务", "截至"], posts.map((p) => [
    el("td", { class: "role" }, p.role.zh || p.role.en || p.role.notation), el("td", {}, link(p.organization)),
    el("td", {}, link(p.parent)), p.title || "", p.as_of || ""]));
}

function membersTable(members) {
  return table("members", ["部门", "职务", "人物", "原文职务", "截至"], members.map((m) => [
    el("td", {}, link(m.unit)), el("td", { class: "role" }, m.role.zh || m.role.en || m.role.notation),
    el("td", {}, link(m.person)), m.title || "", m.as_of || ""]));
}

function sanitizeSvg(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (svg.nodeName.toLowerCase() !== "svg") return null;
  svg.querySelectorAll("script, foreignObject").forEach((n) => n.remove());
  svg.querySelectorAll("*").forEach((n) => {
    for (const a of [...n.attributes]) {
      if (a.name.startsWith("on") || (a.name.endsWith("href") && /^\s*javascript:/i.test(a.value))) n.removeAttribute(a.name);
    }
  });
  return document.importNode(svg, true);
}

async function diagramInto(holder, iri) {
  try {
    const response = await fetch("/api/diagram?iri=" + encodeURIComponent(iri));
    if (!response.ok) { holder.replaceChildren(el("p", { class: "muted" }, "暂无图示。")); return; }
    const svg = sanitizeSvg(await response.text());
    holder.replaceChildren(svg || el("p", { class: "muted" }, "图示无法显示。"));
  } catch (e) {
    holder.replaceChildren(el("p", { class: "muted" }, "图示加载失败：" + e.message));
  }
}

async function entity(iri) {
  show(el("p", { class: "muted" }, "正在加载…"));
  let data;
  try {
    data = await getJson("/api/entity?iri=" + encodeURIComponent(iri));
  } catch (e) {
    show(el("h1", {}, compact(iri)), errorBox(e.message));
    return;
  }
  const summary = data.summary;
  const title = zh(summary.name) || compact(iri);
  const others = [...new Set(data.facts
    .filter((f) => ["skos:prefLabel", "skos:altLabel"].includes(compact(f.property)) && f.value !== title)
    .map((f) => f.value))];
  const hidden = new Set(["orgkg:searchKey", "rdfs:label"]);
  const facts = data.facts.filter((f) => !hidden.has(compact(f.property)));
  const sections = [
    el("p", {}, el("span", { class: "kind" }, kindLabel(summary.kind)), el("code", {}, compact(iri))),
    el("h1", { id: "entity-title" }, title),
    others.length ? el("p", { class: "muted" }, "又名：" + others.join("；")) : null,
  ];
  if (data.attendance) {
    const m = data.attendance.meeting;
    const line = [m.date, zh(m.place), m.attendance].filter(Boolean).join(" · ");
    if (line) sections.push(el("p", {}, line));
    if (m.topics && m.topics.length) sections.push(el("p", { class: "muted" }, "议题：" + m.topics.join("、")));
    sections.push(el("h2", {}, "参会情况（谁以什么角色参加）"), participantsTable(data.attendance));
  }
  if (data.posts && data.posts.length) sections.push(el("h2", {}, "担任职务"), postsTable(data.posts));
  if (data.members && data.members.length) sections.push(el("h2", {}, "任职人员（含下属部门）"), membersTable(data.members));
  if (data.meetings && data.meetings.length) sections.push(el("h2", {}, "参加的会议"), meetingsTable(data.meetings));
  if (data.diagram) {
    const holder = el("div", { class: "diagram", id: "diagram" }, el("p", { class: "muted" }, "正在绘制图示…"));
    sections.push(el("h2", {}, "图示"), holder);
    diagramInto(holder, iri);
  }
  sections.push(el("h2", {}, "事实"),
    el("table", { id: "facts" },
      el("thead", {}, el("tr", {}, el("th", {}, "属性"), el("th", {}, "值"), el("th", {}, "来源图"))),
      el("tbody", {}, facts.map((f) => el("tr", {},
        el("td", { title: f.property }, nameOf(f.property)),
        el("td", {}, factValue(f)),
        el("td", { class: "muted" }, el("code", {}, compact(f.graph))))))));
  // Participation and membership nodes already appear in the tables above.
  const shownAbove = new Set(["orgkg:event", "orgkg:agent", "orgkg:onBehalfOf", "org:member", "org:organization"]);
  const incoming = data.incoming.filter((f) => !shownAbove.has(compact(f.property)));
  if (incoming.length) {
    sections.push(el("h2", {}, "被提及"),
      el("table", { id: "incoming" },
        el("thead", {}, el("tr", {}, el("th", {}, "主体"), el("th", {}, "关系"))),
        el("tbody", {}, incoming.map((f) => el("tr", {},
          el("td", {}, entityLink(f.subject, f.subjectLabel)), el("td", {}, nameOf(f.property)))))));
  }
  if (data.sources.length) {
    sections.push(el("h2", {}, "出处"),
      el("ul", { id: "sources" }, data.sources.map((s) => el("li", {},
        s.url ? el("a", { href: s.url, rel: "noreferrer" }, s.name || s.url) : (s.name || compact(s.source || s.graph)),
        s.published ? "（" + s.published + "）" : "",
        " ", el("code", { class: "muted" }, compact(s.graph))))));
  }
  show(...sections);
}

// ---- SPARQL editor ----

const EXAMPLE_QUERY = `# 某次会议的参会者及其角色
SELECT ?meeting ?person ?role WHERE {
  ?p a orgkg:Participation ; orgkg:event ?m ; orgkg:agent ?a ; orgkg:meetingRole ?r .
  ?m schema:name ?meeting . ?a skos:prefLabel ?person . ?r skos:prefLabel ?role .
  FILTER(LANG(?meeting) = "zh" && LANG(?person) = "zh" && LANG(?role) = "zh")
}
ORDER BY ?meeting ?role
LIMIT 100`;

function termText(term) {
  if (!term) return "";
  if (term.type === "uri") return compact(term.value);
  if (term["xml:lang"]) return term.value + "@" + term["xml:lang"];
  return term.value;
}

function downloadLinks(query) {
  const formats = [["csv", "CSV"], ["tsv", "TSV"], ["json", "JSON"], ["xml", "XML"]];
  return el("span", { id: "downloads" }, "下载：", formats.map(([f, label]) => [
    el("a", { href: "/sparql?format=" + f + "&query=" + encodeURIComponent(query), download: "results." + f }, label), " "]));
}

async function runQuery(query, out) {
  out.replaceChildren(el("p", { class: "muted" }, "正在执行…"));
  const started = performance.now();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query }),
    });
    const text = await response.text();
    if (!response.ok) { out.replaceChildren(errorBox(text.trim())); return; }
    const ms = Math.round(performance.now() - started);
    const type = response.headers.get("content-type") || "";
    if (!type.includes("json")) {
      out.replaceChildren(el("p", { class: "muted" }, "图结果（" + ms + " ms）："), el("pre", {}, text));
      return;
    }
    const data = JSON.parse(text);
    if ("boolean" in data) {
      out.replaceChildren(el("p", { id: "result-count" }, "结果：" + (data.boolean ? "是（true）" : "否（false）")));
      return;
    }
    const vars = data.head.vars;
    const rows = data.results.bindings;
    out.replaceChildren(
      el("div", { class: "toolbar" }, el("span", { id: "result-count" }, rows.length + " 行，" + ms + " ms"), downloadLinks(query)),
      el("table", { id: "results" },
        el("thead", {}, el("tr", {}, vars.map((v) => el("th", {}, v)))),
        el("tbody", {}, rows.map((row) => el("tr", {}, vars.map((v) => {
          const term = row[v];
          if (term && term.type === "uri") return el("td", {}, entityLink(term.value, compact(term.value)));
          return el("td", {}, termText(term));
        }))))));
  } catch (e) {
    out.replaceChildren(errorBox("查询失败：" + e.message));
  }
}

function sparqlPage(initial) {
  const text = el("textarea", { id: "sparql-text", spellcheck: "false", "aria-label": "SPARQL 查询" });
  text.value = initial || sessionStorage.getItem("orgkg-query") || EXAMPLE_QUERY;
  const out = el("div", { id: "sparql-results" });
  const run = el("button", { class: "primary", id: "run-query", type: "button" }, "执行查询 (Ctrl+Enter)");
  const go = () => { sessionStorage.setItem("orgkg-query", text.value); runQuery(text.value, out); };
  run.addEventListener("click", go);
  text.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); go(); } });
  show(
    el("h1", {}, "SPARQL 查询"),
    el("p", { class: "muted" }, "可直接使用 orgkg:、org:、schema:、skos:、foaf:、prov: 等前缀；默认图为所有来源图的并集。"),
    text, el("div", { class: "toolbar" }, run), out);
}

// ---- routing ----

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [, page, arg] = hash.match(/^\/([^/]*)\/?(.*)$/) || [];
  const value = arg ? decodeURIComponent(arg) : "";
  if (page === "search" && value) search(value);
  else if (page === "e" && value) entity(value);
  else if (page === "sparql") sparqlPage();
  else home();
}

document.getElementById("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = document.getElementById("search-input").value.trim();
  if (q) location.hash = "#/search/" + encodeURIComponent(q);
});
window.addEventListener("hashchange", route);
route();
