"""A real Grivo server for the tests: `node dist/cli.js serve` on a fresh database.

SQLite always; PostgreSQL (a fresh schema) when TEST_DATABASE_URL is set.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Dict, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
SDK_ROOT = os.path.dirname(HERE)
REPO_ROOT = os.path.dirname(os.path.dirname(SDK_ROOT))
CLI = os.path.join(REPO_ROOT, "dist", "cli.js")

if SDK_ROOT not in sys.path:
    sys.path.insert(0, SDK_ROOT)

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL") or None

# Hang guards only (a server that never starts, a job that never ends): never reached when things work.
START_TIMEOUT = 60.0


def require_build() -> None:
    if not os.path.isfile(CLI):
        raise RuntimeError(
            f"{CLI} is missing: run `npm run build` in {REPO_ROOT} (npm test does) before the Python SDK tests."
        )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def node() -> str:
    found = shutil.which("node")
    if not found:
        raise RuntimeError("node is not on PATH: the tests run the Grivo server with it.")
    return found


class GrivoServer:
    """One server process with its own database, a pro workspace and an API key."""

    def __init__(self, engine: str) -> None:
        self.engine = engine
        self.process: Optional[subprocess.Popen] = None
        self.data_dir = tempfile.mkdtemp(prefix="grivo-pysdk-")
        self.log_path = os.path.join(self.data_dir, "server.log")
        self.schema: Optional[str] = None
        self.url = ""
        self.api_key = ""
        self.workspace_id = ""

    def env(self) -> Dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": os.environ.get("HOME", self.data_dir),
            "GRIVO_DATA_DIR": self.data_dir,
            "GRIVO_LOG_LEVEL": "warn",
            "HOST": "127.0.0.1",
            # The suite makes many calls quickly; the retry tests use their own stub server.
            "GRIVO_RATE_LIMIT_PRO": "1000000",
        }
        if self.engine == "postgres":
            env["DATABASE_URL"] = self.database_url
        return env

    def start(self) -> "GrivoServer":
        require_build()
        try:
            if self.engine == "postgres":
                self._create_schema()
            self.workspace_id = self._cli(["workspaces", "create", "--name", "Python SDK tests", "--plan", "pro"])
            self.api_key = self._cli(["keys", "create", "--workspace", self.workspace_id, "--name", "pysdk"])
            port = free_port()
            self.url = f"http://127.0.0.1:{port}"
            log = open(self.log_path, "wb")
            self.process = subprocess.Popen(
                [node(), CLI, "serve"],
                cwd=REPO_ROOT,
                env={**self.env(), "PORT": str(port)},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            log.close()
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"grivo serve exited with {self.process.returncode}:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url + "/readyz", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"grivo serve did not become ready at {self.url}:\n{self.output()}")
            time.sleep(0.1)

    def output(self) -> str:
        try:
            with open(self.log_path, "r", encoding="utf-8", errors="replace") as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def _cli(self, args: List[str]) -> str:
        done = subprocess.run(
            [node(), CLI, *args],
            cwd=REPO_ROOT,
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"grivo {' '.join(args)} failed ({done.returncode}):\n{done.stderr}{done.stdout}")
        return done.stdout.strip().splitlines()[-1].strip()

    # -- PostgreSQL: a schema of its own --------------------------------------------

    @property
    def database_url(self) -> str:
        assert TEST_DATABASE_URL and self.schema
        parts = urllib.parse.urlsplit(TEST_DATABASE_URL)
        query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "options"]
        query.append(("options", f"-c search_path={self.schema}"))
        return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query, quote_via=urllib.parse.quote)))

    def _psql(self, sql: str) -> None:
        psql = shutil.which("psql")
        if not psql:
            raise RuntimeError("psql is not on PATH: it creates and drops the PostgreSQL test schema.")
        subprocess.run(
            [psql, TEST_DATABASE_URL or "", "-v", "ON_ERROR_STOP=1", "-qAtc", sql],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def _create_schema(self) -> None:
        self.schema = "t_pysdk_" + secrets.token_hex(6)
        self._psql(f"create schema {self.schema}")

    # -- stopping -----------------------------------------------------------------------

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.schema is not None:
            try:
                self._psql(f"drop schema if exists {self.schema} cascade")
            except (subprocess.CalledProcessError, RuntimeError, subprocess.TimeoutExpired) as error:
                print(f"warning: could not drop schema {self.schema}: {error}", file=sys.stderr)
            self.schema = None
        shutil.rmtree(self.data_dir, ignore_errors=True)


def wait_until(check, what: str, timeout: float = 120.0, interval: float = 0.2):
    """Polls check() until it returns a truthy value; a hang guard, not a timing assertion."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: still not done after {timeout} seconds")
        time.sleep(interval)
