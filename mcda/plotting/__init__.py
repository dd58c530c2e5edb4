"""Plots (matplotlib, imported only here). Each function takes a computed result and an
optional ``ax`` and returns the Axes or Figure; no computation happens in this package.
One module per family: ``sensitivity``, ``ahp``, ``reproduction``, ``report``."""
