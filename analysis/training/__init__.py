"""Trainers of the stance models: the text model (NewsMTSC), the speaker model (the team's stance set) and the
optional encoder. Training reads :mod:`analysis.stance` (the same features as prediction); prediction never
imports training."""
