"""Metadata parsers: headlines, authors, dates, datelines."""
