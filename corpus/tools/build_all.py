#!/usr/bin/env python3
"""Regenerates every generated file of the corpus (encoded texts, DOCX, ODT, PDF).

    python3 corpus/tools/build_all.py          # rewrite corpus/cvs/ generated files
    python3 corpus/tools/build_all.py --check  # exit 1 if a committed file differs from a fresh build

Standard library only. Output is deterministic for a given Python/zlib; DOCX, ODT and the
two-column PDF contain deflate streams, so a different zlib build could change their bytes
(not their content).
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["make_encoded.py", "make_docx.py", "make_odt.py", "make_pdf.py"]


def main(argv):
    status = 0
    for script in SCRIPTS:
        status |= subprocess.call([sys.executable, str(HERE / script), *argv], cwd=HERE)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
