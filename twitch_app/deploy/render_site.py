"""Fill nginx-site.conf for a deployment.

python -m twitch_app.deploy.render_site --root DIR --backend HOST:PORT > site.conf
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from twitch_app.security_headers import nginx_hide_backend_lines, nginx_lines

TEMPLATE = Path(__file__).with_name("nginx-site.conf")
# Values go into nginx syntax unquoted: allow only what an address, a name or a path needs.
_SAFE = re.compile(r"^[A-Za-z0-9_.:/\[\]-]+$")


def render_site(*, listen: str, root: Path, backend: str, server_name: str = "_") -> str:
    values = {
        "listen": listen,
        "root": str(Path(root).resolve()),
        "backend": backend,
        "server_name": server_name,
    }
    for name, value in values.items():
        if not _SAFE.match(value):
            raise ValueError(f"{name} {value!r} has characters nginx would misread")
    text = TEMPLATE.read_text()
    # Ours, not a caller's: no _SAFE check.
    values["security_headers"] = nginx_lines()
    values["hide_backend_security_headers"] = nginx_hide_backend_lines()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listen", default="80", help="port, or address:port")
    parser.add_argument("--server-name", default="_")
    parser.add_argument("--root", required=True, type=Path, help="the exported build/client")
    parser.add_argument("--backend", required=True, help="host:port of the backend workers")
    args = parser.parse_args(argv)
    try:
        sys.stdout.write(
            render_site(
                listen=args.listen,
                root=args.root,
                backend=args.backend,
                server_name=args.server_name,
            )  # fmt: skip
        )
    except ValueError as problem:
        print(f"ERROR: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
