"""Time each named query on a synthetic graph of about a million triples, on pyoxigraph (in
memory, and the on-disk store the CLI caches for big graphs) and on rdflib.

    python benchmarks/bench_queries.py [--triples 1000000] [--no-rdflib] [--no-cli]

Each query runs with the binding a CLI question gives it (one person, one post, ...); the
unbound listings (who-chaired, all meetings) return thousands of rows and are timed too.
Then each CLI question is timed whole (`orggraph ...` in a new process: start-up, opening the
cached store, name lookups, query, printing), cold (the store's files dropped from the page
cache) and warm (best of 3).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write  # noqa: E402

from orggraph.query import Engine, Iri, OxigraphEngine, RdflibEngine, catalog, run  # noqa: E402
from orggraph.vocab import ID, OG_NS  # noqa: E402

BINDINGS: dict[str, dict] = {
    "who-chaired": {},
    "who-spoke": {"meeting": Iri(ID + "meeting/m17")},
    "attendees": {"meeting": Iri(ID + "meeting/m17")},
    "meetings": {"body": Iri(ID + "body/b3"), "from": date(2015, 1, 1), "to": date(2016, 12, 31)},
    "positions": {"person": Iri(ID + "person/q123")},
    "holder": {"post": Iri(ID + "post/p3-0")},
    "tenures": {"post": Iri(ID + "post/p3-0")},
    "career": {"person": Iri(ID + "person/q123")},
    "changes": {"person": Iri(ID + "person/q123")},
    "documents": {"issuer": Iri(ID + "body/b3")},
    "tasks": {"assigner": Iri(ID + "person/q123")},
    "evidence": {"subject": Iri(ID + "person/q123")},
    "co-participation": {"person": Iri(ID + "person/q123")},
    "labels": {"type": Iri(OG_NS + "Person")},
    "document-kinds": {},
    "counts": {"type": Iri(OG_NS + "Person")},
    "article-dates": {},
    "most-connected": {"type": Iri(OG_NS + "Organization")},
}


PERSON, MEETING = "Phạm Văn Hiếu 123", "Hội nghị số 17 năm 2018"  # person/q123, meeting/m17
BODY, POST = "Ban Dân vận Tỉnh ủy Nghệ An", "Trưởng ban dân vận Tỉnh ủy Nghệ An"  # body/b3, post/p3-0
COMMANDS = [
    ["who-chaired"], ["who-chaired", MEETING], ["who-spoke", MEETING], ["attendees", MEETING],
    ["meetings"], ["meetings", "--body", BODY, "--from", "2015-01-01", "--to", "2016-12-31"],
    ["positions", PERSON], ["positions", "pham van hieu 123", "--evidence"],
    ["holder", POST, "--on", "2018-01-01"], ["career", PERSON], ["changes", "--person", PERSON], ["documents", "--issuer", BODY, "--kind", "ke hoach"],
    ["tasks", "--by", PERSON], ["who-met", PERSON], ["evidence", PERSON, "--rel", "holds"],
    ["query", "positions", "-p", "person", PERSON], ["positions", "Nobody Such"], ["who-met"],
]


def _evict(folder: Path) -> None:
    """Drop a folder's files from the page cache (a cold start without root)."""
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def time_commands(path: Path, cache: Path) -> None:
    """Each CLI question, whole, as a user runs it."""
    exe = Path(sys.executable).with_name("orggraph")
    env = {**os.environ, "ORGGRAPH_CACHE_DIR": str(cache)}

    def once(args: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
        start = time.perf_counter()
        done = subprocess.run([str(exe), *args, "--graph", str(path)], env=env, capture_output=True,
                              text=True, check=False)
        return time.perf_counter() - start, done

    once(["positions", PERSON])  # the first question also writes the label index
    print("\n| command | exit | lines | cold | warm |\n|---|---:|---:|---:|---:|")
    for args in COMMANDS:
        _evict(cache)
        cold, done = once(args)
        warm = min(once(args)[0] for _ in range(3))
        shown = " ".join(f'"{a}"' if " " in a else a for a in args)
        print(f"| `orggraph {shown}` | {done.returncode} | {len(done.stdout.splitlines())} "
              f"| {cold:.2f} s | {warm:.2f} s |")


def timed(engine: Engine, name: str, repeat: int = 3) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(run(engine, name, BINDINGS[name]).rows)
        best = min(best, time.perf_counter() - start)
    return best, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--no-rdflib", action="store_true", help="Skip rdflib (minutes and GBs at 1 M).")
    parser.add_argument("--no-cli", action="store_true", help="Skip timing the whole CLI commands.")
    args = parser.parse_args()
    assert set(BINDINGS) == set(catalog()), "a named query without a benchmark binding"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.ttl"
        start = time.perf_counter()
        count = write(path, args.triples)
        print(f"graph: {count} triples, {path.stat().st_size / 1e6:.1f} MB Turtle "
              f"(generated in {time.perf_counter() - start:.1f} s)")
        engines: dict[str, Engine] = {}
        cache = Path(tmp) / "stores"
        loaders = [("oxigraph (memory)", "load into memory", lambda: OxigraphEngine.load(path)),
                   ("oxigraph (disk)", "build the disk store", lambda: OxigraphEngine.cached(path, cache)),
                   ("oxigraph (disk)", "open the disk store", lambda: OxigraphEngine.cached(path, cache))]
        if not args.no_rdflib:
            loaders.append(("rdflib", "parse into memory", lambda: RdflibEngine.load(path)))
        for label, what, loader in loaders:
            start = time.perf_counter()
            engines[label] = loader()
            print(f"{label}: {what}: {time.perf_counter() - start:.2f} s")
        names = list(engines)
        print("\n| query | rows | " + " | ".join(names) + " |")
        print("|---|---:|" + "---:|" * len(names))
        for name in BINDINGS:
            cells, rows = [], 0
            for label in names:
                seconds, rows = timed(engines[label], name, 1 if label == "rdflib" else 3)
                cells.append(f"{seconds * 1000:.0f} ms")
            print(f"| {name} | {rows} | " + " | ".join(cells) + " |")
        engines.clear()
        if not args.no_cli:
            time_commands(path, cache)


if __name__ == "__main__":
    main()
