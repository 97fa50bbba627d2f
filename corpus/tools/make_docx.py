#!/usr/bin/env python3
"""Writes corpus/cvs/docx-table-jobs.docx: a minimal, valid WordprocessingML CV whose jobs are
a TABLE (Dates | Employer | Title), with Heading1/Heading2 paragraph styles defined in
word/styles.xml. Standard library only, deterministic output.

    python3 corpus/tools/make_docx.py [--check]
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from detzip import build_zip, write_or_check

OUT = Path(__file__).resolve().parent.parent / "cvs" / "docx-table-jobs.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1">
  <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
  <w:rPr><w:b/><w:sz w:val="36"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Heading2">
  <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
  <w:rPr><w:b/><w:caps/><w:color w:val="1F4E79"/><w:sz w:val="26"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="ListBullet">
  <w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/>
  <w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>
</w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal">
  <w:name w:val="Normal Table"/>
  <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
</w:style>
<w:style w:type="table" w:styleId="TableGrid">
  <w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
  <w:tblPr><w:tblBorders>
    <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
    <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
    <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
  </w:tblBorders></w:tblPr>
</w:style>
</w:styles>
"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>CV - Hamid Rezaei</dc:title>
<dc:creator>Hamid Rezaei</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-09-14T09:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2026-09-14T09:00:00Z</dcterms:modified>
</cp:coreProperties>
"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>cvdex corpus/tools/make_docx.py</Application></Properties>
"""


def run(text, bold=False, italic=False):
    props = ""
    if bold or italic:
        props = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text="", style=None, bold=False, italic=False, runs=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    body = "".join(runs) if runs is not None else (run(text, bold, italic) if text else "")
    return f"<w:p>{ppr}{body}</w:p>"


def cell(paragraphs, width):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            + "".join(paragraphs) + "</w:tc>")


WIDTHS = (2000, 2600, 4800)


def row(cells, header=False):
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return "<w:tr>" + trpr + "".join(cell(c, w) for c, w in zip(cells, WIDTHS)) + "</w:tr>"


def table(rows):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>" + "".join(rows) + "</w:tbl>")


JOBS = [
    ("Oct 2021 – Present", "Persepolis Cloud GmbH", "Berlin, Germany", "Senior DevOps Engineer",
     ["Run the Kubernetes platform (14 clusters) on AWS for 60 product teams; everything in Terraform.",
      "Introduced Argo CD and Prometheus-based SLO alerting; deployment lead time fell from days to hours."]),
    ("Jan 2018 – Sep 2021", "Caspian Hosting", "Tehran, Iran", "DevOps Engineer",
     ["Automated the OpenStack private cloud with Ansible and Python; provisioning time down from a week to an hour.",
      "Built the first Kubernetes cluster for internal services and the on-call rota around it."]),
    ("Jul 2014 – Dec 2017", "Zagros Networks", "Isfahan, Iran", "Systems Administrator",
     ["Looked after 300 Linux servers and the Nagios monitoring; wrote Bash tooling for backups and patching."]),
]


def document():
    body = []
    body.append(para("Hamid Rezaei", "Heading1"))
    body.append(para("Senior DevOps Engineer · Berlin, Germany"))
    body.append(para("hamid.rezaei@example.com · +49 30 5550 4821 · github.com/hamid-rezaei-example"))

    body.append(para("Profile", "Heading2"))
    body.append(para("DevOps engineer with twelve years of experience running Linux fleets, private clouds and, "
                     "for the last eight years, Kubernetes platforms. I automate the boring parts, write the "
                     "runbook before the incident, and like pairing with developers on their first deployment. "
                     "Moved from Iran to Germany in 2021."))

    body.append(para("Professional Experience", "Heading2"))
    rows = [row([[para("Dates", bold=True)], [para("Employer", bold=True)], [para("Title", bold=True)]], header=True)]
    for dates, employer, city, title, bullets in JOBS:
        rows.append(row([
            [para(dates)],
            [para(employer, bold=True), para(city, italic=True)],
            [para(title, bold=True)] + [para(b, "ListBullet", runs=[run("• " + b)]) for b in bullets],
        ]))
    body.append(table(rows))

    body.append(para("Core Competencies", "Heading2"))
    body.append(para("Kubernetes · Terraform · Ansible · AWS · Azure · Argo CD · Prometheus · Python · Bash · "
                     "Linux · OpenStack · Nomad (evaluated, not used in production)"))

    body.append(para("Volunteering", "Heading2"))
    body.append(para("", runs=[run("2012 – 2017 · Tehran Linux User Group", bold=True),
                               run(" — ran the mailing-list server and organised install fests.")]))

    body.append(para("Education", "Heading2"))
    body.append(para("", runs=[run("2010 – 2014 · BSc Computer Engineering", bold=True),
                               run(" · Zayandeh University of Technology, Isfahan")]))

    body.append(para("Languages", "Heading2"))
    body.append(para("Persian (native), English (fluent), German (B2)"))

    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}"><w:body>'
            + "".join(body) + sect + "</w:body></w:document>\n")


def build():
    return build_zip([
        ("[Content_Types].xml", CONTENT_TYPES, False),
        ("_rels/.rels", ROOT_RELS, False),
        ("word/document.xml", document(), False),
        ("word/_rels/document.xml.rels", DOC_RELS, False),
        ("word/styles.xml", STYLES, False),
        ("docProps/core.xml", CORE, False),
        ("docProps/app.xml", APP, False),
    ])


if __name__ == "__main__":
    sys.exit(write_or_check(OUT, build(), "--check" in sys.argv[1:]))
