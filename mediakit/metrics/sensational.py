"""sensational family (being written; registers nothing yet)."""
