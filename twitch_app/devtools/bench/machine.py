"""What the numbers were measured on: machine, versions, date."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _command_version(*command: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "missing"
    return (done.stdout or done.stderr).strip().splitlines()[0] if done.returncode == 0 else "?"


def _package(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "missing"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gib() -> float:
    try:
        first = Path("/proc/meminfo").read_text().splitlines()[0]
        return int(first.split()[1]) / 1024 / 1024
    except (OSError, IndexError, ValueError):
        return 0.0


def describe(lighthouse_version: str, runs: int) -> dict[str, str | int]:
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": (
            f"{os.cpu_count()} cores ({_cpu_model()}), {_memory_gib():.0f} GiB, "
            f"{platform.system()} {platform.release()}"
        ),
        "versions": (
            f"Python {platform.python_version()}, reflex {_package('reflex')}, "
            f"granian {_package('granian')}, Node {_command_version('node', '--version')}, "
            f"{_command_version('chromium', '--version')}, Lighthouse {lighthouse_version}, "
            f"{_command_version('redis-server', '--version')[:40]}"
        ),
        "lighthouse_runs": runs,
    }
