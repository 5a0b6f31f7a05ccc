"""People of a doc: full names as first written, and the title, organisation and country around a name."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...records import Participant
from ..evidence import original_text
from ..lexicon import Lexicon
from ..places import Places
from ..syntax import ents_by_sentence

ROLE_STOPS = {"VERB", "AUX", "PRON", "SCONJ"}


def surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


TITLE_LINKS = ("compound", "appos", "flat", "pobj")  # from a name up to the title it is written after


def titled_person(token: Token, persons: list[Span], title_words: set[str]) -> Span | None:
    """The person a noun names when the parser made it the head of the name: its apposition ("told his counterpart
    Y", "said to the head of the Kazakh government, Y,"), or for a title word a name hung in its "of" phrase ("told
    Prime Minister of Kazakhstan Y": "Minister" is the object, Y the object of its "of"), a person whose name
    reaches the title only through name words and "of"."""
    named = next((p for p in persons if p.root.dep_ == "appos" and p.root.head.i == token.i), None)
    if named is not None or token.text not in title_words:
        return named
    for person in persons:
        tok = person.root
        while tok.i != token.i and tok.head.i != tok.i and (
                tok.dep_ in TITLE_LINKS or (tok.dep_ == "prep" and tok.lower_ == "of")):
            tok = tok.head
        if tok.i == token.i:
            return person
    return None


class People:
    """Resolves each PERSON mention to the article's first full writing of that person's name."""

    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, role_tokens_before: int):
        self.doc = doc
        self.role_tokens_before = role_tokens_before  # "Chairman of the House of Representatives X"
        self.lexicon = lexicon
        self.places = places
        self.text = original_text(doc)
        self.ents_in = ents_by_sentence(doc)
        self.title_words = {w for title in lexicon.meetings["titles"] for w in title.split()} | set(lexicon.tables["titles"]["honorifics"])
        self.place_tokens = {i for p in places.all for i in range(p.start, p.end)}  # "United Arab Emirates"
        self.full_names: dict[str, str] = {}
        by_first_word: dict[str, set[str]] = {}
        for span in (e for ents in self.ents_in.values() for e in ents if e.label_ == "PERSON"):
            name = self.written(span)
            if len(name.split()) > 1:
                self.full_names.setdefault(surname(name), name)
                by_first_word.setdefault(name.split()[0].casefold(), set()).add(name)
        # "Moon" of "Moon Jae-in", "Xi" of "Xi Jinping": a family name written first, of one person only
        self.family_first = {word: next(iter(names)) for word, names in by_first_word.items()
                             if len(names) == 1 and word not in self.full_names}
        self.kinship_nouns = set(lexicon.meetings["kinship_nouns"])  # "son" of "his son Nikolai", "first lady"

    def mentions(self) -> list[Span]:
        """PERSON spans that are no place name the tagger took for one, and role phrases the actor component tied to
        a person ("the Kazakh Premier"), but not one whose own country is another's ("the President of Uzbekistan" is not the President of Kazakhstan named
        before)."""
        people = [e for ents in self.ents_in.values() for e in ents if e.label_ == "PERSON" and not self._a_place(e)]
        roles = [m for m in self.doc._.role_mentions if m._.person is not None and not self._of_another_country(m)]
        return sorted(people + roles, key=lambda s: s.start)

    def _a_place(self, span: Span) -> bool:
        """A PERSON span whose words are all of place names ("Nizhny Novgorod", "Belarus-Nizhny Novgorod"): no one."""
        words = [t for t in span if t.is_alpha]
        return bool(words) and all(t.i in self.place_tokens for t in words)

    def _of_another_country(self, mention: Span) -> bool:
        """A role phrase followed by "of <country>" that is not the country of the person it was tied to."""
        doc, end = mention.doc, mention.end
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return False
        country = self.lexicon.country_of.get(doc[end + 1].text)
        person = mention._.person
        own = (person._.role or {}).get("country") if person is not None else None
        return country is not None and own is not None and country != own

    def written(self, span: Span) -> str:
        """The name as written, without a place or title the tagger left in ("Belarus Roman Golovchenko",
        "Emirates Thani Al Zeyoudi" of "the United Arab Emirates Thani Al Zeyoudi")."""
        tokens = list(span)
        while len(tokens) > 1 and (tokens[0].text in self.lexicon.country_of or tokens[0].text in self.title_words
                                   or tokens[0].i in self.place_tokens or not (tokens[0].is_alpha or _initial(tokens[0]))):
            tokens.pop(0)
        while len(tokens) > 1 and not tokens[-1].is_alpha:
            tokens.pop()
        return self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]

    def name(self, span: Span) -> str:
        """ "Lukashenko" is "Aleksandr Lukashenko" once the article has written the full name, "Moon" is "Moon
        Jae-in" when no full name ends in it and one begins with it; a role phrase is the name of its person."""
        if span._.person is not None:
            return self.name(span._.person)
        written = self.written(span)
        if len(written.split()) == 1 and surname(written) not in self.full_names:
            return self.family_first.get(surname(written), written)
        return self.full_names.get(surname(written), written)

    def gender(self, span: Span) -> str | None:
        """ "female" or "male" when the name tells it (a surname ending of the region's languages: "Kochanova",
        "Ashimbayev") or a title or honorific just before the name does ("Mrs", "Sir"); None when nothing does."""
        genders = self.lexicon.meetings["name_genders"]
        span = span._.person or span
        before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
        if before in genders["female_titles"] or before in genders["male_titles"]:
            return "female" if before in genders["female_titles"] else "male"
        last = surname(self.name(span))
        for gender in ("female", "male"):
            if last.endswith(tuple(genders[f"{gender}_surname_endings"])):
                return gender
        return None

    def kin(self, span: Span) -> bool:
        """ "his son Nikolai", "accompanied by his wife, Ulla,", "the spouses of the presidents, X and Y", "Z, the
        president's daughter,": a person the text introduces as someone's relative, by a kinship noun right before the
        name or one the name (or the first name joined to it) is in apposition with."""
        if span._.person is not None:
            return False
        doc = span.doc
        before = span.start - 2 if span.start >= 2 and doc[span.start - 1].text == "," else span.start - 1
        if before >= span.sent.start and self._kinship(doc[before]):
            return True
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return (tok.dep_ in ("appos", "compound") and self._kinship(tok.head)) \
            or any(c.dep_ == "appos" and self._kinship(c) for c in tok.children)

    def _kinship(self, token: Token) -> bool:
        """A lowercase kinship noun, alone or with the word before it ("first lady")."""
        pair = f"{token.nbor(-1).lower_} {token.lower_}" if token.i > 0 else ""
        return token.is_lower and (token.lower_ in self.kinship_nouns or pair in self.kinship_nouns)

    def participant(self, span: Span) -> Participant:
        """Name, and what the text says of the person: `Span._.role` when set, else the title before or
        the apposition after the name."""
        span = span._.person or span
        role = span._.role or self._role_from_text(span)
        return Participant(self.name(span), role.get("title"), role.get("organisation"), role.get("country"),
                           span._.actor)

    def _role_from_text(self, span: Span) -> dict:
        doc = span.doc
        start = span.start
        while start > span.sent.start and doc[start - 1].pos_ not in ROLE_STOPS and doc[start - 1].text not in ",;(\"\u201c" \
                and span.start - start < self.role_tokens_before:
            start -= 1
        context = [doc[start : span.start]]
        context += [doc[c.left_edge.i : c.right_edge.i + 1] for c in span.root.children if c.dep_ == "appos"]
        role: dict = {}
        for part in context:
            title = self.title_in(part)
            if title and "title" not in role:
                role["title"] = title
                orgs = [e for e in self.ents_in[span.sent.start]
                        if e.label_ == "ORG" and part.start <= e.start and e.end <= part.end]
                if orgs:
                    role["organisation"] = self.text[orgs[0].start_char : orgs[0].end_char]
                countries = [p.name for p in self.places.within(part) if p.country]
                if countries:
                    role["country"] = countries[0]
        return role

    def title_in(self, part: Span) -> str | None:
        """The longest title of the meeting titles that a span holds as whole words ("Foreign Minister"), if any."""
        titles = sorted(self.lexicon.meetings["titles"], key=len, reverse=True)
        text = " " + part.text + " "
        for title in titles:
            at = text.find(" " + title + " ")
            if at >= 0:
                return title
        return None


def _initial(token: Token) -> bool:
    """An initial written before a name: "R.", "A.A.", "Zh." (capitalised letters, each closed by a full stop)."""
    parts = token.text.split(".")
    return token.text.endswith(".") and all(p[:1].isupper() and p.isalpha() and len(p) <= 2 for p in parts[:-1])

