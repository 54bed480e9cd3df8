"""What every figure shares: the :class:`Figure` it returns, one style, fixed colours, and small helpers.

A figure function returns a :class:`Figure`: the matplotlib figure, the table of numbers behind it, and a
:class:`Selection` that says which rows of the quotes or stance table it counts (so a notebook can show those
quotes right under it, see :mod:`analysis.drilldown`). Where a corpus lacks what a figure needs (no dates, no
outlets, no quotes), ``Figure.reason`` says so in one line and a notebook shows that line instead of a picture.

Text from articles and metadata (names, outlets, targets) is drawn as text: :func:`set_style` turns off
matplotlib's mathtext, so ``Money$ and $Markets`` is not typeset and ``$\\undefinedmacro{x}$`` does not crash.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

SAVE_DPI = 150
"""Resolution of the saved PNG files."""
DISPLAY_DPI = 110
"""Resolution a figure is shown at in a notebook (a saved one: its file, scaled to this size)."""

ACCENT = "#4d5d6e"
"""Plain counts (articles, words, quotes) are drawn in one neutral colour; hues are kept for categories."""

STANCE_COLOURS = {"negative": "#c0392b", "neutral": "#9a9a9a", "positive": "#2166ac"}
"""One colour per stance label in every figure (the heatmap's red-blue scale agrees: red negative, blue positive)."""

TYPE_ORDER = ["official", "academic", "think tank", "media", "business", "other", "unnamed"]
"""Speaker types in display order (:data:`analysis.speakers.SPEAKER_TYPES`)."""

TYPE_COLOURS = dict(zip(TYPE_ORDER, ["#0173b2", "#de8f05", "#029e73", "#cc78bc", "#ca9161", "#949494", "#d5d5d5"]))
"""One colour per speaker type in every figure."""

SOURCE_COLOURS = {"named source": "#3b4b5c", "unnamed or no source": "#b8c2cc"}
"""Named and unnamed sources (dark and light: not the type colours, which mean something else)."""

KIND_ORDER = ["direct", "mixed", "indirect"]

STANCE_VALUE = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}
"""How a stance label counts in a mean: negative -1, neutral 0, positive +1."""

THIN = 5
"""Cells and points resting on fewer quotes than this are faded and hatched: read them as anecdotes."""


@dataclass(frozen=True)
class Selection:
    """The rows a figure counts, so its quotes can be listed (:func:`analysis.drilldown.quotes_behind`).

    Attributes:
        table: ``quotes`` (one row per quote) or ``stance`` (one row per quote and target).
        where: column -> the values kept (``{"target": ("China", "Russia")}``); the columns are those of
            :func:`analysis.drilldown.quote_rows` (``speaker`` is the corpus-level name, ``source`` the outlet).
        by: the columns of the figure's cells (bars, heatmap cells, lines); a bounded listing keeps some rows of
            every cell.
        dated: only rows whose article has a date.
    """

    table: str
    where: dict[str, tuple] = field(default_factory=dict)
    by: tuple[str, ...] = ()
    dated: bool = False


@dataclass
class Figure:
    """A chart, the numbers behind it, the rows it counts, and why it is not drawn where it is not.

    Attributes:
        name: file stem (``stance_heatmap``).
        figure: the matplotlib figure (drawn with the reason where there is one).
        data: the numbers behind the chart, saved as CSV beside the PNG.
        reason: one line saying why the corpus gives no such figure (a missing column); None when drawn.
        selection: the rows of the quotes or stance table behind the chart.
    """

    name: str
    figure: plt.Figure
    data: pd.DataFrame
    reason: str | None = None
    selection: Selection | None = None

    def save(self, folder: str | Path) -> SavedFigure:
        """Write ``folder/NAME.png`` (unless there is a reason not to draw) and ``folder/NAME.csv``.

        In a notebook the returned value shows the PNG just written (or the reason, as one line), so a cell
        ending in ``fig.save(folder)`` displays the very file of the report's ``figures/`` folder.
        """
        from analysis.tables import atomic_path

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        png, csv = folder / f"{self.name}.png", folder / f"{self.name}.csv"
        if self.reason is None:
            with atomic_path(png) as tmp:
                self.figure.savefig(tmp, format="png", dpi=SAVE_DPI, bbox_inches="tight")
        else:
            png.unlink(missing_ok=True)
        with atomic_path(csv) as tmp:
            self.data.to_csv(tmp, index=False)
        return SavedFigure(None if self.reason else png, csv, self.reason)

    def _repr_png_(self) -> bytes | None:
        if self.reason is not None:
            return None
        buffer = BytesIO()
        self.figure.savefig(buffer, format="png", dpi=DISPLAY_DPI, bbox_inches="tight")
        return buffer.getvalue()

    def _repr_html_(self) -> str | None:
        return reason_html(self.name, self.reason) if self.reason is not None else None


class SavedFigure(tuple):
    """The files :meth:`Figure.save` wrote, unpacked as ``png, csv = fig.save(folder)`` (``png`` None when the
    figure is not drawn, ``reason`` says why); shown in a notebook as the PNG itself, or as the reason."""

    reason: str | None

    def __new__(cls, png: Path | None, csv: Path, reason: str | None = None) -> SavedFigure:
        saved = super().__new__(cls, (png, csv))
        saved.reason = reason
        return saved

    @property
    def png(self) -> Path | None:
        """The PNG written, or None."""
        return self[0]

    @property
    def csv(self) -> Path:
        """The CSV of the numbers behind the figure."""
        return self[1]

    def _repr_png_(self) -> tuple[bytes, dict[str, int]] | None:
        if self.png is None:
            return None
        data = self.png.read_bytes()
        width = int.from_bytes(data[16:20], "big")  # the PNG header's width, in pixels
        return data, {"width": round(width * DISPLAY_DPI / SAVE_DPI)}

    def _repr_html_(self) -> str | None:
        return reason_html(self.csv.stem, self.reason) if self.png is None else None


def reason_html(name: str, reason: str | None) -> str:
    """The one line a notebook shows in place of a figure the corpus cannot give (escaped)."""
    return (f'<p class="figure-missing" style="color:#555;font-style:italic;margin:.4em 0">'
            f"No figure <code>{html.escape(name)}</code>: {html.escape(reason or '')}</p>")


def set_style() -> None:
    """Apply the toolkit's one plotting style (seaborn whitegrid), with text drawn as text (no mathtext)."""
    sns.set_theme(style="whitegrid", context="notebook")
    plt.rcParams.update({"figure.dpi": 110, "axes.titleweight": "bold", "axes.titlesize": 13,
                         "axes.formatter.use_locale": False, "axes.formatter.limits": (-6, 7),
                         "text.parse_math": False, "text.usetex": False, "hatch.color": "#ffffff",
                         "hatch.linewidth": 1.2})


def new_axes(width: float = 9, height: float = 4.5) -> tuple[plt.Figure, plt.Axes]:
    """A styled figure with one axes (closed for pyplot: the notebook shows it through :class:`Figure`)."""
    set_style()
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    plt.close(fig)
    return fig, ax


def date_axis(ax: plt.Axes) -> None:
    """Readable month ticks at any time span."""
    locator = AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def draw_message(ax: plt.Axes, message: str) -> None:
    """Write a message in the middle of an empty axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=12, color="grey",
            wrap=True)
    ax.set_xticks([])
    ax.set_yticks([])


def missing(name: str, reason: str, data: pd.DataFrame, *, width: float = 9, height: float = 2) -> Figure:
    """A :class:`Figure` the corpus cannot give: the reason, drawn and said."""
    fig, ax = new_axes(width, height)
    draw_message(ax, reason)
    ax.set_axis_off()
    return Figure(name, fig, data, reason=reason)


def speaker_column(table: pd.DataFrame) -> str:
    """The column naming a row's speaker across the corpus: ``speaker_canonical`` where the table has it.

    The quotes and stance tables carry ``speaker_canonical`` (the speakers table's name: "Trump" and "Donald
    Trump" are one speaker); a table without it falls back to ``speaker``, the name within the article.
    """
    return "speaker_canonical" if "speaker_canonical" in table.columns else "speaker"


def with_quote_columns(stance: pd.DataFrame, quotes: pd.DataFrame,
                       columns: Sequence[str] = ("speaker_canonical", "speaker_named", "speaker_type",
                                                 "speaker_country", "kind")) -> pd.DataFrame:
    """Return the stance table with the quote columns it lacks (by ``quote_id``); a new frame, inputs untouched.

    Columns the stance table already has are kept as they are, so this is a no-op on a table that carries them.
    """
    wanted = [c for c in columns if c in quotes.columns and c not in stance.columns]
    if not wanted:
        return stance.copy()
    if stance.empty or quotes.empty:  # an empty table's key may have any dtype: nothing to join
        return stance.assign(**{c: pd.Series(None, index=stance.index, dtype=object) for c in wanted})
    extra = quotes[["quote_id", *wanted]].drop_duplicates("quote_id")
    return stance.merge(extra, on="quote_id", how="left", validate="many_to_one")


def has_values(frame: pd.DataFrame, column: str) -> bool:
    """True when ``column`` exists and holds at least one value (not null, not an empty string)."""
    if column not in frame.columns or frame.empty:
        return False
    values = frame[column]
    return bool((values.notna() & (values.astype(str).str.strip() != "")).any())


def choose(counts: pd.Series, wanted: int | Sequence[str]) -> tuple[list[str], list[str]]:
    """Pick the categories to show: the ``wanted`` most frequent, or the names given (in that order).

    Args:
        counts: quotes per category, most first (``value_counts()``).
        wanted: how many of the most frequent, or the names to show (stripped; empty names ignored).

    Returns:
        The categories shown, and the names asked for that the data does not have.
    """
    if isinstance(wanted, int):
        return [str(c) for c in counts.index[:max(wanted, 0)]], []
    names = [str(n).strip() for n in ([wanted] if isinstance(wanted, str) else wanted)]
    names = [n for n in dict.fromkeys(names) if n]
    return [n for n in names if n in counts.index], [n for n in names if n not in counts.index]


def left_out(shown: int, total: int, noun: str) -> str:
    """``"10 of 48 targets"`` (or ``"all 7 targets"``)."""
    return f"all {total:,} {noun}" if shown >= total else f"{shown:,} of {total:,} {noun}"


def wilson(successes: float, n: float, *, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score 95% interval of a share (sound for small counts and shares near 0 or 1)."""
    if n <= 0:
        return math.nan, math.nan
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, min(p, centre - half)), min(1.0, max(p, centre + half))  # the share inside, float error aside


def error_bars(data: pd.DataFrame, value: str = "share") -> list:
    """matplotlib's ``xerr`` of a frame with ``low`` and ``high``: the distances from the value, never negative."""
    return [(data[value] - data["low"]).clip(lower=0), (data["high"] - data[value]).clip(lower=0)]


def mean_interval(values: pd.Series, *, z: float = 1.959964) -> tuple[float, float]:
    """The normal-approximation 95% interval of a mean of -1/0/+1 labels, clipped to [-1, 1]."""
    n = int(values.notna().sum())
    if n == 0:
        return math.nan, math.nan
    mean = float(values.mean())
    sd = float(values.std(ddof=1)) if n > 1 else 1.0  # one quote: as wide as the scale allows
    half = z * sd / math.sqrt(n) if n > 1 else 2.0
    return max(-1.0, mean - half), min(1.0, mean + half)


def short(text: object, limit: int = 60) -> str:
    """A label cut to ``limit`` characters with an ellipsis."""
    value = str(text)
    return value if len(value) <= limit else value[:limit - 1] + "…"
