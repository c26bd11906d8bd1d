"""Validation of each metric family against public corpora (see docs/)."""
