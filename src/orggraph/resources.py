"""Where the data folders are: inside the wheel (orggraph/_data) or, in a checkout, at its top."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_dir(name: str) -> Path:
    """`ontology` or `queries`: a checkout's own (an editable install also copies them into
    site-packages, where edits to the checkout would go unseen), else the wheel's copy."""
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("orggraph") / "_data" / name))


def lexicon_dir() -> Path:
    return Path(str(resources.files("orggraph") / "lexicon"))
