"""``ChatInputValue``: what ``st.chat_input`` returns when it takes files (or audio).

A dict-like object (a ``MutableMapping``) whose keys are also attributes:
``text`` always; ``files`` (always a list) only with ``accept_file``; ``audio``
(an ``UploadedFile`` or None) only with ``accept_audio``. A key that does not
apply is absent: ``value["files"]`` raises ``KeyError`` and ``value.files``
raises ``AttributeError``, as in Streamlit.

Example::

    value = ChatInputValue("hi", files=[], include_files=True)
    value.text, value["files"], value.to_dict()  # "hi", [], {"text": "hi", "files": []}
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from wasmlit.runtime.uploads import UploadedFile

_WHY_ABSENT = {"files": "accept_file=False", "audio": "accept_audio=False"}


class ChatInputValue(MutableMapping[str, Any]):
    """The user's submission: ``text``, and ``files`` / ``audio`` when the widget takes them."""

    text: str
    files: list[UploadedFile]
    audio: UploadedFile | None
    _keys: tuple[str, ...]  # the keys that apply, in order
    _data: dict[str, Any]

    def __init__(
        self,
        text: str,
        files: list[UploadedFile] | None = None,
        audio: UploadedFile | None = None,
        *,
        include_files: bool = False,
        include_audio: bool = False,
    ) -> None:
        keys = ["text"]
        data: dict[str, Any] = {"text": text}
        if include_files:
            keys.append("files")
            data["files"] = list(files or [])
        if include_audio:
            keys.append("audio")
            data["audio"] = audio
        object.__setattr__(self, "_keys", tuple(keys))
        object.__setattr__(self, "_data", data)

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup fails: the keys live in _data.
        data = object.__getattribute__(self, "_data")
        if name in data:
            return data[name]
        if name in _WHY_ABSENT:
            raise AttributeError(
                f"'ChatInputValue' object has no attribute '{name}' ({_WHY_ABSENT[name]})"
            )
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in self._keys:
            raise AttributeError(f"'ChatInputValue' object has no attribute '{name}'")
        self._data[name] = value

    def __getitem__(self, key: str) -> Any:
        if key not in self._data:
            raise KeyError(f"Invalid key: {key}")
        return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._keys:
            raise KeyError(f"Invalid key: {key}")
        self._data[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self._data:
            raise KeyError(f"Invalid key: {key}")
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self._keys if k in self._data])

    def __len__(self) -> int:
        return sum(1 for k in self._keys if k in self._data)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict with the keys that apply."""
        return dict(self.items())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self.to_dict() == other.to_dict()
        if isinstance(other, dict):
            return self.to_dict() == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dict

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.items())
        return f"ChatInputValue({inner})"
