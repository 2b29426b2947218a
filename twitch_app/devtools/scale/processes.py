"""Which backend worker holds which connection (Linux /proc), so a test can kill the right one."""

from __future__ import annotations

import os
from pathlib import Path

_ESTABLISHED = "01"  # the state column of /proc/net/tcp


def child_pids(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue  # the thread ended while we looked
    return sorted(set(children))


def socket_inodes_on_port(port: int) -> set[str]:
    """Inodes of established TCP sockets whose local end is `port` (the server's side)."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            if local_port == port and fields[3] == _ESTABLISHED:
                inodes.add(fields[9])
    return inodes


def socket_owners(candidates: list[int], inodes: set[str]) -> list[int]:
    """The candidate processes that hold one of these sockets."""
    owners = []
    for pid in candidates:
        try:
            links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()]
        except OSError:
            continue  # the process ended while we looked
        if any(link.startswith("socket:[") and link[8:-1] in inodes for link in links):
            owners.append(pid)
    return owners
