"""The `assess` command line and the published JSON Schema."""

import dataclasses
import io
import json
import subprocess
import sys

from twitch_app.triage import Findings, findings_schema
from twitch_app.triage.cli import main
from twitch_app.triage.findings import Lifestyle, Medicines
from twitch_app.triage.findings_spec import Area, Condition, MedicineKind, Symptom, When


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_assess_round_trip() -> None:
    findings = {"areas": ["eyelid"], "lifestyle": {"caffeine_drinks_per_day": 5}}
    code, out, err = run([], json.dumps(findings))
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["urgency"] == "self_care"
    assert result["causes"][0]["id"] == "eyelid_twitch"
    assert any("5 drinks with caffeine" in r for c in result["causes"] for r in c["reasons"])


def test_red_flag_reaches_the_json_output() -> None:
    code, out, _ = run([], '{"symptoms": ["weakness"], "areas": ["arm"]}')
    flags = json.loads(out)["red_flags"]
    assert code == 0
    assert {"id": "D3", "fields": ["symptoms.weakness"]}.items() <= flags[0].items()


def test_bad_json_exits_2_with_a_message() -> None:
    code, out, err = run([], "{not json")
    assert (code, out) == (2, "")
    assert "not valid JSON" in err


def test_bad_findings_exit_2_naming_the_field() -> None:
    code, out, err = run([], '{"lifestyle": {"stress": 42}}')
    assert (code, out) == (2, "")
    assert "lifestyle.stress must be 0-10" in err


def test_a_json_array_is_rejected() -> None:
    code, _, err = run([], '["eyelid"]')
    assert code == 2 and "findings must be an object" in err


def test_unknown_option_returns_2_instead_of_exiting() -> None:
    code, _, _ = run(["--nope"])
    assert code == 2


def test_schema_is_json_describing_every_key() -> None:
    code, out, _ = run(["--schema"])
    schema = json.loads(out)
    top = schema["properties"]
    assert code == 0 and schema["additionalProperties"] is False
    assert set(top) == {f.name for f in dataclasses.fields(Findings)}
    assert set(top["lifestyle"]["properties"]) == {f.name for f in dataclasses.fields(Lifestyle)}
    assert set(top["medicines"]["properties"]) == {f.name for f in dataclasses.fields(Medicines)}
    assert top["areas"]["items"]["enum"] == [a.value for a in Area]
    assert top["when"]["items"]["enum"] == [w.value for w in When]
    assert top["symptoms"]["items"]["enum"] == [s.value for s in Symptom]
    assert top["conditions"]["items"]["enum"] == [c.value for c in Condition]
    kinds = top["medicines"]["properties"]["kinds"]["items"]["enum"]
    assert kinds == [k.value for k in MedicineKind]
    stress = top["lifestyle"]["properties"]["stress"]
    assert (stress["minimum"], stress["maximum"], stress["type"]) == (0, 10, ["integer", "null"])
    assert schema == findings_schema()


def test_module_runs_as_a_program() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "twitch_app.triage.cli"],
        input='{"when": ["falling_asleep"]}',
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["causes"][0]["id"] == "hypnic_jerk"


ISSUE_20_FINDINGS = (
    "sudden_weakness_one_side",
    "confusion",
    "head_injury",
    "bladder_or_bowel_problems",
    "neck_twisting_or_eyes_rolling",
    "leg_swollen_red_or_warm",
    "dark_urine",
    "stiff_neck",
)


def test_the_schema_publishes_the_eight_new_findings() -> None:
    code, out, _ = run(["--schema"])
    symptoms = json.loads(out)["properties"]["symptoms"]["items"]["enum"]
    assert code == 0 and set(ISSUE_20_FINDINGS) <= set(symptoms)


def test_the_schema_publishes_the_rash_and_serotonin_findings() -> None:
    code, out, _ = run(["--schema"])
    top = json.loads(out)["properties"]
    symptoms = top["symptoms"]["items"]["enum"]
    assert code == 0
    assert {"rash_not_fading", "high_fever", "sweating", "agitation"} <= set(symptoms)
    assert "dose_increased" in top["medicines"]["properties"]


def test_a_stiff_neck_with_a_rash_is_an_emergency_citing_the_nhs_pages() -> None:
    code, out, _ = run([], '{"symptoms": ["stiff_neck", "rash_not_fading"]}')
    result = json.loads(out)
    flags = {flag["rule_id"]: flag for flag in result["red_flags"]}
    assert code == 0 and result["urgency"] == "emergency"
    assert flags["E_meningitis"]["source"]["url"].endswith("/conditions/meningitis/symptoms/")
    assert flags["E_rash_not_fading"]["source"]["url"].endswith("/conditions/sepsis/")
    assert result["routines"] == [] and result["remedies"] == []


def test_a_raised_dose_that_is_not_true_or_false_is_refused() -> None:
    code, out, err = run([], '{"medicines": {"dose_increased": "yes"}}')
    assert (code, out) == (2, "") and "medicines.dose_increased" in err


def test_every_red_flag_in_the_output_names_its_rule_and_source() -> None:
    findings = {"symptoms": [*ISSUE_20_FINDINGS, "fever", "severe_headache", "weakness"]}
    code, out, _ = run([], json.dumps(findings))
    result = json.loads(out)
    assert code == 0 and result["urgency"] == "emergency"
    assert {"E_stroke", "E_head_injury", "E_meningitis", "E_cauda_equina"} <= {
        flag["rule_id"] for flag in result["red_flags"]
    }
    for flag in result["red_flags"]:
        assert flag["rule_id"] and flag["source"]["title"]
        assert flag["source"]["url"].startswith(("https://www.nhs.uk/", "https://www.nice.org.uk/"))


def test_an_unknown_finding_is_refused_with_exit_2() -> None:
    code, out, err = run([], '{"symptoms": ["sudden_weakness"]}')
    assert (code, out) == (2, "")
    assert "symptoms" in err and "sudden_weakness" in err
