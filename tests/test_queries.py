"""The named queries: portable (same answers on pyoxigraph and rdflib), documented, in the
ontology's terms, and immune to hostile values."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from _querygraphs import HOSTILE, HOSTILE2, write_organisation_graph
from orggraph.errors import GraphFileError
from orggraph.query import (
    _PARAMS_LINE,
    Iri,
    OxigraphEngine,
    QueryError,
    RdflibEngine,
    catalog,
    evidence,
    named,
    pick_holders,
    run,
    to_term,
)
from orggraph.vocab import ID, OG, terms

POST = Iri(ID + "post/truong-ban-to-chuc-trung-uong")
HUNG = Iri(ID + "person/nguyen-van-hung")
LAN = Iri(ID + "person/tran-thi-lan")
M2022 = Iri(ID + "meeting/hoi-nghi-toan-quoc-2022")
BODY = Iri(ID + "body/ban-to-chuc-trung-uong")

# one typical binding per query, on top of running each unbound
BINDINGS = {
    "who-chaired": {"meeting": M2022},
    "who-spoke": {"meeting": M2022},
    "attendees": {"person": LAN},
    "meetings": {"body": BODY, "from": date(2020, 1, 1), "to": date(2022, 12, 31), "held": True},
    "positions": {"person": HUNG},
    "holder": {"post": POST},
    "tenures": {"post": POST},
    "career": {"person": HUNG},
    "changes": {"by": Iri(ID + "body/bo-chinh-tri"), "since": date(2019, 1, 1), "until": date(2019, 12, 31)},
    "documents": {"kind": "Nghị quyết"},
    "tasks": {"assigner": LAN},
    "evidence": {"subject": HUNG, "predicate": Iri(OG["holds"])},
    "co-participation": {"person": LAN},
    "labels": {"type": Iri(OG["Person"])},
    "document-kinds": {},
    "counts": {"type": Iri(OG["Person"])},
    "article-dates": {},
    "most-connected": {"type": Iri(OG["Organization"])},
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_organisation_graph(tmp_path_factory.mktemp("g") / "orggraph.ttl")


@pytest.fixture(scope="module")
def engines(graph: Path) -> tuple[OxigraphEngine, RdflibEngine]:
    return OxigraphEngine.load(graph), RdflibEngine.load(graph)


def test_the_catalog_has_a_query_per_question() -> None:
    assert set(BINDINGS) == set(catalog())


@pytest.mark.parametrize("name", sorted(BINDINGS))
def test_each_query_gives_the_same_answers_on_both_engines(name: str, engines) -> None:
    ox_engine, rdflib_engine = engines
    for binding in ({}, BINDINGS[name]):
        a, b = run(ox_engine, name, binding), run(rdflib_engine, name, binding)
        assert a.columns == b.columns
        assert a.rows == b.rows, f"{name} {binding}"
        assert a.rows, f"{name} {binding} found nothing on the test graph"


def test_bound_answers_are_right(engines) -> None:
    ox_engine, _ = engines
    chairs = run(ox_engine, "who-chaired").rows
    assert [(r["date"], r["personLabel"]) for r in chairs] == [
        (date(2019, 3, 2), "Nguyễn Văn Hùng"), (date(2022, 1, 11), "Trần Thị Lan")]
    holders = run(ox_engine, "holder", {"post": POST}).rows
    assert [(r["personLabel"], r["first"], r["last"]) for r in holders] == [
        ("Nguyễn Văn Hùng", date(2019, 3, 4), date(2019, 11, 20)),
        ("Trần Thị Lan", date(2021, 6, 10), date(2022, 1, 12)),
        ("Lê Minh Tuấn", date(2022, 9, 1), date(2022, 9, 1))]
    meetings = run(ox_engine, "meetings", BINDINGS["meetings"]).rows
    assert [r["meeting"] for r in meetings] == [M2022]
    assert not run(ox_engine, "meetings", {"from": date(2023, 1, 1)}).rows
    docs = run(ox_engine, "documents", {"kind": "Chỉ thị"}).rows
    assert [r["documentLabel"] for r in docs] == ["Chỉ thị số 35-CT/TW"]
    tasks = run(ox_engine, "tasks", {"assignee": Iri(ID + "group/nganh-to-chuc")}).rows
    assert [(r["taskLabel"], r["assignerLabel"], r["documentLabel"]) for r in tasks] == [
        ("Triển khai thực hiện Nghị quyết 26", "Trần Thị Lan", "Nghị quyết số 26-NQ/TW")]
    met = run(ox_engine, "co-participation", {"person": LAN}).rows
    assert {r["otherLabel"] for r in met} == {"Lê Minh Tuấn", HOSTILE, HOSTILE2}


def test_co_participation_lists_each_pair_once_unless_a_person_is_asked(engines) -> None:
    ox_engine, _ = engines
    pairs = [(r["person"], r["other"]) for r in run(ox_engine, "co-participation").rows]
    assert pairs and all(str(a) < str(b) for a, b in pairs)
    assert len({frozenset(p) for p in pairs}) == len(pairs)
    for person in (LAN, Iri(ID + "person/le-minh-tuan")):
        asked = {r["other"] for r in run(ox_engine, "co-participation", {"person": person}).rows}
        assert asked == {b for a, b in pairs if a == person} | {a for a, b in pairs if b == person}


def test_evidence_cites_article_and_sentence(engines) -> None:
    ox_engine, _ = engines
    statement = run(ox_engine, "positions", {"person": LAN}).rows[0]["statement"]
    cited = evidence(ox_engine, [statement])[str(statement)]
    assert [(r["articleDate"], r["articleTitle"]) for r in cited] == [
        (date(2021, 6, 10), "Ông Trần Thị Lan nhận nhiệm vụ"),
        (date(2022, 1, 12), "Hội nghị toàn quốc năm 2022")]
    assert "Trần Thị Lan" in cited[0]["sentence"]


def _og_terms(text: str) -> set[str]:
    return set(re.findall(r"\bog:(\w+)", text))


@pytest.mark.parametrize("name", sorted(BINDINGS))
def test_queries_use_only_ontology_terms(name: str) -> None:
    used = _og_terms(catalog()[name].text)
    assert used and used <= terms(), used - terms()


@pytest.mark.parametrize("name", sorted(BINDINGS))
def test_queries_are_documented_and_ordered(name: str) -> None:
    q = catalog()[name]
    assert q.header.startswith(f"{name}: ") and q.summary
    assert "Returns:" in q.header
    assert re.search(r"^ORDER BY ", q.text, re.MULTILINE), "every answer in a stable order"
    for param in q.params:
        assert param.kind and param.doc, f"?{param.name} undocumented in {name}"
    declared = set(re.findall(r"^#\s+\?(\w+)\s+[A-Z]", q.text, re.MULTILINE))
    assert declared == {p.name for p in q.params}


@pytest.mark.parametrize("value", [HOSTILE, HOSTILE2, '"} } DROP ALL ; INSERT DATA { <a:b> <a:b> "x" }',
                                   'x"\n} ; # \\'])
def test_hostile_values_stay_values(value: str, engines) -> None:
    q = named("documents")
    text = q.bind({"kind": value})
    # everything but the parameter row is the file's text; the row holds one escaped literal
    line = _PARAMS_LINE.search(q.text)
    assert line is not None
    assert text.startswith(q.text[:line.start()]) and text.endswith(q.text[line.end():])
    block = text[line.start():len(text) - (len(q.text) - line.end())]
    assert block.splitlines()[1].strip() == f"(UNDEF {to_term(value)})"
    for engine in engines:
        assert run(engine, q, {"kind": value}).rows == []
    # a hostile name in the graph is found as a name and round-trips exactly
    rows = run(engines[0], "attendees", {"meeting": M2022}).rows
    assert {HOSTILE, HOSTILE2} <= {r["personLabel"] for r in rows}
    for engine in engines:
        assert len(run(engine, "who-chaired").rows) == 2  # nothing was dropped


def test_a_hostile_value_matches_itself_only(engines) -> None:
    for engine in engines:
        rows = run(engine, "labels", {"type": Iri(OG["Person"])}).rows
        hostile = [r for r in rows if r["label"] == HOSTILE]
        assert len(hostile) == 1
        found = run(engine, "attendees", {"person": hostile[0]["node"]}).rows
        assert [r["personLabel"] for r in found] == [HOSTILE]


def test_iris_are_validated_not_spliced() -> None:
    with pytest.raises(QueryError):
        named("positions").bind({"person": Iri("http://x/> } ; DROP ALL ; <http://y")})


def test_unknown_parameter_is_refused() -> None:
    with pytest.raises(QueryError, match="no parameter"):
        named("positions").bind({"nobody": "x"})


def test_pick_holders_within_closest_and_undated() -> None:
    rows = [
        {"personLabel": "A", "first": date(2019, 1, 1), "last": date(2019, 12, 31)},
        {"personLabel": "B", "first": date(2021, 6, 1), "last": date(2022, 1, 12)},
        {"personLabel": "C", "first": None, "last": None},
    ]
    within = pick_holders(rows, date(2021, 7, 1))
    assert within.within and [r["personLabel"] for r in within.rows] == ["B"]
    closest = pick_holders(rows, date(2020, 5, 13))
    assert not closest.within and [(r["personLabel"], r["days"]) for r in closest.rows] == [("A", 134)]
    assert [r["personLabel"] for r in pick_holders(rows, date(2022, 1, 13)).rows] == ["B"]
    assert pick_holders(rows[2:], date(2020, 1, 1)).rows == []


def test_missing_and_invalid_graph_files(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError, match="no graph file"):
        OxigraphEngine.load(tmp_path / "none.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix og: <x> .\nthis is not turtle {", encoding="utf-8")
    for engine in (OxigraphEngine, RdflibEngine):
        with pytest.raises(GraphFileError, match="not valid Turtle"):
            engine.load(bad)


def test_store_cache_is_built_once_and_replaced_when_the_file_changes(graph: Path, tmp_path: Path) -> None:
    copy = tmp_path / "g.ttl"
    copy.write_bytes(graph.read_bytes())
    cache = tmp_path / "cache"

    def stored() -> list[str]:  # the stores (the files beside them remember each graph's digest)
        return sorted(p.name for p in cache.iterdir() if p.is_dir())

    first = OxigraphEngine.cached(copy, cache)
    assert len(run(first, "who-chaired").rows) == 2
    stores = stored()
    assert len(stores) == 1
    del first
    again = OxigraphEngine.cached(copy, cache)
    assert stored() == stores
    del again
    copy.write_bytes(graph.read_bytes() + b"\n")
    changed = OxigraphEngine.cached(copy, cache)
    assert len(run(changed, "who-chaired").rows) == 2
    assert len(stored()) == 1 and stored() != stores
    assert len([p for p in cache.iterdir() if p.is_file()]) == 1


def test_a_replaced_graph_of_the_same_size_and_time_is_not_answered_from_the_old_store(
        graph: Path, tmp_path: Path) -> None:
    import os

    copy = tmp_path / "g.ttl"
    text = graph.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    stat = copy.stat()
    cache = tmp_path / "cache"
    labels = ("SELECT ?l WHERE { ?p a <https://w3id.org/orggraph/ontology#Person> ; "
              "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    before = {r["l"] for r in OxigraphEngine.cached(copy, cache).select(labels).rows}
    assert "Nguyễn Văn Hùng" in before
    swapped = text.replace("Nguyễn Văn Hùng", "Nguyễn Văn Hưng")  # same length in bytes
    assert len(swapped.encode()) == len(text.encode())
    copy.write_text(swapped, encoding="utf-8")
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    after = {r["l"] for r in OxigraphEngine.cached(copy, cache).select(labels).rows}
    assert "Nguyễn Văn Hưng" in after and "Nguyễn Văn Hùng" not in after


@pytest.mark.parametrize("text, word", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("select * { service silent ?endpoint { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT"),
    ("DROP ALL", "DROP"),
])
def test_a_query_file_that_reaches_out_or_writes_is_refused(tmp_path: Path, text: str, word: str) -> None:
    from orggraph.query import QueryError, named

    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QueryError, match=f"{word} .*refused"):
        named(str(path))


def test_words_in_strings_iris_comments_and_names_are_not_keywords(tmp_path: Path) -> None:
    from orggraph.query import named

    path = tmp_path / "q.rq"
    path.write_text('# SERVICE and DROP in a comment\nPREFIX ex: <http://example.org/SERVICE/>\n'
                    'SELECT ?service ?drop WHERE { ?service ex:delete "INSERT" ; ex:load \'\'\'DROP\'\'\' . '
                    'FILTER(?service < 3 && ?drop > 1) }', encoding="utf-8")
    assert named(str(path)).text.startswith("# SERVICE")
