"""Hosts that run a session: the Pyodide worker adapter."""
