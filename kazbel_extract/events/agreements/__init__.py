"""Agreement records: agreements, memorandums, protocols, roadmaps, programmes, plans of action, contracts.

Modules in reading order:
  finder.py: `find_agreements`: the records of a doc
  nouns.py: which document nouns name a document here, and of which kind
  titles.py: a document's title as written
  sides.py: whose a programme, roadmap or bloc document is
  status.py: signed, planned or in force
  stages.py: the stage a document's clause states
  groups.py: documents listed in a group take the group's status
  topics.py: one document per subject of a plural noun
  counts.py: a count spelled out by the documents it lists
  restatements.py: one document, one record
  pointing_back.py: what "both documents" or "their roadmap" stands for
"""
