"""ontology/shapes.ttl: the export keeps the contract (pyshacl on the seeds' build and on
synthetic graphs), the shapes can fail (a broken export is caught), and they cover every
attribute and relation of the property table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF

from _graphs import synthetic_graph
from orggraph import properties
from orggraph.export.rdf import turtle_text
from orggraph.pipeline import build
from test_properties import change_graph

pyshacl = pytest.importorskip("pyshacl", reason="pyshacl is in the dev extra: pip install -e '.[dev]'")

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "shapes.ttl"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
OG = "https://w3id.org/orggraph/ontology#"


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


def violations(text: str, shapes: rdflib.Graph) -> list[str]:
    data = rdflib.Graph().parse(data=text, format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    found = [f"{report.value(r, SH.focusNode)} {report.value(r, SH.resultPath)} {report.value(r, SH.resultMessage)}"
             for r in report.subjects(RDF.type, SH.ValidationResult)]
    assert conforms == (not found)
    return sorted(found)


def test_the_seeds_build_conforms(shapes: rdflib.Graph) -> None:
    assert violations(turtle_text(build([ROOT / "seeds"]).graph), shapes) == []


@pytest.mark.parametrize("make", [lambda: synthetic_graph(400), change_graph], ids=["synthetic", "changes"])
def test_synthetic_graphs_conform(shapes: rdflib.Graph, make) -> None:
    assert violations(turtle_text(make()), shapes) == []


def test_a_broken_export_is_caught(shapes: rdflib.Graph) -> None:
    kg = change_graph()
    kg.add_node("body/no-evidence", "Organization", "Ban không nguồn")  # no sentence mentions it
    text = turtle_text(kg)
    text = text.replace('rdfs:label "Trần Thị Lan"@vi', 'rdfs:label "Trần Thị Lan"')  # untagged
    text = text.replace("    og:chaired meeting:hoi-nghi-tinh-uy-2024-03-02 ;\n", "")  # a statement's fact gone
    text = re.sub(r'(og:date "2024-03-02"\^\^xsd:date ;)', r'\1\n    og:date "2024-03-03"^^xsd:date ;', text)
    text += '\nperson:x a og:Person ; rdfs:label "X"@vi ; og:holds meeting:hoi-nghi-tinh-uy-2024-03-02 .\n'
    found = "\n".join(violations(text, shapes))
    assert "body/no-evidence http://www.w3.org/ns/prov#wasDerivedFrom every node cites a sentence" in found
    assert "person/tran-thi-lan http://www.w3.org/2000/01/rdf-schema#label" in found
    assert "a statement whose fact is not in the default graph" in found
    assert f"meeting/hoi-nghi-tinh-uy-2024-03-02 {OG}date" in found
    assert f"person/x {OG}holds" in found  # a post expected, a meeting found
    assert "person/x http://www.w3.org/ns/prov#wasDerivedFrom" in found
    assert "a fact with no og:Statement of its own" in found


def test_shapes_cover_every_property_of_the_table(shapes: rdflib.Graph) -> None:
    for prop in properties.table():
        targets = {t for shape in shapes.subjects(SH.property, None)
                   for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == prop.iri
                   for t in shapes.objects(shape, SH.targetClass)}
        assert targets >= {rdflib.URIRef(OG + t) for t in prop.domain}, prop.name
    reified = " ".join(str(q) for q in shapes.objects(None, SH.select))
    listed = set(re.findall(r"og:(\w+)", reified.split("FILTER(?path IN", 1)[1].split(")")[0]))
    assert listed == set(properties.relation_keys())


def test_every_node_type_is_a_target(shapes: rdflib.Graph) -> None:
    from orggraph.vocab import NODE_TYPES

    node_shape = rdflib.URIRef("https://w3id.org/orggraph/shapes#Node")
    assert {str(t)[len(OG):] for t in shapes.objects(node_shape, SH.targetClass)} == set(NODE_TYPES)
