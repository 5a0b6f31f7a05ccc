"""Small helpers over the parse: entities by sentence, and how far apart two tokens are in the tree."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token


def ents_by_sentence(doc: Doc) -> dict[int, list[Span]]:
    """The entities of each sentence, keyed by the sentence's first token (`Span.ents` rescans the doc)."""
    out: dict[int, list[Span]] = defaultdict(list)
    for ent in doc.ents:
        out[ent.sent.start].append(ent)
    return out


def path_to_root(token: Token) -> list[Token]:
    return [token] + list(token.ancestors)


def tree_distance(a: Token, b: Token) -> int:
    """Number of arcs between two tokens of the same sentence (large when they share no ancestor)."""
    up_a = {t.i: n for n, t in enumerate(path_to_root(a))}
    for n, t in enumerate(path_to_root(b)):
        if t.i in up_a:
            return up_a[t.i] + n
    return 1000


def closest(token: Token, candidates: list[Token]) -> Token | None:
    """The candidate nearest in the tree; ties go to the one before the token, then the nearer in the text."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: (tree_distance(token, c), c.i > token.i, abs(c.i - token.i)))
