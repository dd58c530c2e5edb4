"""The report of a case: a document model, HTML and Markdown renderers, an atomic writer.

``build.build_case_report`` analyses the case once and returns a :class:`Document`
(the summary from ``summary``, a chapter per decision from ``decision``, the case-level
chapter from ``across``, the appendices from ``appendix`` and ``appendix_numbers``);
``html.render`` and ``markdown.render`` turn it into text; ``writer.write_report``
writes ``index.html``, ``report.md``, ``figures/`` (SVG) and ``data/`` (CSV) into a
folder atomically. Only the writer touches the file system.
"""
