"""Throughput of `build`: articles per second and MB per second, stage by stage.

A corpus of N articles is made from the seeds and tests/articles, each copy with its own file
name (so each is its own article); then ingest+extract, resolve+assemble and each export are
timed separately.

    python benchmarks/bench_build.py [--copies 100]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from orggraph.pipeline import assemble, export, extract_all, read_all

ROOT = Path(__file__).resolve().parents[1]


def corpus(folder: Path, copies: int) -> int:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))
    size = 0
    for i in range(copies):
        for src in sources:
            target = folder / f"{i:04d}_{src.name}"
            shutil.copyfile(src, target)
            size += target.stat().st_size
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        size = corpus(folder, args.copies)
        started = time.perf_counter()
        articles, entries, _ = read_all([folder])
        facts = extract_all(articles, entries)
        extracted = time.perf_counter()
        kg = assemble(facts)
        assembled = time.perf_counter()
        n, mb = len(facts), size / 1e6
        print(f"{n} articles, {mb:.2f} MB")
        print(f"ingest+extract   {extracted - started:7.2f} s  {n / (extracted - started):8.1f} articles/s"
              f"  {mb / (extracted - started):6.3f} MB/s")
        print(f"resolve+assemble {assembled - extracted:7.2f} s")
        for fmt in ("ttl", "graphml", "html"):
            t0 = time.perf_counter()
            export(kg, Path(tmp) / "out", (fmt,))
            print(f"export {fmt:<10}{time.perf_counter() - t0:7.2f} s")
        total = time.perf_counter() - started
        print(f"build total      {total:7.2f} s  {n / total:8.1f} articles/s  {mb / total:6.3f} MB/s")


if __name__ == "__main__":
    main()
