"""Text segmentation: the only place mediakit splits text.

Modules: :mod:`~mediakit.text.parse` (``parse`` -> ``Doc``, once per article),
:mod:`~mediakit.text.segment` (paragraphs, sentences, words),
:mod:`~mediakit.text.tokens` (word and punctuation tokens with offsets),
:mod:`~mediakit.text.syllables`, :mod:`~mediakit.text.boilerplate`.
"""
