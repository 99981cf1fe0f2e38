from __future__ import annotations

import codecs

import pytest

from briefing.model import Problem
from briefing.sources import iter_load
from briefing.sources.decode import BinaryFile, decode
from tests.conftest import shared


def test_bbc_file_that_is_not_utf8_loads_as_cp1252() -> None:
    path = shared("corpus/bbc/sport/199.txt")
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text, encoding = decode(raw)
    assert encoding == "cp1252"
    assert "\ufffd" not in text
    [article] = list(iter_load([str(path)]))
    assert not isinstance(article, Problem) and article.title


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + "Café “quoted”".encode(), "Café “quoted”"),
        (codecs.BOM_UTF16_LE + "Café “quoted”".encode("utf-16-le"), "Café “quoted”"),
        (codecs.BOM_UTF16_BE + "Café “quoted”".encode("utf-16-be"), "Café “quoted”"),
        ("Café “quoted”".encode("cp1252"), "Café “quoted”"),
        ("Café".encode("latin-1"), "Café"),
    ],
)
def test_encodings(data: bytes, expected: str) -> None:
    assert decode(data)[0] == expected


def test_nul_bytes_in_the_first_8k_mean_binary() -> None:
    with pytest.raises(BinaryFile):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryFile):  # UTF-16 without its BOM is indistinguishable from binary here
        decode("Headline\n\nBody.".encode("utf-16-le"))
    with pytest.raises(BinaryFile):
        decode(b"Mostly text\x00 with one NUL")
    assert decode(b"x" * 8192 + b"\x00 after the first 8 KB")[1] == "utf-8"


def test_binary_file_is_a_problem_and_the_rest_load(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02\x03binary\xff\xfe\x00")
    (tmp_path / "b.txt").write_text("Good headline\n\nGood body.", encoding="utf-8")
    items = list(iter_load([str(tmp_path)]))
    assert [type(item).__name__ for item in items] == ["Problem", "Article"]
    assert items[0].path.endswith("a.txt") and "binary" in items[0].reason
