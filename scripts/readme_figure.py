"""Draw the README's figure from the bundled sample corpus with the package's own figure functions.

    .venv/bin/python scripts/readme_figure.py            # -> docs/img/stance_heatmap.png (and its .csv)

The sample corpus (``samples/corpus``) was written for this project, so the figure is our own output and may be
committed. Rerun after a change to the pipeline or the figures, and commit the new PNG with the change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import figures, pipeline
from analysis.paths import PROJECT_DIR, SAMPLE_CORPUS

OUT = PROJECT_DIR / "docs" / "img"
"""Where the README's images live."""

MAX_BYTES = 150_000
"""The committed PNG stays small: a README image, not an archive."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write into (default: {OUT})")
    args = parser.parse_args(argv)
    result = pipeline.run(SAMPLE_CORPUS, tables=("quotes", "speakers", "stance"), jobs=1, cache=False)
    figure = figures.stance_heatmap(figures.with_quote_columns(result.stance, result.quotes), speakers=8,
                                    targets=6)
    if figure.reason is not None:
        print(f"no figure: {figure.reason}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    png, csv = args.out / f"{figure.name}.png", args.out / f"{figure.name}.csv"
    figure.figure.savefig(png, format="png", dpi=figures.DISPLAY_DPI, bbox_inches="tight")  # as notebooks show it
    figure.data.to_csv(csv, index=False)  # the numbers behind it, as Figure.save writes them
    size = png.stat().st_size
    print(f"{png} ({size:,} bytes)\n{csv}")
    if size > MAX_BYTES:
        print(f"{png.name} is over {MAX_BYTES:,} bytes: draw fewer speakers or targets", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
