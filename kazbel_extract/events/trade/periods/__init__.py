"""Which period a trade figure is of. Period strings and the calendar are read by the shared
`events/period_parsing.py` (the lexicon's calendar is built from it).

Modules in reading order:
  resolver.py: `PeriodResolver`: the period of a figure, from its clause and the text before it
  sentence_dates.py: the dates of one sentence and what each is (period, base, back-reference)
"""
