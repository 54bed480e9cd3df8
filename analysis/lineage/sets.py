"""Disjoint sets (union-find): quotes joined by matches, articles joined by shared sentences."""

from __future__ import annotations


class DisjointSets:
    """Union-find over ``0 .. n - 1`` with path halving; the root of a set is always its smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        """The smallest member of x's set."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> bool:
        """Join the sets of x and y; return False when they were one already."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return False
        if rx < ry:
            self.parent[ry] = rx
        else:
            self.parent[rx] = ry
        return True

    def same(self, x: int, y: int) -> bool:
        """Whether x and y are in one set."""
        return self.find(x) == self.find(y)

    def roots(self) -> list[int]:
        """The root (smallest member) of every element's set."""
        return [self.find(x) for x in range(len(self.parent))]
