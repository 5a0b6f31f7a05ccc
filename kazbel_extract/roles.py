"""Reading roles off the text: the title phrase around a name, and role phrases that stand for a person.

`RoleWords` is the registry's role vocabulary read word by word (the shared title list, organisation kinds,
portfolios); `TitlePhrases` decides where a name's title phrase is; `RoleReader` decides what title,
organisation and country a phrase gives a person ("Chairman of the Senate of the Parliament of Kazakhstan",
"Kazakh Foreign Minister"); `RoleMentions` decides which person introduced earlier a role phrase stands for
("the Kazakh Premier", "the head of the upper chamber").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from .registry import INSTITUTION, Actor, Registry, fold


@lru_cache(maxsize=65536)
def title_key(word: str) -> str:
    """A word of a title as the title list is compared: lowercase, no accents, one apostrophe ("Chargé d’Affaires"
    is "charge d'affaires")."""
    word = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in word if not unicodedata.combining(c))


class RoleWords:
    """What a word is in a title: a title word ("Chairman", "First"), the start of an office class ("Prime
    Minister") and its length, a connector, or a country."""

    def __init__(self, registry: Registry):
        self.registry = registry
        titles = registry.titles
        self.class_keys = sorted((tuple(map(title_key, k.split())) for k in registry.role_classes), key=len, reverse=True)
        self._class_key_set = set(self.class_keys)  # looked up by length, longest first, not scanned
        self._class_key_lengths = sorted({len(key) for key in self.class_keys}, reverse=True)
        self.modifiers = {w.casefold() for w in titles["modifiers"]}
        self.head_words = {w.casefold() for w in titles["head_words"]}
        self.spellings = titles["spellings"]
        self.counterpart_words = {w.casefold() for w in titles["counterpart_words"]}
        self.kind_keys = sorted((tuple(k.split()) for k in registry.roles["organisation_kinds"]), key=len, reverse=True)
        self.title_words = {key[0] for key in self.class_keys} | self.modifiers | self.head_words
        self.role_words = self.title_words | {w for key in self.class_keys + self.kind_keys for w in key}
        self.connectors = set(registry.roles["name_connectors"])  # "of", "the", "'s": inside a title, never its end
        self.hosts = set(registry.roles["host_prepositions"])  # "Ambassador of Kazakhstan to Belarus": Belarus hosts
        self.longest_class_key = max(self._class_key_lengths, default=0)  # words read for an office class
        self.longest_kind_key = max((len(key) for key in self.kind_keys), default=0)  # and for a kind of organisation
        self._title_by_itself = (self.modifiers - {"and", "-", "state"}) | self.head_words  # "Chairman", "First"

    def is_title_word(self, token: Token) -> bool:
        """A word a title is made of: "Chairman", "First", "Deputy", or the start of "Prime Minister"."""
        lower = title_key(token.lower_)
        if lower in self._title_by_itself:
            return True
        return lower in self.title_words and self.class_key_at(list(token.doc[token.i:token.i + self.longest_class_key]), 0)

    def class_key_len(self, tokens: list[Token], i: int) -> int:
        """Words of the longest office class ("first deputy prime minister") starting at `tokens[i]`, 0 for none."""
        words = tuple(title_key(t.lower_) for t in tokens[i:i + self._class_key_lengths[0]]) if self._class_key_lengths else ()
        return next((n for n in self._class_key_lengths if n <= len(words) and words[:n] in self._class_key_set), 0)

    def class_key_at(self, tokens: list[Token], i: int) -> bool:
        return self.class_key_len(tokens, i) > 0

    def country(self, tokens: list[Token]) -> str | None:
        """The first country the tokens name, not counting a host ("... to Belarus")."""
        for i, token in enumerate(tokens):
            country = self.registry.country(token.text)
            if country and not (i and tokens[i - 1].lower_ in self.hosts):
                return country
        return None


class TitlePhrases:
    """Where a name's title phrase is: right before it ("Belarus President ..."), after it and a comma
    ("..., Chairman of the Senate"), or another person's title when the name is their "counterpart"."""

    def __init__(self, words: RoleWords, appositive_title_tokens: int, counterpart_country_tokens: int):
        self.words = words
        self.registry = words.registry
        self.appositive_title_tokens = appositive_title_tokens  # ", Chairman of ...": where an appositive's title starts
        self.counterpart_country_tokens = counterpart_country_tokens  # "his Kazakh counterpart": read for the country

    def _titleish(self, token: Token) -> bool:
        """Can stand inside a title phrase: a capitalised word, a role word, a connector, a country or org name."""
        if token.ent_type_ == "PERSON" or "\n" in token.text or token.text in ("–", "—"):
            return False
        if token.text == "-" and (token.whitespace_ or token.i and token.doc[token.i - 1].whitespace_):
            return False  # a dash between words ("KAZINFORM - Kazakh Foreign Minister"), not a hyphen
        words = self.words
        return (token.is_title or token.is_upper or token.lower_ in words.connectors or title_key(token.lower_) in words.role_words
                or token.ent_type_ in ("ORG", "GPE", "NORP") or token.text == ",")

    def _has_title(self, tokens) -> bool:
        return any(self.words.is_title_word(t) and t.lower_ not in self.words.modifiers for t in tokens)

    def before(self, span: Span) -> Span | None:
        """The title phrase that ends right before a name ("Belarus President", "Chairman of ..., ")."""
        doc, first = span.doc, sentence_of(span).start
        end = span.start - 1 if span.start > first and doc[span.start - 1].text == "," else span.start
        start = end
        while start > first and self._titleish(doc[start - 1]):
            start -= 1
        segments = _split_commas(doc[start:end])
        kept = []
        for segment in reversed(segments):  # the comma-free part next to the name, and any title-less parts before it
            kept.insert(0, segment)
            if self._has_title(segment):
                break
        else:
            return None
        phrase = doc[kept[0].start:end]
        while len(phrase) and not self._anchor(phrase[0]):
            phrase = phrase[1:]
        if not len(phrase) or phrase[-1].lower_ in self.words.connectors or not self._has_title(phrase):
            return None
        return phrase

    def counterpart(self, span: Span, earlier: list[Span]) -> dict:
        """"... Kobyakov met his Kazakh counterpart Bakytzhan Sagintayev": the title of the last titled person
        named before in the sentence, the country written before "counterpart"."""
        doc, sentence = span.doc, sentence_of(span)
        i = span.start - 1
        if i < sentence.start or doc[i].lower_ not in self.words.counterpart_words:
            return {}
        titled = [p for p in earlier if p.start >= sentence.start and p._.role and p._.role.get("title")]
        if not titled:
            return {}
        return {"title": titled[-1]._.role["title"], "organisation": None,
                "country": self.words.country(list(doc[max(sentence.start, i - self.counterpart_country_tokens):i]))}

    def country_after(self, span: Span) -> str | None:
        """The country of "of [the Republic of] X" right after a name: whose title the one before it is ("Sultan
        Haitham bin Tariq of Oman", "President Emomali Rahmon of Tajikistan")."""
        doc, last = span.doc, sentence_of(span).end
        words = [t.text for t in doc[span.end : min(last, span.end + 5)]]
        if not words or words[0] != "of":
            return None
        k = 2 if len(words) > 1 and words[1].lower() == "the" else 1
        if words[k:k + 2] == ["Republic", "of"]:
            k += 2
        return self.registry.country(words[k]) if k < len(words) else None

    def appositive(self, span: Span) -> Span | None:
        """The title phrase after a name and a comma ("Vladimir Andreichenko, Chairman of ...")."""
        doc, last = span.doc, sentence_of(span).end
        if span.end >= last or doc[span.end].text != ",":
            return None
        start = end = span.end + 1
        while end < last and self._titleish(doc[end]):
            end += 1
        segments = _split_commas(doc[start:end])
        if not segments or not self._has_title(segments[0][:self.appositive_title_tokens]):
            return None
        if _before_a_name(segments[0]):
            return None  # "X, and VTB Chairman and CEO Y": the title written right before the next name is that name's
        kept = [segments[0]]
        for segment in segments[1:]:  # ", Defence and Security of the Senate": the title's own commas
            closes = segment.end == last or doc[segment.end].is_punct
            if self._has_title(segment) or not closes:
                break
            kept.append(segment)
        phrase = doc[start:kept[-1].end]
        while len(phrase) and phrase[-1].lower_ in self.words.connectors:
            phrase = phrase[:-1]
        return phrase if len(phrase) else None

    def _anchor(self, token: Token) -> bool:
        return (self.words.is_title_word(token) or token.ent_type_ in ("ORG", "GPE", "NORP")
                or self.registry.country(token.text) is not None)


class RoleReader:
    """What a title phrase says of a person: {"title", "organisation", "country"}."""

    def __init__(self, words: RoleWords):
        self.words = words
        self.registry = words.registry

    def read_role(self, phrase: Span, actor: Actor | None) -> dict:
        """{"title", "organisation", "country"} of a title phrase."""
        tokens = list(phrase)
        title_at = next((i for i, t in enumerate(tokens) if self.words.is_title_word(t) or t.lower_ == "co"), None)
        if title_at is None:
            return {}
        title_end = title_at
        if title_at and tokens[title_at].lower_ == "minister" and tokens[title_at - 1].lower_ in self.registry.roles["portfolios"]:
            title_at -= 1  # "Energy Minister": the portfolio is part of the title and names the ministry
        while title_end < len(tokens) and (self.words.is_title_word(tokens[title_end]) or tokens[title_end].lower_ in ("co", "-")
                                           or self.words.class_key_at(tokens, title_end)
                                           or (tokens[title_end].lower_ == "and" and title_end + 1 < len(tokens)
                                               and self.words.is_title_word(tokens[title_end + 1]))):
            title_end += self.words.class_key_len(tokens, title_end) or 1
        if (title_end + 1 < len(tokens) and tokens[title_end - 1].lower_ == "minister" and tokens[title_end].lower_ == "of"
                and tokens[title_end + 1].lower_ != "the" and self.registry.country(tokens[title_end + 1].text) is None):
            title_end += 1  # "Minister of Trade and Integration": the portfolio is part of the title
            while title_end < len(tokens) and tokens[title_end].lower_ not in ("of", "the") and self.registry.country(tokens[title_end].text) is None:
                title_end += 1
        while title_end > title_at + 1 and tokens[title_end - 1].lower_ in self.words.connectors | {","}:
            title_end -= 1
        spellings = self.words.spellings
        title = "".join(spellings.get(t.lower_, t.text) + t.whitespace_ for t in tokens[title_at:title_end]).strip()
        country = self.words.country(tokens)
        organisation = self._organisation(tokens[:title_at], tokens[title_end:], country, actor)
        host = next((self.registry.country(t.text) for i, t in enumerate(tokens[1:]) if tokens[i].lower_ in self.words.hosts
                     and self.registry.country(t.text)), None)
        sender = country or (actor.country if actor else None)
        if organisation is None and host and sender and self.registry.role_class(title) == "ambassador":
            organisation = self._institution_name(f"Embassy of {sender} in {host}", None)  # "Ambassador ... to Belarus"
        if country is None and organisation is not None:
            found = self.registry.find(INSTITUTION, organisation)
            country = found[0].country if len(found) == 1 else None
        return {"title": title, "organisation": organisation, "country": country}

    def _organisation(self, before: list[Token], after: list[Token], country: str | None, actor: Actor | None) -> str | None:
        """The organisation named around a title: an ORG before it ("Senate Speaker"), or what follows "of" after it."""
        home = country or (actor.country if actor else None)
        orgs = [t for t in before if t.ent_type_ == "ORG" and self.registry.country(t.text) is None]
        if orgs:
            return self._institution_name(orgs[0].doc[orgs[0].i:orgs[-1].i + 1].text, home)
        for i, token in enumerate(after):  # drop the host country: "... to Belarus"
            if token.lower_ in self.words.hosts and i + 1 < len(after) and self.registry.country(after[i + 1].text):
                after = after[:i]
                break
        while after and (after[0].lower_ in self.words.connectors or self.registry.country(after[0].text)):
            after = after[1:]  # "of the", "of China's"
        while after and (after[-1].lower_ in self.words.connectors or after[-1].text == ","):
            after = after[:-1]
        if not after:
            return None
        written = after[0].doc[after[0].i:after[-1].i + 1].text
        if self.registry.country(written):  # "of the Republic of Belarus" names a country, not an organisation
            return None
        return self._institution_name(written, home)

    def ministry(self, title: str, country: str | None) -> str | None:
        """The ministry a minister's title names: "Minister of Foreign Affairs", "Foreign Minister"."""
        portfolio = title.partition("Minister of ")[2]
        if not portfolio:
            words = title.casefold().split()
            short = words[words.index("minister") - 1] if "minister" in words[1:] else None
            portfolio = self.registry.roles.get("portfolios", {}).get(short, "")
        found = self.registry.find(INSTITUTION, f"Ministry of {portfolio} of {country}") if portfolio and country else []
        return found[0].name if found else None

    def _institution_name(self, written: str, country: str | None) -> str | None:
        """The canonical name of an organisation as written, in `country` when the name alone is ambiguous;
        a kind of organisation ("the upper chamber") is the one institution of that kind in `country`."""
        kind = self.registry.roles["organisation_kinds"].get(re.sub(r"^the ", "", " ".join(written.casefold().split())))
        if kind is not None:
            found = self.registry.institutions_of_kind(kind, country) if country else []
            return found[0].name if len(found) == 1 else None
        found = self.registry.find(INSTITUTION, written)
        if country and len(found) != 1:
            found = [a for a in found if a.country == country] or self.registry.find(INSTITUTION, f"{written} of {country}")
        return found[0].name if len(found) == 1 else written


class RoleMentions:
    """Role phrases that stand for a person introduced earlier with a fitting office, country and organisation."""

    def __init__(self, words: RoleWords, possessives: frozenset[str]):
        self.words = words
        self.registry = words.registry
        self.possessives = possessives  # "Kazakhstan's", "Belarus'": endings as the tokenizer splits them
        self.inner_modifiers = words.modifiers - {"and", "-"}  # words inside a role phrase before its title
        self.title_starts = {key[0] for key in words.class_keys} | words.head_words  # the first word of its title
        self.portfolios = self.registry.roles["portfolios"]  # "defense" -> "Defence": the ministry of "the Defense Minister"
        self._opens: dict[int, bool] = {}  # word (orth id) -> whether a role phrase may start at it; grows as the vocab

    def __call__(self, doc: Doc, people: list[Span]) -> list[Span]:
        """The role phrases of `doc` that stand for one of `people`, each with `Span._.person`."""
        introduced = [p for p in people if p._.role and p._.role.get("title")]
        if not introduced:
            return []  # a role phrase stands only for a person introduced before it with a title
        mentions, end = [], 0
        unheld: set[str] = set()  # phrases that stood for no one introduced before them
        orths, strings = doc.to_array(ORTH).tolist(), doc.vocab.strings  # words read by id: no token made for most
        for i, orth in enumerate(orths):
            if i < end or not self._may_open(orth, strings):
                continue
            mention = self._role_phrase(doc, orths, strings, i)
            if mention is None:
                continue
            # "the President met X ... wished the President of Kazakhstan, N, ... X thanked the President": a phrase
            # that stood for someone the text never introduced with that title stands for them again, not for a
            # holder of the office introduced since
            key = mention.text.casefold()
            person = None if key in unheld else self._referent(mention, [p for p in introduced if p.end <= mention.start])
            if person is None:
                unheld.add(key)
            if person is not None:
                mention._.person = person
                mention._.actor = person._.actor
                mention._.role = person._.role
                mentions.append(mention)
            end = mention.end
        return mentions

    def _may_open(self, orth: int, strings) -> bool:
        """Whether a role phrase can start at a word: at "the", a country word or a possessive ("Kazakhstan's")."""
        opens = self._opens.get(orth)
        if opens is None:
            text = strings[orth]
            opens = self._opens[orth] = (text.lower() == "the" or text in self.possessives
                                         or self.registry.country(text) is not None)
        return opens

    def _role_phrase(self, doc: Doc, orths: list[int], strings, i: int) -> Span | None:
        """A role phrase starting at token `i` (where `_may_open`; `orths` are the doc's word ids): "the [Kazakh]
        Premier", "the head of the upper chamber [of the Belarusian parliament]"."""
        j = i + 1 if strings[orths[i]].lower() == "the" else i
        while j < len(orths) and (self.registry.country(strings[orths[j]]) or strings[orths[j]].lower() in self.possessives
                                  or strings[orths[j]].lower() in self.inner_modifiers
                                  or strings[orths[j]].lower() in self.portfolios):
            j += 1
        if j == len(orths) or strings[orths[j]].lower() not in self.title_starts:
            return None  # no office class and no head word ("head of") starts here
        key_len = self.words.class_key_len(list(doc[j:j + self.words.longest_class_key]), 0)
        head = j < len(doc) and doc[j].lower_ in self.words.head_words
        if not key_len and not head:
            return None
        end = j + (key_len or 1)
        of_kind = self._of_kind(doc, end)
        if head and not of_kind:
            return None
        end = of_kind or self._of_country(doc, end) or end
        if self._introduces_a_name(doc, end) or any(t.ent_type_ for t in doc[i:end] if t.ent_type_ not in ("NORP", "GPE")):
            return None  # a title introducing a name, or part of an entity
        return Span(doc, i, end, label="ROLE")

    def _introduces_a_name(self, doc: Doc, i: int) -> bool:
        """Whether a role phrase ending at `i` is the start of a title before a name: the name right after it, or
        after the rest of a title in capitalised words and "of", "the", "and" ("Belarusian Minister of Economy X")."""
        last = doc[i - 1].sent.end if i > 0 and doc.has_annotation("SENT_START") else len(doc)
        while i < last and doc[i].ent_type_ != "PERSON" and (doc[i].lower_ in ("of", "the", "and") or doc[i].is_title):
            i += 1
        return i < last and doc[i].ent_type_ == "PERSON"

    def _of_kind(self, doc: Doc, i: int) -> int | None:
        """End of "of the [Belarusian] upper chamber [of the ... parliament]" starting at `i`, or None."""
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        while j < len(doc) and self.registry.country(doc[j].text):
            j += 1
        words = [t.lower_ for t in doc[j:j + self.words.longest_kind_key]]
        length = next((len(k) for k in self.words.kind_keys if tuple(words[:len(k)]) == k), 0)
        if not length:
            return None
        return self._of_kind(doc, j + length) or j + length

    def _of_country(self, doc: Doc, i: int) -> int | None:
        """End of "of [the Republic of] Belarus" starting at `i` ("the Defense Minister of Belarus"), or None."""
        words = [t.text for t in doc[i:i + 5]]
        if not words or words[0].lower() != "of":
            return None
        k = 2 if len(words) > 1 and words[1].lower() == "the" else 1
        if words[k:k + 2] == ["Republic", "of"]:
            k += 2
        return i + k + 1 if k < len(words) and self.registry.country(words[k]) else None

    def _portfolio(self, words: list[str]) -> str | None:
        """The ministry a role phrase's or a title's words name: "Defence" for "the Defense Minister"."""
        return next((self.portfolios[w] for w in words if w in self.portfolios), None)

    def _holds_portfolio(self, role: dict, portfolio: str) -> bool:
        """Whether a person's role is of that ministry, or does not tell: "Defense Minister", "Ministry of Defence"."""
        own = self._portfolio(role["title"].casefold().split())
        organisation = role.get("organisation") or ""
        if own is None and not organisation.startswith("Ministry of "):
            return True
        return own == portfolio or organisation.startswith(f"Ministry of {portfolio}")

    def _referent(self, mention: Span, candidates: list[Span]) -> Span | None:
        """The one person introduced earlier whose role fits the phrase's office, country and kind of organisation."""
        words = [t.lower_ for t in mention]
        title_at = next((k for k, t in enumerate(mention) if self.words.class_key_at(list(mention), k) or t.lower_ in self.words.head_words), 0)
        wanted_class = None if mention[title_at].lower_ in self.words.head_words else self.registry.role_class(mention[title_at:].text)
        country = self.words.country([t for t in mention if t.lower_ != "of"]) 
        kind = next((self.registry.roles["organisation_kinds"][" ".join(k)] for k in self.words.kind_keys
                     if " ".join(k) in " ".join(words)), None)
        portfolio = self._portfolio(words) if wanted_class == "minister" else None
        fitting = []
        for person in candidates:
            role = person._.role
            if wanted_class and self.registry.role_class(role["title"]) != wanted_class:
                continue
            if portfolio and not self._holds_portfolio(role, portfolio):
                continue
            if country and role.get("country") != country:
                continue
            if kind and not self._org_is_kind(role.get("organisation"), kind):
                continue
            fitting.append(person)
        identities = {p._.actor or fold(p.text).split()[-1] for p in fitting}
        return fitting[-1] if len(identities) == 1 else None

    def _org_is_kind(self, organisation: str | None, kind: str) -> bool:
        found = self.registry.find(INSTITUTION, organisation) if organisation else []
        return any(kind in a.kinds for a in found)


def sentence_of(span: Span) -> Span:
    """The sentence of a span, or the whole doc when nothing marked sentences."""
    return span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]


def _split_commas(span: Span) -> list[Span]:
    """The comma-separated parts of a span."""
    parts, start = [], span.start
    for token in span:
        if token.text == ",":
            if token.i > start:
                parts.append(span.doc[start:token.i])
            start = token.i + 1
    if start < span.end:
        parts.append(span.doc[start:span.end])
    return parts


def _before_a_name(segment: Span) -> bool:
    """A phrase that runs into a PERSON name with no comma between ("..., and VTB Chairman and CEO Y"): the title of
    the name it is next to, not an apposition of the name before it."""
    doc = segment.doc
    return segment.end < len(doc) and doc[segment.end].ent_type_ == "PERSON"
