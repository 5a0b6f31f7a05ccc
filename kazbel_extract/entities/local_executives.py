"""Local executives written with a lowercase head and named by their city or region: "the Mogilev oblast executive
committee", "the Kostanay region akimat", "the akimat of East Kazakhstan region", "the Smolensk region administration".
Without one ("the regional executive committee", "the local akimat", "the US administration") the head is a
description, no name."""
from __future__ import annotations

from .shapes import NameShapes
from .words import Word


class LocalExecutives(NameShapes):
    """Decides the token ranges of lowercase local executives that a place name comes with."""

    def find(self, words: list[Word]) -> list[tuple[int, int]]:
        ranges = []
        for k, word in enumerate(words):
            end = self._head_end(words, k) if word.key in self.lexicon.local_head_starts else None
            if end is None:
                continue
            first = self._place_before(words, k)
            if first is not None:
                ranges.append((words[first].start, words[end - 1].end))
                continue
            last = self._place_after(words, end)
            if last is not None:
                ranges.append((words[k].start, words[last - 1].end))
        return ranges

    def _head_end(self, words: list[Word], k: int) -> int | None:
        """End of the lowercase local head ("akimat", "executive committee") starting at word `k`, or None."""
        for head in self.lexicon.local_heads:
            stop = k + len(head)
            if stop <= len(words) and all(w.text.islower() for w in words[k:stop]) and \
                    tuple(w.key for w in words[k:stop]) == head:
                return stop
        return None

    def _place_before(self, words: list[Word], k: int) -> int | None:
        """Start of "Grodno regional", "Kostanay region" before the head at `k`: a place name and lowercase local
        modifiers, or None."""
        m = k
        while m > 0 and k - m < 2 and words[m - 1].text.islower() and words[m - 1].key in self.lexicon.local_modifiers:
            m -= 1
        longest = self.lexicon.longest_place
        return next((m - n for n in range(longest, 0, -1) if m - n >= 0 and self._is_place_name(words[m - n:m])), None)

    def _place_after(self, words: list[Word], k: int) -> int | None:
        """End of "of East Kazakhstan region", "of Shymkent" after the head ending at `k`, or None."""
        if k >= len(words) or words[k].key != "of":
            return None
        j = k + 1 + (k + 1 < len(words) and words[k + 1].key == "the")
        longest = self.lexicon.longest_place
        end = next((j + n for n in range(longest, 0, -1) if j + n <= len(words) and self._is_place_name(words[j:j + n])), None)
        if end is None:
            return None
        return end + (end < len(words) and words[end].text.islower() and words[end].key in self.lexicon.region_words)

    def _is_place_name(self, run: list[Word]) -> bool:
        """Capitalised words that are one city's or region's name ("East Kazakhstan"; not a country, whose
        administration is a description: "the US administration")."""
        return bool(run) and all(w.is_cap for w in run) and " ".join(w.key for w in run) in self.lexicon.local_places
