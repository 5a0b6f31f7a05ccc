"""Quoted names beside the nouns that announce them: right before a company noun ('the "Zhetysu Agro" company'),
under one through the noun's own phrases ('a plant for the assembly of tractors "Kostanay Agro Mash"'), and the quoted
labels and slogans that are no company's name ('the brand "Made in Kazakhstan"')."""
from __future__ import annotations

from spacy.tokens import Doc

from .shapes import NameShapes
from .words import Word, words_within


class QuotedNames(NameShapes):
    """Decides the token ranges of quoted company names that a descriptor noun announces, and which quoted texts
    are slogans."""

    def before_descriptor(self, doc: Doc, words: list[Word], close: int) -> tuple[int, int] | None:
        """The quoted name closed at word `close` right before a descriptor ('the "Zhetysu Agro" agricultural
        holding'): its words when they open with a name word, are no places alone and no slogan; else None."""
        lex = self.lexicon
        opening = next((k for k in range(close - 1, max(-1, close - 1 - self.max_name_modifiers), -1)
                        if words[k].text in lex.quotes), None)
        if opening is None or opening + 1 == close:
            return None
        name = words[opening + 1:close]
        start, end = name[0].start, name[-1].end
        if (not self.is_name_word(name[0]) or all(lex.is_place(w) for w in name) or name[-1].key in lex.not_org
                or self.slogan(doc, words, start, end)):
            return None
        return start, end

    def under_descriptor(self, doc: Doc, words: list[Word]) -> list[tuple[int, int]]:
        """A quoted name that the parse puts under a company or plant noun through the noun's own phrases ('the joint
        venture for production of textiles in Turkestan "Turkistan Textile"', 'a plant for the assembly of tractors
        "Kostanay Agro Mash"'): that company's name. Not a name that modifies a noun after it ('the "Green Corridor"
        programme'), nor one with a site, a product, an event or a clause's verb on the way up ('a shop in the mall "Mega"',
        'took part in the forum "Astana Mining"', 'a venture for the assembly of the crossover "Chery Tiggo 7"')."""
        lex, ranges, quotes = self.lexicon, [], self.lexicon.quotes
        announcing = lex.descriptors | lex.plant_heads
        for word in words:
            if word.text not in quotes or word.end >= len(doc):
                continue
            close = next((t.i for t in doc[word.end:word.end + self.max_name_modifiers + 1] if t.text in quotes), None)
            name = words_within(words, word.end, close) if close is not None else []
            if (not name or not self.is_name_word(name[0]) or all(lex.is_place(w) for w in name) or name[-1].key in lex.not_org
                    or self.slogan(doc, words, word.end, close)):
                continue
            inside = range(word.end, close)
            root = next((doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head.i == i), None)
            if root is None or root.head.i > close:
                continue  # 'the "Green Corridor" programme': a modifier of the noun after it
            node = root
            for _ in range(self.max_name_words):
                if node.dep_ == "prep" and node.i > 0 and doc[node.i - 1].lower_ in announcing and node.head.pos_ == "VERB":
                    node = doc[node.i - 1]  # "opened the venture [for the production of ...]": the phrase is the noun's
                elif node.dep_ == "ROOT" or node.head.pos_ in ("VERB", "AUX"):
                    break
                else:
                    node = node.head
                if node.lower_ in announcing and node.text.islower() and node.i < word.start:
                    ranges.append((word.end, close))
                    break
                if node.lower_ in lex.sites or node.lower_ in lex.product_nouns or node.lower_ in lex.not_org:
                    break  # 'the resort "Burabay"', 'assembly of the crossover "Chery Tiggo 7"': a site's or a product's name
        return ranges

    def slogan(self, doc: Doc, words: list[Word], start: int, end: int) -> bool:
        """Is the quoted text at tokens `start:end` a phrase led by a verb with a lowercase word in it, or one ending on
        "in" and a place ('the brand "Made in Kazakhstan"', '"Grown in Belarus"'): a label of origin or a slogan, no
        company's name (the guidelines' programmes and initiatives)?"""
        if doc[start].pos_ == "VERB" and any(t.is_lower for t in doc[start + 1:end]):
            return True
        inside = words_within(words, start, end)
        at = next((k for k in range(len(inside) - 1, 0, -1) if inside[k].key == "in"), None)
        return at is not None and at + 1 < len(inside) and self.lexicon.is_place_phrase(inside[at + 1:])

    def is_quoted(self, doc: Doc, start: int, end: int) -> bool:
        quotes = self.lexicon.quotes
        return start > 0 and end < len(doc) and doc[start - 1].text in quotes and doc[end].text in quotes
