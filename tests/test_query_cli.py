"""Each question command on a small graph (and on the seeds' graph): content, formats, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from _querygraphs import HOSTILE, HOSTILE2, write_organisation_graph
from orggraph.cli import main
from orggraph.cli.query import COMMANDS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_organisation_graph(tmp_path_factory.mktemp("g") / "orggraph.ttl")


def ask(graph: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--graph", str(graph)])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), \
        result.exception
    return result.exit_code, result.stdout, result.stderr


def test_who_chaired_lists_each_held_meeting_with_date_and_chair(graph: Path) -> None:
    code, out, _ = ask(graph, "who-chaired")
    assert code == 0
    lines = out.splitlines()
    assert "2019-03-02" in lines[2] and "Nguyễn Văn Hùng" in lines[2]
    assert "2022-01-11" in lines[3] and "Trần Thị Lan" in lines[3]
    assert "Đại hội XIV" not in out  # not held, no chair
    code, out, _ = ask(graph, "who-chaired", "hoi nghi toan quoc", "--evidence")
    assert code == 0 and "Trần Thị Lan" in out and "Hùng" not in out
    assert ("[2022-01-12] Hội nghị toàn quốc năm 2022: "
            "Trưởng ban Tổ chức Trung ương Trần Thị Lan chủ trì") in out


def test_who_spoke_and_attendees(graph: Path) -> None:
    code, out, _ = ask(graph, "who-spoke", "Hội nghị toàn quốc triển khai nhiệm vụ năm 2022")
    assert code == 0 and "Lê Minh Tuấn" in out and HOSTILE2.replace("\\", "\\") in out
    code, out, _ = ask(graph, "attendees", "--person", "lan", "--json")
    rows = json.loads(out)
    assert code == 0 and sorted((r["role"].rsplit("#")[1], r["meetingLabel"]) for r in rows) == [
        ("attended", "Đại hội XIV của Đảng"), ("chaired", "Hội nghị toàn quốc triển khai nhiệm vụ năm 2022")]


def test_meetings_by_body_and_dates(graph: Path) -> None:
    code, out, _ = ask(graph, "meetings", "--body", "Ban Tổ chức TW", "--from", "2020-01-01", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [(r["meetingLabel"], r["date"], r["held"]) for r in rows] == [
        ("Hội nghị toàn quốc triển khai nhiệm vụ năm 2022", "2022-01-11", "true")]
    code, _, err = ask(graph, "meetings", "--from", "2030-01-01")
    assert code == 1 and "no meeting matches" in err
    code, _, err = ask(graph, "meetings", "--from", "13/05/2020")
    assert code == 2 and "13/05/2020" in err
    code, _, err = ask(graph, "meetings", "--from", "2022-01-01", "--to", "2021-01-01")
    assert code == 2


def test_positions_without_diacritics(graph: Path) -> None:
    code, out, _ = ask(graph, "positions", "nguyen van hung")
    assert code == 0
    assert "Trưởng ban Tổ chức Trung ương" in out and "2019-03-04  2019-11-20" in out
    assert "Phó trưởng ban Tổ chức Trung ương" in out
    code, out, _ = ask(graph, "positions", "Lan", "--json", "--evidence")
    [row] = json.loads(out)
    assert (row["personLabel"], row["first"], row["last"]) == ("Trần Thị Lan", "2021-06-10", "2022-01-12")
    assert [e["articleTitle"] for e in row["evidence"]] == ["Ông Trần Thị Lan nhận nhiệm vụ",
                                                            "Hội nghị toàn quốc năm 2022"]


def test_ambiguous_name_lists_candidates_and_exits_1(graph: Path) -> None:
    code, out, err = ask(graph, "positions", "Hùng")
    assert code == 1 and out == ""
    assert "ambiguous" in err and "Nguyễn Văn Hùng" in err and "Phạm Văn Hùng" in err


def test_holder_on_a_date(graph: Path) -> None:
    code, out, err = ask(graph, "holder", "Trưởng ban Tổ chức Trung ương", "--on", "2021-07-01")
    assert code == 0 and "Trần Thị Lan" in out and "within" in out and "outside" not in err
    code, out, err = ask(graph, "holder", "truong ban to chuc TW", "--on", "2020-05-13")
    assert code == 0 and "Nguyễn Văn Hùng" in out and "Trần Thị Lan" not in out
    assert "2020-05-13 lies outside all attestations" in err and "closest" in out
    code, out, err = ask(graph, "holder", "Trưởng ban Tổ chức T.Ư", "--on", "2022-01-13", "--json")
    assert [r["personLabel"] for r in json.loads(out)] == ["Trần Thị Lan"] and "outside" in err
    code, out, _ = ask(graph, "holder", "Trưởng ban Tổ chức Trung ương")
    assert code == 0 and [n in out for n in ("Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn")] == [True] * 3


def test_documents_and_tasks(graph: Path) -> None:
    code, out, _ = ask(graph, "documents", "--kind", "nghi quyet")
    assert code == 0 and "Nghị quyết số 26-NQ/TW" in out and "Ban Chấp hành Trung ương" in out
    assert "Chỉ thị" not in out
    code, out, _ = ask(graph, "documents", "--issuer", "Bộ Chính trị", "--json")
    assert [r["number"] for r in json.loads(out)] == ["35-CT/TW"]
    code, out, _ = ask(graph, "tasks", "--by", "Trần Thị Lan")
    assert code == 0 and "Triển khai thực hiện Nghị quyết 26" in out and "ngành Tổ chức" in out
    code, out, _ = ask(graph, "tasks", "--to", "UBND tinh Nghe An", "--json")
    assert [r["assignerLabel"] for r in json.loads(out)] == ["Nguyễn Văn Hùng"]


def test_who_met_and_evidence(graph: Path) -> None:
    code, out, _ = ask(graph, "who-met", "Lê Minh Tuấn", "--json")
    assert code == 0 and {r["otherLabel"] for r in json.loads(out)} == {"Trần Thị Lan", HOSTILE, HOSTILE2}
    code, out, _ = ask(graph, "evidence", "Nguyễn Văn Hùng", "Trưởng ban Tổ chức TW")
    assert code == 0 and "Ông Nguyễn Văn Hùng, Trưởng ban Tổ chức Trung ương, phát biểu." in out
    code, out, _ = ask(graph, "evidence", "nguyen van hung", "--rel", "chaired", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["objectLabel"] for r in rows] == ["Hội nghị tổng kết công tác tổ chức năm 2018"]


def test_query_command_runs_named_and_file_queries(graph: Path, tmp_path: Path) -> None:
    code, out, _ = ask(graph, "query", "--list")
    assert code == 0 and "who-chaired\n    who-chaired: who chaired" in out and "Parameters" in out
    code, out, _ = ask(graph, "query", "positions", "-p", "person", "pham van hung", "--json")
    posts = [r["postLabel"] for r in json.loads(out)]
    assert code == 0 and posts == ["Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"]
    mine = tmp_path / "mine.rq"
    mine.write_text("# mine: labels of persons named ?name\n"
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    "SELECT ?p WHERE {\n  VALUES (?name) { (UNDEF) }\n  ?p rdfs:label ?label .\n"
                    "  FILTER(STR(?label) = ?name)\n}\n"  # labels are tagged @vi
                    "ORDER BY ?p\n", encoding="utf-8")
    code, out, _ = ask(graph, "query", str(mine), "-p", "name", HOSTILE, "--csv")
    assert code == 0 and out.splitlines() == ["p", "https://w3id.org/orggraph/id/person/hostile"]
    code, _, err = ask(graph, "query", "positions", "-p", "nobody", "x")
    assert code == 2 and "no parameter ?nobody" in err
    code, _, err = ask(graph, "query", "no-such-query")
    assert code == 1 and "no query named" in err
    code, _, err = ask(graph, "query")
    assert code == 2


def test_hostile_input_cannot_alter_a_query(graph: Path) -> None:
    before = graph.read_bytes()
    code, out, _ = ask(graph, "who-spoke", "--person", HOSTILE2, "--json")
    assert code == 0 and {r["personLabel"] for r in json.loads(out)} == {HOSTILE2}
    code, out, _ = ask(graph, "attendees", "--person", HOSTILE, "--json")
    assert code == 0 and [r["personLabel"] for r in json.loads(out)] == [HOSTILE]
    for text in ('x" } ; DELETE WHERE { ?s ?p ?o } ; #', '} UNION { ?s ?p ?o }', "'''\"\"\"{{}}"):
        code, _, err = ask(graph, "documents", "--kind", text)
        assert code == 1 and "no document kind matches" in err
        code, _, err = ask(graph, "query", "documents", "-p", "kind", text)
        assert code == 1
    assert graph.read_bytes() == before
    code, out, _ = ask(graph, "who-chaired")
    assert code == 0 and len(out.splitlines()) == 4


def test_missing_or_invalid_graph_is_a_message(tmp_path: Path) -> None:
    code, _, err = ask(tmp_path / "nope.ttl", "who-chaired")
    assert code == 1 and "no graph file" in err and "Traceback" not in err
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    code, _, err = ask(bad, "positions", "x")
    assert code == 1 and "not valid Turtle" in err


def test_every_command_has_help() -> None:
    for command in COMMANDS:
        assert command.help and len(command.help) > 20, command.name
        result = CliRunner().invoke(main, [command.name, "--help"])
        assert result.exit_code == 0 and "--graph" in result.output
        for param in command.params:
            if isinstance(param, __import__("click").Option) and param.name not in ("help",):
                assert param.help, f"{command.name} {param.opts}"


def test_seeds_graph(tmp_path: Path) -> None:
    from orggraph.pipeline import build

    result = build([SEEDS], tmp_path)
    if not any(True for _ in result.graph.nodes_of("Person")):
        pytest.skip("extraction finds no persons in the seeds yet")
    graph = tmp_path / "orggraph.ttl"
    code, out, _ = ask(graph, "who-chaired")
    assert code == 0 and "Phạm Minh Chính" in out and "2019-07-01" in out
    code, out, err = ask(graph, "holder", "Trưởng ban Tổ chức Trung ương", "--on", "2020-05-13")
    assert code == 0 and "Phạm Minh Chính" in out and "Trương Thị Mai" not in out
    code, out, err = ask(graph, "holder", "Trưởng ban Tổ chức Trung ương", "--on", "2022-01-13")
    assert code == 0 and "Trương Thị Mai" in out and "Phạm Minh Chính" not in out
    code, out, _ = ask(graph, "positions", "pham minh chinh")
    assert code == 0 and "Trưởng ban Tổ chức Trung ương" in out


def test_service_in_a_query_file_is_one_line_and_sends_nothing(graph: Path, tmp_path: Path) -> None:
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    mine = tmp_path / "far.rq"
    mine.write_text(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}", encoding="utf-8")
    code, _, err = ask(graph, "query", str(mine))
    assert code == 1 and err.strip().endswith("SERVICE sends a request to another server: refused "
                                              "(queries only read the local graph)")
    with pytest.raises(socket.timeout):
        listener.accept()  # nobody called
    listener.close()


def test_control_characters_from_the_graph_never_reach_the_terminal(tmp_path: Path) -> None:
    from orggraph.cli.output import printable

    assert printable("Nguyễn\x1b]0;pwned\x07 Văn\u202e An\x9b") == "Nguyễn\\x1b]0;pwned\\x07 Văn\\u202e An\\x9b"
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "x.jsonl").write_text(json.dumps({"id": "e", "text": (
        "Sáng 5/3, Tỉnh ủy Nghệ An tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh. Đồng chí Lò Văn Sáng, Bí thư Tỉnh ủy "
        "Nghệ An chủ trì hội nghị.\x1b[2J\x1b]0;owned\x07 Đồng chí Lò Văn Sáng phát biểu\x9b31m kết luận.")}) + "\n",
        encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")]).exit_code == 0
    graph = tmp_path / "out" / "orggraph.ttl"
    for args in (["who-chaired", "--evidence"], ["who-chaired", "--json", "--evidence"], ["review", "--limit", "0"]):
        result = CliRunner().invoke(main, [*args, "--graph", str(graph)])
        assert result.exit_code in (0, 1), result.output
        assert not any(c in result.output for c in "\x1b\x07\x9b"), (args, result.output)
    shown = CliRunner().invoke(main, ["who-chaired", "--evidence", "--graph", str(graph)]).stdout
    assert "\\x1b[2J" in shown


def test_a_closed_pipe_exits_quietly_with_0(tmp_path: Path) -> None:
    import subprocess
    import sys

    corpus = tmp_path / "in"
    corpus.mkdir()
    for day in range(1, 28):
        (corpus / f"{day}.txt").write_text(
            f"Sáng {day}/3/2024, Tỉnh ủy Nghệ An tổ chức Hội nghị lần thứ {day}. "
            f"Đồng chí Lò Văn Sáng, Bí thư Tỉnh ủy Nghệ An chủ trì hội nghị.", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")]).exit_code == 0
    everything = tmp_path / "all.rq"
    everything.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")  # far more than a pipe's buffer
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", "from orggraph.cli import main; main()", "query",
                                 str(everything), "--graph", str(tmp_path / "out" / "orggraph.ttl")],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()  # `| head -c 10`
        assert proc.wait(timeout=60) == 0
        assert proc.stderr.read() == b""
