"""What a word pointing back at a trade figure stands for.

"It climbed to $1.4 billion", "the figure stood at ...", "Belarus' exports to Kazakhstan are dominated by
machinery. In 2023 they grew by 9%": a pronoun or "the figure"/"the volume" takes the metric of the
paragraph's last figure or of the trade noun a sentence without figures names (its subject, else its last object).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..syntax import SUBJECTS, paragraph_of
from .parties import Parties
from .reporters import Reporters

if TYPE_CHECKING:
    from .metrics import MetricWords

MODIFIERS = ("compound", "amod", "nmod", "poss")  # a noun that only qualifies another ("an export centre")
QUANTITIES = ("MONEY", "PERCENT", "DATE", "CARDINAL", "QUANTITY")  # entity types of an amount or a time, not a matter
ARGUMENTS = (*SUBJECTS, "dobj")  # the nouns a pronoun after them in the sentence can stand for


class Antecedents:
    """Keeps the paragraph's metric in force (`in_force`: paragraph and metric of the last figure or antecedent)
    and decides whether a word pointing back reaches it."""

    def __init__(self, doc: Doc, words: dict, metric_words: MetricWords, parties: Parties, reporters: Reporters,
                 paragraphs: list[int]):
        self.doc = doc
        self.metric_words = metric_words
        self.parties = parties
        self.reporters = reporters
        self.paragraphs = paragraphs
        self.anaphors = set(words["anaphoric_metric_words"])
        self.pronoun_number = words["pronoun_number"]  # "it": "singular", "they": "plural"
        self.time_units = set(words["time_units"])
        self.report_verbs = set(words["report_verbs"])  # "the ministry said it ...": a source, not an antecedent
        self.in_force: tuple[int, str] | None = None  # (paragraph, metric) of the last figure: "it", "the figure"
        self.amount_nouns = set(words["restated_amount_nouns"])  # "that result", "the same level"
        self.amount_pointers = set(words["restated_amount_pointers"])
        self.amount_verbs = set(words["restated_amount_verbs"])  # "repeating", "stayed (at)", "return (to)"

    def anaphoric(self, subject: Token | None, any_word: bool = False) -> str | None:
        """ "It climbed to $1.4 billion", "the figure stood at ...": the metric of the last figure the subject
        reaches (`any_word`: whatever the subject is)."""
        if subject is None or self.in_force is None or not self.reaches(subject, self.in_force[0], any_word):
            return None
        if self.of_other_matter(subject):
            return None  # "the volume of the fund reached $1 billion": the volume of what it names
        return self.in_force[1] if any_word or self.is_anaphor(subject) else None

    def of_other_matter(self, noun: Token) -> bool:
        """ "the volume of the fund", "the figure of the budget": a noun that would point back says what it is of,
        and that is no trade word (the amount or time of "the target of $2 billion", "the volume of January-May" is
        no matter)."""
        return any(g.pos_ in ("NOUN", "PROPN") and g.ent_type_ not in QUANTITIES and not any(
            self.metric_words.of_word(t) for t in g.subtree)
            for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")

    def reaches(self, tok: Token, paragraph: int, any_word: bool = False) -> bool:
        """Whether a word pointing back ("it", "this", "the figure") can stand for a figure of `paragraph`: one of its
        own paragraph, or, as the subject of a sentence opening its paragraph, of the paragraph before ("... $1.1
        billion in January-September.\n\nThis is 12% more than ...": wire stories give a sentence a paragraph of its
        own); so can the sides as a goal's subject (`any_word`: "\n\n\"We should reach $1 billion\""). The head noun
        of a goal ("the target of") keeps to its paragraph."""
        own = paragraph_of(self.paragraphs, tok.sent.start_char)
        if self._nearer_noun(tok):
            return False
        if own == paragraph:
            return True
        opening = tok.sent.start == 0 or paragraph_of(self.paragraphs, self.doc[tok.sent.start - 1].sent.start_char) != own
        return own == paragraph + 1 and opening and tok.dep_ in ("nsubj", "nsubjpass") and (any_word or self.is_anaphor(tok))

    def _nearer_noun(self, pronoun: Token) -> bool:
        """ "Kazakhstan has accumulated large reserves: they exceeded $95 billion": a subject pronoun stands for the nearest
        subject or object before it in its own sentence that agrees with it in number, when there is one (not a
        source or a time: "According to the bureau, it grew", "In May this year it reached"); that noun is no
        figure unless it names a metric or points back itself ("Trade is growing: in 2023 it reached ...")."""
        number = self.pronoun_number.get(pronoun.lower_)
        if number is None or pronoun.dep_ not in SUBJECTS:
            return False  # an object pronoun is never its own clause's subject: "Our task is to bring it to $1 billion"
        agreeing = [t for t in self.doc[pronoun.sent.start : pronoun.i] if t.pos_ == "NOUN" and t.dep_ in ARGUMENTS
                    and not t.ent_type_ and t.lower_ not in self.time_units and (t.tag_ == "NNS") == (number == "plural")
                    and not self._reports(t, pronoun)]
        return bool(agreeing) and not (self.metric_words.of_word(agreeing[-1]) or self.is_anaphor(agreeing[-1]))

    def _reports(self, noun: Token, pronoun: Token) -> bool:
        """ "The ministry said it reached $1.3 billion", "the Belarusian side noted that it had grown": the subject of a
        verb of saying whose reported clause holds the pronoun is the source, not what the pronoun stands for."""
        verb = noun.head
        return noun.dep_ in SUBJECTS and verb.lower_ in self.report_verbs and pronoun.head.dep_ == "ccomp" and \
            pronoun.head.head == verb

    def is_anaphor(self, tok: Token) -> bool:
        """ "it", "they", "which", "this", "the figure", "the volume": a word that can stand for a figure ("we",
        "he" or "you" cannot)."""
        return tok.lower_ in self.anaphors

    def note(self, sent: Span, n: int) -> None:
        """ "Belarus' exports to Kazakhstan are dominated by machinery. In 2023 they grew by 9%", "The sides discussed
        their trade. It reached ...": the trade noun a sentence without figures has as its subject, else the last
        one it names as the noun of its phrase (an object, "attention to Korean investment"), is what "they" or
        "the volume" after it in the paragraph stand for, with whose export it is; a trade word that only
        modifies another noun ("an export centre") stands for nothing."""
        nouns = [t for t in sent if t.pos_ == "NOUN" and t.dep_ not in MODIFIERS and self.metric_words.of_word(t)]
        subjects = [t for t in nouns if t.dep_ in SUBJECTS]
        if not nouns:
            return
        antecedent = (subjects or nouns)[-1]
        metric = self.metric_words.of_word(antecedent)
        self.in_force = paragraph_of(self.paragraphs, sent.start_char), metric
        self.reporters.note(antecedent, metric, self.parties.sides(sent), n)

    def restated_amount(self, sent: Span, after: int) -> Token | None:
        """ "..., and we have every chance of repeating that result this year", "Exports stayed at the same level in
        2024": a noun of an amount pointed back at ("that", "this", "the same"), the object of a verb that attains or
        keeps an amount (directly or through its preposition), after token `after`, states the last amount again."""
        for tok in sent:
            if tok.i <= after or tok.lower_ not in self.amount_nouns or tok.dep_ not in ("dobj", "pobj") or not any(
                    c.dep_ in ("det", "amod") and c.lower_ in self.amount_pointers for c in tok.children):
                continue
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if verb.lower_ in self.amount_verbs:
                return tok
        return None
