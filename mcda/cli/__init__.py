"""The ``mcda`` command line. Each subcommand lives in its own module with a
``register(subparsers)`` function; :mod:`mcda.cli.main` lists them."""
