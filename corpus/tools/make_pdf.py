#!/usr/bin/env python3
"""Writes the two PDF CVs of the corpus, by hand: one page each, standard 14 Helvetica fonts with
WinAnsiEncoding, text drawn with BT / Tf / Td / Tj (and TJ) / ET, and a correct xref table.
Standard library only, deterministic output.

  corpus/cvs/pdf-one-column.pdf  one column, uncompressed content stream. Traps: the name is drawn
      with TJ and word gaps made by positioning only (no space characters); one date range has its
      dash drawn as a line, not as text, so text extraction sees "2013 2016".
  corpus/cvs/pdf-two-column.pdf  left column (x=50) contact and skills, right column (x=300)
      experience; the text objects are written line by line in y order, alternating columns,
      so that reading the content stream in order mixes the two columns. FlateDecode stream.

    python3 corpus/tools/make_pdf.py [--check]
"""
import sys
import zlib
from pathlib import Path

from detzip import write_or_check

CVS = Path(__file__).resolve().parent.parent / "cvs"

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}

# Helvetica advance widths (1/1000 em) for the characters whose width we need to place things.
DIGIT_WIDTH = 556


def pdf_string(text):
    """A PDF literal string in WinAnsiEncoding (cp1252 is WinAnsi for every character used here)."""
    out = []
    for byte in text.encode("cp1252"):
        if byte in (0x28, 0x29, 0x5C):  # ( ) backslash
            out.append("\\" + chr(byte))
        elif byte < 0x20 or byte >= 0x7F:
            out.append("\\%03o" % byte)
        else:
            out.append(chr(byte))
    return "(" + "".join(out) + ")"


def text_op(x, y, font, size, text):
    return f"BT /{font} {size} Tf {x:g} {y:g} Td {pdf_string(text)} Tj ET"


def tj_words_op(x, y, font, size, words, gap=278):
    """Words separated only by a TJ displacement of `gap` thousandths of an em: no space glyphs."""
    parts = f" -{gap} ".join(pdf_string(w) for w in words)
    return f"BT /{font} {size} Tf {x:g} {y:g} Td [{parts}] TJ ET"


def assemble(content: bytes, compress: bool, title: str) -> bytes:
    """Builds a one-page PDF around a content stream, with exact xref offsets."""
    if compress:
        data = zlib.compress(content, 9)
        stream_dict = f"<< /Length {len(data)} /Filter /FlateDecode >>".encode()
    else:
        data = content
        stream_dict = f"<< /Length {len(data)} >>".encode()
    fonts = " ".join(f"/{k} {5 + i} 0 R" for i, k in enumerate(FONTS))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
         f"/Resources << /Font << {fonts} >> >> /Contents 4 0 R >>").encode(),
        stream_dict + b"\nstream\n" + data + b"\nendstream",
    ]
    for name in FONTS.values():
        objects.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode())
    objects.append(f"<< /Title {pdf_string(title)} /Producer (cvdex corpus/tools/make_pdf.py) >>".encode())
    info_num = len(objects)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_num} 0 R >>\n"
            f"startxref\n{xref_at}\n%%EOF\n").encode()
    return bytes(out)


# --------------------------------------------------------------------------------------------
# One column: José Martínez Ruiz

def one_column() -> bytes:
    ops = []
    y = 790

    def line(text, font="F1", size=10, x=50, step=14):
        nonlocal y
        ops.append(text_op(x, y, font, size, text))
        y -= step

    def gap(points=8):
        nonlocal y
        y -= points

    ops.append(tj_words_op(50, y, "F2", 20, ["José", "Martínez", "Ruiz"]))
    y -= 24
    line("Senior Security Engineer · Sevilla, Spain")
    line("jose.martinez@example.com · +34 955 550 123 · github.com/jmartinez-example")
    gap()
    line("Summary", "F2", 12, step=16)
    line("Application security engineer with thirteen years in networks, banking and security consulting. I like")
    line("making the secure way the easy way: paved-road libraries, fast CI checks and threat models that fit on")
    line("one page. Spanish and English at work; I also read Portuguese.")
    gap()
    line("Professional Experience", "F2", 12, step=16)

    line("Senior Security Engineer | Alhambra Security S.L.", "F2", 10)
    line("May 2020 – Present · Granada", "F3", 10)
    line("• Lead application security for 30 product teams: threat modelling, secure code review, bug bounty.")
    line("• Built SAST and DAST gates in GitLab CI; wrote the internal tooling in Go and Python.")
    line("• Incident commander for two critical incidents; both post-incident reviews published internally.")
    gap(6)

    line("Security Engineer | Giralda Bank", "F2", 10)
    line("Sep 2016 – Apr 2020 · Sevilla", "F3", 10)
    line("• Penetration tests of the mobile banking apps and public APIs; coordinated fixes with 12 teams.")
    line("• Automated vulnerability scanning with Python scripts scheduled on Jenkins.")
    line("• Wrote the bank's first secure coding guide for Java developers.")
    gap(6)

    line("Network Administrator | Tajo Telecom", "F2", 10)
    # "2013 – 2016 · Toledo" with the dash drawn as a filled rectangle instead of a glyph.
    x0 = 50
    w_year = 4 * DIGIT_WIDTH * 10 / 1000  # four digits at 10 pt
    ops.append(text_op(x0, y, "F3", 10, "2013"))
    ops.append(f"{x0 + w_year + 3:g} {y + 3.2:g} 6 0.7 re f")
    ops.append(text_op(x0 + w_year + 12, y, "F3", 10, "2016 · Toledo"))
    y -= 14
    line("• Managed firewalls and VPNs for 40 branch offices on Linux and Cisco IOS.")
    line("• Introduced centralised logging with the ELK stack.")
    gap()

    line("Skills", "F2", 12, step=16)
    line("Security: threat modelling, OWASP ASVS, Burp Suite, Semgrep")
    line("Languages: Python, Go, Java (reading), Bash")
    line("Platforms: Linux, GitLab CI, Jenkins, AWS, Kubernetes (basic)")
    gap()

    line("Projects and Community", "F2", 12, step=16)
    line("Sevilla AppSec Meetup | co-organiser", "F2", 10)
    line("2018 – 2022", "F3", 10)
    line("Monthly talks and workshops for about 150 members.")
    gap(6)
    line("Los Girasoles CTF team | captain", "F2", 10)
    line("2015 – Present", "F3", 10)
    line("Capture-the-flag team; top 50 in two international finals.")
    gap()

    line("Education", "F2", 12, step=16)
    line("MSc Cybersecurity | Universidad de Triana", "F2", 10)
    line("2011 – 2013", "F3", 10)
    gap(6)
    line("Certifications", "F2", 12, step=16)
    line("OSCP (2017)")

    content = ("\n".join(ops) + "\n").encode("latin-1")
    return assemble(content, compress=False, title="CV José Martínez Ruiz")


# --------------------------------------------------------------------------------------------
# Two columns: Anneke van der Berg

LEFT = [
    ("F2", "CONTACT"),
    ("F1", "anneke.vanderberg@example.org"),
    ("F1", "+31 30 555 0172"),
    ("F1", "Utrecht, Netherlands"),
    ("F1", ""),
    ("F2", "SKILLS"),
    ("F1", "Azure"),
    ("F1", "Terraform"),
    ("F1", "Kubernetes"),
    ("F1", "Go"),
    ("F1", "Python"),
    ("F1", "GitHub Actions"),
    ("F1", "Bicep"),
    ("F1", "Pulumi (exploring)"),
    ("F1", ""),
    ("F2", "LANGUAGES"),
    ("F1", "Dutch (native)"),
    ("F1", "English (fluent)"),
    ("F1", "German (good)"),
    ("F1", ""),
    ("F2", "EDUCATION"),
    ("F1", "MSc Computer Science"),
    ("F1", "Rijnland University"),
    ("F1", "2012 – 2014"),
    ("F1", "BSc Computer Science"),
    ("F1", "Rijnland University"),
    ("F1", "2009 – 2012"),
    ("F1", ""),
    ("F2", "TALKS"),
    ("F1", "Cloud Native Utrecht meetup"),
    ("F1", "2019 – 2023, five talks"),
]

RIGHT = [
    ("F2", "EXPERIENCE"),
    ("F2", "Lead Cloud Architect"),
    ("F1", "Tulip Cloud B.V., Amsterdam"),
    ("F3", "Apr 2022 – Present"),
    ("F1", "• Own the landing-zone architecture on Azure"),
    ("F1", "  for 35 enterprise customers, all in Terraform."),
    ("F1", "• Lead five platform engineers; wrote the Go"),
    ("F1", "  operators behind our Kubernetes offering."),
    ("F1", ""),
    ("F2", "Cloud Engineer"),
    ("F1", "Delftware B.V., Delft"),
    ("F3", "Jan 2018 – Mar 2022"),
    ("F1", "• Moved 120 services from VMs to Kubernetes"),
    ("F1", "  on Azure; introduced GitHub Actions pipelines."),
    ("F1", "• Wrote Python tooling for monthly cost reports."),
    ("F1", ""),
    ("F2", "Systems Engineer"),
    ("F1", "Polder Hosting, Utrecht"),
    ("F3", "Sep 2014 – Dec 2017"),
    ("F1", "• Ran Linux hosting for 2,000 small businesses;"),
    ("F1", "  automated provisioning with Python and Ansible."),
    ("F1", "• On-call for the shared hosting platform."),
]


def two_column() -> bytes:
    ops = [text_op(50, 790, "F2", 20, "Anneke van der Berg"),
           text_op(50, 770, "F1", 11, "Lead Cloud Architect · Azure · Platform engineering")]
    top = 735
    step = 13
    for i in range(max(len(LEFT), len(RIGHT))):
        y = top - i * step
        for x, column in ((50, LEFT), (300, RIGHT)):
            if i < len(column) and column[i][1]:
                font, text = column[i]
                size = 10 if font == "F2" else 9.5
                ops.append(text_op(x, y, font, size, text))
    content = ("\n".join(ops) + "\n").encode("latin-1")
    return assemble(content, compress=True, title="CV Anneke van der Berg")


def main(argv):
    check = "--check" in argv
    status = write_or_check(CVS / "pdf-one-column.pdf", one_column(), check)
    status |= write_or_check(CVS / "pdf-two-column.pdf", two_column(), check)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
