"""Small helpers shared by the stance tests."""


def span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the nth occurrence of ``word`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)
