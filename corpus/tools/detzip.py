"""Deterministic zip writing for the DOCX/ODT fixtures (standard library only)."""
import io
import zipfile

FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def build_zip(members):
    """members: list of (name, bytes_or_str, stored?) in archive order. Returns the zip bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data, stored in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, data)
    return buf.getvalue()


def write_or_check(path, data, check):
    """Writes data to path, or with check=True reports whether the committed file differs."""
    if check:
        if not path.exists() or path.read_bytes() != data:
            print(f"differs: {path}")
            return 1
        return 0
    path.write_bytes(data)
    print(f"wrote {path} ({len(data)} bytes)")
    return 0
