"""Renderings of a plan for paper and other programs (reportlab; never Qt)."""
