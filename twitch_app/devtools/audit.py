"""`make audit`: known-vulnerability audits of the runtime dependencies, where the network allows.

    python -m twitch_app.devtools.audit             run both audits
    python -m twitch_app.devtools.audit --versions  print the runtime versions as a table
                                                    (the README's security section holds it)

Exit codes: 0 nothing known; 1 a known vulnerability (pip-audit gives no severity, so any
Python finding counts; npm findings count from "high" up); 2 an audit could not run (its
advisory source or the registry did not answer). A dependency the auditor skipped counts as
not audited: pip-audit says "No known vulnerabilities found" even when it skipped them all.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = "twitch-app"
NPM_FAILING = ("high", "critical")
CLEAN, FOUND, NOT_AUDITED = 0, 1, 2


def runtime_versions(project: str = PROJECT) -> dict[str, str]:
    """Every package the app needs at run time (no extras), with its installed version."""
    seen: dict[str, str] = {}
    pending = [project]
    while pending:
        name = pending.pop()
        dist = metadata.distribution(name)
        key = dist.metadata["Name"].lower()
        if key in seen:
            continue
        seen[key] = dist.version
        for requirement in dist.requires or []:
            marker = requirement.split(";", 1)[1] if ";" in requirement else ""
            if "extra ==" in marker and not (name == "reflex" and 'extra == "db"' in marker):
                continue  # extras are not installed for the app, except reflex[db]
            wanted = re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0]
            try:
                metadata.distribution(wanted)
            except metadata.PackageNotFoundError:
                continue  # an environment marker ruled it out on this platform
            pending.append(wanted)
    seen.pop(project, None)
    return dict(sorted(seen.items()))


def versions_table(versions: dict[str, str]) -> str:
    rows = [f"| {name} | {version} |" for name, version in versions.items()]
    return "\n".join(["| Package | Version |", "| --- | --- |", *rows])


def pip_audit_verdict(report: dict) -> tuple[int, list[str]]:
    """The exit code and the lines to print, from `pip-audit -f json`."""
    dependencies = report.get("dependencies", [])
    skipped = [d["name"] for d in dependencies if d.get("skip_reason")]
    found = [
        f"{d['name']} {d.get('version', '')}: {v.get('id')} (fixed in {v.get('fix_versions')})"
        for d in dependencies
        for v in d.get("vulns", [])
    ]
    if found:
        return FOUND, found
    if skipped or not dependencies:
        return NOT_AUDITED, [f"not audited: {', '.join(skipped) or 'nothing was checked'}"]
    return CLEAN, [f"{len(dependencies)} Python packages: no known vulnerability"]


def npm_audit_verdict(report: dict) -> tuple[int, list[str]]:
    """The exit code and the lines to print, from `npm audit --json`."""
    if "error" in report:
        # The advisory endpoint refusing the request (HTTP 405 here) leaves the summary empty.
        reason = report["error"].get("summary") or f"HTTP {report.get('statusCode', '?')}"
        return NOT_AUDITED, [f"not audited: the advisory source answered {reason}"]
    counts = report.get("metadata", {}).get("vulnerabilities", {})
    failing = {level: counts.get(level, 0) for level in NPM_FAILING if counts.get(level)}
    if failing:
        return FOUND, [f"npm: {failing}"]
    return CLEAN, [f"npm: nothing high or critical ({counts or 'no findings'})"]


def _run_json(command: list[str], cwd: Path | None = None) -> dict:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    try:
        return json.loads(done.stdout or "{}")
    except json.JSONDecodeError:
        return {"error": {"summary": (done.stderr or done.stdout).strip()[-300:]}}


def audit_python() -> tuple[int, list[str]]:
    if shutil.which("pip-audit", path=str(Path(sys.executable).parent)) is None:
        install = [sys.executable, "-m", "pip", "install", "--quiet", "pip-audit"]
        subprocess.run(install, capture_output=True)
    pins = "\n".join(f"{n}=={v}" for n, v in runtime_versions().items())
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as requirements:
        requirements.write(pins)
        requirements.flush()
        command = [sys.executable, "-m", "pip_audit", "-f", "json", "--no-deps"]
        report = _run_json([*command, "-r", requirements.name])
    if "error" in report:
        return NOT_AUDITED, [f"not audited: {report['error']['summary']}"]
    return pip_audit_verdict(report)


def audit_npm() -> tuple[int, list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(ROOT / "reflex.lock" / "package.json", folder)
        lock = ["npm", "install", "--package-lock-only", "--ignore-scripts", "--legacy-peer-deps"]
        locked = subprocess.run(lock, cwd=folder, capture_output=True, text=True, timeout=600)
        if locked.returncode != 0:
            reason = next((ln for ln in locked.stderr.splitlines() if "error" in ln), "failed")
            return NOT_AUDITED, [f"not audited (npm could not lock the packages): {reason}"]
        return npm_audit_verdict(
            _run_json(["npm", "audit", "--json", "--omit", "dev"], Path(folder))
        )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--versions"]:
        print(versions_table(runtime_versions()))
        return CLEAN
    codes = []
    for name, audit in (("Python", audit_python), ("JavaScript", audit_npm)):
        code, lines = audit()
        codes.append(code)
        for line in lines:
            print(f"{name}: {line}")
    return overall(codes)


def overall(codes: list[int]) -> int:
    """A finding outranks an audit that could not run, which outranks a clean one."""
    return FOUND if FOUND in codes else max(codes, default=CLEAN)


if __name__ == "__main__":
    sys.exit(main())
