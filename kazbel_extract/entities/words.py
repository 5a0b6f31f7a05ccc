"""The doc read as words: tokens joined by an in-word hyphen or a glued initial, title-case lines marked, and
the binary search from token offsets to words that every rule uses."""
from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from spacy.tokens import Doc


class Word(NamedTuple):
    """Tokens `start:end` read as one word: an in-word hyphen joins them ("Kassym-Jomart"). A tuple, not a
    dataclass: a doc has thousands, and the rules ask each word's `key` many times."""

    start: int
    end: int
    text: str
    key: str  # the text case-folded, as the word lists are
    headline: bool = False  # in a title-case line ("Tokayev Meets Head Of ..."), whose function words are capitalised
    lowered: bool = False  # a function word capitalised only by the title case ("Of")

    @property
    def parts(self) -> list[str]:
        return [p for p in self.key.replace("\u2010", "-").split("-") if p]

    @property
    def numbered(self) -> str | None:
        """What a number after a hyphen is the model or unit of ("maz" of "MAZ-6430", "gres" of "GRES-2"), else None."""
        parts = self.parts
        return "-".join(parts[:-1]) if len(parts) > 1 and parts[-1].isdigit() else None

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper() and not self.lowered

    @property
    def is_acronym(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def words_of(doc: Doc, hyphens: set[str], initials: set[str], function_words: set[str]) -> list[Word]:
    """The doc's words: tokens joined by an in-word hyphen ("Kassym-Jomart"), and a transliterated initial the
    tokenizer split off ("Sh" "." of "Sh.Mirziyoyev" and "Sh. Mirziyoyev") with its full stop and, when nothing
    stands between them, the surname. The words of a title-case line, and of a first line the article wrote in
    capitals (the reader recases it, `text.truecase_headline`), are marked `headline`."""
    texts, spaces = [t.text for t in doc], [t.whitespace_ for t in doc]  # read once: token access is slow
    words, line, i, n, lettered = [], [], 0, len(texts), False
    while i < n:
        end = i + 1
        if texts[i] in initials and end < n and texts[end] == "." and not spaces[i]:
            end += 1
            if end < n and not spaces[end - 1] and texts[end][:1].isupper() and texts[end].isalpha():
                end += 1
        while (end + 1 < n and texts[end] in hyphens and not spaces[end - 1] and not spaces[end]
               and texts[end + 1][:1].isalnum()):
            end += 2
        text = texts[i] if end == i + 1 else "".join(texts[k] + spaces[k] for k in range(i, end - 1)) + texts[end - 1]
        line.append(Word(i, end, text, text.casefold()))
        if end == n or "\n" in spaces[end - 1] or "\n" in texts[end]:
            capitals = not lettered and _written_in_capitals(doc, [w for w in line if w.text[:1].isalpha()])
            words += _headline(line, function_words, first=not lettered, capitals=capitals)
            lettered = lettered or any(w.text[:1].isalpha() for w in line)
            line = []
        i = end
    return words


def _written_in_capitals(doc: Doc, lettered: list[Word]) -> bool:
    """Did the article as given (`doc.user_data["original"]`, of the doc's length) write the words `lettered` in
    capitals, ten letters or more ("GOLOVCHENKO, SULTANOV DISCUSS TRADE")?"""
    original = doc.user_data.get("original")
    if not lettered or not isinstance(original, str) or len(original) != len(doc.text):
        return False
    last = doc[lettered[-1].end - 1]
    letters = [c for c in original[doc[lettered[0].start].idx:last.idx + len(last)] if c.isalpha()]
    return len(letters) >= 10 and all(c.isupper() for c in letters)


def _headline(line: list[Word], function_words: set[str], first: bool = False, capitals: bool = False) -> list[Word]:
    """`line` with its words marked `headline` when it is in title case: four or more words, none of them lowercase,
    function words included ("Belarusian PM Meets Kazakh Minister Of Trade And Integration"; a byline "By Sanjay
    Kumar" is shorter). The `first` line with letters, where a headline stands, is in title case also with its
    function words in lowercase ("Kazakhstan and Belarus Discuss Cooperation in Agriculture"), with three capitalised
    words of other kinds and no full stop at its end (a lede's sentence); so is a line the article wrote in
    `capitals`, whose case the reader guessed."""
    lettered = [w for w in line if w.text[:1].isalpha()]
    if len(lettered) < 4 or _list_of_pairs(line):
        return line
    lowercase = [w for w in lettered if w.text[:1].islower()]
    if lowercase and not capitals and not (first and all(w.key in function_words for w in lowercase)
                          and sum(w.key not in function_words for w in lettered) >= 3
                          and line[-1].text not in (".", "!")):
        return line
    return [Word(w.start, w.end, w.text, w.key, headline=True, lowered=w.key in function_words) for w in line]


def _list_of_pairs(line: list[Word]) -> bool:
    """Is the line two-word groups between commas and nothing else ("Ivanova Olga, Petrov Sergei", "Kim Min-ji, Park
    Jae-won"): a byline of several names, as no headline is written?"""
    groups, group = [], []
    for word in (w for w in line if w.text.strip()):
        if word.text == ",":
            groups.append(group)
            group = []
        else:
            group.append(word)
    groups.append(group)
    return len(groups) > 1 and all(len(g) == 2 and all(w.text[:1].isupper() and w.text.replace("-", "").isalpha() for w in g)
                                   for g in groups)


def word_range(words: list[Word], start: int, end: int) -> tuple[int, int]:
    """The indexes `first:stop` of the words wholly inside tokens `start:end` (binary search: docs can be long)."""
    first = stop = bisect_left(words, start, key=lambda w: w.start)
    while stop < len(words) and words[stop].end <= end:
        stop += 1
    return first, stop


def words_within(words: list[Word], start: int, end: int) -> list[Word]:
    first, stop = word_range(words, start, end)
    return words[first:stop]
