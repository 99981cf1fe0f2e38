"""Fuzzy search over every loaded article (rapidfuzz), built once per load."""
