"""Meeting records: who met whom (named people), on which day, in which city.

Modules in reading order:
finding:
  finder.py: `find_meetings`: the records of a doc, built from the parts below
  triggers.py: the words that report a meeting, and those that report none
  candidate.py: one mention of a meeting, and how two mentions fill each other in
  separation.py: one mention of several meetings ("met Y on 3 July and Z on 4 July")
  order.py: an earlier or later meeting, or a phase of the one told before
  restatements.py: the mentions (headline, lede, "during the talks") that are one meeting
  context.py: people of a meeting named only in the sentences around it
who:
  participants.py: who takes part, read off the parse of the trigger
  subjects.py: who does what a clause says
  counterparts.py: the named person "his Belarusian counterpart" stands for
  stranded_names.py: names the parser hung away from the meeting's phrase
  pronouns.py: whom a pronoun of the phrase stands for
  quote_speakers.py: who speaks a quote and whom it is told to
  people.py: the people of a doc: full names, titles, organisations, countries
where:
  places.py: the city (or country) the meeting's sentence states
  place_links.py: what a place phrase hangs on, so whether it tells where
  halls.py: the city of the residence or hall it was held at
  venues.py: the visit it was held on, else the dateline
when:
  dates.py: the day of a meeting
  day_mentions.py: the days a doc names, and the article's own day
  article_days.py: days counted from the article's day or the day told last
  visit_days.py: the days of a visit, which tell no day of the meeting
"""
