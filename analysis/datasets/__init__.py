"""Readers of the data sets the toolkit is measured on: the corpora in ``../shared`` and the team's own
annotated sets (stored as character offsets into those texts, never as text).

Nothing here is imported by the prediction steps; evaluation and training read it.
"""
