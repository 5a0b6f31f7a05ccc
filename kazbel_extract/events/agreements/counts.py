"""A count spelled out by the documents it lists: "three agreements were signed:" followed by the named documents,
a headline's "sign two documents" over the two the body names."""
from __future__ import annotations

from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Token

from ..syntax import count_of
from .groups import next_sentence
from .restatements import Mention, in_headline
from .topics import opens_list


class SpelledOutCounts:
    """Decides when a counted or unnamed group is spelled out by named documents, which then are the records."""

    def __init__(self, words: dict, number_words: dict, scales: dict):
        self.words = words
        self.number_words, self.scales = number_words, scales

    def split_counted_modifiers(self, mentions: list[Mention], text: str) -> None:
        """Counts each with modifiers of its own before one noun ("6 intergovernmental and 4 interagency agreements",
        "three interstate and two commercial contracts"): separately counted parts, one record each, every part
        counted by its own number and at the document's stage, however the parse hangs the numbers."""
        for mention in list(mentions):
            if mention.record.count is None or not mention.is_record:
                continue
            parts = _counted_parts(mention.noun, self.number_words, self.scales)
            if len(parts) < 2:
                continue
            noun, n = mention.noun, mentions.index(mention)
            mention.record.count = parts[-1][0]
            earlier = [Mention(number, replace(mention.record, count=count, title=f"{text[first.idx : last.idx + len(last)]} "
                                                                                 f"{noun.text}"),
                               mention.kind, frozenset(), frozenset(), mention.stated)
                       for count, number, first, last in parts[:-1]]
            mentions[n:n] = earlier

    def expand_colon_lists(self, mentions: list[Mention], text: str) -> None:
        """A count or an unnamed plural opening a list with a colon ("three agreements were signed:", "the following
        documents were signed:"), followed by the named documents, or by their subjects ("two agreements were signed:
        on customs and on transit"): the documents are the records, each with the group's status when its own
        clause gives none."""
        groups = [m for m in mentions if m.record.count is not None
                  or m.record.title is None and m.noun.tag_ in ("NNS", "NNPS")]
        for group in groups:
            colon = next((t for t in group.noun.doc[group.noun.i + 1 : group.noun.sent.end] if opens_list(t)), None)
            if colon is None:
                continue
            n, count = mentions.index(group), group.record.count
            if count is not None:
                parts = [m for m in mentions[n + 1 : n + 1 + count] if m.record.title is not None]
            else:
                parts = list(takewhile(lambda m: m.record.title is not None and m.record.count is None, mentions[n + 1 :]))
            if not parts and count is not None:
                parts = self._listed_subjects(group, colon, text)
                mentions[n + 1 : n + 1] = parts
            if parts:
                group.is_record = False
                for part in parts:
                    if not part.stated:
                        part.record.status, part.stated = group.record.status, True

    def _listed_subjects(self, counted: Mention, colon: Token, text: str) -> list[Mention]:
        """The documents a colon lists by their subject, each "on ..." phrase one: "two agreements were signed: on
        customs and on transit"; none unless at least two are listed."""
        doc, topics = colon.doc, []
        tok = doc[colon.i + 1] if colon.i + 1 < counted.noun.sent.end else None
        while tok is not None and tok.lower_ in self.words["topic_preps"] and tok.pos_ == "ADP":
            topics.append(tok)
            tok = next((c for c in tok.children if c.dep_ == "conj"), None)
        if len(topics) < 2:
            return []
        parts = []
        for topic in topics:
            inside = [t for t in topic.subtree if not any(a.dep_ in ("conj", "cc") and a.head == topic
                                                          for a in (t, *t.ancestors) if a.i > topic.i)]
            first, last = inside[0], inside[-1]
            record = replace(counted.record, title=text[first.idx : last.idx + len(last)].strip(" ,;"), count=None)
            parts.append(Mention(topic, record, counted.kind, frozenset(), frozenset(), stated=False))
        return parts

    def spell_out_headline_counts(self, mentions: list[Mention]) -> None:
        """A count spelled out by as many named documents in one sentence, of the same status: a headline's over the
        text ("Kazakh, Belarusian PMs sign two documents" over "signed an agreement on metrology and a memorandum
        on digitalisation"), or one of the body in its own sentence or the next ("signed three documents. An
        agreement on X, a memorandum on Y and a programme of Z were signed"): the named documents are the records,
        not the count as well."""
        for n, head in enumerate(mentions):
            count = head.record.count
            if count is None or not head.is_record:
                continue
            body = [m for m in mentions[n + 1 :] if m.is_record]
            if not body or any(m.record.count is not None for m in body[:count]):
                continue
            if not in_headline(head.noun) and not next_sentence(head.noun, body[0].noun):
                continue  # in the body, the count is spelled out in its own sentence or the next one
            first = [m for m in body if m.noun.sent == body[0].noun.sent]
            agree = in_headline(head.noun) or all(not m.stated or m.record.status == head.record.status for m in first)
            if len(first) == count and agree and all(m.record.title is not None for m in first):
                head.is_record = False
                for part in first:
                    if not part.stated:
                        part.record.status, part.stated = head.record.status, True
            elif len(first) == 1 and self._restates_headline_count(head, first[0]):
                first[0].is_record = False  # "sign three agreements" over "signed agreements on X, Y and Z"

    def _restates_headline_count(self, head: Mention, body: Mention) -> bool:
        """Whether the lede's only document is the headline's counted group told by its subjects: an uncounted plural
        of the same kind, in the paragraph after the headline, of no other status ("Kazakhstan, Belarus sign
        three agreements" over "signed agreements on cooperation in transport, education and health care")."""
        noun = body.noun
        doc, end = noun.doc, head.noun.sent[-1].idx + len(head.noun.sent[-1].text)  # past the headline's blank line
        lede = in_headline(head.noun) and not in_headline(noun) and "\n" not in doc.text[end : noun.idx]
        agree = not (head.stated and body.stated) or head.record.status == body.record.status
        return lede and agree and noun.tag_ in ("NNS", "NNPS") and body.record.count is None \
            and body.kind == head.kind and not any(c.dep_ == "det" for c in noun.children)


def _counted_parts(noun: Token, number_words: dict, scales: dict) -> list[tuple[int, Token, Token, Token]]:
    """The counts before a noun that each count modifiers of their own, nearest last: (count, number, its first and
    last modifier) for "6 intergovernmental and 4 interagency agreements"; read off the words, not the parse; one part or
    none when a single number counts the noun ("12 agreements", "5 or 6 agreements": no modifiers between)."""
    doc, parts, i = noun.doc, [], noun.i - 1
    while True:
        start = i
        while i >= noun.sent.start and doc[i].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[i].like_num \
                and doc[i].tag_ not in ("NNS", "NNPS"):  # "seven agreements and three other documents": a noun of its own
            i -= 1
        if i < noun.sent.start or not doc[i].like_num or (parts and i == start):
            return parts if len(parts) > 1 else []
        count = count_of(doc[i], number_words, scales)
        if count is None:
            return parts if len(parts) > 1 else []
        parts.insert(0, (count, doc[i], doc[i + 1], doc[start]))
        if i - 1 < noun.sent.start or doc[i - 1].lower_ not in ("and", ","):
            return parts if len(parts) > 1 else []
        i -= 2
