"""Where a build's time and memory go: one `build()` of the synthetic corpus (benchmarks/corpus.py),
each stage (the progress bars mark them) with its wall and CPU seconds and the process's peak
memory when it ends. Run it twice with --facts to time the stages after extraction alone (the
second run takes every article's facts from the cache).

    python benchmarks/bench_stages.py [--articles 10000] [--jobs 2] [--facts /tmp/facts.sqlite]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write  # noqa: E402

from orggraph.pipeline import build  # noqa: E402
from orggraph.progress import Bar, Progress  # noqa: E402
from orggraph.workers import Extraction  # noqa: E402


def _peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Stages(Progress):
    """A progress that prints each stage's figures instead of drawing a bar."""

    def __init__(self) -> None:
        super().__init__(False)
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def _row(self, what: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        print(f"| {what} | {wall - self.wall:.1f} s | {cpu - self.cpu:.1f} s | {_peak():.0f} MiB |", flush=True)
        self.wall, self.cpu = wall, cpu

    @contextmanager
    def bar(self, what: str, total: int | None, unit: str = "it") -> Iterator[Bar]:
        self._row("reading" if what == "extracting" else f"(before {what})")

        class Silent:
            def update(self, n: int = 1) -> None:
                pass

        yield Silent()
        self._row(what)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--facts", type=Path, default=None, help="The facts cache to use (kept between runs).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "news"
        mb = write(corpus, args.articles, gold=False) / 1e6
        print(f"{args.articles} articles, {mb:.1f} MB, {args.jobs} worker(s)\n")
        print("| stage | wall | CPU (this process) | peak so far (this process) |\n|---|---:|---:|---:|")
        started = time.perf_counter()
        build([corpus], Path(tmp) / "out", extraction=Extraction(jobs=args.jobs, cache=args.facts), progress=Stages())
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(f"| whole build | {time.perf_counter() - started:.1f} s | {time.process_time():.1f} s "
              f"(+ {children.ru_utime + children.ru_stime:.1f} s in workers, largest {children.ru_maxrss / 1024:.0f} MiB) "
              f"| {_peak():.0f} MiB |")


if __name__ == "__main__":
    main()
