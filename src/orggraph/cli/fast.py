"""A plain question run without click: importing click takes ~45 ms, a third of a question on a
million triples, where its answer takes a few. The console script tries `run` first; anything
this parse does not take as it is (help, a misspelt or repeated format flag, a bad date, a
server, an odd word) returns None and goes to the click group, which reads it, answers or says
what is wrong as before. SPECS mirror the click commands' options (a test compares them), and
both run the same bodies (orggraph.cli.answers)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from orggraph.launch import DEFAULT_GRAPH

TYPE_CHECKING = False  # a question does without importing typing (orggraph.records)
if TYPE_CHECKING:
    from typing import Any, NamedTuple
else:
    from orggraph.records import NamedTuple

# what an option's value is: text, a day (YYYY-MM-DD), a count (>= 1), or a flag (no value)
TEXT, DAY, COUNT, FLAG = "text", "day", "count", "flag"
FORMAT_FLAGS = ("table", "json", "nl", "csv", "tsv")
_SHARED = {"--graph": ("graph", TEXT), "--limit": ("limit", COUNT), "--no-headers": ("no_headers", FLAG),
           **{f"--{name}": (f"fmt_{name}", FLAG) for name in FORMAT_FLAGS}}
_EVIDENCE = {"--evidence": ("with_evidence", FLAG)}


class Spec(NamedTuple):
    """One command's arguments (name, required) and options (flag -> (name, kind))."""

    arguments: tuple[tuple[str, bool], ...]
    options: dict[str, tuple[str, str]] = {}  # noqa: RUF012 - shared, never changed
    evidence: bool = True  # takes --evidence


SPECS: dict[str, Spec] = {
    "who-chaired": Spec((("meeting", False),)),
    "who-spoke": Spec((("meeting", False),), {"--person": ("person", TEXT)}),
    "attendees": Spec((("meeting", False),), {"--person": ("person", TEXT)}),
    "meetings": Spec((), {"--body": ("body", TEXT), "--from": ("from_", DAY), "--to": ("to", DAY),
                          "--held": ("held", FLAG)}),
    "positions": Spec((("person", True),), {"--post": ("post", TEXT)}),
    "holder": Spec((("post", True),), {"--on": ("on", DAY)}),
    "career": Spec((("person", True),)),
    "changes": Spec((), {"--person": ("person", TEXT), "--post": ("post", TEXT), "--by": ("by", TEXT),
                         "--since": ("since", DAY), "--until": ("until", DAY)}),
    "documents": Spec((), {"--issuer": ("issuer", TEXT), "--kind": ("kind", TEXT)}),
    "tasks": Spec((), {"--by": ("by", TEXT), "--to": ("to", TEXT), "--document": ("document", TEXT),
                       "--meeting": ("meeting", TEXT)}),
    "who-met": Spec((("person", False),), evidence=False),
    "evidence": Spec((("subject", True), ("object", False)), {"--rel": ("rel", TEXT)}, evidence=False),
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNT = re.compile(r"[1-9]\d{0,17}")


def options(spec: Spec) -> dict[str, tuple[str, str]]:
    """Every option the command takes: its own, the output and source options, --evidence."""
    return {**spec.options, **_SHARED, **(_EVIDENCE if spec.evidence else {})}


def _value(kind: str, text: str) -> Any:
    """The value of an option as click would read it, or None when click should read it."""
    if kind == DAY:
        if not _DAY.fullmatch(text):
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    if kind == COUNT:
        return int(text) if _COUNT.fullmatch(text) else None
    return text


def parse(args: list[str]) -> tuple[str, dict[str, Any]] | None:
    """(command, its values by name) when `args` is a question this module takes as it is."""
    if not args or args[0] not in SPECS:
        return None
    spec = SPECS[args[0]]
    known = options(spec)
    values: dict[str, Any] = {name: (False if kind == FLAG else None) for name, kind in known.values()}
    values["graph"] = DEFAULT_GRAPH
    words: list[str] = []
    seen: set[str] = set()
    rest = iter(args[1:])
    for arg in rest:
        if not arg.startswith("-") or arg == "-":
            words.append(arg)
            continue
        flag, _, inline = arg.partition("=")
        if flag not in known or flag in seen:  # unknown, -h, --, or given twice: click decides
            return None
        seen.add(flag)
        name, kind = known[flag]
        if kind == FLAG:
            if inline:
                return None
            values[name] = True
            continue
        text = inline if "=" in arg else next(rest, None)
        value = None if text is None else _value(kind, text)
        if value is None:
            return None
        values[name] = value
    if len(words) > len(spec.arguments) or any(required and len(words) <= i
                                               for i, (_, required) in enumerate(spec.arguments)):
        return None
    for (name, _), word in zip(spec.arguments, words, strict=False):
        values[name] = word
    for name, _ in spec.arguments[len(words):]:
        values[name] = None
    if sum(values[f"fmt_{name}"] for name in FORMAT_FLAGS) > 1:
        return None
    if any(values.get(a) and values.get(b) and values[b] < values[a] for a, b in (("from_", "to"), ("since", "until"))):
        return None  # click's usage error
    return args[0], values


def run(args: list[str]) -> int | None:
    """Answer a plain question and return its exit status; None: click must read these args."""
    from orggraph.cli.output import _ascii

    parsed = parse(args)
    if parsed is None or _ascii(getattr(sys.stdout, "encoding", None)) or _ascii(getattr(sys.stderr, "encoding", None)):
        return None
    command, values = parsed
    if not values["graph"] or Path(values["graph"]).is_dir():
        return None  # click's own message for a folder given as --graph
    from orggraph.cli import answers
    from orggraph.cli.output import HEADERS, echo, printable
    from orggraph.errors import OrggraphError

    chosen = [name for name in FORMAT_FLAGS if values.pop(f"fmt_{name}")]
    fmt = chosen[0] if chosen else "table"
    HEADERS.set(not values.pop("no_headers"))
    asked = answers.Asked(Path(values.pop("graph")), fmt, bool(values.pop("with_evidence", False)), values.pop("limit"))
    body: Callable[..., None] = getattr(answers, "evidence_of" if command == "evidence" else command.replace("-", "_"))
    try:
        body(asked, **values)
        sys.stdout.flush()
    except answers.NothingFound as exc:
        echo(f"Error: {exc}", err=True)
        return 1
    except OrggraphError as exc:
        echo(f"Error: {printable(str(exc))}", err=True)
        return 1
    except BrokenPipeError:  # `orggraph ... | head`: as the click group, exit 0 and say nothing
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        echo("\nAborted!", err=True)
        return 1
    return 0
