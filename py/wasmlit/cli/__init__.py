"""The wasmlit command line: build and run (never shipped to the browser)."""
