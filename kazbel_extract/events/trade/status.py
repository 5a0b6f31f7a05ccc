"""Whether a trade figure is a result, a goal or an expectation, read from the clause that states it.

Cues are read on the way up from the number to the head of its finite clause: modals and
expectation words ("may", "will", "is expected to") make a `forecast`; goal nouns, verbs and
modals ("the target of", "should", "intend to", "aim to", "the goal is") a `target`; anything else, and a
past or present tense, is `actual`. A goal verb alone ("to reach $1 billion") gives GOAL:
a target, unless its period is over when the article is published (then it is what trade
reached), or the verb is the result of a reported change ("rose 25% to reach $271 million"); near
to a goal verb ("are close to reaching $1 billion") it is an expectation, a `forecast`.
"Estimated at" gives ESTIMATE in the same way: a forecast, or an estimated result of a period that
is over; "was estimated at", in a past tense with no goal verb below it, is an estimated result. So does a
perfect under an expectation cue ("may have exceeded", "is expected to have reached"), unless its modal is
counterfactual ("could have reached"); "is set to" is an expectation, not the goal word "set".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .metric_phrase import raised_to
from .side_places import trade_words

GOAL = "goal"  # a goal verb alone: a target, or what trade reached once its period is over
ESTIMATE = "estimate"  # "estimated at": a forecast, or an estimate of a result once its period is over


class Status:
    def __init__(self, doc: Doc, words: dict, is_change_word, current_cue_tokens_before: int):
        self.doc = doc
        self.current_cue_tokens_before = current_cue_tokens_before  # "currently $1 billion"
        self.words = words
        self.is_change_word = is_change_word
        self.forecast = set(words["forecast_words"])
        self.target = set(words["target_words"])
        self.goal_verbs = set(words["target_verbs"])
        self.estimates = set(words["estimate_words"])
        self.nearness = set(words["nearness_words"])  # "we are close to reaching $1 billion": a goal verb near its end
        self.expectation_passives = set(words["expectation_passives"])  # "is set to exceed": an expectation
        self.course_verbs = set(words["course_verbs"])  # "is heading for $5 billion": an expectation
        self.course_prepositions = set(words["course_prepositions"])
        self.promises = set(words["promise_verbs"])  # "trade promises to surpass": an expectation; "X promised": a pledge
        self.counterfactual = set(words["counterfactual_modals"])  # "could have reached": no result
        self.trade_words = trade_words(words)  # "goods ... that could supply"

    def of(self, tok: Token) -> str:
        """The status of the number at `tok`: "actual", "target", "forecast", GOAL or ESTIMATE."""
        if any(t.lower_ in self.words["actual_words"] for t in self.doc[max(tok.sent.start, tok.i - self.current_cue_tokens_before) : tok.i]):
            return "actual"
        if raised_to(tok, self.goal_verbs, self.trade_words) is not None:
            return "target"  # "a memorandum on increasing trade to $3 billion", misparsed: the level aimed at
        tentative, perfect, below = None, False, tok
        for t in [tok] + list(tok.ancestors):
            children = list(t.children)
            flow = self._flow_clause(t, children)
            if flow is not None:
                return flow
            perfect = perfect or self._perfect_infinitive(t, children)
            if self._expectation_passive(t, children):
                return "forecast"  # "exports are set to top $3 billion", not the goal of "set the goal"
            if t.lower_ in self.course_verbs and below.dep_ == "prep" and below.lower_ in self.course_prepositions:
                return "forecast"  # "trade is heading for $5 billion", a headline's "Trade heads for $2 bln"
            if t.lower_ in self.promises and t.pos_ == "VERB" and _takes_infinitive(children):
                return "target" if any(c.dep_ == "nsubj" and _agent(c) for c in children) else "forecast"
            words = [t.lower_] + [c.lower_ for c in children if c.dep_ in ("aux", "auxpass", "acomp", "nsubj", "nsubjpass")
                                  and c.tag_ not in ("NNP", "NNPS")]
            # "is expected", "the goal is $2 billion"; a proper noun is no cue ("In January-May it amounted", "May" the
            # month the parser made a subject)
            if t.pos_ == "NOUN":
                words += [c.lower_ for c in children if c.dep_ in ("amod", "compound") and c.i < t.i
                          and c.lower_ in self.target]  # "the target trade volume of $3 billion", "planned exports of"
            if t.pos_ == "AUX":
                words += [g.lower_ for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
                # a copula's prepositional predicate: "is on track to reach", "is on course to hit"
            if any(x in self.estimates for x in words):
                if tentative is None and self._past(t):
                    return "actual"  # "was estimated at $1 billion": an estimate of a result, not an expectation
                tentative = ESTIMATE  # "is estimated to reach": an estimate, not a goal
            elif any(x in self.forecast for x in words):
                if not perfect or any(x in self.counterfactual for x in words):
                    return "forecast"
                tentative = tentative or ESTIMATE  # "may have exceeded $1.4 billion last year", "is expected to have
                # reached": an estimate of a result, which is actual once its period is over
            if any(x in self.target for x in words):
                return "target"
            if tentative in (GOAL, "target") and any(x in self.nearness for x in words):
                return "forecast"  # "we are close to reaching $1 billion", "on the verge of reaching": an expectation
            goal_verbs = [v for v in [t] + [c for c in children if c.dep_ == "amod"]
                          if v.lower_ in self.goal_verbs and v.tag_ in ("VB", "VBG")]
            if goal_verbs and not self._result_of_change(t):
                tentative = tentative or ("target" if self._brings_to(t, goal_verbs, below) else GOAL)
            below = t
            finite = any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children) or self._finite_conjunct(t) or \
                t.dep_ == "relcl" and t.tag_ == "VBD" and t.pos_ == "VERB"
            # "trade, the volume of which exceeded $1 billion last year and is expected to grow": a relative clause in the
            # past (no copula: "the goal, which was $2 billion") states a result, whatever its noun's clause expects
            if finite:
                break
        return tentative or "actual"

    @staticmethod
    def _brings_to(head: Token, goal_verbs: list[Token], below: Token) -> bool:
        """ "on increasing trade to $10 billion", "the goal of bringing exports to $1 billion", "plans for raising
        trade to $2 billion": a goal verb, not finite, that acts on a trade word (its object, or the noun it
        modifies) and takes the amount in its "to" phrase states the level aimed at, a target whatever its period;
        "trade reaching $1.3 billion in 2023" names no such act (a goal verb alone, `GOAL`)."""
        if below.dep_ != "prep" or below.lower_ != "to":
            return False
        return any(v is head and any(c.dep_ == "dobj" for c in v.children) or v.dep_ == "amod" for v in goal_verbs)

    def _flow_clause(self, head: Token, children: list[Token]) -> str | None:
        """ "90 goods worth $300 million that Kazakh producers could supply", "products worth $150 million which could
        be delivered", "items worth $80 million that Tajikistan should buy": the amount is the worth of a noun whose
        relative clause trades it, so that clause's modal says what the figure is; a clause in a tense of its own
        ("goods worth $300 million that were shipped") says nothing here. The parser hangs the clause on the noun or
        on the amount itself."""
        for clause in (c for c in children if c.dep_ == "relcl" and c.lower_ in self.trade_words):
            modals = {a.lower_ for a in clause.children if a.dep_ == "aux" and a.tag_ == "MD"}
            if modals & self.target:
                return "target"
            if modals & self.forecast:
                return "forecast"
        return None

    def _expectation_passive(self, verb: Token, children: list[Token]) -> bool:
        """ "is set to exceed", "are slated to reach", "looks set to top": a passive, or the complement of a linking
        verb, whose to-infinitive says what is expected; with a goal noun for its subject ("the task has been set to
        increase trade to $1 billion") it states the goal set."""
        return verb.lower_ in self.expectation_passives and (
            verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children) or verb.dep_ in ("acomp", "xcomp", "oprd")
            and not any(c.dep_ in ("aux", "dobj") for c in children)) and \
            not any(c.dep_ == "nsubjpass" and c.lower_ in self.target for c in children) and _takes_infinitive(children)

    @staticmethod
    def _perfect_infinitive(verb: Token, children: list[Token]) -> bool:
        """ "may have exceeded", "to have reached": a perfect after a modal or "to", what the figure already did."""
        return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" and c.tag_ == "VB" for c in children)

    @staticmethod
    def _finite_conjunct(verb: Token) -> bool:
        """ "was planned at $1.5 billion but reached only $1.3 billion": a verb in a tense of its own coordinated with
        another states its own clause, whose subject it shares; the other verb's goal or modal is not its own."""
        return verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and \
            verb.head.pos_ in ("VERB", "AUX")

    @staticmethod
    def _past(verb: Token) -> bool:
        """ "was estimated", "were estimated", "had been estimated": a past auxiliary of the estimate word."""
        return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)

    def settle(self, status: str, period: str | None, number: Token | None = None) -> str:
        """GOAL and ESTIMATE made final: "with trade reaching $1.3 billion in 2023", written in 2024, is what trade
        reached; "estimated at $1 billion in 2022", written in 2023, is an estimated result. A figure with no verb at
        all above its `number` ("Belarus-Kazakhstan trade at $2 billion by 2030") has no tense that makes it a
        result: of a period starting after the year of publication it is an expectation, as nothing says anyone aims
        at it ("Trade reached $1.2 billion in 2025" keeps the tense it is written in)."""
        if status == "actual" and self.ahead(period) and number is not None and \
                not any(t.pos_ in ("VERB", "AUX") for t in [number, *number.ancestors]):
            return "forecast"
        if status not in (GOAL, ESTIMATE):
            return status
        return "actual" if self.over(period) else "target" if status == GOAL else "forecast"

    def ahead(self, period: str | None) -> bool:
        """The period starts after the year the article is published in."""
        years = self._years(period)
        return years is not None and years[0] > years[2]

    def over(self, period: str | None) -> bool:
        """The period ended before the year the article is published in."""
        years = self._years(period)
        return years is not None and years[1] < years[2]

    def _years(self, period: str | None) -> tuple[int, int, int] | None:
        """The period's first and last year and the year of publication, when both are known."""
        published = self.doc._.published
        years = re.findall(r"\d{4}", period or "")
        return (int(years[0]), int(years[-1]), int(published[:4])) if published and years else None

    def of_base(self, status: str, period: str | None) -> str:
        """ "is expected to reach $1.5 billion this year, compared to $1.3 billion in 2023": the amount a goal or
        forecast is compared with is a result once its period is over."""
        return "actual" if self.over(period) else status

    def _result_of_change(self, verb: Token) -> bool:
        """ "went up by 25.7% to reach $271 million", "doubled, reaching $800 million": a goal verb hanging on a
        reported rise or fall is its result, and so is a participle hanging on a verb in the past ("exported ...,
        bringing the trade to $1.13 billion")."""
        head = verb.head
        changed = self.is_change_word(head) or any(c.dep_ in ("prt", "advmod") and self.is_change_word(c)
                                                   for c in head.children)  # "went up", "moved down"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.tag_ == "VBD":
            return True  # "Belarus exported $860 million and imported $270 million, bringing trade to $1.13 billion"
        return verb.dep_ in ("advcl", "xcomp", "conj") and head.tag_ in ("VBD", "VBZ", "VBN", "VBP") and changed


def _takes_infinitive(children: list[Token]) -> bool:
    """A to-infinitive among a verb's children: "set to exceed", "promises to surpass"."""
    return any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in children)


def _agent(subject: Token) -> bool:
    """A subject that can pledge: a side, a person or a body ("Kazakhstan", "the minister's team" aside, a name), or a
    personal pronoun ("we promised")."""
    return subject.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") or subject.tag_ == "PRP"
