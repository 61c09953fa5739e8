"""Messages of the printed spot-check forms (PDF)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # problems
    "pdf_no_font": (
        "找不到可以嵌入 PDF 的中文字体（已检查：{tried}）。程序自带的字体 resources/fonts/wqy-microhei.ttc 缺失或已损坏：请重新安装本程序；"
        "或安装一种 TrueType 中文字体（Windows：仿宋 simfang.ttf 或宋体 simsun.ttc；Linux：sudo apt install fonts-wqy-microhei），"
        "也可以用环境变量 QS_PDF_FONT 指定一个 .ttf/.ttc 字体文件。",
        "No Chinese font that can be embedded in a PDF was found (tried: {tried}). The bundled font "
        "resources/fonts/wqy-microhei.ttc is missing or damaged: reinstall the program, or install a TrueType Chinese "
        "font (Windows: FangSong simfang.ttf or SimSun simsun.ttc; Linux: sudo apt install fonts-wqy-microhei), or name "
        "a .ttf/.ttc file in the environment variable QS_PDF_FONT.",
    ),
    "form_check_not_found": (
        "找不到抽查记录 {id}（可能已被删除）。请刷新列表后重新选择。",
        "No spot check {id} (it may have been deleted). Refresh the list and choose again.",
    ),
    "form_no_verdict": (
        "样品“{sample}”还没有检验结论，不能出具检验结果通知书。请先录入检验项目和结论。",
        "The sample \u201c{sample}\u201d has no verdict yet, so no result notice can be made. Enter the test items and verdict first.",
    ),
    "form_not_failing": (
        "样品“{sample}”的最终结论为合格（{verdict}），不需要责令改正。",
        "The sample \u201c{sample}\u201d finally passed ({verdict}); no correction order is needed.",
    ),
    "form_written": ("已生成 {path}", "Written {path}"),
    # words used in several documents
    "form_verdict_pass": ("合格", "pass"),
    "form_verdict_fail": ("不合格", "fail"),
    "form_verdict_serious_fail": ("严重不合格", "serious fail"),
    "form_level_national": ("国家", "national"),
    "form_level_provincial": ("省级", "provincial"),
    "form_level_municipal": ("市级", "municipal"),
    "form_level_county": ("县级", "county"),
    "form_field_production": ("生产领域", "production"),
    "form_field_circulation": ("流通领域", "circulation"),
    "form_field_ecommerce": ("电子商务领域", "e-commerce"),
    "form_verb_production": ("生产", "made"),
    "form_verb_circulation": ("销售", "sold"),
    "form_we": ("我局", "we"),
    "form_we_other": ("本机关", "we"),
    "form_to_us": ("{we}", "us"),
    "form_authority_unknown": ("组织抽查的市场监督管理部门", "the market regulation authority that organised the spot check"),
    "form_blank_date": ("　　　　年　　月　　日", "____-__-__"),
    "form_date": ("{y}年{m}月{d}日", "{iso}"),
    "form_page": ("— {n} —", "Page {n}"),
    "form_none": ("—", "n/a"),
    # facts (labels of the boxes and key tables)
    "form_plan_section": ("抽查任务", "Spot check"),
    "form_plan_no": ("计划编号", "Plan no."),
    "form_level": ("抽查类别", "Level"),
    "form_level_value": ("{level}监督抽查", "{level} spot check"),
    "form_field": ("抽查领域", "Field"),
    "form_category": ("产品类别", "Product category"),
    "form_agency": ("承检机构", "Testing agency"),
    "form_rules_ref": ("实施细则", "Implementing rules"),
    "form_unit": ("被抽样单位", "Sampled unit"),
    "form_unit_name": ("单位名称", "Name"),
    "form_address": ("单位地址", "Address"),
    "form_uscc": ("统一社会信用代码", "Credit code"),
    "form_township": ("所在乡镇", "Township"),
    "form_producer": ("标称生产者", "Labelled producer"),
    "form_sample": ("样品信息", "Sample"),
    "form_product": ("产品名称", "Product"),
    "form_brand": ("商标", "Brand"),
    "form_spec": ("规格型号", "Spec / model"),
    "form_batch": ("生产日期/批号", "Production date / batch"),
    "form_test_qty": ("检验样品数量", "Test quantity"),
    "form_reserve_qty": ("备用样品数量", "Reserve quantity"),
    "form_standard": ("执行标准", "Declared standard"),
    "form_sampled_on": ("抽样日期", "Sampling date"),
    "form_sample_no": ("抽样单编号", "Sample no."),
    "form_sampling": ("抽样情况", "Sampling"),
    "form_sampling_state": ("抽样状态", "Outcome"),
    "form_state_sampled": ("正常抽样", "sampled"),
    "form_state_refused": ("拒绝抽样（拒检）", "sampling refused"),
    "form_state_not_found": ("未找到被抽样单位", "unit not found"),
    "form_notes": ("备注", "Notes"),
    "form_note_refused": (
        "被抽样单位拒绝接受抽样。抽样人员已告知拒检的法律后果，并如实记录。",
        "The unit refused sampling. The samplers explained the legal consequences and recorded the refusal.",
    ),
    "form_note_not_found": (
        "抽样人员按登记地址未找到被抽样单位，或该单位已停止生产经营。",
        "The samplers did not find the unit at its registered address, or it has stopped trading.",
    ),
    "form_report_no": ("检验报告编号", "Report no."),
    "form_report_on": ("报告日期", "Report date"),
    "form_verdict": ("检验结论", "Verdict"),
    "form_failed_items": ("不合格项目", "Failing items"),
    # the test item table
    "form_col_no": ("序号", "No."),
    "form_col_item": ("检验项目", "Test item"),
    "form_col_clause": ("标准条款", "Clause"),
    "form_col_required": ("标准要求", "Required"),
    "form_col_measured": ("实测结果", "Measured"),
    "form_col_unit": ("单位", "Unit"),
    "form_col_verdict": ("单项判定", "Verdict"),
    "form_col_importance": ("重要程度", "Class"),
    "form_no_items": ("（尚未录入检验项目）", "(no test items entered)"),
    "form_items_legend": (
        "注：底色标出的为不合格项目；重要程度为A类的项目不合格时，检验结论判定为严重不合格。",
        "Shaded rows are failing items; a failing class-A item makes the verdict a serious fail.",
    ),
    # 抽样单
    "form_sampling_title": ("产品质量监督抽查抽样单", "Product quality spot check — sampling record"),
    "form_samplers": ("抽样人员", "Samplers"),
    "form_sign": ("签字", "Signature"),
    "form_badge": ("执法证号", "Badge no."),
    "form_sampler_unit": ("抽样单位（盖章）", "Sampling body (seal)"),
    "form_unit_opinion": ("被抽样单位确认", "Confirmation by the sampled unit"),
    "form_unit_confirm": (
        "上述抽样情况和样品信息已经本单位核对，与实际相符。",
        "We have checked the sampling and sample details above; they are correct.",
    ),
    "form_unit_sign": ("经办人（签字）", "Signed by"),
    "form_unit_seal": ("被抽样单位（盖章）", "Sampled unit (seal)"),
    "form_date_label": ("日期", "Date"),
    "form_sampling_footer": (
        "说明：本抽样单一式三份，被抽样单位、承检机构和组织抽查部门各执一份。被抽样单位应当核对所填内容，确认无误后签字盖章；"
        "对抽样过程有意见的，可在备注栏中写明。",
        "One copy each for the sampled unit, the testing agency and the organising authority. The sampled unit checks "
        "the entries before signing; objections to the sampling go into the notes.",
    ),
    # 检验结果通知书
    "form_notice_title": ("产品质量监督抽查检验结果通知书", "Notice of spot-check test results"),
    "form_notice_opening": (
        "按照{year}年{level}产品质量监督抽查工作安排（计划编号：{plan_no}），{we}依法对你单位{verb}的下列产品进行了抽样检验。现将检验结果通知如下：",
        "Under the {year} {level} product quality spot-check plan (plan no. {plan_no}), {we} sampled and tested the "
        "following product {verb} by you. The results are as follows:",
    ),
    "form_notice_pass": (
        "经检验，该样品所检项目符合标准要求，检验结论为合格。",
        "The sample met the requirements in every item tested: it passes.",
    ),
    "form_notice_fail": (
        "经检验，该样品检验结论为{verdict}，不合格项目为：{items}。",
        "The sample's verdict is {verdict}; failing items: {items}.",
    ),
    "form_notice_serious": (
        "其中{items}属于A类（重要程度最高的）项目，故判定为严重不合格。",
        "Of these, {items} are class-A (most important) items, hence the verdict of serious fail.",
    ),
    "form_notice_stop": (
        "请你单位立即停止生产、销售与样品同一批次、同一型号的不合格产品，查清不合格的原因并着手整改。{we}将依法责令改正并组织复查。",
        "Stop making and selling non-conforming products of the sampled batch and model at once, find out why they "
        "failed and start correcting it. We will order the correction and recheck it as the law provides.",
    ),
    "form_objection_dated": (
        "你单位如对检验结果有异议，可于{due}前（收到本通知书之日起15日内）向{to}书面提出复检申请并说明理由。复检使用备用样品进行，复检结论为最终结论；逾期未提出的，视为认可本次检验结果。",
        "If you dispute the result, you may apply in writing to {to} for a re-test, with your reasons, by {due} "
        "(within 15 days of receiving this notice). The re-test uses the reserve sample and is final; without an "
        "application by then, the result stands as accepted.",
    ),
    "form_objection_undated": (
        "你单位如对检验结果有异议，可自收到本通知书之日起15日内向{to}书面提出复检申请并说明理由。复检使用备用样品进行，复检结论为最终结论；逾期未提出的，视为认可本次检验结果。",
        "If you dispute the result, you may apply in writing to {to} for a re-test, with your reasons, within 15 days "
        "of receiving this notice. The re-test uses the reserve sample and is final; without an application by then, "
        "the result stands as accepted.",
    ),
    "form_so_notified": ("特此通知。", "This notice is given accordingly."),
    "form_attachment": ("附件", "Attachment"),
    "form_attachment_line": ("附件：{title}", "Attachment: {title}"),
    "form_items_title": ("检验项目及结果", "Test items and results"),
    # 责令改正通知书
    "form_correction_title": ("责令改正通知书", "Order to correct"),
    "form_correction_opening": (
        "在{year}年{level}产品质量监督抽查（计划编号：{plan_no}）中，你单位{verb}的下列产品经检验，结论为{verdict}。",
        "In the {year} {level} product quality spot check (plan no. {plan_no}), the following product {verb} by you "
        "was tested with the verdict {verdict}.",
    ),
    "form_correction_items": ("不合格项目如下：", "The failing items:"),
    "form_correction_basis": (
        "上述产品不符合相关标准的要求。依据《中华人民共和国产品质量法》有关产品质量监督抽查的规定，以及《产品质量监督抽查管理暂行办法》关于抽查不合格产品后续处理的规定，现责令你单位：",
        "The product does not meet the applicable standards. Under the spot-check provisions of the Product Quality "
        "Law of the People's Republic of China and the follow-up provisions of the Interim Measures for the "
        "Administration of Product Quality Spot Checks, you are ordered to:",
    ),
    "form_correction_stop": (
        "一、立即停止生产、销售与样品同一批次、同一型号的不合格产品，清理库存的该类产品，防止其继续流入市场。",
        "1. Stop making and selling non-conforming products of the sampled batch and model at once, and clear such "
        "products from your stock so that none reach the market.",
    ),
    "form_correction_dated": (
        "二、查明不合格原因，制定并落实整改措施，于{due}前（责令改正之日起60日内）完成整改，并向{to}报送书面整改报告。",
        "2. Find the cause, decide and carry out corrective measures, finish them by {due} (within 60 days of this "
        "order) and send {to} a written report.",
    ),
    "form_correction_undated": (
        "二、查明不合格原因，制定并落实整改措施，自本通知书送达之日起60日内完成整改，并向{to}报送书面整改报告。",
        "2. Find the cause, decide and carry out corrective measures, finish them within 60 days of receiving this "
        "order and send {to} a written report.",
    ),
    "form_recheck_dated": (
        "三、{we}将于{due}前（责令改正之日起75日内）组织复查。复查不合格的，将依法向社会公告，并在公告后再次组织复查。",
        "3. We will recheck by {due} (within 75 days of this order). A failed recheck is announced publicly and "
        "rechecked again after the announcement.",
    ),
    "form_recheck_undated": (
        "三、{we}将自本通知书送达之日起75日内组织复查。复查不合格的，将依法向社会公告，并在公告后再次组织复查。",
        "3. We will recheck within 75 days of this order. A failed recheck is announced publicly and rechecked again "
        "after the announcement.",
    ),
    "form_correction_refuse": (
        "四、逾期不改正或者拒不改正的，{we}将依照有关法律、法规的规定处理。",
        "4. If the correction is not made in time, or refused, we will act as the law provides.",
    ),
    "form_receipt": ("送达回执", "Acknowledgement of receipt"),
    "form_receipt_unit": ("被责令单位（盖章）", "Unit (seal)"),
    "form_receipt_by": ("签收人（签字）", "Received by"),
    "form_receipt_on": ("签收日期", "Date received"),
}
