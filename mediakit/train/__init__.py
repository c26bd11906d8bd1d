"""Fitting the learned parts of the metric families (development only).

These modules need scikit-learn, a development dependency: they write the numbers the
families ship (``mediakit/data/*.json``) and are never imported at run time.
"""
