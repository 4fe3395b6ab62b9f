"""The Turtle export: streamed from the graph, canonical (same graph, same bytes), read alike by
rdflib and pyoxigraph, isomorphic to a plain triple-by-triple writer, and read back whole."""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from _graphs import HOSTILE_IMG, HOSTILE_SCRIPT, seeds_like_graph, synthetic_graph, tiny_graph
from _reference_rdf import reference_graph
from orggraph.export.rdf import read_turtle, to_rdf, turtle_text, write_turtle
from orggraph.export.writers import write_jsonld
from orggraph.graph import KnowledgeGraph
from orggraph.model import Article, Evidence
from orggraph.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "tiny.ttl"
REFRESH = "ORGGRAPH_REFRESH_GOLDEN"  # set to 1 to rewrite the golden file deliberately


@pytest.fixture(scope="module")
def seeds_graph() -> KnowledgeGraph:
    return build([ROOT / "seeds"]).graph


def awkward_graph() -> KnowledgeGraph:
    """Text that Turtle must escape: quotes, backslashes, line breaks, controls, U+2028, markup."""
    kg = tiny_graph()
    nasty = 'Bà "Lan" \\ Hà\nNội\r\tx\x01\x7f\u2028' + HOSTILE_SCRIPT
    kg.add_article(Article("dir/ngày 1.txt", "", title=nasty, published=date(2024, 1, 1), authors=(nasty,),
                           url="https://example.org/a?b=1&c=<2>", source="dir/ngày 1.txt"))
    ev = Evidence("dir/ngày 1.txt", 3, 9, nasty + " " + HOSTILE_IMG)
    kg.add_node("person/tran-thi-lan", "Person", "Trần Thị Lan", alt=[nasty, "Lan\\"], evidence=[ev])
    kg.add_node("group/x", "Addressee", nasty, evidence=[ev])
    # a local name that would need an escape: written as a full IRI instead
    kg.add_node("doc/15/NQ.TU.", "Document", "Nghị quyết 15", evidence=[ev], number="15/NQ.TU.")
    kg.add_fact("doc/15/NQ.TU.", "issuedBy", "body/tinh-uy-nghe-an", [ev])
    return kg


def _ox_triples(text: str) -> set[str]:
    return {str(t) for t in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE)}


def _rdflib_triples(graph: rdflib.Graph) -> set[str]:
    return {str(ox.Triple(*(_to_ox(t) for t in triple))) for triple in graph}


def _to_ox(term: rdflib.term.Node) -> ox.NamedNode | ox.Literal:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    assert isinstance(term, rdflib.Literal)  # no blank nodes anywhere in the export
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or rdflib.XSD.string)))


@pytest.mark.parametrize("which", ["tiny", "seeds_like", "awkward", "seeds", "synthetic"])
def test_isomorphic_to_the_plain_writer_in_rdflib_and_pyoxigraph(which: str, seeds_graph: KnowledgeGraph) -> None:
    kg = {"tiny": tiny_graph, "seeds_like": seeds_like_graph, "awkward": awkward_graph,
          "seeds": lambda: seeds_graph, "synthetic": lambda: synthetic_graph(3000)}[which]()
    text = turtle_text(kg)
    reference = reference_graph(kg)
    parsed = rdflib.Graph().parse(data=text, format="turtle")
    assert len(parsed) == len(reference) and isomorphic(parsed, reference)
    assert _ox_triples(text) == _rdflib_triples(reference)


def test_same_graph_same_bytes(tmp_path: Path, seeds_graph: KnowledgeGraph) -> None:
    a = write_turtle(seeds_graph, tmp_path / "a.ttl").read_bytes()
    b = write_turtle(read_turtle(tmp_path / "a.ttl"), tmp_path / "b.ttl").read_bytes()
    assert a == b  # written, read back, written again: the same bytes


def test_tiny_matches_golden(tmp_path: Path) -> None:
    path = write_turtle(tiny_graph(), tmp_path / "tiny.ttl")
    if os.environ.get(REFRESH):
        GOLDEN.write_bytes(path.read_bytes())
    assert path.read_bytes() == GOLDEN.read_bytes(), f"Turtle changed; if meant, rerun with {REFRESH}=1"


def test_no_local_name_needs_an_escape(seeds_graph: KnowledgeGraph) -> None:
    """Virtuoso keeps the backslash of `person:a\\/b`: every prefixed name is plain."""
    text = turtle_text(awkward_graph()) + turtle_text(seeds_graph)
    outside_strings = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    assert "\\" not in outside_strings
    assert not re.search(r"\b[a-z]+:[^\s;,.]*[/\\]", outside_strings.replace("<https:", "<x").replace("<http:", "<x"))


def test_the_awkward_graph_reads_back_whole(tmp_path: Path) -> None:
    kg = awkward_graph()
    back = read_turtle(write_turtle(kg, tmp_path / "g.ttl"))
    assert back.g.nodes["group/x"]["label"] == kg.g.nodes["group/x"]["label"]
    assert back.g.has_edge("doc/15/NQ.TU.", "body/tinh-uy-nghe-an", key="issuedBy")
    assert back.g.nodes["person/tran-thi-lan"]["alt"] == kg.g.nodes["person/tran-thi-lan"]["alt"]
    assert back.articles["dir/ngày 1.txt"].title == kg.articles["dir/ngày 1.txt"].title
    assert turtle_text(back) == turtle_text(kg)


def test_jsonld_holds_the_same_triples(tmp_path: Path) -> None:
    kg = awkward_graph()
    path = write_jsonld(kg, tmp_path / "g.jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "@context" in doc
    back = rdflib.Graph().parse(path, format="json-ld")
    assert isomorphic(back, to_rdf(kg)) and isomorphic(back, reference_graph(kg))
