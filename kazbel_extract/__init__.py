"""kazbel_extract: structured records from English news on Belarus-Kazakhstan relations.

    >>> import kazbel_extract
    >>> article = kazbel_extract.extract(text, published="2018-10-31")
    >>> article.to_dict()["events"]
"""
from .article import extract
from .batch import Failure, WorkerError, extract_many
from .pipeline import load
from .reader import StoreError, open_store
from .records import Agreement, Article, Entity, Event, Evidence, JointVenture, Meeting, Trade

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "Failure", "WorkerError", "load", "open_store", "StoreError", "Article",
           "Entity", "Event", "Evidence", "Meeting", "Trade", "JointVenture", "Agreement", "__version__"]
