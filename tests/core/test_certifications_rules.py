"""Certificate kinds, number formats, and a certificate's status and expiry band on a given day."""

from __future__ import annotations

from datetime import date

import pytest

from qsupervise.messages import CATALOGUE
from qsupervise.rules import certificates as rules


@pytest.mark.parametrize(("label", "kind"), [
    ("ISO9001", "iso9001"), ("ISO 9001", "iso9001"), ("GB/T 19001", "iso9001"), ("质量管理体系认证", "iso9001"),
    ("ISO9001:2015质量管理体系认证", "iso9001"), ("GB/T19001-2016/ISO9001:2015", "iso9001"),
    ("ＩＳＯ９００１", "iso9001"), ("iso9001", "iso9001"),
    ("ISO14001", "iso14001"), ("环境管理体系", "iso14001"), ("GB/T 24001-2016", "iso14001"),
    ("ISO45001", "iso45001"), ("职业健康安全", "iso45001"), ("OHSAS18001", "iso45001"),
    ("CCC", "ccc"), ("3C", "ccc"), ("3C认证", "ccc"), ("强制性产品认证", "ccc"), ("中国强制性产品认证证书", "ccc"),
    ("SC", "sc"), ("食品生产许可证", "sc"), ("食品生产许可证（SC）", "sc"), ("食品添加剂生产许可证", "sc"),
    ("工业产品生产许可证", "xk"), ("XK", "xk"), ("全国工业产品生产许可证", "xk"),
    ("绿色食品", "green_food"), ("绿色食品证书", "green_food"),
    ("有机产品", "organic"), ("有机认证", "organic"), ("有机产品认证证书", "organic"),
    ("无公害农产品", "pollution_free"), ("GAP", "gap"), ("良好农业规范", "gap"), ("ChinaGAP认证", "gap"),
    ("地理标志", "gi"), ("地理标志产品", "gi"), ("农产品地理标志登记证书", "gi"),
    ("计量检测体系确认", "measurement"), ("测量管理体系认证", "measurement"),
    ("其他", "other"), ("other", "other"), ("iso14001", "iso14001"), ("green_food", "green_food"),
])
def test_kind_labels_and_their_variants(label: str, kind: str) -> None:
    assert rules.parse_kind(label) == kind


@pytest.mark.parametrize("label", ["", "  ", "营业执照", "ISO9001、ISO14001", "质量奖", "foo"])
def test_unknown_or_double_kinds_are_none(label: str) -> None:
    assert rules.parse_kind(label) is None


def test_every_label_reads_back_as_its_kind() -> None:
    assert rules.KIND_CODES == ("iso9001", "iso14001", "iso45001", "ccc", "sc", "xk", "green_food", "organic",
                                "pollution_free", "gap", "gi", "measurement", "other")
    for code, kind in rules.KINDS.items():
        assert rules.parse_kind(kind.zh) == code
        assert rules.parse_kind(kind.en) == code
        assert rules.kind_label(code, "en") == kind.en
        for variant in kind.variants:
            assert rules.parse_kind(variant) == code, variant


def keys(kind: str, number: str) -> list[str]:
    return [p.key for p in rules.check_number(kind, rules.normalize_number(number))]


@pytest.mark.parametrize(("kind", "number", "expected"), [
    ("ccc", "2021010201123456", []),
    ("ccc", "2021 0102 0112 3456", []),
    ("ccc", "２０２１０１０２０１１２３４５６", []),
    ("ccc", "202101020112345", ["cert_number_ccc"]),
    ("ccc", "20210102011234567", ["cert_number_ccc"]),
    ("ccc", "2021010201A23456", ["cert_number_ccc"]),
    ("ccc", "1999010201123456", ["cert_number_ccc_year"]),
    ("sc", "SC10642010100012", []),
    ("sc", "sc20137010100015", []),
    ("sc", "SC 106 4201 0100 012", []),
    ("sc", "SC30642010100012", ["cert_number_sc"]),
    ("sc", "SC1064201010001", ["cert_number_sc"]),
    ("sc", "SC106420101000123", ["cert_number_sc"]),
    ("sc", "QS4201 0101 0012", ["cert_number_sc"]),
    ("sc", "SC10699010100012", ["cert_number_sc_province"]),
    ("sc", "SC10600010100012", ["cert_number_sc_province"]),
    ("xk", "XK13-001-00001", []),
    ("xk", "(鲁)XK13-014-00001", []),
    ("xk", "（鲁）XK13－014－00001", []),
    ("xk", "鲁XK16-204-00012", []),
    ("xk", "xk06—014—00012", []),
    ("xk", "XK13-001-0001", ["cert_number_xk"]),
    ("xk", "XK1300100001", ["cert_number_xk"]),
    ("xk", "(湖北)XK13-001-00001", ["cert_number_xk"]),
    ("xk", "13-001-00001", ["cert_number_xk_prefix"]),
    ("iso9001", "00121Q34567R0M", []),
    ("iso9001", "15/21Q1234R00", []),
    ("organic", "湘农绿证字第123号", []),
    ("gi", "AGI00123", []),
    ("other", "无编号", ["cert_number_no_digit"]),
    ("ccc", "", []),
])
def test_number_formats(kind: str, number: str, expected: list[str]) -> None:
    assert keys(kind, number) == expected
    for p in rules.check_number(kind, rules.normalize_number(number)):
        assert (p.code, p.severity) == ("number_format", "warning")
        assert p.key in CATALOGUE


def test_numbers_are_compared_in_one_form() -> None:
    assert rules.normalize_number(" （鲁）xk13－014－00001 ") == "(鲁)XK13-014-00001"
    assert rules.normalize_number("SC 1064 2010 1000 12") == "SC10642010100012"
    assert rules.normalize_number("") == ""


@pytest.mark.parametrize(("status", "expires", "today", "shown"), [
    ("valid", "2026-06-30", date(2026, 6, 29), "valid"),
    ("valid", "2026-06-30", date(2026, 6, 30), "valid"),  # the expiry day itself still holds
    ("valid", "2026-06-30", date(2026, 7, 1), "expired"),
    ("valid", "2026-01-31", date(2026, 2, 1), "expired"),  # month end
    ("valid", "2026-02-28", date(2026, 2, 28), "valid"),
    ("valid", "2026-02-28", date(2026, 3, 1), "expired"),
    ("valid", "2024-02-29", date(2024, 2, 29), "valid"),  # leap day
    ("valid", "2024-02-29", date(2024, 3, 1), "expired"),
    ("valid", "2023-12-31", date(2024, 1, 1), "expired"),  # year end
    ("valid", date(2026, 6, 30), date(2026, 7, 1), "expired"),
    ("valid", None, date(2099, 1, 1), "valid"),  # no expiry (地理标志)
    ("valid", "", date(2099, 1, 1), "valid"),
    ("suspended", "2026-06-30", date(2026, 6, 30), "suspended"),
    ("suspended", "2026-06-30", date(2026, 7, 1), "expired"),
    ("revoked", "2026-06-30", date(2026, 7, 1), "revoked"),
    ("cancelled", "2026-06-30", date(2026, 1, 1), "cancelled"),
    ("revoked", "2030-01-01", date(2026, 1, 1), "revoked"),
])
def test_effective_status(status: str, expires: str | date | None, today: date, shown: str) -> None:
    assert rules.effective_status(status, expires, today) == shown


@pytest.mark.parametrize(("expires", "today", "band"), [
    ("2026-06-30", date(2026, 7, 1), "lapsed"),
    ("2020-01-01", date(2026, 7, 1), "lapsed"),
    ("2026-06-30", date(2026, 6, 30), "30"),  # expires today: 0 days left
    ("2026-07-30", date(2026, 6, 30), "30"),  # 30 days left
    ("2026-07-31", date(2026, 6, 30), "60"),  # 31
    ("2026-08-29", date(2026, 6, 30), "60"),  # 60
    ("2026-08-30", date(2026, 6, 30), "90"),  # 61
    ("2026-09-28", date(2026, 6, 30), "90"),  # 90
    ("2026-09-29", date(2026, 6, 30), None),  # 91
    ("2024-03-30", date(2024, 2, 29), "30"),  # leap day: 30 days to 30 March
    ("2024-03-31", date(2024, 2, 29), "60"),
    ("2025-02-28", date(2024, 12, 1), "90"),  # 89 days across a year end
    ("2026-03-01", date(2026, 1, 30), "30"),  # 30 days in a non-leap February
    (None, date(2026, 1, 1), None),
])
def test_expiry_band(expires: str | None, today: date, band: str | None) -> None:
    assert rules.expiry_band(expires, today) == band


@pytest.mark.parametrize(("label", "status"), [
    ("有效", "valid"), ("正常", "valid"), ("暂停", "suspended"), ("暂停使用", "suspended"), ("撤销", "revoked"),
    ("撤消", "revoked"), ("注销", "cancelled"), ("已注销", "cancelled"), ("过期", "expired"), ("已过期", "expired"),
    ("失效", "expired"), ("valid", "valid"), ("Revoked", "revoked"), ("？", None), ("待定", None),
])
def test_status_words(label: str, status: str | None) -> None:
    assert rules.parse_status(label) == status


def test_labels_have_both_languages() -> None:
    for code in rules.STATUSES:
        assert rules.status_label(code, "zh") != rules.status_label(code, "en")
    assert rules.BANDS == ("lapsed", "30", "60", "90")
