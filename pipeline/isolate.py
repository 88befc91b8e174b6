"""Run `process_file` in worker processes that can be killed: a time and a memory limit per document.

A hostile file (a decompression bomb, an endless content stream, a parser bug that loops)
must cost its own document and nothing else. Each worker is a separate process that caps its
own address space with `resource.setrlimit(RLIMIT_AS)`, so that an allocation beyond the limit
fails inside the worker (Python's `MemoryError`, or a crash of the C library) instead of
exhausting the machine. The parent keeps a watchdog per task: a document that runs past its
time limit has its worker killed (SIGKILL) and replaced, and becomes `failed` with a message
saying which limit it hit. The batch goes on with the other workers.

Workers are forked from a `forkserver` that has already imported the pipeline, so a replacement
starts in milliseconds and never inherits the parent's warehouse connection or its threads.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait

from pipeline.records import ProcessedDocument

DEFAULT_TIMEOUT = 300.0  # seconds per document: OCR of a long scan on a slow machine fits
DEFAULT_MAX_MEMORY_MB = 2048  # address space per worker; a normal 100-page PDF needs a few hundred MB
STARTUP_SECONDS = 120  # a worker (and, the first time, the forkserver importing the pipeline) must start within this
# What the forkserver imports once for every worker: the PDF path, with pdfplumber (the pages that
# may hold a DM table). python-docx and BeautifulSoup (0.3 s of imports) load in a worker on its
# first DOCX or HTML file. `pipeline.preload` imports them with their patterns compiled from the
# cache (`pipeline.patterns`: half the forkserver's start-up otherwise).
WORKER_MODULES = ["pipeline.process", "pipeline.extract", "pipeline.segment", "pipeline.read.pdf", "pipeline.read.text",
                  "pypdfium2", "pdfplumber"]
PRELOAD = ["pipeline.preload"]


@dataclass(frozen=True)
class Limits:
    """Limits applied to each document: seconds of wall time and megabytes of address space."""

    timeout: float = DEFAULT_TIMEOUT
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB


def timeout_message(limits: Limits) -> str:
    """The message of a document stopped by the watchdog."""
    return (f"lecture interrompue : le document a dépassé le délai de {limits.timeout:g} s "
            "(fichier piégé ou trop lourd ; option --timeout pour l'augmenter)")


def memory_message(limits: Limits) -> str:
    """The message of a document that needed more memory than allowed."""
    return (f"lecture interrompue : le document a dépassé la limite de mémoire de {limits.max_memory_mb} Mo "
            "(fichier piégé, par exemple une « bombe de décompression », ou trop lourd ; option --max-memory)")


def crash_message(exitcode: int | None, limits: Limits) -> str:
    """The message of a document whose worker died without answering."""
    how = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"code {exitcode}"
    return (f"le processus de lecture s'est arrêté brutalement ({how}) : document endommagé ou trop lourd "
            f"pour la limite de mémoire de {limits.max_memory_mb} Mo")


def _limit_self(max_memory_mb: int) -> None:
    """In a worker: cap the address space, and die with the parent."""
    if max_memory_mb > 0:
        cap = max_memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:  # Linux: SIGKILL this worker when the ingest process dies, so no orphan keeps reading
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker(conn, limits: Limits, cores_folder: str | None = None, cores_count: int = 1, index: int = 0) -> None:
    """A worker's loop: receive a path, send back its `ProcessedDocument`, until told to stop.
    While it reads a document it holds its core's token; between documents, OCR in another
    worker may borrow it (`pipeline.cores`)."""
    from pipeline import cores
    from pipeline.process import for_the_writer, process_safely

    _limit_self(limits.max_memory_mb)
    if cores_folder:
        cores.install(cores_folder, cores_count, index)
    conn.send("ready")  # the watchdog's clock starts when a worker can work, not while it starts
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        path, data = path if isinstance(path, tuple) else (path, None)  # (path, bytes): a file shipped by a cluster's client
        exhausted = False
        cores.hold()
        try:
            result = process_safely(path, data)
        except MemoryError:
            exhausted = True
            result = ProcessedDocument(str(path), None, 0, "failed", memory_message(limits))
        except RecursionError:
            result = ProcessedDocument(str(path), None, 0, "failed",
                                       "le document est construit de façon trop profondément imbriquée pour être lu")
        finally:
            cores.release()
        try:
            conn.send(for_the_writer(result))
        except MemoryError:
            exhausted = True
            conn.send(ProcessedDocument(str(path), result.document_id, result.size, "failed", memory_message(limits)))
        except (BrokenPipeError, EOFError, OSError):
            return
        except Exception as exc:  # a result that cannot be pickled (too deep, too large)
            conn.send(ProcessedDocument(str(path), result.document_id, result.size, "failed",
                                        f"le résultat n'a pu être transmis ({type(exc).__name__})"))
        if exhausted:
            return  # a worker that ran out of memory may be in a bad state: start a fresh one


def _context():
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def warm_up() -> None:
    """Start the forkserver now: it imports the pipeline (about a second) while the caller does
    its own setup (opening the warehouse, hashing the files), instead of after it."""
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


@dataclass
class _Slot:
    process: object
    conn: object
    index: int = 0
    path: str | None = None
    started: float = 0.0


@dataclass(frozen=True)
class _Cores:
    """The workers' shared core tokens (`pipeline.cores`): their folder and count."""

    folder: str | None = None
    count: int = 1


def _start(ctx, limits: Limits, cores: _Cores = _Cores(), index: int = 0) -> _Slot:
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_worker, args=(child, limits, cores.folder, cores.count, index), daemon=True)
    process.start()
    child.close()
    if not parent.poll(STARTUP_SECONDS) or parent.recv() != "ready":
        process.kill()
        raise RuntimeError("un processus de lecture n'a pu démarrer")
    return _Slot(process, parent, index)


def _kill(process) -> None:
    try:
        os.kill(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # it died on its own meanwhile


def _stop(slot: _Slot, kill: bool = False) -> int | None:
    if kill and slot.process.is_alive():
        _kill(slot.process)
    else:
        try:
            slot.conn.send(None)
        except OSError:
            pass
    slot.process.join(5)
    if slot.process.is_alive():
        _kill(slot.process)
        slot.process.join()
    slot.conn.close()
    return slot.process.exitcode


def run_isolated(paths: Iterable[str | tuple[str, bytes]], jobs: int, limits: Limits | None = None) -> Iterator[ProcessedDocument]:
    """Process each path (or `(path, bytes)`: a file read elsewhere) in a worker process under
    `limits`; yield results as they complete.

    The workers start, and each gets its first document, at the call, not at the first `next`:
    the caller's own setup (opening the warehouse, publishing an empty one) overlaps with their
    reading. Callers must close the iterator (or exhaust it) to stop them: `contextlib.closing`, or
    a `try`/`finally` calling its `close()`; a worker that fails to start stops the others before
    the exception reaches the caller.

    Never raises for a bad document: a document that times out, exhausts its memory or crashes
    its worker is yielded as `failed` with a message a person understands.
    """
    run = _run_isolated(paths, jobs, limits)
    next(run, None)  # up to the workers started and fed (the marker yielded then), or nothing to do
    return run


def _run_isolated(paths: Iterable[str | tuple[str, bytes]], jobs: int, limits: Limits | None = None) -> Iterator:
    """`run_isolated`'s generator: yields None once its workers are started and fed, then the results."""
    limits = limits or Limits()
    pending = deque((str(p[0]), p[1]) if isinstance(p, tuple) else str(p) for p in paths)
    if not pending:
        return
    ctx = _context()
    from pipeline import cores as core_tokens

    # one token per core the user gave (--jobs), even with fewer documents than that: a single
    # long scan reads its pages on all of them
    cores = _Cores(core_tokens.make(max(1, jobs)), max(1, jobs))
    slots: list[_Slot] = []
    try:
        # inside the `try`: a worker failing to start stops those started before it and frees the cores' tokens
        for index in range(max(1, min(jobs, len(pending)))):
            slots.append(_start(ctx, limits, cores, index))

        def feed(slot: _Slot) -> None:
            """Give an idle worker the next document, before its last result is handed over: the
            caller writes that result to the warehouse meanwhile, and the worker must not wait."""
            if slot.path is None and pending:
                item = pending.popleft()
                slot.path, slot.started = item[0] if isinstance(item, tuple) else item, time.monotonic()
                slot.conn.send(item)

        for slot in slots:
            feed(slot)
        yield None  # started: `run_isolated` returns here
        while pending or any(s.path for s in slots):
            for slot in slots:
                feed(slot)
            busy = [s for s in slots if s.path]
            now = time.monotonic()
            next_deadline = min(s.started + limits.timeout for s in busy)
            ready = set(wait([s.conn for s in busy] + [s.process.sentinel for s in busy], max(0.0, next_deadline - now)))
            for index, slot in enumerate(slots):
                if not slot.path:
                    continue
                result = None
                if slot.conn in ready:
                    try:
                        result = slot.conn.recv()
                    except (EOFError, OSError):
                        result = None
                    if result is not None:
                        slot.path = None
                        if not slot.process.is_alive() or result.status == "failed" and "mémoire" in result.message:
                            slots[index] = _replace(ctx, slot, limits, cores)
                        feed(slots[index])
                        yield result
                        continue
                if slot.conn in ready or slot.process.sentinel in ready:
                    path = slot.path
                    code = _stop(slot, kill=True)
                    slots[index] = _start(ctx, limits, cores, slot.index)
                    feed(slots[index])
                    yield ProcessedDocument(path, None, 0, "failed", crash_message(code, limits))
                elif time.monotonic() >= slot.started + limits.timeout:
                    path = slot.path
                    _stop(slot, kill=True)
                    slots[index] = _start(ctx, limits, cores, slot.index)
                    feed(slots[index])
                    yield ProcessedDocument(path, None, 0, "failed", timeout_message(limits))
    finally:
        for slot in slots:
            _stop(slot, kill=slot.path is not None)
        core_tokens.remove(cores.folder)


def _replace(ctx, slot: _Slot, limits: Limits, cores: _Cores) -> _Slot:
    slot.path = None
    _stop(slot)
    return _start(ctx, limits, cores, slot.index)
