"""Which metric a trade figure is of: turnover, export, import, surplus, investment or services.

`MetricWords` reads the word that names a metric ("trade" is turnover, "trade in services" services, a
word in a company's name or a company's own turnover none). `Metrics` finds, for a number, the word it
is of: the trade word written just before it (gapped clauses), else the nearest in the parse, else the
trade noun that is its clause's subject whatever the verb ("exports sank to $500 million"), else a
pronoun or "the figure"/"the volume" that stands for the paragraph's last figure or antecedent
(`antecedents`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...text import DASHES, LIST_MARKS
from ..places import Places
from ..settings import LinkingSettings
from ..syntax import SUBJECTS, clause_subject, closest, opens_sentence, token_words, tree_distance
from .anchors import Anchor, same_clause
from .antecedents import Antecedents
from .metric_phrase import raised_to
from .side_places import trade_words


SIDE_PREPOSITIONS = ("to", "into", "from")  # "sold tractors to Kazakhstan", "bought grain from Kazakhstan"
ONE_SIDE_METRICS = ("export", "import")  # the flows of one side: no goal both sides state ("we", "the two countries")


class MetricWords:
    """Decides which metric a word names, if any: a trade word in a name, in a phrase of another matter, of a
    company's own figure or of domestic investment names none."""

    def __init__(self, doc: Doc, words: dict, metric_of: dict[str, str], places: Places):
        self.doc = doc
        self.lower = token_words(doc).lower  # asked of every word of every sentence
        self.metric_of = metric_of
        self.places = places
        self.company_nouns = set(words["company_nouns"])
        self.not_trade_kinds = set(words["not_trade_turnover_kinds"])
        self.other_heads = set(words["not_trade_heads"]) | self.company_nouns
        self.investment_project_heads = set(words["investment_project_heads"])  # "investment projects worth ..."
        self.project_collections = set(words["project_collections"])  # "a portfolio of investment projects worth ..."
        self.goods_flow_nouns = words["goods_flow_nouns"]  # "commodity circulation": trade when goods flow, and how
        self.goods_words = set(words["goods_words"])
        self.both_ways = set(words["pair_words"])  # "mutual supplies": a flow of both sides is their trade
        self.time_units = set(words["time_units"])  # "exports per year" is a figure, "exports per capita" a ratio
        self.domestic_kinds = set(words["domestic_investment_kinds"])
        self.domestic_objects = set(words["domestic_investment_objects"])
        self.own_side_words = set(words["own_side_words"])  # "in its own economy", "in domestic plants"
        self.side_only_words = set(words["side_only_words"])  # "traded", "sold": the sides' trade only when they trade
        self.partner_nouns = set(words["partner_nouns"])
        self.pair_nouns = set(words["pair_nouns"]) | set(words["pair_words"])  # "the two countries", "the sides"
        self.goal_verbs = set(words["target_verbs"])  # "a memorandum on increasing trade": the verb's trade

    def of_word(self, tok: Token) -> str | None:
        """The metric a word names: "trade" is turnover, "trade in services" services ("services" alone is no
        metric: "goods and services"); a word in a name, in a phrase of another matter ("export contracts") or
        of domestic investment is none."""
        metric = self.metric_of.get(self.lower[tok.i]) or ("turnover" if self._goods_flow(tok) else None)
        if metric is None or tok.ent_type_ == "ORG" or (tok.is_title and tok.pos_ == "PROPN" and not opens_sentence(tok)):
            return None
        if self._in_phrase_of_other_matter(tok) or self.domestic_investment(tok) or self._per_unit(tok):
            return None
        if tok.lower_ in self.side_only_words and not self._between_sides(tok) and not self._beside_trade_verb(tok):
            return None  # "Trading on the exchange reached ...", "the company sold a stake": a market's, not the sides'
        of_services = any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(g.lower_ == "services" for g in c.children)
                          for c in tok.children) or any(c.dep_ == "compound" and c.lower_ == "services" for c in tok.children) \
            or self._services_after(tok)
        if of_services and metric in ("turnover", "export", "import"):
            return "services"  # "trade in services", "exports of services", "services exports"
        if tok.dep_ == "compound" and self.metric_of.get(tok.head.lower_):
            return None  # "trade turnover", "trade surplus": the head word speaks
        if metric in ("export", "import") and any(c.dep_ == "amod" and c.lower_ in self.both_ways for c in tok.children):
            return "turnover"  # "mutual supplies", "mutual deliveries of goods": the flows both ways
        if metric == "turnover" and (self.company_owned(tok) or self._of_kind(tok, self.not_trade_kinds)):
            return None  # "the company's turnover", "cargo turnover", "retail trade", "e-commerce": no trade between sides
        return metric

    def _goods_flow(self, tok: Token) -> bool:
        """ "commodity circulation", "the circulation of goods", "the exchange of goods": a noun of flow that names
        trade when goods flow, in the ways its entry lists ("money circulation", "a commodity exchange" are none)."""
        ways = self.goods_flow_nouns.get(self.lower[tok.i])
        return bool(ways) and any("modifier" in ways and c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.goods_words or
                   "of" in ways and c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in self.goods_words for g in c.children)
                   for c in tok.children)

    def _services_after(self, tok: Token) -> bool:
        """ "bring trade in services between the sides to $1 billion": "in services" written right after the word is
        its own, also where the parser hung the phrase on the verb."""
        return tok.i + 2 < tok.sent.end and self.lower[tok.i + 1] in ("in", "of") and self.lower[tok.i + 2] == "services"

    def _of_kind(self, tok: Token, kinds: set[str]) -> bool:
        """ "cargo turnover", "online trade", "e-commerce", "retail trade turnover": a word of `kinds` qualifies the
        word, as its modifier or its compound's, or joined to it by a hyphen (which the parser does not always read as one word)."""
        hyphenated = tok.i >= 2 and self.doc[tok.i - 1].text == "-" and self.doc[tok.i - 2].lower_ in kinds
        modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod")]
        modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")]
        return hyphenated or any(c.lower_ in kinds for c in modifiers)  # "retail trade turnover": of its compound

    def _beside_trade_verb(self, tok: Token) -> bool:
        """ "the region's enterprises shipped to Kazakhstan products worth $120 million, and bought Kazakh goods for $15
        million": a verb of buying or selling conjoined to a verb of the sides' exports or imports is trade too."""
        return tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.lower_ not in self.side_only_words and \
            self.metric_of.get(tok.head.lower_) in ("export", "import")

    def _between_sides(self, tok: Token) -> bool:
        """ "Belarus and Kazakhstan traded goods worth ...", "the two countries traded", "Belarus sold goods worth ...",
        "the plant sold combines worth $40 million to Kazakhstan", "bought grain from Kazakhstan",
        "Kazakhstan's purchases from Belarus", "its main trading partners": a verb of trading, selling or buying names
        the sides' trade when a side or the pair is its subject, such a noun when a side owns it, its goods are a
        side's or a side does it ("Uzbekistan plans to double purchases of Kazakh grain"), and "trading" when it
        qualifies a partner."""
        if tok.dep_ in ("compound", "amod"):
            return tok.head.lower_ in self.partner_nouns
        while tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECTS for c in tok.children):
            tok = tok.head  # "Kazakhstan sold goods worth ... and bought ...": the subject both verbs share
        if any(s.lower_ in self.pair_nouns or self.places.within(self.doc[s.i : s.i + 1])
               for s in tok.children if s.dep_ in (*SUBJECTS, "poss")):
            return True
        if tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in SIDE_PREPOSITIONS and next(
                (a for a in c.ancestors if a.pos_ in ("VERB", "AUX")), None) == tok and any(
                g.dep_ == "pobj" and self.places.within(self.doc[g.i : g.i + 1]) for g in c.children) for c in tok.subtree):
            return True  # "Gomselmash sold 300 combines worth $40 million to Kazakhstan": a sale to the other side
        if tok.pos_ != "NOUN":
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("of", "from", "to") and self.places.within(self.doc[c.i : c.right_edge.i + 1])
               for c in tok.children):
            return True  # "purchases of Kazakh grain", "sales of Belarusian tractors to Uzbekistan": a side's goods
        verb = tok.head if tok.dep_ == "dobj" else None
        while verb is not None and verb.dep_ in ("xcomp", "conj", "acomp") and not any(c.dep_ in SUBJECTS
                                                                                  for c in verb.children):
            verb = verb.head  # "Uzbekistan is ready to double purchases ...": the subject of the controlling verb
        return verb is not None and any(s.lower_ in self.pair_nouns or self.places.within(self.doc[s.i : s.i + 1])
                                        for s in verb.children if s.dep_ in SUBJECTS)

    def _in_phrase_of_other_matter(self, tok: Token) -> bool:
        """ "export contracts", "the price of exports", "the share of machinery in Belarusian exports", "the trade
        agreement": a trade word inside a noun phrase headed by a contract, price, share, duty or company names what
        that noun is of; the figure, if any, is the noun's. A goal verb the parser hung on the word as an adjective
        ("a memorandum on increasing trade to $3 billion") acts on it: the trade is that verb's object."""
        if any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lower_ in self.goal_verbs and c.i < tok.i for c in tok.children):
            return False
        while tok.dep_ in ("compound", "amod", "nmod", "poss", "pobj", "prep") and tok.head.pos_ not in ("VERB", "AUX"):
            if self.investment_project(tok.head, tok):
                return False  # "20 investment projects worth $2 billion": investment the text calls so
            tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.other_heads:
                return True
        return False

    def investment_project(self, head: Token, modifier: Token | None = None) -> bool:
        """ "investment projects", "Korean investment projects", "a portfolio of investment projects": a project noun
        that an investment word (`modifier`, or one of its own) qualifies is investment, and so is a set of such
        projects; "joint projects", "industrial projects" are not (GUIDELINES)."""
        if head.lower_ in self.project_collections:  # "a portfolio of investment projects": the projects'
            return any(c.dep_ == "prep" and c.lower_ == "of" and any(self.investment_project(g) for g in c.children)
                       for c in head.children)
        if head.lower_ not in self.investment_project_heads:
            return False
        modifiers = [modifier] if modifier is not None else [c for c in head.children if c.dep_ in ("compound", "amod")]
        return any(m.dep_ in ("compound", "amod") and self.metric_of.get(m.lower_) == "investment" for m in modifiers)

    def _per_unit(self, tok: Token) -> bool:
        """ "exports per capita", "investment per head of population": a trade word divided by a unit other than
        time names a ratio, not the sides' figure."""
        return any(c.dep_ == "prep" and c.lower_ == "per" and any(
            g.dep_ == "pobj" and g.lower_ not in self.time_units for g in c.children) for c in tok.children)

    def domestic_investment(self, tok: Token) -> bool:
        """ "invest $3 billion in its own railways", "capital investment": an investment word of no second side."""
        return self.metric_of.get(tok.lower_) == "investment" and self._domestic(tok)

    def _domestic(self, tok: Token) -> bool:
        """ "capital investment", "public investment", "investment in fixed capital", "invested $20 billion in its own
        roads", "invest in the modernisation of domestic plants": a country's investment in itself, with no second
        side."""
        objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
        return any(c.dep_ in ("amod", "compound") and c.lower_ in self.domestic_kinds for c in tok.children) or any(
            g.lower_ in self.domestic_objects or any(t.dep_ == "amod" and t.lower_ in self.own_side_words for t in g.subtree)
            for g in objects)

    def company_owned(self, tok: Token) -> bool:
        """ "the company's turnover", "the turnover of Amkodor", "MTZ's sales", "an exporter with a turnover of":
        a figure a company owns."""
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "pobj" and tok.head.lower_ == "with":
            owners.append(tok.head.head)  # "Amkodor, an exporter with a turnover of $300 million"
        named = owners + [c for owner in owners for c in owner.children if c.dep_ in ("compound", "appos")]
        return any(t.lower_ in self.company_nouns or (t.ent_type_ == "ORG" and not self.places.within(
            self.doc[t.i : t.i + 1])) for t in named)


class Metrics:
    """Decides which metric a number is of, and the word that names it; None when nothing makes it a figure."""

    def __init__(self, doc: Doc, words: dict, metric_words: MetricWords, antecedents: Antecedents, is_change_word,
                 settings: LinkingSettings):
        self.doc = doc
        self.words = words
        self.metric_words = metric_words
        self.antecedents = antecedents
        self.is_change_word = is_change_word
        self.settings = settings
        self.respective_words = set(words["respective_words"])  # "respectively"
        self.whole_words = set(words["whole_trade_words"])  # "Total - $700 million" under a table of trade
        self.excess_verbs = set(words["excess_verbs"])  # "exports exceeded imports by $600 million": a surplus
        self.side_subjects = metric_words.pair_nouns | set(words["first_person_pronouns"]) \
            | set(words["side_representatives"])  # "the two countries", "both sides", "we", "the leaders"
        self.goal_verbs = set(words["target_verbs"])  # "on increasing trade to $3 billion": the trade raised
        self.trade_words = trade_words(words)

    def beside(self, anchor: Anchor) -> Token | None:
        """The trade word right before a number, past prepositions, dashes and hedges: in a gapped clause
        ("exports came to $30 million and imports to $12 million") the only link an amount has to its metric."""
        i = anchor.span.start - 1
        while i >= anchor.span.sent.start and (self.doc[i].lower_ in self.words["gap_words"] or self.doc[i].is_punct
                                               or self.doc[i].lower_ in self.words["qualifiers"]):
            i -= 1
        if i < anchor.span.sent.start or i == anchor.span.start - 1:
            return None  # "trade $1 billion" with nothing between is no gap
        tok = self.doc[i]
        return tok if self.metric_words.of_word(tok) and tok.pos_ in ("NOUN", "PROPN") else None

    def of_number(self, anchor: Anchor, metrics: list[Token], claimed: set[Token]) -> tuple[str, Token] | None:
        """The metric of a number and the word that names it: the trade word written just before it ("imports to
        $12 million", "exports by 11%"), else the nearest in the parse, else the trade noun that is its
        clause's subject however far, else the antecedent of an anaphoric subject or of a noun such as "target" or
        "volume" the number hangs on, or of the sides as a goal's subject ("the two countries aim to reach $1 billion");
        None if it is no figure. A trade word written just before another number (`claimed`) is that number's ("$28
        billion, of which exports - $9 billion"); a goal verb's trade word is the level's it is raised to, whatever the
        parse ("a memorandum on increasing trade ... to $3 billion", `raised_to`)."""
        raised = raised_to(anchor.token, self.goal_verbs, self.trade_words) if anchor.kind == "money" else None
        if raised is not None and self.metric_words.of_word(raised):
            return self.metric_words.of_word(raised), raised  # "on increasing trade ... to $3 billion", misparsed
        excess = self._excess(anchor)
        if excess is not None:
            return "surplus", excess
        respective = self._respective(anchor, metrics)
        if respective is not None:
            return self.metric_words.of_word(respective), respective
        beside = self.beside(anchor) or next((b for b in map(self.beside, anchor.linked) if b is not None), None)
        # "... and reduced imports by 6% to $95 million": the trade word before the amount's own change
        if beside is not None:
            return self.metric_words.of_word(beside), beside
        free = [m for m in metrics if m not in claimed and not self._gapped_after(m, anchor)]
        own = [m for m in free if same_clause(anchor.token, m)]
        subject = clause_subject(anchor.token)
        if not own and subject is not None and self.antecedents.anaphoric(subject) and (
                subject.pos_ == "PRON" if anchor.kind != "money" else self._stated_by(anchor.token, subject.head)):
            return self.antecedents.anaphoric(subject), subject  # "It rose by 12%, while exports went up by 8%", "the
            # figure may reach $43 billion, as new crossings speed up shipments": the anaphor's trade, not another clause's
        near = closest(anchor.token, own or free)  # not "..., and the balance"
        if near is not None and (anchor.kind != "money" or tree_distance(anchor.token, near) <= self.settings.max_metric_distance):
            return self.metric_words.of_word(near), near
        if subject is not None:
            named = [t for t in subject.subtree if self.metric_words.of_word(t)]
            if named:
                tok = closest(subject, named)
                return self.metric_words.of_word(tok), tok
        stated = subject is not None and (anchor.kind != "money" or self._stated_by(anchor.token, subject.head))
        metric = self.antecedents.anaphoric(subject) if stated else None
        if metric is None and subject is not None and subject.lower_ in self.side_subjects:
            verb = next((a for a in anchor.token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            held = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and
                         self.antecedents.is_anaphor(c)), None) if verb is not None else None
            metric = self.antecedents.anaphoric(held)  # "the sides intend to bring this indicator to $1.2 billion":
            subject = held if metric else subject  # the figure it points back at, not the sides' trade
        if metric is None and subject is not None and subject.lower_ in self.side_subjects and \
                self._goal_or_change_verb(anchor.token, subject):
            # "We should reach $1 billion", "The two countries aim to reach ...": the sides' own figure, their trade
            # when the last figure was one side's flow
            metric = self.antecedents.anaphoric(subject, any_word=True)
            metric = "turnover" if metric in ONE_SIDE_METRICS else metric
        if metric:
            return metric, subject
        governing = next((t for a in anchor.token.ancestors for t in (a, *a.children) if self.antecedents.is_anaphor(t) and (
            t.pos_ == "NOUN" or t.dep_ == "dobj")), None)  # "set a target to climb $10 billion", "plan to increase it"
        metric = self.antecedents.anaphoric(governing)
        return (metric, governing) if metric else None

    def total_line(self, anchor: Anchor) -> Token | None:
        """ "Total - $700 million (+10%)", "Overall: $700 million" under a table of trade: the word of a whole that heads
        the amount's line, before a dash or colon, names the table's trade in all (the caller knows the context)."""
        i = anchor.span.start - 1
        while i > anchor.span.sent.start and self.doc[i].lower_ in self.words["qualifiers"]:
            i -= 1
        if i - 1 < anchor.span.sent.start or self.doc[i].text not in (*DASHES, ":"):
            return None
        head = self.doc[i - 1]
        starts_line = head.i == 0 or self.doc.text[head.idx - 1] == "\n" or self.doc[head.i - 1].text in LIST_MARKS
        return head if head.lower_ in self.whole_words and starts_line else None

    def _excess(self, anchor: Anchor) -> Token | None:
        """ "Kazakhstan's exports to Belarus exceeded imports by $600 million": the amount by which one flow exceeds
        the other is the balance (a deficit when imports exceed), named by the exceeding flow."""
        tok = anchor.token
        if tok.dep_ != "pobj" or tok.head.lower_ != "by":
            return None
        verb = next((t for t in (tok.head.head, tok.head.head.head) if t.lower_ in self.excess_verbs), None)
        if verb is None:  # "imports outstripped exports by $2 billion": "by" on the verb or on its object
            return None
        flows = [next((c for c in verb.children if c.dep_ == dep), None) for dep in ("nsubj", "dobj")]
        kinds = [self.metric_words.of_word(c) if c is not None else None for c in flows]
        return flows[0] if set(kinds) == {"export", "import"} else None

    def _respective(self, anchor: Anchor, metrics: list[Token]) -> Token | None:
        """ "Exports and imports amounted to $880 million and $220 million, respectively", "Kazakhstan exported to Belarus
        and imported from it goods worth $230 million and $870 million respectively": coordinated amounts marked as
        respective take, in order, the trade words written before them joined by "and", "or" or commas, as many as there are
        amounts; so do coordinated changes ("Exports and imports grew by 11% and 3% respectively")."""
        sent = anchor.span.sent
        label = anchor.token.ent_type_
        if label not in ("MONEY", "PERCENT") or not any(t.lower_ in self.respective_words for t in sent):
            return None
        first = anchor.token
        while first.dep_ == "conj" and first.head.ent_type_ == label:
            first = first.head
        amounts = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.ent_type_ == label and t.i > first.i
                             and t.head.ent_type_ == label]
        if len(amounts) < 2 or anchor.token not in amounts:
            return None
        words = sorted((m for m in metrics if m.i < first.left_edge.i), key=lambda m: m.i)[-len(amounts):]
        coordinated = len(words) == len(amounts) and all(
            any(t.dep_ == "cc" or t.text == "," for t in between) and not any(t.ent_type_ == label for t in between)
            for between in (self.doc[a.i + 1 : b.i] for a, b in zip(words, words[1:])))  # "exports to X and imports"
        return words[amounts.index(anchor.token)] if coordinated else None

    @staticmethod
    def _gapped_after(metric: Token, anchor: Anchor) -> bool:
        """ "Investment reached $1.4 billion, and trade turnover $6.5 billion": a trade noun after the number that the
        parser hangs on the verb as a conjunct is the subject of a gapped clause of its own, not this number's."""
        head = metric.head if metric.dep_ == "compound" else metric
        return head.i >= anchor.span.end and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and \
            head.head.i < anchor.span.start

    def _goal_or_change_verb(self, tok: Token, subject: Token) -> bool:
        """ "We should ... reach $1 billion", "we have doubled", "the sides intend to bring it to $2 billion": the sides'
        own figure, a verb of reaching or changing on the way from the number to its subject's verb, whose object is
        the number or points back; "raise the capital of the venture to $10 million" is a goal of its object."""
        for ancestor in tok.ancestors:
            if ancestor.lower_ in self.words["target_verbs"] or self.is_change_word(ancestor):
                return not any(c.dep_ == "dobj" and c.i != tok.i and c not in tok.ancestors and not (
                    self.antecedents.is_anaphor(c) and not self.antecedents.of_other_matter(c)) for c in ancestor.children)
            if ancestor == subject.head:
                return False
        return False

    @staticmethod
    def _stated_by(number: Token, verb: Token) -> bool:
        """ "It amounted to $1.1 billion", "they rose 9% to reach $900 million", "it is expected to grow to $2 billion":
        the amount is what the verb of a subject pointing back states, reached through prepositions and infinitives
        only; not an amount inside another noun ("they discussed a $100 million centre") or of another verb ("this
        will allow creating jobs and attracting $100 million")."""
        for tok in number.ancestors:
            if tok == verb:
                return True
            if not (tok.pos_ == "ADP" or tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("xcomp", "advcl")):
                return False
        return False
