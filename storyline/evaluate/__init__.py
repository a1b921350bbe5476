"""Evaluation of Storyline against external labelled datasets."""
