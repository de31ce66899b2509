"""Helpers imported by the multi-file example."""


def describe(row: dict[str, str]) -> str:
    """One sentence about a city row from cities.csv."""
    return f"{row['city']} is in {row['country']} and has about {row['population']} people."
