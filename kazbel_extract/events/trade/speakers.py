"""The side of a figure a speaker gives in the first person ("our exports", "we exported", "Russia remains our main
partner, with trade of ..."): the country of the speaker's title; and the side whose official states a figure
("..., the Belarusian Deputy Prime Minister said", "According to X, ...", "He added that ...", "the Kazakh Ministry
of Trade said").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..places import Place, Places
from .metric_phrase import verb_of
from .side_places import in_title, people_countries


class Speakers:
    """Decides whether a metric word is the speaker's own trade, and the country the speaker stands for."""

    def __init__(self, doc: Doc, places: Places, words: dict):
        self.doc = doc
        self.places = places
        self.first_person = set(words["first_person_pronouns"])  # "our exports", "we exported": the speaker's side
        self.partner_nouns = set(words["partner_nouns"])  # "Russia remains our main partner, with trade of ..."
        self.report_verbs = set(words["report_verbs"])  # "..., Lukashenko said": who speaks
        self.speaker_pronouns = set(words["speaker_pronouns"])  # "He added that ...": the official named before

    def side(self, metric_token: Token) -> str | None:
        """ "Our trade with Kazakhstan grew by 10%, the Belarusian Prime Minister said": the speaker's country."""
        return self.country(metric_token) if self.speaks_for(metric_token, verb_of(metric_token)) else None

    def speaks_for(self, metric_token: Token, verb: Token | None) -> bool:
        """ "our exports", "supplies of our products", "we exported", "we have increased exports"."""
        owners = [c for c in metric_token.children if c.dep_ == "poss"]
        owners += [g for c in metric_token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children for g in o.children if g.dep_ == "poss"]
        if verb is not None:
            owners += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if metric_token.dep_ == "pobj" and metric_token.head.lower_ == "with":  # "X remains our main partner, with
            owners += [g for c in metric_token.head.head.children if c.lower_ in self.partner_nouns  # trade of $26
                       for g in c.children if g.dep_ == "poss"]  # billion": the speaker's side is the other
        return any(o.lower_ in self.first_person for o in owners)

    def region(self, metric_token: Token) -> Place | None:
        """ "'Our exports to Kazakhstan grew by 20%,' Anatoly Isachenko said", Isachenko the chairman of the Mogilev
        Oblast Executive Committee: the region whose body the speaker of the first person heads, as his role names it
        and the article writes it, is the side; a national official's "our" is his country's (`country`)."""
        if not self.speaks_for(metric_token, verb_of(metric_token)):
            return None
        sent = metric_token.sent
        speaker = next((e for e in sent.ents if e.label_ == "PERSON" and e.root.dep_ == "nsubj"
                        and self._reports(e.root.head) and e._.role), None)
        organisation = (speaker._.role.get("organisation") or "").casefold() if speaker is not None else ""
        return next((p for p in self.places.all if p.kind == "region" and p.start < sent.start
                     and p.name.casefold() in organisation and in_title(self.doc, p)), None) if organisation else None

    def country(self, tok: Token) -> str | None:
        """The country of the person speaking in the first person: the country of the role of the one who says it in
        its sentence ('..., Belarusian Prime Minister X said', '..., Lukashenko said': the registry's), else named in
        the title of the person of its sentence, else of the last person titled before it."""
        sent_end = tok.sent.end
        speaker = next((country for person, country in people_countries(self.doc, tok.sent.start, sent_end)
                        if person.dep_ == "nsubj" and self._reports(person.head)), None)
        if speaker is not None:
            return speaker
        for place in reversed([p for p in self.places.all if p.start < sent_end]):
            if place.kind == "country" and in_title(self.doc, place):
                return place.name
        return None

    def stating_country(self, tok: Token, paragraph_start: int) -> str | None:
        """The country of the named person who states the figure at `tok`: the one its sentence reports ("..., Kazakh
        Ambassador X said", "According to X, ..."), or, when a pronoun states it ("He added that exports grew"), the
        nearest one stated earlier in its paragraph (from character `paragraph_start` on). A speaker of another
        sentence does not make the narrator's figures after it his side's."""
        sent = tok.sent
        country = self._stated_in(sent)
        if country is not None or not any(self._pronoun_states(t) for t in sent):
            return country
        while sent.start > 0 and self.doc[sent.start - 1].idx >= paragraph_start:
            sent = self.doc[sent.start - 1].sent
            country = self._stated_in(sent)
            if country is not None:
                return country
        return None

    def _stated_in(self, sent) -> str | None:
        """The country of the named person, else of the body, that `sent` reports ("..., Kazakh Ambassador X said",
        "according to the Bureau of National Statistics of Kazakhstan", "the Kazakh Ministry of Trade said")."""
        person = next((country for person, country in people_countries(self.doc, sent.start, sent.end)
                       if self._states(person)), None)
        return person or next((country for org in sent.ents if org.label_ == "ORG" and self._states(org.root)
                               for country in self._countries_of(org)), None)

    def _countries_of(self, org) -> list[str]:
        """The countries an organisation's name, or the word right before it, names ("the Bureau of National
        Statistics of Kazakhstan", "the Kazakh Ministry of Trade and Integration")."""
        return [p.name for p in self.places.within(self.doc[max(org.start - 1, org.sent.start) : org.end])
                if p.kind == "country"]

    def _pronoun_states(self, tok: Token) -> bool:
        """ "He added that ...", "she noted": a speaker's pronoun is the subject of a verb of reporting."""
        return tok.lower_ in self.speaker_pronouns and tok.dep_ == "nsubj" and self._reports(tok.head)

    def _states(self, person: Token) -> bool:
        """ "X said", "Kazakhstan's Ambassador to Belarus X noted", "according to X": the person (or body) stands in
        the subject of a verb of reporting, or in the object of "according to", with no verb between; a name the
        parser hung on "according" itself ("according to Deputy Minister of Belarus Lee Min-jun", its title made
        the object) is that object too."""
        below = person
        for head in person.ancestors:
            if below.dep_ == "nsubj" and self._reports(head) or \
                    below.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according" or \
                    head.lower_ == "according" and below.dep_ in ("npadvmod", "dobj", "pobj", "appos"):
                return True
            if head.pos_ in ("VERB", "AUX"):
                return False
            below = head
        return False

    def _reports(self, verb: Token) -> bool:
        return verb.lower_ in self.report_verbs or verb.lemma_.lower() in self.report_verbs
