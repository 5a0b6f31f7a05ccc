"""Agreement records: agreements, memorandums, protocols, roadmaps, programmes, plans of action, contracts.

A document noun is a mention when it names a document here (`nouns`): not an understanding,
the programme or protocol of a visit, a document named inside another's title. A programme is one only
with a word of cooperation, a signing or the sides as its subject (not one country's own). A treaty
naming a bloc is its founding treaty, and any other document naming a bloc that no clause signs, plans
or puts in force is the bloc's: background, kept only so that its restatements are not records either.
A bare plural ("agreements") is a record only when its clause signs, plans or drafts it.

Its title is its noun phrase as written, its count the number before it, its value a MONEY inside it;
its status comes from its clause (`status`), or from the group it is listed in
(`groups`, `counts`); a noun over several subjects is one document each
(`topics`); whose a document is decides whether it is one (`sides`); a document
restated is one record (`restatements`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...records import Agreement
from ...values import parser_of
from ..clause import read_clause, read_verb
from ..evidence import evidence, original_text, sources
from ..lexicon import Lexicon
from ..syntax import count_of, ents_by_sentence, token_words
from .counts import SpelledOutCounts
from .groups import DocumentGroups, next_sentence
from .nouns import DocumentNouns, is_year
from .pointing_back import determiners_of
from .restatements import Mention, Restatements
from .sides import DocumentSides
from .status import DocumentStatus
from .titles import DocumentTitles
from .topics import DocumentTopics


class AgreementFinder:
    """Decides which document nouns of a doc are mentions of a document, builds their records and keeps one per
    document."""

    def __init__(self, doc: Doc, lexicon: Lexicon):
        self.doc = doc
        self.words = lexicon.agreement_words
        self.grammar = lexicon.grammar
        self.nouns = DocumentNouns(self.words, lexicon)
        self.status = DocumentStatus(self.words, self.grammar, self.nouns)
        self.groups = DocumentGroups(self.words, self.grammar)
        self.topics = DocumentTopics(self.words)
        self.counts = SpelledOutCounts(self.words, lexicon.number_words, lexicon.number_scales)
        self.sides = DocumentSides(self.words, self.grammar, lexicon)
        self.restatements = Restatements(self.words)
        self.filler = (self.words["title_filler"] | self.nouns.kind_words | self.words["signing_words"]
                       | self.words["drafting_words"] | self.words["planning_verbs"] | self.words["party_words"]
                       | {form.lower() for form in lexicon.country_of})  # a Title Case headline's "Eye Deal On ..."
        self.text = original_text(doc)
        self.titles = DocumentTitles(doc, self.text, self.words, self.nouns, frozenset(lexicon.cities))
        self.ents_in = ents_by_sentence(doc)
        self.more_words = lexicon.joint_venture_words["more_words"]  # "three more", "another five": the same words
        self.number_words, self.scales = lexicon.number_words, lexicon.number_scales

    def __call__(self) -> list[Agreement]:
        mentions: list[Mention] = []
        lower = token_words(self.doc).lower
        for sent in self.doc.sents:
            for noun in sent:
                if lower[noun.i] not in self.nouns.forms:
                    continue  # the one set test per word: no other word names a document
                kind = self.nouns.kind(noun)
                if kind is not None and self.nouns.in_sense(noun, kind):
                    mention = self._mention(noun, kind, mentions)
                    if mention is not None:
                        self.groups.join(mention, mentions, self.restatements.merged)
                    parts = [mention, *self.topics.split_topics(mention, self.text)] if mention is not None else []
                    for part in parts:  # "agreements on X and on Y": one document per subject
                        if not self.restatements.add(mentions, part):
                            part.is_record = part.is_record and not self._refers_to_agreeing(part)
            for number in sent:
                more = self._more_of_them(number, mentions)
                if more is not None:
                    mentions.append(more)
        self.counts.split_counted_modifiers(mentions, self.text)
        self._share_the_sentences_stage(mentions)
        self._share_the_list_openers_stage(mentions)
        self.counts.expand_colon_lists(mentions, self.text)
        self.counts.spell_out_headline_counts(mentions)
        return [m.record for m in mentions if m.is_record]

    def _more_of_them(self, number: Token, mentions: list[Mention]) -> Mention | None:
        """ "Two contracts were signed, and three more are being negotiated", "Ten agreements were signed. Another
        five will be signed in May": a count of more documents with the noun left out, the subject or object of a
        predicate, after a counted document in its sentence or the one before; of that one's kind, its stage its own."""
        if not (number.like_num and number.dep_ in ("nsubj", "nsubjpass", "dobj") and number.head.pos_ in ("VERB", "AUX")
                and any(c.lower_ in self.more_words for c in number.children)):
            return None
        count = count_of(number, self.number_words, self.scales)
        last = next((m for m in reversed(mentions) if m.record.count is not None and m.is_record), None)
        if count is None or last is None or not next_sentence(last.noun, number):
            return None
        counted = next((t for t in reversed(self.doc[last.noun.i : number.i]) if t.pos_ in ("NOUN", "PROPN")
                        and any(c.dep_ == "nummod" for c in t.children)), None)
        if counted != last.noun:
            return None  # "two agreements were signed; twelve plants operate, and four more ...": more plants
        status, stated = self.status.of(number)
        record = Agreement(title=None, count=count, value=None, currency=None, status=status,
                           evidence=evidence(number.sent, [self.doc[number.i : number.i + 1]]), sources=[])
        return Mention(number, record, last.kind, frozenset(), frozenset(), stated)

    def _share_the_sentences_stage(self, mentions: list[Mention]) -> None:
        """A document of a subordinate clause that states no stage (the in-force default) takes the stage the
        sentence's main clause states for the nearest other document ("Although details of a memorandum are yet to
        be made public, 20 agreements were signed"); not one that frames its clause ("under the agreement, ...
        signed contracts": it is in force), nor one of the main clause ("reviewed the roadmap under the memorandum
        signed in 2022")."""
        def predicate(m: Mention) -> Token | None:
            return read_clause(m.noun, self.grammar).verb

        for mention in mentions:
            if mention.stated or not mention.is_record or self.status.frames_clause(mention.noun) \
                    or predicate(mention) == mention.noun.sent.root:
                continue  # its own main clause says nothing of a stage: in force ("reviewed the roadmap")
            others = [m for m in mentions if m is not mention and m.stated and m.noun.sent == mention.noun.sent
                      and predicate(m) == m.noun.sent.root]  # the stage the sentence's main clause states
            if others:
                nearest = min(others, key=lambda m: abs(m.noun.i - mention.noun.i))
                mention.record.status = nearest.record.status

    def _share_the_list_openers_stage(self, mentions: list[Mention]) -> None:
        """A document that is an item of its own in a list a colon opens ("the sides signed:\n1. An agreement on
        ...\n2. A memorandum on ..."), its sentence with no predicate, takes the stage of the clause before the colon
        when its own states none, as a document of a one-sentence list does."""
        for mention in mentions:
            noun = mention.noun
            inside = next((t for t in reversed(self.doc[noun.sent.start : noun.i]) if t.text == ":"), None)
            if inside is not None and not _has_predicate(self.doc[inside.i + 1 : noun.sent.end]) and not mention.stated:
                colon = inside  # "Signed documents:\n- Agreement on X;\n- Memorandum on Y": the items parsed as one
                # sentence with the opener, no predicate after its colon
            elif mention.stated or _has_predicate(noun.sent):
                continue
            else:
                colon = next((t for t in reversed(self.doc[: noun.sent.start]) if t.text == ":"), None)
                if colon is None or any(_has_predicate(s) for s in self.doc[colon.i + 1 : noun.sent.start].sents
                                        if s.start > colon.i):
                    continue  # only items with no predicate stand between the colon and the document
            group = next((m for m in reversed(mentions) if m.stated and m.noun.sent == colon.sent
                          and m.noun.i < colon.i), None)  # "the following documents are to be signed:"
            opener = colon.sent.root
            if opener.i > colon.i or opener.pos_ not in ("VERB", "AUX"):  # the items parsed with the opener
                opener = next((t for t in reversed(self.doc[colon.sent.start : colon.i]) if t.pos_ in ("VERB", "AUX")),
                              opener)  # "Signed documents:", "The sides signed:"
            if group is not None:
                mention.record.status, mention.stated = group.record.status, True
            elif opener.pos_ in ("VERB", "AUX") and opener.i < colon.i:  # "the sides signed:"
                status, stated = self.status.stage.read(noun, read_verb(opener, self.grammar))
                if stated:
                    mention.record.status, mention.stated = status, True

    def _refers_to_agreeing(self, mention: Mention) -> bool:
        """ "Geely agreed to set up a venture ... Under the agreement, ...": a bare "the agreement" with no
        document before it names the understanding a verb of agreeing reported in its or the last sentence,
        unless its own verb signs or drafts it."""
        noun = mention.noun
        if mention.kind not in self.words["understanding_kinds"] or mention.words or mention.record.count is not None \
                or not determiners_of(noun) & self.words["definite_determiners"]:
            return False
        verb = read_clause(noun, self.grammar).verb
        if verb is not None and verb.lower_ in self.words["signing_words"] | self.words["drafting_words"]:
            return False  # "agreed to sign the agreement": a document
        if noun.head.lower_ == "of" and noun.head.head.lower_ in self.words["text_nouns"]:
            return False  # "the text of the agreement has been agreed upon": a document has a text
        start = noun.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
        return any(t.lower_ in self.words["agreeing_verbs"] and t.pos_ == "VERB"
                   for t in noun.doc[start : noun.sent.end])

    def _mention(self, noun: Token, kind: str, earlier: list[Mention]) -> Mention | None:
        """The noun's mention with its record; None for an uncounted bare plural or generic noun that no document
        word puts ahead or signs ("the existing agreements", "can travel with other documents") and for a
        programme of one side (a "new" one after one between the sides is its successor, between them too)."""
        w = self.words
        title, count = self.titles.of(noun), self.nouns.count(noun)
        words = frozenset(word for word in re.findall(r"\w+", (title or "").lower())
                          if word not in self.filler and not self.doc.vocab[word].is_stop)
        bare = ((noun.tag_ in ("NNS", "NNPS") and not words) or kind in w["generic"]) and count is None
        status, stated = self.status.of(noun, by_tense=not bare)
        before = next((m for m in reversed(earlier) if m.noun.sent == noun.sent), None)
        if not stated and before is not None and noun.dep_ == "conj" and noun.head.ent_type_ == "MONEY":
            status, stated = before.record.status, before.stated  # "signed 12 agreements worth $2 billion and 30 contracts"
        pinned = any(c.dep_ == "acl" and c.lower_ in w["signing_words"] for c in noun.children)
        named_stage = stated and noun.tag_ in ("NN", "NNP")  # "the document entered into force": a restatement's stage
        if bare and status == "in_force" and not pinned and not named_stage and not self._own_stage(noun, stated):
            return None  # "the existing agreements", "a series of agreements"; not "the agreements signed in May"
        if not stated and kind in w["understanding_kinds"] and self._agreed_action(noun):
            return None  # "there is an agreement to hold the next session in Minsk": an understanding
        if bare and status == "planned" and self._interest_only(noun):
            return None  # "is interested in concluding new agreements", "expressed readiness to sign contracts"
        successor = {t.lower_ for t in noun.lefts} & w["successor_modifiers"] and any(
            m.kind == kind and m.is_record for m in earlier)
        own = kind in w["own_kinds"] and ({t.lower_ for t in noun.lefts} & w["own_modifiers"] or self.sides.adopted(noun))
        if (kind in w["needs_bilateral_cue"] or own) and not successor and not self.sides.bilateral(noun, status):
            return None  # "educational programs", "Kazakhstan's programme", "the government approved a roadmap"
        moneys = [e for e in self.ents_in[noun.sent.start] if e.label_ == "MONEY"
                  and (noun.i < e.start <= noun.right_edge.i or noun.left_edge.i <= e.start and e.end <= noun.i)]
        moneys.sort(key=lambda e: e.start > noun.i)  # "a $50 million contract", "contracts worth $300 million"
        value, currency = parser_of(self.doc.vocab).parse_money(moneys[0].text) if moneys else (None, None)
        record = Agreement(
            title=title, count=count, value=value, currency=currency, status=status,
            evidence=evidence(noun.sent, [self.doc[noun.i : noun.i + 1]]),
            sources=sources(moneys[:1]),
        )
        years = frozenset(t.text for t in noun.subtree if is_year(t)) | frozenset(
            re.findall(r"\b(?:19|20)\d\d\b", title or ""))  # "roadmap for 2027-2028", however the parse hangs "for"
        background = (noun.lower_ in w["founding_nouns"] or not stated) and self.sides.bloc_document(title or "")
        clause = read_clause(noun, self.grammar)
        reported = clause.asserted and (clause.tense == "past" or clause.perfect)
        return Mention(noun, record, kind, words, years, stated, reported, is_record=not background)

    def _own_stage(self, noun: Token, stated: bool) -> bool:
        """Whether a bare plural or group is the subject of the predicate that states its stage, no modifier of its
        own stating it: "several agreements entered into force", "a package of documents is being implemented"
        report documents in force; "the existing agreements create a basis", "discussed the implementation of
        earlier agreements" name them only."""
        if not stated or {t.lower_ for t in noun.lefts} & self.words["in_force_words"]:
            return False
        role = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in self.words["collectives"]:
            role = noun.head.head  # "a number of agreements", "a package of documents"
        if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in (*noun.children, *role.children)):
            return True  # "a number of agreements entered into force", however the parse attaches the verb
        return role.dep_ in ("nsubj", "nsubjpass") and role.head.pos_ in ("VERB", "AUX")

    def _agreed_action(self, noun: Token) -> bool:
        """Whether the noun is followed by the action agreed on as an infinitive, with no subject of its own ("an
        agreement to boost trade", "an agreement between the leaders to hold the session"; not "an agreement on
        transit")."""
        if any(c.dep_ == "prep" and c.lower_ in self.words["topic_preps"] for c in noun.children):
            return False
        return any(c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                   for c in noun.children)

    def _interest_only(self, noun: Token) -> bool:
        """Whether only interest, readiness or a possibility frames the documents' signing: an interest word in
        the clause's frame, and no planning word but those ("are interested in concluding new agreements"; not
        "plan to sign new agreements", "are ready to sign agreements during the visit" is still readiness)."""
        clause = read_clause(noun, self.grammar)
        framing = clause.words | {t.lower_ for t in clause.frame for t in t.children if t.dep_ in ("dobj", "acomp")}
        interest = framing & self.words["interest_words"]
        others = (framing - interest) & (self.words["planning_words"] | self.grammar.future_auxiliaries)
        return bool(interest) and not others and clause.tense != "future"


def _has_predicate(sent) -> bool:
    """Whether a sentence has a verb of its own: not a list item ("2. A memorandum on ...") or its number."""
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


def find_agreements(doc: Doc, lexicon: Lexicon) -> list[Agreement]:
    return AgreementFinder(doc, lexicon)()
