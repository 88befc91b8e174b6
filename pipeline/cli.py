"""The `minutier` command: ingest minutes into the warehouse, audit it, describe its schema, export it."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DEFAULT_DB = "data/warehouse/minutes.duckdb"
DEFAULT_EXPORT = "reports/export"
DEFAULT_TIMEOUT = 300.0  # same as pipeline.isolate (not imported here, to keep --help fast)
DEFAULT_MAX_MEMORY_MB = 2048


def _ingest(args: argparse.Namespace) -> int:
    from pipeline.manifest import unchanged_summary

    started = time.perf_counter()
    cluster = None
    if args.cluster:
        from pipeline import cluster as dask_cluster

        if not dask_cluster.available():
            print(f"erreur : {dask_cluster.INSTALL_MESSAGE}", file=sys.stderr)
            return 2
        cluster = {"address": args.cluster, "files": args.cluster_files, "workers": args.jobs or None}
    summary = unchanged_summary(args.paths, args.db)  # nothing to do: answered without loading DuckDB
    if summary is None:
        if args.jobs != 0 and not cluster:
            from pipeline.isolate import warm_up

            warm_up()  # the workers' imports (a second) overlap with this process's own (DuckDB, the writer)
        from pipeline import patterns

        patterns.importing(["pipeline.ingest"])  # the checks' patterns compiled from the cache
        from pipeline.ingest import ingest
        from pipeline.isolate import Limits
        from pipeline.publish import WarehouseBusy

        refused: tuple[type[Exception], ...] = (WarehouseBusy,)
        if cluster:
            from pipeline.cluster import ClusterError

            refused += (ClusterError,)  # an unreachable scheduler, workers running other code
        try:
            summary = ingest(args.paths, args.db, jobs=args.jobs, progress=not args.no_progress and sys.stderr.isatty(),
                             limits=Limits(args.timeout, args.max_memory), publish_every=args.publish_every,
                             cluster=cluster)
        except refused as exc:
            print(f"erreur : {exc}", file=sys.stderr)
            return 2
    elapsed = time.perf_counter() - started
    for path, message in summary.failures:
        print(f"non chargé : {path} : {message}", file=sys.stderr)
    print(f"{summary.line()} — {elapsed:.1f} s → {args.db}")
    if summary.findings is not None:
        print(f"contrôles : {sum(summary.findings.values())} constat(s) (détail : minutier audit --db {args.db})")
    if args.strict and (summary.counts["failed"] or summary.counts["needs_ocr"] or summary.counts["skipped"]):
        return 1
    if summary.loaded == 0:
        print("erreur : aucun document n'a pu être chargé", file=sys.stderr)
        return 1
    return 0


def _audit(args: argparse.Namespace) -> int:
    """Recompute the findings through the publisher (the lock, a working copy, an atomic rename):
    never a direct write to the published warehouse, which readers keep reading meanwhile and
    which an ingest running at the same time would overwrite."""
    from pipeline.checks import run_checks
    from pipeline.publish import Publisher, WarehouseBusy
    from pipeline.report import write_report

    if not Path(args.db).is_file():
        print(f"entrepôt introuvable : {args.db} (lancez d'abord `minutier ingest`)", file=sys.stderr)
        return 1
    try:
        with Publisher(args.db, publish_every=0.0) as publisher:
            con = publisher.connection()
            counts = run_checks(con)
            paths = write_report(con, args.out)
            publisher.publish()
    except WarehouseBusy as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 2
    found = ", ".join(f"{code} {n}" for code, n in counts.items() if n) or "aucun"
    print(f"{sum(counts.values())} constat(s) ({found}) → {paths['html']}, {paths['csv']}, {paths['json']}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from pipeline.schema_doc import schema_markdown

    print(schema_markdown(args.db))
    return 0


def _export(args: argparse.Namespace) -> int:
    from pipeline.exports import export
    from pipeline.exports.mapping import MappingError

    if not Path(args.db).is_file():
        print(f"entrepôt introuvable : {args.db}", file=sys.stderr)
        return 1
    try:
        summary = export(args.db, args.out, args.mapping, parquet=not args.no_parquet)
    except MappingError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    status = 0
    for name, rows in summary.files.items():
        report = summary.reports.get(name)
        line = f"{name} : {rows} ligne(s)"
        if report is not None and report.empty_required:
            empty = ", ".join(f"{field} ({count})" for field, count in report.empty_required.items())
            line += f" ; champs obligatoires vides, absents des procès-verbaux : {empty}"
        print(line)
        for error in (report.errors if report is not None else [])[:20]:
            print(f"  non conforme au schéma : {error}", file=sys.stderr)
            status = 1
    if any(r.empty_required for r in summary.reports.values()) and not args.mapping:
        print("(SIRET, codes de matière ACTES, URL : les fournir avec --mapping FICHIER, voir docs/analysts.md)")
    print(f"→ {args.out}")
    return status


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
                   help="publish the warehouse for readers this often during a batch (less often when copying it would take "
                        "over 5 %% of the time), and at its end (default: 30)")
    p.add_argument("--cluster", default=None, metavar="ADDRESS",
                   help="read the documents on a Dask cluster: 'local' starts one on this machine (--jobs workers), "
                        "tcp://host:8786 uses a running scheduler; this process still writes the warehouse "
                        "(needs pip install 'minutier[cluster]'; see docs/scale.md)")
    p.add_argument("--cluster-files", choices=("bytes", "path"), default=None,
                   help="how files reach the cluster's workers: their bytes, sent with each task (default for a "
                        "scheduler), or their path, when the workers see the same filesystem (default for 'local')")
    p.add_argument("--no-progress", action="store_true", help="do not show the progress bar")
    p.set_defaults(func=_ingest)

    a = sub.add_parser("audit", help="run the consistency checks and write the audit report (HTML, CSV, JSON)",
                       description="Recompute every finding of the consistency checks over the warehouse, then write "
                                   "rapport.html (in French), findings.csv and findings.json to OUT.")
    a.add_argument("--db", default=DEFAULT_DB, help=f"the DuckDB warehouse to audit (default: {DEFAULT_DB})")
    a.add_argument("--out", default="reports", help="folder for the report (default: reports)")
    a.set_defaults(func=_audit)

    s = sub.add_parser("schema", help="print the warehouse's tables and columns with their descriptions",
                       description="Print the schema documentation generated from the warehouse's own COMMENTs, as Markdown.")
    s.add_argument("--db", default=":memory:", help="a warehouse to describe (default: a fresh, empty one)")
    s.set_defaults(func=_schema)

    e = sub.add_parser("export", help="export the warehouse as open data: SCDL CSV (deliberations, budget) and Parquet",
                       description="Write SCDL Délibérations and Budget CSV files (validated against the schemas of "
                                   "schema.data.gouv.fr) and every table as Parquet. Fields the minutes do not hold "
                                   "(SIRET, ACTES subject codes, URLs) are left empty or taken from --mapping.")
    e.add_argument("--db", default=DEFAULT_DB, help=f"the DuckDB warehouse to read (default: {DEFAULT_DB})")
    e.add_argument("--out", default=DEFAULT_EXPORT, help=f"the folder to write (default: {DEFAULT_EXPORT})")
    e.add_argument("--mapping", default=None, metavar="FILE",
                   help="JSON or CSV giving, per body, SIRET, official name, prefecture id and, per deliberation, "
                        "ACTES subject, id, URL (see docs/analysts.md)")
    e.add_argument("--no-parquet", action="store_true", help="write the SCDL CSV files only")
    e.set_defaults(func=_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `minutier` command."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
