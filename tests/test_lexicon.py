"""Lexicons are data: well-formed, in the one spelling extraction expects, and free of persons."""

from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from orggraph import lexicon
from orggraph.abbreviations import expand, expand_typed
from orggraph.cli import main
from orggraph.text import normalize

ROOT = Path(__file__).resolve().parent.parent

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

def test_every_pattern_lexicon_compiles() -> None:
    lexicon.check()


@pytest.mark.parametrize("bad, reason", [(("start", "(?<=ab|c)bad"), "not a regular expression"),
                                          (("start",), "expected kind<TAB>pattern")])
def test_a_bad_pattern_line_is_named_and_nothing_is_built(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                           bad: tuple[str, ...], reason: str) -> None:
    real = lexicon._numbered
    monkeypatch.setattr(lexicon, "_numbered",
                        lambda name: [*real(name), (99, bad)] if name == "changes.tsv" else real(name))
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 1
    assert f"lexicon changes.tsv:99: {reason}" in result.stderr
    assert "extraction failed" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out" / "orggraph.ttl").exists()


def test_every_lexicon_name_written_with_a_dash_for_và_is_read_not_a_crash() -> None:
    """The patterns accept `Sở Tài nguyên – Môi trường` for `... và ...`; the lookups must too."""
    from orggraph.extract.bodies import find_bodies
    from orggraph.extract.titles import find_titles
    from orggraph.lexicon import read_list, read_tsv

    phrases = [row[0] for row in read_tsv("local_bodies.tsv")] + [row[0] for row in read_tsv("bodies.tsv")] \
        + [row[1] for row in read_tsv("titles.tsv")] + [f"{sub} Tỉnh ủy" for sub in read_list("sub_bodies.txt")]
    for phrase in (p for p in phrases if " và " in p):
        for dash in (" - ", " – ", "-"):
            text = f"Ông Lê Văn An, Phó {phrase.replace(' và ', dash)} Hà Nội dự họp."
            find_bodies(text, 0, len(text))
            find_titles(text, 0, len(text))


@pytest.mark.parametrize("name", ["bodies.tsv", "units.tsv", "abbreviations.tsv", "titles.tsv", "surnames.txt"])
def test_no_lexicon_entry_is_listed_twice(name: str) -> None:
    keys = [line.split("\t")[1 if name == "titles.tsv" else 0]
            for line in (resources.files(lexicon) / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []


def test_a_pattern_fragment_is_written_into_the_cues_that_name_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from orggraph.lexicon import read_patterns

    cues = dict(read_patterns("cues.tsv"))
    assert "@guest@" not in cues and "@guest@" not in cues["receive"] and "Thị\\s+trưởng" in cues["receive"]
    assert "Thị\\s+trưởng" in cues["working_visit"]
    real = lexicon._numbered
    monkeypatch.setattr(lexicon, "_numbered",
                        lambda name: [*real(name), (99, ("receive", "tiếp @nobody@"))] if name == "cues.tsv" else real(name))
    with pytest.raises(lexicon.LexiconError, match="cues.tsv:99: no fragment @nobody@"):
        lexicon.check()
