"""A plain reference writer for the RDF export, one rdflib triple at a time (the way the
exporter worked before it streamed Turtle): the streaming writer must give an isomorphic graph."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from orggraph import properties
from orggraph.export.rdf import SCHEMA, article_iri, evidence_iri, iri, statement_iri
from orggraph.graph import KnowledgeGraph
from orggraph.model import Evidence
from orggraph.vocab import OG, term


def _literal(prop: properties.Property, value: object) -> Literal | URIRef:
    if prop.datatype is None:
        return OG[str(value)]
    if prop.datatype == "string":
        return Literal(str(value))
    return Literal(value, datatype=XSD[prop.datatype])


def reference_graph(kg: KnowledgeGraph) -> Graph:
    graph = Graph()
    seen: set[Evidence] = set()

    def evidence(ev: Evidence) -> URIRef:
        node = evidence_iri(ev)
        if ev not in seen:
            seen.add(ev)
            graph.add((node, RDF.type, term("Evidence")))
            graph.add((node, term("sentence"), Literal(ev.sentence)))
            graph.add((node, term("inArticle"), article_iri(ev.article)))
            graph.add((node, term("startOffset"), Literal(ev.start)))
            graph.add((node, term("endOffset"), Literal(ev.end)))
        return node

    for article in kg.articles.values():
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
        effective = kg.article_dates.get(article.id)
        if effective:
            graph.add((node, term("attestationDate"), Literal(effective.isoformat(), datatype=XSD.date)))
    for node_id, data in kg.g.nodes(data=True):
        node = iri(node_id)
        graph.add((node, RDF.type, term(data["type"])))
        graph.add((node, RDFS.label, Literal(data["label"])))
        for alt in data["alt"]:
            graph.add((node, SKOS.altLabel, Literal(alt)))
        for prop, value in properties.node_values(data):
            graph.add((node, prop.iri, _literal(prop, value)))
        for ev in data["evidence"]:
            graph.add((node, PROV.wasDerivedFrom, evidence(ev)))
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
            graph.add((stmt, PROV.wasDerivedFrom, evidence(ev)))
    return graph
