"""The graph as RDF: ontology terms, facts in the default graph, each fact reified once as an
og:Statement citing its evidence sentences and dated by the articles that attest it."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.term import Node

from orggraph.graph import ID_PREFIX, NODE_TYPES, KnowledgeGraph
from orggraph.model import Article, Evidence
from orggraph.text import slug
from orggraph.vocab import ID, OG, term

SCHEMA = Namespace("https://schema.org/")
_PREFIXES = {**{p: p for p in ID_PREFIX.values()}, "article": "article", "ev": "ev", "stmt": "stmt"}


def iri(node_id: str) -> URIRef:
    return URIRef(ID + node_id)


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{ID}article/{slug(article_id, 120)}")


def evidence_iri(ev: Evidence) -> URIRef:
    return URIRef(f"{ID}ev/{slug(ev.article, 120)}-{ev.start}-{ev.end}")


def statement_iri(src: str, rel: str, dst: str) -> URIRef:
    digest = hashlib.sha1(f"{src}|{rel}|{dst}".encode()).hexdigest()[:16]
    return URIRef(f"{ID}stmt/{digest}")


def _bind(graph: Graph) -> None:
    graph.bind("og", OG)
    graph.bind("skos", SKOS)
    graph.bind("prov", PROV)
    graph.bind("schema", SCHEMA)
    for prefix, path in _PREFIXES.items():
        graph.bind(prefix, ID + path + "/")


def _add_evidence(graph: Graph, ev: Evidence, seen: set[Evidence]) -> URIRef:
    node = evidence_iri(ev)
    if ev not in seen:
        seen.add(ev)
        graph.add((node, RDF.type, term("Evidence")))
        graph.add((node, term("sentence"), Literal(ev.sentence)))
        graph.add((node, term("inArticle"), article_iri(ev.article)))
        graph.add((node, term("startOffset"), Literal(ev.start)))
        graph.add((node, term("endOffset"), Literal(ev.end)))
    return node


def _add_article(graph: Graph, article: Article) -> None:
    node = article_iri(article.id)
    graph.add((node, RDF.type, term("Article")))
    graph.add((node, RDFS.label, Literal(article.title or article.id)))
    graph.add((node, term("sourceFile"), Literal(article.source or article.id)))
    graph.add((node, SCHEMA.identifier, Literal(article.id)))
    if article.published:
        graph.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    for author in article.authors:
        graph.add((node, SCHEMA.author, Literal(author)))
    if article.url:
        graph.add((node, SCHEMA.url, Literal(article.url)))


def to_rdf(kg: KnowledgeGraph) -> Graph:
    graph = Graph()
    _bind(graph)
    seen: set[Evidence] = set()
    for article in kg.articles.values():
        _add_article(graph, article)
        effective = kg.article_dates.get(article.id)
        if effective:
            graph.add((article_iri(article.id), term("attestationDate"),
                       Literal(effective.isoformat(), datatype=XSD.date)))
    for node_id, data in kg.g.nodes(data=True):
        node = iri(node_id)
        graph.add((node, RDF.type, term(data["type"])))
        graph.add((node, RDFS.label, Literal(data["label"])))
        for alt in data["alt"]:
            graph.add((node, SKOS.altLabel, Literal(alt)))
        if data.get("date"):
            graph.add((node, term("date"), Literal(data["date"], datatype=XSD.date)))
        if data.get("held") is not None:
            graph.add((node, term("held"), Literal(bool(data["held"]))))
        if data.get("number"):
            graph.add((node, term("number"), Literal(data["number"])))
        if data.get("kind"):
            graph.add((node, term("documentKind"), Literal(data["kind"])))
        if data.get("change"):
            graph.add((node, term("change"), term(data["change"])))
        if data.get("how"):
            graph.add((node, term("how"), Literal(data["how"])))
        for ev in data["evidence"]:
            graph.add((node, PROV.wasDerivedFrom, _add_evidence(graph, ev, seen)))
    for src, rel, dst, data in kg.facts():
        graph.add((iri(src), term(rel), iri(dst)))
        stmt = statement_iri(src, rel, dst)
        graph.add((stmt, RDF.type, term("Statement")))
        graph.add((stmt, RDF.subject, iri(src)))
        graph.add((stmt, RDF.predicate, term(rel)))
        graph.add((stmt, RDF.object, iri(dst)))
        graph.add((stmt, term("evidenceCount"), Literal(len(data["evidence"]))))
        first, last = kg.attestation(data["evidence"])
        if first and last:
            graph.add((stmt, term("firstAttested"), Literal(first.isoformat(), datatype=XSD.date)))
            graph.add((stmt, term("lastAttested"), Literal(last.isoformat(), datatype=XSD.date)))
        for ev in data["evidence"]:
            graph.add((stmt, PROV.wasDerivedFrom, _add_evidence(graph, ev, seen)))
    return graph


def write_turtle(kg: KnowledgeGraph, path: Path) -> Path:
    """Canonical Turtle (rdflib's longturtle sorts subjects): same graph, same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = to_rdf(kg).serialize(format="longturtle", encoding="utf-8")
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------- reading back
def _local(node: Node) -> str:
    return str(node)[len(ID):]


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
    types = {term(t): t for t in NODE_TYPES}
    for cls, type_ in types.items():
        for node in graph.subjects(RDF.type, cls):
            if not isinstance(node, URIRef) or not str(node).startswith(ID):
                continue
            attrs = {}
            date_ = graph.value(node, term("date"))
            held = graph.value(node, term("held"))
            attrs["date"] = str(date_) if date_ is not None else None
            attrs["held"] = held.toPython() if held is not None else None
            number, kind = graph.value(node, term("number")), graph.value(node, term("documentKind"))
            attrs["number"] = str(number) if number is not None else None
            attrs["kind"] = str(kind) if kind is not None else None
            change, how = graph.value(node, term("change")), graph.value(node, term("how"))
            attrs["change"] = str(change)[len(str(OG)):] if change is not None else None
            attrs["how"] = str(how) if how is not None else None
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
