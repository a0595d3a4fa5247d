"""multipart/form-data bodies: form fields first, then one file part."""

from __future__ import annotations

import io
import mimetypes
import os
import uuid
from typing import IO, Iterator, List, Optional, Sequence, Tuple, Union

FileInput = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes], IO[str]]

_CHUNK = 64 * 1024


class FilePart:
    """A file to upload: bytes in memory, or a path read in chunks on each attempt."""

    def __init__(self, data: Optional[bytes], path: Optional[str], filename: Optional[str], content_type: str) -> None:
        self.data = data
        self.path = path
        self.filename = filename
        self.content_type = content_type

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return os.path.getsize(self.path)

    def chunks(self) -> Iterator[bytes]:
        if self.data is not None:
            yield self.data
            return
        assert self.path is not None
        with open(self.path, "rb") as f:
            while True:
                chunk = f.read(_CHUNK)
                if not chunk:
                    return
                yield chunk


def file_part(file: FileInput, filename: Optional[str] = None, content_type: Optional[str] = None) -> FilePart:
    """A path (str or PathLike), bytes, or an open file (binary or text)."""
    if isinstance(file, (bytes, bytearray, memoryview)):
        data: Optional[bytes] = bytes(file)
        path = None
    elif isinstance(file, (str, os.PathLike)):
        path = os.fspath(file)
        if not os.path.isfile(path):
            raise FileNotFoundError(f"No file at {path!r} (to upload bytes, pass bytes, not str).")
        data = None
        filename = filename or os.path.basename(path)
    elif hasattr(file, "read"):
        content = file.read()
        data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        path = None
        name = getattr(file, "name", None)
        if filename is None and isinstance(name, str) and not isinstance(file, io.BytesIO):
            filename = os.path.basename(name)
    else:
        raise TypeError("file must be a path, bytes or an open file, not " + type(file).__name__)
    if content_type is None:
        guessed = mimetypes.guess_type(filename or "")[0]
        content_type = guessed or "application/octet-stream"
    return FilePart(data, path, filename, content_type)


class MultipartBody:
    """A form body that can be sent again, byte for byte, on every retry."""

    def __init__(self, fields: Sequence[Tuple[str, str]], file: FilePart, file_field: str = "file") -> None:
        self.boundary = "grivo-" + uuid.uuid4().hex
        head = b"".join(self._field(name, value) for name, value in fields)
        disposition = f'form-data; name="{_quote(file_field)}"'
        if file.filename:
            disposition += f'; filename="{_quote(file.filename)}"'
        head += (
            f"--{self.boundary}\r\nContent-Disposition: {disposition}\r\n"
            f"Content-Type: {file.content_type}\r\n\r\n"
        ).encode("utf-8")
        self._head = head
        self._tail = f"\r\n--{self.boundary}--\r\n".encode("ascii")
        self._file = file

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def length(self) -> int:
        return len(self._head) + self._file.size + len(self._tail)

    def chunks(self) -> Iterator[bytes]:
        yield self._head
        yield from self._file.chunks()
        yield self._tail

    def _field(self, name: str, value: str) -> bytes:
        return (
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"\r\n\r\n{value}\r\n'
        ).encode("utf-8")


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def form_fields(options: dict) -> List[Tuple[str, str]]:
    """Options as form fields: booleans as true/false, lists repeated, None left out."""
    out: List[Tuple[str, str]] = []
    for name, value in options.items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            out.append((name, _text(item)))
    return out


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
