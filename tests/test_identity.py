"""Issue 12 item 5: an entity keeps its IRI when articles are added, and a recorded judgement
keeps applying to the same two entities."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from _hostile import article
from orggraph.cli import main
from orggraph.export.rdf import read_turtle
from orggraph.graph import KnowledgeGraph
from orggraph.resolve.registry import REGISTRY_FILE, Registry


def _build(corpus: Path, out: Path, decisions: Path) -> KnowledgeGraph:
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--decisions", str(decisions)])
    assert result.exit_code == 0, result.output
    return read_turtle(out / "orggraph.ttl")


def _who(kg: KnowledgeGraph) -> dict[str, set[str]]:
    """Each person id -> the articles that mention it: what the id means."""
    return {n: {ev.article for ev in d["evidence"]} for n, d in kg.nodes_of("Person")}


def test_an_article_that_sorts_first_with_a_namesake_changes_no_existing_iri(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "m-nghe-an.txt").write_text(article("Lò Văn Sáng", "Nghệ An", 3), encoding="utf-8")
    (corpus / "n-nghe-an.txt").write_text(article("Lò Văn Sáng", "Nghệ An", 9), encoding="utf-8")
    (corpus / "p-yen-bai.txt").write_text(article("Lò Văn Sáng", "Yên Bái", 5), encoding="utf-8")
    (corpus / "q-typo.txt").write_text(article("Hà Thị Mại", "Nam Định", 6), encoding="utf-8")
    (corpus / "r-nam-dinh.txt").write_text(article("Hà Thị Mai", "Nam Định", 7), encoding="utf-8")
    decisions = tmp_path / "resolutions.csv"
    decisions.write_text("decision,left,right,note\n", encoding="utf-8")
    before = _who(_build(corpus, out, decisions))
    assert before["person/lo-van-sang"] == {"m-nghe-an.txt", "n-nghe-an.txt"}
    assert before["person/lo-van-sang-2"] == {"p-yen-bai.txt"}
    for verdict, left, right in (("same", "person/ha-thi-mai", "person/ha-thi-mai-2"),
                                 ("different", "person/lo-van-sang", "person/lo-van-sang-2")):
        assert CliRunner().invoke(main, ["review", "--graph", str(out / "orggraph.ttl"), "--decisions",
                                         str(decisions), f"--{verdict}", left, right]).exit_code == 0
    judged = _who(_build(corpus, out, decisions))
    merged = [n for n, arts in judged.items() if arts == {"q-typo.txt", "r-nam-dinh.txt"}]
    assert len(merged) == 1
    # an article that sorts before all the others and names a namesake from a third province
    (corpus / "a-ca-mau.txt").write_text(article("Lò Văn Sáng", "Cà Mau", 1), encoding="utf-8")
    after = _who(_build(corpus, out, decisions))
    for node, arts in judged.items():
        assert after[node] == arts, node  # same id, same entity
    newcomer = [n for n, arts in after.items() if arts == {"a-ca-mau.txt"}]
    assert newcomer == ["person/lo-van-sang-3"]
    assert [n for n, arts in after.items() if arts == {"q-typo.txt", "r-nam-dinh.txt"}] == merged  # `same` holds

    # without the registry the ids are minted in article order again: the newcomer takes the
    # first id, and the decisions would name other people: the registry is what prevents it
    (out / REGISTRY_FILE).unlink()
    fresh = _who(_build(corpus, out, decisions))
    assert fresh["person/lo-van-sang"] == {"a-ca-mau.txt"}


def test_the_registry_keeps_ids_given_before_even_when_their_articles_are_gone(tmp_path: Path) -> None:
    registry = Registry()
    registry.record("Person", ("lò văn sáng",), "gone.txt", "person/lo-van-sang")
    path = tmp_path / REGISTRY_FILE
    path.write_text(registry.dumps() + "not json\n", encoding="utf-8")
    again = Registry.read(path)
    assert again.get("Person", ("lò văn sáng",), "gone.txt") == "person/lo-van-sang"
    assert again.problems == [f"{path}:2: not a registry line: ignored"]
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "new.txt").write_text(article("Lò Văn Sáng", "Cà Mau", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path)])
    assert result.exit_code == 0 and result.stderr.count("not a registry line") == 1
    assert [n for n, _ in read_turtle(tmp_path / "orggraph.ttl").nodes_of("Person")] == ["person/lo-van-sang-2"]
