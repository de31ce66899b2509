"""Number formats for st.metric's ``format``: printf-style or a named preset.

The presets are the ones Streamlit documents for number columns ("plain",
"localized", "percent", "dollar", "euro", "yen", "pound", "accounting",
"compact", "scientific", "engineering"); anything else is a printf-style
pattern such as ``"%.2f"`` or ``"%d €"``. Locale-dependent presets use the
en-US conventions (a browser locale is not known to Python).

Example::

    format_number(1234.5, "dollar")  # "$1,234.50"
"""

from __future__ import annotations

import decimal
import math

_SUFFIXES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def _grouped(number: float, places: int | None = None) -> str:
    if places is None:
        if float(number).is_integer():
            return f"{int(number):,}"
        return f"{number:,.{min(6, _decimals(number))}f}".rstrip("0").rstrip(".")
    return f"{number:,.{places}f}"


def _decimals(number: float) -> int:
    text = repr(float(number))
    return len(text.split(".")[1]) if "." in text and "e" not in text else 6


def _compact(number: float) -> str:
    for size, suffix in _SUFFIXES:
        if abs(number) >= size:
            scaled = number / size
            return f"{scaled:.1f}".rstrip("0").rstrip(".") + suffix
    return _grouped(round(number, 1))


def _engineering(number: float) -> str:
    if number == 0:
        return "0E0"
    exponent = int(math.floor(math.log10(abs(number)) / 3) * 3)
    mantissa = number / 10**exponent
    return f"{mantissa:.3f}".rstrip("0").rstrip(".") + f"E{exponent}"


def _money(symbol: str, number: float) -> str:
    sign = "-" if number < 0 else ""
    return f"{sign}{symbol}{abs(number):,.2f}"


def format_number(value: int | float | decimal.Decimal, fmt: str) -> str:
    """``value`` shown with ``fmt``; a pattern that does not apply shows it plainly."""
    number = float(value)
    presets = {
        "plain": lambda: str(value),
        "localized": lambda: _grouped(number),
        "percent": lambda: f"{number * 100:,.2f}%",
        "dollar": lambda: _money("$", number),
        "euro": lambda: _money("€", number),
        "yen": lambda: f"{'-' if number < 0 else ''}¥{abs(round(number)):,}",
        "pound": lambda: _money("£", number),
        "accounting": lambda: f"({abs(number):,.2f})" if number < 0 else f"{number:,.2f}",
        "compact": lambda: _compact(number),
        "scientific": lambda: f"{number:.3E}",
        "engineering": lambda: _engineering(number),
    }
    if fmt in presets:
        return presets[fmt]()
    try:
        return fmt % value
    except (TypeError, ValueError):
        return str(value)
