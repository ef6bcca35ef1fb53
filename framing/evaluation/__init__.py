"""Evaluation against labelled data: the data sets (``datasets``, stdlib only, shared with training),
the scores (``metrics``), and the evaluations behind ``framing model evaluate`` (``sentiment``) and
``framing lexicon evaluate`` (``lexicon``)."""
