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
