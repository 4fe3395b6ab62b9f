"""The previous graph survives: kill -9, a full disk, a concurrent build, an all-bad input."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from orggraph import outdir
from orggraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
OLD = [ROOT / "tests" / "articles"]
CLI = [sys.executable, "-c", "from orggraph.cli import main; main()"]


def snapshot(folder: Path) -> dict[str, bytes]:
    """The build's files; the facts cache is left out: SQLite keeps it consistent, and whatever a killed build
    cached is valid (keyed by content and extractor version), so a cache that grew is not a torn graph."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name != outdir.LOCK and not p.name.startswith(outdir.CACHE_FILE)}


def build(sources: list[Path], out: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "build", *map(str, sources), "--out", str(out)], capture_output=True, text=True,
                          **kwargs)


@pytest.fixture(scope="module")
def new_corpus() -> list[Path]:
    """The seeds: a build of about a second, half of it writing."""
    return [ROOT / "seeds"]


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory, new_corpus: list[Path]) -> tuple[dict[str, bytes], dict[str, bytes], float]:
    """The files of the old build, of the new build over it, and how long the new build takes."""
    ref = tmp_path_factory.mktemp("ref")
    assert build(OLD, ref).returncode == 0
    old = snapshot(ref)
    started = time.perf_counter()
    assert build(new_corpus, ref).returncode == 0
    return old, snapshot(ref), time.perf_counter() - started


def test_kill_9_at_any_moment_leaves_the_old_files_or_the_new_ones(tmp_path: Path, states, new_corpus: list[Path]) -> None:
    old, new, seconds = states
    out = tmp_path / "out"
    assert build(OLD, out).returncode == 0 and snapshot(out) == old
    seen = set()
    for fraction in (0.3, 0.6, 0.85, 1.0, 1.2):
        proc = subprocess.Popen([*CLI, "build", *map(str, new_corpus), "--out", str(out)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(seconds * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = snapshot(out)
        assert now.get("orggraph.ttl") in (old["orggraph.ttl"], new["orggraph.ttl"])  # never torn
        with outdir.locked(out):  # what the next build does first: finish or forget the killed one
            pass
        now = snapshot(out)
        assert now in (old, new), sorted(now)
        seen.add("new" if now == new else "old")
    assert "old" in seen  # some kills landed before the renames


def test_a_kill_between_two_renames_is_completed_by_the_next_build(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("old a")
    (out / "b.txt").write_text("old b")
    real = os.replace
    calls = []

    def dies_after_one(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith(("a.txt", "b.txt")):
            calls.append(dst)
            if len(calls) == 2:
                raise KeyboardInterrupt  # the process stops here, as under kill -9
        return real(src, dst)

    monkeypatch.setattr(os, "replace", dies_after_one)
    with pytest.raises(KeyboardInterrupt):
        outdir.commit(out, [("a.txt", lambda p: p.write_text("new a"), None),
                            ("b.txt", lambda p: p.write_text("new b"), None)])
    monkeypatch.setattr(os, "replace", real)
    assert (out / "a.txt").read_text() == "new a" and (out / "b.txt").read_text() == "old b"
    with outdir.locked(out):
        pass
    assert (out / "a.txt").read_text() == "new a" and (out / "b.txt").read_text() == "new b"
    assert sorted(p.name for p in out.iterdir()) == [outdir.LOCK, "a.txt", "b.txt"]


def test_a_kill_while_writing_the_journal_leaves_nothing_after_the_next_lock(tmp_path: Path) -> None:
    (tmp_path / "orggraph.ttl").write_text("old")
    stray = tmp_path / f".{outdir.JOURNAL}.tmp-4242"  # the journal's own temporary, cut off mid-write
    stray.write_text('[[".orggraph.ttl.tmp-4242", "orggr')
    (tmp_path / ".orggraph.ttl.tmp-4242").write_text("half")
    with outdir.locked(tmp_path):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == [outdir.LOCK, "orggraph.ttl"]
    assert (tmp_path / "orggraph.ttl").read_text() == "old"


def _no_space_after(limit: int):  # type: ignore[no-untyped-def]
    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails (EFBIG) as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return cap


def test_a_full_disk_keeps_the_previous_files_and_says_so_in_one_line(tmp_path: Path, states, new_corpus: list[Path]) -> None:
    old, _, _ = states
    out = tmp_path / "out"
    assert build(OLD, out).returncode == 0
    result = subprocess.run([*CLI, "build", *map(str, new_corpus), "--out", str(out)], capture_output=True, text=True,
                            preexec_fn=_no_space_after(60_000))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"Error: cannot write {out / 'orggraph.ttl'}: File too large; the previous files are unchanged" \
        in result.stderr
    assert snapshot(out) == old  # no temporary file left either


def test_two_concurrent_builds_never_mix_their_files(tmp_path: Path, states, new_corpus: list[Path]) -> None:
    out = tmp_path / "out"
    with outdir.locked(out):
        held = CliRunner().invoke(main, ["build", str(OLD[0]), "--out", str(out)])
    assert held.exit_code == 1
    assert f"another orggraph build (process {os.getpid()}) is writing to {out}" in held.stderr
    assert snapshot(out) == {}
    old, new, _ = states
    racers = [subprocess.Popen([*CLI, "build", *map(str, sources), "--out", str(out)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True) for sources in (new_corpus, OLD)]
    codes = [r.wait() for r in racers]
    assert 0 in codes
    files = snapshot(out)
    report = files["build-report.json"].decode()
    built_old = '"source": "bo_lam_viec.txt"' in report
    assert built_old != ('"source": "000_e37f6ff980ca01cc.txt"' in report.replace("seeds/", ""))
    ttl = files["orggraph.ttl"].decode()
    assert ("bo_lam_viec.txt" in ttl) == built_old and ("bo_lam_viec.txt" in files["orggraph.html"].decode()) == built_old


@pytest.mark.parametrize("make", ["all-bad", "empty-folder"])
def test_a_build_that_reads_no_article_writes_nothing(tmp_path: Path, states, make: str) -> None:
    old, _, _ = states
    out = tmp_path / "out"
    assert build(OLD, out).returncode == 0
    corpus = tmp_path / "in"
    corpus.mkdir()
    if make == "all-bad":
        (corpus / "empty.txt").write_text("")
        (corpus / "bin.txt").write_bytes(b"\x00\x01")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "no article could be read" in result.stderr and f"{out} keeps its previous files" in result.stderr
    assert snapshot(out) == old


def test_out_is_checked_before_any_extraction(tmp_path: Path) -> None:
    import orggraph.pipeline  # noqa: F401 - loaded outside the timing

    taken = tmp_path / "a-file"
    taken.write_text("not a folder")
    for out, message in ((taken, f"output {taken} is a file, not a folder"),
                         (taken / "sub", f"cannot create output folder {taken / 'sub'}: Not a directory")):
        started = time.perf_counter()
        result = CliRunner().invoke(main, ["build", str(ROOT / "tests" / "dev" / "articles"), "--out", str(out)])
        assert result.exit_code == 1 and message in result.stderr and "Traceback" not in result.output
        assert time.perf_counter() - started < 3.0  # refused before reading 40 articles (~10 s)
    assert taken.read_text() == "not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_out_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(out)])
    finally:
        out.chmod(0o755)
    assert result.exit_code == 1 and f"cannot write in output folder {out}: Permission denied" in result.stderr
