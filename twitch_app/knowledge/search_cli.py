"""`twitch-app search "QUERY"`: the ranked cards for a query, as the /causes page ranks them."""

import argparse
import json
import sys

from twitch_app.knowledge.search import search
from twitch_app.knowledge.taxonomy import CATEGORIES


def main(argv: list[str]) -> int:
    """Print [{"id", "kind", "title"}, ...] best first; exit 2 on a bad category."""
    parser = argparse.ArgumentParser(
        prog="twitch-app search", description="Search the cards the way the app does."
    )
    parser.add_argument("query", help='what a person would type, e.g. "eye twitch"')
    parser.add_argument("--category", choices=CATEGORIES, help="only cause cards of this category")
    args = parser.parse_args(argv)
    hits = search(args.query, args.category)
    print(
        json.dumps(
            [{"id": hit.id, "kind": hit.kind, "title": hit.title} for hit in hits],
            indent=2,
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
