"""Across articles: which mentions are one entity (link), what people decided (decisions),
and what is left for a human to judge (review)."""
