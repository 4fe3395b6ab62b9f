"""Exporters: each writes the KnowledgeGraph alone to one format."""

FILE_NAMES = {"ttl": "orggraph.ttl", "graphml": "orggraph.graphml", "html": "orggraph.html",
              "jsonld": "orggraph.jsonld"}
