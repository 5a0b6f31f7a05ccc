"""Joint-venture records: joint ventures, joint companies and enterprises, assembly plants and lines.

Modules in reading order:
  finder.py: `find_joint_ventures`: the records of a doc
  mentions.py: which words mention a joint venture, and with which count
  assembly.py: assemblies told by a verb
  owners.py: owners that make a company or a production joint
  status.py: operating or planned, or no record
"""
