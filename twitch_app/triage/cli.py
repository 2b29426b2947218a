"""Command line: `twitch-app assess < findings.json` and `twitch-app assess --schema`.

`main` takes the arguments after "assess" and returns the exit code, so the app's own CLI can
delegate to it. Exit codes: 0 done, 2 bad input (message on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from .engine import assess
from .findings import FindingsError
from .schema import findings_schema

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def main(
    argv: list[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    parser = argparse.ArgumentParser(
        prog="twitch-app assess",
        description="Read one findings JSON object on stdin and print the assessment as JSON.",
    )
    parser.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of the findings and exit"
    )
    try:
        args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    except SystemExit as stop:  # --help (0) or a bad option (2): report the code, do not exit
        return int(stop.code or 0)

    if args.schema:
        _print_json(findings_schema(), stdout)
        return EXIT_OK
    try:
        raw = json.loads(stdin.read())
    except json.JSONDecodeError as error:
        print(f"error: the input is not valid JSON: {error}", file=stderr)
        return EXIT_BAD_INPUT
    try:
        assessment = assess(raw)  # anything but an object is rejected by the validator
    except FindingsError as error:
        print(f"error: {error}", file=stderr)
        return EXIT_BAD_INPUT
    _print_json(assessment.to_dict(), stdout)
    return EXIT_OK


def _print_json(value: object, stream: TextIO) -> None:
    json.dump(value, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


if __name__ == "__main__":
    sys.exit(main())
