"""The one exception type the CLI turns into a one-line message and exit code 2."""


class FramingError(Exception):
    """A problem with the user's input or with the tool's own data (model, lexicon).

    The message is one line, meant to be printed as is: ``error: <message>``.
    """
