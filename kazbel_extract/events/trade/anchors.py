"""The numbers a trade record is built on, and which change belongs to which amount.

Anchors are MONEY spans, PERCENT spans and fractions that state a change ("64.8% up", "a decline of almost
30%", "83.2% as of the same period", "by a third", "halved") and factors ("up 4.8 times", "doubled", "eightfold"). A change
belongs to the amount it is bracketed with or, failing that, to the nearest amount of its clause;
a change with no amount is a record of its own. This module decides what the numbers are, not
what they are about (metric, period, status and sides are read elsewhere).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ...values import MAX_FACTOR, parser_of
from ..settings import LinkingSettings
from ..syntax import token_words, tree_distance

LEADING_WORDS = re.compile(r"^(?:[a-z]+\s+)+(?=[$\u20ac\u00a3\u00a5\u20b8\dA-Z])")
YEAR_WORD = re.compile(r"(?:19|20)\d\d")


@dataclass
class Anchor:
    """A number of the sentence: an amount, a signed percentage change or a factor."""

    kind: str  # "money", "percent" or "factor"
    span: Span
    value: float | None
    currency: str | None = None
    qualifier: str | None = None
    linked: list["Anchor"] = field(default_factory=list)

    @property
    def token(self) -> Token:
        return self.span.root


class Anchors:
    """Finds the anchors of a sentence and reads their values, signs and hedges."""

    def __init__(self, doc: Doc, words: dict, number_words: dict[str, int], ents_in: dict[int, list[Span]],
                 settings: LinkingSettings):
        self.doc = doc
        self.settings = settings
        self.parse_money = parser_of(doc.vocab).parse_money  # the pipeline's own currencies
        self.words = words
        self.number_words = number_words
        self.ents_in = ents_in
        self.up_words = set(words["up_words"])
        self.down_words = set(words["down_words"])
        self.total_particle_verbs = set(words["total_particle_verbs"])  # "made up 95% of the level": no rise
        self.qualifier_words = {w for phrase in words["qualifiers"] for w in phrase.split()}  # "more", "than"

    def is_change_word(self, tok: Token) -> bool:
        low = tok.lower_
        return low in self.up_words or low in self.down_words or low in self.words["factor_words"]

    def moneys(self, sent: Span) -> list[Anchor]:
        out = []
        restated: tuple[Span, set] | None = None  # the last amount of the figure before, and the currencies it is in
        for ent in self.ents_in[sent.start]:
            if ent.label_ != "MONEY":
                continue
            qualifier, bare = self.qualifier(ent)
            amount, currency = self.parse_money(bare)
            if amount is None:
                amount, currency = self.parse_money(LEADING_WORDS.sub("", bare))  # "as high as $38.5 million"
            if amount is None or amount == 0:
                continue
            if restated is not None and currency not in restated[1] and self._restates(restated[0], ent):
                restated = ent, restated[1] | {currency}
                continue
            out.append(Anchor("money", ent, round(amount, 2), currency, qualifier))
            restated = ent, {currency}
        return out

    def _restates(self, previous: Span, money: Span) -> bool:
        """ "716 billion rubles ($8.7 billion)", "6.5 trillion tenge or almost $19 billion", "2 trillion rubles ($24
        billion), or 13 trillion tenge", "EUR 8 billion in 2023, or about $8.7 billion": one figure in other currencies
        is one anchor, in the currency written first."""
        tokens = self.doc[previous.end : money.start]
        between = " ".join(t.lower_ for t in tokens if t.ent_type_ != "DATE" and not (
            t.pos_ == "ADP" and t.i + 1 < money.start and self.doc[t.i + 1].ent_type_ == "DATE"))
        # "EUR 8 billion in 2023, or about $8.7 billion": the figure's date between its two currencies
        between = " ".join(w for w in re.findall(r"[a-z]+|[(/]", between) if w not in self.words["qualifiers"])
        return between in ("(", "or", "/", "or (", "( or")

    def changes(self, sent: Span) -> list[Anchor]:
        out = []
        for ent in self.ents_in[sent.start]:
            if ent.label_ != "PERCENT" or ent._.percent is None:
                continue
            value = self._signed_change(ent)
            if value is None and out and self._gapped(out[-1], ent):
                value = math.copysign(abs(ent._.percent), out[-1].value)
            if value is not None and value >= -100:  # nothing falls by more than all of it ("fell by 100.5%")
                out.append(Anchor("percent", ent, value, qualifier=self.qualifier(ent)[0]))
        return out + self._fractions(sent)

    def _gapped(self, before: Anchor, percent: Span) -> bool:
        """ "Exports were up 12% in the first quarter, 9% in the second quarter and 4% in the third": a percentage of
        no direction of its own, listed after a change (a comma or "and" just before it, no verb nor share between
        them), is a change of the same verb and sign, the verb left out."""
        between = self.doc[before.span.end : percent.start]
        return before.value != 0 and len(between) > 0 and between[-1].lower_ in (",", "and") and \
            not any(t.pos_ in ("VERB", "AUX") for t in between) and \
            not self.doc[percent.end : percent.end + 1].text.lower() == "of"

    def _fractions(self, sent: Span) -> list[Anchor]:
        """ "grew by a third" (33.3), "fell by almost half" (-50), "rose by one-quarter", "halved" (-50): a fraction of
        the whole after the "by" of a change word is a percentage change, signed by that word; "by half a billion" or
        "by half a percentage point" is a part of a unit, no fraction of the whole."""
        out = []
        fractions, verbs = self.words["change_fractions"], self.words["fraction_verbs"]
        longest = max(len(phrase.split()) for phrase in fractions)
        for tok in sent:
            if tok.lower_ in verbs and tok.pos_ == "VERB":
                out.append(Anchor("percent", self.doc[tok.i : tok.i + 1], verbs[tok.lower_]))
                continue
            if tok.lower_ != "by" or not self.is_change_word(tok.head):
                continue
            start = tok.i + 1
            while start < sent.end and self.doc[start].lower_ in self.qualifier_words:
                start += 1  # "by almost a third", "by more than a quarter"
            for size in range(longest, 0, -1):
                words = [t for t in self.doc[start : min(sent.end, start + size + 1)] if t.text != "-"][:size]
                phrase = " ".join(t.lower_ for t in words)
                after = self.doc[words[-1].i + 1] if words and words[-1].i + 1 < sent.end else None
                of_a_unit = after is not None and (after.lower_ in ("a", "an", "of") or after.like_num or
                                                   after.ent_type_ in ("MONEY", "PERCENT"))
                # "by half a billion", "by half a percentage point", "by a quarter of a point": a part of a unit
                if len(words) == size and phrase in fractions and not of_a_unit and \
                        not any(t.ent_type_ == "MONEY" for t in words):
                    sign = self._sign(tok.head) or self._direction(tok.head)
                    span = self.doc[start : words[-1].i + 1]
                    if sign:
                        out.append(Anchor("percent", span, sign * fractions[phrase], qualifier=self.qualifier(span)[0]))
                    break
        return out

    def factors(self, sent: Span) -> list[Anchor]:
        out = []
        lower = token_words(sent.doc).lower
        for tok in sent:
            low = lower[tok.i]
            value, number, last = None, tok, tok
            if low in self.words["factor_words"] and (low != "twice" or self._direction(tok) == 1):
                value = self.words["factor_words"][low]
            elif low in self.words["times_words"] and tok.i > sent.start or (
                    low in self.words["hyphen_times_words"] and tok.i > sent.start + 1 and tok.nbor(-1).text == "-"):
                value, number = number_before(tok, self.number_words, self.words["plus_half_words"])  # "4.8 times"
                # "a 2.5-time increase": "time" joined to its number by a hyphen ("for the first time" is none)
            elif low in self.words["factor_nouns"] and tok.head.lower_ == "by" and self._sign(tok.head.head) == 1 \
                    and tok.i + 2 < sent.end and lower[tok.i + 1] == "of":
                last = tok.doc[tok.i + 2]  # "grew by a factor of two": the number after "of"
                value = written_number(last.text, self.number_words)
            elif low.endswith("fold") and low[:-4].strip("-"):
                value = written_number(low[:-4].strip("-"), self.number_words)  # "eightfold", "1.5-fold" as one token
                number = tok
            if value is None or not 1 < value <= MAX_FACTOR:
                continue
            span = self.doc[number.i : last.i + 1]
            out.append(Anchor("factor", span, value, qualifier=self.qualifier(span)[0]))
        return out

    def qualifier(self, span: Span) -> tuple[str | None, str]:
        """("over", "$1 billion") for "more than $1 billion", whether the hedge is inside the span or before it."""
        qualifiers = self.words["qualifiers"]
        text = span.text
        for phrase in sorted(qualifiers, key=len, reverse=True):
            if text.lower().startswith(phrase + " "):
                return qualifiers[phrase], text[len(phrase) + 1 :]
        start = span.start
        while start > span.sent.start and self.doc[start - 1].tag_.startswith("VB") and \
                self.doc[start - 1].lower_ not in qualifiers:
            start -= 1  # "nearly reached $1 billion", "almost hit $2 billion": the hedge is the verb's
        before = self.doc[max(span.sent.start, start - self.settings.qualifier_tokens_before) : start].text.lower()
        for phrase in sorted(qualifiers, key=len, reverse=True):
            if re.search(rf"\b{re.escape(phrase)}\s*$", before):
                return qualifiers[phrase], text
        head = span.root.head
        if head.lower_ in qualifiers and head.pos_ == "VERB":
            return qualifiers[head.lower_], text
        return None, text

    def _direction(self, tok: Token) -> int:
        """+1 or -1 from the nearest rise or fall word around a token (its window and its heads), 0 if none;
        else from the verb of its clause ("increased by 38%, including exports by 30%") or its subject ("growth
        ... amounted to 15%")."""
        sent = tok.sent
        width = self.settings.change_word_tokens
        window = [t for t in self.doc[max(sent.start, tok.i - width) : min(sent.end, tok.i + width)] if t.i != tok.i]
        heads = list(islice(tok.ancestors, self.settings.change_word_heads))
        window += heads
        # at equal distance, the word the percentage hangs on, then the word before it: "Exports increased by 10%,
        # imports fell by 2%" is a rise of exports, whatever the sign of the next clause
        signed = [(abs(t.i - tok.i), t not in heads, t.i > tok.i, self._sign(t)) for t in window if self._sign(t)]
        if signed:
            return min(signed)[-1]
        for head in tok.ancestors:
            sign = self._sign(head) or next((self._sign(c) for c in head.children if c.dep_ == "prt" and self._sign(c)), 0)
            if sign:  # "exports went up by 8% and imports by 20%": the particle of the verb far before the gapped number
                return sign
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:  # the clause ends here; "growth ... amounted to 15%": the sign of its subject
                return next((self._sign(t) for s in subjects for t in [s, *s.children] if self._sign(t)), 0)
        return 0

    def _sign(self, tok: Token) -> int:
        if tok.dep_ == "prt" and tok.head.lower_ in self.total_particle_verbs:
            return 0  # "exports made up 95% of the level of 2023": the verb of a total, whose "up" is no rise
        return 1 if tok.lower_ in self.up_words else -1 if tok.lower_ in self.down_words else 0

    def _signed_change(self, percent: Span) -> float | None:
        """64.8 for "64.8% up", -30.0 for "a decline of 30%", -16.8 for "83.2% as of the same period", -3.2 for
        "(-3.2%)"; None for a percentage that states no change ("a share of 30%", "the share rose to 30%", "30% of
        its exports")."""
        value = percent._.percent
        if re.match(r"\s*[-+\u2212]", percent.text):
            return value  # "(-3.2%)", "+5%": the sign is written
        after = self.doc[percent.end : min(percent.sent.end, percent.end + self.settings.level_tokens_after)].text.lower()
        after = " ".join(w for w in after.split() if not YEAR_WORD.fullmatch(w))  # "of the 2020 level"
        of_level = any(after.startswith(w) for w in self.words["level_words"])
        if after.startswith("of ") and not of_level:
            return None  # "make up 20% of its exports", "30% of the market": a share of a total
        head = percent.root.head
        reached = head.lower_ == "to" and head.dep_ == "prep" and self.is_change_word(head.head)  # "rose to 30%": a level
        direction = 0 if reached else self._direction(percent.root)
        if direction:
            return direction * abs(value)
        return round(value - 100.0, 4) if of_level else None


def number_before(tok: Token, number_words: dict[str, int], plus_half: list[str]) -> tuple[float | None, Token]:
    """The number written just before a word, past a hyphen, and its first token: 4.8 for "4.8 times", 1.5 for
    "1.5-fold", 2.5 for "two and a half times" or "two-and-a-half-fold" (`plus_half`: "and a half")."""
    sent = tok.sent
    words = [t for t in tok.doc[max(sent.start, tok.i - 2 * len(plus_half) - 2) : tok.i] if t.text != "-"]
    if len(words) > len(plus_half) and [t.lower_ for t in words[-len(plus_half):]] == plus_half:
        whole = words[-len(plus_half) - 1]
        value = written_number(whole.text, number_words)
        if value is not None:
            return value + 0.5, whole
    number = words[-1] if words else tok
    return written_number(number.text, number_words), number


def written_number(text: str, number_words: dict[str, int]) -> float | None:
    """4.8 for "4.8" or "4,8", 8.0 for "eight"; None for a word that is no number."""
    text = text.lower()
    if text in number_words:
        return float(number_words[text])
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def same_clause(a: Token, b: Token) -> bool:
    """No clause with a subject of its own stands between two tokens ("..., over three years it doubled");
    a relative clause ("$4 billion, which is 16.4 percent less") belongs to its noun."""
    above_a = [a] + list(a.ancestors)
    above_b = [b] + list(b.ancestors)
    common = next((t for t in above_a if t in above_b), None)
    path = above_a[: above_a.index(common)] + above_b[: above_b.index(common)] if common is not None else []
    return common is not None and not any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                                          for c in t.children) for t in path)


def link(changes: list[Anchor], moneys: list[Anchor], max_distance: int, apart=lambda change, money: False) -> None:
    """Give each change the amount it qualifies: the one it is bracketed with, else the nearest in its clause
    (at most `max_distance` arcs away) unless `apart` says they are of different times ("had tripled since 2017
    and reached $4 billion last year")."""
    pairs = []
    for change in changes:
        for money in moneys:
            bracketed = change.span.start - money.span.end in (1, 2) and money.span.doc[money.span.end].text == "("
            distance = 0 if bracketed else tree_distance(change.token, money.token)
            if bracketed or (distance <= max_distance and same_clause(change.token, money.token)
                             and not apart(change, money)):
                pairs.append((distance, abs(change.span.start - money.span.start), change, money))
    taken = set()
    for _, _, change, money in sorted(pairs, key=lambda p: (p[0], p[1])):
        if id(change) in taken or any(a.kind == change.kind for a in money.linked):
            continue
        money.linked.append(change)
        taken.add(id(change))
