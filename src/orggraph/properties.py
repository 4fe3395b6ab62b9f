"""The property table: every node attribute and relation of the graph, read from the ontology.

Exporters iterate this table instead of naming properties, and KnowledgeGraph checks nodes and
facts against it, so a property declared in ontology/orggraph.ttl (domain, range, datatype)
reaches Turtle, GraphML and the page without another edit, and a wrong edge fails where it is
made. A property belongs to the table when its domain is made of node types (vocab.NODE_TYPES);
it is a relation when its range is too, else a node attribute: a literal of its xsd datatype,
or an IRI among the named individuals of its range class (og:change -> og:TakesOffice).
Properties with og: sub-properties (og:participatedIn) are only there to be entailed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from orggraph.vocab import NODE_TYPES, OG, derived, ontology

_INTEGERS = frozenset({"integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger"})


@dataclass(frozen=True)
class Property:
    name: str  # the ontology term's local name (documentKind, holds)
    key: str  # the KnowledgeGraph's name for it: node attribute key, or edge key
    relation: bool  # an edge between two nodes, else a node attribute
    domain: tuple[str, ...]  # node types it may start from
    range: tuple[str, ...]  # a relation's node types; an IRI-valued attribute's class
    datatype: str | None  # an attribute's xsd local name (date, boolean, string, integer); None: IRI
    values: tuple[str, ...]  # an IRI-valued attribute's allowed individuals (local names)
    label: str  # rdfs:label (English)

    @property
    def iri(self) -> URIRef:
        return OG[self.name]

    def check(self, value: Any) -> Any:
        """The attribute's value as the KnowledgeGraph keeps it (ISO date string, bool, int, str,
        an individual's local name); ValueError when it cannot be one."""
        kind = self.datatype
        if kind is None:
            local = str(value).removeprefix(str(OG)).removeprefix("og:")
            if local not in self.values:
                raise ValueError(f"og:{self.name} takes {', '.join('og:' + v for v in self.values)}, not {value!r}")
            return local
        if kind == "date":
            text = value.isoformat() if isinstance(value, date) else str(value)
            date.fromisoformat(text)
            return text
        if kind == "boolean":
            if not isinstance(value, bool):
                raise ValueError(f"og:{self.name} takes true or false, not {value!r}")
            return value
        if kind in _INTEGERS:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"og:{self.name} takes an integer, not {value!r}")
            return value
        return str(value)

    def plain(self, value: Any) -> str | bool | int:
        """The value for formats of plain values (GraphML, the page's JSON)."""
        return value if isinstance(value, bool | int) else str(value)


def _classes(graph: Graph, node: Node | None) -> tuple[str, ...]:
    """og: local names of a class or of an owl:unionOf of classes."""
    if node is None:
        return ()
    union = graph.value(node, OWL.unionOf)
    members = list(Collection(graph, union)) if union is not None else [node]
    return tuple(str(m)[len(str(OG)):] for m in members if str(m).startswith(str(OG)))


@derived
def table() -> tuple[Property, ...]:
    """Every attribute and relation, ordered by the first node type of its domain, then name."""
    graph = ontology()
    props: list[Property] = []
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty)
    declared = sorted({s for kind in kinds for s in graph.subjects(RDF.type, kind) if str(s).startswith(str(OG))})
    abstract = {o for s in declared for o in graph.objects(s, RDFS.subPropertyOf)}
    for prop in declared:
        if prop in abstract:
            continue
        name = str(prop)[len(str(OG)):]
        domain = _classes(graph, graph.value(prop, RDFS.domain))
        if not domain or not set(domain) <= set(NODE_TYPES):
            continue  # provenance (og:Evidence, og:Statement, og:Article) is the RDF writer's own
        rng = graph.value(prop, RDFS.range)
        targets = _classes(graph, rng)
        key = str(graph.value(prop, OG.attributeKey) or name)
        label = str(graph.value(prop, RDFS.label) or name)
        if targets and set(targets) <= set(NODE_TYPES):
            props.append(Property(name, name, True, domain, targets, None, (), label))
        elif rng is not None and str(rng).startswith(str(XSD)):
            props.append(Property(name, key, False, domain, (), str(rng)[len(str(XSD)):], (), label))
        elif targets:
            values = tuple(sorted(str(i)[len(str(OG)):] for i in graph.subjects(RDF.type, OG[targets[0]])))
            props.append(Property(name, key, False, domain, targets, None, values, label))
        else:
            raise ValueError(f"og:{name}: a range of node types, an xsd datatype or a class of individuals")
    order = {t: i for i, t in enumerate(NODE_TYPES)}
    props.sort(key=lambda p: (min(order[t] for t in p.domain), p.name))
    keys = [p.key for p in props]
    if len(keys) != len(set(keys)):
        raise ValueError(f"two properties share a key: {sorted(k for k in keys if keys.count(k) > 1)}")
    return tuple(props)


@derived
def _by_key() -> dict[str, Property]:
    return {p.key: p for p in table()}


@derived
def relations() -> tuple[Property, ...]:
    return tuple(p for p in table() if p.relation)


@derived
def attributes() -> tuple[Property, ...]:
    return tuple(p for p in table() if not p.relation)


@derived
def relation_keys() -> tuple[str, ...]:
    """The relations' edge keys in table order (the page's legend order)."""
    return tuple(p.key for p in relations())


def relation(key: str) -> Property:
    prop = _by_key().get(key)
    if prop is None or not prop.relation:
        raise ValueError(f"unknown relation {key!r} (not an og: relation between node types)")
    return prop


def attribute(key: str) -> Property:
    prop = _by_key().get(key)
    if prop is None or prop.relation:
        raise ValueError(f"unknown node attribute {key!r} (not an og: attribute of a node type)")
    return prop


def node_values(data: Mapping[str, Any]) -> Iterator[tuple[Property, Any]]:
    """A node's attributes that are set, in table order: what every exporter writes."""
    for prop in attributes():
        value = data.get(prop.key)
        if value is not None:
            yield prop, value


def plain_values(data: Mapping[str, Any]) -> dict[str, str | bool | int]:
    """A node's attributes as plain JSON values keyed by attribute key (for the page's data)."""
    return {prop.key: prop.plain(value) for prop, value in node_values(data)}


def check_node(type_: str, attrs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """attrs checked against the table: known keys whose domain has type_, values normalised."""
    out = {}
    for key, value in attrs:
        if value is None or value == "":
            continue
        prop = attribute(key)
        if type_ not in prop.domain:
            raise ValueError(f"og:{prop.name} is not an attribute of a {type_} (domain: {', '.join(prop.domain)})")
        out[key] = prop.check(value)
    return out


def check_fact(src_type: str, key: str, dst_type: str) -> Property:
    prop = relation(key)
    if src_type not in prop.domain or dst_type not in prop.range:
        raise ValueError(f"og:{prop.name} goes from {' or '.join(prop.domain)} to {' or '.join(prop.range)}, "
                         f"not from {src_type} to {dst_type}")
    return prop
