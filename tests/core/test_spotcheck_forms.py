"""The printed spot-check forms: the right texts, an embedded font, item tables running over pages."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from qsupervise.documents import pdf_fonts, spotcheck_forms
from qsupervise.documents.pdf_fonts import FontFile
from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, Inspector, OrgKind, OrgUnit, SpotCheck, SpotCheckPlan, TestItem
from qsupervise.store import Store

UNIT = "柳林乡鑫犇食品加工有限公司"
PRODUCER = "河口镇喆昇调味品厂"
PRODUCT = "老坛酸菜牛肉风味调味酱"
ADDRESS = "测试县柳林乡工业园区创业大道88号（原粮站东侧）三号厂房二楼"
FAILING = {7: ("苯甲酸及其钠盐（以苯甲酸计）", "A"), 12: ("菌落总数", "B"), 25: ("净含量偏差", "B")}
N_ITEMS = 30


@pytest.fixture(autouse=True)
def bundled_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The same font on every machine, so that page counts do not depend on what a system has installed."""
    monkeypatch.setenv(pdf_fonts.ENV_FONT, str(pdf_fonts.bundled_dir() / "wqy-microhei.ttc"))
    pdf_fonts.reset()
    yield
    pdf_fonts.reset()


def add_check(store: Store, **overrides: Any) -> str:
    with store.session() as s:
        township = s.exec(select(OrgUnit).where(OrgUnit.kind == OrgKind.TOWNSHIP, OrgUnit.name == "柳林乡")).one()
        plan = SpotCheckPlan(plan_no="CS-2025-食品-03", level="county", authority="测试县市场监督管理局", year=2025,
                             category="调味品", field="production", agency="测试市产品质量监督检验所",
                             rules_ref="调味品产品质量监督抽查实施细则（2025年版）")
        unit = Enterprise(name=UNIT, uscc="91420999MA4F00XX1Q", township_id=township.id, address=ADDRESS)
        producer = Enterprise(name=PRODUCER, township_id=township.id, address="测试县河口镇滨河路2号")
        inspector = Inspector(name="王建国", unit="测试县市场监督管理局", badge_no="42099900123")
        s.add_all([plan, unit, producer, inspector])
        s.flush()
        values: dict[str, Any] = dict(
            plan_id=plan.id, enterprise_id=unit.id, unit_name=UNIT, producer_id=producer.id, producer_name=PRODUCER,
            uscc=unit.uscc, township_id=township.id, inspector1_id=inspector.id, sampler2="李红梅",
            sampling="sampled", sample_no="CS2025-TW-0042", product=PRODUCT, category="调味品", brand="坛香源",
            spec="500g/瓶", batch="2025-03-02/20250302A", test_qty="6瓶", reserve_qty="6瓶",
            declared_standard="GB/T 24399-2009；GB 2760-2024", sampler1="", sampled_on="2025-03-11",
            agency="测试市产品质量监督检验所", report_no="SJ2025-0456", report_on="2025-04-02",
            verdict="serious_fail", failed_items="、".join(name for name, _ in FAILING.values()),
            notice_served_on="2025-04-08", correction_ordered_on="2025-04-28",
        )
        values.update(overrides)
        check = SpotCheck(**values)
        s.add(check)
        s.flush()
        for n in range(1, N_ITEMS + 1):
            name, importance = FAILING.get(n, (f"检验项目第{n}项（感官及理化指标）", "B"))
            s.add(TestItem(spot_check_id=check.id, position=n, name=name, clause=f"GB/T 24399-2009 第5.{n}条",
                           required="≤0.5" if n in FAILING else "应符合表2规定，无异味、无霉变、无肉眼可见外来杂质",
                           measured="1.26" if n in FAILING else "符合", unit="g/kg" if n == 7 else "",
                           verdict="fail" if n in FAILING else "pass", importance=importance))
        return check.id


# -- reading a PDF without reportlab --------------------------------------------------------------


def pdf_pages(path: Path) -> list[str]:
    """The text of each page: pdftotext when installed, else a small reader of reportlab's own output."""
    tool = shutil.which("pdftotext")
    if tool:
        done = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        return done.stdout.decode("utf-8").split("\f")[:-1]
    return simple_pdf_pages(path.read_bytes())


_OBJ = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)


def simple_pdf_pages(data: bytes) -> list[str]:
    """Text of reportlab PDFs (single-byte subset fonts with ToUnicode maps); not a general PDF reader."""
    objects = {int(n): body for n, body in _OBJ.findall(data)}

    def stream(num: int) -> bytes:
        body = objects[num]
        raw = body[body.index(b"stream") + 6:body.rindex(b"endstream")].strip(b"\r\n")
        if b"ASCII85Decode" in body:
            raw = base64.a85decode(raw, adobe=True)
        return zlib.decompress(raw) if b"FlateDecode" in body else raw

    maps: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for name, num in re.findall(rb"/(F[\w+.]+) (\d+) 0 R", body):
            font = objects.get(int(num), b"")
            ref = re.search(rb"/ToUnicode (\d+) 0 R", font)
            if ref:
                cmap = stream(int(ref.group(1)))
                table = {int(a, 16): chr(int(b, 16)) for a, b in re.findall(rb"<(\w+)> <(\w+)>", cmap)}
                maps[name] = table
    pages = []
    kids = re.search(rb"/Kids \[([^\]]*)\]", next(b for b in objects.values() if b"/Type /Pages" in b))
    assert kids is not None
    for num in re.findall(rb"(\d+) 0 R", kids.group(1)):
        contents = re.search(rb"/Contents (\d+) 0 R", objects[int(num)])
        assert contents is not None
        content, font, out = stream(int(contents.group(1))), b"", []
        for token in re.finditer(rb"/(F[\w+.]+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\) Tj|(T\*|Td|TD|ET)", content):
            if token.group(1):
                font = token.group(1)
            elif token.group(3):
                out.append("\n")
            else:
                raw = re.sub(rb"\\([0-7]{1,3}|.)", lambda m: bytes([int(m.group(1), 8)]) if m.group(1).isdigit()
                             else {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(m.group(1), m.group(1)), token.group(2))
                out.append("".join(maps.get(font, {}).get(b, chr(b)) for b in raw))
        pages.append("".join(out))
    return pages


def flat(page: str) -> str:
    return re.sub(r"\s+", "", page)


# -- the documents ------------------------------------------------------------------------------


def test_sampling_form(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store)
    with store.read() as s:
        out = spotcheck_forms.sampling_form(s, check_id, tmp_path / "抽样单.pdf")
    data = out.read_bytes()
    assert b"/FontFile2" in data
    pages = pdf_pages(out)
    assert len(pages) == 1
    text = flat(pages[0])
    for wanted in ("产品质量监督抽查抽样单", UNIT, PRODUCER, PRODUCT, "91420999MA4F00XX1Q", "柳林乡", "坛香源",
                   "500g/瓶", "2025-03-02/20250302A", "6瓶", "GB/T24399-2009", "2025-03-11", "CS-2025-食品-03",
                   "县级监督抽查", "王建国", "42099900123", "李红梅", "正常抽样", "拒绝抽样（拒检）",
                   "未找到被抽样单位", "被抽样单位（盖章）", flat(ADDRESS), "—1—"):
        assert wanted in text, wanted


def test_sampling_form_of_a_refusal(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store, sampling="refused", verdict=None)
    with store.read() as s:
        out = spotcheck_forms.sampling_form(s, check_id, tmp_path / "拒检.pdf", lang="en")
    text = "".join(pdf_pages(out))
    assert "The unit refused sampling" in text
    assert "sampling record" in text


def test_blank_sampling_form_to_fill_in_by_hand(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        plan = SpotCheckPlan(plan_no="CS-2025-02", year=2025)
        s.add(plan)
        s.flush()
        check = SpotCheck(plan_id=plan.id)
        s.add(check)
    with store.read() as s:
        out = spotcheck_forms.sampling_form(s, check.id, tmp_path / "blank.pdf")
    pages = [flat(p) for p in pdf_pages(out)]
    assert len(pages) == 1
    assert "CS-2025-02" in pages[0]
    assert "年月日" in pages[0]


def test_result_notice_runs_over_pages_with_the_header_repeated(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store)
    with store.read() as s:
        out = spotcheck_forms.result_notice(s, check_id, tmp_path / "通知书.pdf")
    assert b"/FontFile2" in out.read_bytes()
    pages = [flat(p) for p in pdf_pages(out)]
    assert len(pages) == 5  # the letter on two pages, the item table as its attachment on three
    assert ["单项判定" in p for p in pages] == [False, False, True, True, True]  # the header on each table page
    assert pages[2].startswith("附件检验项目及结果")
    assert "检验项目第30项" in pages[4]
    whole = "".join(pages)
    for n in range(1, len(pages) + 1):
        assert f"—{n}—" in pages[n - 1]
    for wanted in ("产品质量监督抽查检验结果通知书", f"{UNIT}、{PRODUCER}：", PRODUCT, "SJ2025-0456", "严重不合格",
                   *(name for name, _ in FAILING.values()), "检验项目第30项", "2025年4月23日前", "15日内",
                   "测试县市场监督管理局", "2025年4月8日"):
        assert wanted in whole, wanted
    assert whole.index("特此通知") < whole.index("检验项目第1项") < whole.index("检验项目第30项")


def test_result_notice_without_served_date_counts_from_receipt(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store, notice_served_on=None)
    with store.read() as s:
        out = spotcheck_forms.result_notice(s, check_id, tmp_path / "n.pdf")
    whole = "".join(flat(p) for p in pdf_pages(out))
    assert "自收到本通知书之日起15日内" in whole
    assert "2025年4月23日" not in whole


def test_result_notice_of_a_pass(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store, verdict="pass", failed_items="")
    with store.read() as s:
        out = spotcheck_forms.result_notice(s, check_id, tmp_path / "n.pdf", lang="en")
    whole = "".join(pdf_pages(out))
    assert "it passes" in whole
    assert "re-test" not in whole


def test_correction_order(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store)
    with store.read() as s:
        out = spotcheck_forms.correction_order(s, check_id, tmp_path / "责令改正.pdf")
    assert b"/FontFile2" in out.read_bytes()
    pages = [flat(p) for p in pdf_pages(out)]
    assert len(pages) == 2
    whole = "".join(pages)
    for wanted in ("责令改正通知书", UNIT, PRODUCT, *(name for name, _ in FAILING.values()), "2025年6月27日前",
                   "60日内", "2025年7月12日前", "75日内", "测试县市场监督管理局", "2025年4月28日", "送达回执"):
        assert wanted in whole, wanted
    assert "检验项目第1项" not in whole  # only the failing items
    assert date(2025, 4, 28).toordinal() + 60 == date(2025, 6, 27).toordinal()


def test_correction_order_refused_for_a_pass(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store, verdict="fail", retest_verdict="pass")
    with store.read() as s, pytest.raises(KnownError) as caught:
        spotcheck_forms.correction_order(s, check_id, tmp_path / "x.pdf")
    assert caught.value.code == "form_not_failing"
    assert not (tmp_path / "x.pdf").exists()


def test_missing_check_is_a_known_error(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for make in (spotcheck_forms.sampling_form, spotcheck_forms.result_notice, spotcheck_forms.correction_order):
        with store.read() as s, pytest.raises(KnownError) as caught:
            make(s, "0190-no-such-check", out / "x.pdf")
        assert caught.value.code == "form_check_not_found"
        assert "0190-no-such-check" in caught.value.message()
    assert not out.exists()


def test_no_verdict_no_notice(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store, verdict=None)
    with store.read() as s, pytest.raises(KnownError) as caught:
        spotcheck_forms.result_notice(s, check_id, tmp_path / "x.pdf")
    assert caught.value.code == "form_no_verdict"


def test_fallback_reader_agrees_with_pdftotext(store: Store, tmp_path: Path) -> None:
    check_id = add_check(store)
    with store.read() as s:
        out = spotcheck_forms.result_notice(s, check_id, tmp_path / "n.pdf")
    simple = [flat(p) for p in simple_pdf_pages(out.read_bytes())]
    assert len(simple) == 5
    assert UNIT in simple[0]
    assert "单项判定" in simple[3]
    if shutil.which("pdftotext"):
        assert [len(p) for p in simple] == [len(flat(p)) for p in pdf_pages(out)]


# -- fonts --------------------------------------------------------------------------------------


def test_no_usable_font_is_a_known_error(tmp_path: Path) -> None:
    not_a_font = tmp_path / "broken.ttf"
    not_a_font.write_bytes(b"not a font at all")
    with pytest.raises(KnownError) as caught:
        pdf_fonts.pdf_fonts([FontFile(not_a_font), FontFile(tmp_path / "missing.ttc", 1)])
    assert caught.value.code == "pdf_no_font"
    assert "broken.ttf" in caught.value.message()
    assert "QS_PDF_FONT" in caught.value.message()


def test_unembeddable_fonts_are_skipped(tmp_path: Path) -> None:
    cff = tmp_path / "NotoSansCJK-Regular.ttc"
    cff.write_bytes(b"ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10OTTO" + b"\x00" * 64)
    bundled = pdf_fonts.bundled_fonts()
    assert bundled, "resources/fonts ships a font"
    fonts = pdf_fonts.pdf_fonts([FontFile(cff), *bundled])
    assert fonts.body_file == bundled[0]


def test_system_fonts_are_ranked(tmp_path: Path) -> None:
    for name in ("wqy-microhei.ttc", "simsun.ttc", "SIMFANG.TTF", "DejaVuSans.ttf", "uming.ttc"):
        (tmp_path / name).write_bytes(b"")
    found = [f.path.name for f in pdf_fonts.system_fonts([tmp_path])]
    assert found == ["SIMFANG.TTF", "simsun.ttc", "uming.ttc", "wqy-microhei.ttc"]


def test_markup_is_escaped() -> None:
    fonts = pdf_fonts.pdf_fonts()
    markup = fonts.markup("甲<乙>&丙")
    assert markup == "甲&lt;乙&gt;&amp;丙"
    assert fonts.markup("一\n二") == "一<br/>二"
