"""A throwaway PostgreSQL cluster for tests, benchmarks and trying the team store.

``TempCluster`` runs Debian's (or any) PostgreSQL server binaries: ``initdb`` in a temporary
folder, a server on a free port on 127.0.0.1 (and a unix socket in that folder), one
database, and on ``stop()`` the server is shut down and the folder removed. PostgreSQL
refuses to run as root, so when we are root the cluster runs as an unprivileged system
user (``storyline-pg``, created with ``useradd`` when missing).

    python -m storyline.store.postgres_cluster     # prints the URL, stops on Ctrl-C

Nothing here is needed to *use* a PostgreSQL database: point ``--db`` at any server.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import MissingDependencyError, StoreError

PG_USER = "storyline-pg"
_SEARCH = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/opt/homebrew/opt/postgresql*/bin")


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (newest Debian version first)."""
    env = os.environ.get("STORYLINE_PG_BINDIR")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    for pattern in _SEARCH:
        found = sorted(
            Path("/").glob(pattern.lstrip("/")),
            key=lambda p: [int(x) if x.isdigit() else 0 for x in p.parent.name.split(".")],
        )
        for path in reversed(found):
            if (path / "initdb").exists() and (path / "pg_ctl").exists():
                return path
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unprivileged_user() -> pwd.struct_passwd | None:
    """None when we are not root; else the user the server runs as (created if needed)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(PG_USER)
    except KeyError:
        pass
    try:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
            check=True, capture_output=True,
        )
        return pwd.getpwnam(PG_USER)
    except (OSError, subprocess.CalledProcessError, KeyError):
        return pwd.getpwnam("nobody")


class TempCluster:
    """One temporary PostgreSQL server with one database; ``url`` is ready after ``start``."""

    def __init__(self, *, database: str = "storyline", durable: bool = False) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise MissingDependencyError(
                "PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian's "
                "`postgresql` package or set STORYLINE_PG_BINDIR"
            )
        self.bindir = bindir
        self.database = database
        self.durable = durable  # False: fsync off, for tests (a crash loses the cluster)
        self.port = 0
        self.dir: Path | None = None
        self.user = _unprivileged_user()

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{self.database}"

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        user = self.user
        proc = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True, text=True, cwd="/",
            user=None if user is None else user.pw_uid,
            group=None if user is None else user.pw_gid,
            extra_groups=None if user is None else [],
        )
        if proc.returncode != 0:
            raise StoreError(f"{args[0]} failed: {(proc.stderr or proc.stdout).strip()[-500:]}")

    def start(self) -> str:
        self.dir = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
        atexit.register(self.stop)  # no server left running if the caller never stops it
        if self.user is not None:
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        data = self.dir / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        opts = [
            f"-p {0}", "-c listen_addresses=127.0.0.1", f"-k {self.dir}",
            "-c max_connections=100", "-c shared_buffers=128MB",
        ]
        if not self.durable:
            opts += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        for _attempt in range(5):
            self.port = free_port()
            opts[0] = f"-p {self.port}"
            try:
                self._run("pg_ctl", "-D", str(data), "-w", "-t", "60", "-l",
                          str(self.dir / "server.log"), "-o", " ".join(opts), "start")
                break
            except StoreError:
                if _attempt == 4:
                    raise
                time.sleep(0.2)
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                  self.database)
        return self.url

    def stop(self) -> None:
        if self.dir is None:
            return
        with contextlib.suppress(StoreError):
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    def __enter__(self) -> TempCluster:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def temp_cluster(**kwargs: bool | str) -> Iterator[TempCluster]:
    cluster = TempCluster(**kwargs)  # type: ignore[arg-type]
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


def main() -> int:
    """Start a cluster, print its URL, wait for Ctrl-C / SIGTERM, stop and clean up."""
    try:
        cluster = TempCluster(durable="--durable" in sys.argv)
        cluster.start()
    except (MissingDependencyError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    stop = False

    def _stop(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    print(cluster.url, flush=True)
    try:
        while not stop:
            time.sleep(0.2)
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
