"""Printed responsibility letters: the GB/T 9704 page and grid measured in the PDF, every character of the
letter present, the font embedded, the table header repeated, page numbers, and batches."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfminer.pdftypes import resolve1

from qsupervise.documents import letter_pdf, pdf_fonts
from qsupervise.errors import KnownError
from qsupervise.services import letters as service
from qsupervise.services.letters import LetterDoc, LetterInput, TargetInput
from qsupervise.store import Store

MM = 72 / 25.4
LEFT, RIGHT, TOP, BOTTOM = 28 * MM, 184 * MM, 37 * MM, 262 * MM  # the text block, from the page's top-left
FUZZ = 0.05 * MM
PREAMBLE = [
    "为深入贯彻质量强国建设纲要，落实县委、县政府关于质量强县工作的部署，明确本年度质量工作目标和责任，"
    "推动全县产品质量、工程质量、服务质量和环境质量全面提升，经甲乙双方协商一致，签订本责任书。",
    "乙方主要负责人是本辖区质量工作第一责任人，对目标任务的完成负总责；分管负责人具体负责，并明确专门工作人员，"
    "做到目标、任务、责任人、完成时限和考核标准“五落实”。乙方应建立健全质量工作机构，将质量工作纳入本辖区经济"
    "社会发展规划和年度工作计划，统筹安排、同步推进，并保障必要的工作经费。",
    "乙方应督促辖区企业落实质量安全主体责任，推行首席质量官制度，引导企业导入卓越绩效、六西格玛等先进质量管理方法；"
    "加强对食品、农资、建材、儿童用品等重点产品的日常监管，配合县级开展监督抽查和不合格产品后处理工作，确保辖区内"
    "不发生区域性、系统性质量安全事件。",
    "乙方应加强计量、标准化、认证认可和检验检测等质量基础设施建设，推动强制检定计量器具应检尽检；鼓励企业主导或参与"
    "制定国家标准、行业标准和团体标准，培育地理标志产品和区域公用品牌，每季度末向甲方报送工作进展情况。",
    "甲方负责对乙方履行本责任书的情况进行指导、督促和考核，及时通报工作进展，协调解决乙方在质量工作中遇到的重大问题。",
]


@pytest.fixture(autouse=True)
def bundled_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The same font on every machine, so that widths and page counts do not depend on the system."""
    monkeypatch.setenv(pdf_fonts.ENV_FONT, str(pdf_fonts.bundled_dir() / "wqy-microhei.ttc"))
    pdf_fonts.reset()
    yield
    pdf_fonts.reset()


def make_letter(store: Store, *, targets: int = 12, signed_on: str | None = None) -> LetterDoc:
    """柳林乡's 2025 letter from the usual template, with a long preamble, a document number and persons."""
    with store.session() as s:
        created = service.create_letters(s, 2025)
        docs = {d.party_b: d for d in service.letter_docs(s, 2025, ids=created.created)}
        letter_id = docs["柳林乡"].id
        base = service.input_of(s, service.letter(s, letter_id))
        lines = list(base.targets)
        extra = [TargetInput(lines[n % len(lines)].metric_id, lines[n % len(lines)].target, 2,
                             f"补充任务第{n + 1}项：组织辖区重点企业开展质量提升行动", "王建国", "2025-10-31")
                 for n in range(max(0, targets - len(lines)))]
        data = LetterInput(**{**base.__dict__, "doc_no": "青质强办〔2025〕3号", "party_a_person": "李县长",
                              "party_b_person": "张乡长", "preamble": "\n".join(PREAMBLE),
                              "targets": [*lines[:targets], *extra]})
        service.save_letter(s, letter_id, data)
        if signed_on:
            service.sign(s, letter_id, signed_on=signed_on)
    with store.read() as s:
        return service.letter_doc(s, letter_id)


def pages_of(path: Path) -> list[dict[str, Any]]:
    """Per page: size, chars, the text without white space, the fonts' descriptors."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            fonts = resolve1(resolve1(page.page_obj.resources).get("Font", {}))
            descriptors = [resolve1(resolve1(f).get("FontDescriptor")) for f in fonts.values()]
            out.append({"size": (page.width, page.height), "chars": list(page.chars),
                        "text": re.sub(r"\s+", "", "".join(c["text"] for c in page.chars)),
                        "descriptors": [d for d in descriptors if d]})
    return out


def cjk(value: str) -> Counter[str]:
    return Counter(c for c in value if "\u3400" <= c <= "\u9fff")


def letter_text(doc: LetterDoc) -> str:
    parts = [doc.title, doc.doc_no, doc.party_a, doc.party_b, doc.party_a_person, doc.party_b_person,
             *doc.preamble, *doc.terms]
    for t in doc.targets:
        parts += [t.metric, t.task, t.target, t.responsible]
    return "".join(parts)


def body_lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    rows: dict[float, list[dict[str, Any]]] = {}
    for c in chars:
        if abs(c["size"] - 16) < 0.01:
            rows.setdefault(round(c["top"], 1), []).append(c)
    return [sorted(r, key=lambda c: c["x0"]) for _top, r in sorted(rows.items())]


def test_a_letter_on_the_gbt_9704_page(store: Store, tmp_path: Path) -> None:
    doc = make_letter(store, targets=35)
    out = letter_pdf.write_letter(doc, tmp_path / "letter.pdf")
    pages = pages_of(out)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        width, height = page["size"]
        assert (round(width / MM), round(height / MM)) == (210, 297)  # A4
        inside = [c for c in page["chars"] if c["top"] < BOTTOM]
        number = "".join(c["text"] for c in page["chars"] if c["top"] >= BOTTOM).replace(" ", "")
        assert number == f"—{n}—"  # nothing else below the block
        assert all(c["x0"] >= LEFT - FUZZ and c["x1"] <= RIGHT + FUZZ for c in inside)
        assert all(c["top"] >= TOP - FUZZ and c["bottom"] <= BOTTOM + FUZZ for c in inside)
        fonts = page["descriptors"]
        assert fonts
        assert all("FontFile2" in d for d in fonts)  # every font embedded as TrueType
    lines = [line for p in pages for line in body_lines(p["chars"])]
    full = [line for line in lines if len(line) == 28 and all(ord(c["text"]) >= 0x2E80 for c in line)]
    assert full, "some body line holds 28 Chinese characters"
    for line in full:
        assert abs(line[-1]["x1"] - line[0]["x0"] - 156 * MM) < 0.5 * MM
        assert abs(line[0]["x0"] - LEFT) < FUZZ
    indented = [line for line in lines if len(line) == 26 and all(ord(c["text"]) >= 0x2E80 for c in line)
                and line[0]["x0"] > LEFT + 10 * MM]
    assert indented, "a first line of a paragraph: two characters in, 26 to the end"
    assert all(abs(line[-1]["x1"] - RIGHT) < FUZZ for line in indented)
    assert not any(line[0]["text"] in "，。、；：）”" for line in lines)  # no line starts with a closing mark
    whole = "".join(p["text"] for p in pages)
    assert not cjk(letter_text(doc)) - cjk(whole), "every Chinese character of the letter is printed"
    for wanted in ("青质强办〔2025〕3号", f"甲方：{doc.party_a}", "乙方：柳林乡", "甲方（盖章）", "乙方（盖章）",
                   "负责人（签字）：李县长", "负责人（签字）：张乡长", "合计"):
        assert wanted in whole, wanted
    table_pages = [p["text"] for p in pages if "补充任务第" in p["text"] or "产品质量监督抽查合格率" in p["text"]]
    assert len(table_pages) >= 2, "35 targets run over a page"
    assert all("考核指标" in t and "完成时限" in t for t in table_pages), "the header row on every page of the table"
    assert whole.index("补充任务第1项") < whole.index("补充任务第23项") < whole.index("甲方（盖章）")
    assert pages[-1]["text"].count("年月日") == 2  # both dates left blank to fill in by hand


def test_signed_letter_prints_its_date_on_both_sides(store: Store, tmp_path: Path) -> None:
    doc = make_letter(store, signed_on="2025-03-01")
    out = letter_pdf.write_letter(doc, tmp_path / "signed.pdf")
    whole = "".join(p["text"] for p in pages_of(out))
    assert whole.count("日期：2025年3月1日") == 2


def test_english_labels_around_the_stored_texts(store: Store, tmp_path: Path) -> None:
    doc = make_letter(store)
    out = letter_pdf.write_letter(doc, tmp_path / "en.pdf", lang="en")
    whole = "".join(p["text"] for p in pages_of(out))
    for wanted in ("PartyA:", "PartyB:柳林乡", "Targets", "Indicator", "Total", "PartyA(seal)", "PartyB(seal)"):
        assert wanted in whole, wanted
    assert not cjk(doc.preamble[0]) - cjk(whole)


def thirty(doc: LetterDoc) -> list[LetterDoc]:
    return [dataclasses.replace(doc, id=f"{doc.id}-{n}", party_b=f"第{n}镇", preamble=doc.preamble[:1 + n % 3])
            for n in range(1, 31)]


def test_batch_into_one_file_and_into_a_folder(store: Store, tmp_path: Path) -> None:
    docs = thirty(make_letter(store))
    calls: list[tuple[int, int]] = []
    one = letter_pdf.write_letters(docs, tmp_path / "all.pdf", one_file=True,
                                   progress=lambda done, total: calls.append((done, total)))
    assert one.letters == 30
    assert one.paths == [(tmp_path / "all.pdf").absolute()]
    assert calls[-1] == (30, 30)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)
    pages = pages_of(one.paths[0])
    assert len(pages) == one.pages
    starts = [n for n, p in enumerate(pages) if p["text"].startswith("青质强办")]
    assert len(starts) == 30  # each letter on a new page
    assert all(pages[n]["text"].endswith("—1—") for n in starts)  # numbers restart per letter
    folder = letter_pdf.write_letters(docs, tmp_path / "letters", one_file=False)
    assert folder.letters == 30
    assert folder.pages == one.pages
    names = sorted(p.name for p in folder.paths)
    assert len(set(names)) == 30
    assert f"{docs[0].title}-第1镇.pdf" in names
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == names  # no temporary files left
    assert pages_of(folder.paths[4])[0]["text"] == pages[starts[4]]["text"]


def test_cancel_stops_the_batch(store: Store, tmp_path: Path) -> None:
    docs = thirty(make_letter(store))
    seen: list[int] = []
    out = tmp_path / "out"
    with pytest.raises(KnownError) as caught:
        letter_pdf.write_letters(docs, out / "all.pdf", one_file=True,
                                 progress=lambda done, _total: seen.append(done), cancelled=lambda: len(seen) >= 3)
    assert caught.value.code == "cancelled"
    assert seen == [1, 2, 3]
    assert list(out.iterdir()) == []  # nothing half-written
    seen.clear()
    with pytest.raises(KnownError):
        letter_pdf.write_letters(docs, out / "dir", one_file=False,
                                 progress=lambda done, _total: seen.append(done), cancelled=lambda: len(seen) >= 3)
    assert len(list((out / "dir").iterdir())) == 3  # the letters finished before, each whole


def test_file_names_are_safe_on_windows() -> None:
    doc = LetterDoc("x", 2025, "2025年度 责任书: A/B", "", "县", "CON", "", "", [], [], "0", [], None)
    taken: set[str] = set()
    assert letter_pdf.file_name(doc, taken) == "2025年度 责任书_ A_B-CON.pdf"
    assert letter_pdf.file_name(doc, taken) == "2025年度 责任书_ A_B-CON-2.pdf"
    assert letter_pdf.file_name(dataclasses.replace(doc, title="con", party_b=""), set()) == "_con.pdf"


def test_no_letters_no_file(tmp_path: Path) -> None:
    result = letter_pdf.write_letters([], tmp_path / "none.pdf", one_file=True)
    assert (result.paths, result.pages, result.letters) == ([], 0, 0)
    assert not (tmp_path / "none.pdf").exists()
