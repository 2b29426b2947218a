"""`twitch-app backup` and `twitch-app restore`: dump and load DATABASE_URL's data as JSON.

    twitch-app backup [--device ID] [--out FILE]   the whole database, or one device's data
                                                   (to stdout without --out)
    twitch-app restore FILE                        into an empty, migrated database
    twitch-app restore --device FILE               replace that device's data, keep the rest

A backup holds personal health notes: --out writes a file only its owner can read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from twitch_app.backup import core
from twitch_app.db.engine import session_scope
from twitch_app.settings import load_settings


def _parser(command: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"twitch-app {command}",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if command == "backup":
        parser.add_argument("--device", type=int, help="only this device id's data")
        parser.add_argument("--out", type=Path, help="write here instead of stdout")
    else:
        parser.add_argument("--device", action="store_true", help="the file holds one device")
        parser.add_argument("file", type=Path)
    return parser


def _database_url() -> str:
    # Named explicitly: get_engine() with no URL keeps the first one it saw for the process.
    return load_settings().database_url


def _backup(args: argparse.Namespace) -> None:
    with session_scope(_database_url()) as session:
        if args.device is not None:
            dump = core.dump_device(session, device_id=args.device)
        else:
            dump = core.dump_database(session)
    text = json.dumps(dump, indent=1, sort_keys=True) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return
    args.out.touch(mode=0o600)
    args.out.chmod(0o600)  # also when the file was there before
    args.out.write_text(text)


def _restore(args: argparse.Namespace) -> None:
    dump = json.loads(args.file.read_text())
    with session_scope(_database_url()) as session:
        if args.device:
            device_id = core.restore_device(session, dump)
            print(f"restored device {device_id}", file=sys.stderr)
        else:
            count = core.restore_database(session, dump)
            print(f"restored {count} rows", file=sys.stderr)


def main(argv: list[str] | None = None, *, command: str = "backup") -> int:
    args = _parser(command).parse_args(argv)
    try:
        if command == "backup":
            _backup(args)
        else:
            _restore(args)
    except (core.BackupError, json.JSONDecodeError, OSError) as problem:
        print(f"ERROR: {problem}", file=sys.stderr)
        return 1
    return 0
