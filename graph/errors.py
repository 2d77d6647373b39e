"""The error every reader raises for an input it cannot take."""
from __future__ import annotations


class LoadError(Exception):
    """A file that cannot be read as a text; str() is one line naming the file and the reason."""
