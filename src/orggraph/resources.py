"""Where the data folders are: inside the wheel (orggraph/_data) or, in a checkout, at its top."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_dir(name: str) -> Path:
    """`ontology` or `queries`: shipped in the wheel by hatch force-include, else the repo's own."""
    packaged = resources.files("orggraph") / "_data" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / name


def lexicon_dir() -> Path:
    return Path(str(resources.files("orggraph") / "lexicon"))
