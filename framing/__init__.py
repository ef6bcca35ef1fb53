"""framing — show how a Russian-language news article builds its tone."""

__version__ = "0.1.0"
