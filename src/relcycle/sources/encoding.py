"""Decode a source file's bytes: detect its encoding, never guess it wrong silently.

The order of the checks:

1. byte-order marks (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. files that are not text at all (NUL bytes, the magic numbers of PDF, zip,
   images, old Word files) are refused, unless the NUL bytes are those of
   UTF-16 saved without a byte-order mark: the file then decodes strictly as
   UTF-16 LE or BE to text with no control characters, all of it letters,
   digits, punctuation or CJK, and either mostly ASCII or Chinese that scores
   as such (see 4.);
3. strict UTF-8;
4. strict decodes of GB18030 (a superset of GBK and GB2312), Big5 (or, where
   Big5 fails, Big5-HKSCS, which adds the Cantonese characters of Hong Kong
   text: 嘅 哋 咗 啲) and cp1252, scored. Chinese candidates are scored by the
   share of their non-ASCII characters that are among a few hundred very
   common Chinese characters and punctuation marks (simplified, traditional
   and Cantonese): real text scores 0.5-0.9,
   bytes decoded with the wrong Chinese codec score below 0.15, and this holds
   on two-line notes where statistical detectors fail. cp1252 is taken for
   Western text (few non-ASCII characters) when no Chinese reading is plausible.

A file that looks like UTF-8 with a damaged byte is refused rather than read
as mojibake, and the error names the byte offset.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from relcycle.errors import SourceReadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file; name it .pdf"),
    (b"PK\x03\x04", "a zip archive (.docx, .xlsx ...); name it .docx if it is a Word file"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Office file (.doc); save it as .docx or .txt"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
)

# The private-use area: what GB18030 makes of many Big5 byte pairs.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")

# Very common Chinese characters and punctuation, simplified and traditional.
_COMMON_ZH = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自"
    "之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些"
    "主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正"
    "业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回"
    "特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平"
    "系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命"
    "山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完"
    "设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争"
    "运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫"
    "台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线"
    "似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标"
    "谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投"
    "某案黑维革划敢购买项社工合同评估居民街道镇村志愿者审批上报台账方案活动中心宣传主任会议"
    "要求题况系作参与核监督源站签订续招标季星期昨明春夏秋冬午晚阶段展举配沟协矛盾信任依赖独"
    "压检汇材料拨付位延迟啊嗯呃哦吧呀嘛俩谢湾买卖钱块元"
    "們這個國來為說時會過發後裡麼於著對動學樣現當沒進點開間問實體經長與從種還應戰頭見兩產業"
    "機將總電數親書張關話邊讓記專領傳師觀運導爭飛風車轉遠備帶連調團黨華級離況亞請際約質須視"
    "線斷滿復醫歷號盡選響雖參勢眾農廣顯輕圖類題區條權變聽氣處報難隊場設計義無東門兒認結語僅"
    "較註講歡錢員識藝鎮購買項務評鄉誌願費審帳劃議辦組織責溝協賴獨壓檢彙匯標資撥續簽訂階舉負"
    "週該濟議嗎裏謝臺灣賣塊"
    "嘅哋咗啲嗰唔佢冇喺咁噉嘢睇乜嚟畀晒啱諗講搵俾"  # Cantonese, as Hong Kong text writes it
    "，。、；：？！“”‘’（）《》…—·「」『』【】"
)
_SAMPLE_CHARS = 20_000
_WINDOW = 32_768
_PLAUSIBLE_ZH = 0.3
_WESTERN_MAX_NON_ASCII = 0.3
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
# UTF-16 read without a byte-order mark: no control characters but line ends and
# tabs, and (nearly) every character a letter, digit, punctuation or CJK.
_UTF16_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ue000-\uf8ff]")
_UTF16_TEXT_CHARS = re.compile(
    "[\t\n\r\x20-\x7e\xa0-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
)
_UTF16_PLAUSIBLE = 0.97


def _fail(path: str | Path, message: str, line: int | None = None) -> SourceReadError:
    return SourceReadError(message, path=path, line=line)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``data`` as UTF-16 text when it is that, saved without a byte-order mark."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _strict(data, encoding)
        if text is None or _UTF16_NOT_TEXT.search(text):
            continue
        sample = text[:_SAMPLE_CHARS]
        if len(_UTF16_TEXT_CHARS.findall(sample)) < _UTF16_PLAUSIBLE * len(sample):
            continue
        non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
        if non_ascii <= _WESTERN_MAX_NON_ASCII * len(sample) or _zh_score(sample) >= _PLAUSIBLE_ZH:
            return text, encoding
    return None


def _refuse_binary(data: bytes, path: str | Path) -> tuple[str, str] | None:
    """Refuse what is not text; UTF-16 without a byte-order mark is returned decoded."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _fail(path, f"is not a text file: it looks like {what}")
    nul = data.find(b"\x00")
    if nul >= 0:
        if (found := _utf16_without_bom(data)) is not None:
            return found
        raise _fail(
            path,
            f"is not a text file: NUL byte at byte offset {nul} (binary data, or UTF-16 "
            "without a byte-order mark); save it as UTF-8 text",
        )
    return None


def _zh_score(text: str) -> float:
    """Share of the non-ASCII characters of ``text``'s start that are common Chinese.

    Private-use characters count against it: GB18030 maps many Big5 byte
    pairs into the private-use area, and real text hardly ever holds one
    (Big5 ``菜價漲了`` read as GB18030 is ``垫基害`` and U+E5EC).
    """
    sample = text[:_SAMPLE_CHARS]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if non_ascii == 0:
        return 0.0
    common = sum(map(_COMMON_ZH.__contains__, sample))
    private = len(_PRIVATE_USE.findall(sample))
    return (common - private) / non_ascii


def _non_ascii_share(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _HIGH_BYTES))) / len(data)


def _looks_like_damaged_utf8(data: bytes, bad_at: int) -> bool:
    """Whether the bytes around the first bad one read as UTF-8 nearly everywhere else."""
    window = data[max(0, bad_at - _WINDOW) : bad_at + _WINDOW]
    high = len(window) - len(window.translate(None, _HIGH_BYTES))
    in_sequences = len(window) - len(_UTF8_SEQ.sub(b"", window))
    return in_sequences >= 6 and in_sequences >= 0.9 * high


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """Decode a text file's bytes, detecting the encoding.

    The text is returned as decoded (a UTF-8 byte-order mark is dropped;
    nothing else is changed): pass it to :func:`relcycle.sources.text.normalise`.

    Args:
        data: The file's bytes.
        path: The file, for error messages.

    Returns:
        The text and the name of the encoding it was decoded from (``utf-8``,
        ``utf-8-sig``, ``utf-16-le``, ``utf-16-be``, ``utf-32-le``,
        ``utf-32-be``, ``gb18030``, ``big5``, ``big5hkscs`` or ``cp1252``).

    Raises:
        SourceReadError: The data is empty, binary, or cannot be decoded; the
            message names the byte offset of the first bad byte.
    """
    if not data:
        raise _fail(path, "is empty: there is no text to read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise _fail(
                    path,
                    f"is not valid {encoding} (it starts with a {encoding} byte-order mark): "
                    f"bad bytes at byte offset {exc.start + len(bom)}; re-save it as UTF-8",
                ) from None
            if "\x00" in text:
                raise _fail(path, "is not a text file: it contains NUL characters")
            return text, encoding
    if (utf16 := _refuse_binary(data, path)) is not None:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    bad = f"byte 0x{data[utf8_error.start]:02x} at byte offset {utf8_error.start}"
    line = data.count(b"\n", 0, utf8_error.start) + 1
    if _looks_like_damaged_utf8(data, utf8_error.start):
        raise _fail(
            path,
            f"is not valid UTF-8: {bad} is damaged, while the rest reads as UTF-8; "
            "repair that byte or re-save the file as UTF-8",
            line,
        )
    return _best_legacy(data, path, bad, line)


def _chinese_readings(data: bytes) -> list[tuple[str, str]]:
    """The strict GB18030 and Big5 readings (Big5-HKSCS where plain Big5 fails)."""
    readings = []
    for names in (("gb18030",), ("big5", "big5hkscs")):
        for name in names:
            if (text := _strict(data, name)) is not None:
                readings.append((name, text))
                break
    return readings


def _best_legacy(data: bytes, path: str | Path, bad: str, line: int) -> tuple[str, str]:
    chinese = [
        (score, name, text)
        for name, text in _chinese_readings(data)
        for score in (_zh_score(text),)
    ]
    chinese.sort(key=lambda c: -c[0])  # stable: gb18030 wins ties
    western = _strict(data, "cp1252")
    if chinese and chinese[0][0] >= _PLAUSIBLE_ZH:
        return chinese[0][2], chinese[0][1]
    if western is not None and (not chinese or _non_ascii_share(data) <= _WESTERN_MAX_NON_ASCII):
        return western, "cp1252"
    if chinese:
        return chinese[0][2], chinese[0][1]
    if western is not None:
        return western, "cp1252"
    raise _fail(
        path,
        f"cannot be decoded: {bad} is not valid UTF-8, and the file is not valid "
        "GB18030/GBK, Big5 or cp1252 either; re-save it as UTF-8",
        line,
    )
