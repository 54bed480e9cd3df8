"""The command line: ``python -m analysis <command>`` (also installed as ``analysis``).

Exit codes: 0 success (unreadable inputs are reported on stderr, not fatal), 1 some inputs failed and
``--strict`` was given, 2 usage error (bad arguments, missing paths).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from analysis import __version__
from analysis.corpus import CorpusError, load_corpus
from analysis.tables import FORMATS, write_table

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
                            help="write the table here (atomically); default: stdout")
    parser.add_argument("--errors", metavar="FILE", default=None,
                        help="also write the unreadable inputs as a table (path, article_id, error)")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any input failed")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bars (default: on a terminal only)")


def _load(args: argparse.Namespace) -> tuple[pd.DataFrame, pd.DataFrame]:
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing and len(missing) == len(args.inputs):
        raise UsageError(f"no such input: {', '.join(missing)}")
    return load_corpus(*args.inputs, progress=args.progress)


def _report_errors(errors: pd.DataFrame, args: argparse.Namespace) -> int:
    """Print the failed inputs to stderr, write them with --errors, and return the exit code."""
    if getattr(args, "errors", None):
        write_table(errors, args.errors)
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
        articles, errors = _load(args)
        table = build(articles, args)
        write_table(table, args.output, format=args.format)
        return _report_errors(errors, args)

    return handler


# ---------------------------------------------------------------------------------------------------------------
# commands


def _articles(articles: pd.DataFrame, args: argparse.Namespace) -> pd.DataFrame:
    return articles


def _sentences(articles: pd.DataFrame, args: argparse.Namespace) -> pd.DataFrame:
    from analysis.sentences import split_sentences

    return split_sentences(articles, progress=args.progress)


def _report(args: argparse.Namespace) -> int:
    from analysis.report import build_report

    paths = build_report(args.corpus, args.out, notebooks=args.notebook or None, progress=args.progress)
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

    report = commands.add_parser("report", help="execute the numbered notebooks on a corpus into HTML reports")
    report.add_argument("--corpus", default="", help="corpus path (default: the bundled sample corpus)")
    report.add_argument("--out", default="reports", help="output folder (default: reports)")
    report.add_argument("--notebook", action="append", metavar="NAME",
                        help="only this notebook (e.g. 01-explore-corpus); repeatable")
    report.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    report.set_defaults(handler=_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (UsageError, CorpusError, FileNotFoundError, ValueError) as exc:
        print(f"analysis {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
