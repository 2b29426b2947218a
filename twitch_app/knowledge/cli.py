"""`twitch-app content`: print the knowledge base as indented JSON."""

import argparse
import json
import sys

from twitch_app.knowledge.content import content_json
from twitch_app.knowledge.validate import KnowledgeError


def main(argv: list[str]) -> int:
    """Print the knowledge base (or one section of it) to stdout; return a process exit code."""
    parser = argparse.ArgumentParser(
        prog="twitch-app content",
        description="Print the Twitch Relief knowledge base as JSON.",
    )
    parser.add_argument(
        "--section",
        help="print only this top-level key, for example causes or red_flags",
    )
    args = parser.parse_args(argv)
    try:
        data = content_json()
    except KnowledgeError as error:
        print(error, file=sys.stderr)
        return 1
    if args.section is not None:
        if args.section not in data:
            print(
                f"unknown section {args.section!r}; choose from: {', '.join(data)}", file=sys.stderr
            )
            return 2
        data = {args.section: data[args.section]}
    print(json.dumps(data, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
