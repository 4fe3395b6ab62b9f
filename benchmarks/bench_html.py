"""Export benchmarks: the HTML page in headless Chromium, offline, and GraphML writes.

    .venv/bin/python benchmarks/bench_html.py [--nodes 5000] [--big 50000] [--cap 500] [--runs 3]
    .venv/bin/python benchmarks/bench_html.py --page some.html   # measure a page written earlier

Prints seconds: Python time to write each page, the browser's time from navigation to the
first frame drawn after layout (window.orggraph.readyMs), and what a reader waits for on the
page: one redraw (pan or zoom), a type filter switched off and on again (each re-fits), a
search keystroke, and opening every folded body; then GraphML write times. Interaction
figures are medians over --runs page loads.
Targets (issue 5): 5 000 nodes under 10 s; 50 000 cut to 500 loads under 3 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from _graphs import synthetic_graph  # noqa: E402
from orggraph.export.focus import Focus, apply  # noqa: E402
from orggraph.export.graphml import write_graphml  # noqa: E402
from orggraph.export.html import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

# each returns milliseconds, measured inside the page; written so that they run on pages of
# earlier versions too (a missing control gives null)
INTERACTIONS = {
    "redraw": """() => { const n = orggraph.network, t = performance.now();
        for (let i = 0; i < 10; i++) { n.moveTo({position: {x: i, y: 0}, animation: false}); n.redraw(); }
        return (performance.now() - t) / 10; }""",
    "filter off+on": """() => { const box = document.querySelector('#types input[data-name=Meeting]');
        if (!box) return null; const t = performance.now();
        for (const on of [false, true]) { box.checked = on; box.dispatchEvent(new Event('change')); }
        orggraph.network.redraw(); return performance.now() - t; }""",
    "search keystroke": """() => { const s = document.querySelector('#search'), t = performance.now();
        s.value = 'nguyen van h'; s.dispatchEvent(new Event('input')); return performance.now() - t; }""",
    "open all": """() => { const b = document.querySelector('#unfold');
        if (!b || b.hidden) return null; const t = performance.now(); b.click(); orggraph.network.redraw();
        return performance.now() - t; }""",
    "redraw, all open": """() => { const n = orggraph.network, t = performance.now();
        for (let i = 0; i < 10; i++) { n.moveTo({position: {x: i, y: 0}, animation: false}); n.redraw(); }
        return (performance.now() - t) / 10; }""",
}


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    print(f"{label}: {time.perf_counter() - start:.2f} s", flush=True)
    return value


def load(browser, path: Path, interact: bool = False) -> dict[str, float | None]:  # type: ignore[no-untyped-def]
    """Wall seconds to ready, browser ms at ready, nodes drawn and, if asked, the interactions'
    milliseconds; every request but file:// blocked."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
               else (blocked.append(r.request.url), r.abort()))
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)
    out: dict[str, float | None] = {"wall": time.perf_counter() - start}
    out["ready_ms"], out["drawn"] = page.evaluate("[orggraph.readyMs, orggraph.drawnNodes()]")
    if interact:
        for name, script in INTERACTIONS.items():
            out[name] = page.evaluate(script)
    page.close()
    if blocked:
        raise SystemExit(f"page asked the network for {blocked}")
    return out


def report(browser, label: str, path: Path, runs: int) -> None:  # type: ignore[no-untyped-def]
    results = [load(browser, path, interact=True) for _ in range(runs)]

    def median(key: str) -> float | None:
        values = [r[key] for r in results if r[key] is not None]
        return statistics.median(values) if values else None  # type: ignore[type-var]

    print(f"{label}: ready in {median('wall'):.2f} s wall ({(median('ready_ms') or 0) / 1000:.2f} s in page), "
          f"{median('drawn'):.0f} nodes drawn at first")
    for name in INTERACTIONS:
        value = median(name)
        print(f"  {name}: {'n/a' if value is None else f'{value:.0f} ms'}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--big", type=int, default=50_000)
    ap.add_argument("--cap", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--page", type=Path, help="only measure this page (e.g. one written by an earlier version)")
    args = ap.parse_args()
    if not shutil.which("chromium") and not Path(CHROMIUM).exists():
        raise SystemExit("chromium missing: `make browser` (apt-get install chromium)")
    if args.page:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            report(browser, str(args.page), args.page.resolve(), args.runs)
            browser.close()
        return
    out = Path(tempfile.mkdtemp(prefix="bench_html_"))
    mid = timed(f"build synthetic {args.nodes}-node graph", lambda: synthetic_graph(args.nodes))
    print(f"  {mid.g.number_of_nodes()} nodes, {mid.g.number_of_edges()} edges")
    timed(f"write GraphML ({args.nodes} nodes)", lambda: write_graphml(mid, out / "mid.graphml"))
    page_mid = timed(f"write HTML ({args.nodes} nodes)", lambda: write_html(mid, out / "mid.html"))
    big = timed(f"build synthetic {args.big}-node graph", lambda: synthetic_graph(args.big))
    print(f"  {big.g.number_of_nodes()} nodes, {big.g.number_of_edges()} edges")
    timed(f"write GraphML ({args.big} nodes)", lambda: write_graphml(big, out / "big.graphml"))
    view, cut = timed(f"cut {args.big} -> {args.cap}", lambda: apply(big, Focus(max_nodes=args.cap)))
    print(f"  {cut.message()}")
    page_cut = timed(f"write HTML ({args.cap} nodes)", lambda: write_html(view, out / "cut.html", cut=cut))
    print(f"  page sizes: {page_mid.stat().st_size / 1e6:.1f} MB, {page_cut.stat().st_size / 1e6:.1f} MB")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for label, path, limit in ((f"{args.nodes}-node page", page_mid, 10.0),
                                   (f"{args.big}->{args.cap} page", page_cut, 3.0)):
            wall = load(browser, path)["wall"] or 0.0
            print(f"{label}: target < {limit:.0f} s: {'ok' if wall < limit else 'FAIL'}")
            report(browser, label, path, args.runs)
        browser.close()
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
