"""GraphML for Gephi, yEd, Cytoscape, igraph and rustworkx: flat attributes only.

Readers disagree on everything but plain strings, numbers and booleans, so sets become
" | "-joined strings, dates ISO strings, and absent values are left out (never "None").
Edge ids are the fact's statement id (unique, stable) rather than the MultiDiGraph key (the
relation, repeated across edges), which readers such as igraph would collapse; the relation is
the `rel` attribute, so two facts between the same two nodes stay two edges. Nodes carry the
page's layout and colours as `x`, `y`, `size`, `r`, `g`, `b` and edges their evidence as
`weight`: the names Gephi's importer reads as position, size, colour and weight. What each
tool shows: docs/exports.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from orggraph import properties
from orggraph.export import overview
from orggraph.export.html import OTHER_STYLE, STYLES
from orggraph.export.labels import relation_label
from orggraph.export.rdf import statement_local
from orggraph.graph import KnowledgeGraph
from orggraph.model import Evidence
from orggraph.properties import Property, plain_values
from orggraph.vocab import ID

SEP = " | "


def _evidence_attrs(kg: KnowledgeGraph, evidence: set[Evidence]) -> dict[str, Any]:
    first, last = kg.attestation(evidence)
    attrs: dict[str, Any] = {
        "evidence_count": len(evidence),
        "article_count": len({e.article for e in evidence}),
    }
    if first and last:
        attrs["first_attested"] = first.isoformat()
        attrs["last_attested"] = last.isoformat()
    return attrs


def edge_id(src: str, rel: str, dst: str) -> str:
    """The statement's local id (`stmt/<digest>`), shared with the RDF export's og:Statement."""
    return f"stmt/{statement_local(src, rel, dst)}"


def node_size(degree: int) -> float:
    """A node's size for this many facts, 8 to 24 (the page sizes its nodes as you zoom)."""
    return round(8 + min(16.0, 2 * math.sqrt(degree)), 2)


def page_layout(kg: KnowledgeGraph) -> dict[str, tuple[int, int]]:
    """Where the HTML page draws each node: its own layout, computed by its own code."""
    return overview.layout(kg, overview.groups(kg))[0]


def _rgb(colour: str) -> dict[str, int]:
    return {c: int(colour[i:i + 2], 16) for c, i in (("r", 1), ("g", 3), ("b", 5))}


def _node_attrs(kg: KnowledgeGraph, node_id: str, pos: dict[str, tuple[int, int]], degree: Any) -> dict[str, Any]:
    data = kg.g.nodes[node_id]
    attrs: dict[str, Any] = {"type": data["type"], "label": data["label"], "iri": ID + node_id}
    if data["alt"]:
        attrs["alt"] = SEP.join(sorted(data["alt"]))
    attrs.update(plain_values(data))
    attrs.update(_evidence_attrs(kg, data["evidence"]))
    x, y = pos[node_id]
    attrs.update(x=float(x), y=float(-y), size=node_size(degree[node_id]))  # y: the page's points down
    attrs.update(_rgb(STYLES.get(data["type"], OTHER_STYLE).color))
    return attrs


def _edges(kg: KnowledgeGraph) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """source -> target -> edge id -> attributes: the facts in sorted order, then the changes,
    grouped as a MultiDiGraph holds its edges (the order the file lists them in)."""
    out: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}

    def add(src: str, dst: str, key: str, attrs: dict[str, Any]) -> None:
        out.setdefault(src, {}).setdefault(dst, {}).setdefault(key, {}).update(attrs)

    for src, rel, dst, data in kg.facts():
        evidence = _evidence_attrs(kg, data["evidence"])
        sid = edge_id(src, rel, dst)
        add(src, dst, sid, {"rel": rel, "type": rel, "label": relation_label(rel), "iri": ID + sid,
                            "weight": float(evidence["evidence_count"]), **evidence})
    for src, dst, key, attrs in change_edges(kg):
        add(src, dst, key, attrs)
    return out


def graphml_items(kg: KnowledgeGraph) -> tuple[Iterator[tuple[str, dict[str, Any]]],
                                               Iterator[tuple[str, str, str, dict[str, Any]]]]:
    """The nodes (sorted, each with its plain attributes, made as they are read) and the edges
    (keyed by edge id), in the order a MultiDiGraph built from them would list them."""
    pos = page_layout(kg)
    degree = kg.g.degree()
    edges = _edges(kg)
    order = sorted(kg.g.nodes)
    known = set(order)
    extra = [n for src, targets in edges.items() for n in (src, *targets) if n not in known]

    def nodes() -> Iterator[tuple[str, dict[str, Any]]]:
        for node_id in order:
            yield node_id, _node_attrs(kg, node_id, pos, degree)
        for node_id in dict.fromkeys(extra):  # an edge's end that is no node: bare, as networkx adds it
            yield node_id, {}

    def listed() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for src in [*order, *dict.fromkeys(extra)]:
            for dst, keyed in edges.get(src, {}).items():
                for key, attrs in keyed.items():
                    yield src, dst, key, attrs

    return nodes(), listed()


def to_graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A MultiDiGraph of plain attributes, nodes and edges in sorted order, keyed by edge id."""
    out = nx.MultiDiGraph()
    nodes, edges = graphml_items(kg)
    for node_id, attrs in nodes:
        out.add_node(node_id, **attrs)
    for src, dst, key, attrs in edges:
        out.add_edge(src, dst, key=key, **attrs)
    return out


CHANGE = "PersonnelChange"
CHANGE_ENDS = ("person", "post")  # the relations of a change that give its edge's two ends


def change_properties() -> tuple[Property, ...]:
    """What a change edge carries: the properties of a change but the two that place its ends."""
    return tuple(p for p in properties.table() if CHANGE in p.domain and p.key not in CHANGE_ENDS)


def change_edges(kg: KnowledgeGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    """Each personnel change also as an edge person -> post (`rel` its kind, TakesOffice or
    LeavesOffice), with the change's attributes and the labels of its other relations (the
    deciding body, the decision), so a tool that reads edges alone sees careers. Its `iri` is
    the change node's."""
    edges = []
    for change in sorted(n for n, d in kg.g.nodes(data=True) if d["type"] == CHANGE):
        data = kg.g.nodes[change]
        ends: dict[str, list[str]] = {}
        for _, dst, rel in kg.g.out_edges(change, keys=True):
            ends.setdefault(rel, []).append(dst)
        kind = str(data.get("change", ""))
        attrs: dict[str, Any] = {"rel": kind, "type": kind, "label": relation_label(kind) if kind else "",
                                 "iri": ID + change}
        for prop in change_properties():
            if prop.relation:
                if ends.get(prop.key):
                    attrs[prop.key] = SEP.join(sorted(kg.g.nodes[n]["label"] for n in ends[prop.key]))
            elif data.get(prop.key) is not None:
                attrs[prop.key] = prop.plain(data[prop.key])
        evidence = _evidence_attrs(kg, data["evidence"])
        attrs.update(weight=float(evidence["evidence_count"]), **evidence)
        for person in sorted(ends.get(CHANGE_ENDS[0], [])):
            for post in sorted(ends.get(CHANGE_ENDS[1], [])):
                edges.append((person, post, f"{change}#{post}", attrs))
    return edges


def _graphml_type(prop: Property) -> str:
    if prop.datatype == "boolean":
        return "boolean"
    return "long" if prop.datatype in ("integer", "int", "long") else "string"


def node_keys() -> tuple[tuple[str, str], ...]:
    """A fixed schema (every ontology attribute, whether or not this graph uses it), so key ids
    and order never depend on the graph."""
    keys = (("type", "string"), ("label", "string"), ("iri", "string"), ("alt", "string"),
            *((p.key, _graphml_type(p)) for p in properties.attributes()),
            ("evidence_count", "int"), ("article_count", "int"),
            ("first_attested", "string"), ("last_attested", "string"),
            ("x", "double"), ("y", "double"), ("size", "double"), ("r", "int"), ("g", "int"), ("b", "int"))
    names = [name for name, _ in keys]
    if len(names) != len(set(names)):
        clash = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"an ontology attribute takes a GraphML key of its own: {clash}")
    return keys


EDGE_KEYS = (("rel", "string"), ("type", "string"), ("label", "string"), ("iri", "string"),
             ("weight", "double"), ("evidence_count", "int"), ("article_count", "int"),
             ("first_attested", "string"), ("last_attested", "string"))


def edge_keys() -> tuple[tuple[str, str], ...]:
    """EDGE_KEYS, then those of a change edge (from the property table, fixed like node_keys)."""
    keys = EDGE_KEYS + tuple((p.key, "string" if p.relation else _graphml_type(p)) for p in change_properties())
    names = [name for name, _ in keys]
    if len(names) != len(set(names)):
        raise ValueError(f"a property of a personnel change takes an edge key of its own: {names}")
    return keys
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: Any) -> str:
    """GraphML's (XML Schema's) spelling: booleans `true`/`false`, which networkx's writer gets
    wrong (`True`) and rustworkx rejects; characters XML 1.0 cannot carry are dropped."""
    if value.__class__ is str:  # most values: escaped as xml.sax.saxutils.escape does, inline
        return _NOT_XML.sub("", value).replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):  # digits, a sign, a point: nothing to drop or escape
        return str(value)
    return escape(_NOT_XML.sub("", str(value)))


_ATTR_PLAIN = re.compile(r"[^&<>\"'\n\r\t]*\Z")


def _attr(value: str) -> str:
    """quoteattr of the text less what XML cannot carry; ids are slugs, which need no escape."""
    value = _NOT_XML.sub("", value)
    return f'"{value}"' if _ATTR_PLAIN.match(value) else quoteattr(value)


def _element(head: str, key_ids: dict[str, str], attrs: dict[str, Any], tail: str) -> str:
    """One node or edge with its data lines, as one string (a million lines written one by one
    cost more than making them)."""
    return "".join([head, *(f'      <data key="{key}">{_text(attrs[name])}</data>\n'
                            for name, key in key_ids.items() if name in attrs), tail])


def graphml_lines(kg: KnowledgeGraph) -> Iterator[str]:
    """The GraphML text in whole lines, a node or an edge at a time, nodes then edges in sorted
    order: written as it is made, never held whole."""
    node_key_types = node_keys()
    node_ids = {name: f"n_{name}" for name, _ in node_key_types}  # named, so ids stay when keys are added
    edge_key_types = edge_keys()
    edge_ids = {name: f"e_{name}" for name, _ in edge_key_types}
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for kind, keys, ids in (("node", node_key_types, node_ids), ("edge", edge_key_types, edge_ids)):
        for name, type_ in keys:
            yield f'  <key id="{ids[name]}" for="{kind}" attr.name="{name}" attr.type="{type_}"/>\n'
    yield '  <graph id="orggraph" edgedefault="directed">\n'
    nodes, edges = graphml_items(kg)  # not through a MultiDiGraph: no second copy of every attribute
    for node_id, attrs in nodes:
        yield _element(f"    <node id={_attr(node_id)}>\n", node_ids, attrs, "    </node>\n")
    for src, dst, key, attrs in edges:
        yield _element(f"    <edge id={quoteattr(key)} source={_attr(src)} target={_attr(dst)}>\n",
                       edge_ids, attrs, "    </edge>\n")
    yield "  </graph>\n</graphml>\n"


def graphml_text(kg: KnowledgeGraph) -> str:
    return "".join(graphml_lines(kg))


def write_graphml(kg: KnowledgeGraph, path: Path) -> Path:
    """Deterministic GraphML, written here rather than by networkx (whose booleans other readers
    reject and whose key ids follow attribute discovery order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(graphml_lines(kg))
    return path
