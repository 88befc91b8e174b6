"""Publish the warehouse atomically, so that analysts can read it while an ingest runs.

DuckDB allows one writer per file, and a read-only open fails while a writer holds it. So an
ingest never writes the published file (`minutes.duckdb`): it copies it to a working copy
(`minutes.duckdb.work`), writes there, a few whole documents per transaction, and from time to time (at
the end of the batch, and every `publish_every` seconds, less often when the warehouse is so
large that copying it would take over 5 % of the time) closes the working copy, copies it to
`minutes.duckdb.tmp` and renames that over the published path (`os.replace`, atomic on POSIX).

An analyst who opens the published file read-only is never blocked and sees the last complete
state: a reader that opened it before a rename keeps reading the old file until it reconnects.
A crash (even SIGKILL) leaves the published file as it was at the last publication — whole
documents only, with their checks and persons (the `before_publish` hook derives them on the
working copy first) — and the next run starts again from it. A lock file (`minutes.duckdb.lock`)
keeps two ingests from writing the same warehouse at once.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from pathlib import Path

import duckdb

from pipeline import load, manifest

COPY_SHARE = 0.05  # publishing (a copy of the whole warehouse) takes at most this share of an ingest's time


def next_interval(publish_every: float, copy_seconds: float) -> float:
    """Seconds until the next publication during a batch: `publish_every`, or longer when the
    warehouse is so large that copying it would take more than `COPY_SHARE` of the time (a
    5 GB warehouse copied in 10 s is published every 200 s, not every 30 s).

    >>> next_interval(30.0, 0.2), next_interval(30.0, 10.0)
    (30.0, 200.0)
    """
    return max(publish_every, copy_seconds / COPY_SHARE)


class WarehouseBusy(Exception):
    """Another ingest holds the warehouse."""


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def known_documents(db_path: str | Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    """path -> (document_id, pipeline_version, status) stored in the published warehouse."""
    if not Path(db_path).exists():
        return {}
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except duckdb.IOException as exc:  # "Could not set lock on file": someone opened it read-write
        raise WarehouseBusy(
            f"{db_path} est ouvert en écriture par une autre application (DuckDB n'admet qu'un écrivain) : "
            "fermez-la, ou ouvrez l'entrepôt en lecture seule (read_only=True) pour le consulter pendant une ingestion"
        ) from exc
    try:
        rows = con.execute("select path, document_id, pipeline_version, status from documents").fetchall()
    except duckdb.Error:
        rows = []
    finally:
        con.close()
    return {path: (did, version, status) for path, did, version, status in rows}


def stale_sessions(db_path: str | Path, check_codes: list[str]) -> tuple[list[str], bool]:
    """Sessions of the published warehouse whose derived state is incomplete (a check missing from
    `check_runs`, as left by an older version), and whether `persons` is empty while names are
    stored: what a run repairs even when every file is unchanged."""
    if not Path(db_path).exists():
        return [], False
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except duckdb.IOException:
        return [], False  # known_documents has said why already
    try:
        sessions = [mid for (mid,) in con.execute(
            'select meeting_id from meetings m where (select count(distinct c."check") from check_runs c '
            'where c.meeting_id = m.meeting_id and c."check" in (select unnest(?::varchar[]))) < ?',
            [check_codes, len(check_codes)]).fetchall()]
        no_persons = con.execute("select (select count(*) from persons) = 0 and "
                                 "(select count(*) from attendance) > 0").fetchone()[0]
    except duckdb.Error:
        return [], False
    finally:
        con.close()
    return sessions, bool(no_persons)


class Publisher:
    """The writer's side of the warehouse: a locked working copy, published by atomic rename."""

    def __init__(self, db_path: str | Path, publish_every: float = 30.0, before_publish=None):
        self.path = Path(db_path)
        # brings the derived state (checks, persons) up to date with the rows written: called on
        # the working copy before each publication, so that readers never see rows without it
        self.before_publish = before_publish
        self.work = self.path.with_name(self.path.name + ".work")
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.publish_every = publish_every
        self.interval = publish_every  # grows with the warehouse's copy time (next_interval)
        self.con = None
        self.dirty = False
        self._lock = None
        self._last = time.monotonic()

    def __enter__(self) -> Publisher:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.path.with_name(self.path.name + ".lock"), "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            self._lock.close()
            raise WarehouseBusy(f"une autre ingestion écrit déjà dans {self.path}") from exc
        return self

    def connection(self):
        """The working copy's connection, made from the published file on first use."""
        if self.con is None:
            for stale in (self.work, Path(str(self.work) + ".wal")):
                stale.unlink(missing_ok=True)
            if Path(str(self.path) + ".wal").exists():  # written by an older, direct-writing version
                load.connect(self.path).close()
            if self.path.exists():
                shutil.copyfile(self.path, self.work)
            self.con = load.connect(self.work)
        return self.con

    def wrote(self) -> None:
        """Note more documents written; publish when `interval` seconds have passed."""
        self.dirty = True
        if time.monotonic() - self._last >= self.interval:
            self.publish()

    def publish(self, last: bool = False) -> None:
        """Make the working copy's committed state the published warehouse, atomically, its
        derived state brought up to date first (when that fails, nothing is published).
        `last`: nothing will be written after (the ingest ends): the working copy itself becomes
        the warehouse, renamed instead of copied (a copy of the whole warehouse and a new
        connection saved at the end of every ingest), and the publisher has no connection left."""
        if self.con is None:
            return
        if self.before_publish is not None:
            self.before_publish(self.con)
        self.con.execute("checkpoint")
        stored = self.con.execute("select path, document_id, pipeline_version, status from documents").fetchall()
        self.con.close()
        started = time.monotonic()
        published = self.work if last else self.tmp
        if not last:
            shutil.copyfile(self.work, self.tmp)
        _fsync_path(published)
        self.interval = next_interval(self.publish_every, time.monotonic() - started)
        manifest.manifest_path(self.path).unlink(missing_ok=True)  # never a manifest of the previous state
        os.replace(published, self.path)
        _fsync_path(self.path.parent)
        manifest.write(self.path, stored)
        self.dirty = False
        self._last = time.monotonic()
        # the schema is there already: applying it again costs a second
        self.con = None if last else duckdb.connect(str(self.work))

    def __exit__(self, *exc_info) -> None:
        try:
            if self.con is not None:
                if self.dirty:  # the working copy holds whole documents only, even after an error
                    try:
                        self.publish(last=True)
                    except Exception:
                        if exc_info[0] is None:
                            raise
                if self.con is not None:
                    self.con.close()
                    self.con = None
                if not self.dirty:
                    self.work.unlink(missing_ok=True)
        finally:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
