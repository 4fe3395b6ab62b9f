"""An interactive network page that works from disk with no network at all.

pyvis 0.3.2's own pages always fetch something (vis-network from cdnjs, bootstrap from
jsdelivr), so the page is written here from our template with vis-network's JS and CSS, which
ship inside the pyvis package, inlined. Article text is data, never markup: it travels as JSON
in a <script type="application/json"> block with <, >, &, U+2028/9 escaped and the page's JS
renders it with textContent (and canvas text) only; a Content-Security-Policy that allows only
the page's own two scripts (by hash) and no network is a second wall.

Everything the page shows is built here, in `page_data`, in a fixed order, so the file is
byte-identical for the same graph: the layout (overview.py: each body with its members in a
disc), the groups the page folds a big graph into, search keys made by the CLI's own
normalisation, short task labels, and each person's timeline (timeline.py).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from operator import attrgetter
from pathlib import Path
from typing import Any

from orggraph.abbreviations import loose_typed_key, short_forms
from orggraph.export import overview
from orggraph.export.focus import Cut
from orggraph.export.labels import label as term_label
from orggraph.export.timeline import person_timeline
from orggraph.graph import NODE_TYPES, KnowledgeGraph
from orggraph.model import Evidence
from orggraph.properties import plain_values, relation_keys
from orggraph.text import loose_key, normalize, strip_diacritics

OVERVIEW_LIMIT = overview.OVERVIEW_LIMIT  # above this many nodes: the folded overview, physics off
DEFAULT_MAX_NODES = 5000  # what `orggraph build` puts in its page; `orggraph export` can go further
VIS_DIR = "lib/vis-9.1.2"
TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class NodeStyle:
    color: str
    shape: str  # a vis-network shape
    glyph: str  # the same shape in the legend


STYLES: dict[str, NodeStyle] = {
    "Person": NodeStyle("#2b6cb0", "dot", "●"),
    "Organization": NodeStyle("#c53030", "square", "■"),
    "Post": NodeStyle("#805ad5", "diamond", "◆"),
    "Meeting": NodeStyle("#dd6b20", "star", "★"),
    "Document": NodeStyle("#2f855a", "triangle", "▲"),
    "Task": NodeStyle("#718096", "triangleDown", "▼"),
    "Addressee": NodeStyle("#b7791f", "hexagon", "⬢"),
    "PersonnelChange": NodeStyle("#319795", "dot", "◉"),  # a box would ignore the page's sizes
}
OTHER_STYLE = NodeStyle("#a0aec0", "dot", "●")


def _name(term: str) -> str:
    """rdfs:label of og:term; a type or relation the ontology does not declare yet keeps its name."""
    try:
        return term_label(term)
    except KeyError:
        return term


# ---------------------------------------------------------------------- page data
_EVIDENCE_ORDER = attrgetter("article", "start", "end", "sentence")  # Evidence's own order, compared in C


class _Sentences:
    """Evidence sentences numbered once (hubs share sentences) and only the articles they cite."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str]] = []
        self.index: dict[tuple[str, str], int] = {}

    def ids(self, evidence: set[Evidence]) -> list[int]:
        out = set()
        for ev in sorted(evidence, key=_EVIDENCE_ORDER):  # sorted: row numbers must not follow set order
            key = (ev.article, ev.sentence)
            if key not in self.index:
                self.index[key] = len(self.rows)
                self.rows.append(key)
            out.add(self.index[key])
        return sorted(out)

    def tables(self, kg: KnowledgeGraph) -> tuple[list[dict[str, Any]], list[list[Any]]]:
        cited = sorted({a for a, _ in self.rows})
        where = {a: i for i, a in enumerate(cited)}
        articles = []
        for art_id in cited:
            art = kg.articles.get(art_id)
            row: dict[str, Any] = {"id": art_id, "title": art.title if art else ""}
            when = kg.article_dates.get(art_id) or (art.published if art else None)
            if when:
                row["date"] = when.isoformat()
            if art and art.url:
                row["url"] = art.url
            articles.append(row)
        return articles, [[where[a], s] for a, s in self.rows]


def stabilization_iterations(n_nodes: int) -> int:
    """Fewer physics iterations as graphs grow, so settling stays about a second."""
    return 300 if n_nodes <= 200 else max(40, 60_000 // n_nodes)


def _dates(kg: KnowledgeGraph, evidence: set[Evidence]) -> dict[str, str]:
    first, last = kg.attestation(evidence)
    return {"first": first.isoformat(), "last": last.isoformat()} if first and last else {}


def node_fields(data: dict[str, Any]) -> dict[str, Any]:
    """The attributes of a node the panel lists: every ontology attribute it has, from the
    property table (orggraph.properties; og:change as `TakesOffice` / `LeavesOffice`)."""
    return plain_values(data)


def page_fold(text: str) -> str:
    """What the page's fold() makes of a text (no diacritics, lower case, words): keys equal to
    it need not travel, the page computes them."""
    return " ".join(re.sub(r"[^\w]+", " ", strip_diacritics(normalize(text)).lower()).split())


def search_keys(texts: list[str]) -> list[str]:
    """The keys a node is found by beyond its names as written: the CLI's lookup key (abbreviations
    written out, Roman numerals as Arabic, no diacritics) and the names with a full form written
    short (`Ban Tổ chức TW`, `BCT`), so `ban to chuc tw`, `bct` or `quy dinh 205` find it."""
    keys: set[str] = set()
    for text in texts:
        keys.add(loose_typed_key(text))
        keys.update(loose_key(short) for short in short_forms(text))
    return sorted(keys - {page_fold(t) for t in texts} - {""})


def task_label(kg: KnowledgeGraph, task: str) -> str:
    """`assigner → addressee` (the instruction itself goes to the panel)."""
    ends: dict[str, list[str]] = {"assignedBy": [], "assignedTo": []}
    for _, dst, rel in kg.g.out_edges(task, keys=True):
        if rel in ends:
            ends[rel].append(kg.g.nodes[dst]["label"])
    by, to = sorted(ends["assignedBy"]), sorted(ends["assignedTo"])
    if not by and not to:
        text = kg.g.nodes[task]["label"]
        return text if len(text) <= 40 else text[:39] + "…"
    if not to:
        return f"{by[0]}: task"
    right = to[0] + (f" +{len(to) - 1}" if len(to) > 1 else "")
    return f"{by[0]} → {right}" if by else f"task → {right}"


def page_data(kg: KnowledgeGraph, title: str = "orggraph", cut: Cut | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data in a fixed order."""
    sentences = _Sentences()
    order = sorted(kg.g.nodes)
    index = {n: i for i, n in enumerate(order)}
    present = {d["type"] for _, d in kg.g.nodes(data=True)}
    types = list(NODE_TYPES) + sorted(present - set(NODE_TYPES))
    used = {rel for _, _, rel in kg.g.edges(keys=True)}
    relations = list(relation_keys()) + sorted(used - set(relation_keys()))  # the ontology's, in table order
    big = len(order) > OVERVIEW_LIMIT
    group_list = overview.groups(kg)
    pos, centres = overview.layout(kg, group_list)
    group_of = {n: k for k, grp in enumerate(group_list) for n in ((grp.anchor,) if grp.anchor else ()) + grp.members}
    pinned = set(overview.most_connected(kg, overview.pinned_count(len(order)))) if big else set()
    degree = kg.g.degree()
    nodes = []
    for node_id in order:
        data = kg.g.nodes[node_id]
        x, y = pos[node_id]
        node: dict[str, Any] = {"id": index[node_id], "key": node_id, "label": data["label"],
                                "type": types.index(data["type"]), "x": x, "y": y, "degree": degree[node_id],
                                "g": group_of[node_id]}
        if data["alt"]:
            node["alt"] = sorted(data["alt"])
        if data["type"] == "Task":  # the instruction is found too, after names (page.js)
            node["label"] = task_label(kg, node_id)
            node["text"] = data["label"]
        if data["type"] != "Person":  # a person's name has no abbreviation or numeral: the page's fold is its key
            keys = search_keys([node["label"], *node.get("alt", [])] if data["type"] != "Task" else [node["label"]])
            if keys:
                node["keys"] = keys
        node.update(node_fields(data))
        if node_id in pinned:
            node["pin"] = True
        if data["type"] == "Person":
            node["tl"] = [_event_row(e, index) for e in person_timeline(kg, node_id)]
        node["ev"] = sentences.ids(data["evidence"])
        node.update(_dates(kg, data["evidence"]))
        nodes.append(node)
    edges = []
    for i, (src, rel, dst, data) in enumerate(kg.facts()):
        edge: dict[str, Any] = {"id": i, "from": index[src], "to": index[dst], "rel": relations.index(rel),
                                "ev": sentences.ids(data["evidence"])}
        edge.update(_dates(kg, data["evidence"]))
        edges.append(edge)
    articles, sentence_rows = sentences.tables(kg)
    type_counts = [sum(1 for n in nodes if n["type"] == i) for i in range(len(types))]
    rel_counts = [sum(1 for e in edges if e["rel"] == i) for i in range(len(relations))]
    return {
        "title": title,
        "note": cut.message() if cut else "",
        "overview": big,
        "physics": not big,
        "iterations": stabilization_iterations(len(nodes)),
        "types": [{"name": t, "label": _name(t), "color": STYLES.get(t, OTHER_STYLE).color,
                   "shape": STYLES.get(t, OTHER_STYLE).shape, "glyph": STYLES.get(t, OTHER_STYLE).glyph, "count": c}
                  for t, c in zip(types, type_counts, strict=True)],
        "relations": [{"name": r, "label": _name(r), "count": c} for r, c in zip(relations, rel_counts, strict=True)],
        "changes": {k: _name(k) for k in ("TakesOffice", "LeavesOffice")},
        "groups": [{"anchor": index[grp.anchor] if grp.anchor else -1, "type": types.index(grp.type),
                    "x": c[0], "y": c[1], "r": round(c[2]), "size": len(grp.members)}
                   for grp, c in zip(group_list, centres, strict=True)],
        "nodes": nodes,
        "edges": edges,
        "articles": articles,
        "sentences": sentence_rows,
    }


def _event_row(event: Any, index: dict[str, int]) -> list[Any]:
    """[start, end, kind, target] and for a change [.., source, how, by, document, reported]
    (-1: none; reported 1 when the date is the article's, the text giving none)."""
    row: list[Any] = [event.start, event.end, event.kind, index[event.target] if event.target else -1]
    if event.source:
        row += [index[event.source], event.how, index[event.by] if event.by else -1,
                index[event.document] if event.document else -1, int(event.reported)]
    return row


# ---------------------------------------------------------------------- the page
def json_for_script(data: Any) -> str:
    """JSON that cannot end its <script> element or be read as markup: <, >, & escaped,
    and U+2028/2029 too (JSON allows them raw, older JS string literals did not)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                     ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped by pyvis (Apache-2.0 / MIT)."""
    lib = resources.files("pyvis") / VIS_DIR
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script"), css


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_html(kg: KnowledgeGraph, title: str = "orggraph", cut: Cut | None = None) -> str:
    vis_js, vis_css = _vis_assets()
    page_js = (TEMPLATES / "page.js").read_text(encoding="utf-8")
    page_css = (TEMPLATES / "page.css").read_text(encoding="utf-8")
    csp = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
           f"script-src {_sha256(vis_js)} {_sha256(page_js)}; base-uri 'none'; form-action 'none'")
    parts = {
        "@CSP@": html.escape(csp),
        "@TITLE@": html.escape(title),
        "@CSS@": vis_css + "\n" + page_css,
        "@DATA@": json_for_script(page_data(kg, title, cut)),
        "@VISJS@": vis_js,
        "@PAGEJS@": page_js,
    }
    page = (TEMPLATES / "page.html").read_text(encoding="utf-8")
    # one pass: inserted text is never scanned for markers
    return re.sub(r"@[A-Z]+@", lambda m: parts[m.group(0)], page)


def write_html(kg: KnowledgeGraph, path: Path, title: str = "orggraph", cut: Cut | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(kg, title, cut), encoding="utf-8")
    return path
