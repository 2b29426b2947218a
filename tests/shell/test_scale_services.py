"""`make test-scale` evals what the services script prints: only export lines may reach stdout."""

import subprocess
import sys

from twitch_app.devtools.scale import services

PROBE = """
import subprocess, sys
from twitch_app.devtools.scale import services
exports = services._stdout_for_exports_only()
subprocess.run(["echo", "Selecting previously unselected package redis-server."], check=True)
print("Installing Debian's redis-server...")
print("export DATABASE_URL='x'", file=exports)
exports.flush()
"""


def test_installer_output_goes_to_stderr_and_only_exports_to_stdout():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert done.stdout == "export DATABASE_URL='x'\n"
    assert "Selecting previously unselected package" in done.stderr
    assert "Installing Debian's redis-server" in done.stderr


def test_the_ports_are_this_checkouts_own_and_not_the_old_fixed_pair():
    assert services.REDIS_PORT == services.PG_PORT + 1
    assert 48000 <= services.PG_PORT < 56000
    assert (services.PG_PORT, services.REDIS_PORT) != (55432, 56379)
