#!/usr/bin/env python3
"""Writes corpus/cvs/odt-heading-levels.odt: a minimal, valid OpenDocument Text CV with
text:h headings (outline levels 1-3), lists, bold spans, <text:tab/> and <text:s/>.
Standard library only, deterministic output.

    python3 corpus/tools/make_odt.py [--check]
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from detzip import build_zip, write_or_check

OUT = Path(__file__).resolve().parent.parent / "cvs" / "odt-heading-levels.odt"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

MIMETYPE = "application/vnd.oasis.opendocument.text"

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS} office:version="1.2">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
   <style:text-properties fo:font-size="20pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
   <style:text-properties fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
   <style:text-properties fo:font-size="12pt"/>
  </style:style>
 </office:styles>
</office:document-styles>
"""

META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS} office:version="1.2">
 <office:meta>
  <meta:generator>cvdex corpus/tools/make_odt.py</meta:generator>
  <dc:title>CV Ingrid Solberg</dc:title>
  <meta:creation-date>2026-08-30T10:00:00</meta:creation-date>
 </office:meta>
</office:document-meta>
"""


def h(level, text):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{escape(text)}</text:h>'


def p(xml_body):
    return f'<text:p text:style-name="Text_20_body">{xml_body}</text:p>'


def t(text):
    return escape(text)


def bold(text):
    return f'<text:span text:style-name="T1">{escape(text)}</text:span>'


def ul(items):
    return ('<text:list>' + "".join(f'<text:list-item><text:p text:style-name="Text_20_body">{escape(i)}</text:p></text:list-item>'
                                    for i in items) + '</text:list>')


def content():
    b = []
    b.append(h(1, "Ingrid Solberg"))
    b.append(p(t("Senior Backend Engineer · Oslo, Norway")))
    b.append(p(t("ingrid.solberg@example.org") + "<text:s text:c=\"3\"/>" + t("+47 5550 1234")))

    b.append(h(2, "Profile"))
    b.append(p(t("Backend engineer with more than ten years of experience in energy and travel. I build event-driven "
                 "services on the JVM, care about data that stays correct under retries, and enjoy mentoring. "
                 "For two years I also took small freelance jobs alongside my employment.")))

    b.append(h(2, "Experience"))

    b.append(h(3, "Senior Backend Engineer — Nordlys Energi AS"))
    b.append(p(t("Aug 2019 – Present") + "<text:tab/>" + t("Oslo")))
    b.append(ul(["Own the metering and billing services for 400,000 households, written in Kotlin.",
                 "Moved meter readings onto Kafka and made every consumer idempotent; billing disputes fell by half.",
                 "Keep PostgreSQL schemas and migrations healthy for four teams."]))

    b.append(h(3, "Backend Engineer — Fjellstue Booking AS"))
    b.append(p(t("Jan 2016 – Jul 2019") + "<text:tab/>" + t("Bergen")))
    b.append(ul(["Built the cabin search and booking APIs in Java with Elasticsearch and PostgreSQL.",
                 "Ran the weekly release and the on-call rota for the booking team."]))

    b.append(h(3, "Freelance Consultant — Self-employed"))
    b.append(p(t("2017 – 2018") + "<text:tab/>" + t("Evenings and weekends, alongside Fjellstue")))
    b.append(ul(["Python integrations between two ski resorts' ticketing systems and their accounting software."]))

    b.append(h(2, "Volunteering"))
    b.append(h(3, "Volunteer Instructor — Oslo Code Club"))
    b.append(p(t("2018 – 2023") + "<text:tab/>" + t("Oslo")))
    b.append(p(t("Taught Scratch and Python to children aged 9–14 one evening a month.")))

    b.append(h(2, "Skills"))
    b.append(p(bold("Languages: ") + t("Kotlin, Java, Python, SQL, Clojure (hobby)")))
    b.append(p(bold("Data and infrastructure: ") + t("PostgreSQL, Kafka, Elasticsearch, Docker")))

    b.append(h(2, "Education"))
    b.append(p(bold("MSc Informatics") + t(", Trondheim Institute of Science, 2010 – 2015")))

    b.append(h(2, "Languages"))
    b.append(p(t("Norwegian (native), English (fluent), Swedish (understands)")))

    auto = ('<office:automatic-styles><style:style style:name="T1" style:family="text">'
            '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">'
            + auto + "<office:body><office:text>" + "".join(b) + "</office:text></office:body></office:document-content>\n")


def build():
    return build_zip([
        ("mimetype", MIMETYPE, True),  # must be first and stored
        ("META-INF/manifest.xml", MANIFEST, False),
        ("content.xml", content(), False),
        ("styles.xml", STYLES, False),
        ("meta.xml", META, False),
    ])


if __name__ == "__main__":
    sys.exit(write_or_check(OUT, build(), "--check" in sys.argv[1:]))
