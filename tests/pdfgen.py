"""Build small PDFs at test time, byte by byte: text pages, encryption, broken and hostile files.

No PDF library writes the hostile cases we need (a corrupt cross-reference table, a
decompression bomb, objects nested 50,000 deep), so this module writes PDF syntax directly
(ISO 32000-1, sections 7.3-7.6). Text uses the standard Helvetica font with WinAnsiEncoding, so
accented French letters come out right. Encryption is the standard security handler, revision 2
(RC4, 40-bit key), which every reader supports.
"""

from __future__ import annotations

import hashlib
import struct
import zlib

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
FILE_ID = bytes.fromhex("6d696e75746965722d74657374732d31")

MINUTES_PAGE = [
    "COMMUNE DE SAINT-TEST",
    "Procès-verbal de la séance du conseil municipal du 12 mars 2024",
    "L'an deux mille vingt-quatre, le douze mars, le conseil municipal s'est réuni en séance.",
    "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND",
    "Secrétaire de séance : Mme Anne MARTIN",
    "1. Approbation du procès-verbal de la séance précédente",
    "Après en avoir délibéré, le conseil municipal adopte à l'unanimité.",
]
INVOICE_PAGE = [
    "FACTURE N° 2024-0117",
    "Imprimerie du Centre - 12 rue des Lilas - 75011 Paris",
    "Client : Mairie de Saint-Test",
    "Désignation : 500 enveloppes à fenêtre, 2 ramettes de papier A4",
    "Total HT : 84,00 €   TVA 20 % : 16,80 €   Total TTC : 100,80 €",
    "Conditions de paiement : 30 jours fin de mois",
]


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def content_stream(lines: list[str]) -> bytes:
    """A page's content: one line of 10-point Helvetica every 14 points from the top."""
    parts = [b"BT /F1 10 Tf 14 TL 56 790 Td"]
    parts += [b"(" + _escape(line) + b") Tj T*" for line in lines]
    parts.append(b"ET")
    return b"\n".join(parts)


class Writer:
    """Objects numbered from 1, written with a correct cross-reference table."""

    def __init__(self):
        self.objects: list[bytes | None] = []
        self.streams: dict[int, bytes] = {}

    def reserve(self) -> int:
        self.objects.append(None)
        return len(self.objects)

    def set(self, number: int, body: bytes) -> int:
        self.objects[number - 1] = body
        return number

    def add(self, body: bytes) -> int:
        return self.set(self.reserve(), body)

    def add_stream(self, data: bytes, extra: bytes = b"", compress: bool = True) -> int:
        number = self.reserve()
        if compress:
            data, extra = zlib.compress(data), extra + b" /Filter /FlateDecode"
        self.streams[number] = data
        return self.set(number, extra)

    def build(self, root: int, encrypt_key: bytes | None = None, encrypt_dict: bytes | None = None) -> bytes:
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        encrypt_ref = b""
        if encrypt_dict is not None:
            number = self.add(encrypt_dict)
            encrypt_ref = b" /Encrypt %d 0 R" % number
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number
            if number in self.streams:
                data = self.streams[number]
                if encrypt_key is not None:
                    data = _rc4(hashlib.md5(encrypt_key + struct.pack("<i", number)[:3] + b"\0\0").digest()[:10], data)
                out += b"<< " + body + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
            else:
                out += body
            out += b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
        out += (b"trailer\n<< /Size %d /Root %d 0 R /ID [<%s> <%s>]" % (len(self.objects) + 1, root, FILE_ID.hex().encode(), FILE_ID.hex().encode())
                + encrypt_ref + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
        return bytes(out)


def _pages(writer: Writer, contents: list[int], resources: bytes | None = None) -> int:
    font = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    parent = writer.reserve()
    resources = resources or b"<< /Font << /F1 %d 0 R >> >>" % font
    kids = [writer.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                       % (parent, resources, c)) for c in contents]
    writer.set(parent, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    return writer.add(b"<< /Type /Catalog /Pages %d 0 R >>" % parent)


def text_pdf(pages: list[list[str]], user_password: str | None = None, owner_password: str = "proprio") -> bytes:
    """A PDF with one page per list of lines; encrypted (RC4 40-bit) when `user_password` is
    given, "" meaning an empty user password (opens without asking, like many town-hall PDFs)."""
    writer = Writer()
    contents = [writer.add_stream(content_stream(lines)) for lines in pages]
    root = _pages(writer, contents)
    if user_password is None:
        return writer.build(root)
    permissions = -4
    owner_key = hashlib.md5((owner_password.encode("latin-1") + PAD)[:32]).digest()[:5]
    o_value = _rc4(owner_key, (user_password.encode("latin-1") + PAD)[:32])
    key = hashlib.md5((user_password.encode("latin-1") + PAD)[:32] + o_value + struct.pack("<i", permissions) + FILE_ID).digest()[:5]
    u_value = _rc4(key, PAD)
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (o_value.hex().encode(), u_value.hex().encode(), permissions)
    return writer.build(root, key, encrypt)


STANDARD_FONTS = {"R": b"Helvetica", "B": b"Helvetica-Bold", "I": b"Helvetica-Oblique"}
UNDERLINE_EM = 0.3  # em per character: an underline that surely ends within the line's letters


def styled_pdf(rows: list[tuple[str, str, float, bool]], stroked: tuple[int, ...] = (), grid: tuple[int, ...] = ()) -> bytes:
    """One page of lines (text, font "R" / "B" / "I", size in points, underlined), 20 points
    apart from the top, at x = 56. The rows whose index is in `stroked` are drawn in Helvetica
    with fill and stroke (a bold a printer fakes); those in `grid` sit in a table cell, ruled
    above, below (just under the text, as an underline would be) and on both sides."""
    parts, y = [], 790.0
    for index, (text, font, size, underline) in enumerate(rows):
        mode = b" 2 Tr" if index in stroked else b" 0 Tr"
        parts.append(b"BT /F%s %.1f Tf%s 56 %.1f Td (" % (font.encode(), size, mode, y) + _escape(text) + b") Tj ET")
        width = UNDERLINE_EM * size * len(text)
        if underline:
            parts.append(b"56 %.1f %.1f 0.7 re f" % (y - 2.0, width))
        if index in grid:
            left, right, low, high = 50.0, 56 + width + 30, y - 2.5, y + size + 2
            parts.append(b"0.5 w %.1f %.1f m %.1f %.1f l S %.1f %.1f m %.1f %.1f l S" % (left, low, right, low, left, high, right, high))
            parts.append(b"%.1f %.1f m %.1f %.1f l S %.1f %.1f m %.1f %.1f l S" % (left, low, left, high, right, low, right, high))
        y -= 20
    writer = Writer()
    content = writer.add_stream(b"\n".join(parts))
    fonts = {key: writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name)
             for key, name in STANDARD_FONTS.items()}
    resources = b"<< /Font << " + b" ".join(b"/F%s %d 0 R" % (k.encode(), n) for k, n in fonts.items()) + b" >> >>"
    return writer.build(_pages(writer, [content], resources))


def minutes_pdf(page_count: int = 2) -> bytes:
    """Minutes of a made-up council, `page_count` pages long."""
    return text_pdf([MINUTES_PAGE + [f"Page {n + 1}"] for n in range(page_count)])


def corrupt_xref(pdf: bytes) -> bytes:
    """The same PDF with every cross-reference offset and the startxref pointer wrong."""
    head, _, tail = pdf.rpartition(b"xref\n")
    table, _, trailer = tail.partition(b"trailer\n")
    lines = table.split(b"\n")
    broken = [line if not line.endswith(b" n ") else b"%010d 00000 n " % (int(line[:10]) * 7 + 13) for line in lines]
    trailer = trailer.replace(b"startxref\n", b"startxref\n9")
    return head + b"xref\n" + b"\n".join(broken) + b"trailer\n" + trailer


def _deflated_blanks(megabytes: int) -> bytes:
    """zlib data inflating to `megabytes` MB of blanks, built in milliseconds: after a full
    flush the compressor restarts, so every 1 MB block compresses to the same bytes."""
    chunk = b" " * (1 << 20)
    co = zlib.compressobj(9)
    first = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    block = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    assert block == co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    end = co.flush()[:-4]
    n, mod = megabytes << 20, 65521
    a, b = (1 + n * 32) % mod, (n + 32 * n * (n + 1) // 2) % mod  # Adler-32 of n blanks
    return first + block * (megabytes - 1) + end + struct.pack(">I", (b << 16) | a)


def bomb_pdf(inflated_mb: int = 4096) -> bytes:
    """A page whose content stream is small on disk but inflates to `inflated_mb` megabytes
    (blanks, deflated twice: a few kilobytes per gigabyte)."""
    writer = Writer()
    content = writer.add_stream(zlib.compress(_deflated_blanks(inflated_mb), 9), b"/Filter [/FlateDecode /FlateDecode]", compress=False)
    return writer.build(_pages(writer, [content]))


def nested_pdf(depth: int = 50_000) -> bytes:
    """A page whose resources hold an array nested `depth` deep (a parser-recursion trap)."""
    writer = Writer()
    content = writer.add_stream(content_stream(MINUTES_PAGE))
    font = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    trap = writer.add(b"[" * depth + b"]" * depth)
    resources = b"<< /Font << /F1 %d 0 R >> /Properties << /Trap %d 0 R >> /ExtGState << /G0 %d 0 R >> >>" % (font, trap, trap)
    return writer.build(_pages(writer, [content], resources))


def image_only_pdf() -> bytes:
    """One page covered by a blank image and without any text layer: a scan as a reader sees it."""
    writer = Writer()
    image = writer.add_stream(b"\xff" * (100 * 140), b"/Type /XObject /Subtype /Image /Width 100 /Height 140 /ColorSpace /DeviceGray /BitsPerComponent 8")
    content = writer.add_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    font = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return writer.build(_pages(writer, [content], b"<< /Font << /F1 %d 0 R >> /XObject << /Im0 %d 0 R >> >>" % (font, image)))


def table_pdf(before: list[str], rows: list[list[str]], widths: list[float], after: list[str] = (),
              ruled: bool = True, size: float = 9.0) -> bytes:
    """One page: lines of text, a table, more lines. A cell's "\\n" wraps its text inside the
    cell ("Chapitr\\ne"); `ruled` draws the grid (a Word export without borders has none)."""
    leading = size + 2
    parts = [b"0.5 w 0 0 0 RG"]
    y = 790.0
    for line in before:
        parts.append(b"BT /F1 %.1f Tf 56 %.1f Td (%s) Tj ET" % (size, y, _escape(line)))
        y -= 14
    y -= 6
    left = 56.0
    xs = [left]
    for width in widths:
        xs.append(xs[-1] + width)
    top = y
    for row in rows:
        height = max(len(cell.split("\n")) for cell in row) * leading + 4
        for x, cell in zip(xs, row, strict=False):
            for k, text in enumerate(cell.split("\n")):
                if text:
                    parts.append(b"BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET" % (size, x + 3, y - size - 1 - k * leading, _escape(text)))
        if ruled:
            parts.append(b"%.1f %.1f m %.1f %.1f l S" % (xs[0], y, xs[-1], y))
        y -= height
    if ruled:
        parts.append(b"%.1f %.1f m %.1f %.1f l S" % (xs[0], y, xs[-1], y))
        for x in xs:
            parts.append(b"%.1f %.1f m %.1f %.1f l S" % (x, top, x, y))
    y -= 20
    for line in after:
        parts.append(b"BT /F1 %.1f Tf 56 %.1f Td (%s) Tj ET" % (size, y, _escape(line)))
        y -= 14
    writer = Writer()
    content = writer.add_stream(b"\n".join(parts))
    return writer.build(_pages(writer, [content]))
