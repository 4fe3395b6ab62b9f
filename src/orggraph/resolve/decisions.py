"""The curated decisions file: human `same` / `different` judgements between two node ids.

A CSV kept in version control, columns `decision,left,right,note`; lines starting with `#` are
comments. People and `orggraph review --same/--different` only ever append to it, so that a
judgement, once written, is applied by every later build (see docs/resolution.md).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from orggraph.errors import OrggraphError

HEADER = ("decision", "left", "right", "note")
VERDICTS = ("same", "different")


class DecisionError(OrggraphError):
    """A decision that cannot be recorded (it contradicts one already in the file)."""


@dataclass(frozen=True, order=True)
class Decision:
    verdict: str  # same | different
    left: str  # node id, e.g. person/nguyen-van-an
    right: str
    note: str = ""
    line: int = 0  # where it stands in the file, for messages

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.left, self.right))


def read_decisions(path: Path) -> tuple[list[Decision], list[str]]:
    """Decisions in file order, and warnings for lines that cannot be used (never an exception)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], [f"decisions file {path} not found: no decisions applied"]
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"decisions file {path} unreadable ({exc}): no decisions applied"]
    decisions: list[Decision] = []
    warnings: list[str] = []
    reader = csv.reader(io.StringIO(text))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # a field over csv's 128 KB limit, a NUL byte, ...
            warnings.append(f"{path}:{reader.line_num}: unreadable CSV ({exc}): ignored")
            continue
        number = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#") or tuple(cells[:3]) == HEADER[:3]:
            continue
        if len(cells) < 3 or cells[0].casefold() not in VERDICTS or not cells[1] or not cells[2]:
            warnings.append(f"{path}:{number}: expected `same|different,LEFT,RIGHT[,note]`, "
                            f"got {','.join(row)!r}: ignored")
            continue
        if cells[1] == cells[2]:
            warnings.append(f"{path}:{number}: {cells[1]} is compared with itself: ignored")
            continue
        note = ",".join(cells[3:]) if len(cells) > 3 else ""
        decisions.append(Decision(cells[0].casefold(), cells[1], cells[2], note, number))
    return decisions, warnings


def append_decision(path: Path, verdict: str, left: str, right: str, note: str = "") -> Decision | None:
    """Append one judgement; None when the file already says so. Never rewrites other lines."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {VERDICTS}")
    existing, _ = read_decisions(path) if path.exists() else ([], [])
    pair = frozenset((left, right))
    for old in existing:
        if old.pair == pair:
            if old.verdict == verdict:
                return None
            raise DecisionError(f"{path}:{old.line} already says {old.verdict} {old.left} {old.right}; "
                                "edit that line by hand to change a human judgement")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    fresh = not path.exists() or path.stat().st_size == 0
    if fresh:
        writer.writerow(HEADER)
    writer.writerow((verdict, left, right, note))
    prefix = ""
    if not fresh:
        with path.open("rb") as handle:
            handle.seek(-1, io.SEEK_END)
            prefix = "" if handle.read(1) == b"\n" else "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write(prefix + buffer.getvalue())
    return Decision(verdict, left, right, note)
