"""sourcing family (being written; registers nothing yet)."""
