"""`make audit`: verdicts from the auditors' JSON, and the README's record of the runtime set."""

from pathlib import Path

from twitch_app.devtools.audit import (
    CLEAN,
    FOUND,
    NOT_AUDITED,
    npm_audit_verdict,
    overall,
    pip_audit_verdict,
    runtime_versions,
    versions_table,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def test_python_findings_fail_and_skipped_packages_are_not_called_clean():
    vulnerable = {"dependencies": [
        {"name": "httpx", "version": "0.1", "vulns": [{"id": "PYSEC-1", "fix_versions": ["0.2"]}]},
        {"name": "redis", "version": "7", "vulns": []},
    ]}  # fmt: skip
    assert pip_audit_verdict(vulnerable)[0] == FOUND
    skipped = {"dependencies": [{"name": "httpx", "skip_reason": "Dependency not found"}]}
    code, lines = pip_audit_verdict(skipped)
    assert code == NOT_AUDITED and "httpx" in lines[0]
    assert pip_audit_verdict({"dependencies": []})[0] == NOT_AUDITED
    assert pip_audit_verdict({"dependencies": [{"name": "redis", "vulns": []}]})[0] == CLEAN


def test_npm_fails_from_high_up_and_an_unreachable_source_is_not_audited():
    counts = {"info": 0, "low": 3, "moderate": 2, "high": 0, "critical": 0}
    assert npm_audit_verdict({"metadata": {"vulnerabilities": counts}})[0] == CLEAN
    high = {**counts, "high": 1}
    assert npm_audit_verdict({"metadata": {"vulnerabilities": high}})[0] == FOUND
    assert npm_audit_verdict({"error": {"summary": "ENOLOCK"}})[0] == NOT_AUDITED
    refused = npm_audit_verdict({"statusCode": 405, "error": {"summary": "", "detail": ""}})
    assert refused == (NOT_AUDITED, ["not audited: the advisory source answered HTTP 405"])


def test_a_finding_outranks_an_audit_that_could_not_run():
    assert overall([NOT_AUDITED, FOUND]) == FOUND
    assert overall([CLEAN, NOT_AUDITED]) == NOT_AUDITED
    assert overall([CLEAN, CLEAN]) == CLEAN


def test_the_readme_records_every_runtime_dependency_at_its_installed_version():
    versions = runtime_versions()
    assert {"reflex", "sqlmodel", "httpx", "redis", "sqlalchemy", "granian"} <= set(versions)
    assert "pytest" not in versions and "playwright" not in versions  # test extras only
    assert versions_table(versions) in README.read_text()
