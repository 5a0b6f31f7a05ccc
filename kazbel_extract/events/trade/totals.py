"""A country's trade with the world ("Kazakhstan's foreign trade turnover", "the total exports of Belarus"): its
only side is that country, and a total broken down by partner ("..., with China accounting for $15 billion") is
the country's where the total is given and the pair's where a part is.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..places import Places
from ..syntax import paragraph_of
from .partners import PartnerRoles
from .side_places import SIDE_KINDS, SidePlaces


class OwnTotals:
    """Decides whether a metric word is a country's total trade and whose, and the sides of a total's parts; keeps
    the countries whose total the text has stated and the one the headline or lede gives."""

    def __init__(self, places: Places, side_places: SidePlaces, roles: PartnerRoles, words: dict, paragraphs: list[int]):
        self.places = places
        self.side_places = side_places
        self.roles = roles
        self.paragraphs = paragraphs
        self.whole_trade_words = set(words["whole_trade_words"])  # "foreign", "total": a country's trade with the world
        self.article_total: str | None = None  # the country whose total trade the headline or lede gives
        self.totals: set[str] = set()  # the countries whose total trade the text has stated so far

    def owner(self, metric_token: Token, figure: Token | None = None) -> str | None:
        """ "Kazakhstan's foreign trade turnover", "the total exports of Belarus": a country's trade with the world has
        that country as its only side, and so have the figures after it in its paragraph that name no side, and in
        the whole article when the headline or lede gives it; the owner is the country it hangs on, else the one
        country its sentence names ("Kazakhstan has attracted $420 billion in foreign direct investment"); with a
        partner named ("foreign trade with Belarus") it is trade of the pair, and so is the amount of a listed partner
        at `figure` ("Kazakhstan's foreign trade reached $139.8 billion, with China $31.5 billion and with ...")."""
        words = [metric_token, *(c for c in metric_token.children if c.dep_ == "compound")]
        if not any(c.dep_ in ("amod", "compound") and c.lower_ in self.whole_trade_words for w in words for c in w.children):
            return None
        sent = metric_token.sent
        part = part_of_total(sent)
        if part is not None and figure is not None and part[0] <= figure.i <= part[1] and not part[0] <= metric_token.i <= part[1]:
            if any(p.kind in SIDE_KINDS and part[0] <= p.start <= part[1] for p in self.places.within(sent)):
                return None  # "..., of which $1.2 billion went to Kazakhstan": the part's partner makes it the pair's
        named = [p for p in self.places.within(sent) if p.kind in SIDE_KINDS
                 and (part is None or not part[0] <= p.start <= part[1] or part[0] <= metric_token.i <= part[1])]
        # "Kazakhstan received $400 billion of FDI, of which $5 billion from South Korea": the total's sides
        preps = [prep for w in words for prep in w.children if prep.dep_ == "prep"]
        if any(prep.lower_ != "of" and prep.i < p.start <= prep.right_edge.i for prep in preps for p in named):
            return None
        if figure is not None:
            listed, _ = self.roles.listed_partners(metric_token.sent, self.side_places.named(metric_token.sent))
            if any(p.start < figure.i for p in listed):
                return None
        owners = [p for p in named if p.kind == "country" and (metric_token.left_edge.i <= p.start and p.end <= metric_token.i
                  or any(prep.lower_ == "of" and prep.i < p.start <= prep.right_edge.i for prep in preps))]
        pronouns = [c.lower_ for w in words for c in w.children if c.dep_ == "poss" and c.pos_ in ("PRON", "DET")]
        if not owners and pronouns:
            verbs = [t for t in [metric_token, *metric_token.ancestors] if t.pos_ in ("VERB", "AUX")]
            relative = next((t for t in verbs if t.dep_ == "relcl"), None) if pronouns[0] == "whose" else None
            if relative is not None:  # "Kazakhstan, whose foreign trade reached $140 billion, ...": the relative
                held = relative.head  # clause's noun; other places beside the clause are not its
                others = [p for p in named if relative.left_edge.i <= p.start <= relative.right_edge.i]
            else:
                held = next((c for t in verbs for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                others = named
            owners = [p for p in named if p.kind == "country" and held is not None and p.start <= held.i < p.end]
            if any(p.kind == "country" and p.name != owners[0].name for p in others) if owners else False:
                owners = []  # "China, Kazakhstan's largest partner, accounted for $31.5 billion of its foreign trade"
            # "Kazakhstan remains the largest economy of Central Asia, with its total foreign trade of $120 billion"
        if not owners and len({p.name for p in named}) == 1 and named[0].kind == "country":
            owners = named  # "Kazakhstan has attracted $420 billion in foreign direct investment": the one side named
        if not owners:
            return None
        self.totals.add(owners[-1].name)
        if paragraph_of(self.paragraphs, metric_token.sent.start_char) <= 1 and self.article_total is None:
            self.article_total = owners[-1].name  # the headline's or the lede's: what the article is about
        return owners[-1].name

    @staticmethod
    def breakdown(sent: Span, named: list, figure: Token) -> list[str] | None:
        """The sorted sides of a figure of a total broken down by partner ("Kazakhstan's exports reached $79 billion,
        with China accounting for $15 billion"): the one country outside the part (and the bloc it trades with, if
        any) for the total, that country and the part's one partner for the part; None where the sentence is no such
        breakdown."""
        part = part_of_total(sent)
        if part is None or not any(part[0] <= p.start <= part[1] for p in named):
            return None
        outside = [p for p in named if not part[0] <= p.start <= part[1]]
        inside = {p.name for p in named if part[0] <= p.start <= part[1]}
        owners = {p.name for p in outside if p.kind == "country"}
        partners = inside - owners  # "..., of which Kazakh exports made up $30 billion" names no partner
        if len(owners) != 1 or not partners or not all(p.kind in ("country", "bloc") for p in outside):
            return None
        if not part[0] <= figure.i <= part[1]:
            return sorted({p.name for p in outside})  # "Belarus' trade with the EAEU countries ..., including ...": the
            # total of the country with the bloc
        return sorted(partners | owners) if len(partners) == 1 else None


def part_of_total(sent: Span) -> tuple[int, int] | None:
    """The token span of the part a total's sentence gives after it: ", of which $5 billion from Korea", ", among
    them ...", "including $3.5 billion with Kazakhstan"; a relative pronoun or a personal one after "of"/"among"
    opens it and it runs to the end of the sentence, "including" covers its phrase."""
    for tok in sent:
        if tok.lower_ in ("of", "among") and any(c.dep_ == "pobj" and c.pos_ == "PRON" and c.i == tok.i + 1
                                                 for c in tok.children) and tok.i > sent.start \
                and tok.nbor(-1).text in (",", "(", ";", "-", "–", "—"):
            return tok.i, sent.end - 1
        if tok.lower_ == "including" and tok.i > sent.start:
            return tok.i, tok.right_edge.i
        if tok.lower_ == "with" and any(c.dep_ in ("pcomp", "acl") and c.pos_ == "VERB" and any(
                g.dep_ == "nsubj" for g in c.children) for c in tok.children):
            return tok.i, tok.right_edge.i  # "..., with China accounting for $15 billion"
    return None
