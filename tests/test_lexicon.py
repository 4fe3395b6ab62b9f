"""Lexicons are data: well-formed, in the one spelling extraction expects, and free of persons."""

from importlib import resources

import pytest

from orggraph.abbreviations import expand, expand_typed
from orggraph.text import normalize

FILES = sorted(p.name for p in resources.files("orggraph.lexicon").iterdir() if p.name.endswith((".tsv", ".txt")))


@pytest.mark.parametrize("name", FILES)
def test_lexicon_entries_are_in_modern_spelling(name: str) -> None:
    text = (resources.files("orggraph.lexicon") / name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            for cell in line.split("\t"):
                assert cell == normalize(cell), f"{name}:{number} is not normalised: {cell!r}"


def test_one_abbreviation_table_for_articles_and_for_what_users_type() -> None:
    assert expand("Ban Tổ chức T.Ư") == "Ban Tổ chức Trung ương"
    assert expand("UV BTV, Trưởng ban Tổ chức") == "Ủy viên Ban Thường vụ, Trưởng ban Tổ chức"
    assert expand("Bộ Tư pháp") == "Bộ Tư pháp"  # `tư` is a word, `TƯ` an abbreviation
    assert expand("UBND TP.HCM") == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert expand_typed("ban to chuc tw") == "ban to chuc Trung ương"
    assert expand_typed("hdnd TP.Huế") == "Hội đồng nhân dân Thành phố Huế"
