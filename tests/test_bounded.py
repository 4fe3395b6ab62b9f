"""Any bytes in, no crash and no hang; a huge article costs in proportion to its size."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _hostile import article
from orggraph.extract import extract
from orggraph.ingest import IngestError, Input, from_text, read, split
from orggraph.pipeline import build, extract_all, read_all

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_e37f6ff980ca01cc.txt").read_text(encoding="utf-8")
SUFFIXES = st.sampled_from([".txt", ".jsonl", ".html"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000) | st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
       suffix=SUFFIXES)
def test_any_bytes_are_read_or_refused_with_a_reason(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    started = time.perf_counter()
    try:
        got = read(Input(path.name, path))
    except IngestError as exc:
        assert exc.reason and exc.source == path.name
        return
    for item in got.articles:
        item.text.encode("utf-8")  # writable: no lone surrogate
        extract(item)
    assert all(s.reason for s in got.skipped)
    assert time.perf_counter() - started < 10


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=80) | st.just('{"text": "Sáng 5/3, Tỉnh ủy họp.\u2028"}'), max_size=6))
def test_a_jsonl_file_keeps_every_good_line_whatever_surrounds_it(tmp_path_factory, lines: list[str]) -> None:
    import json

    folder = tmp_path_factory.mktemp("j")
    good = json.dumps({"id": "keep", "text": article("Lò Văn Sáng", "Nghệ An", 3)}, ensure_ascii=False)
    text = "\n".join([*lines, good, *lines]).encode("utf-8", "surrogatepass")
    (folder / "f.jsonl").write_bytes(text)
    try:
        got = read(Input("f.jsonl", folder / "f.jsonl"))
    except IngestError as exc:  # the whole file undecodable (a lone surrogate makes it not UTF-8)
        assert "\ud800" <= max(text.decode("utf-8", "surrogatepass"), default=" ") or exc.reason
        return
    assert "f.jsonl#keep" in [a.id for a in got.articles]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.binary(min_size=1, max_size=400), min_size=1, max_size=4))
def test_every_good_article_survives_a_folder_of_garbage(tmp_path_factory, junk: list[bytes]) -> None:
    folder = tmp_path_factory.mktemp("g")
    (folder / "good.txt").write_text(article("Lò Văn Sáng", "Nghệ An", 3), encoding="utf-8")
    for number, data in enumerate(junk):
        (folder / f"junk{number}.txt").write_bytes(data)
    result = build([folder])
    assert "good.txt" in result.graph.articles
    assert any(d["label"] == "Lò Văn Sáng" for _, d in result.graph.nodes_of("Person"))
    assert len(result.entries) >= len(junk) + 1


def test_a_long_article_is_built_in_parts_cut_at_paragraphs_sentences_or_spaces() -> None:
    body = "\n".join(f"Đoạn {n}. Tỉnh ủy Nghệ An họp bàn công tác cán bộ." for n in range(2000))
    base = from_text("long.txt", body, source="long.txt")
    parts = split(base, 10_000)
    assert len(parts) == -(-len(base.text) // 10_000) or len(parts) == -(-len(base.text) // 10_000) + 1
    assert [p.id for p in parts[:2]] == ["long.txt#p1", "long.txt#p2"]
    assert all(len(p.text) <= 10_000 and p.text.startswith("Đoạn") for p in parts)
    assert "".join(p.text for p in parts).replace("\n", "") == base.text.replace("\n", "")
    one_line = from_text("line.txt", "Tỉnh ủy họp " * 5000, source="line.txt")
    assert all(len(p.text) <= 10_000 and not p.text.startswith(" ") for p in split(one_line, 10_000))
    no_space = from_text("blob.txt", "x" * 25_000, source="blob.txt")
    assert [len(p.text) for p in split(no_space, 10_000)] == [10_000, 10_000, 5_000]


def test_an_article_over_the_limit_is_reported_and_still_built(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text(article("Lò Văn Sáng", "Nghệ An", 3) + ("Tỉnh ủy họp bàn. " * 1500),
                                       encoding="utf-8")
    result = build([tmp_path], None, max_chars=8_000)
    [entry, *rest] = result.entries
    assert len(rest) >= 2 and entry.reason.endswith(f"over the 8000 limit: built in {len(rest) + 1} parts")
    assert [e.article for e in result.entries] == [f"huge.txt#p{n}" for n in range(1, len(rest) + 2)]
    assert {e["status"] for e in result.report()["inputs"]} == {"built"}  # type: ignore[index]
    assert any(d["label"] == "Lò Văn Sáng" for _, d in result.graph.nodes_of("Person"))


def _seconds(folder: Path) -> float:
    articles, entries, _ = read_all([folder], max_chars=10**9)
    started = time.perf_counter()
    extract_all(articles, entries)
    return time.perf_counter() - started


def test_a_2_mb_article_costs_a_few_times_200_articles_of_10_kb(tmp_path: Path) -> None:
    """Issue 12 item 3: cost per article bounded by its length (the extractors' part; no cap)."""
    chunk = (SEED * 4)[:10_000]
    many, one = tmp_path / "many", tmp_path / "one"
    many.mkdir()
    one.mkdir()
    for n in range(200):
        (many / f"{n:03d}.txt").write_text(f"{chunk[:-8]} Số {n:03d}.", encoding="utf-8")  # distinct: copies are one article
    (one / "big.txt").write_text("\n".join([chunk] * 200), encoding="utf-8")
    small, big = _seconds(many), _seconds(one)
    assert big < 4 * small, f"2 MB article {big:.1f} s, 200 x 10 KB {small:.1f} s"
