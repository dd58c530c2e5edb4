"""Parts of the one translation table (:data:`mcda.i18n.TRANSLATIONS`), by subject.

Each module holds a ``dict[key, {"da": ..., "en": ...}]``; :mod:`mcda.i18n` merges them,
so every text is still looked up with :func:`mcda.i18n.t` and a test checks that each
key has both languages.
"""
