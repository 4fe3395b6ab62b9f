"""The ontology's terms, read from ontology/orggraph.ttl: code asks for a term by name and fails
loudly when the ontology lacks it, so the ontology stays the single source of truth."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

from orggraph.resources import data_dir

TYPE_CHECKING = False  # a question does without importing typing (orggraph.records)
if TYPE_CHECKING:  # rdflib loads when the ontology is read, not with every question (~115 ms)
    from typing import Any, TypeVar

    from rdflib import Graph, Namespace, URIRef

    F = TypeVar("F", bound=Callable[..., Any])

OG_NS = "https://w3id.org/orggraph/ontology#"  # as a plain string, for code that never reads the ontology
ID = "https://w3id.org/orggraph/id/"

# the graph's node types: local names of ontology classes (a test checks they exist), in the
# order the page's legend shows them; relations and node attributes come from the ontology
# itself (orggraph.properties)
NODE_TYPES = ("Person", "Organization", "Post", "Meeting", "Document", "Task", "Addressee", "PersonnelChange")
# where each type's nodes live under ID: readable IRIs, one prefix per kind
ID_PREFIX = {
    "Person": "person", "Organization": "body", "Post": "post", "Meeting": "meeting",
    "Document": "doc", "Task": "task", "Addressee": "group", "PersonnelChange": "change",
}

_DERIVED: list[Any] = []
_EXTRA: list[str] = []


def derived(func: F) -> F:
    """A cached function of the ontology: recomputed when the ontology is extended."""
    cached = cache(func)
    _DERIVED.append(cached)
    return cached  # type: ignore[return-value]


@cache
def _og() -> Namespace:
    from rdflib import Namespace

    return Namespace(OG_NS)


@derived
def ontology() -> Graph:
    from rdflib import Graph

    graph = Graph()
    graph.parse(data_dir("ontology") / "orggraph.ttl", format="turtle")
    for text in _EXTRA:
        graph.parse(data=text, format="turtle")
    return graph


@contextmanager
def extended(turtle: str) -> Iterator[Graph]:
    """The ontology with more declarations (Turtle, og: and the usual prefixes bound) while the
    block runs: a new property shows in every exporter without editing the shipped file."""
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in ontology().namespaces())
    _EXTRA.append(prefixes + turtle)
    _reset()
    try:
        yield ontology()
    finally:
        _EXTRA.pop()
        _reset()


def _reset() -> None:
    for func in _DERIVED:
        func.cache_clear()


@derived
def terms() -> frozenset[str]:
    """Local names of every class, property and named individual the ontology declares."""
    from rdflib.namespace import OWL, RDF, RDFS

    graph = ontology()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
             OWL.NamedIndividual, RDFS.Class, RDF.Property)
    return frozenset(str(s)[len(OG_NS):] for kind in kinds for s in graph.subjects(RDF.type, kind)
                     if str(s).startswith(OG_NS))


def term(name: str) -> URIRef:
    if name not in terms():
        raise KeyError(f"og:{name} is not declared in ontology/orggraph.ttl")
    return _og()[name]


def comment(name: str) -> str:
    from rdflib.namespace import RDFS

    value = ontology().value(_og()[name], RDFS.comment)
    return str(value) if value else ""


def __getattr__(name: str) -> Any:
    if name == "OG":  # an rdflib Namespace: `from orggraph.vocab import OG` loads rdflib
        return _og()
    if name == "RELATIONS":  # the relations are the ontology's own (orggraph.properties)
        from orggraph.properties import relation_keys

        return relation_keys()
    raise AttributeError(name)


# ---------------------------------------------------------------------- what the alignments entail
def _closure(start: URIRef, link: URIRef) -> list[URIRef]:
    from rdflib import URIRef

    graph, seen, todo = ontology(), set(), [start]
    while todo:
        for parent in graph.objects(todo.pop(), link):
            if isinstance(parent, URIRef) and parent not in seen and parent != start:
                seen.add(parent)
                todo.append(parent)
    return sorted(seen)


@derived
def superclasses(name: str) -> tuple[str, ...]:
    """IRIs of every class og:name is a subclass of, through the ontology's rdfs:subClassOf."""
    from rdflib.namespace import RDFS

    return tuple(str(c) for c in _closure(term(name), RDFS.subClassOf))


@derived
def superproperties(name: str) -> tuple[str, ...]:
    """IRIs of every property og:name is a subproperty of (og: ones and the aligned ones)."""
    from rdflib.namespace import RDFS

    return tuple(str(p) for p in _closure(term(name), RDFS.subPropertyOf))


@derived
def inverses(name: str) -> tuple[str, ...]:
    """IRIs of the properties that og:name or one of its superproperties is owl:inverseOf."""
    from rdflib import URIRef
    from rdflib.namespace import OWL

    graph = ontology()
    props = [term(name), *(URIRef(p) for p in superproperties(name))]
    return tuple(sorted({str(i) for p in props for i in graph.objects(p, OWL.inverseOf)}))
