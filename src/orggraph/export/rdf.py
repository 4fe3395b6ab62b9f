"""The graph as RDF: ontology terms, facts in the default graph, each fact reified once as an
og:Statement citing its evidence sentences and dated by the articles that attest it.

The Turtle is written straight from the KnowledgeGraph, one subject block at a time in sorted
order (no rdflib Graph of every triple: on 10 000 articles that cost 48 s to build and 64 s to
serialise). Every local name is a slug or a hex digest under a per-kind prefix (`person:`,
`ev:`, `stmt:`), so none needs an escape (Virtuoso keeps a `\\/` in the IRI). Same graph, same
bytes. Node attributes and relations come from the property table (orggraph.properties).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.term import Node

from orggraph import properties
from orggraph.graph import ID_PREFIX, NODE_TYPES, KnowledgeGraph
from orggraph.model import Article, Evidence
from orggraph.properties import Property
from orggraph.text import slug
from orggraph.vocab import ID, OG, term

SCHEMA = Namespace("https://schema.org/")
# prefix -> namespace, for the id kinds and the vocabularies the Turtle uses
ID_KINDS = tuple(sorted({*ID_PREFIX.values(), "article", "ev", "stmt"}))
PREFIXES: dict[str, str] = dict(sorted({
    **{kind: f"{ID}{kind}/" for kind in ID_KINDS},
    "og": str(OG), "prov": str(PROV), "rdf": str(RDF), "rdfs": str(RDFS), "schema": str(SCHEMA),
    "skos": str(SKOS), "xsd": str(XSD),
}.items()))


def iri(node_id: str) -> URIRef:
    return URIRef(ID + node_id)


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{ID}article/{_article_local(article_id)}")


@lru_cache(maxsize=1 << 16)
def _article_local(article_id: str) -> str:
    return slug(article_id, 120)  # once per article, not once per sentence


def evidence_iri(ev: Evidence) -> URIRef:
    return URIRef(f"{ID}ev/{_evidence_local(ev)}")


def _evidence_local(ev: Evidence) -> str:
    return f"{_article_local(ev.article)}-{ev.start}-{ev.end}"


def statement_iri(src: str, rel: str, dst: str) -> URIRef:
    return URIRef(f"{ID}stmt/{_statement_local(src, rel, dst)}")


def _statement_local(src: str, rel: str, dst: str) -> str:
    return hashlib.sha1(f"{src}|{rel}|{dst}".encode()).hexdigest()[:16]


# ---------------------------------------------------------------------- Turtle terms
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?\Z")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_UNSAFE = re.compile(r'[\x00-\x1f"\\\x7f]')
_STRING_ESCAPES = {i: f"\\u{i:04X}" for i in range(0x20)} | {
    0x7F: "\\u007F", ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def _name(prefix: str, local: str) -> str:
    """`prefix:local` when the local name needs no escape, else the full IRI."""
    if _SAFE_LOCAL.match(local):
        return f"{prefix}:{local}"
    return _iri_ref(PREFIXES[prefix] + local)


def _iri_ref(value: str) -> str:
    return "<" + _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", value) + ">"


def _node(node_id: str) -> str:
    kind, _, local = node_id.partition("/")
    return _name(kind, local) if kind in PREFIXES and kind in ID_KINDS else _iri_ref(ID + node_id)


def _string(text: str) -> str:
    if _STRING_UNSAFE.search(text):
        text = text.translate(_STRING_ESCAPES)
    return f'"{text}"'


def _date(value: date | str) -> str:
    return f'"{value.isoformat() if isinstance(value, date) else value}"^^xsd:date'


def _attribute(prop: Property, value: Any) -> str:
    kind = prop.datatype
    if kind is None:
        return f"og:{value}"
    if kind == "string":
        return _string(str(value))
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "integer":
        return str(int(value))
    if kind == "date":
        return _date(value)
    return f"{_string(str(value))}^^xsd:{kind}"


def _block(subject: str, pairs: Iterable[tuple[str, list[str]]]) -> str:
    """One subject and its predicate-object lists, longturtle's layout (objects sorted)."""
    lines = [subject]
    for predicate, objects in pairs:
        if len(objects) > 1:
            objects = sorted(set(objects))
        if len(objects) == 1:
            lines.append(f"    {predicate} {objects[0]} ;")
        elif objects:
            lines.append(f"    {predicate}\n        " + " ,\n        ".join(objects) + " ;")
    return "\n".join(lines) + "\n.\n"


# ---------------------------------------------------------------------- subject blocks
def _article_block(kg: KnowledgeGraph, articles: list[Article]) -> tuple[str, list[tuple[str, list[str]]]]:
    pairs: dict[str, list[str]] = {}

    def add(predicate: str, obj: str) -> None:
        pairs.setdefault(predicate, []).append(obj)

    for article in articles:
        add("a", "og:Article")
        add("rdfs:label", _string(article.title or article.id))
        effective = kg.article_dates.get(article.id)
        if effective:
            add("og:attestationDate", _date(effective))
        add("og:sourceFile", _string(article.source or article.id))
        for author in article.authors:
            add("schema:author", _string(author))
        if article.published:
            add("schema:datePublished", _date(article.published))
        add("schema:identifier", _string(article.id))
        if article.url:
            add("schema:url", _string(article.url))
    order = ("a", "rdfs:label", "og:attestationDate", "og:sourceFile", "schema:author",
             "schema:datePublished", "schema:identifier", "schema:url")
    return _name("article", _article_local(articles[0].id)), [(p, pairs.get(p, [])) for p in order]


def _evidence_block(evs: list[Evidence]) -> tuple[str, list[tuple[str, list[str]]]]:
    return _name("ev", _evidence_local(evs[0])), [
        ("a", ["og:Evidence"]),
        ("og:endOffset", [str(ev.end) for ev in evs]),
        ("og:inArticle", [_name("article", _article_local(ev.article)) for ev in evs]),
        ("og:sentence", [_string(ev.sentence) for ev in evs]),
        ("og:startOffset", [str(ev.start) for ev in evs]),
    ]


def _evidence_refs(evidence: Iterable[Evidence]) -> list[str]:
    return [_name("ev", _evidence_local(ev)) for ev in evidence]


def _node_block(kg: KnowledgeGraph, node_id: str) -> str:
    data = kg.g.nodes[node_id]
    pairs: list[tuple[str, list[str]]] = [
        ("a", [f"og:{data['type']}"]),
        ("rdfs:label", [_string(data["label"])]),
        ("skos:altLabel", [_string(a) for a in data["alt"]]),
    ]
    attrs = sorted(properties.node_values(data), key=lambda pv: pv[0].name)
    pairs += [(f"og:{prop.name}", [_attribute(prop, value)]) for prop, value in attrs]
    out: dict[str, list[str]] = {}
    for _, dst, rel in kg.g.out_edges(node_id, keys=True):
        out.setdefault(rel, []).append(_node(dst))
    pairs += [(f"og:{rel}", out[rel]) for rel in sorted(out)]
    pairs.append(("prov:wasDerivedFrom", _evidence_refs(data["evidence"])))
    return _block(_node(node_id), pairs)


def _statement_block(kg: KnowledgeGraph, local: str, src: str, rel: str, dst: str,
                     evidence: set[Evidence]) -> str:
    first, last = kg.attestation(evidence)
    pairs: list[tuple[str, list[str]]] = [
        ("a", ["og:Statement"]),
        ("rdf:object", [_node(dst)]),
        ("rdf:predicate", [f"og:{rel}"]),
        ("rdf:subject", [_node(src)]),
        ("og:evidenceCount", [str(len(evidence))]),
    ]
    if first and last:
        pairs += [("og:firstAttested", [_date(first)]), ("og:lastAttested", [_date(last)])]
    pairs.append(("prov:wasDerivedFrom", _evidence_refs(evidence)))
    return _block(_name("stmt", local), pairs)


def turtle_chunks(kg: KnowledgeGraph) -> Iterator[str]:
    """The Turtle text in pieces, subjects sorted by IRI: prefixes, then one block per subject."""
    yield "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    evidence: dict[str, list[Evidence]] = {}
    for _, data in kg.g.nodes(data=True):
        for ev in data["evidence"]:
            evidence.setdefault(_evidence_local(ev), []).append(ev)
    for _, _, data in kg.g.edges(data=True):
        for ev in data["evidence"]:
            evidence.setdefault(_evidence_local(ev), []).append(ev)
    articles: dict[str, list[Article]] = {}
    for article in kg.articles.values():
        articles.setdefault(_article_local(article.id), []).append(article)
    nodes: dict[str, list[str]] = {}
    for node_id in kg.g.nodes:
        nodes.setdefault(node_id.partition("/")[0], []).append(node_id)
    statements = sorted((_statement_local(s, r, d), s, r, d) for s, d, r in kg.g.edges(keys=True))
    kinds = sorted({*ID_KINDS, *nodes})
    for kind in kinds:
        if kind == "article":
            for local in sorted(articles):
                subject, pairs = _article_block(kg, sorted(articles[local], key=lambda a: a.id))
                yield "\n" + _block(subject, pairs)
        elif kind == "ev":
            for local in sorted(evidence):
                subject, pairs = _evidence_block(sorted(set(evidence[local])))
                yield "\n" + _block(subject, pairs)
        elif kind == "stmt":
            for local, src, rel, dst in statements:
                yield "\n" + _statement_block(kg, local, src, rel, dst, kg.g.edges[src, dst, rel]["evidence"])
        for node_id in sorted(nodes.get(kind, ())):
            yield "\n" + _node_block(kg, node_id)


def turtle_text(kg: KnowledgeGraph) -> str:
    return "".join(turtle_chunks(kg))


def write_turtle(kg: KnowledgeGraph, path: Path) -> Path:
    """Canonical Turtle, streamed: same graph, same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(turtle_chunks(kg))
    return path


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The same triples as an rdflib Graph (for JSON-LD and tests): the Turtle, parsed."""
    graph = Graph()
    graph.parse(data=turtle_text(kg), format="turtle")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


# ---------------------------------------------------------------------- reading back
def _local(node: Node) -> str:
    return str(node)[len(ID):]


def _value(prop: Property, literal: Node) -> Any:
    if prop.datatype is None:
        return str(literal)[len(str(OG)):]
    if prop.datatype == "date":
        return str(literal)
    if isinstance(literal, Literal):
        value = literal.toPython()
        return value if isinstance(value, bool | int) else str(literal)
    return str(literal)


def from_rdf(graph: Graph) -> KnowledgeGraph:
    """The inverse of to_rdf, so that exports and review work from a built graph alone."""
    kg = KnowledgeGraph()
    evidence: dict[Node, Evidence] = {}
    for node in graph.subjects(RDF.type, term("Evidence")):
        start, end = graph.value(node, term("startOffset")), graph.value(node, term("endOffset"))
        art = graph.value(node, term("inArticle"))
        evidence[node] = Evidence(
            article=_article_id(graph, art),
            start=int(start.toPython()) if start is not None else 0,
            end=int(end.toPython()) if end is not None else 0,
            sentence=str(graph.value(node, term("sentence")) or ""),
        )
    for art in graph.subjects(RDF.type, term("Article")):
        published = graph.value(art, SCHEMA.datePublished)
        article = Article(
            id=_article_id(graph, art),
            text="",
            title=str(graph.value(art, RDFS.label) or ""),
            published=date.fromisoformat(str(published)) if published else None,
            authors=tuple(sorted(str(a) for a in graph.objects(art, SCHEMA.author))),
            url=str(graph.value(art, SCHEMA.url) or ""),
            source=str(graph.value(art, term("sourceFile")) or ""),
        )
        effective = graph.value(art, term("attestationDate"))
        kg.add_article(article, date.fromisoformat(str(effective)) if effective else None)
    for type_ in NODE_TYPES:
        for node in graph.subjects(RDF.type, term(type_)):
            if not isinstance(node, URIRef) or not str(node).startswith(ID):
                continue
            attrs = {}
            for prop in properties.attributes():
                if type_ in prop.domain:
                    value = graph.value(node, prop.iri)
                    attrs[prop.key] = _value(prop, value) if value is not None else None
            kg.add_node(_local(node), type_, str(graph.value(node, RDFS.label) or ""),
                        alt=[str(a) for a in graph.objects(node, SKOS.altLabel)],
                        evidence=[evidence[e] for e in graph.objects(node, PROV.wasDerivedFrom) if e in evidence],
                        **attrs)
    for stmt in graph.subjects(RDF.type, term("Statement")):
        src, pred, dst = (graph.value(stmt, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        if src is None or pred is None or dst is None:
            continue
        kg.add_fact(_local(src), str(pred)[len(str(OG)):], _local(dst),
                    [evidence[e] for e in graph.objects(stmt, PROV.wasDerivedFrom) if e in evidence])
    return kg


def _article_id(graph: Graph, art: Node) -> str:
    identifier = graph.value(art, SCHEMA.identifier)
    return str(identifier) if identifier else str(art).rsplit("/", 1)[-1]


def read_turtle(path: Path) -> KnowledgeGraph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return from_rdf(graph)
