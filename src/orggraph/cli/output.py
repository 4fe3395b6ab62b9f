"""How commands print rows: a readable table by default, `--json`, `--nl`, `--csv` or `--tsv`
for tools.

`emit` prints a query result in the chosen format as its rows come, with each row's evidence if
given. In the table a node shows as its label; the other formats keep IRIs and labels both.
Click-free (a question run by orggraph.cli.fast never imports click): `echo` writes as
click.echo does; the format flags themselves are declared in orggraph.cli.options.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from datetime import date

from orggraph.query import Iri, Row, Value
from orggraph.vocab import ID, OG_NS

TYPE_CHECKING = False  # a question does without importing typing (orggraph.records)
if TYPE_CHECKING:
    from typing import Any

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


FORMATS = {
    "table": "Output a readable table, fitted to the terminal (the default).",
    "json": "Output a JSON array of row objects ([] when nothing matched).",
    "nl": "Output JSON lines: one row object per line, printed as it is found.",
    "csv": "Output CSV (one line per row).",
    "tsv": "Output tab-separated values (tabs, newlines and backslashes in values escaped as \\t \\n \\\\).",
}
HEADERS: ContextVar[bool] = ContextVar("orggraph.headers", default=True)  # --no-headers sets it False
_ANSI = re.compile(r"\033\[[0-?]*[ -/]*[@-~]")  # the colour codes click.echo strips off a stream that is no terminal


def echo(text: str, nl: bool = True, err: bool = False) -> None:
    """click.echo of a text, without importing click: to stdout (or stderr), colour codes dropped
    when the stream is no terminal, UTF-8 (bad characters replaced) on a stream set up as ASCII,
    flushed at once."""
    stream = sys.stderr if err else sys.stdout
    if nl:
        text += "\n"
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        terminal = False
    if not terminal:
        text = _ANSI.sub("", text)
    if text:
        if _ascii(getattr(stream, "encoding", None)) and hasattr(stream, "buffer"):
            stream.flush()
            stream.buffer.write(text.encode("utf-8", "replace"))
            stream.buffer.flush()
            return
        stream.write(text)
    stream.flush()


@functools.cache
def _ascii(encoding: str | None) -> bool:
    import codecs

    try:
        return codecs.lookup(encoding or "ascii").name == "ascii"
    except LookupError:
        return False


def _headers() -> bool:
    return HEADERS.get()


def json_array(items: Iterable[Any]) -> Iterator[str]:
    """json.dumps(list, indent=2) piece by piece: a long listing prints while it is read."""
    import json  # json and csv are imported by the formats that use them: a table needs neither

    first = True
    for item in items:
        yield ("[\n  " if first else ",\n  ") + json_safe(json.dumps(item, ensure_ascii=False, indent=2)).replace("\n", "\n  ")
        first = False
    yield "[]" if first else "\n]"


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


def emit(columns: Sequence[str], rows: Iterable[Row], fmt: str,
         evidence: Mapping[str, list[Row]] | None = None, hide: Sequence[str] = ()) -> None:
    """Print rows as they come; `evidence` maps a row's statement IRI to the evidence rows to
    show under it; `hide` names columns left out of the table (the other formats keep all)."""
    def cited(row: Row) -> list[Row]:
        return list(evidence.get(str(row.get("statement")), [])) if evidence is not None else []

    def item(row: Row) -> dict[str, Any]:
        out = {c: plain(row.get(c)) for c in columns}
        if evidence is not None:
            out["evidence"] = [{k: plain(v) for k, v in ev.items() if k in _EVIDENCE_KEYS} for ev in cited(row)]
        return out

    if fmt == "json":
        for piece in json_array(item(row) for row in rows):
            echo(piece, nl=piece.endswith("]"))
    elif fmt == "nl":
        import json

        for row in rows:
            echo(json_safe(json.dumps(item(row), ensure_ascii=False)))
    elif fmt in ("csv", "tsv"):
        import csv

        clean = printable if _terminal() else None
        writer = csv.writer(_Echo(clean), lineterminator="\n") if fmt == "csv" else _TsvWriter(clean)
        extra = [f"evidence_{k}" for k in _EVIDENCE_KEYS] if evidence is not None else []
        if _headers():
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


class _TsvWriter:
    """Tab-separated values: a tab, newline or backslash in a value is escaped, never quoted."""

    def __init__(self, clean: Callable[[str], str] | None) -> None:
        self.out = _Echo(clean)

    def writerow(self, values: Sequence[Any]) -> None:
        cells = ["" if v is None else str(v) for v in values]
        self.out.write("\t".join(c.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                                 .replace("\r", "\\r") for c in cells) + "\n")


_EVIDENCE_KEYS = ("articleDate", "articleTitle", "sourceFile", "sentence")


def _csv(value: Any) -> Any:
    return "" if value is None else ("true" if value is True else "false" if value is False else value)


SAMPLE = 1000  # rows read before a table's column widths are fixed; later rows are cut to them


def _table(columns: Sequence[str], rows: Iterable[Row], cited: Callable[[Row], list[Row]] | None) -> None:
    """Columns sized on the first rows, then fitted to the terminal: the widest columns give way
    first; cells longer than their column end in `…`. Rows after the first SAMPLE print as read."""
    shown = table_columns(columns)
    source = iter(rows)
    first = list(itertools.islice(source, SAMPLE))
    sample = [[short(row.get(col)) for _, col in shown] for row in first]
    widths = [max([len(h)] + [len(r[i]) for r in sample]) for i, (h, _) in enumerate(shown)]
    widths = [min(w, TABLE_WIDTH) if i < len(widths) - 1 else w for i, w in enumerate(widths)]
    widths = fit(widths, [len(h) for h, _ in shown], terminal_width())

    limits = widths[:-1] + [widths[-1] if terminal_width() else 1 << 30]  # into a file, the last column whole

    def line(cells: Sequence[str]) -> str:
        return "  ".join(_cut(c, n).ljust(w) for c, n, w in zip(cells, limits, widths, strict=True)).rstrip()

    if _headers():
        echo(line([h for h, _ in shown]))
        echo("  ".join("-" * w for w in widths))
    for row, cells in itertools.chain(zip(first, sample, strict=True),
                                      ((r, [short(r.get(col)) for _, col in shown]) for r in source)):
        echo(line(cells))
        for ev in cited(row) if cited else []:
            echo(_cut(evidence_line(ev), terminal_width() or 1 << 30))


def terminal_width() -> int | None:
    """The terminal's columns when stdout is one (else None: a file or pipe gets whole lines)."""
    if not _terminal():
        return None
    import shutil  # here: with bz2 and lzma, its import costs every question 3 ms

    return shutil.get_terminal_size((100, 24)).columns


def fit(widths: list[int], floors: list[int], total: int | None) -> list[int]:
    """Column widths summing (with two spaces between) to at most `total`: the widest column is
    narrowed one character at a time, none below its header or 6 characters."""
    if total is None:
        return widths
    widths = list(widths)
    least = [max(min(f, 12), 6) for f in floors]
    while sum(widths) + 2 * (len(widths) - 1) > total:
        i = max(range(len(widths)), key=lambda k: (widths[k] - least[k], k))
        if widths[i] <= least[i]:
            break
        widths[i] -= 1
    return widths


def _terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


class _Echo:
    """A file-like object over echo: CliRunner captures it, any terminal encodes it; on a
    terminal, control characters are escaped (into a file or pipe, CSV keeps the data as is)."""

    def __init__(self, clean: Callable[[str], str] | None = None) -> None:
        self.clean = clean

    def write(self, text: str) -> None:
        echo(self.clean(text) if self.clean else text, nl=False)
