"""Where the data folders are: inside the wheel (orggraph/_data) or, in a checkout, at its top."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """`ontology` or `queries`: a checkout's own (an editable install's copy would go stale as
    soon as the file is edited), else the copy shipped in the wheel by hatch force-include."""
    checkout = _PACKAGE.parents[1] / name
    if (checkout.parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return _files("_data") / name


def lexicon_dir() -> Path:
    return _files("lexicon")


def _files(name: str) -> Path:
    """A folder of the installed package: beside this file when installed as files (no need
    for importlib.resources, whose import costs a question 3 ms), else where it says."""
    folder = _PACKAGE / name
    if folder.is_dir():
        return folder
    from importlib import resources

    return Path(str(resources.files("orggraph") / name))
