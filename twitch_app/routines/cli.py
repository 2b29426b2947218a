"""`twitch-app routines`: print the routine catalogue, or one schedule, as JSON."""

import argparse
import json
import sys

from .catalogue import UnknownRoutineError, get_routine
from .export import catalogue_json, schedule_json
from .schedule import build_schedule


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="twitch-app routines",
        description="Print the relaxation routine catalogue as JSON.",
    )
    parser.add_argument(
        "--schedule",
        metavar="ROUTINE_ID",
        help="print the timed schedule of one routine instead of the catalogue",
    )
    parser.add_argument(
        "--minutes", type=int, default=None, help="length for --schedule (default: first choice)"
    )
    return parser


def main(argv: list[str]) -> int:
    """Print JSON to stdout; return 0 on success, 2 on a bad routine id or length."""
    args = _parser().parse_args(argv)
    if args.schedule is None:
        payload = catalogue_json()
    else:
        try:
            minutes = args.minutes
            if minutes is None:
                minutes = get_routine(args.schedule).duration_choices[0]
            payload = schedule_json(build_schedule(args.schedule, minutes))
        except (UnknownRoutineError, ValueError) as error:
            print(f"twitch-app routines: {error}", file=sys.stderr)
            return 2
    print(json.dumps(payload, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
