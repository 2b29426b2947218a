"""`twitch-app`: the pure core on the command line, for clinical review and tools.

twitch-app content            the whole knowledge base as JSON
twitch-app search "QUERY"     the ranked card ids and titles for a query, as JSON
twitch-app assess [--schema]  findings JSON on stdin -> assessment JSON (bad input: exit 2)
twitch-app routines           the routine catalogue as JSON
"""

from __future__ import annotations

import importlib
import sys

# Each command lives with its feature; imported lazily so one command never loads the others.
COMMANDS = {
    "content": "twitch_app.knowledge.cli",
    "search": "twitch_app.knowledge.search_cli",
    "assess": "twitch_app.triage.cli",
    "routines": "twitch_app.routines.cli",
    "backup": "twitch_app.backup.cli",
    "restore": "twitch_app.backup.restore_cli",
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in COMMANDS:
        print(__doc__.strip(), file=sys.stderr)
        return 0 if args[:1] in (["-h"], ["--help"]) else 2
    command = importlib.import_module(COMMANDS[args[0]])
    return command.main(args[1:])


if __name__ == "__main__":
    sys.exit(main())
