"""The people of a meeting that its own phrase does not name, read from the sentences around it.

"X met a delegation. The delegation was led by Y": the heads of the delegations take part; "The
meeting was held in Almaty. It was attended by X and Y": a mention that names no one takes the
people "it" was attended by; "X and Y came to Astana. The sides discussed ...": the people of the
sentence before.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...text import DASHES
from ..syntax import SUBJECTS, paragraph_of, paragraph_starts, sentence_before
from .visit_days import path_up


class ContextPeople:
    """Decides which people named in the sentences around a meeting's take part in it."""

    def __init__(self, doc: Doc, words: dict, persons_in: dict[int, list[Span]], words_of, distinct):
        self.doc = doc
        self.words = words
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.words_of = words_of  # the lowercased words of a sentence
        self.distinct = distinct  # one mention per person
        self.paragraphs = paragraph_starts(doc)
        self.meeting_words = set(words["verbs"]) | set(words["nouns"])  # the words that tell a meeting of its own
        self.plural_pronouns = set(words["pronouns"]["narrated_plural"])  # "their meeting"
        self.title_links = set(words["title_links"]) | set(DASHES)  # "led by Minister of Trade and Integration X"

    def delegation_heads(self, trigger: Token, people: list[Span]) -> list[Span]:
        """The heads of the delegations of a meeting take part in it: "X met a delegation. The delegation was led
        by Y", "A delegation led by Y visited Minsk. The delegation held talks ... The Belarusian side was led by
        Z"; and, for a meeting with one named side, "A delegation led by Y arrived. During the meeting with X"."""
        delegation = set(self.words["delegation_words"])
        sent = trigger.sent
        of_sides = not self.words_of(sent).isdisjoint(delegation) or len(people) == 1
        before = sentence_before(sent) if of_sides else None
        heads = self._heads_in([before] if before is not None else [], delegation)
        started = False
        for other in self.doc[sent.end :].sents if sent.end < len(self.doc) else []:
            # the first sentences after it that name heads: "The Kazakh side was led by ...", also after a meeting of two
            # named people when a side is what the leading verb says ("X held talks with Y. The Kazakh side was
            # represented by Z and W"; not "Z held a meeting with the delegation led by W", a meeting of its own)
            found = self._heads_in([other], delegation) if of_sides else self._side_heads_in(other, delegation)
            if (started or not of_sides) and not found:
                break  # after a meeting of two named people, only the sentences right after it
            started, heads = started or bool(found), heads + found
        return heads

    def delegation_leader(self, trigger: Token) -> list[Span]:
        """ "the head of the Belarusian delegation was received by Y", "The Belarusian guests held talks with Y", some
        sentences after "A Belarusian delegation led by X arrived": the last person named before as leading a
        delegation (of the same country when both say one) stands for "the head of the delegation", or for the
        delegation that is the subject of the meeting's clause."""
        delegation = set(self.words["delegation_words"])
        nouns = [g for t in trigger.sent if t.lower_ in self.words["leader_nouns"] for c in t.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.lower_ in delegation]
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        nouns += [c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ in delegation]  # "The guests held talks"
        if not nouns:
            return []
        wanted = _side_words(nouns[0])
        led = []
        for start in sorted(s for s in self.persons_in if s < trigger.sent.start):
            for person in self.persons_in[start]:
                verb = self._leading_verb(person)
                side = _delegation_of(verb.head, delegation) if verb is not None and verb.dep_ == "acl" else None
                if side is not None and side.lower_ in delegation and (not wanted or not _side_words(side)
                                                                       or wanted == _side_words(side)):
                    led.append(person)
        return led[-1:]

    def _side_heads_in(self, sentence: Span, delegation: set[str]) -> list[Span]:
        """ "The Kazakh side was represented by Z and W": the people of a leading verb whose subject is a side word."""
        heads = []
        for person in self.persons_in[sentence.start]:
            verb = self._leading_verb(person)
            if verb is not None and any(c.dep_ in SUBJECTS and c.lower_ in delegation for c in verb.children):
                heads.append(person)
        return heads

    def _heads_in(self, sentences: list[Span], delegation: set[str]) -> list[Span]:
        """The people "led by" in sentences of a delegation: one that names it, or whose leading verb's subject is
        "it" ("A delegation came to Minsk. It was headed by X"); in one that names it also those who lead it or are
        its members ("Y, who headed the delegation, said", "The delegation included Y and Z")."""
        heads = []
        for other in sentences:
            names_delegation = not self.words_of(other).isdisjoint(delegation)
            for person in self.persons_in[other.start]:
                verb = self._leading_verb(person)
                if verb is not None and (names_delegation or any(c.dep_ in SUBJECTS and c.lower_ == "it"
                                                                 for c in verb.children)):
                    heads.append(person)
                elif names_delegation and (self._leads(person, delegation) or self._member(person, delegation)):
                    heads.append(person)
        return heads

    def _leads(self, person: Span, delegation: set[str]) -> bool:
        """ "Y, who headed the delegation, said", "Y led the Belarusian delegation": the subject of a leading verb
        whose object is a delegation word."""
        root = person.root
        verbs = [root.head] if root.dep_ in SUBJECTS else []
        verbs += [c for c in root.children if c.dep_ == "relcl"]
        return any(v.lower_ in self.words["leading_verbs"] and any(c.dep_ == "dobj" and c.lower_ in delegation
                                                                    for c in v.children) for v in verbs)

    def _member(self, person: Span, delegation: set[str]) -> bool:
        """ "The delegation included X and Y": a person in the object of a membership verb with a delegation
        subject."""
        tok = person.root
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        verb = tok.head
        return tok.dep_ == "dobj" and verb.lower_ in self.words["membership_verbs"] and any(
            c.dep_ in SUBJECTS and c.lower_ in delegation for c in verb.children)

    def _leading_verb(self, person: Span, verbs: str = "leading_verbs") -> Token | None:
        """ "led" of "the delegation led by X": the leading verb (or another of the `verbs` list) a person is the
        agent of, also where the parser hung the name elsewhere ("A delegation led by Minister X is in Minsk", X
        the subject of "is"): the "by" right before the name and its title."""
        by = next((a for a in person.root.ancestors if a.lower_ == "by"), None) or _by_before(person, self.title_links)
        if by is None:
            return None
        if by.head.lower_ in self.words[verbs]:
            return by.head
        if by.head.dep_ in ("appos", "conj"):  # "was headed by X, the Belarusian one by Y": the gapped clause's verb
            return next((a for a in by.head.ancestors if a.lower_ in self.words[verbs]), None)
        return None

    def sides_at(self, trigger: Token) -> list[Span]:
        """ "The Kazakh side at the talks was represented by X", "The Kazakh delegation at the talks was headed by X,
        the Belarusian one by Y": the people a side whose phrase holds the meeting noun was led or represented by."""
        sides = set(self.words["delegation_words"])
        people = []
        for person in self.persons_in[trigger.sent.start]:
            verb = self._leading_verb(person, "attending_verbs")
            if verb is not None and any(c.dep_ in SUBJECTS and c.lower_ in sides and trigger in c.subtree
                                        for c in verb.children):
                people.append(person)
        return people

    def attended_after(self, trigger: Token) -> list[Span]:
        """ "The meeting was held in Almaty on 5 March. It was attended by X and Y", "The Belarusian side was headed
        by X, the Kazakh side by Y": a mention that names no one takes the people the next sentence says "it" or a
        side was attended, chaired or led by (also in the gapped clause of the other side)."""
        sent = trigger.sent
        if sent.end >= len(self.doc):
            return []
        after = self.doc[sent.end].sent
        sides = set(self.words["delegation_words"])
        people = []
        for person in self.persons_in[after.start]:
            verb = self._leading_verb(person, "attending_verbs")
            by = next((a for a in person.root.ancestors if a.lower_ == "by"), None)
            if verb is None and by is not None and by.head.lower_ in sides:  # "..., the Kazakh side by Y"
                verb = next((a for a in by.head.ancestors if a.lower_ in self.words["attending_verbs"]), None)
            if verb is not None and any(c.dep_ in SUBJECTS and (c.lower_ == "it" or c.lower_ in sides)
                                        for c in verb.children):
                people.append(person)
        return self.distinct(people)

    def one_side_before(self, trigger: Token, source) -> list[Span]:
        """ "X arrived in Astana on a state visit. The presidents held talks. Y noted ...": a mention whose subject is
        "the sides" or "the presidents", after a sentence that names one person only, is of that person, those the
        sentence before that names in the paragraph, and the people named after it in its paragraph (`named_after`),
        when they make two or more; not after a sentence
        that tells a meeting itself ("He held talks with Y. During the talks, the sides discussed ...")."""
        sent, before = trigger.sent, sentence_before(trigger.sent)
        if before is None or not self.collective(sent) or not self.words_of(before).isdisjoint(self.meeting_words):
            return []
        side = self.distinct([p for p in self.persons_in[before.start] if not source(p)])
        if len(side) != 1:
            return []
        earlier = sentence_before(before)  # "X praised Y's tractors. Y thanked him. The two met in Minsk."
        if earlier is not None and paragraph_of(self.paragraphs, earlier.start_char) == paragraph_of(
                self.paragraphs, sent.start_char) and self.words_of(earlier).isdisjoint(self.meeting_words):
            side = self.distinct([p for p in self.persons_in[earlier.start] if not source(p)] + side)
        people = self.distinct(side + self.named_after(trigger, source, side))
        return people if len(people) >= 2 else []

    def co_chairs_after(self, trigger: Token) -> list[Span]:
        """ "The session of the commission took place in Minsk. Its co-chairs are X and Y", "The co-chairmen X and Y
        signed the protocol", "X, co-chairman of the commission, said ...": a mention that names no one takes the
        people the next two sentences of its paragraph call co-chairs."""
        sent = trigger.sent
        paragraph = paragraph_of(self.paragraphs, sent.start_char)
        after = [s for s in self.doc[sent.end :].sents if not s.text.isspace()][:2] if sent.end < len(self.doc) else []
        people = []
        for other in after:
            if paragraph_of(self.paragraphs, other.start_char) != paragraph:
                break
            chairs = self._co_chair_words(other)
            people += [p for p in self.persons_in[other.start] if chairs and _named_as(p, chairs)]
        return self.distinct(people)

    def _co_chair_words(self, sent: Span) -> set[int]:
        """The tokens of the co-chair nouns of a sentence, "co", "-" and "chairs" as the tokenizer splits them."""
        found = set()
        for tok in sent:
            split = tok.i - sent.start >= 2 and self.doc[tok.i - 1].text == "-" and self.doc[tok.i - 2].lower_ == "co"
            word = "co-" + tok.lower_ if split else tok.lower_
            if word in self.words["co_chair_nouns"]:
                found |= {tok.i - 2, tok.i - 1, tok.i} if split else {tok.i}
        return found

    def sides_before(self, trigger: Token) -> list[Span]:
        """ "X and Y came to Astana. During the meeting, the sides discussed ...": a mention whose subject is "the
        sides" or "the leaders" and names no one is of the people of the sentence before."""
        sent, before = trigger.sent, sentence_before(trigger.sent)
        if before is None or not self.collective(sent):
            return []
        people = self.distinct(self.persons_in[before.start])
        return people if len(people) >= 2 else []

    def joined_after(self, trigger: Token) -> list[Span]:
        """ "X held talks with Y. X was joined by Z", "He was accompanied by Z", "Z also attended", "Z was also
        present", "Z also took part": the people the main clause of the sentence right after a meeting's brings to
        it, the agent of an accompanying verb whose subject is a person, or the subject of an attendance predicate
        with no object or phrase of its own (not "Z attended the forum", "He was accompanied by Z at the concert",
        nor "flew to Almaty, where he was joined by Z")."""
        sent = trigger.sent
        if sent.end >= len(self.doc):
            return []
        after = self.doc[sent.end].sent
        root, found = after.root, []
        predicate = root
        if root.pos_ == "AUX":  # "Z was also present": the copula's adjective
            predicate = next((c for c in root.children if c.dep_ == "acomp"), root)
        # "Z also took part": the object that is the predicate
        predicate = next((c for c in root.children
                          if c.dep_ == "dobj" and c.lower_ in self.words["attendance_predicates"]), predicate)
        other_event = any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ not in self.words["nouns"]
                                                   for g in c.children) for c in root.children)
        if root.lower_ in self.words["accompanying_verbs"] and not other_event and any(
                c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in root.children):
            found = [p for p in self.persons_in[after.start] if self._leading_verb(p, "accompanying_verbs") == root]
        elif predicate.lower_ in self.words["attendance_predicates"] and not any(
                c.dep_ in ("dobj", "prep", "ccomp", "xcomp") and c.i != predicate.i for t in {root, predicate}
                for c in t.children):
            # the subject, or a name in the subject the parser made of a clause ("Z, who co-chairs ..., also took part")
            subject = next((c for c in root.children if c.dep_ in ("nsubj", "csubj")), None)
            found = [p for p in self.persons_in[after.start] if subject is not None and (p.root.i == subject.i or (
                subject.dep_ == "csubj" and p.root.head.i == subject.i and p.root.dep_ == "nsubj"))]
        return found

    def titled(self, trigger: Token) -> bool:
        """A mention that tells the sides of a meeting by their titles: "The heads of government held talks", "Talks
        between the prime ministers"."""
        return self.collective(trigger.sent) or self.titled_phrase(trigger)

    def named_after(self, trigger: Token, source, told: list[Span] = ()) -> list[Span]:
        """ "Talks between the prime ministers of the two countries took place in Astana. X thanked Y ...", "The
        heads of government held talks. X noted that ... Y said ...": the people of a meeting told with titles only
        (by this mention or another of it) are those named in the sentences after a mention of it in its paragraph
        (in the next one when its sentence closes its own, a lede of one sentence), and in the paragraph after when
        that names one side only (with the people already `told` for it: "X arrived. The ministers held talks. Y
        said ...\n Z, an analyst, said" is X's and Y's), but for a person cited as a `source` or named inside a quote
        ("'I spoke to Z,' X said")."""
        sent = trigger.sent
        paragraph = paragraph_of(self.paragraphs, sent.start_char)
        after = [s for s in self.doc[sent.end :].sents if not s.text.isspace()] if sent.end < len(self.doc) else []
        if after and paragraph_of(self.paragraphs, after[0].start_char) != paragraph:
            paragraph += 1  # the meeting's sentence is a paragraph of its own
        people: list[Span] = []
        for scope in (paragraph, paragraph + 1):  # one side in each: "X said ... \n\n His counterpart Y noted ..."
            named = self.distinct([p for s in after if paragraph_of(self.paragraphs, s.start_char) == scope
                                   for p in self.persons_in[s.start] if not source(p) and not _in_quote(p)])
            if not named:
                break
            people = self.distinct(people + named)
            if len(self.distinct(list(told) + people)) >= 2:
                break
        return people

    def titled_phrase(self, trigger: Token) -> bool:
        """ "Talks between the prime ministers", "a meeting of the two presidents": a meeting noun whose own phrase
        names its sides by a collective word or a modifier of two sides ("bilateral talks", "Kazakh-Belarusian
        talks"), not by name; or a meeting whose sides are two countries ("Talks between Kazakhstan and Belarus
        took place", "Kazakhstan and Belarus held talks")."""
        if trigger.pos_ in ("NOUN", "PROPN"):
            if any(t.lower_ in self.words["collective_sides"] and t.pos_ == "NOUN" and t.dep_ == "pobj"
                   and all(a.dep_ in ("prep", "pobj") for a in path_up(t.head, trigger)) for t in trigger.subtree):
                return True  # "talks between the prime ministers", "talks at the level of prime ministers"
            modifiers = [t for t in trigger.subtree if t.i < trigger.i and t.dep_ in ("amod", "compound")]
            if any(t.lower_ in self.words["pair_modifiers"] for t in modifiers) \
                    or len({t.lower_ for t in modifiers if t.ent_type_ in ("GPE", "NORP")}) >= 2:
                return True  # "bilateral talks", "Kazakh-Belarusian talks"
        sides = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("between", "of")
                 for g in c.children if g.dep_ == "pobj"]
        verb = trigger.head if trigger.dep_ == "dobj" else trigger
        sides += [c for c in verb.children if c.dep_ in SUBJECTS]
        return any(s.ent_type_ == "GPE" and any(c.dep_ == "conj" and c.ent_type_ == "GPE" for c in s.children)
                   for s in sides)

    def told_together(self, trigger: Token) -> bool:
        """The meeting's sides are told as a group, not named: the sentence's subject is "the two leaders" (see
        `collective`), the meeting is "of" or "between" them ("the previous meeting of the two leaders"), or it is
        "their" meeting ("X recalled their meeting in Samarkand")."""
        if self.collective(trigger.sent):
            return True
        owners = [c for c in trigger.children if c.dep_ == "poss" and c.lower_ in self.plural_pronouns]
        owners += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "between")
                   for g in c.children if g.dep_ == "pobj" and g.lower_ in self.words["collective_sides"]]
        return bool(owners)

    def collective(self, sent: Span) -> bool:
        """The sentence's subject is "the sides", "the two prime ministers", "both leaders": people named before."""
        return any(t.lower_ in self.words["collective_sides"] and t.dep_ in SUBJECTS for t in sent)


def _named_as(person: Span, nouns: set[int]) -> bool:
    """Whether a person (or the first of the people joined to it) is written as one of `nouns`: their apposition
    ("X, co-chairman of the commission,"), the attribute of a copula they are the subject of ("Its co-chairs are X and
    Y"), a subject beside them, as the parser reads a noun written before the names ("The co-chairmen X and Y
    signed"), or the names right after its phrase and a comma ("The co-chairs of the commission, X and Y,")."""
    tok = person.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    doc = person.doc
    for i in nouns:
        noun = doc[i]
        if noun.dep_ == "appos" and noun.head.i == tok.i:
            return True
        if noun.head.i == tok.head.i and noun.dep_ in SUBJECTS and tok.dep_ in ("attr", *SUBJECTS):
            return True
        end = max(t.i for t in noun.subtree)  # "The co-chairs of the commission, X and Y, ...", however it was parsed
        if doc[end].text != "," and end + 1 < len(doc) and doc[end + 1].text == "," and tok.left_edge.i == end + 2:
            return True
    return False


def _by_before(person: Span, links: set[str]) -> Token | None:
    """The "by" written right before a name and its capitalised title ("led by Deputy Prime Minister X"), whose
    lowercase words are `links`."""
    i = person.start - 1
    while i >= person.sent.start and (person.doc[i].text[:1].isupper() or person.doc[i].lower_ in links):
        i -= 1
    return person.doc[i] if i >= person.sent.start and person.doc[i].lower_ == "by" else None


def _delegation_of(noun: Token, delegation: set[str]) -> Token:
    """The delegation a "led by" clause is on: the noun it hangs on, or the delegation whose "of" phrase that noun
    ends ("a delegation of Kazakhstan's Kostanay Region led by X", parsed as the region's clause)."""
    side = noun
    while side.lower_ not in delegation and side.dep_ == "pobj" and side.head.lower_ == "of" and side.head.head is not side.head:
        side = side.head.head
    return side if side.lower_ in delegation else noun


def _side_words(noun: Token) -> set[str]:
    """The words that tell whose a delegation is: "Belarusian" of "the Belarusian delegation"."""
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()}


def _in_quote(person: Span) -> bool:
    """Whether a name stands inside a quotation of its sentence: an odd number of straight quote marks before it, or
    an opening curly one or guillemet not closed before it."""
    before = person.doc.text[person.sent.start_char : person.start_char]
    return before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d") \
        or before.rfind("\u00ab") > before.rfind("\u00bb")
