"""Agreement records: agreements, memorandums, protocols, roadmaps, programmes, plans of action, contracts.

A document noun is a mention when it names a document here (`agreement_nouns`): not an understanding,
the programme or protocol of a visit, a document named inside another's title. A programme is one only
with a word of cooperation, a signing or the sides as its subject (not one country's own). A treaty
naming a bloc is its founding treaty, and any other document naming a bloc that no clause signs, plans
or puts in force is the bloc's: background, kept only so that its restatements are not records either.
A bare plural ("agreements") is a record only when its clause signs, plans or drafts it.

Its title is its noun phrase as written, its count the number before it, its value a MONEY inside it;
its status comes from its clause (`agreement_status`), or from the group it is listed in
(`agreement_groups`); a document restated is one record (`agreement_restatements`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..records import Agreement
from ..values import parser_of
from .agreement_groups import DocumentGroups
from .agreement_nouns import DocumentNouns, is_year
from .agreement_restatements import Mention, Restatements, determiners_of
from .agreement_status import DocumentStatus
from .clause import read_clause
from .evidence import evidence, original_text, sources
from .lexicon import Lexicon
from .syntax import ents_by_sentence, token_words


class AgreementFinder:
    """Finds the document mentions of a doc, builds their records and keeps one per document."""

    def __init__(self, doc: Doc, lexicon: Lexicon):
        self.doc = doc
        self.words = lexicon.agreement_words
        self.grammar = lexicon.grammar
        self.nouns = DocumentNouns(self.words, lexicon)
        self.status = DocumentStatus(self.words, self.grammar, self.nouns)
        self.groups = DocumentGroups(self.words, self.grammar)
        self.restatements = Restatements(self.words)
        self.filler = (self.words["title_filler"] | self.nouns.kind_words | self.words["signing_words"]
                       | self.words["drafting_words"] | self.words["party_words"] | {form.lower() for form in lexicon.country_of})
        forms = sorted({form.lower() for form in lexicon.bloc_of} | self.words["bloc_words"], key=len, reverse=True)
        self.bloc_pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
        self.text = original_text(doc)
        self.ents_in = ents_by_sentence(doc)

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
                    parts = [mention, *self.groups.split_topics(mention, self.text)] if mention is not None else []
                    for part in parts:  # "agreements on X and on Y": one document per subject
                        if not self.restatements.add(mentions, part):
                            part.is_record = part.is_record and not self._refers_to_agreeing(part)
        self._share_the_sentences_stage(mentions)
        self.groups.expand_colon_lists(mentions, self.text)
        self.groups.spell_out_headline_counts(mentions)
        return [m.record for m in mentions if m.is_record]

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

    def _refers_to_agreeing(self, mention: Mention) -> bool:
        """ "Geely agreed to set up a venture ... Under the agreement, ...": a bare "the agreement" with no
        document before it names the understanding a verb of agreeing reported in its or the last sentence,
        unless its own verb signs or drafts it."""
        noun = mention.noun
        if mention.kind != "agreement" or mention.words or mention.record.count is not None \
                or not determiners_of(noun) & self.words["definite_determiners"]:
            return False
        verb = read_clause(noun, self.grammar).verb
        if verb is not None and verb.lower_ in self.words["signing_words"] | self.words["drafting_words"]:
            return False  # "agreed to sign the agreement": a document
        start = noun.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
        return any(t.lower_ in self.words["agreeing_verbs"] and t.pos_ == "VERB"
                   for t in noun.doc[start : noun.sent.end])

    def _mention(self, noun: Token, kind: str, earlier: list[Mention]) -> Mention | None:
        """The noun's mention with its record; None for an uncounted bare plural or generic noun that no document
        word puts ahead or signs ("the existing agreements", "can travel with other documents") and for a
        programme of one side (a "new" one after one between the sides is its successor, between them too)."""
        w = self.words
        title, count = self._title(noun), self.nouns.count(noun)
        words = frozenset(word for word in re.findall(r"\w+", (title or "").lower())
                          if word not in self.filler and not self.doc.vocab[word].is_stop)
        bare = ((noun.tag_ in ("NNS", "NNPS") and not words) or kind in w["generic"]) and count is None
        status, stated = self.status.of(noun, by_tense=not bare)
        before = next((m for m in reversed(earlier) if m.noun.sent == noun.sent), None)
        if not stated and before is not None and noun.dep_ == "conj" and noun.head.ent_type_ == "MONEY":
            status, stated = before.record.status, before.stated  # "signed 12 agreements worth $2 billion and 30 contracts"
        pinned = any(c.dep_ == "acl" and c.lower_ in w["signing_words"] for c in noun.children)
        named_stage = stated and noun.tag_ in ("NN", "NNP")  # "the document entered into force": a restatement's stage
        if bare and status == "in_force" and not pinned and not named_stage:
            return None  # "the existing agreements", "a series of agreements"; not "the agreements signed in May"
        if bare and status == "planned" and self._interest_only(noun):
            return None  # "is interested in concluding new agreements", "expressed readiness to sign contracts"
        successor = {t.lower_ for t in noun.lefts} & w["successor_modifiers"] and any(
            m.kind == kind and m.is_record for m in earlier)
        own = kind in w["own_kinds"] and ({t.lower_ for t in noun.lefts} & w["own_modifiers"] or self._adopted(noun))
        if (kind in w["needs_bilateral_cue"] or own) and not successor and not self._bilateral(noun, status):
            return None  # "educational programs", "Kazakhstan's programme", "the government approved a roadmap"
        moneys = [e for e in self.ents_in[noun.sent.start] if e.label_ == "MONEY"
                  and noun.i < e.start <= noun.right_edge.i]
        value, currency = parser_of(self.doc.vocab).parse_money(moneys[0].text) if moneys else (None, None)
        record = Agreement(
            title=title, count=count, value=value, currency=currency, status=status,
            evidence=evidence(noun.sent, [self.doc[noun.i : noun.i + 1]]),
            sources=sources(moneys[:1]),
        )
        years = frozenset(t.text for t in noun.subtree if is_year(t))
        background = (noun.lower_ in w["founding_nouns"] or not stated) and self._bloc_document(title or "")
        clause = read_clause(noun, self.grammar)
        reported = clause.asserted and (clause.tense == "past" or clause.perfect)
        return Mention(noun, record, kind, words, years, stated, reported, is_record=not background)

    def _interest_only(self, noun: Token) -> bool:
        """Whether only interest, readiness or a possibility frames the documents' signing: an interest word in
        the clause's frame, and no planning word but those ("are interested in concluding new agreements"; not
        "plan to sign new agreements", "are ready to sign agreements during the visit" is still readiness)."""
        clause = read_clause(noun, self.grammar)
        framing = clause.words | {t.lower_ for t in clause.frame for t in t.children if t.dep_ in ("dobj", "acomp")}
        interest = framing & self.words["interest_words"]
        others = (framing - interest) & (self.words["planning_words"] | self.grammar.future_auxiliaries)
        return bool(interest) and not others and clause.tense != "future"

    def _bloc_document(self, title: str) -> bool:
        """Whether a title names a bloc or multilateral body, as a whole word ("the Eurasian Economic Union", "EU",
        "Eurasian"), not as letters inside one ("neurology", "precision")."""
        return self.bloc_pattern.search(title.lower()) is not None

    def _bilateral(self, noun: Token, status: str) -> bool:
        """Whether a programme is one between sides: a word of cooperation in its phrase, a signing (an
        adoption alone is not one), or sides as the subject or agent of its clause ("Belarus and Kazakhstan will put
        together", "the sides will", "the intergovernmental commission approved", "the co-chairs approved")."""
        verb = read_clause(noun, self.grammar).verb
        adopted = verb is not None and verb.lower_ in self.words["adopting_words"]
        if status == "signed" and not adopted or {t.lower_ for t in noun.subtree} & self.words["bilateral_cues"]:
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        subjects += [g for c in (verb.children if verb is not None else ()) if c.dep_ == "agent" for g in c.children]
        return any(s.lower_ in self.words["party_words"] and s.tag_ in ("NNS", "NNPS")
                   or any(c.dep_ == "conj" for c in s.children)
                   or {t.lower_ for t in s.subtree} & self.words["bilateral_cues"]
                   or adopted and s.tag_ == "NNS" and not any(c.ent_type_ in ("NORP", "GPE") for c in s.children)
                   for s in subjects if s is not noun)  # "the co-chairs approved"; not "the (Kazakh) government"

    def _adopted(self, noun: Token) -> bool:
        """Whether the document is what an adopting verb acts on, with who adopts it ("the government approved a
        roadmap", "a plan adopted by the ministry"): one body can adopt a document alone, so it is between the sides
        only by a cue of its own (`_bilateral`)."""
        verb = read_clause(noun, self.grammar).verb
        if verb is None or verb.lower_ not in self.words["adopting_words"]:
            return False
        acted_on = noun.dep_ in ("dobj", "nsubjpass") and noun.head == verb or verb.dep_ == "acl" and verb.head == noun
        adopters = [c for c in verb.children if c.dep_ == "nsubj"] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.ent_type_ not in ("DATE", "TIME")]
        return acted_on and bool(adopters)  # who adopts is said: not "should be approved by the end of the year"

    def _circumstance(self, prep: Token) -> bool:
        """A prepositional phrase of where or when a document was signed ("on the sidelines of the forum", "on the
        eve of the visit"): no part of its name."""
        return any(g.dep_ == "pobj" and g.lower_ in self.words["circumstance_nouns"] for g in prep.children)

    def _title(self, noun: Token) -> str | None:
        """The document's name as written, from its first modifier through its "on/of/for/to ..." phrases, on
        the noun's line; None for a counted or bare plural ("more than 60 agreements", "signed agreements")."""
        if self.nouns.count(noun) is not None:
            return None
        skip = self.words["signing_words"] | self.words["title_skip_modifiers"]
        lefts = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "poss", "nmod") and not t.like_num
                 and t.lower_ not in skip]
        signing = [t.i for t in noun.lefts if t.lower_ in self.words["signing_words"]]
        lefts = [t for t in lefts if not signing or t.i > max(signing)]  # headline "X and Y ink agreement on Z"
        stages = self.words["signing_words"] | self.words["drafting_words"]  # "documents to be signed" names no document
        rights = [t for t in noun.rights if (t.dep_ == "prep" and t.lower_ not in self.words["title_stop_preps"]
                                             and not self._circumstance(t))
                  or (t.dep_ == "acl" and any(c.lower_ == "to" for c in t.children) and t.lower_ not in stages)]
        start = min((t.left_edge.i for t in lefts), default=noun.i)
        end = max((t.right_edge.i for t in rights), default=noun.i) + 1
        after = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
        if after is not None and after.lower_ == "to" and after.head.pos_ == "VERB" and after.head.i > noun.i \
                and after.head.lower_ not in stages:
            end = max(end, after.head.right_edge.i + 1)  # "a program to guide ...", however the parse attaches it
        if end == noun.i + 1 and after is not None and after.lower_ in self.words["topic_preps"] and after.dep_ == "prep" \
                and noun.is_title and after.head.i < noun.i:
            end = after.right_edge.i + 1  # "the importance of the Treaty on the EAEU", however the parse attaches "on"
        listed = next((t for t in self.doc[noun.i + 1 : end] if t.dep_ == "conj" and self.nouns.kind(t) is not None
                       and (t.left_edge != t or any(u.dep_ not in ("cc", "punct") for u in self.doc[noun.i + 1 : t.i]))),
                      None)  # not "an agreement and programme of cooperation": one title
        if listed is not None:  # "an agreement on X and a memorandum on Y": the next document listed is its own
            end = listed.left_edge.i
            while end > noun.i + 1 and self.doc[end - 1].dep_ in ("cc", "punct"):
                end -= 1
        if noun.tag_ in ("NNS", "NNPS") and start == noun.i and end == noun.i + 1:
            return None
        first, last = self.doc[start], self.doc[end - 1]
        title = self.text[first.idx : last.idx + len(last)]
        title = title[title.rfind("\n", 0, noun.idx - first.idx) + 1 :]  # a headline is not part of it
        title = re.split(r"\n|,? which |,? that ", title)[0]
        title = next((title[: m.start()] for m in re.finditer(r",\s+(\w+)", title)
                      if m.group(1).lower() in self.words["signing_words"]), title)  # "..., signed in 2022"
        for article in ("the ", "a ", "an "):
            title = title[len(article):] if title.lower().startswith(article) else title
        return title.strip(" ,.;:") or None


def find_agreements(doc: Doc, lexicon: Lexicon) -> list[Agreement]:
    return AgreementFinder(doc, lexicon)()
