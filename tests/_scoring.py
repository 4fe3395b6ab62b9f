"""The shared scorer (../shared/eval/score.py) run on a build, for the tests that score corpora."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

from orggraph.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def scorer() -> ModuleType:
    path = SHARED_EVAL / "score.py"
    if not path.exists():
        why = f"no scorer at {path}: ../shared is beside the checkout in development and CI, not in a user's clone"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{why}; under CI it must be there")
        pytest.skip(why)
    spec = importlib.util.spec_from_file_location("orggraph_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_build(articles: Path, gold_dir: Path, out: Path) -> dict[str, dict[str, float]]:
    """Build the articles and score the Turtle against the gold: the scorer's table per kind."""
    score = scorer()
    if not articles.is_dir():
        pytest.skip(f"no articles at {articles}")
    result = build([articles], out, formats=("ttl",))
    assert not result.skipped, result.skipped  # an article that fails to extract is lost facts, never a lower score
    gold = score.Gold(sorted(gold_dir.glob("*.gold.json")))
    table: dict[str, dict[str, float]] = score.score(gold, score.load_system(out / "orggraph.ttl")).table()
    return table


def micro_f1(table: dict[str, dict[str, float]], leave_out: tuple[str, ...] = ()) -> float:
    kinds = [k for name, k in table.items() if name not in leave_out]
    tp = sum(k["tp"] for k in kinds)
    wrong = sum(k["fp"] + k["fn"] for k in kinds)
    return 2 * tp / (2 * tp + wrong) if tp else 0.0
