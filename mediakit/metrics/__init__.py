"""Metric families. Importing this package registers every family, in this order."""

from mediakit.metrics import readability, sensational, sourcing, structure  # noqa: F401  (registration)  # noqa: F401  (registration)
