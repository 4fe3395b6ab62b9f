"""Human labels for node types and relations, from the ontology's rdfs:label (one source)."""

from __future__ import annotations

from rdflib.namespace import RDFS

from orggraph.vocab import derived, ontology, term


@derived
def label(name: str) -> str:
    """rdfs:label of og:name (English), else the name itself; raises if og:name is undeclared."""
    value = ontology().value(term(name), RDFS.label)
    return str(value) if value else name


def relation_label(rel: str) -> str:
    return label(rel)
