"""Time each named query on a synthetic graph of about a million triples, on pyoxigraph (in
memory, and the on-disk store the CLI caches for big graphs) and on rdflib.

    python benchmarks/bench_queries.py [--triples 1000000] [--no-rdflib]

Each query runs with the binding a CLI question gives it (one person, one post, ...); the
unbound listings (who-chaired, all meetings) return thousands of rows and are timed too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write  # noqa: E402

from orggraph.query import Engine, Iri, OxigraphEngine, RdflibEngine, catalog, run  # noqa: E402
from orggraph.vocab import ID, OG  # noqa: E402

BINDINGS: dict[str, dict] = {
    "who-chaired": {},
    "who-spoke": {"meeting": Iri(ID + "meeting/m17")},
    "attendees": {"meeting": Iri(ID + "meeting/m17")},
    "meetings": {"body": Iri(ID + "body/b3"), "from": date(2015, 1, 1), "to": date(2016, 12, 31)},
    "positions": {"person": Iri(ID + "person/q123")},
    "holder": {"post": Iri(ID + "post/p3-0")},
    "documents": {"issuer": Iri(ID + "body/b3")},
    "tasks": {"assigner": Iri(ID + "person/q123")},
    "evidence": {"subject": Iri(ID + "person/q123")},
    "co-participation": {"person": Iri(ID + "person/q123")},
    "labels": {"type": Iri(OG["Person"])},
    "document-kinds": {},
}


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


if __name__ == "__main__":
    main()
