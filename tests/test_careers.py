"""Careers on a small corpus of invented personnel news (tests/careers/): `holder --on` from
tenures first, `career` in order, `changes` and its filters, changes as GraphML edges, and the
same answers from a SPARQL server.

The corpus: a provincial Party secretary attested in January 2020 and retired on 1/6/2020; a
deputy secretary of another province transferred to succeed him on 8/6/2020 (Quyết định
123-QĐNS/TW of the Politburo), keeping his Central Committee seat; an election dated 24/6/2021;
an appointment by the Prime Minister's decision of 3/9/2021; an election the text leaves
undated (reported 20/5/2022); a vice-chair attested only.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from orggraph.cli import main
from orggraph.query import Iri, OxigraphEngine, RdflibEngine, named, run
from orggraph.tenures import holders_on
from orggraph.vocab import ID
from test_scale import server  # noqa: F401 - the `oxigraph serve` fixture

CORPUS = Path(__file__).resolve().parent / "careers"
SECRETARY = "Bí thư Tỉnh ủy Cao Bằng"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("careers")
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(folder), "-j", "1"])
    assert result.exit_code == 0, result.output
    return folder


def ask(out: Path, *args: str, code: int = 0) -> tuple[str, str]:
    result = CliRunner().invoke(main, [*args, "--graph", str(out / "orggraph.ttl")])
    assert result.exit_code == code, (result.output, result.exception)
    return result.stdout, result.stderr


def rows(out: Path, *args: str) -> list[dict]:
    return json.loads(ask(out, *args, "--json")[0])


# ---------------------------------------------------------------------- holder --on
def test_the_predecessor_before_the_change_the_successor_from_its_day(out: Path) -> None:
    before = rows(out, "holder", SECRETARY, "--on", "2020-03-01")
    assert [(r["personLabel"], r["basis"], r["start"], r["end"], r["endBasis"]) for r in before] == [
        ("Vi Thanh Sơn", "tenure", "2020-01-15", "2020-06-01", "change")]
    for day in ("2020-06-08", "2024-01-01"):  # the decision's day, and long after: nobody relieved him
        after = rows(out, "holder", SECRETARY, "--on", day)
        assert [(r["personLabel"], r["basis"], r["start"], r["startBasis"], r["end"]) for r in after] == [
            ("Đoàn Minh Phúc", "tenure", "2020-06-08", "change", None)]
    text, err = ask(out, "holder", SECRETARY, "--on", "2020-06-03", "--json", code=1)  # retired, no successor yet
    assert text == "[]\n" and "no holder of 'Bí thư Tỉnh ủy Cao Bằng' on 2020-06-03" in err


def test_before_any_tenure_the_attestations_answer_and_say_so(out: Path) -> None:
    text, err = ask(out, "holder", "bi thu tinh uy cao bang", "--on", "2019-05-01")
    assert "2019-05-01 lies outside all attestations of Bí thư Tỉnh ủy Cao Bằng" in err
    lines = text.splitlines()
    assert lines[0].split() == ["person", "post", "start", "end", "first", "last", "basis", "match", "days"]
    assert lines[2].startswith("Vi Thanh Sơn") and lines[2].split()[-3:] == ["attested", "closest", "259"]
    assert "Đoàn Minh Phúc" not in text  # appointed later: a change rules him out


def test_an_attested_post_answers_from_its_attestations(out: Path) -> None:
    found = rows(out, "holder", "Phó Chủ tịch UBND tỉnh Cao Bằng", "--on", "2021-01-01")
    assert [(r["personLabel"], r["basis"], r["match"], r["first"], r["last"]) for r in found] == [
        ("Nông Thị Hà", "attested", "within", "2020-01-15", "2022-03-31")]


def test_a_transfer_ends_the_post_held_before_but_not_a_central_seat(out: Path) -> None:
    found = rows(out, "holder", "Phó Bí thư Tỉnh ủy Lạng Sơn", "--on", "2020-03-01")
    assert [(r["personLabel"], r["basis"], r["end"], r["endBasis"]) for r in found] == [
        ("Đoàn Minh Phúc", "tenure", "2020-06-08", "transfer")]
    _, err = ask(out, "holder", "Phó Bí thư Tỉnh ủy Lạng Sơn", "--on", "2021-01-01", code=1)
    assert "no holder of 'Phó Bí thư Tỉnh ủy Lạng Sơn' on 2021-01-01" in err
    tenures = rows(out, "query", "tenures", "-p", "person", "Đoàn Minh Phúc")
    assert [(r["postLabel"], r["start"], r["startBasis"], r["end"], r["endBasis"]) for r in tenures] == [
        ("Bí thư Tỉnh ủy Cao Bằng", "2020-06-08", "change", None, None),
        ("Phó Bí thư Tỉnh ủy Lạng Sơn", "2020-01-15", "attested", "2020-06-08", "transfer"),
        ("Ủy viên Trung ương Đảng", "2020-06-10", "attested", "2020-06-10", "attested")]


def test_an_election_starts_a_tenure_on_its_day(out: Path) -> None:
    chair = "Chủ tịch HĐND tỉnh Cao Bằng"
    _, err = ask(out, "holder", chair, "--on", "2021-06-23", code=1)
    assert "began after that day or ended before it" in err
    assert [r["personLabel"] for r in rows(out, "holder", chair, "--on", "2021-06-24")] == ["Lò Văn Tâm"]


# ---------------------------------------------------------------------- career
def test_career_is_oldest_first_with_changes_and_attestations(out: Path) -> None:
    found = rows(out, "career", "doan minh phuc")
    assert [(r["day"], r["until"], r["event"].rsplit("#")[-1], r["postLabel"], r["basis"]) for r in found] == [
        ("2020-01-15", "2020-06-10", "holds", "Phó Bí thư Tỉnh ủy Lạng Sơn", "attested"),
        ("2020-06-08", None, "TakesOffice", "Bí thư Tỉnh ủy Cao Bằng", "change"),
        ("2020-06-08", None, "LeavesOffice", "Phó Bí thư Tỉnh ủy Lạng Sơn", "transfer"),
        ("2020-06-10", "2022-03-31", "holds", "Bí thư Tỉnh ủy Cao Bằng", "attested"),
        ("2020-06-10", "2020-06-10", "holds", "Ủy viên Trung ương Đảng", "attested")]
    taken = found[1]
    assert (taken["how"], taken["byLabel"], taken["documentLabel"], taken["dateFrom"]) == (
        "điều động, phân công, chỉ định", "Bộ Chính trị", "Quyết định số 123-QĐNS/TW", "text")
    table, _ = ask(out, "career", "Đoàn Minh Phúc")
    header = table.splitlines()[0].split()
    assert header[:4] == ["day", "until", "event", "post"] and "person" not in header


def test_career_with_evidence_cites_the_sentences(out: Path) -> None:
    text, _ = ask(out, "career", "Vi Thanh Sơn", "--csv", "--evidence")
    found = list(csv.DictReader(io.StringIO(text)))
    left = [r for r in found if r["event"].endswith("LeavesOffice")]
    assert {r["evidence_sentence"] for r in left} == {
        "Bộ Chính trị quyết định cho ông Vi Thanh Sơn thôi giữ chức Bí thư Tỉnh ủy Cao Bằng để nghỉ hưu "
        "theo chế độ từ ngày 1/6/2020."}
    assert {r["day"] for r in left} == {"2020-06-01"} and {r["byLabel"] for r in left} == {"Bộ Chính trị"}
    held = [r for r in found if r["event"].endswith("holds")]
    assert {r["evidence_articleDate"] for r in held} == {"2020-01-15", "2020-06-01"}


def test_career_of_an_unknown_person_is_a_message(out: Path) -> None:
    _, err = ask(out, "career", "Người Không Có", code=1)
    assert "no person in the graph matches 'Người Không Có'" in err


# ---------------------------------------------------------------------- changes
def _changes(out: Path, *args: str) -> list[tuple[str, str, str]]:
    return [(r["day"], r["personLabel"], r["kind"].rsplit("#")[-1]) for r in rows(out, "changes", *args)]


def test_changes_listed_by_day_and_filtered(out: Path) -> None:
    assert _changes(out) == [("2020-06-01", "Vi Thanh Sơn", "LeavesOffice"),
                             ("2020-06-08", "Đoàn Minh Phúc", "TakesOffice"),
                             ("2021-06-24", "Lò Văn Tâm", "TakesOffice"),
                             ("2021-09-03", "Hoàng Văn Khải", "TakesOffice"),
                             ("2022-05-20", "Lục Văn Bình", "TakesOffice"),
                             ("2023-09-29", "Nông Văn Dũng", "TakesOffice")]
    assert _changes(out, "--by", "Bộ Chính trị") == [("2020-06-01", "Vi Thanh Sơn", "LeavesOffice"),
                                                      ("2020-06-08", "Đoàn Minh Phúc", "TakesOffice")]
    assert _changes(out, "--by", "thu tuong chinh phu") == [("2021-09-03", "Hoàng Văn Khải", "TakesOffice")]
    assert _changes(out, "--post", SECRETARY, "--since", "2020-06-02") == [
        ("2020-06-08", "Đoàn Minh Phúc", "TakesOffice")]
    assert _changes(out, "--since", "2021-01-01", "--until", "2021-12-31") == [
        ("2021-06-24", "Lò Văn Tâm", "TakesOffice"), ("2021-09-03", "Hoàng Văn Khải", "TakesOffice")]
    (undated,) = rows(out, "changes", "--person", "Lục Văn Bình")
    assert (undated["day"], undated["dateFrom"], undated["how"]) == ("2022-05-20", "article", "bầu")


def test_changes_usage_and_nothing_found(out: Path) -> None:
    _, err = ask(out, "changes", "--since", "2022-01-01", "--until", "2021-01-01", code=2)
    assert "--until is before --since" in err
    text, err = ask(out, "changes", "--until", "2019-01-01", "--json", code=1)
    assert text == "[]\n" and "no personnel change matches" in err


def test_a_tenure_starts_on_the_day_the_decision_takes_effect(out: Path) -> None:
    director = "Giám đốc Sở Y tế tỉnh Cao Bằng"  # decided on 29/9/2023, in effect from 5/10/2023
    _, err = ask(out, "holder", director, "--on", "2023-10-01", code=1)
    assert f"no holder of '{director}' on 2023-10-01" in err
    assert [r["personLabel"] for r in rows(out, "holder", director, "--on", "2023-10-05")] == ["Nông Văn Dũng"]


# ---------------------------------------------------------------------- GraphML
def test_graphml_carries_changes_as_person_to_post_edges(out: Path) -> None:
    g = nx.read_graphml(out / "orggraph.graphml")
    found = [d for s, t, d in g.edges(data=True)
             if (s, t) == ("person/doan-minh-phuc", "post/bi-thu-tinh-uy-cao-bang") and d["rel"] == "TakesOffice"]
    assert [(d["change"], d["date"], d["how"], d["decidedBy"], d["byDocument"], d["label"]) for d in found] == [
        ("TakesOffice", "2020-06-08", "điều động, phân công, chỉ định", "Bộ Chính trị", "Quyết định số 123-QĐNS/TW",
         "takes office")]
    left = [d for s, t, d in g.edges(data=True) if s == "person/vi-thanh-son" and d["rel"] == "LeavesOffice"]
    assert [(d["date"], d["how"]) for d in left] == [("2020-06-01", "thôi giữ chức")]
    assert found[0]["iri"].endswith("/change/doan-minh-phuc--bi-thu-tinh-uy-cao-bang--start--2020-06-08")


# ---------------------------------------------------------------------- the queries themselves
@pytest.mark.parametrize("binding", [{}, {"person": "doan-minh-phuc"}, {"post": "bi-thu-tinh-uy-cao-bang"},
                                     {"person": "doan-minh-phuc", "post": "pho-bi-thu-tinh-uy-lang-son"}])
def test_tenures_bound_in_the_text_or_by_values_agree_on_both_engines(out: Path, binding: dict) -> None:
    values = {k: Iri(f"{ID}{k}/{v}") for k, v in binding.items()}
    graph = out / "orggraph.ttl"
    here = run(OxigraphEngine.load(graph), "tenures", values)  # one binding: written into the query
    there = run(RdflibEngine.load(graph), "tenures", values)  # through the VALUES line
    assert here == there and here.rows
    if values:
        assert named("tenures").inlined(values) is not None
        assert all(r[k] == v for r in here.rows for k, v in values.items())


# ---------------------------------------------------------------------- the rule for one day
def test_holders_on_prefers_tenures_and_ends_are_exclusive() -> None:
    old = {"personLabel": "A", "start": date(2020, 1, 1), "startBasis": "attested", "end": date(2020, 6, 1),
           "endBasis": "change", "first": date(2020, 1, 1), "last": date(2020, 7, 1)}
    new = {"personLabel": "B", "start": date(2020, 6, 1), "startBasis": "change", "end": None, "endBasis": None,
           "first": date(2020, 6, 5), "last": date(2021, 1, 1)}
    seen = {"personLabel": "C", "start": date(2020, 1, 1), "startBasis": "attested", "end": date(2022, 1, 1),
            "endBasis": "attested", "first": date(2020, 1, 1), "last": date(2022, 1, 1)}
    assert [r["personLabel"] for r in holders_on([old, new, seen], date(2020, 5, 31)).rows] == ["A"]
    assert [r["personLabel"] for r in holders_on([old, new, seen], date(2020, 6, 1)).rows] == ["B"]
    pick = holders_on([old, new, seen], date(2019, 6, 1))  # before every tenure: attestations
    assert (pick.basis, [r["personLabel"] for r in pick.rows], pick.within) == ("attested", ["A", "C"], False)
    assert holders_on([old], date(2020, 7, 1)).rows == []  # gone by a change, though attested later


# ---------------------------------------------------------------------- a SPARQL server
def test_the_same_answers_from_an_endpoint(server: str, out: Path) -> None:  # noqa: F811
    runner = CliRunner()
    graph = str(out / "orggraph.ttl")
    pushed = runner.invoke(main, ["push", "--endpoint", server + "/store", "--graph", graph])
    assert pushed.exit_code == 0, pushed.output
    for question in (["holder", SECRETARY, "--on", "2020-03-01", "--json"],
                     ["holder", SECRETARY, "--on", "2019-05-01", "--csv"],
                     ["career", "doan minh phuc", "--csv"],
                     ["changes", "--by", "Bộ Chính trị", "--json"]):
        here = runner.invoke(main, [*question, "--graph", graph])
        there = runner.invoke(main, [*question, "--endpoint", server + "/query"])
        assert there.exit_code == here.exit_code == 0, there.output
        assert there.output == here.output and here.output
