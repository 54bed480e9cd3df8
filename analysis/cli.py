"""The command line: ``python -m analysis <command>`` (also installed as ``analysis``).

Exit codes: 0 success (unreadable inputs are reported on stderr, not fatal), 1 some inputs failed and
``--strict`` was given, 2 usage error (bad arguments, missing paths, a refused output path) or an output that
cannot be written (a full disk): the message says which.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from analysis.corpus import CorpusError, load_corpus
from analysis.files import DEFAULT_MAX_BYTES
from analysis.tables import (
    CSV_FORMULAS,
    FORMATS,
    TableWriter,
    output_target,
    write_table,
)
from analysis.version import __version__

REPORT_JOBS = 2
"""Notebooks ``analysis report`` executes at once by default."""

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """The command line asked for something impossible; the message says what to fix."""


# ---------------------------------------------------------------------------------------------------------------
# shared plumbing


def _add_corpus_options(parser: argparse.ArgumentParser, *, output: bool = True) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a .txt article, a folder of them, a .jsonl(.gz) or a .csv corpus")
    if output:
        parser.add_argument("--format", choices=FORMATS, default=None,
                            help="output format (default: from the -o suffix, else jsonl)")
        parser.add_argument("-o", "--output", metavar="FILE", default=None,
                            help="write the table here (atomically; a symlink is written through, /dev/null and "
                                 "FIFOs into; never an input); default: stdout")
    parser.add_argument("--errors", metavar="FILE", default=None,
                        help="also write the unreadable inputs as a table (path, article_id, error)")
    parser.add_argument("--csv-formulas", choices=CSV_FORMULAS, default="escape",
                        help="CSV cells starting with = + - @ (spreadsheet formulas): 'escape' prefixes a ' "
                             "(default), 'keep' writes them verbatim")
    parser.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 2**20, metavar="MB",
                        help=f"largest article read, a file, JSON line or CSV field (default "
                             f"{DEFAULT_MAX_BYTES // 2**20}); larger ones are error rows")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any input failed")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bars (default: on a terminal only)")


def _max_bytes(args: argparse.Namespace) -> int:
    if args.max_mb <= 0:
        raise UsageError("--max-mb must be positive")
    return int(args.max_mb * 2**20)


def _check_outputs(args: argparse.Namespace, *, dataset: bool = False) -> None:
    """Refuse unusable output paths before any work: a folder, an input, the same file for -o and --errors."""
    output = getattr(args, "output", None)
    output = None if output in (None, "-") else output
    if output is not None:
        output_target(output, inputs=args.inputs, dataset=dataset)
    if args.errors is not None and args.errors != "-":
        errors = output_target(args.errors, inputs=args.inputs)
        if output is not None and errors.path == Path(os.path.realpath(output)):
            raise UsageError(f"--errors and -o name the same file ({args.errors}): give two different paths")


def _load(args: argparse.Namespace) -> tuple[pd.DataFrame, pd.DataFrame]:
    missing = [p for p in args.inputs if not os.path.lexists(p)]
    if missing and len(missing) == len(args.inputs):
        raise UsageError(f"no such input: {', '.join(missing)}")
    return load_corpus(*args.inputs, progress=args.progress, max_bytes=_max_bytes(args))


def _report_errors(errors: pd.DataFrame, args: argparse.Namespace) -> int:
    """Print the failed inputs to stderr, write them with --errors, and return the exit code."""
    if getattr(args, "errors", None):
        write_table(errors, args.errors, inputs=args.inputs, csv_formulas=args.csv_formulas)
    if len(errors):
        print(f"{len(errors)} input(s) could not be loaded:", file=sys.stderr)
        for reason, count in errors["error"].value_counts().items():
            print(f"  {count:6d}  {reason}", file=sys.stderr)
        shown = errors.head(10)
        for path, reason in zip(shown["path"], shown["error"]):
            print(f"  - {path}: {reason}", file=sys.stderr)
        if len(errors) > len(shown):
            print(f"  ... and {len(errors) - len(shown)} more (use --errors FILE for all)", file=sys.stderr)
    return EXIT_INPUT_ERRORS if (len(errors) and args.strict) else EXIT_OK


def _table_command(build: Callable[[pd.DataFrame, argparse.Namespace], pd.DataFrame]) -> Callable:
    """Make a handler: load the inputs, build a table from the articles, write it, report the errors."""

    def handler(args: argparse.Namespace) -> int:
        _check_outputs(args)
        articles, errors = _load(args)
        table = build(articles, args)
        write_table(table, args.output, format=args.format, inputs=args.inputs, csv_formulas=args.csv_formulas)
        return _report_errors(errors, args)

    return handler


# ---------------------------------------------------------------------------------------------------------------
# commands


def _articles(articles: pd.DataFrame, args: argparse.Namespace) -> pd.DataFrame:
    return articles


def _sentences(articles: pd.DataFrame, args: argparse.Namespace) -> pd.DataFrame:
    from analysis.text import split_sentences

    return split_sentences(articles, progress=args.progress)


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes on this machine (output identical to --jobs 1)")
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None,
                        help="run on a Dask cluster (e.g. tcp://host:8786); with -o DIR writes a partitioned "
                             "Parquet dataset")
    parser.add_argument("--batch-size", type=int, default=200, metavar="N", help="articles per batch (default 200)")


def _client(address: str | None):
    if not address:
        return None
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise UsageError("--scheduler needs Dask: pip install 'analysis[dask]'") from exc
    try:
        return Client(address, timeout="20s")
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _run_command(table: str) -> Callable:
    """Make a handler that streams a pipeline table (quotes, stance) or builds the speakers table."""

    def handler(args: argparse.Namespace) -> int:
        from analysis.pipeline import Options, iter_results

        if args.jobs < 1 or args.batch_size < 1:
            raise UsageError("--jobs and --batch-size must be at least 1")
        if all(not os.path.lexists(p) for p in args.inputs):
            raise UsageError(f"no such input: {', '.join(args.inputs)}")
        options = Options(stance_method=getattr(args, "method", "default"), max_bytes=_max_bytes(args))
        dataset = args.scheduler is not None and args.output is not None and (args.format in (None, "parquet"))
        if dataset and Path(args.output).suffix:
            dataset = args.format == "parquet" and not Path(args.output).suffix == ".parquet"
        _check_outputs(args, dataset=dataset)
        client = _client(args.scheduler)
        errors, quotes = [], []
        try:
            with TableWriter(args.output, format=args.format, dataset=dataset, inputs=args.inputs,
                             csv_formulas=args.csv_formulas) as writer:
                for batch in iter_results(*args.inputs, tables=(table,) if table != "speakers" else ("quotes",),
                                          jobs=args.jobs, client=client, batch_size=args.batch_size,
                                          options=options, progress=args.progress):
                    errors.append(batch.errors)
                    if table == "speakers":
                        quotes.append((batch.tables["quotes"], batch.articles[["article_id", "date"]]))
                    else:
                        writer.write(batch.tables[table])
                if table == "speakers":
                    from analysis.speakers import speaker_table

                    frames = [q for q, _ in quotes]
                    dates = pd.concat([d for _, d in quotes], ignore_index=True)
                    writer.write(speaker_table(pd.concat(frames, ignore_index=True), articles=dates))
        finally:
            if client is not None:
                client.close()
        return _report_errors(pd.concat(errors, ignore_index=True), args)

    return handler


def _lineage(args: argparse.Namespace) -> int:
    """Stream the corpus through the quotes step into a LineageBuilder, then write the lineage table."""
    from analysis.lineage import LineageBuilder
    from analysis.pipeline import Options, iter_results

    if args.jobs < 1 or args.batch_size < 1:
        raise UsageError("--jobs and --batch-size must be at least 1")
    if all(not os.path.lexists(p) for p in args.inputs):
        raise UsageError(f"no such input: {', '.join(args.inputs)}")
    _check_outputs(args)
    if args.stories is not None:
        output_target(args.stories, inputs=args.inputs)
    client = _client(args.scheduler)
    builder, errors = LineageBuilder(), []
    try:
        for batch in iter_results(*args.inputs, tables=("quotes",), jobs=args.jobs, client=client,
                                  batch_size=args.batch_size, options=Options(max_bytes=_max_bytes(args)),
                                  progress=args.progress):
            errors.append(batch.errors)
            builder.add(batch.tables["quotes"], batch.articles)
    finally:
        if client is not None:
            client.close()
    write_table(builder.table(progress=args.progress), args.output, format=args.format, inputs=args.inputs,
                csv_formulas=args.csv_formulas)
    if args.stories:
        write_table(builder.stories(), args.stories, inputs=args.inputs, csv_formulas=args.csv_formulas)
    return _report_errors(pd.concat(errors, ignore_index=True), args)


def _evaluate(args: argparse.Namespace) -> int:
    if args.dataset == "polnear":
        from analysis.evaluate.polnear import main as evaluate_main
    elif args.dataset == "newsmtsc":
        from analysis.evaluate.newsmtsc import main as evaluate_main
    elif args.dataset == "attribution":
        from analysis.evaluate.attribution import main as evaluate_main
    else:
        from analysis.evaluate.stance import main as evaluate_main
    if args.path is None and args.dataset in ("polnear", "newsmtsc"):
        raise UsageError(f"evaluate {args.dataset} needs a PATH")
    return evaluate_main(args)


def _train(args: argparse.Namespace) -> int:
    return _train_with(list(args.args))


def _train_with(rest: list[str]) -> int:
    """Hand the options to a trainer: ``--text`` the text model, ``--encoder`` the encoder, else the speaker
    model (the default method's)."""
    if "--encoder" in rest:
        rest.remove("--encoder")
        from analysis.training.encoder import main as train_main
    elif "--text" in rest:
        rest.remove("--text")
        from analysis.training.text_model import main as train_main
    else:
        from analysis.training.speaker_model import main as train_main
    return train_main(rest) or EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from analysis.report import ReportError, build_report

    try:
        paths = build_report(args.corpus, args.out, notebooks=args.notebook or None, progress=args.progress,
                             jobs=args.jobs)
    except ReportError as exc:
        print(f"analysis report: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERRORS
    for path in paths:
        print(path)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``python -m analysis``."""
    parser = argparse.ArgumentParser(
        prog="analysis", description="Who is quoted in the news, saying what, with which stance toward whom.")
    parser.add_argument("--version", action="version", version=f"analysis {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for name, build, help_text in (
        ("articles", _articles, "load a corpus and print the articles table"),
        ("sentences", _sentences, "split articles into sentences (article_id, paragraph, sentence, start, end, text)"),
    ):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_corpus_options(sub)
        sub.set_defaults(handler=_table_command(build))

    for name, help_text in (
        ("quotes", "find quotes and reported speech with their speakers (one row per attribution)"),
        ("headlines", "attributions in the articles' titles, speakers linked to the text's (offsets into the title)"),
        ("speakers", "one row per canonical speaker across the corpus"),
        ("stance", "stance of each quote toward the targets it mentions"),
    ):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_corpus_options(sub)
        _add_run_options(sub)
        if name == "stance":
            sub.add_argument("--method", default="default", help="stance method: default, vader, transformer (needs the transformer extra and a trained encoder)")
        sub.set_defaults(handler=_run_command(name))

    lineage_help = "the same statement across articles and outlets (one row per quote: lineage_id, first, match...)"
    lineage = commands.add_parser("lineage", help=lineage_help, description=lineage_help)
    _add_corpus_options(lineage)
    _add_run_options(lineage)
    lineage.add_argument("--stories", metavar="FILE", default=None,
                         help="also write the near-duplicate articles (article_id, story_id, story_size, original)")
    lineage.set_defaults(handler=_lineage)

    evaluate = commands.add_parser("evaluate", help="score against a gold standard (PolNeAR, NewsMTSC, the team sets)")
    evaluate.add_argument("dataset", choices=("polnear", "newsmtsc", "attribution", "stance"))
    evaluate.add_argument("path", nargs="?", default=None,
                          help="PolNeAR split folder, a NewsMTSC .jsonl file, or team label files (default: the "
                               "team set in benchmarks/data)")
    evaluate.add_argument("--part", default="dev", choices=("train", "dev", "test", "all"),
                          help="part of a team set (default dev; measure test once per recipe)")
    evaluate.add_argument("--items", metavar="FILE", default=None, help="team sets: write the per-item table (CSV)")
    evaluate.add_argument("--method", default="default", help="stance method (newsmtsc)")
    evaluate.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the 95%% intervals")
    evaluate.add_argument("--seed", type=int, default=0)
    evaluate.add_argument("--json", metavar="FILE", default=None, help="also write the scores as JSON")
    evaluate.add_argument("--predictions", metavar="FILE", default=None,
                          help="score these predictions (JSONL from `analysis quotes`) instead of running the extractor")
    evaluate.set_defaults(handler=_evaluate)

    train = commands.add_parser("train-stance", help="train a stance model: the speaker model (default), --text the text model, --encoder the encoder",
                                add_help=False)
    train.add_argument("args", nargs=argparse.REMAINDER, help="options of the trainer (--help lists them)")
    train.set_defaults(handler=_train)

    report = commands.add_parser("report", help="execute the numbered notebooks on a corpus into HTML reports")
    report.add_argument("--corpus", default="", help="corpus path (default: the bundled sample corpus)")
    report.add_argument("--out", default="reports", help="output folder (default: reports)")
    report.add_argument("--notebook", action="append", metavar="NAME",
                        help="only this notebook (e.g. 01-explore-corpus); repeatable")
    report.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    report.add_argument("--jobs", type=int, default=REPORT_JOBS, metavar="N",
                        help=f"notebooks executed at once (default {REPORT_JOBS}); shared tables are computed once")
    report.set_defaults(handler=_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train-stance"]:  # options belong to the trainer, --help included
        return _train_with(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (UsageError, CorpusError, ValueError) as exc:
        print(f"analysis {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # a missing path, an output that cannot be written (a full disk, no permission)
        where = f" ({exc.filename})" if getattr(exc, "filename", None) and str(exc.filename) not in str(exc) else ""
        print(f"analysis {args.command}: error: {exc}{where}", file=sys.stderr)
        return EXIT_USAGE
