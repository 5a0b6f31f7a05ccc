"""The `Doc._` and `Span._` attributes the components read and write, registered once.

Their values (the dateline, event records) are dataclasses; a msgpack encoder and decoder for them
let `doc.to_bytes()`, `DocBin` and `nlp.pipe(n_process=...)` carry them like any user data. Role
phrases and the people they stand for are stored as token offsets (`Doc._.role_links`) and read
back as spans by getters, since a `Span` stored in user data cannot be serialised.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass

import srsly
from spacy.tokens import Doc, Span

from .records import Agreement, Entity, Evidence, JointVenture, Meeting, Participant, Trade
from .text import Dateline
from .values import parse_date, parse_percent, parser_of

SERIALISED = {cls.__name__: cls for cls in (Dateline, Entity, Evidence, Participant, Meeting, Trade, JointVenture,
                                            Agreement)}
TAG = "__kazbel_extract__"


def _money(span: Span):
    return parser_of(span.doc.vocab).parse_money(span.text) if span.label_ == "MONEY" else (None, None)


def _amount(span: Span) -> float | None:
    return _money(span)[0]


def _currency(span: Span) -> str | None:
    return _money(span)[1]


def _percent(span: Span) -> float | None:
    return parse_percent(span.text) if span.label_ == "PERCENT" else None


def _date(span: Span) -> str | None:
    return parse_date(span.text, span.doc._.published) if span.label_ == "DATE" else None


def _value(span: Span):
    """The one normalised value of an entity, whatever its label."""
    return {"MONEY": _amount, "PERCENT": _percent, "DATE": _date}.get(span.label_, lambda s: None)(span)


def _person(span: Span) -> Span | None:
    """The PERSON span a role phrase stands for, from the doc's role links."""
    link = next((link for link in span.doc._.role_links if link[:2] == [span.start, span.end]), None)
    return Span(span.doc, link[2], link[3], label="PERSON") if link else None


def _set_person(span: Span, person: Span) -> None:
    others = [link for link in span.doc._.role_links if link[:2] != [span.start, span.end]]
    span.doc._.role_links = others + [[span.start, span.end, person.start, person.end]]  # a new list: never the default


def _role_mentions(doc: Doc) -> list[Span]:
    return [doc[start:end] for start, end, _, _ in doc._.role_links]


def _phrase_key(span: Span) -> str:
    text = span.text.casefold()
    return text[4:] if text.startswith("the ") else text


def _roles(doc: Doc) -> dict[str, Span]:
    return {_phrase_key(mention): mention._.person for mention in doc._.role_mentions}


def _encode(obj, chain=None):
    if is_dataclass(obj) and SERIALISED.get(type(obj).__name__) is type(obj):
        return {TAG: type(obj).__name__, "fields": {f.name: getattr(obj, f.name) for f in fields(obj)}}
    return chain(obj) if chain else obj


def _decode(obj, chain=None):
    if isinstance(obj, dict) and TAG in obj:
        return SERIALISED[obj[TAG]](**obj["fields"])
    return chain(obj) if chain else obj


def register() -> None:
    """Register the extensions (idempotent: `force=True` keeps re-imports harmless)."""
    Doc.set_extension("published", default=None, force=True)  # ISO date of the article, or None
    Doc.set_extension("dateline", default=None, force=True)  # kazbel_extract.text.Dateline
    Doc.set_extension("events", default=[], force=True)  # kazbel_extract.records.Event list
    Doc.set_extension("gold", default=None, force=True)  # a reference doc's gold article record, for the scorers
    Span.set_extension("actor", default=None, force=True)  # canonical actor name from the registry, or None
    Span.set_extension("actor_country", default=None, force=True)  # the registry country of an ORG's actor, or None
    Span.set_extension("role", default=None, force=True)  # {"title", "organisation", "country"} read off the text
    Doc.set_extension("role_links", default=[], force=True)  # [phrase start, end, person start, end] token offsets
    Span.set_extension("person", getter=_person, setter=_set_person, force=True)  # the PERSON span a role phrase ("the Kazakh Premier") stands for
    Doc.set_extension("role_mentions", getter=_role_mentions, force=True)  # role phrase spans that stand for a person (`._.person`)
    Doc.set_extension("roles", getter=_roles, force=True)  # role phrase, lowercased without "the" -> the PERSON span
    Span.set_extension("amount", getter=_amount, force=True)
    Span.set_extension("currency", getter=_currency, force=True)
    Span.set_extension("percent", getter=_percent, force=True)
    Span.set_extension("date", getter=_date, force=True)
    Span.set_extension("value", getter=_value, force=True)
    srsly.msgpack_encoders.register("kazbel_extract", func=_encode)
    srsly.msgpack_decoders.register("kazbel_extract", func=_decode)


register()
