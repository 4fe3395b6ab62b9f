"""Where the data folders are: inside the wheel (orggraph/_data) or, in a checkout, at its top."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_dir(name: str) -> Path:
    """`ontology` or `queries`: a checkout's own (an editable install's copy would go stale as
    soon as the file is edited), else the copy shipped in the wheel by hatch force-include."""
    checkout = Path(__file__).resolve().parents[2] / name
    if (checkout.parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return Path(str(resources.files("orggraph") / "_data" / name))


def lexicon_dir() -> Path:
    return Path(str(resources.files("orggraph") / "lexicon"))
