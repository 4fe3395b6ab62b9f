"""End to end: the seeds build and score against the shared gold; bad input never stops a build."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from _hostile import cp1258
from _scoring import ROOT, SHARED_EVAL, micro_f1, score_build
from orggraph.cli import main
from orggraph.graph import NODE_TYPES, RELATIONS
from orggraph.pipeline import build
from orggraph.vocab import terms


def test_dev_articles_of_other_bodies_score_against_their_gold(tmp_path: Path) -> None:
    """tests/dev: articles in other styles, annotated independently of the extractor."""
    table = score_build(ROOT / "tests" / "dev" / "articles", ROOT / "tests" / "dev" / "gold", tmp_path)
    assert micro_f1(table) >= 0.9, table
    assert all(k["f1"] >= 0.6 for k in table.values()), table


def test_seeds_score_against_the_gold(tmp_path: Path) -> None:
    table = score_build(ROOT / "seeds", SHARED_EVAL / "gold", tmp_path)
    assert micro_f1(table) >= 0.99, table  # the seeds are the development gold: every fact
    assert all(k["f1"] >= 0.6 for k in table.values()), table


def test_articles_of_other_bodies_build(tmp_path: Path) -> None:
    result = build([ROOT / "tests" / "articles"], tmp_path)
    kg = result.graph
    persons = {d["label"] for _, d in kg.nodes_of("Person")}
    assert {"Vương Đình Khang", "Đỗ Trọng Hưng", "Cao Tường Huy", "Trần Đức Hải"} <= persons
    meetings = {d["label"]: d.get("date") for _, d in kg.nodes_of("Meeting")}
    assert meetings["Kỳ họp thứ 6 Quốc hội khóa XV"] == "2023-10-23"
    assert meetings["Kỳ họp thứ 15 Hội đồng nhân dân tỉnh Thanh Hóa khóa XVIII, nhiệm kỳ 2021-2026"] == "2023-12-05"
    chaired = {(kg.g.nodes[s]["label"], kg.g.nodes[d]["label"]) for s, _, d, _ in kg.facts("chaired")}
    assert ("Vương Đình Khang", "Kỳ họp thứ 6 Quốc hội khóa XV") in chaired
    assert meetings["Phiên họp thứ 31 Ủy ban Thường vụ Quốc hội"] == "2024-03-12"
    organized = {(kg.g.nodes[s]["label"], kg.g.nodes[d].get("date")) for s, _, d, _ in kg.facts("organized")}
    assert ("Ban Chấp hành Đảng bộ tỉnh Lâm Đồng", "2024-07-19") in organized  # as written
    issued = {(kg.g.nodes[s]["label"], kg.g.nodes[d]["label"]) for s, _, d, _ in kg.facts("issuedBy")}
    assert ("Nghị quyết số 05-NQ/TU", "Tỉnh ủy Lâm Đồng") in issued
    assert ("Chỉ thị số 23/CT-TTg", "Thủ tướng Chính phủ") in issued
    # the same Prime Minister in two articles is one node
    assert sum(1 for _, d in kg.nodes_of("Person") if d["label"] == "Trần Đức Hải") == 1


def test_same_input_same_bytes(tmp_path: Path) -> None:
    build([ROOT / "seeds"], tmp_path / "a", formats=("ttl",))
    build([ROOT / "seeds"], tmp_path / "b", formats=("ttl",))
    assert (tmp_path / "a" / "orggraph.ttl").read_bytes() == (tmp_path / "b" / "orggraph.ttl").read_bytes()


def test_bad_files_are_skipped_and_named_the_rest_builds(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text((ROOT / "seeds" / "000_e37f6ff980ca01cc.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (corpus / "empty.txt").write_text("")
    (corpus / "bin.txt").write_bytes(b"\x00\xff\x00")
    (corpus / "cp1258.txt").write_bytes(cp1258("Hội nghị Tỉnh ủy Nghệ An bàn công tác cán bộ"))  # a legacy code page, read
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert "empty.txt: empty file" in result.stderr
    assert "bin.txt: binary file" in result.stderr
    assert "cp1258.txt" not in result.stderr
    assert "Traceback" not in result.output
    assert "2 articles" in result.stdout
    assert "Phạm Minh Chính" in (tmp_path / "out" / "orggraph.ttl").read_text(encoding="utf-8")


def test_build_of_good_input_exits_zero_and_summarises(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "5 articles" in result.stdout
    assert re.search(r"nodes: .*Person \d+", result.stdout)
    assert f"wrote {tmp_path / 'orggraph.ttl'}" in result.stdout


def test_build_of_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "no such file or folder" in result.output and "Traceback" not in result.output


def test_every_term_the_code_uses_is_in_the_ontology() -> None:
    used = set(NODE_TYPES) | set(RELATIONS)
    for path in (ROOT / "src" / "orggraph").rglob("*.py"):
        used |= set(re.findall(r"term\(\"(\w+)\"\)", path.read_text(encoding="utf-8")))
    assert used - terms() == set()


def test_the_graph_keeps_its_contract(tmp_path: Path) -> None:
    """One rdfs:label per instance; every fact reified with evidence and dated; evidence cites text."""
    import rdflib

    build([ROOT / "seeds", ROOT / "tests" / "dev" / "articles"], tmp_path, formats=("ttl",))
    graph = rdflib.Graph().parse(tmp_path / "orggraph.ttl", format="turtle")
    prefix = "PREFIX og: <https://w3id.org/orggraph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" \
             "PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    labels = graph.query(prefix + """
        SELECT ?x (COUNT(?l) AS ?n) WHERE {
          VALUES ?t { og:Person og:Organization og:Post og:Meeting og:Document og:Task }
          ?x a ?t . OPTIONAL { ?x rdfs:label ?l } } GROUP BY ?x HAVING (COUNT(?l) != 1)""")
    assert list(labels) == []
    unreified = graph.query(prefix + """
        SELECT ?s ?p ?o WHERE {
          VALUES ?p { og:holds og:chaired og:spokeAt og:attended og:organized og:issuedBy og:assignedBy og:atMeeting }
          ?s ?p ?o .
          FILTER NOT EXISTS { ?st a og:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                  prov:wasDerivedFrom ?ev . ?ev og:sentence ?text ; og:inArticle ?a } }""")
    assert list(unreified) == []
    undated = graph.query(prefix + """
        SELECT ?st WHERE { ?st a og:Statement ; rdf:predicate og:holds . FILTER NOT EXISTS { ?st og:firstAttested ?d } }""")
    assert list(undated) == []
