#!/usr/bin/env python3
"""Writes the DOCX and ODT fixtures of tests/unit/test_read_office.cpp (stdlib only).

Run from anywhere: python3 tests/data/office/make_fixtures.py
The output is deterministic (fixed zip timestamps, a seeded generator), so re-running it
changes nothing unless this script changed.
"""
import io
import random
import struct
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAMP = (2024, 1, 1, 0, 0, 0)

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"')


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    """entries: list of (name, bytes or str); returns the archive as bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else compression
            archive.writestr(info, data.encode() if isinstance(data, str) else data)
    return buffer.getvalue()


def write(name, data):
    (HERE / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


# ---- DOCX --------------------------------------------------------------------------------------

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://github.com/janedoe" TargetMode="External"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>"""

# Style ids as a German Word writes them ("berschrift1" = "Überschrift 1"): the w:name is
# what says "heading 1".
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/></w:style>
<w:style w:type="paragraph" w:styleId="SectionHead"><w:name w:val="Section Head"/><w:basedOn w:val="berschrift1"/></w:style>
<w:style w:type="paragraph" w:styleId="CVOutline"><w:name w:val="CV Outline"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Aufzhlungszeichen"><w:name w:val="List Bullet"/><w:basedOn w:val="Standard"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop One"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop Two"/><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="character" w:styleId="Fett"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>"""


def run(text, props=""):
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(content, style=None, ppr=""):
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    props = f"<w:pPr>{style_xml}{ppr}</w:pPr>" if (style or ppr) else ""
    return f"<w:p>{props}{content}</w:p>"


def cell(*paragraphs):
    return "<w:tc><w:tcPr><w:tcW w:w='2000' w:type='dxa'/></w:tcPr>" + "".join(paragraphs) + "</w:tc>"


def table(*rows):
    return ("<w:tbl><w:tblPr><w:tblW w:w='0' w:type='auto'/></w:tblPr><w:tblGrid><w:gridCol w:w='2000'/></w:tblGrid>"
            + "".join("<w:tr>" + "".join(row) + "</w:tr>" for row in rows) + "</w:tbl>")


def numbered(level, num_id=1):
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


TEXT_BOX = (
    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
    "<wps:wsp><wps:txbx><w:txbxContent>" + para(run("Boxed text")) + "</w:txbxContent></wps:txbx></wps:wsp>"
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + para(run("Boxed text"))
    + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")

FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://janedoe.dev" </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("janedoe.dev")
         + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

BODY = "".join([
    para(run("Jane Q. Doe"), "Titel"),
    para(run("jane@example.org") + "<w:r><w:tab/></w:r>" + run("+1 555 0100")),
    para('<w:hyperlink r:id="rId5">' + run("github.com/janedoe") + "</w:hyperlink>"),
    para(run("Experience"), "berschrift1"),
    table([cell(para(run("2019 – 2023"))), cell(para(run("Acme Corp")), para(run("Berlin"))),
           cell(para(run("Senior Engineer")))],
          [cell(para(run("2015 – 2019"))), cell(para("")),
           cell(para(run("Initech")), table([cell(para(run("Engineer"))), cell(para(run("Team Lead")))]))],
          [cell(para(run("2012 – 2015"))), cell(para(run("Hooli", "<w:b/>")), para(run("Intern."))),
           cell(para(run("Wrote tests"), ppr=numbered(0)), para(run("• Fixed bugs")))]),
    para(run("•") + "<w:r><w:tab/></w:r>" + run("Typed bullet")),
    para(run("Key ", "<w:b/>") + run("Achievements", '<w:rStyle w:val="Fett"/>')),
    para(run("Partly ", "<w:b/>") + run("plain")),
    para(run("Not bold after all", '<w:rStyle w:val="Fett"/><w:b w:val="0"/>')),
    para(run("Skills"), "berschrift2"),
    para(run("Python"), ppr=numbered(0)),
    para(run("Django"), ppr=numbered(1)),
    para(run("Rust"), "Aufzhlungszeichen"),
    para(run("Not a bullet"), "Aufzhlungszeichen", numbered(0, 0)),
    para(run("Projects"), ppr='<w:outlineLvl w:val="1"/>'),
    para(run("Education"), "SectionHead"),
    para(run("Honours"), "CVOutline"),
    para(run("Interests"), "Heading4"),
    para(run("Cycling"), "Loop1"),
    para(run("Line one") + "<w:r><w:br/></w:r>" + run("Line two")),
    para(run("Call me") + '<w:del w:id="1" w:author="x"><w:r><w:delText> never</w:delText></w:r></w:del>'
         + '<w:ins w:id="2" w:author="x">' + run(" maybe") + "</w:ins>"),
    para(FIELD),
    para(run("e") + "<w:r><w:noBreakHyphen/></w:r>" + run("mail")
         + '<w:r><w:sym w:font="Wingdings" w:char="F04A"/></w:r>'),
    para(TEXT_BOX + run(" anchor text")),
    '<w:sdt><w:sdtPr><w:alias w:val="Ignored alias"/></w:sdtPr><w:sdtContent>'
    + para(run("In a content control")) + "</w:sdtContent></w:sdt>",
    para(run("Visible") + run(" secret keywords", "<w:vanish/>")),
    para(run("Senior") + run(" ") + run("Developer")),
    table([cell(para(run("Contact"), "berschrift2"), para(run("jane@example.org")), para(run("Berlin"))),
           cell(para(run("Summary"), "berschrift2"), para(run("Engineer who ships.")))]),
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' + run("Tab stop only") + "</w:p>",
    '<w:sectPr><w:headerReference w:type="default" r:id="rId6"/></w:sectPr>',
])

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W_NS}><w:body>{BODY}</w:body></w:document>"""

HEADER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W_NS}>{para(run("CONFIDENTIAL HEADER"))}</w:hdr>"""


def docx(document, styles=STYLES, extra=()):
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
               ("word/document.xml", document), ("word/_rels/document.xml.rels", DOCUMENT_RELS)]
    if styles is not None:
        entries.append(("word/styles.xml", styles))
    return zip_bytes(entries + list(extra))


def patch_entries(data, name, patch):
    """Applies patch(header_bytes, is_central) to the local and central headers of `name`."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, name_offset, is_central in ((b"PK\x03\x04", 30, False), (b"PK\x01\x02", 46, True)):
        start = 0
        while (start := out.find(signature, start)) >= 0:
            length_offset = 26 if not is_central else 28
            name_length = struct.unpack_from("<H", out, start + length_offset)[0]
            if out[start + name_offset:start + name_offset + name_length] == encoded:
                patch(out, start, is_central)
            start += 4
    return bytes(out)


def set_encrypted(out, start, is_central):
    flags_offset = start + (8 if is_central else 6)
    flags = struct.unpack_from("<H", out, flags_offset)[0]
    struct.pack_into("<H", out, flags_offset, flags | 1)


def lie_about_size(out, start, is_central):
    size_offset = start + (24 if is_central else 22)
    struct.pack_into("<I", out, size_offset, 1000)


def make_docx_fixtures():
    write("cv.docx", docx(DOCUMENT, extra=[("word/header1.xml", HEADER)]))

    # A default-namespace document without styles.xml: built-in style ids must still work.
    plain = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body>'
             '<p><pPr><pStyle val="Heading1"/></pPr><r><t>Summary</t></r></p>'
             '<p><pPr><pStyle val="ListParagraph"/></pPr><r><t>Listed</t></r></p>'
             '<p><r><rPr><b/></rPr><t>All bold</t></r></p></body></document>')
    write("nostyles.docx", docx(plain, styles=None))

    rng = random.Random(42)
    write("corrupt.docx", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(2000)))
    write("nodocument.docx", zip_bytes([("hello.txt", "not a Word document")]))
    write("malformed.docx", docx('<?xml version="1.0"?><w:document ' + W_NS + '><w:body><w:p><w:r><w:t>open'))
    write("encrypted.docx", patch_entries(docx(DOCUMENT), "word/document.xml", set_encrypted))

    # 70 MB of spaces deflates to about 70 KB; the declared size alone exceeds the 64 MB default.
    bomb = f'<w:document {W_NS}><w:body><w:p><w:r><w:t>' + " " * (70 << 20) + "</w:t></w:r></w:p></w:body></w:document>"
    write("bomb.docx", docx(bomb))
    # 4 MB that claims to be 1000 bytes: only the cap while inflating can stop it.
    lying = f'<w:document {W_NS}><w:body><w:p><w:r><w:t>' + " " * (4 << 20) + "</w:t></w:r></w:p></w:body></w:document>"
    write("bomb-lying.docx", patch_entries(docx(lying), "word/document.xml", lie_about_size))

    # Exactly 1000 bytes each for the document and the styles: a budget of 1500 lets the document
    # through and stops the styles, because the budget is shared by every part of one file.
    def padded(xml):
        return xml + " " * (1000 - len(xml.encode()))
    budget_doc = padded(f'<w:document {W_NS}><w:body>' + para(run("Budget")) + "</w:body></w:document>")
    budget_styles = padded(f"<w:styles {W_NS}></w:styles>")
    write("budget.docx", docx(budget_doc, styles=budget_styles))

    # Thousands of nested tables and content controls: the reader must not recurse.
    depth = 5000
    deep = (f'<w:document {W_NS}><w:body>' + "<w:sdt><w:sdtContent>" * depth + "<w:tbl><w:tr><w:tc>" * depth
            + para(run("deep")) + "</w:tc></w:tr></w:tbl>" * depth + "</w:sdtContent></w:sdt>" * depth
            + "</w:body></w:document>")
    write("deep.docx", docx(deep))


# ---- ODT ---------------------------------------------------------------------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS}><office:styles>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Heading" style:default-outline-level="1">
   <style:text-properties fo:font-size="130%" fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>
 <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">
   <style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="normal"/></style:style>
</office:automatic-styles></office:document-styles>"""

ODT_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Heading_20_1"/>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="700"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>
   <text:p text:style-name="Title">Jane Q. Doe</text:p>
   <text:h text:style-name="Heading_20_1" text:outline-level="1">Experience</text:h>
   <text:h text:outline-level="2">Acme Corp</text:h>
   <text:p text:style-name="P2">Styled heading</text:p>
   <text:p text:style-name="P1">Bold paragraph</text:p>
   <text:p><text:span text:style-name="T1">Whole</text:span> <text:span text:style-name="Strong_20_Emphasis">bold</text:span></text:p>
   <text:p text:style-name="P1">Bold <text:span text:style-name="T2">but not all</text:span></text:p>
   <text:p>Spaces:<text:s text:c="3"/>three</text:p>
   <text:p>a<text:tab/>b</text:p>
   <text:p>first<text:line-break/>second</text:p>
   <text:p>Visit <text:a xlink:type="simple" xlink:href="https://jane.example.org">my site</text:a></text:p>
   <text:p>
      lots   of
      space   </text:p>
   <text:p>Note<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>footnote text</text:p></text:note-body></text:note></text:p>
   <text:p>Comment<office:annotation><dc:creator>x</dc:creator><text:p>a comment</text:p></office:annotation></text:p>
   <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>deleted text</text:p></text:deletion></text:changed-region></text:tracked-changes>
   <text:list>
    <text:list-item><text:p>Python</text:p></text:list-item>
    <text:list-item><text:p>C++</text:p>
     <text:list><text:list-item><text:p>Qt</text:p></text:list-item></text:list>
    </text:list-item>
   </text:list>
   <table:table table:name="Jobs">
    <table:table-column table:number-columns-repeated="3"/>
    <table:table-header-rows>
     <table:table-row><table:table-cell><text:p>Period</text:p></table:table-cell><table:table-cell><text:p>Employer</text:p></table:table-cell></table:table-row>
    </table:table-header-rows>
    <table:table-row>
     <table:table-cell><text:p>2019 – 2023</text:p></table:table-cell>
     <table:table-cell table:number-columns-spanned="2"><text:p>Acme Corp</text:p><text:p>Berlin</text:p></table:table-cell>
     <table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell><text:p>2015 – 2019</text:p></table:table-cell>
     <table:table-cell><text:p>Initech</text:p><text:list><text:list-item><text:p>Shipped it</text:p></text:list-item></text:list></table:table-cell>
    </table:table-row>
   </table:table>
   <text:p>x<text:s text:c="1000000"/>y</text:p>
   <text:p><draw:frame draw:name="Frame1"><svg:title>Photo</svg:title><draw:text-box><text:p>In a frame</text:p></draw:text-box></draw:frame>Anchor</text:p>
   <text:p></text:p>
  </office:text>
 </office:body>
</office:document-content>"""


def make_odt_fixtures():
    write("cv.odt", zip_bytes([("mimetype", "application/vnd.oasis.opendocument.text"),
                               ("META-INF/manifest.xml", MANIFEST), ("content.xml", ODT_CONTENT),
                               ("styles.xml", ODT_STYLES)]))


if __name__ == "__main__":
    make_docx_fixtures()
    make_odt_fixtures()
