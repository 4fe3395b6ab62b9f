"""Library exceptions; the CLI turns them into click errors with a clear message."""

from __future__ import annotations


class OrggraphError(Exception):
    """A failure the user can act on: a message, never a traceback."""


class GraphFileError(OrggraphError):
    """The graph file is missing or is not valid Turtle."""
