"""How commands print rows: a readable table by default, `--json` or `--csv` for tools.

`output_options` adds the three flags to a command (as sqlite-utils' output_options does);
`emit` prints a query result in the chosen format, with each row's evidence if given.
In the table a node shows as its label; JSON and CSV keep IRIs and labels both.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

import click

from orggraph.query import Iri, Row, Value
from orggraph.vocab import ID, OG_NS

F = TypeVar("F", bound=Callable[..., Any])
TABLE_WIDTH = 60  # longest cell in the table; JSON and CSV are never cut


# C0 and C1 controls, DEL, and the bidirectional overrides that can make text read backwards
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """Text from articles or file names, safe to print: an escape sequence cannot recolour,
    move the cursor or retitle the terminal; it shows as `\\x1b`."""
    return _CONTROL.sub(_escape, text)


def json_safe(text: str) -> str:
    """JSON text with every control character as a \\u escape (json.dumps leaves C1 raw)."""
    return re.sub("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]",
                  lambda m: f"\\u{ord(m.group(0)):04x}", text)


class QuietPipeGroup(click.Group):
    """`orggraph ... | head`: a reader that stops early is not an error; exit 0, say nothing."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            value = super().invoke(ctx)
            sys.stdout.flush()
            return value
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush must not fail again
            ctx.exit(0)


def output_options(fn: F) -> F:
    fn = click.option("--csv", "fmt", flag_value="csv", help="Output CSV (one line per row).")(fn)
    fn = click.option("--json", "fmt", flag_value="json", help="Output a JSON array of row objects.")(fn)
    fn = click.option("--table", "fmt", flag_value="table", default=True,
                      help="Output a readable table (the default).")(fn)
    return fn


def plain(value: Value | None) -> Any:
    """A JSON/CSV value: IRIs and dates as strings, numbers and booleans as they are."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Iri):
        return str(value)
    return value


def short(value: Value | None) -> str:
    """A table cell: og:holds -> holds, an id IRI -> its readable path."""
    if value is None:
        return ""
    if isinstance(value, Iri):
        return str(value).removeprefix(OG_NS).removeprefix(ID)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return printable(" ".join(str(value).split()))


def _cut(text: str, width: int = TABLE_WIDTH) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def table_columns(columns: Sequence[str]) -> list[tuple[str, str]]:
    """(header, column) pairs: `fooLabel` shown as `foo` in place of the IRI column `foo`."""
    shown = []
    for col in columns:
        if col == "statement" or (col + "Label") in columns:
            continue
        header = col.removesuffix("Label") if col.endswith("Label") and col[:-5] in columns else col
        shown.append((header, col))
    return shown


def evidence_line(ev: Row) -> str:
    when = short(ev.get("articleDate")) or "undated"
    title = short(ev.get("articleTitle")) or short(ev.get("article"))
    return f"    [{when}] {title}: {short(ev.get('sentence'))}"


def emit(columns: Sequence[str], rows: Sequence[Row], fmt: str,
         evidence: Mapping[str, list[Row]] | None = None, hide: Sequence[str] = ()) -> None:
    """Print rows; `evidence` maps a row's statement IRI to the evidence rows to show under it;
    `hide` names columns left out of the table (JSON and CSV keep every column)."""
    def cited(row: Row) -> list[Row]:
        return list(evidence.get(str(row.get("statement")), [])) if evidence is not None else []

    if fmt == "json":
        out = []
        for row in rows:
            item = {c: plain(row.get(c)) for c in columns}
            if evidence is not None:
                item["evidence"] = [{k: plain(v) for k, v in ev.items() if k in _EVIDENCE_KEYS}
                                    for ev in cited(row)]
            out.append(item)
        click.echo(json_safe(json.dumps(out, ensure_ascii=False, indent=2)))
    elif fmt == "csv":
        writer = csv.writer(_Echo(printable if _terminal() else None), lineterminator="\n")
        extra = [f"evidence_{k}" for k in _EVIDENCE_KEYS] if evidence is not None else []
        writer.writerow(list(columns) + extra)
        for row in rows:
            base = [_csv(plain(row.get(c))) for c in columns]
            if evidence is None:
                writer.writerow(base)
                continue
            for ev in cited(row) or [{}]:
                writer.writerow(base + [_csv(plain(ev.get(k))) for k in _EVIDENCE_KEYS])
    else:
        _table([c for c in columns if c not in hide], rows, cited if evidence is not None else None)


_EVIDENCE_KEYS = ("articleDate", "articleTitle", "sourceFile", "sentence")


def _csv(value: Any) -> Any:
    return "" if value is None else ("true" if value is True else "false" if value is False else value)


def _table(columns: Sequence[str], rows: Sequence[Row], cited: Callable[[Row], list[Row]] | None) -> None:
    shown = table_columns(columns)
    last = len(shown) - 1  # nothing follows the last column: it is never cut
    cells = [[short(row.get(col)) if i == last else _cut(short(row.get(col)))
              for i, (_, col) in enumerate(shown)] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, (h, _) in enumerate(shown)]
    click.echo("  ".join(h.ljust(w) for (h, _), w in zip(shown, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row, line in zip(rows, cells, strict=True):
        click.echo("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        for ev in cited(row) if cited else []:
            click.echo(evidence_line(ev))


def _terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


class _Echo:
    """A file-like object over click.echo: CliRunner captures it, any terminal encodes it; on a
    terminal, control characters are escaped (into a file or pipe, CSV keeps the data as is)."""

    def __init__(self, clean: Callable[[str], str] | None = None) -> None:
        self.clean = clean

    def write(self, text: str) -> None:
        click.echo(self.clean(text) if self.clean else text, nl=False)
