"""Property-based: extraction never fails on any text, and what it finds lies in the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orggraph.extract import extract
from orggraph.ingest import IngestError, from_text

WORDS = ["Sáng", "12/3", "Ban", "Tổ", "chức", "Trung", "ương", "T.Ư", "tổ", "Hội", "nghị", "Nguyễn", "Văn", "An",
         "Bí", "thư", "Tỉnh", "ủy", "Nghệ", "An", "chủ", "trì", "phát", "biểu", "yêu", "cầu", "Nghị", "quyết", "số",
         "15-NQ/TU", "của", "Bộ", "Chính", "trị", "Đại", "hội", "XIII", ",", ".", ";", ":", "-", "(", ")", "ông",
         "đồng", "chí", "dự", "khóa", "XII", "Kỳ", "họp", "thứ", "HĐND", "tỉnh", "UBND", "BTV", "\n", "về", "và"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80))
def test_extraction_never_fails_and_spans_are_in_the_text(words: list[str]) -> None:
    try:
        article = from_text("p", " ".join(words))
    except IngestError:  # only a byline or clutter: a clear error, named, not a crash
        return
    facts = extract(article)
    for person in facts.persons:
        assert article.text[person.span.start:person.span.end] == person.span.text
        assert len(person.name.split()) >= 2
    for sentence in facts.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
    keys = {m.key for m in facts.meetings}
    assert {r.meeting for r in facts.roles} <= keys
    assert {t.meeting for t in facts.tasks} <= keys


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_unicode_text_extracts(text: str) -> None:
    try:
        article = from_text("u", text)
    except IngestError:
        return
    extract(article)


def _body_spellings() -> list[str]:
    from orggraph.extract.bodies import _fixed_spellings
    from orggraph.extract.patterns import local_kinds
    from orggraph.lexicon import read_list

    return [*_fixed_spellings(), *local_kinds(), *read_list("sub_bodies.txt")]


BODY_WORDS = sorted({w for p in _body_spellings() for w in p.split()}) + [
    "tỉnh", "Nghệ An", "huyện", "Yên Thành", "(UBKT)", "(HĐND)", "TW", "T.Ư", "UBND", "HĐND", "BTV", "TP.", "ông", ",", ".",
    "-", "và", "các cấp", "\n", "Đảng", "ủy", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BODY_WORDS), min_size=1, max_size=40), st.sampled_from(["", " ", "."]),
       st.integers(0, 400), st.integers(0, 400))
def test_the_body_scanner_finds_what_the_pattern_finds(words: list[str], glue: str, a: int, b: int) -> None:
    """Bodies are read through a first-word lookahead (patterns.Scanner); its matches must be the
    pattern's own, anywhere in the text and in any window of it."""
    from orggraph.extract.bodies import _body_scanner, body_pattern

    text = (glue or " ").join(words)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    spans = [m.span() for m in body_pattern().finditer(text, start, end)]
    assert [m.span() for m in _body_scanner().finditer(text, start, end)] == spans
