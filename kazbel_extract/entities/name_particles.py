"""How far a personal name's words run through lowercase particles: "Ursula von der Leyen", "Haitham bin Tariq",
"Adel al-Jubeir"."""
from __future__ import annotations

from .lexicon import Lexicon
from .words import Word


class NameParticles:
    """Decides where a run of name words ends when lowercase particles ("von der", "bin", "al-") stand between
    or are glued to its words, and whether the run crossed one."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def name_end(self, words: list[Word], i: int, in_org: set[int]) -> tuple[int, bool]:
        """End of the name words from `i`, through lowercase particles between them ("Ursula von der Leyen",
        "Haitham bin Tariq") or glued to the next name word ("Adel al-Jubeir"); and whether a particle was crossed."""
        lex, j, crossed = self.lexicon, i, False
        while j < len(words) and words[j].start not in in_org:
            if lex.is_name_candidate(words[j]):
                j += 1
                continue
            if j == i + 1 and lex.is_place_surname(words[i], words[j], words[j + 1] if j + 1 < len(words) else None):
                j += 1  # "Michael Jordan": a place written as the surname ends the name
                break
            if j > i and self._glued_particle(words[j]):
                j, crossed = j + 1, True  # "Adel al-Jubeir"
                continue
            k = j
            while k < len(words) and words[k].key in lex.name_particles and words[k].text.islower():
                k += 1
            if k == j or k >= len(words) or not lex.is_name_candidate(words[k]) or words[k].start in in_org:
                break
            j, crossed = k, True
        return j, crossed

    def needs_a_given_name(self, words: list[Word], i: int, j: int) -> bool:
        """Are all the particles between words `i:j` Romance ones, which the names of companies and venues hold too
        ("Cirque du Soleil"), so that only a given name before them ("Carlos de la Fuente") or a title makes the run
        a person's?"""
        lex = self.lexicon
        crossed = [w for w in words[i:j] if w.text.islower() and w.key in lex.name_particles]
        glued = [w for w in words[i:j] if self._glued_particle(w)]
        return bool(crossed) and not glued and all(w.key in lex.given_name_particles for w in crossed)

    def _glued_particle(self, word: Word) -> bool:
        """A lowercase particle hyphenated to a capitalised name word ("al-Jubeir", "el-Sisi"): a name's word after
        the name's first."""
        head, _, rest = word.text.partition("-")
        return head.islower() and head.casefold() in self.lexicon.name_particles and rest[:1].isupper() and rest[1:].isalpha()
