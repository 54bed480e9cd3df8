"""The README and docs/: every relative link leads somewhere, the README stays short, and its example runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

from analysis.paths import PROJECT_DIR

README = PROJECT_DIR / "README.md"
PAGES = [README, *sorted((PROJECT_DIR / "docs").glob("*.md"))]
MAX_README_WORDS = 1_500

FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # https:, mailto:...


def links(markdown: str) -> list[str]:
    """The targets of the Markdown links and images in ``markdown``, outside code."""
    prose = INLINE_CODE.sub("", FENCE.sub("", markdown))
    return LINK.findall(prose)


def anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives the headings of ``markdown`` (lower case, punctuation dropped, spaces to hyphens,
    ``-1``, ``-2``... for repeats)."""
    found: set[str] = set()
    for heading in re.findall(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", FENCE.sub("", markdown), re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        candidate, n = slug, 0
        while candidate in found:
            n += 1
            candidate = f"{slug}-{n}"
        found.add(candidate)
    return found


def broken_links(page: Path) -> list[str]:
    """The relative links of ``page`` whose file, or heading in a Markdown file, does not exist."""
    broken = []
    for target in links(page.read_text(encoding="utf-8")):
        if EXTERNAL.match(target):
            continue
        path_part, _, fragment = target.partition("#")
        path = (page.parent / unquote(path_part)).resolve() if path_part else page
        if not path.exists():
            broken.append(f"{target} (no such file)")
        elif fragment and path.suffix == ".md" and fragment.lower() not in anchors(path.read_text(encoding="utf-8")):
            broken.append(f"{target} (no such heading in {path.name})")
    return broken


def words(markdown: str) -> int:
    """Words as a reader meets them: everything but HTML comments, code blocks and tables included."""
    return len(COMMENT.sub(" ", markdown).split())


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(PROJECT_DIR).as_posix())
def test_every_relative_link_leads_to_a_file_that_exists(page):
    assert broken_links(page) == []


def test_the_readme_is_read_in_five_minutes():
    assert words(README.read_text(encoding="utf-8")) < MAX_README_WORDS


def test_the_readme_links_every_page_of_the_docs():
    linked = {(README.parent / t.partition("#")[0]).resolve() for t in links(README.read_text(encoding="utf-8"))}
    assert [p.name for p in PAGES[1:] if p.resolve() not in linked] == []


def test_the_readme_figure_is_committed_small_and_drawn_by_its_script():
    images = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", README.read_text(encoding="utf-8"))
    assert len(images) == 1, "one figure"
    png = PROJECT_DIR / images[0]
    assert png.suffix == ".png" and png.parent == PROJECT_DIR / "docs" / "img"
    assert 10_000 < png.stat().st_size < 150_000
    assert f"figures.{png.stem}(" in (PROJECT_DIR / "scripts" / "readme_figure.py").read_text()


def test_the_readme_python_example_runs_and_prints_the_rows_it_shows():
    """The example's code runs as written; its printed rows name the fields the README shows (the values are
    the pipeline's of the day and are refreshed at release, so they are not compared)."""
    readme = README.read_text(encoding="utf-8")
    blocks = re.findall(r"^```(\w*)\n(.*?)^```", readme, re.MULTILINE | re.DOTALL)
    at = next(i for i, (lang, code) in enumerate(blocks) if lang == "python")
    code, shown = blocks[at][1], blocks[at + 1][1]
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    printed = [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
    assert printed == [line.split()[0] for line in shown.splitlines() if line.strip()]


@pytest.mark.parametrize(("markdown", "expected"), [
    ("see [a](docs/a.md) and ![b](img/b.png)", ["docs/a.md", "img/b.png"]),
    ("[x](https://example.org) `[not](a-link.md)`", ["https://example.org"]),
    ("```\n[in](code.md)\n```\n[out](out.md#part)", ["out.md#part"]),
])
def test_links_are_read_outside_code(markdown, expected):
    assert links(markdown) == expected


def test_anchors_follow_github(tmp_path):
    text = "# Speakers' countries\n## What `analysis report` writes\n## Notes\n## Notes\n```\n# not a heading\n```\n"
    assert anchors(text) == {"speakers-countries", "what-analysis-report-writes", "notes", "notes-1"}
    page = tmp_path / "page.md"
    page.write_text("[ok](#notes-1) [gone](#nowhere) [missing](other.md) [here](page.md#notes)\n" + text)
    assert broken_links(page) == ["#nowhere (no such heading in page.md)", "other.md (no such file)"]


def test_words_count_everything_but_comments():
    assert words("one two\n<!-- figures: update at release -->\n| three | four |\n```\nfive\n```") == 10
