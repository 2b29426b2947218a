"""A throwaway PostgreSQL cluster and Redis on loopback, for `make test-scale` and trials.

    python -m twitch_app.devtools.scale.services start        start both (install when missing)
    python -m twitch_app.devtools.scale.services fresh NAME   a new empty database NAME, Redis
                                                              flushed; prints `export ...` lines
    python -m twitch_app.devtools.scale.services stop         stop both

Both keep their files in data/scale/ (git-ignored; TWITCH_SCALE_DIR moves it) and listen on
127.0.0.1 only, with generated passwords, so nothing here touches a system-wide cluster.
PostgreSQL refuses to run as root, so under root it runs as Debian's `postgres` user.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# Each checkout gets its own pair of ports (from its path), so two checkouts' services on one
# machine (a CI clone beside a working copy) never answer for each other.
_PORT_OFFSET = 2 * (zlib.crc32(str(ROOT).encode()) % 4000)
PG_PORT = int(os.environ.get("TWITCH_SCALE_PG_PORT", str(48000 + _PORT_OFFSET)))
REDIS_PORT = int(os.environ.get("TWITCH_SCALE_REDIS_PORT", str(48001 + _PORT_OFFSET)))
PG_USER = "twitch"
SERVICE_USER = "postgres"  # the account Debian's postgresql package creates
START_TIMEOUT_S = 60


class ServiceError(RuntimeError):
    """A service could not be installed or started; the message says what to do."""


def scale_dir() -> Path:
    return Path(os.environ.get("TWITCH_SCALE_DIR", ROOT / "data" / "scale"))


def _is_root() -> bool:
    return os.geteuid() == 0


def _pg_bin(name: str) -> str | None:
    # Debian keeps the server tools out of PATH, one folder per major version: take the newest.
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0,
    )
    return str(candidates[-1]) if candidates else shutil.which(name)


def ensure_installed() -> None:
    """Install Debian's postgresql and redis-server when either is missing."""
    missing = [
        package
        for package, found in (
            ("postgresql", _pg_bin("initdb")),
            ("redis-server", shutil.which("redis-server")),
        )
        if not found
    ]
    if not missing:
        return
    if not _is_root():
        raise ServiceError(
            f"{' and '.join(missing)} missing: run as root: apt-get install -y {' '.join(missing)}"
        )
    print(f"Installing Debian's {' and '.join(missing)}...", file=sys.stderr)
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise ServiceError(
            f"could not install {' '.join(missing)} ({error}); "
            f"install them by hand: apt-get install -y {' '.join(missing)}"
        ) from error


@dataclass(frozen=True)
class Credentials:
    pg_password: str
    redis_password: str


def credentials() -> Credentials:
    """Generated once per data/scale folder, readable by its owner only."""
    path = scale_dir() / "credentials.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = {"pg_password": secrets.token_hex(16), "redis_password": secrets.token_hex(16)}
        path.touch(mode=0o600)
        path.write_text(json.dumps(fresh))
    return Credentials(**json.loads(path.read_text()))


def database_url(name: str) -> str:
    return f"postgresql+psycopg://{PG_USER}:{credentials().pg_password}@127.0.0.1:{PG_PORT}/{name}"


def redis_url(db: int = 0) -> str:
    return f"redis://:{credentials().redis_password}@127.0.0.1:{REDIS_PORT}/{db}"


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_dir() -> Path:
    return scale_dir() / "postgres"


def _as_service_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", SERVICE_USER, "--", *command] if _is_root() else command


def _pg_ctl(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    command = _as_service_user([_pg_bin("pg_ctl") or "pg_ctl", "-D", str(_pg_dir()), *args])
    return subprocess.run(command, check=check, capture_output=True, text=True)


def _init_cluster() -> None:
    data = _pg_dir()
    data.mkdir(parents=True, mode=0o700)
    password_file = scale_dir() / "pg-password"
    password_file.touch(mode=0o600)
    password_file.write_text(credentials().pg_password)
    if _is_root():
        shutil.chown(data, SERVICE_USER)
        shutil.chown(password_file, SERVICE_USER)
    try:
        # Password auth even on loopback: the URL in the environment is the only way in.
        initdb = [_pg_bin("initdb") or "initdb", "-D", str(data), "-U", PG_USER,
                  f"--pwfile={password_file}", "--auth=scram-sha-256", "-E", "UTF8"]  # fmt: skip
        subprocess.run(_as_service_user(initdb), check=True, capture_output=True, text=True)
    finally:
        password_file.unlink()
    # Loopback TCP only; no Unix socket, so nothing depends on /var/run/postgresql.
    settings = f"listen_addresses = '127.0.0.1'\nport = {PG_PORT}\nunix_socket_directories = ''\n"
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(settings)


def start_postgres() -> None:
    if not (_pg_dir() / "PG_VERSION").exists():
        _init_cluster()
    if _pg_ctl("status", check=False).returncode == 0:
        return
    log = _pg_dir() / "server.log"
    started = _pg_ctl("-l", str(log), "-w", "-t", str(START_TIMEOUT_S), "start", check=False)
    if started.returncode != 0:
        tail = log.read_text()[-2000:] if log.exists() else started.stderr
        raise ServiceError(f"PostgreSQL did not start on 127.0.0.1:{PG_PORT}:\n{tail}")


def fresh_database(name: str) -> str:
    """Drop and create the database NAME; return its URL."""
    import psycopg  # only the scale tools need the driver

    if not name.isidentifier():
        raise ServiceError(f"database names here are plain identifiers, not {name!r}")
    admin = f"host=127.0.0.1 port={PG_PORT} user={PG_USER} dbname=postgres"
    with psycopg.connect(admin, password=credentials().pg_password, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')
    return database_url(name)


# --- Redis --------------------------------------------------------------------------------


def _redis_client():
    import redis

    return redis.Redis.from_url(redis_url(), socket_timeout=2)


def _redis_answers() -> bool:
    import redis

    try:
        return bool(_redis_client().ping())
    except redis.RedisError:
        return False


def start_redis() -> None:
    if _redis_answers():
        return
    folder = scale_dir() / "redis"
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "redis.conf"
    conf.touch(mode=0o600)  # it holds the password
    # No snapshots: this Redis holds session state for tests, which a restart may drop.
    conf.write_text(
        f"bind 127.0.0.1\nport {REDIS_PORT}\nrequirepass {credentials().redis_password}\n"
        f"daemonize yes\npidfile {folder / 'redis.pid'}\nlogfile {folder / 'redis.log'}\n"
        f'dir {folder}\nsave ""\nappendonly no\n'
    )
    subprocess.run(["redis-server", str(conf)], check=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    while not _redis_answers():
        if time.monotonic() > deadline:
            raise ServiceError(f"Redis did not answer on 127.0.0.1:{REDIS_PORT}; see {folder}")
        time.sleep(0.2)


def flush_redis() -> None:
    _redis_client().flushdb()


def start() -> None:
    ensure_installed()
    start_postgres()
    start_redis()


def stop() -> None:
    import redis

    if _pg_dir().exists():
        _pg_ctl("-m", "fast", "-w", "stop", check=False)
    # Shutting down closes the connection (or Redis was not running): both are fine here.
    with contextlib.suppress(redis.ConnectionError):
        _redis_client().shutdown(nosave=True)


def _stdout_for_exports_only():
    """Point file descriptor 1 at stderr for everything else (apt-get, dpkg, redis-server,
    our own notices) and return a stream on the real stdout: the Makefile `eval`s it."""
    sys.stdout.flush()
    exports = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    return exports


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    exports = _stdout_for_exports_only()
    try:
        if args == ["start"]:
            start()
        elif args == ["stop"]:
            stop()
        elif len(args) == 2 and args[0] == "fresh":
            start()
            url = fresh_database(args[1])
            flush_redis()
            print(f"export DATABASE_URL='{url}'\nexport REDIS_URL='{redis_url()}'", file=exports)
        else:
            print(__doc__.strip(), file=sys.stderr)
            return 2
    except ServiceError as problem:
        print(f"ERROR: {problem}", file=sys.stderr)
        return 1
    finally:
        exports.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
