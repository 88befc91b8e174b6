"""The `minutier` command: ingest minutes into the warehouse, audit it, describe its schema."""

from __future__ import annotations

import argparse
import sys
import time

DEFAULT_DB = "data/warehouse/minutes.duckdb"
DEFAULT_TIMEOUT = 300.0  # same as pipeline.isolate (not imported here, to keep --help fast)
DEFAULT_MAX_MEMORY_MB = 2048


def _ingest(args: argparse.Namespace) -> int:
    from pipeline.ingest import ingest

    started = time.perf_counter()
    from pipeline.isolate import Limits
    from pipeline.publish import WarehouseBusy

    try:
        summary = ingest(args.paths, args.db, jobs=args.jobs, progress=not args.no_progress and sys.stderr.isatty(),
                         limits=Limits(args.timeout, args.max_memory), publish_every=args.publish_every)
    except WarehouseBusy as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    for path, message in summary.failures:
        print(f"non chargé : {path} : {message}", file=sys.stderr)
    print(f"{summary.line()} — {elapsed:.1f} s → {args.db}")
    if args.strict and (summary.counts["failed"] or summary.counts["needs_ocr"] or summary.counts["skipped"]):
        return 1
    if summary.loaded == 0:
        print("erreur : aucun document n'a pu être chargé", file=sys.stderr)
        return 1
    return 0


def _schema(args: argparse.Namespace) -> int:
    from pipeline.schema_doc import schema_markdown

    print(schema_markdown(args.db))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with help for every subcommand and option."""
    parser = argparse.ArgumentParser(
        prog="minutier",
        description="Lit les procès-verbaux et comptes rendus d'assemblées locales et les charge dans un entrepôt DuckDB.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="ingest files or folders of minutes into the warehouse",
                       description="Read every file under PATH (PDF, text, Markdown, HTML, DOCX) and load it into the warehouse. "
                                   "Unchanged files are skipped; a changed file replaces its rows.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to ingest (folders are walked recursively)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"the DuckDB warehouse to write (default: {DEFAULT_DB})")
    p.add_argument("--jobs", type=int, default=None, help="worker processes reading documents in parallel, each under --timeout and --max-memory "
                        "(default: one per core; 0: in the ingest process itself, without limits, for debugging)")
    p.add_argument("--strict", action="store_true", help="exit non-zero when any file failed, was skipped or needs OCR")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time limit per document; a document past it is stopped and marked failed (default: {DEFAULT_TIMEOUT:g})")
    p.add_argument("--max-memory", type=int, default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
                   help=f"memory (address space) limit per worker process, in MB (default: {DEFAULT_MAX_MEMORY_MB})")
    p.add_argument("--publish-every", type=float, default=30.0, metavar="SECONDS",
                   help="publish the warehouse for readers at least this often during a batch, and at its end (default: 30)")
    p.add_argument("--no-progress", action="store_true", help="do not show the progress bar")
    p.set_defaults(func=_ingest)

    s = sub.add_parser("schema", help="print the warehouse's tables and columns with their descriptions",
                       description="Print the schema documentation generated from the warehouse's own COMMENTs, as Markdown.")
    s.add_argument("--db", default=":memory:", help="a warehouse to describe (default: a fresh, empty one)")
    s.set_defaults(func=_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `minutier` command."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
