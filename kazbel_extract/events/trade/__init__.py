"""Trade records: one per figure of trade, exports, imports, surplus, investment or services.

Modules in reading order:
figures:
  finder.py: `find_trade`: the records of a doc, built from the parts below
  anchors.py: the numbers a record is built on, and which change belongs to which amount
  exclusions.py: numbers near trade words that are no trade figure
  money_kinds.py: money of another matter (a loan, aid, a project's cost) by its noun or its own phrase
  metrics.py: which metric a figure is of
  metric_phrase.py: the phrase of a metric word: its noun, verb and place
  antecedents.py: what a word pointing back at a figure stands for
  comparisons.py: amounts that are a comparison's base, not a figure
  records.py: the record of one figure
  status.py: result, goal or expectation
periods:
  periods/: which period a figure is of (`periods/resolver.py`, `periods/sentence_dates.py`)
  titles.py: titles and the paragraphs they head
sides:
  parties.py: the sides of a figure, from the text only
  side_places.py: where a place stands in its sentence as a side
  sole_sides.py: a figure of one side alone
  article_pair.py: the pair of sides an article is about
  totals.py: a country's trade with the world and its breakdown by partner
  partners.py: a place as the partner or owner of a trade word
  investors.py: who invests, where the investment's phrase names no owner
reporter:
  reporters.py: whose export or import a figure is
  referents.py: the side "its exports", "the country's trade" point back at
  speakers.py: the side of a figure given in the first person ("our exports")
"""
