"""Issue 12: a build that never loses a graph or an article, on a corpus made to break it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import _hostile
from orggraph.cli import main
from orggraph.cli.output import printable
from orggraph.export.rdf import read_turtle


@pytest.fixture
def unlistable(monkeypatch: pytest.MonkeyPatch):
    """Make folders named `locked` unlistable: chmod where that binds, else (root) at scandir."""
    made: list[Path] = []

    def lock(folder: Path) -> None:
        made.append(folder)
        folder.chmod(0)
        if os.geteuid() == 0:  # root lists anything: refuse it the way the kernel would
            real = os.scandir

            def scandir(path=".", _real=real):  # type: ignore[no-untyped-def]
                if Path(os.fsdecode(path)).name == "locked":
                    raise PermissionError(13, "Permission denied", os.fsdecode(path))
                return _real(path)

            monkeypatch.setattr(os, "scandir", scandir)

    yield lock
    for folder in made:
        folder.chmod(0o755)


def test_hostile_corpus_builds_every_good_article_and_names_every_bad_item(tmp_path: Path, unlistable) -> None:
    good, bad = _hostile.make(tmp_path / "in")
    unlistable(tmp_path / "in" / "locked")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output and "\x1b" not in result.output
    for source, reason in bad.items():
        assert f"skipped {source}: " in result.stderr and reason in result.stderr.split(f"skipped {source}: ")[1]
    kg = read_turtle(tmp_path / "out" / "orggraph.ttl")
    assert sorted(kg.articles) == sorted(g.source for g in good)
    for item in good:
        assert kg.articles[item.source].published == item.published, item
        assert kg.articles[item.source].source.split(":")[0] in (item.source, item.source.split("#")[0])
        persons = [(n, d) for n, d in kg.nodes_of("Person") if d["label"] == item.person]
        assert len(persons) == 1, (item, [d["label"] for _, d in kg.nodes_of("Person")])
        assert {ev.article for ev in persons[0][1]["evidence"]} == {item.source}
    report = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))
    statuses = {e["source"]: e for e in report["inputs"]}
    assert {printable(s) for s, e in statuses.items() if e["status"] == "skipped"} == set(bad)
    assert statuses["cp1258.txt"]["encoding"] == "cp1258" and statuses["utf16.txt"]["encoding"] == "utf-16"
    assert statuses["a/report.txt"]["mentions"]["persons"] == 1 and statuses["a/report.txt"]["facts"] >= 3
    assert report["summary"]["built"] == len(good)


def test_strict_writes_nothing_when_an_input_is_bad(tmp_path: Path) -> None:
    good, _ = _hostile.make(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(out), "--strict"])
    assert result.exit_code == 1 and "--strict" in result.stderr and "nothing written" in result.stderr
    assert "skipped empty.txt: empty file" in result.stderr
    assert [p.name for p in out.iterdir() if not p.name.startswith(".")] == []


def test_a_jsonl_line_is_split_at_newlines_only(tmp_path: Path) -> None:
    from orggraph.ingest import read

    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "Sáng 5/3, Tỉnh ủy\u2028Nghệ An\u0085họp\x0cbàn."},
                               ensure_ascii=False) + "\r\n", encoding="utf-8")
    got = read(path)
    assert got.skipped == [] and [a.id for a in got.articles] == ["x.jsonl#1"]


def test_legacy_font_encodings_are_named_not_guessed(tmp_path: Path) -> None:
    from orggraph.ingest import IngestError, read

    vni = tmp_path / "vni.txt"
    vni.write_bytes("Hoäi nghò Ban Chaáp haønh Ñaûng boä tænh vaø caùc ñoàng chí cuûa Vieät Nam".encode("cp1252"))
    with pytest.raises(IngestError, match="VNI"):
        read(vni)


def test_an_html_page_without_its_parser_skips_that_page_only(tmp_path: Path, monkeypatch) -> None:
    import builtins

    real = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("trafilatura"):
            raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")
        return real(name, *args, **kwargs)

    good, _ = _hostile.make(tmp_path / "in")
    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert "skipped page.html: cannot read HTML: lxml.html.clean" in result.stderr
    assert "Cầm Văn Sơn" not in (tmp_path / "out" / "orggraph.ttl").read_text(encoding="utf-8")
    assert "Hà Thị Mai" in (tmp_path / "out" / "orggraph.ttl").read_text(encoding="utf-8")


def test_an_article_that_fails_extraction_is_skipped_with_its_reason(tmp_path: Path, monkeypatch) -> None:
    from orggraph import pipeline

    real = pipeline.extract

    def fragile(article):  # type: ignore[no-untyped-def]
        if article.id == "b/report.txt":
            raise ImportError("a missing optional module")
        return real(article)

    _hostile.make(tmp_path / "in")
    monkeypatch.setattr(pipeline, "extract", fragile)
    result = pipeline.build([tmp_path / "in"], None)
    assert ("b/report.txt", "extraction failed (ImportError: a missing optional module)") in \
        [(s.source, s.reason) for s in result.skipped]
    assert "a/report.txt" in result.graph.articles


def test_a_decisions_field_over_128_kb_is_a_warning(tmp_path: Path) -> None:
    _hostile.make(tmp_path / "in")
    decisions = tmp_path / "d.csv"
    decisions.write_text("decision,left,right,note\nsame,person/a,person/b," + "x" * 200_000 + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in" / "a"), "--out", str(tmp_path / "out"),
                                       "--decisions", str(decisions)])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("field larger than field limit") == 1  # one warning per problem, once


def test_two_builds_from_different_folders_are_byte_identical(tmp_path: Path) -> None:
    """Issue 11 item 4: no machine path in any export."""
    root = Path(__file__).resolve().parents[1]
    outs = []
    for where in (tmp_path / "one" / "copy", tmp_path / "elsewhere" / "deeper" / "articles"):
        for src in sorted((root / "seeds").iterdir()):
            (where / "seeds").mkdir(parents=True, exist_ok=True)
            (where / "seeds" / src.name).write_bytes(src.read_bytes())
        (where / "more").mkdir()
        (where / "more" / "report.txt").write_text(_hostile.article("Hà Thị Mai", "Nam Định", 4), encoding="utf-8")
        out = where / "out"
        result = CliRunner().invoke(main, ["build", str(where / "seeds"), str(where / "more"), "--out", str(out)])
        assert result.exit_code == 0, result.output
        outs.append(out)
    names = sorted(p.name for p in outs[0].iterdir() if not p.name.startswith("."))
    assert names == ["build-report.json", "orggraph-ids.jsonl", "orggraph.graphml", "orggraph.html", "orggraph.ttl"]
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    assert str(tmp_path) not in (outs[0] / "orggraph.ttl").read_text(encoding="utf-8")
    assert 'og:sourceFile "more/report.txt"' in (outs[0] / "orggraph.ttl").read_text(encoding="utf-8")
