"""``python -m mediakit`` runs the command line."""

from mediakit.cli import main

raise SystemExit(main())
