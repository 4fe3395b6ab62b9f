"""`orggraph export` re-exports a built graph; `orggraph build`'s export writes ttl, graphml, html."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from _graphs import seeds_like_graph
from orggraph.cli import main
from orggraph.export.rdf import write_turtle
from orggraph.pipeline import export as pipeline_export


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_turtle(seeds_like_graph(), tmp_path_factory.mktemp("built") / "orggraph.ttl")


def run(*args: str) -> object:
    return CliRunner().invoke(main, ["export", *args])


@pytest.mark.parametrize("fmt", ["ttl", "graphml", "html", "jsonld"])
def test_each_format(built: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    result = run("--format", fmt, "--graph", str(built), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0 and f"wrote {out}" in result.output


def test_default_out_is_next_to_graph_never_over_the_build(built: Path) -> None:
    page = built.parent / "orggraph.html"
    page.write_text("the build's own page", encoding="utf-8")
    result = run("--format", "graphml", "--graph", str(built))
    assert result.exit_code == 0, result.output
    g = nx.read_graphml(built.parent / "orggraph-all.graphml")
    focused = run("--graph", str(built), "--around", "nguyen van hung", "--depth", "1")
    assert focused.exit_code == 0, focused.output
    assert (built.parent / "orggraph-around-nguyen-van-hung-d1.html").is_file()
    assert page.read_text(encoding="utf-8") == "the build's own page"
    kg = seeds_like_graph()
    assert (g.number_of_nodes(), g.number_of_edges()) == (kg.g.number_of_nodes(), kg.g.number_of_edges())


def test_focus_and_cap_say_what_was_left_out(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "cut.html"
    result = run("--graph", str(built), "--out", str(out), "--around", "nguyen van hung", "--max-nodes", "3")
    assert result.exit_code == 0, result.output
    assert "showing 3 of 22 nodes" in result.stderr
    assert "showing 3 of 22 nodes" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--graph", "missing.ttl"], "not found"),
    (["--around", "Không Có Ai"], "no person in the graph matches"),
])
def test_errors_are_messages_not_tracebacks(built: Path, tmp_path: Path, args: list[str],
                                            message: str) -> None:
    if "--graph" not in args:
        args = ["--graph", str(built), "--out", str(tmp_path / "x.html"), *args]
    result = run(*args)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_invalid_turtle(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is <not turtle", encoding="utf-8")
    result = run("--graph", str(bad))
    assert result.exit_code == 1 and "not valid Turtle" in result.output


def test_pipeline_export_writes_three_files(tmp_path: Path) -> None:
    written = pipeline_export(seeds_like_graph(), tmp_path, ("ttl", "graphml", "html"))
    assert [p.name for p in written] == ["orggraph.ttl", "orggraph.graphml", "orggraph.html"]


def test_same_graph_same_bytes_across_hash_seeds(tmp_path: Path) -> None:
    """Sets (spellings, evidence) must never leak their per-process order into a file."""
    import os
    import subprocess
    import sys

    script = ("import sys; sys.path.insert(0, 'tests'); from pathlib import Path; from _graphs import "
              "seeds_like_graph; from orggraph.export.writers import export; "
              "[export(seeds_like_graph(), f, Path(sys.argv[1]) / ('g.' + f)) for f in "
              "('ttl', 'graphml', 'html', 'jsonld')]")
    root = Path(__file__).resolve().parents[1]
    for seed in ("1", "2"):
        (tmp_path / seed).mkdir()
        subprocess.run([sys.executable, "-c", script, str(tmp_path / seed)], check=True, cwd=root,
                       env={**os.environ, "PYTHONHASHSEED": seed})
    for fmt in ("ttl", "graphml", "html", "jsonld"):
        assert (tmp_path / "1" / f"g.{fmt}").read_bytes() == (tmp_path / "2" / f"g.{fmt}").read_bytes(), fmt
