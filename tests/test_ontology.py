"""The ontology's alignments hold: every og: subproperty and inverse fits the domain and range
its aligned term declares (ontology/aligned.ttl: the published declarations, copied, never
fetched), and the export carries what the alignments entail, so standard queries answer."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from orggraph import vocab
from orggraph.export.rdf import write_turtle
from orggraph.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
OG = vocab.OG
SCHEMA = Namespace("https://schema.org/")
# a datatype fits these declared ranges
FITS = {XSD.string: {XSD.string, RDFS.Literal, SCHEMA.Text},
        XSD.date: {XSD.date, RDFS.Literal, SCHEMA.Date},
        XSD.integer: {XSD.integer, RDFS.Literal, SCHEMA.Integer, SCHEMA.Number},
        XSD.boolean: {XSD.boolean, RDFS.Literal, SCHEMA.Boolean}}
ANY = {SCHEMA.Thing, OWL.Thing, RDFS.Resource}
WRONG_BEFORE = """
og:documentKind rdfs:subPropertyOf eli:type_document .
og:firstAttested rdfs:subPropertyOf prov:generatedAtTime .
og:atMeeting rdfs:subPropertyOf schema:location .
"""


def combined(extra: str = "") -> Graph:
    graph = Graph()
    graph.parse(ROOT / "ontology" / "orggraph.ttl", format="turtle")
    graph.parse(ROOT / "ontology" / "aligned.ttl", format="turtle")
    if extra:
        prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in graph.namespaces())
        graph.parse(data=prefixes + extra, format="turtle")
    return graph


def _members(graph: Graph, node: Node) -> list[Node]:
    union = graph.value(node, OWL.unionOf)
    return list(Collection(graph, union)) if union is not None else [node]


def _declared(graph: Graph, prop: URIRef, side: str) -> set[Node] | None:
    """What prop's domain or range allows (rdfs:domain or schema:domainIncludes); None: anything."""
    rdfs, includes = (RDFS.domain, SCHEMA.domainIncludes) if side == "domain" else (RDFS.range, SCHEMA.rangeIncludes)
    found = {m for d in graph.objects(prop, rdfs) for m in _members(graph, d)} | set(graph.objects(prop, includes))
    return found or None


def _ancestors(graph: Graph, cls: Node) -> set[Node]:
    out, todo = {cls}, [cls]
    while todo:
        node = todo.pop()
        for link in (RDFS.subClassOf, OWL.equivalentClass):
            for other in (*graph.objects(node, link), *(graph.subjects(OWL.equivalentClass, node))):
                if other not in out:
                    out.add(other)
                    todo.append(other)
    return out


def _fits(graph: Graph, ours: Node, allowed: set[Node]) -> bool:
    if ours in FITS:
        return bool(FITS[ours] & allowed)
    return bool(allowed & ANY) or bool(_ancestors(graph, ours) & allowed)


def problems(graph: Graph) -> list[str]:
    """Every og: property whose subproperty or inverse link contradicts the linked term."""
    out = []
    for prop in sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(OG))}):
        links = [(q, False) for q in graph.objects(prop, RDFS.subPropertyOf)]
        links += [(q, True) for q in graph.objects(prop, OWL.inverseOf)]
        for other, inverse in sorted(links):
            name = f"{prop.n3(graph.namespace_manager)} {'inverse of' if inverse else 'under'} " \
                   f"{other.n3(graph.namespace_manager)}"
            if (other, None, None) not in graph:
                out.append(f"{name}: not declared in ontology/aligned.ttl")
                continue
            for ours_side, theirs_side in (("domain", "range" if inverse else "domain"),
                                           ("range", "domain" if inverse else "range")):
                ours, theirs = _declared(graph, prop, ours_side), _declared(graph, other, theirs_side)
                if theirs is None:
                    continue
                for member in ours or [RDFS.Resource]:
                    if not _fits(graph, member, theirs):
                        out.append(f"{name}: {ours_side} {member.n3(graph.namespace_manager)} is not in "
                                   f"its {theirs_side} ({', '.join(sorted(t.n3(graph.namespace_manager) for t in theirs))})")
    return out


def test_every_alignment_fits_the_aligned_terms_declarations() -> None:
    assert problems(combined()) == []


def test_the_check_finds_the_three_alignments_that_were_wrong() -> None:
    found = "\n".join(problems(combined(WRONG_BEFORE)))
    assert "og:documentKind under eli:type_document: range xsd:string is not in its range (eli:ResourceType)" in found
    assert "og:firstAttested under prov:generatedAtTime: domain og:Statement" not in found  # og:Statement ⊑ prov:Entity
    assert "og:firstAttested under prov:generatedAtTime: range xsd:date is not in its range (xsd:dateTime)" in found
    assert "og:atMeeting under schema:location: range og:Meeting is not in its range" in found
    assert len(found.splitlines()) == 3


def test_every_external_class_and_property_the_ontology_names_is_declared() -> None:
    graph, aligned = vocab.ontology(), combined()
    external = {o for p in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf) for o in graph.objects(None, p)
                if isinstance(o, URIRef) and not str(o).startswith(str(OG))}
    missing = sorted(str(o) for o in external if (o, RDF.type, None) not in aligned)
    assert missing == []


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    out = tmp_path_factory.mktemp("seeds")
    path = write_turtle(build([ROOT / "seeds"]).graph, out / "orggraph.ttl")
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


PREFIXES = """PREFIX og: <https://w3id.org/orggraph/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/> PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def _rows(store: ox.Store, where: str) -> set[tuple[str, ...]]:
    return {tuple(str(t) for t in row) for row in store.query(PREFIXES + f"SELECT ?a ?b WHERE {{ {where} }}")}


@pytest.mark.parametrize("standard, ours", [
    ("?a org:holds ?b", "?a og:holds ?b"),
    ("?a org:postIn ?b", "?a og:postIn ?b"),
    ("?b schema:attendee ?a", "VALUES ?r { og:chaired og:spokeAt og:attended } ?a ?r ?b"),
    ("?b schema:organizer ?a", "?a og:organized ?b"),
    ("?a eli:passed_by ?b", "?a og:issuedBy ?b"),
    ("?a dcterms:date ?b", "?a og:date ?b"),
    ("?b prov:wasAssociatedWith ?a", "?b og:assignedBy ?a"),
    ("?a a schema:Person . BIND(1 AS ?b)", "?a a og:Person . BIND(1 AS ?b)"),
    ("?a a foaf:Person . BIND(1 AS ?b)", "?a a og:Person . BIND(1 AS ?b)"),
    ("?a a prov:Agent . BIND(1 AS ?b)", "{ ?a a og:Person } UNION { ?a a og:Organization } BIND(1 AS ?b)"),
    ("?a a org:Organization . BIND(1 AS ?b)", "?a a og:Organization . BIND(1 AS ?b)"),
    ("?a a schema:Event . BIND(1 AS ?b)", "?a a og:Meeting . BIND(1 AS ?b)"),
])
def test_standard_queries_answer_on_the_export_alone(seeds_store: ox.Store, standard: str, ours: str) -> None:
    """No ontology loaded, no reasoner: the aligned triples are in the file."""
    expected = _rows(seeds_store, ours)
    assert expected and _rows(seeds_store, standard) == expected


def test_labels_are_vietnamese(seeds_store: ox.Store) -> None:
    langs = {str(r[0]) for r in seeds_store.query(
        PREFIXES + "SELECT DISTINCT (LANG(?l) AS ?lang) WHERE { { ?x rdfs:label ?l } UNION "
                   "{ ?x <http://www.w3.org/2004/02/skos/core#altLabel> ?l } FILTER(!STRSTARTS(STR(?x), STR(og:))) }")}
    assert langs == {'"vi"'}
