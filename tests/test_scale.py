"""Scale: the same files whatever the number of workers, on a Dask cluster, from the facts cache
or through `orggraph add`; and a real SPARQL server answering as the local graph does."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from _querygraphs import write_organisation_graph
from orggraph.cli import main
from orggraph.outdir import CACHE_FILE
from orggraph.pipeline import build
from orggraph.query import OxigraphEngine, catalog, run
from orggraph.workers import Extraction
from test_queries import BINDINGS

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("orggraph.ttl", "orggraph.graphml", "orggraph.html", "build-report.json", "orggraph-ids.jsonl")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and tests/articles in one folder: 11 articles, enough for several workers."""
    folder = tmp_path_factory.mktemp("corpus") / "news"
    folder.mkdir()
    for src in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt")):
        shutil.copyfile(src, folder / src.name)
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("ref")
    build([corpus], out, extraction=Extraction(jobs=1))
    return files(out)


@pytest.mark.parametrize("jobs", [2, 3])
def test_any_number_of_workers_gives_the_same_files(corpus: Path, reference: dict[str, bytes], tmp_path: Path,
                                                     jobs: int) -> None:
    result = build([corpus], tmp_path, extraction=Extraction(jobs=jobs, cache=tmp_path / "facts.sqlite"))
    assert len(result.facts) == 11 and result.cached == 0
    assert files(tmp_path) == reference
    again = build([corpus], tmp_path, extraction=Extraction(jobs=jobs, cache=tmp_path / "facts.sqlite"))
    assert again.cached == 11  # nothing extracted the second time
    assert files(tmp_path) == reference


def test_the_dask_executor_gives_the_same_files(corpus: Path, reference: dict[str, bytes], tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as cluster:
        runner = CliRunner()
        got = runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path), "--executor", "dask",
                                   "--scheduler", cluster.scheduler_address])
    assert got.exit_code == 0, got.output
    assert files(tmp_path) == reference


def test_dask_without_a_scheduler_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    got = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path), "--executor", "dask"])
    assert got.exit_code == 1 and "--scheduler" in got.output
    assert not (tmp_path / "orggraph.ttl").exists()


def test_add_gives_the_files_of_a_full_rebuild(corpus: Path, tmp_path: Path) -> None:
    first = sorted(corpus.iterdir())
    part, later = tmp_path / "news", first[:3]  # three articles arrive later, one sorting first
    part.mkdir()
    for path in first[3:]:
        shutil.copyfile(path, part / path.name)
    built, rebuilt = tmp_path / "built", tmp_path / "rebuilt"
    assert build([part], built, extraction=Extraction(jobs=1, cache=built / CACHE_FILE)).facts
    shutil.copytree(built, rebuilt)
    for path in later:
        shutil.copyfile(path, part / path.name)
    got = CliRunner().invoke(main, ["add", *(str(part / p.name) for p in later), "--to", str(built), "-j", "1"])
    assert got.exit_code == 0, got.output
    assert "3 articles" not in got.output and "11 articles" in got.output
    build([part], rebuilt, extraction=Extraction(jobs=1, cache=rebuilt / CACHE_FILE))
    assert files(built) == files(rebuilt)


def test_add_needs_a_build(tmp_path: Path) -> None:
    got = CliRunner().invoke(main, ["add", str(ROOT / "seeds" / "000_e37f6ff980ca01cc.txt"), "--to", str(tmp_path)])
    assert got.exit_code == 1 and "no build in" in got.output


def test_copies_of_an_article_count_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    seed = ROOT / "seeds" / "000_e37f6ff980ca01cc.txt"
    for i in range(3):
        shutil.copyfile(seed, folder / f"copy{i}.txt")
    got = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "out"), "-j", "1"])
    assert got.exit_code == 0, got.output
    assert got.output.startswith("1 articles") and "2 duplicate input(s) left out" in got.output
    report = (tmp_path / "out" / "build-report.json").read_text(encoding="utf-8")
    assert '"duplicate": 2' in report and "same text as copy0.txt" in report


# ---------------------------------------------------------------------- a real server
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`oxigraph serve` (the server from PyPI) on loopback, stopped by its process id."""
    binary = Path(sys.executable).with_name("oxigraph")
    if not binary.is_file():
        pytest.skip("the oxigraph server package is not installed (pip install 'orggraph[server]')")
    port = _free_port()
    proc = subprocess.Popen([str(binary), "serve", "--location", str(tmp_path_factory.mktemp("store")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()  # noqa: S310
                break
            except OSError:
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_every_named_query_answers_the_same_over_http(server: str, tmp_path: Path) -> None:
    from orggraph.remote import HttpEngine, push

    graph = write_organisation_graph(tmp_path / "orggraph.ttl")
    done = push(graph, server + "/store", "https://example.org/build", chunk=200)
    local = OxigraphEngine.load(graph)
    assert done.triples == len(local.store) and done.requests > 1
    remote = HttpEngine.connect(server + "/query", "https://example.org/build")
    for name in catalog():
        for binding in ({}, BINDINGS[name]):
            here, there = run(local, name, binding), run(remote, name, binding)
            assert here.columns == there.columns and here.rows == there.rows, f"{name} {binding}"
            assert here.rows or name in ("document-kinds",) or binding


def test_push_then_ask_with_endpoint(server: str, corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path), "-j", "1"]).exit_code == 0
    graph = str(tmp_path / "orggraph.ttl")
    pushed = runner.invoke(main, ["push", "--endpoint", server + "/store", "--graph", graph])
    assert pushed.exit_code == 0 and pushed.output.startswith("pushed "), pushed.output
    for question in (["who-chaired", "--json"], ["positions", "pham minh chinh", "--csv"],
                     ["who-met", "--limit", "3", "--nl"]):
        here = runner.invoke(main, [*question, "--graph", graph])
        there = runner.invoke(main, [*question, "--endpoint", server + "/query"])
        assert there.exit_code == here.exit_code == 0, there.output
        assert there.output == here.output
    assert len(here.output.splitlines()) == 3


def test_credentials_never_in_the_url(tmp_path: Path) -> None:
    got = CliRunner().invoke(main, ["who-chaired", "--endpoint", "http://user:secret@127.0.0.1:9/query"])
    assert got.exit_code == 1 and "ORGGRAPH_ENDPOINT_USER" in got.output and "secret" not in got.output


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from orggraph import remote

    monkeypatch.setenv("ORGGRAPH_ENDPOINT_USER", "reader")
    monkeypatch.setenv("ORGGRAPH_ENDPOINT_PASSWORD", "pw")
    assert remote._headers() == {"Authorization": "Basic cmVhZGVyOnB3"}
    monkeypatch.setenv("ORGGRAPH_ENDPOINT_TOKEN", "t0k")
    assert remote._headers() == {"Authorization": "Bearer t0k"}


def test_a_question_imports_neither_rdflib_nor_the_extractors() -> None:
    code = ("import sys; from click.testing import CliRunner; from orggraph.cli import main; "
            "CliRunner().invoke(main, ['who-chaired', '--help']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'networkx', 'rapidfuzz', 'tqdm')"
            " or m.startswith(('orggraph.extract', 'orggraph.export', 'orggraph.resolve', 'orggraph.pipeline',"
            " 'orggraph.cli.build', 'orggraph.cli.review', 'orggraph.cli.export'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert out.stdout.strip() == "[]"


def test_the_console_script_guesses_the_graph_a_question_reads() -> None:
    from orggraph.cli.options import DEFAULT_GRAPH
    from orggraph.launch import DEFAULT_GRAPH as GUESSED
    from orggraph.launch import QUESTIONS, graph_asked

    assert Path(GUESSED) == DEFAULT_GRAPH
    assert QUESTIONS <= set(main.list_commands(None))  # type: ignore[arg-type]
    assert graph_asked(["positions", "Lan", "--graph", "g.ttl"]) == "g.ttl"
    assert graph_asked(["who-chaired", "--graph=g.ttl", "M"]) == "g.ttl"
    assert graph_asked(["holder", "P"]) == GUESSED
    for other in (["build", "seeds"], ["positions", "Lan", "--endpoint", "http://x/q"], ["positions", "-h"], []):
        assert graph_asked(other) is None


def test_a_store_opened_ahead_is_the_one_the_question_uses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from orggraph import query, storecache

    graph = write_organisation_graph(tmp_path / "orggraph.ttl")
    monkeypatch.setenv("ORGGRAPH_CACHE_DIR", str(tmp_path / "stores"))
    monkeypatch.setattr(query, "CACHE_ABOVE", 0)
    monkeypatch.setattr(storecache, "CACHE_ABOVE", 0)
    storecache.prefetch(graph)  # no store built yet: nothing to open
    assert not storecache._AHEAD
    built = query.load(graph)
    assert built.directory is not None
    storecache.prefetch(graph)
    assert list(storecache._AHEAD) == [built.directory]
    opened = storecache._AHEAD[built.directory][1][0]
    engine = query.load(graph)
    assert engine.store is opened and not storecache._AHEAD
    assert run(engine, "counts").rows == run(built, "counts").rows
    storecache.prefetch(tmp_path / "missing.ttl")  # never fails
    assert not storecache._AHEAD


def test_the_console_script_answers_as_the_group_does(tmp_path: Path) -> None:
    graph = write_organisation_graph(tmp_path / "orggraph.ttl")
    args = ["positions", "Trần Thị Lan", "--graph", str(graph), "--json"]
    env = {**os.environ, "ORGGRAPH_CACHE_DIR": str(tmp_path / "stores")}
    out = subprocess.run([sys.executable, "-m", "orggraph.launch", *args], capture_output=True, text=True,
                         env=env, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout == CliRunner().invoke(main, args).output


@pytest.mark.parametrize("piece", [1, 64, 1000, 1 << 22])
def test_our_turtle_loads_in_pieces_as_it_loads_whole(tmp_path: Path, piece: int) -> None:
    import pyoxigraph as ox

    from orggraph.query import _load_pieces

    graph = write_organisation_graph(tmp_path / "orggraph.ttl")
    whole, pieces = ox.Store(), ox.Store()
    whole.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    with graph.open("rb") as handle:
        _load_pieces(pieces, handle, piece)
    assert len(whole) > 100 and set(pieces) == set(whole)


def test_a_build_makes_the_question_store_while_it_writes(corpus: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from orggraph import query, storecache
    from orggraph.lookup import _NameFile, _names

    monkeypatch.setattr(query, "CACHE_ABOVE", 0)
    monkeypatch.setattr(storecache, "CACHE_ABOVE", 0)
    monkeypatch.setenv("ORGGRAPH_CACHE_DIR", str(tmp_path / "stores"))
    started: list[Path] = []
    real = query.StoreAhead.start
    monkeypatch.setattr(query.StoreAhead, "start", lambda self, path: (started.append(path), real(self, path)))
    build([corpus], tmp_path / "out", extraction=Extraction(jobs=1))
    [written] = started
    assert written.name.startswith(".orggraph.ttl.tmp-")  # begun before the files were committed
    engine = query.load(tmp_path / "out" / "orggraph.ttl")
    assert engine.directory is not None and isinstance(_names(engine), _NameFile)
    assert set(engine.store) == set(query.OxigraphEngine.load(tmp_path / "out" / "orggraph.ttl").store)
