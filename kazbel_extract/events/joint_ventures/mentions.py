"""Which words mention a joint venture, and with which count.

A mention is a venture/plant/enterprise/company/line noun that is joint or assembles ("joint
ventures", "assembly plants", "an enterprise assembling MTZ tractors", "a plant for the assembly of
tractors", "the construction of MTZ plant"), or an assembling verb whose subject is a plant
("Kostanay Engineering Plant assembles Belarusian tractors"), or a count of more of them with the noun
left out ("Four more will be commissioned"). Its count is the number written ("eight joint plants",
"6 thousand joint enterprises", "the number of joint ventures reached 150"; "a plant" has none), and "N of
which" inside it is a mention of its own. A venture listed after "including" is an example of its group,
unless it is counted and the group is no venture.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..clause import Grammar, read_clause
from ..lexicon import Lexicon
from ..syntax import count_of
from .owners import JointOwners


class VentureMentions:
    """Decides which words of a doc mention a joint venture, its count, and whether it points back to one."""

    def __init__(self, doc: Doc, text: str, words: dict, lexicon: Lexicon, assembly_tokens_after: int):
        self.doc = doc
        self.text = text
        self.words = words
        self.assembly_tokens_after = assembly_tokens_after  # "a plant to assemble BelAZ trucks"
        self.grammar: Grammar = lexicon.grammar
        self.number_words = lexicon.number_words
        self.scales = lexicon.number_scales
        self.country_of = lexicon.country_of  # "Belarusian" -> "Belarus"
        self.owners = JointOwners(words, lexicon)
        self.named: set[str] = set()  # the venture nouns named so far, for "such plants"

    def is_joint_venture(self, noun: Token) -> bool:
        """Whether a venture noun names a joint venture or assembly plant here."""
        w = self.words
        if noun.lower_ not in w["heads"] or noun.pos_ not in ("NOUN", "PROPN") or (
                noun.ent_type_ == "ORG" and noun.lower_ not in w["joint_heads"] and not self.owners.share(noun)):
            return False  # a plant's name is no mention; "the Kazakh-Belarusian JV", however tagged, is one, and so
            # is a named company two own ("Kazbel Logistics LLC with the participation of KTZ and Belarusian Railways")
        if noun.dep_ == "compound" and noun.head.lower_ in w["heads"] or self.example(noun):
            return False  # "joint production facilities" is one mention; "30 ventures, including MTZ's": an example
        if noun.lower_ in w["activity_heads"] and not any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "compound" for c in noun.children):
            return False  # "joint production of buses", "tractor/assembly production"; not "cooperation in joint production"
        if self._field_of_cooperation(noun):
            return False  # "cooperate in trade, investment, joint ventures and tourism": a field, no venture
        modifiers = {t.lower_ for t in self.doc[noun.left_edge.i : noun.i]}
        if noun.lower_ in w["joint_heads"]:
            return True  # "the JV", "five JVs"
        if "such" in modifiers and noun.lower_ in self.named:
            return True  # "... Belarusian-Kazakh assembly plants. Seven such plants operate in Kazakhstan"
        if modifiers & w["joint_words"]:
            return "stock" not in modifiers  # a joint-stock company is a legal form
        if self.owners.share(noun) or self.owners.of_two(noun):
            return True  # "a company with the participation of KTZ and Belarusian Railways", "a plant of X and Y"
        if noun.lower_ in w["activity_heads"] and self.owners.set_up_together(noun):
            return True  # "Amkodor and Uzavtosanoat agreed to set up the production of loaders"
        if self._binational(noun) and noun.tag_ in ("NN", "NNP"):
            return True  # "the Azerbaijan-Belarus tractor plant"; "Kazakh-Belarusian companies" are of both sides
        if any(c.dep_ in ("acl", "relcl") and _assembles(c, w) for c in noun.children):
            return True  # "an enterprise assembling tractors"
        if any(c.dep_ == "prep" and any(g.lower_ in w["assembling_words"] for g in c.children) for c in noun.children):
            return True  # "a plant for the assembly of tractors"
        if any(t.lower_ in w["assembling_words"] for t in self.doc[noun.i + 1 : noun.i + 1 + self.assembly_tokens_after]):
            return True  # "a plant to assemble BelAZ trucks", however the parse attaches the infinitive
        if noun.dep_ != "pobj" or noun.head.head.lower_ not in w["construction_words"]:
            return False
        builder = read_clause(noun.head.head, self.grammar).verb  # "the construction of MTZ plant", "KIA began the construction of"
        subjects = [c for c in builder.children if c.dep_ == "nsubj"] if builder is not None else []
        return any(t.ent_type_ == "ORG" for t in (*noun.lefts, *subjects))

    def _field_of_cooperation(self, noun: Token) -> bool:
        """A bare, uncounted mention listed among fields of cooperation ("trade, investment, joint ventures and
        tourism", "investment and joint ventures are key") names a field, not ventures set up."""
        if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            return False
        siblings = [c for c in noun.children if c.dep_ == "conj"] + ([noun.head] if noun.dep_ == "conj" else [])
        siblings += [c for s in siblings for c in s.children if c.dep_ == "conj" and c != noun]
        return any(s.lower_ in self.words["fields"] for s in siblings)

    def _binational(self, noun: Token) -> bool:
        """Whether a modifier names two countries joined by a hyphen ("Belarusian-Kazakh")."""
        pairs = re.findall(r"([\w']+)-([\w']+)", self.text[noun.left_edge.idx : noun.idx])
        return any(a in self.country_of and b in self.country_of for a, b in pairs)

    def more_of_them(self, number: Token) -> bool:
        """ "Twelve plants have been opened. Four more will be commissioned", "plan to open another five": a count of
        more ventures, its noun left out, as the subject or object of a setting-up or operating verb after a venture
        was named."""
        if not (number.like_num and number.dep_ in ("nsubj", "nsubjpass", "dobj")
                and any(c.lower_ in self.words["more_words"] for c in number.children)):
            return False  # asked of every word once a venture is named: the clause is read only for a count
        verb = read_clause(number, self.grammar).verb
        return verb is not None and verb.lower_ in self.words["setup_words"] | self.words["operating_words"]

    def more_than_named(self, noun: Token) -> bool:
        """ "Another three joint ventures", "two more assembly plants", "four additional enterprises": ventures besides
        those named before, never one of them."""
        lefts = [t for c in noun.lefts for t in (c, *c.children)]
        return any(t.lower_ in self.words["more_words"] and not (t.i + 1 < len(t.doc) and t.nbor().lower_ == "than")
                   for t in lefts)  # not "more than 100 joint ventures": a floor

    def restates(self, noun: Token) -> bool:
        """A definite or existing uncounted mention points back to one named before ("the plants"), unless it is
        production named by what it makes or a venture named by its company."""
        words = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "amod")}
        if noun.lower_ in self.words["activity_heads"] and any(c.lower_ == "of" for c in noun.children):
            return False  # "the production of front loaders" is named by what it makes, not pointed back to
        if any(c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG" for c in noun.lefts):
            return False  # "the Mogilevliftmash joint venture" is named by its company, not pointed back to
        return bool(words & (self.words["anaphoric_determiners"] | self.words["operating_modifiers"])) and self.count(noun) is None

    def partitives(self, noun: Token) -> list[tuple[Token, Token]]:
        """ "600 joint ventures operate in Kazakhstan, 130 of which were set up last year": each number after
        the noun in its sentence that counts "of which/them", with its verb."""
        out = []
        for number in noun.doc[noun.i + 1 : noun.sent.end]:
            if number.like_num and number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB" and any(
                    p.lower_ == "of" and any(g.lower_ in ("which", "them") for g in p.children)
                    for p in number.children):
                out.append((number, number.head))
        return out


    def example(self, noun: Token) -> bool:
        """A venture listed after "including" or "among them" is an example of the group it is included in, no record
        of its own, unless it is counted and the group is no venture ("600 companies with Belarusian capital,
        including 200 joint ventures"; not "30 ventures, including MTZ's"). The group of an "including" on a verb is
        its subject; that of "among them" is named before, and a count there is the group's own."""
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if self._among_them(noun):
            return not counted  # "eight plants operate, among them the assembly of MTZ tractors in Kostanay"
        including = noun.head
        if including.lower_ not in self.words["including_words"]:
            return False
        group = including.head
        if group.pos_ in ("VERB", "AUX"):
            group = next((c for c in group.children if c.dep_ in ("nsubj", "nsubjpass")), group)
        return not counted or group.lower_ in self.words["heads"] and self.is_joint_venture(group)

    def _among_them(self, noun: Token) -> bool:
        """Whether "among them" (a pronoun pointing back to a group) heads or modifies the noun, however parsed."""
        among = [c for c in noun.children if c.dep_ == "prep"]
        if noun.dep_ == "appos" and noun.head.pos_ == "PRON":
            among.append(noun.head.head)
        return any(a.lower_ in self.words["among_words"] and any(g.pos_ == "PRON" for g in a.children) for a in among)

    def count(self, noun: Token) -> int | None:
        """The number written before the noun: "eight joint plants" is 8, "More than 30 joint ventures" 30,
        "6 thousand joint enterprises" 6000; "a plant", "MTZ plant" or a bare plural have none; or the number
        that "the number of ..." reaches ("the number of joint ventures has reached 150")."""
        for child in noun.lefts:
            if child.dep_ == "nummod":
                count = count_of(child, self.number_words, self.scales)
                if count is not None:
                    return count
        return self._number_of(noun)

    def _number_of(self, noun: Token) -> int | None:
        """ "The number of joint ventures reached 150 / exceeds 100 / stands at 45 / grew to 70": the object of the
        verb "the number" is the subject of, or the number after its "at" or "to" (not "grew by 20")."""
        group = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if group is None or group.lower_ not in self.words["count_nouns"] or group.dep_ != "nsubj":
            return None
        verb = group.head
        numbers = [c for c in verb.children if c.dep_ in ("dobj", "attr")] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in self.words["count_preps"]
            for g in c.children if g.dep_ == "pobj"]
        counts = (count_of(t, self.number_words, self.scales) for t in numbers if t.like_num)
        return next((n for n in counts if n is not None), None)



def _assembles(verb: Token, words: dict) -> bool:
    return verb.lower_ in words["assembling_words"] or any(
        c.lower_ in words["assembling_words"] for c in verb.children if c.dep_ == "xcomp")

