#!/usr/bin/env python3
"""Writes the corpus CVs that are stored in a non-UTF-8 (or unusual UTF-8) byte form.

The readable UTF-8 source of each CV lives in corpus/tools/src/; this script encodes it into
corpus/cvs/. Standard library only, deterministic output.

    python3 corpus/tools/make_encoded.py          # (re)write the files
    python3 corpus/tools/make_encoded.py --check  # exit 1 if a committed file differs
"""
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent / "cvs"

# Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D have no character in windows-1252.
CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def mojibake(text: str) -> str:
    """UTF-8 text wrongly decoded as windows-1252, as a careless tool would do it.

    Undefined windows-1252 bytes would become U+0081 etc. (what Windows' MultiByteToWideChar does);
    the source text avoids them, and we refuse to produce them so the fixture stays clean.
    """
    raw = text.encode("utf-8")
    bad = sorted({b for b in raw if b in CP1252_UNDEFINED})
    if bad:
        raise SystemExit(f"mojibake source contains bytes undefined in windows-1252: {bad}")
    return raw.decode("cp1252")


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_cp(codec):
    def run(text: str) -> bytes:
        return text.encode(codec)  # strict: fails loudly on an unencodable character
    return run


def latin1(text: str) -> bytes:
    if any(0x80 <= ord(c) <= 0x9F for c in text):
        raise SystemExit("Latin-1 fixture must not use C1 control characters")
    return text.encode("latin-1")


def utf8_bom(text: str) -> bytes:
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def utf16le_bom(text: str) -> bytes:
    return b"\xff\xfe" + crlf(text).encode("utf-16-le")


# source file in src/            -> output file in cvs/, encoder, windows line ends?
JOBS = [
    ("fr-cp1252.txt", "fr-cp1252-colon-headings.txt", encode_cp("cp1252"), True),
    ("es-latin1.txt", "es-latin1.txt", latin1, False),
    ("ru-cp1251.txt", "ru-cp1251.txt", encode_cp("cp1251"), True),
    ("ru-koi8r.txt", "ru-koi8r-allcaps.txt", encode_cp("koi8_r"), False),
    ("mojibake-utf8-as-cp1252.md", "mojibake-utf8-as-cp1252.md",
     lambda t: mojibake(t).encode("utf-8"), False),
    ("utf8-bom-bold-headings.md", "utf8-bom-bold-headings.md", utf8_bom, False),
    ("utf16le-bom.txt", "utf16le-bom-employer-caps-city.txt", utf16le_bom, False),  # CRLF inside
]


def build():
    out = {}
    for src, dst, encoder, windows in JOBS:
        text = (SRC / src).read_text(encoding="utf-8")
        if not unicodedata.is_normalized("NFC", text):
            raise SystemExit(f"{src}: source is not NFC")
        if windows:
            text = crlf(text)
        out[dst] = encoder(text)
    return out


def main(argv):
    check = "--check" in argv
    status = 0
    for name, data in build().items():
        path = OUT / name
        if check:
            if not path.exists() or path.read_bytes() != data:
                print(f"differs: {path}")
                status = 1
        else:
            path.write_bytes(data)
            print(f"wrote {path} ({len(data)} bytes)")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
