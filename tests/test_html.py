"""The offline HTML page: escaping and determinism here; drawing, search, filters and hostile
labels in headless Chromium with the network blocked (marker `browser`)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from _graphs import HOSTILE_IMG, HOSTILE_SCRIPT, seeds_like_graph, synthetic_graph
from orggraph.errors import OrggraphError
from orggraph.export.focus import Focus, apply, find_node, fold
from orggraph.export.html import PHYSICS_LIMIT, json_for_script, page_data, render_html, write_html

OUTPUT = Path(__file__).resolve().parents[1] / "test-output"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


# ---------------------------------------------------------------------- no browser
def test_json_for_script_cannot_close_the_script() -> None:
    text = json_for_script({"a": "</script><!-- & \u2028\u2029 >"})
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_page_is_self_contained_and_data_is_escaped() -> None:
    page = render_html(seeds_like_graph(), title="<b>t</b>")
    assert HOSTILE_IMG not in page and HOSTILE_SCRIPT not in page
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", page, re.I)  # nothing fetched
    assert "Content-Security-Policy" in page and "default-src &#x27;none&#x27;" in page
    assert len(re.findall(r"^<script", page, re.M)) == 3  # data, vis-network, page


def test_same_graph_same_bytes() -> None:
    assert render_html(seeds_like_graph()) == render_html(seeds_like_graph())


def test_page_data_labels_from_ontology() -> None:
    data = page_data(seeds_like_graph())
    labels = {r["name"]: r["label"] for r in data["relations"]}
    assert labels["spokeAt"] == "spoke at" and labels["postIn"] == "post in"
    assert len(data["nodes"]) == seeds_like_graph().g.number_of_nodes()


def test_fold_strips_marks_and_d() -> None:
    assert fold("  Đặng Quốc  Bảo ") == "dang quoc bao"
    assert fold("Nguyễn Văn Hùng") == "nguyen van hung"


def test_focus_around_and_names_without_diacritics() -> None:
    kg = seeds_like_graph()
    assert find_node(kg, "tran thi lan", "Person") == "person/tran-thi-lan"
    with pytest.raises(OrggraphError, match="no person"):
        find_node(kg, "Không Có Ai", "Person")
    view, cut = apply(kg, Focus(around="Trần Thị Lan", depth=1))
    assert set(view.g.nodes) == {"person/tran-thi-lan", "meeting/hoi-nghi-tinh-uy-2024-03-02"}
    assert "within 1 hops of Trần Thị Lan" in cut.message()
    view, _ = apply(kg, Focus(body="Tỉnh ủy Nghệ An", depth=1))
    assert "post/bi-thu-tinh-uy-nghe-an" in view.g and "person/tran-thi-lan" not in view.g


def test_focus_dates_and_cap() -> None:
    kg = seeds_like_graph()
    view, _ = apply(kg, Focus(since=date(2024, 7, 1)))
    assert "person/le-minh-duc" in view.g and "person/tran-thi-lan" not in view.g
    big = synthetic_graph(3000)
    view, cut = apply(big, Focus(max_nodes=200))
    assert view.g.number_of_nodes() == 200 and view.g.number_of_edges() >= 199  # a connected part
    assert cut.message().startswith("showing 200 of 3,000 nodes") and "left out 2,800 nodes" in cut.message()


# ---------------------------------------------------------------------- browser
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium not installed (make browser: apt-get install chromium); browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright missing: pip install -e .[dev]")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class OfflinePage:
    """A page of the browser with every non-file request aborted and recorded."""

    def __init__(self, browser: Any, path: Path, bypass_csp: bool = False) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 850}, bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=20_000)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expr: str) -> Any:
        return self.page.evaluate(expr)

    def close(self) -> None:
        assert self.requests == [], f"the page asked the network for {self.requests}"
        assert self.errors == [], self.errors
        self.context.close()


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "seeds.html"
    return write_html(seeds_like_graph(), path, title="orggraph — seeds")


@pytest.mark.browser
def test_offline_page_draws_every_node(browser: Any, seeds_page: Path) -> None:
    page = OfflinePage(browser, seeds_page)
    n = seeds_like_graph().g.number_of_nodes()
    assert page.js("[orggraph.nodeCount, orggraph.drawnNodes()]") == [n, n]
    assert page.js("window.__pwned") is None
    OUTPUT.mkdir(exist_ok=True)
    page.page.screenshot(path=str(OUTPUT / "seeds.png"))
    legend = page.page.inner_text("#types")
    assert "Person" in legend and "Meeting" in legend
    page.close()


@pytest.mark.browser
def test_search_without_diacritics_and_type_filter(browser: Any, seeds_page: Path) -> None:
    page = OfflinePage(browser, seeds_page)
    page.page.fill("#search", "nguyen van hung")
    assert page.page.inner_text("#results li").startswith("Nguyễn Văn Hùng")
    page.page.fill("#search", "dang quoc bao")
    assert page.page.inner_text("#results li").startswith("Đặng Quốc Bảo")
    page.page.click("#results button")
    assert "Đồng chí Đặng Quốc Bảo" in page.page.inner_text("#panel")  # its evidence sentence
    total = page.js("orggraph.drawnNodes()")
    persons = sum(1 for _, d in seeds_like_graph().g.nodes(data=True) if d["type"] == "Person")
    page.page.uncheck("#types input[data-name=Person]")
    assert page.js("orggraph.drawnNodes()") == total - persons
    page.page.check("#types input[data-name=Person]")
    assert page.js("orggraph.drawnNodes()") == total
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "textContent-alone"])
def test_hostile_labels_never_run(browser: Any, seeds_page: Path, bypass_csp: bool) -> None:
    page = OfflinePage(browser, seeds_page, bypass_csp=bypass_csp)
    page.page.fill("#search", "pwned")
    assert page.js("document.querySelectorAll('#results li').length") == 2
    for i in range(2):
        page.page.fill("#search", "pwned")
        page.page.locator("#results button").nth(i).click()
        panel = page.page.inner_text("#panel")
        assert HOSTILE_IMG in panel or HOSTILE_SCRIPT in panel  # shown as text
        page.page.locator("#panel li button").first.click()  # the edge, its hostile sentence
        assert HOSTILE_SCRIPT in page.page.inner_text("#panel")
    page.page.wait_for_timeout(100)
    assert page.js("typeof window.__pwned") == "undefined"
    assert page.js("document.querySelectorAll('#panel img, #panel script, #results img').length") == 0
    page.close()


@pytest.mark.browser
def test_big_graph_precomputed_layout(browser: Any, tmp_path: Path) -> None:
    kg = synthetic_graph(PHYSICS_LIMIT + 500)
    page = OfflinePage(browser, write_html(kg, tmp_path / "big.html"))
    assert page.js("orggraph.network.physics.options.enabled") is False
    assert page.js("orggraph.drawnNodes()") == kg.g.number_of_nodes()
    page.close()
