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
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.term import Node

from orggraph import properties, vocab
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
    "skos": str(SKOS), "xsd": str(XSD), "foaf": str(FOAF), "org": str(ORG),
    "eli": "http://data.europa.eu/eli/ontology#", "dcterms": str(DCTERMS),
}.items()))
LANG = "@vi"  # names, titles and spellings are Vietnamese as written


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
    return URIRef(f"{ID}stmt/{statement_local(src, rel, dst)}")


def statement_local(src: str, rel: str, dst: str) -> str:
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
    """`<IRI>`, a character no IRI may hold percent-encoded (`\\u0020` would be no valid IRI either)."""
    return "<" + _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), value) + ">"


def _node(node_id: str) -> str:
    kind, _, local = node_id.partition("/")
    return _name(kind, local) if kind in ID_KINDS else _iri_ref(ID + node_id)


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


_FIRST = {"a": 0, "rdfs:label": 1, "skos:altLabel": 2}


def _block(subject: str, pairs: dict[str, list[str]]) -> str:
    """One subject and its predicate-object lists in longturtle's layout: types and names
    first, then predicates sorted; objects sorted."""
    lines = [subject]
    for predicate in sorted(pairs, key=lambda p: (_FIRST.get(p, len(_FIRST)), p)):
        objects = pairs[predicate]
        if len(objects) > 1 and predicate != "a":  # types: og:'s own first, then the aligned ones
            objects = sorted(set(objects))
        if len(objects) == 1:
            lines.append(f"    {predicate} {objects[0]} ;")
        elif objects:
            lines.append(f"    {predicate}\n        " + " ,\n        ".join(objects) + " ;")
    return "\n".join(lines) + "\n.\n"


# ---------------------------------------------------------------------- what the alignments entail
# The nodes and facts carry what the ontology's alignments entail, so that a triple store
# answers `?p org:holds ?post` or `?m schema:attendee ?p` with no reasoner and no ontology
# loaded: every superclass of a node's type, every superproperty of a relation or attribute
# (og:chaired -> og:participatedIn), every inverse (og:chaired -> schema:attendee from the
# meeting). The provenance records (og:Statement, og:Evidence) keep their og: terms only: their
# entailments (prov:Entity, rdf:Statement, prov:value repeating every sentence) would add a
# quarter to the file for what a reasoner over ontology/orggraph.ttl derives anyway.


@cache
def _compact(value: str) -> str:
    """An IRI as `prefix:local` (the longest namespace that leaves a plain local name)."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
        if value.startswith(namespace) and _SAFE_LOCAL.match(value[len(namespace):]):
            return f"{prefix}:{value[len(namespace):]}"
    return _iri_ref(value)


@cache
def _types(name: str) -> tuple[str, ...]:
    """og:name and every class it is a subclass of, so `?x a schema:Person` finds our people."""
    return (f"og:{name}", *(_compact(c) for c in vocab.superclasses(name)))


@cache
def _predicates(name: str) -> tuple[str, ...]:
    """og:name and every property it is a subproperty of (org:holds for og:holds)."""
    return (f"og:{name}", *(_compact(p) for p in vocab.superproperties(name)))


@cache
def _inverses(name: str) -> tuple[str, ...]:
    """The properties whose triples run the other way (schema:attendee for og:chaired)."""
    return tuple(_compact(p) for p in vocab.inverses(name))


def _add(pairs: dict[str, list[str]], name: str, objects: list[str], entail: bool = True) -> None:
    for predicate in _predicates(name) if entail else (f"og:{name}",):
        pairs.setdefault(predicate, []).extend(objects)


# ---------------------------------------------------------------------- subject blocks
def _article_block(kg: KnowledgeGraph, articles: list[Article]) -> str:
    pairs: dict[str, list[str]] = {"a": list(_types("Article"))}
    for article in articles:
        pairs.setdefault("rdfs:label", []).append(_string(article.title or article.id) + LANG)
        effective = kg.article_dates.get(article.id)
        if effective:
            _add(pairs, "attestationDate", [_date(effective)])
        _add(pairs, "sourceFile", [_string(article.source or article.id)])
        pairs.setdefault("schema:author", []).extend(_string(author) for author in article.authors)
        if article.published:
            pairs.setdefault("schema:datePublished", []).append(_date(article.published))
        pairs.setdefault("schema:identifier", []).append(_string(article.id))
        if article.url:
            pairs.setdefault("schema:url", []).append(_string(article.url))
    return _block(_name("article", _article_local(articles[0].id)), pairs)


def _evidence_block(evs: list[Evidence]) -> str:
    pairs: dict[str, list[str]] = {"a": ["og:Evidence"]}  # og: terms only (see above)
    _add(pairs, "endOffset", [str(ev.end) for ev in evs], entail=False)
    _add(pairs, "inArticle", [_name("article", _article_local(ev.article)) for ev in evs], entail=False)
    _add(pairs, "sentence", [_string(ev.sentence) for ev in evs], entail=False)
    _add(pairs, "startOffset", [str(ev.start) for ev in evs], entail=False)
    return _block(_name("ev", _evidence_local(evs[0])), pairs)


def _evidence_refs(evidence: Iterable[Evidence]) -> list[str]:
    return [_name("ev", _evidence_local(ev)) for ev in evidence]


def _node_block(kg: KnowledgeGraph, node_id: str) -> str:
    data = kg.g.nodes[node_id]
    pairs: dict[str, list[str]] = {
        "a": list(_types(data["type"])),
        "rdfs:label": [_string(data["label"]) + LANG],
        "skos:altLabel": [_string(a) + LANG for a in data["alt"]],
        "prov:wasDerivedFrom": _evidence_refs(data["evidence"]),
    }
    for prop, value in properties.node_values(data):
        _add(pairs, prop.name, [_attribute(prop, value)])
    for _, dst, rel in kg.g.out_edges(node_id, keys=True):
        _add(pairs, rel, [_node(dst)])
    for src, _, rel in kg.g.in_edges(node_id, keys=True):
        for predicate in _inverses(rel):
            pairs.setdefault(predicate, []).append(_node(src))
    return _block(_node(node_id), pairs)


def _statement_block(kg: KnowledgeGraph, local: str, src: str, rel: str, dst: str,
                     evidence: set[Evidence]) -> str:
    first, last = kg.attestation(evidence)
    pairs: dict[str, list[str]] = {
        "a": ["og:Statement"],  # og: terms only (see above)
        "rdf:object": [_node(dst)],
        "rdf:predicate": [f"og:{rel}"],
        "rdf:subject": [_node(src)],
        "prov:wasDerivedFrom": _evidence_refs(evidence),
    }
    _add(pairs, "evidenceCount", [str(len(evidence))], entail=False)
    if first and last:
        _add(pairs, "firstAttested", [_date(first)], entail=False)
        _add(pairs, "lastAttested", [_date(last)], entail=False)
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
    statements = sorted((statement_local(s, r, d), s, r, d) for s, d, r in kg.g.edges(keys=True))
    for kind in sorted({*ID_KINDS, *nodes}):
        if kind == "article":
            for local in sorted(articles):
                yield "\n" + _article_block(kg, sorted(articles[local], key=lambda a: a.id))
        elif kind == "ev":
            for local in sorted(evidence):
                yield "\n" + _evidence_block(sorted(set(evidence[local])))
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
# A term as the reader needs it: an IRI (str) or a literal (lexical form, datatype IRI or None).
_Term = str | tuple[str, str | None]
_RDF_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_DERIVED, _SUBJECT, _PREDICATE, _OBJECT = str(PROV.wasDerivedFrom), str(RDF.subject), str(RDF.predicate), str(RDF.object)


def _wanted() -> set[str]:
    """The predicates the reader looks at: og: ones and the handful of standard ones it writes."""
    return {_RDF_TYPE, _LABEL, _ALT, _DERIVED, _SUBJECT, _PREDICATE, _OBJECT,
            *(str(SCHEMA[n]) for n in ("identifier", "datePublished", "author", "url"))}


def _from_triples(triples: Iterable[tuple[str, str, _Term]]) -> KnowledgeGraph:
    """The KnowledgeGraph a Turtle export describes (og: terms only; the aligned ones are ignored)."""
    wanted, og = _wanted(), str(OG)
    T = {name: str(term(name)) for name in (  # noqa: N806 - the og: terms read
        "attestationDate", "endOffset", "inArticle", "sentence", "sourceFile", "startOffset")}
    values: dict[str, dict[str, list[_Term]]] = {}
    for s, p_, o in triples:
        if p_ in wanted or p_.startswith(og):
            values.setdefault(s, {}).setdefault(p_, []).append(o)

    def one(s: str, p_: str) -> _Term | None:
        found = values.get(s, {}).get(p_)
        return min(found, key=str) if found else None

    def text(s: str, p_: str) -> str:
        v = one(s, p_)
        return v[0] if isinstance(v, tuple) else (v or "")

    def of_type(name: str) -> list[str]:
        cls = str(term(name))
        return sorted(s for s, ps in values.items() if cls in ps.get(_RDF_TYPE, ()) and s.startswith(ID))

    def article_id(art: str) -> str:
        return text(art, str(SCHEMA.identifier)) or art.rsplit("/", 1)[-1]

    kg = KnowledgeGraph()
    evidence: dict[str, Evidence] = {}
    for node in of_type("Evidence"):
        art = one(node, T["inArticle"])
        evidence[node] = Evidence(article=article_id(art) if isinstance(art, str) else "",
                                  start=int(text(node, T["startOffset"]) or 0),
                                  end=int(text(node, T["endOffset"]) or 0),
                                  sentence=text(node, T["sentence"]))
    for art in of_type("Article"):
        published, effective = text(art, str(SCHEMA.datePublished)), text(art, T["attestationDate"])
        authors = values[art].get(str(SCHEMA.author), [])
        kg.add_article(Article(id=article_id(art), text="", title=text(art, _LABEL),
                               published=date.fromisoformat(published) if published else None,
                               authors=tuple(sorted(a[0] for a in authors if isinstance(a, tuple))),
                               url=text(art, str(SCHEMA.url)), source=text(art, T["sourceFile"])),
                       date.fromisoformat(effective) if effective else None)

    def cited(s: str) -> list[Evidence]:
        return [evidence[e] for e in values[s].get(_DERIVED, []) if isinstance(e, str) and e in evidence]

    for type_ in NODE_TYPES:
        attributes = [prop for prop in properties.attributes() if type_ in prop.domain]
        for node in of_type(type_):
            attrs = {prop.key: _value(prop, one(node, str(prop.iri))) for prop in attributes}
            kg.add_node(node[len(ID):], type_, text(node, _LABEL),
                        alt=[a[0] for a in values[node].get(_ALT, []) if isinstance(a, tuple)],
                        evidence=cited(node), **attrs)
    for stmt in of_type("Statement"):
        src, pred, dst = (one(stmt, p_) for p_ in (_SUBJECT, _PREDICATE, _OBJECT))
        if isinstance(src, str) and isinstance(pred, str) and isinstance(dst, str):
            kg.add_fact(src[len(ID):], pred[len(og):], dst[len(ID):], cited(stmt))
    return kg


def _value(prop: Property, found: _Term | None) -> Any:
    if found is None:
        return None
    if isinstance(found, str):  # an IRI: one of the property's named individuals
        return found[len(str(OG)):]
    lexical = found[0]
    if prop.datatype == "boolean":
        return lexical in ("true", "1")
    if prop.datatype in ("integer", "int", "long"):
        return int(lexical)
    return lexical


def _ox_term(node: ox.NamedNode | ox.BlankNode | ox.Literal) -> _Term:
    if isinstance(node, ox.Literal):
        return node.value, node.datatype.value if node.datatype else None
    return node.value if isinstance(node, ox.NamedNode) else f"_:{node.value}"


def read_turtle(path: Path) -> KnowledgeGraph:
    """A built graph read back, parsed by pyoxigraph (200 000 triples in about 2 s; rdflib took 17)."""
    triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    return _from_triples((t.subject.value, t.predicate.value, _ox_term(t.object)) for t in triples)


def from_rdf(graph: Graph) -> KnowledgeGraph:
    """The same from an rdflib Graph (to_rdf's inverse)."""
    def as_term(node: Node) -> _Term:
        if isinstance(node, Literal):
            return str(node), str(node.datatype) if node.datatype else None
        return str(node)

    return _from_triples((str(s), str(p_), as_term(o)) for s, p_, o in graph)
