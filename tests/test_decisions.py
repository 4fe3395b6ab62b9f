"""The decisions file: read leniently, appended only, applied by every build."""

from __future__ import annotations

import warnings
from datetime import date

import pytest

from _facts import Facts
from orggraph.pipeline import assemble
from orggraph.resolve.decisions import DecisionError, append_decision, read_decisions
from orggraph.resolve.link import DecisionWarning, resolve

DEPUTY = ("Phó Trưởng ban Thường trực Ban Kinh tế Trung ương", "Ban Kinh tế Trung ương")


def typo_corpus():
    return [Facts("p1", date(2021, 3, 12)).person("Vi Thanh Tùng", DEPUTY).build(),
            Facts("p2", date(2019, 7, 1)).person("Vy Thanh Tùng", DEPUTY).build()]


def test_append_writes_header_once_and_keeps_other_lines(tmp_path):
    path = tmp_path / "resolutions.csv"
    path.write_text("decision,left,right,note\n# curated by hand\nsame,person/a,person/b,old",
                    encoding="utf-8")
    append_decision(path, "different", "person/c", "person/d", "two provinces, says the archive")
    text = path.read_text(encoding="utf-8")
    assert text == ("decision,left,right,note\n# curated by hand\nsame,person/a,person/b,old\n"
                    "different,person/c,person/d,\"two provinces, says the archive\"\n")
    decisions, problems = read_decisions(path)
    assert [(d.verdict, d.left, d.right, d.note) for d in decisions] == [
        ("same", "person/a", "person/b", "old"),
        ("different", "person/c", "person/d", "two provinces, says the archive")]
    assert problems == []
    assert append_decision(path, "same", "person/b", "person/a") is None  # already said
    with pytest.raises(DecisionError, match="already says same"):
        append_decision(path, "different", "person/a", "person/b")
    fresh = tmp_path / "new" / "d.csv"
    append_decision(fresh, "same", "doc/x", "doc/y")
    assert fresh.read_text(encoding="utf-8") == "decision,left,right,note\nsame,doc/x,doc/y,\n"


def test_bad_lines_and_missing_file_warn(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("decision,left,right\nmaybe,person/a,person/b\nsame,person/a\nsame,person/a,person/a\n",
                    encoding="utf-8")
    decisions, problems = read_decisions(path)
    assert decisions == [] and len(problems) == 3
    assert "d.csv:2" in problems[0]
    assert read_decisions(tmp_path / "none.csv")[1] == [f"decisions file {tmp_path / 'none.csv'} not found: "
                                                         "no decisions applied"]


def test_same_merges_similar_names_with_both_labels(tmp_path):
    assert len(list(assemble(typo_corpus()).nodes_of("Person"))) == 2  # never merged on its own
    path = tmp_path / "resolutions.csv"
    append_decision(path, "same", "person/vy-thanh-tung", "person/vi-thanh-tung", "one deputy head")
    kg = assemble(typo_corpus(), path)
    [(node, data)] = list(kg.nodes_of("Person"))
    assert node == "person/vi-thanh-tung"  # the smaller id, whatever the order of articles
    assert {data["label"]} | data["alt"] == {"Vi Thanh Tùng", "Vy Thanh Tùng"}
    assert len(data["evidence"]) == 2  # provenance of both mentions kept: the merge can be audited
    [(_, _, post, edge)] = list(kg.facts("holds"))
    assert kg.attestation(edge["evidence"]) == (date(2019, 7, 1), date(2021, 3, 12))


def test_different_keeps_apart_what_the_resolver_would_merge(tmp_path):
    corpus = [Facts("q1").person("Lò Văn Sáng", "Bí thư Tỉnh ủy Nghệ An").build(),
              Facts("q2").person("Lò Văn Sáng").build()]
    assert len(list(assemble(corpus).nodes_of("Person"))) == 1
    path = tmp_path / "d.csv"
    append_decision(path, "different", "person/lo-van-sang", "person/lo-van-sang-2")
    res = resolve(corpus, path)
    assert res.node("q2", "Person", "Lò Văn Sáng") == "person/lo-van-sang-2"
    # a later article that could join either does not undo the judgement
    corpus.append(Facts("q3").person("Lò Văn Sáng", "Bí thư Tỉnh ủy Nghệ An").build())
    res = resolve(corpus, path)
    assert res.node("q1", "Person", "Lò Văn Sáng") != res.node("q2", "Person", "Lò Văn Sáng")


def test_contradictions_and_unknown_ids_warn_not_crash(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("decision,left,right,note\ndifferent,person/vi-thanh-tung,person/vy-thanh-tung,\n"
                    "same,person/vi-thanh-tung,person/vy-thanh-tung,\nsame,person/ghost,person/vi-thanh-tung,\n"
                    "same,person/vi-thanh-tung,post/x,\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = resolve(typo_corpus(), path)
    assert res.node("p1", "Person", "Vi Thanh Tùng") != res.node("p2", "Person", "Vy Thanh Tùng")
    assert len(res.warnings) == 3
    assert "contradicts a `different`" in res.warnings[0] or "contradicts" in " ".join(res.warnings)
    assert any("unknown id person/ghost" in w for w in res.warnings)
    assert all(issubclass(w.category, DecisionWarning) for w in caught) and len(caught) == 3
