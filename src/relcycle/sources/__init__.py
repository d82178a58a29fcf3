"""Readers: case folders, text/docx/pdf files, encodings, segments and time placement."""
