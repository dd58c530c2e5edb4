"""The report for T11: a document model, HTML and Markdown renderers, an atomic writer.

``content.build_case_report`` computes the analysis and returns a :class:`Document`;
``html.render`` and ``markdown.render`` turn it into text; ``writer.write_report``
writes ``index.html``, ``report.md``, ``figures/`` and ``data/`` into a folder
atomically. Only the writer touches the file system.
"""
