"""Reading files: encodings, discovery, refusals with one sentence."""
import pytest

from store.errors import IngestError
from store.ingest.read import decode, discover

TEXT = "Участие приняли 43 человека из Оша и Джалал-Абада."


@pytest.mark.parametrize("enc", ["cp1251", "koi8_r", "iso8859_5"])
def test_legacy_cyrillic(enc):
    text, used = decode((TEXT + " " + TEXT + " Семинар прошёл успешно.").encode(enc))
    assert text.startswith(TEXT)
    assert used.replace("-", "_").lower() in (enc, "cp1125", "cp866", "mac_cyrillic") or text.startswith(TEXT)


def test_cp866():
    text, _ = decode((TEXT * 3).encode("cp866"))
    assert text.startswith(TEXT)


def test_utf8_bom_and_utf16():
    assert decode("\ufeff".encode() + TEXT.encode()) == (TEXT, "utf-8-sig")
    assert decode(TEXT.encode("utf-16")) == (TEXT, "utf-16")
    assert decode("Өкмөт жана ə".encode()) == ("Өкмөт жана ə", "utf-8")


@pytest.mark.parametrize("data,msg", [(b"", "empty"), (b"   \n", "empty"), (b"abc\x00\x01def", "binary")])
def test_refusals(data, msg):
    with pytest.raises(IngestError, match=msg):
        decode(data, "f.txt")


def test_discover(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("x")
    (tmp_path / "sub" / "c.pdf").write_text("x")
    (tmp_path / "empty").mkdir()
    sources, problems = discover([str(tmp_path), str(tmp_path / "missing.txt"), str(tmp_path / "empty"),
                                  str(tmp_path / "*.txt")])
    assert sorted(s.name for s in sources) == ["a.txt", "b.md"]
    reasons = " ".join(p[1] for p in problems)
    assert "no such file" in reasons and "holds no" in reasons
