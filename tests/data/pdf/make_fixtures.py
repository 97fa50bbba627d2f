#!/usr/bin/env python3
"""Writes the PDF fixtures of tests/unit/test_read_pdf.cpp by hand (stdlib only).

Run from anywhere: python3 tests/data/pdf/make_fixtures.py
Each PDF uses the standard 14 fonts (Helvetica, Helvetica-Bold; no embedded fonts) and places
text with Tm and Td, so the files stay small and the positions are exact. Output is deterministic.
"""
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGE_WIDTH, PAGE_HEIGHT = 612, 792  # US Letter, points


# ---- a minimal PDF writer ----------------------------------------------------------------------

def pdf_string(text):
    """A literal string in WinAnsiEncoding (cp1252): '•' is 0x95, '–' is 0x96."""
    out = bytearray(b"(")
    for byte in text.encode("cp1252"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 32 or byte > 126:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out + b")")


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, text, size=10, bold=False):
        """One text object placed with Tm."""
        font = b"/F2" if bold else b"/F1"
        self.ops.append(b"BT %s %g Tf 1 0 0 1 %g %g Tm %s Tj ET" % (font, size, x, y, pdf_string(text)))

    def lines(self, x, y, lines, size=10, leading=14):
        """Several lines in one text object, moved down with Td."""
        ops = [b"BT /F1 %g Tf %g %g Td" % (size, x, y)]
        for index, line in enumerate(lines):
            if index:
                ops.append(b"0 %g Td" % -leading)
            ops.append(pdf_string(line) + b" Tj")
        self.ops.append(b" ".join(ops) + b" ET")

    def content(self):
        return b"\n".join(self.ops) + b"\n"


def rc4(key, data):
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
FILE_ID = bytes.fromhex("0123456789abcdef0123456789abcdef")


class StandardSecurity:
    """RC4 40-bit (V 1, R 2) with an empty user password: anyone may open, the owner may edit."""

    def __init__(self, owner_password=b"owner", permissions=-44):
        owner_key = hashlib.md5((owner_password + PASSWORD_PAD)[:32]).digest()[:5]
        self.owner = rc4(owner_key, PASSWORD_PAD)
        self.permissions = permissions
        seed = PASSWORD_PAD + self.owner + (permissions & 0xFFFFFFFF).to_bytes(4, "little") + FILE_ID
        self.key = hashlib.md5(seed).digest()[:5]
        self.user = rc4(self.key, PASSWORD_PAD)

    def encrypt(self, number, data):
        object_key = hashlib.md5(self.key + number.to_bytes(3, "little") + b"\0\0").digest()[:10]
        return rc4(object_key, data)

    def dictionary(self):
        return b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
            self.owner.hex().encode(), self.user.hex().encode(), self.permissions)


def build_pdf(pages, security=None, encrypt_dictionary=None):
    """pages: list of Page. Returns the bytes of a PDF with a correct xref table."""
    objects = {}  # number -> body
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    number = 5
    for page in pages:
        content = page.content()
        if security:
            content = security.encrypt(number + 1, content)
        objects[number] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R "
                           b"/F2 4 0 R >> >> /Contents %d 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT, number + 1))
        objects[number + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
        kids.append(b"%d 0 R" % number)
        number += 2
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages))
    if security:
        encrypt_dictionary = security.dictionary()
    if encrypt_dictionary:
        objects[number] = encrypt_dictionary
        number += 1

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for index in sorted(objects):
        offsets[index] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (index, objects[index])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % number
    for index in range(1, number):
        out += b"%010d 00000 n \n" % offsets[index]
    trailer = b"/Size %d /Root 1 0 R /ID [<%s> <%s>]" % (number, FILE_ID.hex().encode(), FILE_ID.hex().encode())
    if encrypt_dictionary:
        trailer += b" /Encrypt %d 0 R" % (number - 1)
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def write(name, data):
    (HERE / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


# ---- the CVs -----------------------------------------------------------------------------------

def simple_cv():
    """One column, two pages: headings by size, right-aligned dates, bullets, a hyphenated line,
    page numbers."""
    first = Page()
    first.text(72, 730, "Jane Q. Doe", size=24, bold=True)
    first.text(72, 708, "Berlin · jane@example.org · +49 30 1234567")
    first.text(72, 676, "Experience", size=14, bold=True)
    first.text(72, 656, "Senior Engineer, Acme Corp", bold=True)
    first.text(480, 656, "2019 – 2023")  # right-aligned dates: not a second column
    first.text(72, 642, "• Led a team of five engineers")
    first.text(72, 629, "•", size=8)  # a bullet glyph on a baseline of its own ...
    first.text(84, 619, "Reduced cloud costs by 30%")  # ... merged with the next line
    first.lines(72, 604, ["Responsible for the re-", "design of the billing system.",
                          "Mentored two junior developers."])
    first.text(72, 550, "Education", size=14, bold=True)
    first.text(72, 530, "MSc Computer Science, TU Berlin", bold=True)
    first.text(480, 530, "2013 – 2015")
    first.text(300, 40, "1", size=9)  # page number
    second = Page()
    second.text(72, 730, "Skills", size=14, bold=True)
    second.text(72, 710, "Python, Go, PostgreSQL, Kubernetes")
    second.text(72, 696, "Java")
    second.text(94, 696, "Script")  # two boxes that touch: one word
    second.text(72, 682, "- Docker")  # a dash bullet ...
    second.text(72, 668, "-5% churn")  # ... but not a negative number
    second.text(72, 654, "Certified", bold=True)  # drawn twice: fake bold
    second.text(72.3, 654, "Certified", bold=True)
    second.text(72, 640, "Kubernetes Administrator")
    second.text(72, 626, "self-")  # a compound split at the line end ...
    second.text(72, 612, "Motivated")  # ... followed by a capital: kept apart
    second.text(72, 60, "2024")  # a year alone at the bottom is not a page number
    second.text(286, 40, "Page 2 of 2", size=9)
    return [first, second]


def two_column_cv():
    """A sidebar (contact, skills, languages) left of the gutter, experience right of it, under a
    full-width header. The columns have different line spacings, so their baselines interleave."""
    page = Page()
    page.text(160, 750, "John Smith", size=22, bold=True)
    left = [("Contact", True), ("john@example.com", False), ("+1 555 0199", False), ("Skills", True),
            ("Go", False), ("Rust", False), ("PostgreSQL", False), ("Docker", False), ("Languages", True),
            ("English", False), ("German", False)]
    y = 700
    for text, heading in left:
        page.text(40, y, text, size=12 if heading else 10, bold=heading)
        y -= 17
    right = [("Experience", True), ("Backend Developer, Globex", False), ("2020 – 2024", False),
             ("Built payment APIs in Go and PostgreSQL.", False), ("Software Engineer, Initech", False),
             ("2016 – 2020", False), ("Maintained the billing system.", False), ("Education", True),
             ("BSc Informatics, KIT", False), ("2012 – 2016", False)]
    y = 702
    for text, heading in right:
        page.text(230, y, text, size=12 if heading else 10, bold=heading)
        y -= 19
    page.text(40, 60, "References available on request from the author of this CV.")
    return [page]


def aligned_two_column_cv():
    """Two columns set with the same leading from the same top, so their rows pair up like a
    table's; the sidebar is longer than the main column."""
    page = Page()
    page.text(50, 760, "Maria Rossi", size=20, bold=True)
    left = ["CONTACT", "maria@example.org", "Milan, Italy", "", "SKILLS", "Java", "Kotlin", "Spring", "Kafka",
            "", "LANGUAGES", "Italian", "English", "", "EDUCATION", "MSc Informatics", "2008 – 2010"]
    right = ["EXPERIENCE", "Tech Lead, Duomo Data", "2018 – 2024", "Led the streaming team.", "",
             "Developer, Navigli Soft", "2010 – 2018", "Built the billing backend."]
    for i in range(max(len(left), len(right))):
        y = 720 - 13 * i
        for x, column in ((50, left), (300, right)):
            if i < len(column) and column[i]:
                page.text(x, y, column[i], bold=column[i].isupper())
    return [page]


def date_column_cv():
    """Dates in a left column beside the jobs they belong to: a table, not two columns."""
    page = Page()
    page.text(50, 740, "Experience", size=14, bold=True)
    y = 712
    jobs = [("2021 – 2024", "Staff Engineer, Umbrella"), ("2018 – 2021", "Senior Engineer, Globex"),
            ("2015 – 2018", "Engineer, Initech"), ("2013 – 2015", "Intern, Hooli")]
    for dates, title in jobs:
        page.text(50, y, dates)
        page.text(170, y, title, bold=True)
        page.lines(170, y - 14, ["Built and ran services for millions of users.", "Led migrations."])
        y -= 50
    page.text(50, y, "Education", size=14, bold=True)
    for dates, degree in [("2010 – 2013", "MSc Physics, Uni Bonn"), ("2007 – 2010", "BSc Physics, Uni Bonn")]:
        y -= 20
        page.text(50, y, dates)
        page.text(170, y, degree)
    return [page]


def main():
    simple = build_pdf(simple_cv())
    write("simple.pdf", simple)
    write("two-column.pdf", build_pdf(two_column_cv()))
    write("two-column-aligned.pdf", build_pdf(aligned_two_column_cv()))
    write("date-column.pdf", build_pdf(date_column_cv()))
    # An /Encrypt dictionary whose /U does not match the empty password: a password is needed.
    locked = (b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -44 >>")
    write("encrypted.pdf", build_pdf(simple_cv()[:1], encrypt_dictionary=locked))
    # Properly encrypted with an empty user password: every viewer opens it without asking.
    write("encrypted-no-password.pdf", build_pdf(simple_cv()[:1], security=StandardSecurity()))
    write("truncated.pdf", simple[:300])


if __name__ == "__main__":
    main()
