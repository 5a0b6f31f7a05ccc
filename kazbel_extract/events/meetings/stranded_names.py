"""Names the parser hung away from a meeting's phrase that still belong to it: the name ending a long title in
the phrase ("chaired by X and Chairman of the Cabinet of Ministers of Kyrgyzstan Y", or set off by commas: "with
the Minister of Industry of Belarus, Y, during which"), and the names written right before a main verb the parser
left without a subject.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ...text import DASHES
from .people import People



class StrandedNames:
    """Decides which names outside a meeting phrase's parse are its people, read from the words between: only
    words of a title (and, before a verb, commas, "and" and places) may stand between the phrase and the name."""

    def __init__(self, doc: Doc, people: People, persons_in: dict[int, list[Span]],
                 distinct: Callable[[list[Span]], list[Span]]):
        self.doc = doc
        self.people = people
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.distinct = distinct  # one mention per person
        self.title_links = set(people.lexicon.meetings["title_links"]) | set(DASHES)  # "Minister of Trade and Integration"

    def _title_word(self, token: Token) -> bool:
        """A capitalised word of a title ("Chairman", "Minister"; not the "of" or "and" titles are written with)."""
        return token.text[:1].isupper() and token.text in self.people.title_words

    def just_before(self, verb: Token) -> list[Span]:
        """ "Later on the same day in St. Petersburg, X, Y and Prime Minister of Kyrgyzstan Z held a trilateral
        meeting": the names written right before a main verb the parser left without a subject (it hung them on
        the fronted phrase) are its subject; their titles, commas and "and" may stand between them."""
        people, i = [], verb.i - 1
        named = {t.i: p for p in self.persons_in[verb.sent.start] for t in p}
        while i >= verb.sent.start and (i in named or self._in_a_list_of_names(self.doc[i])):
            if i in named:
                people.insert(0, named[i])
                i = named[i].start
            i -= 1
        return self.distinct(people)

    def _in_a_list_of_names(self, token: Token) -> bool:
        """A word that may stand between the names of a list: a comma, "and", a title word, "of", "the" or a place
        ("X, Y and Prime Minister of Kyrgyzstan Z")."""
        return token.text == "," or token.lower_ in ("and", "of", "the") or self._title_word(token) \
            or token.i in self.people.place_tokens

    def cut_off(self, covered: set[int], sent: Span) -> list[Span]:
        """ "chaired by X and Chairman of the Cabinet of Ministers of Kyrgyzstan Y", "met with Ambassador of China to
        Belarus Y": the name that ends a title of the meeting's phrase, which a long title made the parser hang
        elsewhere (Y the subject of the next verb, even of a sentence the parser split off there). The name counts
        when only words of a title stand between (capitalised words and the `title_links`: not "on behalf of
        President Y"), and commas too when the name is set off by them ("with the Minister of Industry, Y, during
        which"; not "... Minister of Industry, Y said"); and the name right after a "with" the parser left without
        its object."""
        found = []
        for tok in (self.doc[i] for i in sorted(covered)):
            if tok.lower_ in ("with", "between") and tok.dep_ == "prep" and not any(c.dep_ == "pobj" for c in tok.children):
                # "met with Y, spokesman Z said": the parser hung Y on the reporter, leaving "with" bare
                name = next((p for p in self.persons_in[sent.start] if p.start > tok.i), None)
                if name is not None and all(self.of_a_title(t) for t in self.doc[tok.i + 1 : name.start]):
                    found.append(name)
                continue
            if not self._title_word(tok) or any(t.ent_type_ == "PERSON" for t in tok.subtree) \
                    or (tok.i + 1 < len(self.doc) and self._title_word(self.doc[tok.i + 1])):
                continue  # not a title, one with its own name, or not the title's last word ("Prime" of "Prime Minister")
            candidates = self.persons_in[sent.start] + (self.persons_in[sent.end] if sent.end < len(self.doc) else [])
            name = next((p for p in candidates if p.start > tok.i), None)
            between = self.doc[tok.i + 1 : name.start] if name is not None else []
            # "with the Minister of Industry of Belarus, Y, during which": a name set off by commas after the title
            if name is not None and all(self.of_a_title(t) or (t.text == "," and _set_off(name)) for t in between):
                found.append(name)
        return found

    def of_a_title(self, token: Token) -> bool:
        """A word a title is written with: a capitalised noun or adjective ("Cabinet", "Kyrgyz"), a link word, the
        possessive of a name ("Kazakhstan's Parliament") or the rest of a hyphened word ("Co-operation")."""
        joined = token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_
        return token.lower_ in self.title_links or (token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")) \
            or (token.tag_ == "POS" and token.i > 0 and token.nbor(-1).text[:1].isupper()) or joined


def _set_off(name: Span) -> bool:
    """A name written between commas, or closing its sentence or line: an apposition of what is before it."""
    doc = name.doc
    return name.end >= len(doc) or doc[name.end].text in (",", ".", ";", ")") or doc[name.end].is_space \
        or name.end == name.sent.end
