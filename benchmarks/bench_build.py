"""Throughput of `build`: articles per second and MB per second, stage by stage.

A synthetic corpus of N articles (benchmarks/corpus.py: copies of one text would now be one
article); then ingest+extract (one process), resolve+assemble and each export are timed
separately, with the peak memory of the process after each stage.

    python benchmarks/bench_build.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write  # noqa: E402

from orggraph.pipeline import assemble, export, extract_all, read_all  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def peak() -> str:
    return f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        size = write(folder, args.articles, gold=False)
        started = time.perf_counter()
        articles, entries, _ = read_all([folder])
        facts = extract_all(articles, entries)
        extracted = time.perf_counter()
        kg = assemble(facts)
        assembled = time.perf_counter()
        n, mb = len(facts), size / 1e6
        print(f"{n} articles, {mb:.2f} MB")
        print(f"ingest+extract   {extracted - started:7.2f} s  {n / (extracted - started):8.1f} articles/s"
              f"  {mb / (extracted - started):6.3f} MB/s  {peak()}")
        print(f"resolve+assemble {assembled - extracted:7.2f} s  {peak()}")
        for fmt in ("ttl", "graphml", "html"):
            t0 = time.perf_counter()
            export(kg, Path(tmp) / "out", (fmt,))
            print(f"export {fmt:<10}{time.perf_counter() - t0:7.2f} s  {peak()}")
        total = time.perf_counter() - started
        print(f"build total      {total:7.2f} s  {n / total:8.1f} articles/s  {mb / total:6.3f} MB/s")


if __name__ == "__main__":
    main()
