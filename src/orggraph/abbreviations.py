"""Abbreviations of bodies and titles (lexicon/abbreviations.tsv), written out: `Ban Tổ chức T.Ư`
is `Ban Tổ chức Trung ương`. One table and one matcher for extraction, resolution and lookups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from orggraph.lexicon import read_tsv
from orggraph.text import key, normalize, strip_diacritics


@dataclass(frozen=True)
class Abbreviation:
    short: str
    full: str
    cased: bool  # only as written in capitals, also when users type it


@cache
def table() -> tuple[Abbreviation, ...]:
    rows = [Abbreviation(r[0], r[1], len(r) > 2 and "cased" in r[2]) for r in read_tsv("abbreviations.tsv")]
    return tuple(sorted(rows, key=lambda a: (-len(a.short), a.short)))


def shape(short: str) -> str:
    """`TƯ` -> a pattern for TƯ, T.Ư, T. Ư, T.Ư. (dots and spaces between letters optional); the
    press joins the parts of a compound one with `&`, `-` or nothing (`TT&TT`, `TT-TT`, `TTTT`)."""
    letters = [c for c in short if c not in ". &-–"]
    return r"(?:\.?\s?|\s?[&\-–]\s?)".join(re.escape(c) for c in letters) + r"\.?"


@cache
def _written() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w./])(?:{'|'.join(f'(?P<a{i}>{shape(a.short)})' for i, a in enumerate(table()))})"
                      r"(?:(?<=\.)|(?![\w]))")


def _glue(match: re.Match[str], full: str) -> str:
    """`TP.Huế` -> `Thành phố Huế`: a dotted abbreviation glued to the next word gets a space."""
    glued = match.group(0).endswith(".") and match.end() < len(match.string) and match.string[match.end()].isalnum()
    return full + " " if glued else full


def _full(match: re.Match[str]) -> str:
    return _glue(match, next(table()[int(name[1:])].full for name, value in match.groupdict().items() if value))


@lru_cache(maxsize=1 << 16)
def expand(text: str) -> str:
    """Abbreviations as articles and labels write them (case-sensitive), written out; one given
    in passing after its full form (`Ủy ban Kiểm tra (UBKT) Tỉnh ủy`) is dropped."""
    return " ".join(_written().sub(_full, without_echo(normalize(text))).split())


def without_echo(text: str) -> str:
    """`Ủy ban Kiểm tra (UBKT) Tỉnh ủy` -> `Ủy ban Kiểm tra Tỉnh ủy`: an abbreviation given in passing
    right after its full form is no part of the name."""
    if "(" not in text:
        return text
    def echo(m: re.Match[str]) -> str:
        full = _short_fulls().get(_bare(m.group(1)))
        before = _bare(text[max(0, m.start() - 2 * len(full)):m.start()]) if full else ""
        return "" if full and before.endswith(full) else m.group(0)

    return _ECHO.sub(echo, text)


def _bare(text: str) -> str:
    """Letters only, casefolded, without `và`: `Tài nguyên – Môi trường` = `Tài nguyên và Môi trường`."""
    return re.sub(r"\bvà\b|[\W_]+", "", text.casefold())


_ECHO = re.compile(r"\s*\(([^\W\d_][^()]{1,11})\)")


@cache
def _short_fulls() -> dict[str, str]:
    return {_bare(a.short): _bare(a.full) for a in table()}


def alternatives(full: str) -> str:
    """The abbreviations of a full form as one case-sensitive alternation, or ''."""
    shorts = [shape(a.short) for a in table() if a.full == full]
    return f"(?-i:{'|'.join(shorts)})" if shorts else ""


def fulls() -> list[str]:
    """Every full form, longest first."""
    return sorted({a.full for a in table()}, key=lambda f: (-len(f), f))


@cache
def _typed() -> tuple[re.Pattern[str], dict[str, str]]:
    forms: dict[str, str] = {}
    parts: list[str] = []
    for a in table():
        for form in dict.fromkeys([a.short, strip_diacritics(a.short)]):
            tag = f"t{len(parts)}"
            forms[tag] = a.full
            parts.append(f"(?P<{tag}>{shape(form)})" if a.cased else f"(?P<{tag}>(?i:{shape(form)}))")
    return re.compile(rf"(?<![\w.])(?:{'|'.join(parts)})(?:(?<=\.)|(?![\w]))"), forms


def expand_typed(text: str) -> str:
    """What users type: also lowercase and without diacritics (`ban to chuc tw`), `TƯ` only in capitals."""
    pattern, forms = _typed()

    def full(match: re.Match[str]) -> str:
        tag = next(name for name, value in match.groupdict().items() if value)
        return _glue(match, forms[tag])

    return " ".join(pattern.sub(full, normalize(text)).split())


def typed_key(text: str) -> str:
    """The matching key of what users type, or of a label: abbreviations written out, then
    orggraph.text.key (the CLI's lookups and the HTML page's search keys both use it)."""
    return key(expand_typed(text))


def loose_typed_key(text: str) -> str:
    return strip_diacritics(typed_key(text))


@cache
def _full_patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    shorts: dict[str, list[str]] = {}
    for a in table():
        shorts.setdefault(a.full, []).append(a.short)
    return tuple((re.compile(rf"(?<!\w){re.escape(full)}(?!\w)", re.I), tuple(sorted(s)))
                 for full, s in sorted(shorts.items()))


@cache
def _any_full() -> re.Pattern[str]:
    return re.compile("|".join(p.pattern for p, _ in _full_patterns()), re.I)


def short_forms(text: str) -> list[str]:
    """The text with one of the full forms it contains written short, for each abbreviation of
    each: what users may type for it (`Ủy viên Bộ Chính trị` -> `UVBCT`, `Ủy viên BCT`, ...)."""
    text = expand(text)
    if not _any_full().search(text):
        return []
    out: list[str] = []
    for pattern, shorts in _full_patterns():
        if pattern.search(text):
            out += [pattern.sub(short, text) for short in shorts]
    return sorted(set(out) - {text})
