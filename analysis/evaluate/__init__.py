"""Scoring against gold standards: ``polnear`` (quote attribution) and ``newsmtsc`` (target stance).

Each module has a ``main(args)`` that ``python -m analysis evaluate <dataset> PATH`` calls.
"""
