"""Read documents on a Dask distributed cluster; the warehouse is still written here, by one writer.

`minutier ingest PATH... --cluster ADDRESS` maps the per-document function
(`pipeline.process.process_file`) over a cluster's workers and streams the results back, as they
complete, to the ingest's writer (`pipeline.ingest`), which stays the only process that writes
DuckDB. `ADDRESS` is `local` (a `LocalCluster` on this machine, one single-threaded worker
process per core) or a running scheduler (`tcp://host:8786`).

Each document runs on a worker exactly as it runs locally: in a child process of the worker
(`pipeline.isolate`), under the same time and memory limits, so a hostile file costs its own
document there too, never the worker. A file reaches the workers either as bytes, read here
and shipped with its task (the default for a remote scheduler: the workers need not see this
machine's disks), or as its path, when the workers mount the same filesystem (`files="path"`,
the default for `local`). At most `window` documents per worker are in flight, so neither the
client nor the cluster holds the whole batch's bytes or results.

The workers must run the same pipeline as the writer (the warehouse records one pipeline
version per document): `run` checks that first and refuses a cluster whose workers run other code.

Dask is an optional extra: `pip install 'minutier[cluster]'`.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

from pipeline.isolate import Limits
from pipeline.records import ProcessedDocument

INSTALL_MESSAGE = ("--cluster a besoin de Dask distributed, qui n'est pas installé : "
                   "pip install 'minutier[cluster]' (ou, dans ce dépôt, .venv/bin/pip install -e '.[cluster]')")
WINDOW = 4  # documents in flight per worker: enough to keep each busy while results travel back
CONNECT_SECONDS = 30  # to reach a scheduler before saying it is unreachable


class ClusterError(Exception):
    """The cluster cannot be used (unreachable scheduler, workers running other code); the message is for a person."""


def available() -> bool:
    """True when dask.distributed can be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def _read_remotely(path: str, data: bytes | None, limits: Limits) -> ProcessedDocument:
    """On a worker: one document in an isolated child process, under the limits (as locally)."""
    from pipeline.isolate import run_isolated

    if multiprocessing.current_process().daemon:
        raise ClusterError("ce worker Dask est un processus « daemon », qui ne peut lancer le processus isolé de "
                           "lecture : démarrez les workers avec DASK_DISTRIBUTED__WORKER__DAEMON=False")
    [result] = run_isolated([(path, data) if data is not None else path], 1, limits)
    return result


def _worker_version() -> str:
    from pipeline.version import pipeline_version

    return pipeline_version()


def _client(address: str, workers: int | None):
    import dask
    from distributed import Client, LocalCluster

    # a worker starts a child process per document (the limits): Dask's workers must not be daemons
    dask.config.set({"distributed.worker.daemon": False})
    if address == "local":
        from pipeline.files import default_jobs

        cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        return Client(cluster), cluster
    try:
        return Client(address, timeout=CONNECT_SECONDS), None
    except OSError as exc:
        raise ClusterError(f"l'ordonnanceur Dask {address} est injoignable ({exc})") from exc


def run(paths: list[Path], address: str, limits: Limits | None = None, files: str | None = None,
        workers: int | None = None) -> Iterator[ProcessedDocument]:
    """Process each file on the cluster at `address`; yield results as they complete (any order).

    `files`: "bytes" (shipped with the task) or "path" (the workers read it); by default "path"
    for `local`, "bytes" otherwise. `workers`: for `local`, how many (default: one per core)."""
    from distributed import as_completed

    from pipeline.version import pipeline_version

    limits = limits or Limits()
    files = files or ("path" if address == "local" else "bytes")
    pending = [str(p) for p in paths]
    if not pending:
        return
    client, cluster = _client(address, workers)
    try:
        versions = set(client.run(_worker_version).values())
        if versions - {pipeline_version()}:
            raise ClusterError(f"les workers du cluster exécutent une autre version du pipeline ({', '.join(sorted(versions))}) "
                               f"que celle de cette ingestion ({pipeline_version()}) : installez la même version partout")
        slots = WINDOW * max(1, len(client.scheduler_info()["workers"]))
        pending.reverse()

        def submit(path: str):
            data = None
            if files == "bytes":
                try:
                    data = Path(path).read_bytes()
                except OSError:
                    data = None  # let the worker say why the file cannot be read, as locally
            return client.submit(_read_remotely, path, data, limits, key=f"minutier-{len(pending)}-{path}", pure=False)

        running = as_completed([submit(pending.pop()) for _ in range(min(slots, len(pending)))])
        for future in running:
            path = future.key.split("-", 2)[2]
            try:
                result = future.result()
            except ClusterError:
                raise
            except Exception as exc:  # the worker died or lost the task: the document fails, the batch goes on
                result = ProcessedDocument(path, None, 0, "failed",
                                           f"le worker du cluster n'a pu lire le document ({type(exc).__name__}: {exc})")
            future.release()
            if pending:
                running.add(submit(pending.pop()))
            yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
