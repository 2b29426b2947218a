"""HAZARD_LOG.md stays true: every engine rule is controlled by a listed hazard, every test a
hazard names exists (file, function and parametrised case), and every source key is known."""

import ast
import re
from pathlib import Path

from twitch_app.triage.red_flags import RULES
from twitch_app.triage.sources import SOURCES

ROOT = Path(__file__).resolve().parents[2]
LOG = ROOT / "twitch_app" / "triage" / "HAZARD_LOG.md"
COLUMNS = ("Id", "Hazard", "Cause", "Control (rule; question)", "Test", "Source", "Severity")


def hazard_rows() -> list[dict[str, str]]:
    rows = []
    for line in LOG.read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| H") and len(cells) == len(COLUMNS):
            rows.append(dict(zip(COLUMNS, cells, strict=True)))
    return rows


def named_tests(row: dict[str, str]) -> list[str]:
    return re.findall(r"`(tests/[^`]+)`", row["Test"])


def _parametrised_ids(function: ast.FunctionDef, module: ast.Module) -> set[str] | None:
    """The ids a test's parametrize gives (from `ids=[...]`, a list of strings, or a list of
    NamedTuple rows whose first field is the name). None when they cannot be read statically."""
    names = {node.targets[0].id: node.value for node in module.body if isinstance(node, ast.Assign)
             and isinstance(node.targets[0], ast.Name)}  # fmt: skip
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call) and getattr(decorator.func, "attr", "") == "parametrize":
            values = decorator.args[1]
            if isinstance(values, ast.Name):
                values = names.get(values.id, values)
            if isinstance(values, ast.List):
                ids = set()
                for element in values.elts:
                    if isinstance(element, ast.Constant):
                        ids.add(element.value)
                    elif isinstance(element, ast.Call) and element.args:
                        first = element.args[0]
                        if isinstance(first, ast.Constant):
                            ids.add(first.value)
                return ids
    return None


def missing_test(reference: str) -> str | None:
    """None when the named test exists, else what is missing."""
    path, _, rest = reference.partition("::")
    name, _, case = rest.partition("[")
    file = ROOT / path
    if not file.is_file():
        return f"no file {path}"
    module = ast.parse(file.read_text())
    functions = {node.name: node for node in ast.walk(module) if isinstance(node, ast.FunctionDef)}
    if name not in functions:
        return f"no test {name} in {path}"
    if case:
        ids = _parametrised_ids(functions[name], module)
        if ids is None or case.removesuffix("]") not in ids:
            return f"no case [{case} in {path}::{name}"
    return None


def test_the_log_has_hazards_with_every_column_filled() -> None:
    rows = hazard_rows()
    assert len(rows) >= 25
    assert len({row["Id"] for row in rows}) == len(rows)
    for row in rows:
        assert all(row[column] for column in COLUMNS), row["Id"]
        assert named_tests(row), f"{row['Id']} names no test"


def test_every_engine_rule_id_is_a_control_in_the_log() -> None:
    controls = " ".join(row["Control (rule; question)"] for row in hazard_rows())
    cited = set(re.findall(r"`([A-Z][A-Za-z0-9_]*)`", controls))
    missing = {rule.id for rule in RULES} - cited
    assert not missing, f"rules with no hazard in HAZARD_LOG.md: {sorted(missing)}"
    unknown = cited - {rule.id for rule in RULES}
    assert not unknown, f"the log names rules the engine does not have: {sorted(unknown)}"


def test_every_test_the_log_names_exists() -> None:
    problems = [
        f"{row['Id']}: {problem}"
        for row in hazard_rows()
        for reference in named_tests(row)
        if (problem := missing_test(reference))
    ]
    assert not problems, "\n".join(problems)


def test_every_source_the_log_names_is_a_known_source() -> None:
    for row in hazard_rows():
        assert row["Source"] in SOURCES, row["Id"]


def test_the_checker_catches_a_missing_test_and_a_missing_case() -> None:
    assert missing_test("tests/triage/test_hazard_log.py::test_no_such_thing")
    assert missing_test("tests/triage/test_vignettes_guidance.py::test_guidance_vignette[nope]")
    vignette = "tests/triage/test_vignettes_guidance.py::test_guidance_vignette"
    assert missing_test(f"{vignette}[choking on saliva]") is None
