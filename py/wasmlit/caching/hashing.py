"""Hash cached functions' arguments by value, as Streamlit does.

Values of pandas objects, numpy arrays and PIL images are hashed from their
data; functions from their source; dataclasses from their fields. Those
libraries are never imported here: a value's type module says what it is, and
the library is then already in ``sys.modules``.

    h = ArgHasher(hash_funcs={MyType: lambda v: v.id})
    h.update(value)          # raises UnhashableTypeError for what it cannot hash
    h.hexdigest()
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import inspect
import pickle
import sys
import types
from collections.abc import Callable, Mapping
from typing import Any

from wasmlit.caching.errors import UnhashableTypeError, fqn_type

HashFuncs = Mapping[Any, Callable[[Any], Any]]

_SCALARS = (str, int, float, complex, bool, type(None))


def _new_digest() -> Any:
    # md5 is only a fingerprint here, never security.
    return hashlib.md5(usedforsecurity=False)


class ArgHasher:
    """Feeds values into one digest; containers recurse, cycles are marked."""

    def __init__(self, hash_funcs: HashFuncs | None = None) -> None:
        self._digest = _new_digest()
        self._funcs: dict[Any, Callable[[Any], Any]] = {}
        for key, func in (hash_funcs or {}).items():
            # By type or by its fully qualified name ("module.QualName").
            name = key if isinstance(key, str) else f"{key.__module__}.{key.__qualname__}"
            self._funcs[name] = func
        self._stack: set[int] = set()

    def hexdigest(self) -> str:
        return str(self._digest.hexdigest())

    def _write(self, tag: str, data: bytes) -> None:
        self._digest.update(f"{tag}:{len(data)}:".encode())
        self._digest.update(data)

    def update(self, value: Any) -> None:
        custom = self._funcs.get(fqn_type(value))
        if custom is not None:
            self._write("custom", fqn_type(value).encode())
            self.update(custom(value))
            return
        if isinstance(value, _SCALARS):
            self._write(type(value).__name__, repr(value).encode())
            return
        if isinstance(value, (bytes, bytearray, memoryview)):
            self._write("bytes", bytes(value))
            return
        if id(value) in self._stack:  # a container that holds itself
            self._write("cycle", b"")
            return
        self._stack.add(id(value))
        try:
            self._update_object(value)
        finally:
            self._stack.discard(id(value))

    def _update_object(self, value: Any) -> None:
        module = type(value).__module__.split(".")[0]
        if module == "pandas":
            self._pandas(value)
        elif module == "numpy":
            self._numpy(value)
        elif module == "PIL" and hasattr(value, "tobytes") and hasattr(value, "mode"):
            self._write("image", f"{value.mode}{value.size}".encode())
            self._write("pixels", value.tobytes())
        elif isinstance(value, (list, tuple)):
            self._write(type(value).__name__, str(len(value)).encode())
            for item in value:
                self.update(item)
        elif isinstance(value, dict):
            self._mapping(type(value).__name__, value)
        elif isinstance(value, (set, frozenset)):
            # Order-free: hash each item alone, then the sorted item hashes.
            digests = sorted(_hash_one(item, self._funcs) for item in value)
            self._write("set", "".join(digests).encode())
        elif isinstance(value, enum.Enum):
            self._write("enum", f"{fqn_type(value)}.{value.name}".encode())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            self._write("dataclass", fqn_type(value).encode())
            for field in dataclasses.fields(value):
                self._write("field", field.name.encode())
                self.update(getattr(value, field.name))
        elif isinstance(value, (types.FunctionType, types.MethodType, types.BuiltinFunctionType)):
            self._write("function", function_fingerprint(value).encode())
        elif isinstance(value, type):
            self._write("type", f"{value.__module__}.{value.__qualname__}".encode())
        elif isinstance(value, types.ModuleType):
            self._write("module", value.__name__.encode())
        else:
            self._fallback(value)

    def _mapping(self, tag: str, value: Mapping[Any, Any]) -> None:
        self._write(tag, str(len(value)).encode())
        for key, item in value.items():
            self.update(key)
            self.update(item)

    def _pandas(self, value: Any) -> None:
        pandas = sys.modules.get("pandas")
        if pandas is None or not hasattr(value, "shape"):
            self._fallback(value)
            return
        self._write("pandas", f"{fqn_type(value)}{value.shape}".encode())
        try:
            if isinstance(value, pandas.DataFrame):
                self.update([str(c) for c in value.columns])
                self.update([str(t) for t in value.dtypes])
            elif hasattr(value, "dtype"):
                self._write("dtype", str(value.dtype).encode())
                self._write("name", repr(getattr(value, "name", None)).encode())
            rows = pandas.util.hash_pandas_object(value, index=True)
            self._write("rows", rows.to_numpy().tobytes())
        except TypeError:  # e.g. unhashable cells (lists): fall back to the pickled frame
            self._fallback(value)

    def _numpy(self, value: Any) -> None:
        numpy = sys.modules.get("numpy")
        if numpy is not None and isinstance(value, numpy.ndarray):
            self._write("ndarray", f"{value.dtype}{value.shape}".encode())
            if value.dtype.hasobject:
                for item in value.ravel():
                    self.update(item)
            else:
                self._write("data", numpy.ascontiguousarray(value).tobytes())
            return
        if numpy is not None and isinstance(value, numpy.generic):
            self._write("npscalar", f"{value.dtype}{value!r}".encode())
            return
        self._fallback(value)

    def _fallback(self, value: Any) -> None:
        """Anything else: its pickled form (as Streamlit's last resort), else unhashable."""
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            raise UnhashableTypeError(fqn_type(value)) from exc
        self._write(fqn_type(value), data)


def _hash_one(value: Any, funcs: dict[Any, Callable[[Any], Any]]) -> str:
    hasher = ArgHasher()
    hasher._funcs = funcs
    hasher.update(value)
    return hasher.hexdigest()


def function_fingerprint(func: Any) -> str:
    """A function's identity for cache keys: its qualified name plus its source code."""
    target = inspect.unwrap(getattr(func, "__func__", func))
    name = f"{getattr(target, '__module__', '')}.{getattr(target, '__qualname__', repr(target))}"
    try:
        source = inspect.getsource(target)
    except (OSError, TypeError):
        code = getattr(target, "__code__", None)
        source = _code_text(code) if code is not None else repr(target)
    return f"{name}\n{source}"


def _code_text(code: types.CodeType) -> str:
    """Source-less functions (exec'd strings): the bytecode and constants instead."""
    consts = [_code_text(c) if isinstance(c, types.CodeType) else repr(c) for c in code.co_consts]
    return f"{code.co_code.hex()}|{consts}|{code.co_names}"
