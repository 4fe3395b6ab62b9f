"""A plain reference writer for the RDF export, one rdflib triple at a time (the way the
exporter worked before it streamed Turtle): the streaming writer must give an isomorphic graph.
Alignments are entailed here with rdflib's own transitive closure over the ontology."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from orggraph import properties
from orggraph.export.rdf import SCHEMA, article_iri, evidence_iri, iri, statement_iri
from orggraph.graph import KnowledgeGraph
from orggraph.model import Evidence
from orggraph.vocab import OG, ontology, term


def _supers(node: URIRef, link: URIRef) -> set[URIRef]:
    return {n for n in ontology().transitive_objects(node, link) if isinstance(n, URIRef)}


def _types(name: str) -> set[URIRef]:
    return _supers(term(name), RDFS.subClassOf)  # og:name included


def _predicates(name: str) -> set[URIRef]:
    return _supers(term(name), RDFS.subPropertyOf)


def _inverses(name: str) -> set[URIRef]:
    return {i for p in _predicates(name) for i in ontology().objects(p, OWL.inverseOf) if isinstance(i, URIRef)}


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
        for cls in _types("Article"):
            graph.add((node, RDF.type, cls))
        graph.add((node, RDFS.label, Literal(article.title or article.id, lang="vi")))
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
        for cls in _types(data["type"]):
            graph.add((node, RDF.type, cls))
        graph.add((node, RDFS.label, Literal(data["label"], lang="vi")))
        for alt in data["alt"]:
            graph.add((node, SKOS.altLabel, Literal(alt, lang="vi")))
        for prop, value in properties.node_values(data):
            for predicate in _predicates(prop.name):
                graph.add((node, predicate, _literal(prop, value)))
        for ev in data["evidence"]:
            graph.add((node, PROV.wasDerivedFrom, evidence(ev)))
    for src, rel, dst, data in kg.facts():
        for predicate in _predicates(rel):
            graph.add((iri(src), predicate, iri(dst)))
        for predicate in _inverses(rel):
            graph.add((iri(dst), predicate, iri(src)))
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
