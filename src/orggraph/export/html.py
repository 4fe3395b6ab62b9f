"""An interactive network page that works from disk with no network at all.

pyvis 0.3.2's own pages always fetch something (vis-network from cdnjs, bootstrap from
jsdelivr), so the page is written here from our template with vis-network's JS and CSS, which
ship inside the pyvis package, inlined. Article text is data, never markup: it travels as JSON
in a <script type="application/json"> block with <, >, &, U+2028/9 escaped and the page's JS
renders it with textContent only; a Content-Security-Policy that allows only the page's own
two scripts (by hash) and no network is a second wall.

Layout is computed here (cheap radial rings per connected component, fixed order) so the file
is byte-identical for the same graph; small graphs then let vis physics settle and stop it,
big ones draw the precomputed positions with physics off and straight edges.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from orggraph.export.focus import Cut
from orggraph.export.labels import label as term_label
from orggraph.graph import NODE_TYPES, KnowledgeGraph
from orggraph.model import Evidence
from orggraph.properties import plain_values, relation_keys

PHYSICS_LIMIT = 1000  # above this many nodes: precomputed layout only, physics off, straight edges
DEFAULT_MAX_NODES = 5000  # what `orggraph build` puts in its page; `orggraph export` can go further
VIS_DIR = "lib/vis-9.1.2"
TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class NodeStyle:
    color: str
    shape: str  # a vis-network shape that draws its label below
    glyph: str  # the same shape in the legend


STYLES: dict[str, NodeStyle] = {
    "Person": NodeStyle("#2b6cb0", "dot", "●"),
    "Organization": NodeStyle("#c53030", "square", "■"),
    "Post": NodeStyle("#805ad5", "diamond", "◆"),
    "Meeting": NodeStyle("#dd6b20", "star", "★"),
    "Document": NodeStyle("#2f855a", "triangle", "▲"),
    "Task": NodeStyle("#718096", "triangleDown", "▼"),
    "Addressee": NodeStyle("#b7791f", "hexagon", "⬢"),
    "PersonnelChange": NodeStyle("#319795", "box", "▭"),
}


# ---------------------------------------------------------------------- layout
def layout(kg: KnowledgeGraph, spacing: float = 60.0) -> dict[str, tuple[int, int]]:
    """Radial rings around each component's best-connected node; components packed in rows.

    O(n log n) and deterministic: a readable start for physics on small graphs and the final
    picture for big ones, where a force layout in Python or in the browser would take too long.
    """
    adj: dict[str, set[str]] = {n: set() for n in kg.g.nodes}
    for src, dst in kg.g.edges():
        if src != dst:
            adj[src].add(dst)
            adj[dst].add(src)
    seen: set[str] = set()
    discs: list[tuple[float, dict[str, tuple[float, float]]]] = []
    for start in sorted(adj, key=lambda n: (-len(adj[n]), n)):
        if start in seen:
            continue
        seen.add(start)
        angle: dict[str, float] = {start: 0.0}
        pos: dict[str, tuple[float, float]] = {start: (0.0, 0.0)}
        ring, radius = [start], 0.0
        while ring:
            nxt: list[str] = []
            for node in ring:
                for other in sorted(adj[node]):
                    if other not in seen:
                        seen.add(other)
                        angle[other] = angle[node]
                        nxt.append(other)
            if not nxt:
                break
            nxt.sort(key=lambda n: (angle[n], n))
            radius = max(radius + 2 * spacing, len(nxt) * spacing / (2 * math.pi))
            for i, node in enumerate(nxt):
                a = 2 * math.pi * i / len(nxt)
                angle[node] = a
                pos[node] = (radius * math.cos(a), radius * math.sin(a))
            ring = nxt
        discs.append((radius + spacing, pos))
    # shelf packing, biggest first (they come out of the loop in that order already)
    total = sum((2 * r) ** 2 for r, _ in discs)
    width = max(math.sqrt(total) * 1.2, 2 * discs[0][0]) if discs else 0.0
    out: dict[str, tuple[int, int]] = {}
    x = y = row_h = 0.0
    for r, pos in discs:
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for node, (px, py) in pos.items():
            out[node] = (round(x + r + px), round(y + r + py))
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return out


# ---------------------------------------------------------------------- page data
class _Sentences:
    """Evidence sentences numbered once (hubs share sentences) and only the articles they cite."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str]] = []
        self.index: dict[tuple[str, str], int] = {}

    def ids(self, evidence: set[Evidence]) -> list[int]:
        out = set()
        for ev in sorted(evidence):  # sorted: row numbers must not follow set order
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


def page_data(kg: KnowledgeGraph, title: str = "orggraph", cut: Cut | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data in a fixed order."""
    sentences = _Sentences()
    order = sorted(kg.g.nodes)
    index = {n: i for i, n in enumerate(order)}
    pos = layout(kg)
    degree = kg.g.degree()
    types = [t for t in NODE_TYPES]
    relations = relation_keys()  # from the ontology (orggraph.properties)
    nodes = []
    for node_id in order:
        data = kg.g.nodes[node_id]
        x, y = pos[node_id]
        node: dict[str, Any] = {"id": index[node_id], "key": node_id, "label": data["label"],
                                "type": types.index(data["type"]), "x": x, "y": y, "degree": degree[node_id]}
        if data["alt"]:
            node["alt"] = sorted(data["alt"])
        node.update(plain_values(data))  # every ontology attribute the node has (orggraph.properties)
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
        "physics": len(nodes) <= PHYSICS_LIMIT,
        "iterations": stabilization_iterations(len(nodes)),
        "types": [{"name": t, "label": term_label(t), "color": STYLES[t].color, "shape": STYLES[t].shape,
                   "glyph": STYLES[t].glyph, "count": c} for t, c in zip(types, type_counts, strict=True)],
        "relations": [{"name": r, "label": term_label(r), "count": c}
                      for r, c in zip(relations, rel_counts, strict=True)],
        "nodes": nodes,
        "edges": edges,
        "articles": articles,
        "sentences": sentence_rows,
    }


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
