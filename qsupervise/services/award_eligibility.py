"""The eligibility pre-check of an award application: each condition of its programme, passed or failed, with the
evidence found in the data, and the overrides people recorded for failed ones.

The conditions and their parameters are documented in rules/awards.py. The facts come from the same places the
credit grade reads them (services/credit_facts.py: final spot-check verdicts as sampled unit or producer, list
entries in force), the certificates (rules/certificates.py effective_status), the credit grade
(services/credit.py) and the brand register. Evidence is a message code with its parameters, so it reads in
Chinese or English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import orjson
from dateutil.relativedelta import relativedelta
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise.messages import text
from qsupervise.models import AwardApplication, AwardProgram, Brand, EligibilityOverride, Enterprise
from qsupervise.rules import awards as rules
from qsupervise.rules import certificates
from qsupervise.rules.credit import Item, within
from qsupervise.services import certifications, credit, credit_facts

MAX_REFS = 5  # references named in one line of evidence


@dataclass(frozen=True)
class ConditionResult:
    """One condition of the pre-check: passed or not, the evidence (a message code and its parameters), and the
    override that accepts it when it failed."""

    code: str
    passed: bool
    evidence_code: str
    params: Mapping[str, str] = field(default_factory=dict)
    overridden: bool = False
    reason: str = ""
    override_id: str | None = None

    @property
    def accepted(self) -> bool:
        """Passed, or failed and overridden with a reason."""
        return self.passed or self.overridden

    def evidence(self, lang: str = "zh") -> str:
        return text(self.evidence_code, lang, **self.params)

    def label(self, lang: str = "zh") -> str:
        return text(f"award_condition_{self.code}", lang)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """As stored on the application (codes); with ``lang`` also the texts, as the CLI prints them."""
        out: dict[str, Any] = {"code": self.code, "passed": self.passed, "evidence_code": self.evidence_code,
                               "params": dict(self.params), "overridden": self.overridden, "reason": self.reason,
                               "override_id": self.override_id}
        if lang is not None:
            out.update(label=self.label(lang), evidence=self.evidence(lang), accepted=self.accepted)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConditionResult:
        return cls(str(data.get("code", "")), bool(data.get("passed")), str(data.get("evidence_code", "")),
                   {str(k): str(v) for k, v in (data.get("params") or {}).items()}, bool(data.get("overridden")),
                   str(data.get("reason") or ""), data.get("override_id"))


def stored(application: AwardApplication) -> list[ConditionResult]:
    """The last pre-check kept on the application (empty when it was never checked)."""
    try:
        raw = orjson.loads(application.eligibility or "[]")
    except orjson.JSONDecodeError:
        return []
    return [ConditionResult.from_dict(d) for d in raw if isinstance(d, Mapping)]


def active_overrides(session: Session, application_id: str) -> dict[str, EligibilityOverride]:
    """The overrides in force (not withdrawn), by condition; the newest wins should a merge bring two."""
    stmt = (sm_select(EligibilityOverride)
            .where(EligibilityOverride.application_id == application_id,
                   col(EligibilityOverride.withdrawn).is_(False))
            .order_by(col(EligibilityOverride.created_at), col(EligibilityOverride.id)))
    return {o.condition: o for o in session.exec(stmt)}


def overrides_of(session: Session, application_id: str) -> list[EligibilityOverride]:
    """Every override of the application, withdrawn ones included, oldest first."""
    stmt = (sm_select(EligibilityOverride).where(EligibilityOverride.application_id == application_id)
            .order_by(col(EligibilityOverride.created_at), col(EligibilityOverride.id)))
    return list(session.exec(stmt))


def evaluate(session: Session, application: AwardApplication, program: AwardProgram,
             today: date) -> list[ConditionResult]:
    """Every condition the programme has on, in the order of ``rules.CONDITIONS``, with overrides applied."""
    enterprise = session.get(Enterprise, application.enterprise_id)
    if enterprise is None:
        raise ValueError(f"no enterprise {application.enterprise_id}")
    conditions = rules.conditions_of(program.conditions)
    facts = credit_facts.facts_for(session.connection(), [enterprise.id], today).get(enterprise.id)
    accepted = active_overrides(session, application.id)
    out: list[ConditionResult] = []
    for code in rules.CONDITIONS:
        params = conditions[code]
        if not params.get("on"):
            continue
        if code == rules.OPERATING_YEARS:
            result = _operating_years(enterprise, int(params["min_years"]), today)
        elif code == rules.ISO9001:
            result = _iso9001(session, enterprise.id, today)
        elif code == rules.SPOT_CHECKS:
            result = _spot_checks(facts, int(params["years"]), str(params["level"]), today)
        elif code == rules.CREDIT_LIST:
            result = _credit_list(facts, bool(params["abnormal_operation"]))
        elif code == rules.CREDIT_GRADE:
            result = _credit_grade(session, enterprise.id, str(params["min_grade"]), today)
        else:
            result = _recent_winner(session, application, program, params, today)
        given = accepted.get(code)
        if given is not None and not result.passed:
            result = replace(result, overridden=True, reason=given.reason, override_id=given.id)
        out.append(result)
    return out


def _refs(items: Sequence[Item]) -> str:
    shown = "、".join(f"{i.ref}（{i.on}）" if i.on and i.on not in i.ref else i.ref for i in items[:MAX_REFS])
    return shown + ("……" if len(items) > MAX_REFS else "")


def _operating_years(enterprise: Enterprise, minimum: int, today: date) -> ConditionResult:
    code = rules.OPERATING_YEARS
    if not enterprise.founded_on:
        return ConditionResult(code, False, "award_ev_founded_unknown", {"min": str(minimum)})
    founded = date.fromisoformat(enterprise.founded_on[:10])
    years = rules.whole_years(founded, today)
    params = {"founded": founded.isoformat(), "years": str(years), "min": str(minimum)}
    if years >= minimum:
        return ConditionResult(code, True, "award_ev_founded_ok", params)
    since = founded + relativedelta(years=minimum)
    return ConditionResult(code, False, "award_ev_founded_short", {**params, "from": since.isoformat()})


def _iso9001(session: Session, enterprise_id: str, today: date) -> ConditionResult:
    code = rules.ISO9001
    held = [c for c in certifications.of_enterprise(session, enterprise_id)
            if c.kind == "iso9001" and (c.issued_on or "") <= today.isoformat()]
    for cert in held:
        if certificates.effective_status(cert.status, cert.expires_on, today) == certificates.VALID:
            return ConditionResult(code, True, "award_ev_iso_ok",
                                   {"number": cert.number or "—", "expires": cert.expires_on or "—"})
    if not held:
        return ConditionResult(code, False, "award_ev_iso_none", {})
    cert = held[0]  # the latest expiry first
    status = certificates.effective_status(cert.status, cert.expires_on, today)
    return ConditionResult(code, False, "award_ev_iso_lapsed", {
        "number": cert.number or "—", "expires": cert.expires_on or "—", "status": status,
        "status_zh": certificates.status_label(status, "zh"), "status_en": certificates.status_label(status, "en")})


def _spot_checks(facts: Any, years: int, level: str, today: date) -> ConditionResult:
    code = rules.SPOT_CHECKS
    since = (today - relativedelta(years=years)).isoformat() if years else ""
    serious = within(facts.seriously_failed if facts else (), years, today)
    failed = within(facts.failed if facts else (), years, today) if level == "fail" else []
    found = sorted([*serious, *failed], key=lambda i: (i.on, i.ref), reverse=True)
    params = {"years": str(years), "since": since or "—", "level": level,
              "level_zh": "严重不合格" if level == "serious_fail" else "不合格",
              "level_en": "seriously failing" if level == "serious_fail" else "failing"}
    if not found:
        return ConditionResult(code, True, "award_ev_spot_ok" if years else "award_ev_spot_ok_ever", params)
    return ConditionResult(code, False, "award_ev_spot_failed" if years else "award_ev_spot_failed_ever",
                           {**params, "count": str(len(found)), "refs": _refs(found)})


def _credit_list(facts: Any, abnormal_too: bool) -> ConditionResult:
    code = rules.CREDIT_LIST
    listed = list(facts.serious_dishonest) if facts else []
    abnormal = list(facts.abnormal_operation) if facts and abnormal_too else []
    if not listed and not abnormal:
        return ConditionResult(code, True, "award_ev_list_ok_both" if abnormal_too else "award_ev_list_ok", {})
    if listed:
        return ConditionResult(code, False, "award_ev_list_serious", {"refs": _refs(listed)})
    return ConditionResult(code, False, "award_ev_list_abnormal", {"refs": _refs(abnormal)})


def _credit_grade(session: Session, enterprise_id: str, minimum: str, today: date) -> ConditionResult:
    standing = credit.current(session, enterprise_id, today=today)
    params = {"grade": standing.grade, "min": minimum, "score": str(standing.score)}
    passed = rules.grade_at_least(standing.grade, minimum)
    return ConditionResult(rules.CREDIT_GRADE, passed, "award_ev_grade_ok" if passed else "award_ev_grade_low", params)


def reapply_years(program: AwardProgram, params: Mapping[str, Any]) -> int:
    """The look-back of ``recent_winner``: its own ``years``, else the programme's ``reapply_years``, else its
    ``validity_years`` (a title may be sought again once it ran out); 0: no limit."""
    for value in (params.get("years"), program.reapply_years, program.validity_years):
        if value is not None:
            return int(value)
    return 0


def _recent_winner(session: Session, application: AwardApplication, program: AwardProgram,
                   params: Mapping[str, Any], today: date) -> ConditionResult:
    code = rules.RECENT_WINNER
    years = reapply_years(program, params)
    kind = {"kind_zh": rules.kind_label(program.kind, "zh"), "kind_en": rules.kind_label(program.kind, "en")}
    if not years:
        return ConditionResult(code, True, "award_ev_winner_unlimited", kind)
    since = today - relativedelta(years=years)
    stmt = sm_select(Brand).where(
        Brand.enterprise_id == application.enterprise_id, Brand.kind == program.kind,
        col(Brand.deleted_at).is_(None), col(Brand.granted_on) > since.isoformat(),
        col(Brand.granted_on) <= today.isoformat())
    if params.get("same_level", True):
        stmt = stmt.where(Brand.level == program.level)
    wins = [b for b in session.exec(stmt.order_by(col(Brand.granted_on).desc()))
            if b.application_id != application.id and _same_product(program.kind, application, b)]
    params_out = {**kind, "years": str(years), "since": since.isoformat()}
    if not wins:
        return ConditionResult(code, True, "award_ev_winner_ok", params_out)
    last = wins[0]
    again = date.fromisoformat(last.granted_on[:10]) + relativedelta(years=years)
    evidence = "award_ev_winner_recent_product" if last.product_name else "award_ev_winner_recent"
    return ConditionResult(code, False, evidence, {
        **params_out, "title": last.title, "granted": last.granted_on, "again": again.isoformat(),
        "product": last.product_name})


def _same_product(kind: str, application: AwardApplication, brand: Brand) -> bool:
    """For product titles, a win blocks the same product only (by record, else by name); a title or an application
    without a product blocks them all."""
    if kind not in rules.PRODUCT_KINDS:
        return True
    if application.product_id and brand.product_id:
        return application.product_id == brand.product_id
    mine, theirs = application.product_name.strip(), brand.product_name.strip()
    return not mine or not theirs or mine == theirs
