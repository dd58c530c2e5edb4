"""Plots (matplotlib, imported only here). Each function takes a computed result, an
optional ``ax`` and ``lang``, and returns the Axes; nothing is computed here beyond the
layout. One module per family: ``ranking`` (scores, contributions), ``sensitivity``,
``robustness``, ``reproduction``, ``ahp``; every colour, marker, number format and font
size comes from ``style``, and figures become bytes through ``files`` (``draw`` a plot
on a figure of its own size, ``render`` it laid out once)."""
