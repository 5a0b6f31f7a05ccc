"""A plural document noun over several subjects names one document per subject: "agreements on transit and on
customs", "an agreement on transit and one on customs"."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .restatements import Mention


class DocumentTopics:
    """Decides how many documents one noun names by its subject phrases, and the title of each."""

    def __init__(self, words: dict):
        self.words = words

    def split_topics(self, mention: Mention, text: str) -> list[Mention]:
        """A plural document noun whose subject preposition is repeated ("signed agreements on transit and on customs",
        "memorandums on tourism, on sport and on youth policy") names one document per subject: the mention becomes
        the first, and the others are returned. A count other than the number of subjects ("20 agreements on trade
        and on transit") keeps the group whole; a single preposition over coordinated nouns ("agreements on trade and
        transit") may be one document and stays one."""
        noun, record = mention.noun, mention.record
        if not mention.is_record:
            return []
        if noun.tag_ not in ("NNS", "NNPS"):
            return self._proform_documents(mention, text)
        topics = self._repeated_topics(noun)
        if len(topics) < 2 or record.count not in (None, len(topics)):
            return []
        parts = []
        for topic in topics:
            inside = [t for t in topic.subtree if not any(a.dep_ in ("conj", "cc") and a.head == topic
                                                          for a in (t, *t.ancestors) if a.i > topic.i)]
            last = inside[-1]
            title = noun.text + " " + text[topic.idx : last.idx + len(last)].strip(" ,;")
            words = frozenset(t.lower_ for t in inside if not t.is_stop and t.is_alpha)
            parts.append(replace(mention, record=replace(record, title=title, count=None), words=words))
        mention.record, mention.words = parts[0].record, parts[0].words
        return parts[1:]

    def _proform_documents(self, mention: Mention, text: str) -> list[Mention]:
        """ "An agreement on transit and one on customs", "a memorandum on tourism and another on sport": a pro-form
        coordinated with the document noun, with a subject preposition of its own right after it (however the parse
        attaches it), is a second document of the same kind."""
        noun, doc, parts = mention.noun, mention.noun.doc, []
        for proform in (c for c in noun.children if c.dep_ == "conj" and c.lower_ in self.words["proforms"]):
            prep = doc[proform.i + 1] if proform.i + 1 < noun.sent.end else None
            if prep is None or prep.lower_ not in self.words["topic_preps"] or prep.pos_ != "ADP":
                continue
            last = prep.right_edge
            title = noun.text + " " + text[prep.idx : last.idx + len(last)].strip(" ,;")
            words = frozenset(t.lower_ for t in prep.subtree if not t.is_stop and t.is_alpha)
            parts.append(replace(mention, noun=proform, record=replace(mention.record, title=title, count=None),
                                 words=words))
        return parts

    def _repeated_topics(self, noun: Token) -> list[Token]:
        """The noun's subject preposition and each repetition of it coordinated after it, whether the parse hangs the
        repetition on the first one or, after a comma, on the verb ("agreements on X, on Y and on Z")."""
        doc, end = noun.doc, noun.sent.end
        after = doc[noun.i + 1] if noun.i + 1 < end else noun
        first = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in self.words["topic_preps"]), None) or (
            after if after.dep_ == "prep" and after.lower_ in self.words["topic_preps"] else None)  # however attached
        if first is None and noun.dep_ == "nsubjpass":  # "agreements were also signed on transit and on customs"
            first = next((c for c in noun.head.rights if c.dep_ == "prep" and c.lower_ in self.words["topic_preps"]
                          and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
            if first is not None and any(opens_list(t) for t in doc[noun.i : first.i]):
                first = None  # "two memoranda were signed – on metrology and on ...": a list, read as one
        if first is not None and any(g.lower_ in self.words["circumstance_nouns"] for g in first.children):
            return []  # "agreements on the sidelines of the forum and on ...": where, not what about
        topics, tok = [], first
        while tok is not None and tok.lower_ == first.lower_:
            topics.append(tok)
            nxt = next((c for c in tok.children if c.dep_ == "conj" and c.lower_ == first.lower_), None)
            if nxt is None:
                after = tok.right_edge.i + 1
                while after < end and doc[after].lower_ in (",", "and", "as", "well"):
                    after += 1
                nxt = doc[after] if after < end and after > tok.right_edge.i + 1 and doc[after].pos_ == "ADP" else None
            tok = nxt
        return topics


def opens_list(tok: Token) -> bool:
    """A colon, or a dash set off by spaces, that opens a list: "two agreements were signed: on customs and on
    transit", "two memoranda were signed – on metrology and on civil defence"; not the hyphen of "2025-2027"."""
    return tok.text == ":" or tok.text in ("–", "—", "-") and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.nbor(-1).whitespace_)
