"""Scores shared by the evaluations: precision, recall and F1 from counts."""

from __future__ import annotations


def prf(tp: float, n_predicted: int, n_gold: int, *, digits: int = 1) -> dict[str, float]:
    """Precision, recall and F1 in percent, rounded to ``digits``.

    ``tp`` is the number of predictions that match a gold item (a float where partial
    credit is given); an empty prediction or gold set scores 0, never a division error.
    """
    p = tp / n_predicted if n_predicted else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(100 * p, digits),
        "recall": round(100 * r, digits),
        "f1": round(100 * f, digits),
    }
