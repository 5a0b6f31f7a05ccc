"""Documents listed in a group take the group's status: "the documents signed include an agreement on
...", "among them is ...", "three agreements were signed:" followed by the named documents."""
from __future__ import annotations

from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Token

from .agreement_restatements import Mention, in_headline
from .clause import Grammar, read_clause


class DocumentGroups:
    """Decides which group of documents a listed one belongs to, and which counted group a list spells out."""

    def __init__(self, words: dict, grammar: Grammar):
        self.words = words
        self.grammar = grammar

    def join(self, mention: Mention, mentions: list[Mention], merged: dict[int, Mention]) -> None:
        """A document listed in a group takes the group's status when its own clause states none; an uncounted,
        unnamed group ("signed agreements, including an agreement on transit") is the documents named in it,
        no record of its own. A counted group keeps its record: its other documents are not named, and a member
        with no name of its own, counted or not, is part of it (one record, as the guidelines count a group)."""
        part = self._partitive_group(mention, mentions)
        if part is not None:  # "15 documents were signed, 10 of which are contracts": a part of the count
            if not mention.stated:
                mention.record.status, mention.stated = part.record.status, True
            mention.is_record = False
            return
        group = self.group_of(mention.noun, mentions, merged)
        if group is None:
            return
        if not mention.stated:
            mention.record.status, mention.stated = group.record.status, True
        if group.record.count is None and (group.record.title is None or group.noun.sent == mention.noun.sent
                                           and group.noun.tag_ in ("NNS", "NNPS") and not _named(group)):
            group.is_record = False  # "signed agreements", "a number of bilateral documents, including ..."
        elif group.record.count is not None and not _named(mention):
            mention.is_record = False  # "18 documents, including intergovernmental agreements", "15 documents,
            # including 10 contracts": an unnamed member, counted or not, is part of the group's count

    def _partitive_group(self, mention: Mention, mentions: list[Mention]) -> Mention | None:
        """The counted group a mention is a numbered part of: a number with "of which/them/these" that is the subject
        of the copula the noun is the attribute of ("10 of which are contracts", "Of these, 10 are contracts") or that
        modifies the noun ("15 documents, 10 of them commercial contracts"); the group is the last counted one, in
        this sentence or the one before."""
        noun = mention.noun
        numbers = [c for c in noun.children if c.like_num]
        if noun.dep_ == "attr":
            numbers += [c for c in noun.head.children if c.dep_ == "nsubj" and c.like_num]
        pronouns = self.words["partitive_pronouns"]
        def partitive(number: Token) -> bool:
            ofs = [c for c in (*number.children, *number.head.children) if c.dep_ == "prep" and c.lower_ == "of"]
            return any(g.lower_ in pronouns for c in ofs for g in c.children) or number.head.dep_ == "relcl" and any(
                c.lower_ == "of" and any(g.lower_ in pronouns for g in c.children) for c in number.head.children)
        if not any(partitive(n) for n in numbers):
            return None
        group = next((m for m in reversed(mentions) if m.record.count is not None and m.is_record), None)
        return group if group is not None and _next_sentence(group.noun, noun) else None

    def group_of(self, noun: Token, mentions: list[Mention], merged: dict[int, Mention]) -> Mention | None:
        """The documents a listed one belongs to: the group a member preposition hangs on ("agreements, including
        an agreement on ..."; on a verb, the verb's documents: "were signed, including ..."), the subject of
        "include" ("the documents signed include an agreement on ..."), the group after "among" ("among the
        documents signed is ..."), or, for "they", "them" or "these", the documents just named ("... signed 10
        documents. Among them is a loan agreement", "They include ..."); a group named again is the group named
        before ("signed a package of documents. The package includes ...", "The documents include ...": `merged`
        holds each restatement's mention)."""
        while noun.dep_ == "conj":
            if noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head  # "including intergovernmental agreements and commercial contracts": the list's first
                continue
            owner = next((a for a in noun.head.ancestors if any(m.noun == a for m in mentions)), None) \
                if noun.head.ent_type_ == "MONEY" else None
            if owner is None:
                break
            noun = owner  # "including 10 contracts worth $45 million and five memorandums": hung on the amount
        verb = read_clause(noun, self.grammar).verb
        member = [c for c in noun.children if self._lists_members(c)]
        groups = [g for c in member + [c for c in (verb.children if verb is not None else ()) if c.lower_ == "among"]
                  for g in c.children if g.dep_ == "pobj"]
        if self._lists_members(noun.head) and noun.dep_ == "pobj":
            over = noun.head.head
            if over.pos_ in ("NOUN", "PROPN") and not any(m.noun == over for m in mentions) and over.i not in merged:
                over = read_clause(over, self.grammar).verb or over  # "signed during the session, including ..."
            groups += [over] if over.pos_ in ("NOUN", "PROPN") else [
                c for c in over.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if verb is not None and verb.lower_ in self.words["including_verbs"]:
            groups += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for group in groups:
            if group.lower_ in self.words["collectives"]:  # "the package of documents to be signed includes ..."
                members = next((g for c in group.children if c.lower_ == "of" for g in c.children), None)
                if members is None:
                    return next((m for m in reversed(mentions) if m.noun.head.lower_ == "of"
                                 and m.noun.head.head.lower_ == group.lower_), None)  # "The package includes"
                group = members
            if group.lower_ in ("they", "them", "these", "those"):
                return mentions[-1] if mentions else None
            named = next((m for m in mentions if m.noun.i == group.i), None) or merged.get(group.i)
            if named is None and group.tag_ in ("NNS", "NNPS") and any(
                    c.dep_ == "det" and c.lower_ in self.words["definite_determiners"] for c in group.children):
                named = next((m for m in reversed(mentions) if m.record.title is None), None)  # "The documents include"
            if named is not None:
                return named
        return None

    def _lists_members(self, prep: Token) -> bool:
        """A preposition that names members of a group: "including", "among", "like", "such as"."""
        return prep.dep_ == "prep" and (prep.lower_ in self.words["member_preps"] or prep.lower_ == "as" and any(
            c.lower_ == "such" for c in prep.children))

    def expand_colon_lists(self, mentions: list[Mention], text: str) -> None:
        """A count or an unnamed plural opening a list with a colon ("three agreements were signed:", "the following
        documents were signed:"), followed by the named documents, or by their subjects ("two agreements were signed:
        on customs and on transit"): the documents are the records, each with the group's status when its own
        clause gives none."""
        groups = [m for m in mentions if m.record.count is not None
                  or m.record.title is None and m.noun.tag_ in ("NNS", "NNPS")]
        for group in groups:
            colon = next((t for t in group.noun.doc[group.noun.i + 1 : group.noun.sent.end] if _opens_list(t)), None)
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
            if first is not None and any(_opens_list(t) for t in doc[noun.i : first.i]):
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
            if not in_headline(head.noun) and not _next_sentence(head.noun, body[0].noun):
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


def _next_sentence(first: Token, then: Token) -> bool:
    """Whether a token stands in the sentence of another or in the one right after it."""
    return then.sent == first.sent or then.sent.start == first.sent.end or then.sent.start > first.sent.end and all(
        t.is_space for t in first.doc[first.sent.end : then.sent.start])


def _named(mention: Mention) -> bool:
    """Whether a document is named: a title that runs past its noun ("an agreement on transit", "Memorandum of
    Understanding"); not a noun with modifiers only ("intergovernmental agreements", "a protocol", "road map")."""
    title = (mention.record.title or "").lower()
    return bool(title) and not title.endswith(mention.noun.lower_)


def _opens_list(tok: Token) -> bool:
    """A colon, or a dash set off by spaces, that opens a list: "two agreements were signed: on customs and on
    transit", "two memoranda were signed – on metrology and on civil defence"; not the hyphen of "2025-2027"."""
    return tok.text == ":" or tok.text in ("–", "—", "-") and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.nbor(-1).whitespace_)
