"""The ontology's terms, read from ontology/orggraph.ttl: code asks for a term by name and fails
loudly when the ontology lacks it, so the ontology stays the single source of truth."""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from orggraph.resources import data_dir

OG = Namespace("https://w3id.org/orggraph/ontology#")
ID = "https://w3id.org/orggraph/id/"

# the graph's node types and relations: local names of ontology terms (a test checks they exist)
NODE_TYPES = ("Person", "Organization", "Post", "Meeting", "Document", "Task", "Addressee", "PersonnelChange")
RELATIONS = (
    "holds", "postIn", "chaired", "spokeAt", "attended", "organized",
    "issuedBy", "assignedBy", "assignedTo", "atMeeting", "concerns",
    "person", "post", "decidedBy", "byDocument",
)
# where each type's nodes live under ID: readable IRIs, one prefix per kind
ID_PREFIX = {
    "Person": "person", "Organization": "body", "Post": "post", "Meeting": "meeting",
    "Document": "doc", "Task": "task", "Addressee": "group", "PersonnelChange": "change",
}


@cache
def ontology() -> Graph:
    graph = Graph()
    graph.parse(data_dir("ontology") / "orggraph.ttl", format="turtle")
    return graph


@cache
def terms() -> frozenset[str]:
    """Local names of every class and property the ontology declares."""
    graph = ontology()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual, RDFS.Class, RDF.Property)
    return frozenset(str(s)[len(str(OG)):] for kind in kinds for s in graph.subjects(RDF.type, kind)
                     if str(s).startswith(str(OG)))


def term(name: str) -> URIRef:
    if name not in terms():
        raise KeyError(f"og:{name} is not declared in ontology/orggraph.ttl")
    return OG[name]


def comment(name: str) -> str:
    value = ontology().value(OG[name], RDFS.comment)
    return str(value) if value else ""
