"""The runtime: sessions, script runs, widget state and the delta generator."""
