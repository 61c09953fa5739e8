<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33" />
        <source>关于 质量监管工作台</source>
        <translation>About QSupervise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="36" />
        <source>数据库结构版本</source>
        <translation>Database schema revision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40" />
        <source>质量监管工作台</source>
        <translation>QSupervise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="41" />
        <source>县域质量监管离线工作台：企业档案、监督抽查、认证许可、责任书与考核。</source>
        <translation>Offline workbench for county quality supervision: enterprise registry, spot checks, certifications, responsibility letters and assessment.</translation>
    </message>
</context>
<context>
    <name>AddEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="60" />
        <source>名单</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="60" />
        <source>列入日期</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="60" />
        <source>决定机关</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="60" />
        <source>决定书文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="61" />
        <source>列入事由</source>
        <translation>Reason for listing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="61" />
        <source>信息来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="66" />
        <source>列入名单 — {0}</source>
        <translation>Add to List — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="67" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="68" />
        <source>例如 青市监异〔2026〕3号</source>
        <translation>e.g. 青市监异〔2026〕3号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="69" />
        <source>例如 国家企业信用信息公示系统</source>
        <translation>e.g. the National Enterprise Credit Information Publicity System</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="72" />
        <source>列入经营异常名录的企业，信用等级最高为 C 级；列入严重违法失信名单的一律为 D 级。保存后立即重新评定该企业。</source>
        <translation>An enterprise on the abnormal operations list is graded C at best; one on the serious dishonesty list is always graded D. The enterprise is re-graded as soon as this is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="73" />
        <source>列入</source>
        <translation>Add to List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="74" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="30" />
        <source>IDT 等同采用</source>
        <translation>IDT – identical adoption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="30" />
        <source>MOD 修改采用</source>
        <translation>MOD – modified adoption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="35" />
        <source>如 ISO 22000:2018、IEC 60598-1:2020</source>
        <translation>e.g. ISO 22000:2018, IEC 60598-1:2020</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="37" />
        <source>非等效（NEQ）不计为采标。</source>
        <translation>Non-equivalent adoption (NEQ) does not count.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="39" />
        <source>产品与标准</source>
        <translation>Product and standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="40" />
        <source>采用程度</source>
        <translation>Degree of adoption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="41" />
        <source>国际标准编号</source>
        <translation>International standard no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="45" />
        <source>标记采标</source>
        <translation>Mark Adoption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="46" />
        <source>标记</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_adoption.py" line="47" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdoptionModel</name>
    <message>
        <location filename="../../ui/models/standards.py" line="286" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="286" />
        <source>产品数</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="286" />
        <source>采标产品</source>
        <translation>Adopting products</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="286" />
        <source>采标率</source>
        <translation>Adoption rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="286" />
        <source>距目标</source>
        <translation>Gap to target</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="292" />
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="273" />
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="273" />
        <source>流程</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="273" />
        <source>资格预审</source>
        <translation>Eligibility Pre-check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="273" />
        <source>申报材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="274" />
        <source>评分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="276" />
        <source>打印申报摘要…</source>
        <translation>Print Application Summary…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="277" />
        <source>生成申报概要 PDF（Ctrl+P）</source>
        <translation>Create a PDF summary of the application (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="278" />
        <source>奖励资金…</source>
        <translation>Reward Fund…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="279" />
        <source>为获奖企业登记发放的奖励资金</source>
        <translation>Reward-fund payments made to the awarded enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="280" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="281" />
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="292" />
        <source>申报 — {0}</source>
        <translation>Application — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="300" />
        <source>产品：{0}</source>
        <translation>Product: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="327" />
        <source>保存申报概要</source>
        <translation>Save Application Summary</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="332" />
        <source>申报概要-{0}.pdf</source>
        <translation>Application summary-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="338" />
        <source>已生成 {0}</source>
        <translation>Created {0}</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../ui/models/awards.py" line="199" />
        <source>申报企业</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="200" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="201" />
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="202" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="203" />
        <source>申报产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="204" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="205" />
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="206" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="207" />
        <source>预审日期</source>
        <translation>Pre-checked on</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="221" />
        <source>未审查</source>
        <translation>not checked</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="104" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="111" />
        <location filename="../../ui/pages/award_applications_tab.py" line="294" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="126" />
        <location filename="../../ui/pages/award_applications_tab.py" line="293" />
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="126" />
        <source>{0} 年度</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="131" />
        <location filename="../../ui/pages/award_applications_tab.py" line="293" />
        <source>全部项目</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="204" />
        <source>共 {0} 份，筛选后 {1} 份</source>
        <translation>{0} in total, {1} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="206" />
        <source>共 {0} 份</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="209" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="213" />
        <source>没有符合筛选条件的申报。</source>
        <translation>No applications match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="215" />
        <source>这一年度还没有申报。点“新建申报”（Ctrl+N），为企业建立申报草稿并整理申报材料。</source>
        <translation>No applications for this year yet. Click “New Application” (Ctrl+N) to create a draft application for an enterprise and gather its documents.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="244" />
        <source>已建立申报草稿：{0}。</source>
        <translation>Draft application created: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="277" />
        <source>保存申报概要</source>
        <translation>Save Application Summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="277" />
        <source>申报概要-{0}.pdf</source>
        <translation>Application summary-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="283" />
        <source>已生成申报概要 {0}</source>
        <translation>Application summary created: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="297" />
        <source>企业名称、信用代码或产品</source>
        <translation>Enterprise name, credit code or product</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="298" />
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="300" />
        <source>新建申报…</source>
        <translation>New Application…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="300" />
        <source>为企业建立申报草稿（Ctrl+N）</source>
        <translation>Create a draft application for an enterprise (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="301" />
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="302" />
        <source>打开选中的申报：流程、资格预审、申报材料、评分（回车或双击）</source>
        <translation>Open the selected application: workflow, eligibility pre-check, documents, scoring (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="303" />
        <source>打印申报摘要…</source>
        <translation>Print Application Summary…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_applications_tab.py" line="303" />
        <source>生成选中申报的申报概要 PDF（Ctrl+P）</source>
        <translation>Create a PDF summary of the selected application (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="70" />
        <source>考核截止日已设为 {0}；数据值按截止日重新计算。</source>
        <translation>Assessment cut-off date set to {0}; data values recalculated up to the cut-off date.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="85" />
        <source>已保存“{0}”的{1}。</source>
        <translation>Saved the {1} for “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="86" />
        <source>核查值</source>
        <translation>verified value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="86" />
        <source>自评值</source>
        <translation>self-assessment value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="127" />
        <source>没有可以打开“{0}”的程序。文件已复制到 {1}</source>
        <translation>No program can open “{0}”. The file has been copied to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="134" />
        <source>提交{0}的自评（自评 {1} 分）？提交后自评值不能再修改，如需更正须由县级退回。</source>
        <translation>Submit the self-assessment of {0} ({1} points)? Once submitted, the self-assessment values can no longer be changed; a correction requires the county to send it back.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="140" />
        <source>已提交{0}的自评。</source>
        <translation>Submitted the self-assessment of {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="150" />
        <source>确认{0}的核查结果（核查 {1} 分）？确认后核查值冻结，不再随数据变化。</source>
        <translation>Confirm the verification result for {0} ({1} points)? Once confirmed, the verified values are frozen and no longer follow changes in the data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="157" />
        <source>已核查确认{0}：{1} 分。</source>
        <translation>Verified and confirmed {0}: {1} points.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="166" />
        <source>退回</source>
        <translation>Send Back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="167" />
        <source>把{0}的责任书从“{1}”退回上一阶段？已冻结的数值保留，可以更正。理由记入审计日志。</source>
        <translation>Send the responsibility letter of {0} back from “{1}” to the previous stage? Frozen values are kept and can be corrected. The reason is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="177" />
        <source>已退回{0}的责任书。</source>
        <translation>Sent the responsibility letter of {0} back.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="187" />
        <source>通报 {0} 年 {1} 个{2}的考核结果？通报后结果不能再修改。</source>
        <translation>Publish the {0} assessment results of {1} units ({2})? Once published, the results can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="191" />
        <source>已通报 {0} 年{1}的考核结果。</source>
        <translation>Published the {0} assessment results ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="197" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="198" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="207" />
        <source>导出考核表</source>
        <translation>Export Assessment Table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="207" />
        <source>{0}年度考核表.xlsx</source>
        <translation>{0} assessment table.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="213" />
        <source>考核报告</source>
        <translation>Assessment Report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="213" />
        <source>{0}年度考核报告.pdf</source>
        <translation>{0} assessment report.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="239" />
        <source>已保存到 {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="244" />
        <source>正在导出考核表…</source>
        <translation>Exporting the assessment table…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_actions.py" line="245" />
        <source>正在生成考核报告…</source>
        <translation>Creating the assessment report…</translation>
    </message>
</context>
<context>
    <name>AssessmentDrill</name>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="54" />
        <source>明细：{0} · {1}</source>
        <translation>Details: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="82" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="91" />
        <source>只看未计入的</source>
        <translation>Only those not counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="107" />
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1}：{2}，截至 {3}。计入 {4} 条，未计入 {5} 条。</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1}: {2}, as of {3}. {4} counted, {5} not counted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="111" />
        <source>只列出前 {0} 条。</source>
        <translation>Only the first {0} are listed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="113" />
        <source>计量器具按截止日的登记和检定情况列出，日期为最近一次检定日期。</source>
        <translation>Instruments are listed by their registration and verification status on the cut-off date; the date is that of the latest verification.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="115" />
        <source>该乡镇在考核期内没有相关记录。</source>
        <translation>This township has no relevant records in the assessment period.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="127" />
        <source>计入</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="128" />
        <source>未计入</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_drill.py" line="129" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>AssessmentEntry</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="59" />
        <source>填写核查值</source>
        <translation>Enter Verified Value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="59" />
        <source>填写自评值</source>
        <translation>Enter Self-assessment Value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="65" />
        <location filename="../../ui/dialogs/assessment_entry.py" line="87" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="66" />
        <source>目标 {0} · 分值 {1}</source>
        <translation>Target {0} · {1} points</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="68" />
        <source> · 完成时限 {0}</source>
        <translation> · due {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="70" />
        <source> · 数据值 {0}（截至 {1}）</source>
        <translation> · data value {0} (as of {1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="72" />
        <source> · 自评 {0}</source>
        <translation> · self-assessment {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="83" />
        <source>核查值</source>
        <translation>Verified value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="84" />
        <source>自评值</source>
        <translation>Self-assessment value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="87" />
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="87" />
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="97" />
        <source>留空则采用数据值 {0}</source>
        <translation>Leave empty to use the data value {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="99" />
        <source>数值，单位：{0}</source>
        <translation>Number, in {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="100" />
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="106" />
        <source>完成情况、依据或核减理由</source>
        <translation>Progress, basis or reason for a deduction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="107" />
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="111" />
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="112" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="113" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="199" />
        <location filename="../../ui/pages/assessment_tab.py" line="200" />
        <source>正在计算 {0} 年的考核得分…</source>
        <translation>Calculating the {0} assessment scores…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="249" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="252" />
        <source>{0} 年没有{1}的责任书。</source>
        <translation>No responsibility letters for {1} in {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="255" />
        <source>{0} 年还没有责任书。请先在“责任书”页按模板为各乡镇和成员单位生成责任书，签订后在这里填写自评、核查和通报。</source>
        <translation>No responsibility letters for {0} yet. First create them from the templates for the townships and member units on the “Responsibility Letters” tab; once they are signed, enter the self-assessment, verification and publication here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="277" />
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="281" />
        <source>{0} · {1} · 自评 {2} 分 · 核查 {3} 分（满分 {4}）</source>
        <translation>{0} · {1} · self-assessment {2} · verified {3} (out of {4})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="284" />
        <source>数据值截至 {0}</source>
        <translation>Data values as of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="329" />
        <source>对象</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="332" />
        <source>截止日</source>
        <translation>Cut-off date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="333" />
        <source>数据值统计到这一天（含）</source>
        <translation>Data values are counted up to and including this day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="334" />
        <source>考核单位</source>
        <translation>Assessed units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="336" />
        <source>设置截止日</source>
        <translation>Set Cut-off Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="336" />
        <source>把本年度全部责任书的考核截止日设为所选日期</source>
        <translation>Set the assessment cut-off date of all responsibility letters of this year to the chosen date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="337" />
        <source>导出考核表…</source>
        <translation>Export Assessment Table…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="337" />
        <source>把本年度考核表导出为 Excel 工作簿</source>
        <translation>Export this year's assessment table to an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="338" />
        <source>考核报告…</source>
        <translation>Assessment Report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="338" />
        <source>生成带排名图的考核报告（PDF）</source>
        <translation>Create the assessment report with ranking charts (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="339" />
        <source>提交自评</source>
        <translation>Submit Self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="339" />
        <source>冻结所选单位的自评值</source>
        <translation>Freeze the self-assessment values of the selected unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="340" />
        <source>核查确认</source>
        <translation>Confirm Verification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="340" />
        <source>每项指标都有核查值后，冻结所选单位的核查结果</source>
        <translation>Once every metric has a verified value, freeze the verification result of the selected unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="341" />
        <source>退回…</source>
        <translation>Send Back…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="341" />
        <source>把所选单位的责任书退回上一阶段（须写明理由）</source>
        <translation>Send the selected unit's responsibility letter back to the previous stage (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="342" />
        <source>通报</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="342" />
        <source>全部单位核查确认后，通报本类单位的考核结果和名次</source>
        <translation>Once all units are verified, publish the assessment results and rankings for this type of unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="343" />
        <source>填写自评值…</source>
        <translation>Enter Self-assessment…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="343" />
        <source>填写所选指标的自评值、说明和佐证材料</source>
        <translation>Enter the self-assessment value, explanation and evidence for the selected metric</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="344" />
        <source>填写核查值…</source>
        <translation>Enter Verified Value…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="344" />
        <source>填写所选指标的核查值、说明和佐证材料</source>
        <translation>Enter the verified value, explanation and evidence for the selected metric</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="345" />
        <source>明细…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_tab.py" line="345" />
        <source>列出数据值背后的抽查、证书、称号或器具记录</source>
        <translation>List the spot-check, certificate, title or instrument records behind the data value</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="215" />
        <location filename="../../ui/pages/audit_tab.py" line="311" />
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="216" />
        <location filename="../../ui/pages/audit_tab.py" line="313" />
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="229" />
        <source>共 {0} 条，已显示 {1} 条</source>
        <translation>{0} in total, {1} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="231" />
        <source>共 {0} 条</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="244" />
        <source>选中一条记录，查看它改动了哪些数据。</source>
        <translation>Select an entry to see which data it changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="250" />
        <source>{0}  {1}  {2}  {3}
{4}</source>
        <translation>{0}  {1}  {2}  {3}
{4}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="254" />
        <source>这条记录早于与变更记录的关联，无法列出它改动的数据。</source>
        <translation>This entry predates the link to change records, so the data it changed cannot be listed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="256" />
        <source>这次操作没有改动数据。</source>
        <translation>This action did not change any data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="258" />
        <source>共 {0} 条变更记录，显示前 {1} 项</source>
        <translation>{0} change records; the first {1} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="261" />
        <source>共 {0} 条变更记录</source>
        <translation>{0} change records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="267" />
        <source>导出审计日志</source>
        <translation>Export Audit Log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="268" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="280" />
        <source>审计日志.xlsx</source>
        <translation>Audit log.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="292" />
        <source>已导出 {0} 条审计日志到 {1}</source>
        <translation>Exported {0} audit log entries to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="295" />
        <source>正在导出审计日志…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="302" />
        <source>对象、操作或详情中的文字</source>
        <translation>Text in object, action or details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="303" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="304" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="306" />
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="307" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="308" />
        <source>把筛选出的审计日志导出为 Excel</source>
        <translation>Export the filtered audit log to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="309" />
        <source>加载更多</source>
        <translation>Load More</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../../ui/pages/awards.py" line="157" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="158" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="177" />
        <source>{0}年度</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="178" />
        <source>历年</source>
        <translation>all years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="178" />
        <source>导出品牌与奖项</source>
        <translation>Export Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="178" />
        <source>品牌与奖项-{0}.xlsx</source>
        <translation>Brands and awards-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="190" />
        <source>已导出 {0} 个项目、{1} 份申报、{2} 条名牌登记到 {3}</source>
        <translation>Exported {0} programmes, {1} applications and {2} brand register entries to {3}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="196" />
        <source>正在导出品牌与奖项…</source>
        <translation>Exporting brands and awards…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="201" />
        <source>品牌与奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="202" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="203" />
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="204" />
        <source>导出汇总…</source>
        <translation>Export Summary…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="206" />
        <source>把所选年度的奖项与申报、名牌登记和奖励资金导出为一个 Excel 工作簿（Ctrl+E）</source>
        <translation>Export the award programmes and applications, brand register and reward fund of the selected year to one Excel workbook (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="207" />
        <source>奖项计划</source>
        <translation>Award Programmes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="207" />
        <source>申报</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="207" />
        <source>名牌登记</source>
        <translation>Brand Register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="207" />
        <source>奖励资金</source>
        <translation>Reward Fund</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="210" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="211" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="212" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py" line="213" />
        <source>打印申报摘要</source>
        <translation>Print Application Summary</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="177" />
        <location filename="../../ui/pages/backup_tab.py" line="185" />
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="178" />
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="179" />
        <source>迁移前</source>
        <translation>Before migration</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="180" />
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="181" />
        <source>数据包导入前</source>
        <translation>Before package import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="182" />
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="183" />
        <source>演示数据前</source>
        <translation>Before demo data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="188" />
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="189" />
        <source>恢复所选…</source>
        <translation>Restore Selected…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="190" />
        <source>打开备份文件夹</source>
        <translation>Open Backup Folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="191" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="191" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="191" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="191" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="144" />
        <source>还没有备份。</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="142" />
        <source>服务器上的数据库由服务器管理员按计划备份和恢复。“立即备份”在本机写一个备份：装有 pg_dump 时是 .dump 文件（用 pg_restore 恢复），否则是本程序导出的 SQLite 副本（.db，可直接打开，或用 migrate-store 放回一个空的服务器数据库）。</source>
        <translation>A database on a server is backed up and restored by the server's administrator on a schedule. “Back up now” writes a backup on this computer: a .dump file when pg_dump is installed (restored with pg_restore), otherwise this program's own SQLite copy (.db, which opens directly, or goes back onto an empty server database with migrate-store).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_tab.py" line="197" />
        <source>每天第一次打开数据库时、导入和恢复之前、升级数据库结构之前都会自动备份。自动备份保留最近 7 天每天一份、最近 4 周每周一份、最近 12 个月每月一份；手动备份不会被自动删除。备份放在数据库旁的 backups 文件夹里，请定期把它复制到另一块磁盘或 U 盘。</source>
        <translation>A backup is made automatically the first time the database is opened each day, before imports and restores, and before the database schema is upgraded. Automatic backups are kept one a day for the last 7 days, one a week for the last 4 weeks and one a month for the last 12 months; manual backups are never deleted automatically. Backups are stored in the backups folder next to the database; copy it regularly to another disk or a USB drive.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="188" />
        <source>批量打印责任书</source>
        <translation>Batch Print Responsibility Letters</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="189" />
        <source>合并为一个 PDF 文件（便于一次打印）</source>
        <translation>Combine into one PDF file (easier to print in one go)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="191" />
        <source>每份一个 PDF 文件，保存到文件夹</source>
        <translation>One PDF file per letter, saved to a folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="202" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="210" />
        <source>{0} 年度共 {1} 份责任书，按 GB/T 9704 公文格式输出 A4 PDF。</source>
        <translation>{1} responsibility letters for {0}, output as A4 PDF in the GB/T 9704 official document format.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="213" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="216" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="217" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="223" />
        <source>{0}年度质量工作目标责任书.pdf</source>
        <translation>{0} quality target responsibility letters.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="224" />
        <source>{0}年度责任书</source>
        <translation>{0} responsibility letters</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="236" />
        <source>保存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="237" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="239" />
        <source>选择文件夹</source>
        <translation>Choose Folder</translation>
    </message>
</context>
<context>
    <name>BatchResultsDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="115" />
        <source>批量录入结果 — {0}</source>
        <translation>Enter Results in Bulk — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="120" />
        <source>每行一个已抽样的样品。可以逐格输入，也可以从检验机构的结果表中复制几列，选中起始格后按 Ctrl+V 粘贴。结论写 合格 / 不合格 / 严重不合格（也认 P / F、符合 / 不符合）；不合格的请填写不合格项目。已录入检验项目的样品，结论由检验项目得出（灰色）。</source>
        <translation>One row per sample taken. Type cell by cell, or copy a few columns from the testing body's results table, select the first cell and press Ctrl+V. Write the verdict as pass / fail / serious fail (合格 / 不合格 / 严重不合格, P / F and 符合 / 不符合 are accepted too); for a fail, enter the failed items. Samples with test items entered take their verdict from the test items (grey).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="122" />
        <source>抽样单编号</source>
        <translation>Sample no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="122" />
        <source>被抽样单位</source>
        <translation>Sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="122" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="122" />
        <source>报告编号</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="122" />
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="183" />
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="123" />
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="184" />
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="123" />
        <source>不合格项目</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="126" />
        <source>全部保存</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="127" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="147" />
        <source>已录入检验项目：结论由检验项目得出，请在样品编辑窗口中修改</source>
        <translation>Test items entered: the verdict comes from the test items; change it in the sample's editor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="155" />
        <source>这个计划还没有已抽样的样品：先在样品的抽样单里把状态改为“已抽样”。</source>
        <translation>This plan has no samples taken yet: first set the state to “sampled” on the sample's sampling record.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="189" />
        <source>第 {0} 行【{1}】“{2}”认不出</source>
        <translation>Row {0} [{1}]: “{2}” not recognised</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="223" />
        <source>第 {0} 行：{1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="238" />
        <source>未保存，请改正：</source>
        <translation>Nothing saved; please correct:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_batch.py" line="240" />
        <source>……另有 {0} 处</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>BrandForm</name>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="71" />
        <source>登记称号</source>
        <translation>Record Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="72" />
        <source>获得企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="72" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="72" />
        <source>称号</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="72" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="72" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="73" />
        <source>授予日期</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="73" />
        <source>有效期</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="73" />
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="76" />
        <source>如 2024 年度省名牌产品</source>
        <translation>e.g. 2024 provincial famous-brand product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="77" />
        <source>长期</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="78" />
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="79" />
        <source>或有效期至</source>
        <translation>or valid until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="80" />
        <source>YYYY-MM-DD（填写则以此为准）</source>
        <translation>YYYY-MM-DD (takes precedence if filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="81" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_brand_form.py" line="82" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BrandsModel</name>
    <message>
        <location filename="../../ui/models/awards.py" line="251" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="252" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="253" />
        <source>称号</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="254" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="255" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="256" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="257" />
        <source>授予日期</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="258" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="259" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="260" />
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="266" />
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="288" />
        <source>长期</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="304" />
        <source>{0} 天内到期：请提醒企业按时复评或重新申报</source>
        <translation>Expires within {0} days: remind the enterprise to renew or reapply in time</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="52" />
        <source>{0} 年度奖励资金预算</source>
        <translation>Reward Fund Budget for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="53" />
        <source>预算金额（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="53" />
        <source>批准文号</source>
        <translation>Approval document no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="53" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="56" />
        <source>例如 1000000 或 100万</source>
        <translation>e.g. 1000000 or 100万</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="57" />
        <source>如 青财行〔2026〕12号</source>
        <translation>e.g. 青财行〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="58" />
        <source>确认预算低于已发放金额</source>
        <translation>Confirm a budget below the amount already paid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="59" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="60" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="62" />
        <source>{0} 年度尚未设预算；已发放 {1} 笔 {2} 元。</source>
        <translation>No budget set for {0} yet; {1} payments totalling {2} yuan made.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_budget.py" line="65" />
        <source>当前预算 {0} 元，已发放 {1} 笔 {2} 元。</source>
        <translation>Current budget {0} yuan; {1} payments totalling {2} yuan made.</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="124" />
        <source>正在检查 {0} …</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="125" />
        <source>正在导入标准目录…</source>
        <translation>Importing the standards catalogue…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="125" />
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="127" />
        <source>无法读取这个文件。</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="136" />
        <source>导入将新增 {0} 条、更新 {1} 条目录，并按目录重新标记产品的执行标准。导入前会自动备份数据库。继续吗？</source>
        <translation>The import will add {0} and update {1} catalogue entries, and re-flag the executed standards of products against the catalogue. The database is backed up first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="143" />
        <source>试导入（未写入）</source>
        <translation>Dry run (nothing written)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="147" />
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="147" />
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="157" />
        <source>{0}：共 {1} 行　新增 {2}　更新 {3}　未变 {4}　警告 {5}　错误 {6}</source>
        <translation>{0}: {1} rows　new {2}　updated {3}　unchanged {4}　warnings {5}　errors {6}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="166" />
        <source>导入前已备份到 {0}</source>
        <translation>Backed up before the import to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="171" />
        <source>有错误的行已写入 {0}，改正后可直接再导入这个文件。</source>
        <translation>The rows with errors have been written to {0}; once corrected, this file can be imported again as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="179" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="180" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="209" />
        <source>已把 {0} 行写入 {1}。</source>
        <translation>Wrote {0} rows to {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="212" />
        <source>保存错误清单</source>
        <translation>Save Error List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="213" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="231" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="231" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="233" />
        <source>① 试导入</source>
        <translation>① Dry Run</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="234" />
        <source>② 导入</source>
        <translation>② Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="236" />
        <source>目录已与这个文件一致，无需导入。</source>
        <translation>The catalogue already matches this file; nothing to import.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="240" />
        <source>导入标准目录</source>
        <translation>Import Standards Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="241" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="241" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="241" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="241" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="242" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="243" />
        <source>写入目录并重新标记产品的执行标准；有错误时整个文件都不导入</source>
        <translation>Write to the catalogue and re-flag the executed standards of products; if there are any errors, nothing in the file is imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_catalogue_import.py" line="244" />
        <source>保存错误清单…</source>
        <translation>Save Error List…</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/models/standards.py" line="245" />
        <source>标准号</source>
        <translation>Standard no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="246" />
        <source>标准名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="247" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="248" />
        <source>被代替为</source>
        <translation>Superseded by</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="249" />
        <source>现行版本</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="250" />
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="251" />
        <source>实施日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="252" />
        <source>废止日期</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="253" />
        <source>执行产品</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="111" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="122" />
        <source>只有县级管理员可以维护标准目录</source>
        <translation>Only a county administrator can maintain the standards catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="170" />
        <source>目录共 {0} 条（被代替 {1}，废止 {2}）；列出 {3} 条</source>
        <translation>Catalogue: {0} entries ({1} superseded, {2} withdrawn); {3} listed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="173" />
        <source>（只列出前 {0} 条，请用搜索缩小范围）</source>
        <translation>(only the first {0} are listed; search to narrow them down)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="176" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="180" />
        <source>没有符合条件的标准。</source>
        <translation>No standards match.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="184" />
        <source>标准目录还是空的。点“导入目录…”导入县局维护的标准目录（.xlsx：标准号、标准名称、状态、被代替、日期），产品执行的被代替、已废止标准随即标出。</source>
        <translation>The standards catalogue is still empty. Click “Import Catalogue…” to import the catalogue maintained by the county bureau (.xlsx: standard no., title, status, superseded by, dates); superseded and withdrawn standards executed by products are flagged right away.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="194" />
        <source>选中一条标准，这里显示它的代替关系。</source>
        <translation>Select a standard to see its supersession chain here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="205" />
        <source>目录未收录</source>
        <translation>Not in catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="210" />
        <source>（代替关系成环，请检查目录）</source>
        <translation>(the supersession chain loops; check the catalogue)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="212" />
        <source>（没有现行版本）</source>
        <translation>(no current version)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="214" />
        <source>现行标准</source>
        <translation>Current standard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="214" />
        <source>，{0} 个产品执行</source>
        <translation>, executed by {0} products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="224" />
        <source>导入标准目录</source>
        <translation>Import Standards Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="231" />
        <source>标准目录已导入：新增 {0} 条，更新 {1} 条。</source>
        <translation>Standards catalogue imported: {0} new, {1} updated.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="256" />
        <source>标准号或名称</source>
        <translation>Standard no. or title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="257" />
        <source>代替关系</source>
        <translation>Supersession</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="259" />
        <source>导入目录…</source>
        <translation>Import Catalogue…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="260" />
        <source>从 Excel 导入标准目录：先试导入并列出问题，确认后再写入</source>
        <translation>Import the standards catalogue from Excel: a dry run lists the problems first, and nothing is written until you confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="261" />
        <source>重新比对</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_catalogue_tab.py" line="262" />
        <source>按目录重新标记所有产品执行的被代替、已废止标准</source>
        <translation>Re-flag superseded and withdrawn standards executed by all products against the catalogue</translation>
    </message>
</context>
<context>
    <name>CertImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="27" />
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="28" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="29" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="30" />
        <source>证书类型</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="31" />
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="32" />
        <source>编号说明</source>
        <translation>Note on the number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="33" />
        <source>发证机构</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="34" />
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="35" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="36" />
        <source>证书状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="37" />
        <source>认证范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="38" />
        <source>可获奖励</source>
        <translation>Reward eligible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="39" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="53" />
        <source>正在读取 {0} …</source>
        <translation>Reading {0} …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="54" />
        <source>正在读取 {0}</source>
        <translation>Reading {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="55" />
        <source>无法读取这个文件。</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="63" />
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="75" />
        <source>{0}或{1}</source>
        <translation>{0} or {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="79" />
        <source>缺少必需的列：{0}。请在“导入为”中指定。</source>
        <translation>Required columns missing: {0}. Choose them under “Import as”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="82" />
        <source>“{0}”对应了多列，只能保留一列。</source>
        <translation>“{0}” is chosen for several columns; keep only one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="97" />
        <source>正在试导入…</source>
        <translation>Dry run…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="98" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="108" />
        <source>导入将新增 {0} 份、更新 {1} 份证书，{2} 行有错误不导入。导入前会自动备份数据库。继续吗？</source>
        <translation>The import will add {0} and update {1} certificates; {2} rows with errors are left out. The database is backed up first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="114" />
        <source>导入完成：新增 {0} 份证书，更新 {1} 份，{2} 行未导入。</source>
        <translation>Import finished: {0} certificates added, {1} updated, {2} rows not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_import.py" line="120" />
        <source>导入认证许可台账</source>
        <translation>Import Certificate Ledger</translation>
    </message>
</context>
<context>
    <name>CertListTab</name>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="145" />
        <location filename="../../ui/pages/certification_list_tab.py" line="343" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="200" />
        <source>共 {0} 份，显示前 {1} 份</source>
        <translation>{0} in total, first {1} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="201" />
        <source>请用筛选条件或搜索缩小范围</source>
        <translation>Use the filters or the search to narrow the list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="203" />
        <source>共 {0} 份</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="207" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="211" />
        <source>没有符合筛选条件的证书。</source>
        <translation>No certificates match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="215" />
        <source>还没有登记证书。点“新增证书”（Ctrl+N）逐份登记，或用“导入台账”读入已有的 Excel 台账。</source>
        <translation>No certificates recorded yet. Click “New Certificate…” (Ctrl+N) to record them one by one, or use “Import Ledger…” to read in an existing Excel ledger.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="255" />
        <source>已登记证书 {0}。</source>
        <translation>Recorded the certificate {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="273" />
        <source>已保存证书 {0}。</source>
        <translation>Saved the certificate {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="284" />
        <source>删除证书“{0}”？删除后不再列出、不再提醒，记录保留，可用 Ctrl+Z 撤销。</source>
        <translation>Delete the certificate “{0}”? It will no longer be listed or reminded of; the record is kept, and Ctrl+Z undoes the deletion.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="294" />
        <source>已删除证书“{0}”（Ctrl+Z 撤销）。</source>
        <translation>Deleted the certificate “{0}” (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="310" />
        <source>已恢复证书“{0}”。</source>
        <translation>Restored the certificate “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="321" />
        <source>已登记奖励资金 {0} 元（{1}）。</source>
        <translation>Recorded a reward fund payment of {0} yuan ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="332" />
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="333" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="344" />
        <source>{0} 天内到期</source>
        <translation>Expiring within {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="345" />
        <source>不限到期</source>
        <translation>Any expiry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="348" />
        <source>企业名称、拼音首字母、信用代码或证书编号</source>
        <translation>Enterprise name, pinyin initials, credit code or certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="349" />
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="351" />
        <source>新增证书…</source>
        <translation>New Certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="351" />
        <source>登记一份证书或许可证（Ctrl+N）</source>
        <translation>Record a certificate or licence (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="352" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="352" />
        <source>编辑选中的证书（回车或双击）</source>
        <translation>Edit the selected certificate (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="353" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="353" />
        <source>删除选中的证书（可撤销）</source>
        <translation>Delete the selected certificate (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="354" />
        <source>奖励资金…</source>
        <translation>Reward Fund…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="354" />
        <source>为标记“可获奖励”的新获证书登记发放的奖励资金</source>
        <translation>Record reward fund payments for newly obtained certificates marked “Reward eligible”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="355" />
        <source>导入台账…</source>
        <translation>Import Ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="355" />
        <source>从 Excel 或 CSV 台账导入证书：先核对列、试导入，再导入</source>
        <translation>Import certificates from an Excel or CSV ledger: check the columns, do a dry run, then import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="356" />
        <source>导出台账…</source>
        <translation>Export Ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_list_tab.py" line="356" />
        <source>按当前筛选条件导出认证许可台账（Ctrl+E）</source>
        <translation>Export the certificate ledger as filtered (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="153" />
        <source>认证与许可：{0} 份，有效 {1} 份</source>
        <translation>Certificates and licences: {0}, {1} valid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="155" />
        <source>，90 天内到期 {0} 份</source>
        <translation>, {0} expiring within 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="157" />
        <source>，已过期 {0} 份</source>
        <translation>, {0} expired</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="160" />
        <source>认证与许可：暂无</source>
        <translation>Certificates and licences: none</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="163" />
        <source>强检计量器具：{0} 台</source>
        <translation>Instruments under compulsory verification: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="165" />
        <source>，逾期未检 {0} 台</source>
        <translation>, {0} overdue for verification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="168" />
        <source>强检计量器具：暂无</source>
        <translation>Instruments under compulsory verification: none</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="211" />
        <source>已登记证书 {0}。</source>
        <translation>Recorded the certificate {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="212" />
        <source>已保存证书 {0}。</source>
        <translation>Saved the certificate {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="236" />
        <source>已登记计量器具 {0}。</source>
        <translation>Recorded the instrument {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="237" />
        <source>已保存计量器具 {0}。</source>
        <translation>Saved the instrument {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="249" />
        <source>新增证书…</source>
        <translation>New Certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="249" />
        <source>为该企业登记一份证书或许可证</source>
        <translation>Record a certificate or licence for this enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="250" />
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="252" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="250" />
        <source>编辑选中的证书（回车或双击）</source>
        <translation>Edit the selected certificate (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="251" />
        <source>新增器具…</source>
        <translation>New Instrument…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="251" />
        <source>为该企业登记一台强检计量器具</source>
        <translation>Record an instrument under compulsory verification for this enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_certs.py" line="252" />
        <source>编辑选中的计量器具（回车或双击）</source>
        <translation>Edit the selected instrument (Enter or double-click)</translation>
    </message>
</context>
<context>
    <name>CertificationForm</name>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="193" />
        <source>新增证书</source>
        <translation>New Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="193" />
        <source>编辑证书</source>
        <translation>Edit Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="195" />
        <source>持证企业</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="196" />
        <source>证书类型</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="197" />
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="198" />
        <source>编号说明</source>
        <translation>Note on the number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="199" />
        <source>发证机构</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="200" />
        <source>证书状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="201" />
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="202" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="203" />
        <source>认证范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="204" />
        <source>证书扫描件</source>
        <translation>Certificate scan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="205" />
        <source>奖励</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="206" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="210" />
        <source>查找企业：名称、拼音首字母或信用代码</source>
        <translation>Find an enterprise: name, pinyin initials or credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="211" />
        <source>按证书原件填写，如 SC10642010100012</source>
        <translation>As on the original certificate, e.g. SC10642010100012</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="212" />
        <source>例如：已核对证书原件，编号无误</source>
        <translation>e.g. checked against the original certificate; the number is correct</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="213" />
        <source>例如 中国质量认证中心</source>
        <translation>e.g. China Quality Certification Centre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="214" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="215" />
        <source>YYYY-MM-DD，长期有效的留空</source>
        <translation>YYYY-MM-DD; leave empty if it does not expire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="216" />
        <source>证书载明的产品或体系覆盖范围</source>
        <translation>Products or systems covered, as stated on the certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="217" />
        <source>新获证书，可获县级奖励</source>
        <translation>Newly obtained; eligible for a county reward</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="218" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="219" />
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="220" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="258" />
        <source>编辑证书 — {0}</source>
        <translation>Edit Certificate — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="328" />
        <source>请查找并选中持证企业。</source>
        <translation>Find and select the holder.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="334" />
        <source>有 {0} 处需要改正，改正后才能保存。</source>
        <translation>{0} problems to fix before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="337" />
        <source>证书编号与该类证书的常见格式不符：请核对原件，确认无误时在“编号说明”中写明理由后保存。</source>
        <translation>The certificate number does not match the usual format for this type: check it against the original, and if it is correct, give the reason under “Note on the number” and save.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="354" />
        <source>按有效期，现为“{0}”</source>
        <translation>By the expiry date it is now “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="360" />
        <source>按 {0} 年</source>
        <translation>Use {0} years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_form.py" line="362" />
        <source>该类证书通常有效 {0} 年：有效期至 = 发证日期 + {0} 年 − 1 天</source>
        <translation>This type of certificate is usually valid for {0} years: valid until = date of issue + {0} years − 1 day</translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <location filename="../../ui/pages/certifications.py" line="127" />
        <source>选择要导入的认证许可台账</source>
        <translation>Choose the certificate ledger to import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="129" />
        <source>表格 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="136" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="137" />
        <source>CSV，UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="138" />
        <source>认证许可台账-{0}.xlsx</source>
        <translation>Certificate ledger-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="139" />
        <location filename="../../ui/pages/certifications.py" line="202" />
        <source>导出认证许可台账</source>
        <translation>Export Certificate Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="184" />
        <source>已导出 {0} 份证书到 {1}</source>
        <translation>Exported {0} certificates to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="188" />
        <source>正在导出认证许可台账…</source>
        <translation>Exporting the certificate ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="193" />
        <source>认证许可</source>
        <translation>Certificates &amp; Licences</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="194" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="195" />
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="196" />
        <source>证书台账</source>
        <translation>Certificate Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="197" />
        <source>到期提醒</source>
        <translation>Expiry Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="198" />
        <source>计量器具</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="200" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="201" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="203" />
        <source>打印到期提醒单</source>
        <translation>Print Expiry Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certifications.py" line="204" />
        <source>撤销删除证书</source>
        <translation>Undo Certificate Deletion</translation>
    </message>
</context>
<context>
    <name>CertsModel</name>
    <message>
        <location filename="../../ui/models/certifications.py" line="99" />
        <source>持证企业</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="100" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="101" />
        <source>证书类型</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="102" />
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="103" />
        <source>发证机构</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="104" />
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="105" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="106" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="107" />
        <source>奖励</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="131" />
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="152" />
        <source>长期</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="154" />
        <source>可获奖励</source>
        <translation>eligible</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="178" />
        <source>编号与该类证书的格式不符，已核对保留：{0}</source>
        <translation>The number does not match the format for this type; checked and kept: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="180" />
        <source>附有证书扫描件</source>
        <translation>Certificate scan attached</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="185" />
        <source>范围：{0}</source>
        <translation>Scope: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="187" />
        <source>有效期至 {0}，已过期；已换发新证的，请把旧证书标为“注销”</source>
        <translation>Valid until {0}, now expired; if a new certificate has been issued, mark the old one as “cancelled”</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="62" />
        <source>修改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="65" />
        <source>管理员重置了您的密码。请设置一个只有您知道的新密码后继续。</source>
        <translation>An administrator has reset your password. Set a new password that only you know to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="73" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="74" />
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="75" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="76" />
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="62" />
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="62" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="62" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="62" />
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="62" />
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="64" />
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="68" />
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="68" />
        <source>修改</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="69" />
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="162" />
        <source>被抽样单位</source>
        <translation>Sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="163" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="164" />
        <source>抽样状态</source>
        <translation>Sampling state</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="165" />
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="166" />
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="167" />
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="168" />
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="176" />
        <source>抽样</source>
        <translation>take sample</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="178" />
        <source>录入检验结果</source>
        <translation>enter test results</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="180" />
        <source>已结案</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="186" />
        <source>{0} 起</source>
        <translation>from {0}</translation>
    </message>
</context>
<context>
    <name>ConditionsBox</name>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="111" />
        <source>资格条件（提交时自动审查）</source>
        <translation>Eligibility conditions (checked automatically on submission)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="114" />
        <source>成立满</source>
        <translation>In business for at least</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="115" />
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="116" />
        <source>近</source>
        <translation>In the last</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="117" />
        <source>年内无最终判定</source>
        <translation>years, no final ruling of</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="118" />
        <source>不低于</source>
        <translation>At least</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="119" />
        <source>年内未获同类称号</source>
        <translation>years without a title of the same kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="120" />
        <source>申报日持有有效的 ISO 9001 证书</source>
        <translation>holding a valid ISO 9001 certificate on the application date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="121" />
        <source>不合格</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="121" />
        <source>严重不合格</source>
        <translation>serious fail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="122" />
        <source>“不合格”含严重不合格；“严重不合格”只看重要程度 A 类项目不合格的</source>
        <translation>“fail” includes serious fails; “serious fail” counts only failed items of importance class A</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="123" />
        <source>{0} 级</source>
        <translation>grade {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="124" />
        <source>同时核对经营异常名录</source>
        <translation>Also check the abnormal operations list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="125" />
        <source>只看同一级别</source>
        <translation>Same level only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="126" />
        <source>按项目</source>
        <translation>Per programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="127" />
        <source>“按项目”：用左侧“再次申报间隔”的年数</source>
        <translation>“Per programme”: use the years of the “Reapplication interval” on the left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="128" />
        <source>不限年限</source>
        <translation>No limit</translation>
    </message>
</context>
<context>
    <name>ConflictBadge</name>
    <message>
        <location filename="../../ui/sync_badge.py" line="40" />
        <source>有同步冲突 {0} · &lt;a href="conflicts"&gt;到“数据交换 → 冲突与重复”处理&lt;/a&gt;</source>
        <translation>Sync conflicts: {0} · &lt;a href="conflicts"&gt;Resolve under "Data Exchange → Conflicts and Duplicates"&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync_badge.py" line="43" />
        <source>两个站点各自改了这条记录的同一项且互不知情；在“数据交换 → 冲突与重复”中选定采用的值。</source>
        <translation>Two stations each changed the same field of this record without knowing of each other; choose the value to use under "Data Exchange → Conflicts and Duplicates".</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="172" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="173" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="174" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="188" />
        <source>没有未处理的冲突。两个站点各自改了同一条记录的同一项、且互不知情时，导入后会在这里列出，由您决定采用哪个值。</source>
        <translation>No unresolved conflicts. When two stations each change the same field of the same record without knowing of each other, the conflict is listed here after import and you decide which value to use.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="211" />
        <source>选择左侧的一条冲突查看各方的值。</source>
        <translation>Select a conflict on the left to see the values from each side.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="215" />
        <source>{0}“{1}”的“{2}”</source>
        <translation>{0} "{1}", field "{2}"</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="219" />
        <source>修改前</source>
        <translation>Before the change</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="221" />
        <source>版本 {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="222" />
        <source>当前显示</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="253" />
        <source>处理冲突需要县级管理员权限。</source>
        <translation>Only a county administrator can resolve conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="258" />
        <source>选中一个版本（或直接改下面的值），点“采用”。采用的值会随同步包传到各站点，结束这条冲突；其他值保留在变更记录里。</source>
        <translation>Select a version (or edit the value below) and click "Use". The value used goes to every station with the sync packages and ends this conflict; the other values are kept in the change records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="275" />
        <source>“{0}”不是日期，请按 2026-01-31 的格式填写。</source>
        <translation>"{0}" is not a date; enter it as 2026-01-31.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="298" />
        <source>已采用“{0}”作为{1}“{2}”的{3}；下次同步后各站点一致。</source>
        <translation>Now using "{0}" for {1} "{2}", field "{3}"; all stations will match after the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="303" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="303" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="303" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="303" />
        <source>版本数</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="304" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="304" />
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="304" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="304" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="305" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="306" />
        <source>采用的值：</source>
        <translation>Value to use:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="307" />
        <source>采用</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="308" />
        <source>以此值结束这条冲突（传到各站点）</source>
        <translation>End this conflict with this value (sent to every station)</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="361" />
        <source>字段冲突（{0}）</source>
        <translation>Field Conflicts ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="361" />
        <source>可能重复的企业（{0}）</source>
        <translation>Possible Duplicate Enterprises ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conflicts_tab.py" line="361" />
        <source>暂存记录（{0}）</source>
        <translation>Held Records ({0})</translation>
    </message>
</context>
<context>
    <name>CountyTab</name>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="149" />
        <source>未处理冲突 {0} · 暂存待核对 {1} · 等待关联记录 {2}</source>
        <translation>Unresolved conflicts {0} · held for review {1} · waiting for linked records {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="183" />
        <source>选择乡镇交来的同步包</source>
        <translation>Choose Sync Packages from Townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="189" />
        <source>选择存放同步包的文件夹</source>
        <translation>Choose Folder with Sync Packages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="199" />
        <source>所选位置没有同步包（.qsp 文件）。</source>
        <translation>There are no sync packages (.qsp files) in the chosen location.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="216" />
        <source>正在核对 {0}（{1}/{2}）…</source>
        <translation>Checking {0} ({1}/{2})…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="218" />
        <source>正在导入 {0}（{1}/{2}）…</source>
        <translation>Importing {0} ({1}/{2})…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="243" />
        <source>已导入 {0} 个同步包</source>
        <translation>Imported {0} sync packages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="247" />
        <source>正在核对同步包…</source>
        <translation>Checking sync packages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="248" />
        <source>正在导入同步包…</source>
        <translation>Importing sync packages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="257" />
        <source>可导入</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="258" />
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="259" />
        <source>已导入过</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="260" />
        <source>拒收</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="261" />
        <source>未导入（已取消）</source>
        <translation>Not imported (cancelled)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="271" />
        <source>同一个包以前已导入，不会重复导入。</source>
        <translation>This package was imported before and will not be imported again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="274" />
        <source>{0} 条时间超前本机一天以上，暂存待核对</source>
        <translation>{0} timed more than a day ahead of this computer, held for review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="276" />
        <source>{0} 条等待关联记录</source>
        <translation>{0} waiting for linked records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="278" />
        <source>缺序号 {0}</source>
        <translation>Missing seq {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="306" />
        <source>点“导入同步包…”选择乡镇交来的 .qsp 文件（或整个文件夹）。先试导入：只核对，并显示每个包将新增、更新多少，有无冲突；确认后再点“应用”。</source>
        <translation>Click "Import Sync Packages…" to choose the .qsp files (or a whole folder) from the townships. A dry run comes first: it only checks, and shows how many records each package will add and update and whether there are conflicts; once satisfied, click "Apply".</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="311" />
        <source>导入前会自动备份数据库；同一个包导入两次不会重复。</source>
        <translation>The database is backed up automatically before import; importing the same package twice creates no duplicates.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="318" />
        <source>试导入完成（未写入）：{0} 个包可导入，{1} 个拒收。点“应用”导入可导入的包。</source>
        <translation>Dry run finished (nothing written): {0} packages can be imported, {1} rejected. Click "Apply" to import the packages that can be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="322" />
        <source>试导入完成（未写入）：没有可导入的包。</source>
        <translation>Dry run finished (nothing written): no packages can be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="323" />
        <source>已导入 {0} 个包，拒收 {1} 个。导入前已备份数据库。</source>
        <translation>Imported {0} packages, rejected {1}. The database was backed up before import.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="338" />
        <source>写回执下发包</source>
        <translation>Write Return Package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="338" />
        <location filename="../../ui/pages/exchange_county.py" line="361" />
        <source>{0}-回执-{1}.qsp</source>
        <translation>{0}-return-{1}.qsp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="348" />
        <source>正在写{0}的回执下发包…</source>
        <translation>Writing the return package for {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="356" />
        <source>选择存放回执下发包的文件夹</source>
        <translation>Choose Folder for Return Packages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="364" />
        <source>正在写回执下发包（{0}/{1}）…</source>
        <translation>Writing return packages ({0}/{1})…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="375" />
        <source>正在写回执下发包…</source>
        <translation>Writing the return package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="383" />
        <source>已写出 {0}（{1}，{2} 条变更），已读回核对。</source>
        <translation>Wrote {0} ({1}, {2} changes) and read it back to check.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="388" />
        <source>已写出 {0} 个回执下发包</source>
        <translation>Wrote {0} return packages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="395" />
        <source>导入同步包…</source>
        <translation>Import Sync Packages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="395" />
        <source>选择一个或多个乡镇同步包（.qsp），先试导入核对</source>
        <translation>Choose one or more township sync packages (.qsp); a dry run checks them first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="396" />
        <source>导入文件夹…</source>
        <translation>Import Folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="396" />
        <source>试导入一个文件夹里的全部 .qsp 同步包</source>
        <translation>Dry run of all .qsp sync packages in a folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="397" />
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="397" />
        <source>正式导入试导入核对通过的包（导入前自动备份）</source>
        <translation>Import the packages that passed the dry run (the database is backed up first)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="398" />
        <source>清除列表</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="398" />
        <source>清除上面的核对结果</source>
        <translation>Clear the check results above</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="404" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="404" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="404" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="404" />
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="404" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="404" />
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="405" />
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="405" />
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="405" />
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="407" />
        <source>乡镇站点</source>
        <translation>Township Stations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="408" />
        <source>为全部乡镇写回执…</source>
        <translation>Write Return Packages for All Townships…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_county.py" line="409" />
        <source>在一个文件夹里为每个未停用的乡镇写回执下发包</source>
        <translation>Write a return package into one folder for every township station that is not revoked</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="13" />
        <source>程序出错</source>
        <translation>Program Error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="19" />
        <source>程序遇到了一个内部错误（这是程序的缺陷，不是您的操作问题）。数据库没有被改动。请把下面的内容复制给维护人员。
日志文件：{0}</source>
        <translation>The program ran into an internal error (a defect in the program, not something you did). The database was not changed. Please copy the text below and send it to the maintainers.
Log file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="28" />
        <source>复制报告</source>
        <translation>Copy Report</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="130" />
        <source>生成 {0} 年度责任书</source>
        <translation>Create {0} Responsibility Letters</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="132" />
        <source>乡镇</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="133" />
        <source>成员单位</source>
        <translation>Member units</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="134" />
        <source>按 {0} 年度的模板为每个单位生成一份责任书（单位名称自动填入乙方）。已有责任书的单位跳过，不会重复生成。</source>
        <translation>Create one responsibility letter per unit from the {0} template (the unit name is filled in as Party B). Units that already have a letter are skipped, so none is created twice.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="137" />
        <source>{0}（{1} 个单位，已有责任书 {2} 份）</source>
        <translation>{0} ({1} units, {2} already have letters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="144" />
        <source>模板可先用“编辑模板”调整；生成后仍可逐份修改。</source>
        <translation>Adjust the template first with “Edit Template” if needed; each letter can still be edited after it is created.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="145" />
        <source>生成</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="146" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CreditActions</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="114" />
        <source>已按 {0} 的记录重新计算：等级和分数没有变化（{1}）。</source>
        <translation>Recalculated from the records as of {0}: grade and score unchanged ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="116" />
        <source>已按 {0} 的记录重新计算：信用等级由 {1} 级变为 {2} 级。</source>
        <translation>Recalculated from the records as of {0}: the credit grade changed from {1} to {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="118" />
        <source>已按 {0} 的记录重新计算：分数或依据有变化，等级仍为 {1} 级。</source>
        <translation>Recalculated from the records as of {0}: the score or basis changed; the grade is still {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="155" />
        <source>{0}，{1} 列入，{2}</source>
        <translation>{0}, listed on {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="156" />
        <source>无文号</source>
        <translation>no document no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="211" />
        <source>保存信用报告</source>
        <translation>Save Credit Report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="211" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="228" />
        <source>企业质量信用报告-{0}-{1}.pdf</source>
        <translation>Quality credit report-{0}-{1}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="240" />
        <source>已生成信用报告 {0}</source>
        <translation>Created the credit report {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="244" />
        <source>信用报告已保存到
{0}
没有找到可以打开 PDF 的程序，请另行打开打印。</source>
        <translation>The credit report is saved to
{0}
No program was found to open PDF files; open and print it some other way.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit_actions.py" line="247" />
        <source>正在生成信用报告…</source>
        <translation>Creating the credit report…</translation>
    </message>
</context>
<context>
    <name>CreditPanel</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="218" />
        <source>未评定</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="219" />
        <source>该企业已停用，不再评定信用等级。</source>
        <translation>This enterprise is deactivated and is no longer graded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="227" />
        <source>{0} · 得分 {1} 分</source>
        <translation>{0} · score {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="229" />
        <source>评定于 {0}</source>
        <translation>Graded on {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="231" />
        <source>没有扣分或加分的记录：按规则评定（未单独记录）</source>
        <translation>No deductions or bonuses recorded: graded by the rules (not recorded separately)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="234" />
        <source>人工调整：系统评定为 {0} 级；理由：{1}（{2}）</source>
        <translation>Overridden: the system grade is {0}; reason: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="240" />
        <source>按 {0} 的记录计算为 {1} 级 {2} 分，与记录的不同：点“重新计算”更新。</source>
        <translation>From the records as of {0} the grade would be {1} with {2} points, which differs from the record: click “Recalculate” to update.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="259" />
        <source>等级历史（{0}）</source>
        <translation>Grade History ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="260" />
        <source>信用名单（{0}）</source>
        <translation>Credit Lists ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="262" />
        <source>信用名单（{0}，在列 {1}）</source>
        <translation>Credit Lists ({0}, {1} current)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="264" />
        <source>行政处罚（{0}）</source>
        <translation>Administrative Penalties ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="291" />
        <source>调整等级…</source>
        <translation>Override Grade…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="291" />
        <source>人工调整信用等级（须写明理由）</source>
        <translation>Override the credit grade by hand (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="292" />
        <source>恢复计算等级</source>
        <translation>Restore Calculated Grade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="292" />
        <source>撤销人工调整，恢复按规则评定的等级</source>
        <translation>Undo the override and go back to the grade given by the rules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="293" />
        <source>重新计算</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="293" />
        <source>按今天的记录和现行规则重新评定该企业</source>
        <translation>Re-grade this enterprise from today's records and the current rules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="294" />
        <source>打印信用报告…</source>
        <translation>Print Credit Report…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="294" />
        <source>生成企业质量信用报告（A4 一页 PDF，Ctrl+P）</source>
        <translation>Create the enterprise's quality credit report (one A4 page, PDF, Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="295" />
        <source>列入名单…</source>
        <translation>Add to List…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="295" />
        <source>登记列入经营异常名录或严重违法失信名单</source>
        <translation>Record a listing on the abnormal operations list or the serious dishonesty list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="296" />
        <source>移出名单…</source>
        <translation>Remove from List…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="296" />
        <source>登记选中记录的移出日期（记录保留）</source>
        <translation>Record the removal date of the selected entry (the entry is kept)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="297" />
        <source>登记处罚…</source>
        <translation>Record Penalty…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail_credit.py" line="297" />
        <source>登记一份行政处罚决定书</source>
        <translation>Record an administrative penalty decision</translation>
    </message>
</context>
<context>
    <name>CreditRulesModel</name>
    <message>
        <location filename="../../ui/models/credit.py" line="219" />
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="219" />
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="219" />
        <source>统计年限</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="219" />
        <location filename="../../ui/models/credit.py" line="287" />
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="221" />
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="224" />
        <source>每家企业的起始分</source>
        <translation>Starting score of every enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="225" />
        <source>作为受检单位或标称生产者，最终判定不合格的样品（复检合格的不计）</source>
        <translation>Samples finally judged as failing, as sampled unit or labelled producer (not counting those passed on re-test)</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="226" />
        <source>最终判定严重不合格（A 类项目不合格）的样品</source>
        <translation>Samples finally judged as seriously failing (a class-A item failed)</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="227" />
        <source>不合格样品后处理逾期或复查仍不合格的（同时按不合格计）</source>
        <translation>Failing samples whose follow-up is overdue or which fail the recheck (counted as failing as well)</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="228" />
        <source>质量方面的行政处罚决定</source>
        <translation>Administrative penalty decisions on quality</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="229" />
        <source>存续企业的 SC、CCC、XK 某一类证书被撤销或过期，且没有同类有效证书</source>
        <translation>An SC, CCC or XK certificate of an active enterprise revoked or expired, with no valid certificate of the same type</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="230" />
        <source>ISO 9001、ISO 14001、ISO 45001 每类有效证书</source>
        <translation>Each type of valid ISO 9001, ISO 14001 or ISO 45001 certificate</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="231" />
        <source>认证加分合计不超过此分</source>
        <translation>Bonus points for certificates are capped at this</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="232" />
        <source>获得的名牌产品、质量奖等荣誉</source>
        <translation>Honours won, such as renowned-product titles and quality awards</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="233" />
        <source>在列期间一律 D 级；分值为每条在列记录另加减的分</source>
        <translation>Always grade D while listed; the points are added or deducted for each current entry</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="234" />
        <source>在列期间最高 C 级；分值为每条在列记录另加减的分</source>
        <translation>At best grade C while listed; the points are added or deducted for each current entry</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="235" />
        <source>得分不低于此分为 A 级</source>
        <translation>A score of at least this gives grade A</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="236" />
        <source>得分不低于此分为 B 级</source>
        <translation>A score of at least this gives grade B</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="237" />
        <source>得分不低于此分为 C 级，低于此分为 D 级</source>
        <translation>A score of at least this gives grade C; below it, grade D</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="271" />
        <source>≥ {0} 分</source>
        <translation>≥ {0} points</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="273" />
        <location filename="../../ui/models/credit.py" line="274" />
        <source>{0} 分</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="285" />
        <source>近 {0} 年</source>
        <translation>Last {0} years</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="286" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="287" />
        <source>始终</source>
        <translation>Always</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="287" />
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="310" />
        <source>双击修改（{0} 到 {1}）</source>
        <translation>Double-click to change ({0} to {1})</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="313" />
        <source>只计这些年内的记录；0 为不限。双击修改</source>
        <translation>Only records from these years count; 0 means no limit. Double-click to change</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="315" />
        <source>基础分、等级分数线和认证加分上限始终生效，只能修改分值</source>
        <translation>The base score, the grade thresholds and the certificate bonus cap always apply; only their points can be changed</translation>
    </message>
</context>
<context>
    <name>CreditRulesTab</name>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="157" />
        <source>当前等级：{0}</source>
        <translation>Current grades: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="159" />
        <source>共 {0} 家；其中 {1} 家没有扣分或加分记录，按规则默认等级（{2} 级）计入</source>
        <translation>{0} in total; {1} of them have no deductions or bonuses recorded and are counted at the default grade ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="165" />
        <source>规则已修改：点“全部重新计算”后，各企业的等级才按新规则评定。</source>
        <translation>The rules have changed: the enterprises are graded by the new rules only after “Recalculate All”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="191" />
        <source>正在按 {0} 的记录重新评定全部企业…</source>
        <translation>Re-grading all enterprises from the records as of {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="216" />
        <source>已按 {0} 的记录评定 {1} 家企业：{2} 家的等级或分数有变化，其中等级变化的 {3} 家。</source>
        <translation>Graded {1} enterprises from the records as of {0}: the grade or score changed for {2}, the grade for {3} of them.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="231" />
        <source>每家企业从基础分起，按记录逐项加减分，得分达到哪一级的分数线即为该级；列入经营异常名录的最高 C 级，列入严重违法失信名单的一律 D 级。双击分值或统计年限修改，勾选“启用”开关规则。修改规则不会立即改变各企业的等级：点“全部重新计算”后才按新规则评定。</source>
        <translation>Every enterprise starts from the base score and gains or loses points for each record; the grade is the highest whose threshold the score reaches. An enterprise on the abnormal operations list is graded C at best, one on the serious dishonesty list always D. Double-click a points or period value to change it, and tick “Active” to switch a rule on or off. Changing the rules does not change any grades at once: the new rules apply only after “Recalculate All”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="232" />
        <source>全部重新计算</source>
        <translation>Recalculate All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="233" />
        <source>按今天的记录和现行规则重新评定全县企业（只记录有变化的）</source>
        <translation>Re-grade all the county's enterprises from today's records and the current rules (only changes are recorded)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="346" />
        <source>未打开数据库。请用“文件 → 打开数据库…”或“新建数据库…”。</source>
        <translation>No database is open. Use “File → Open Database…” or “New Database…”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="351" />
        <source>其中企业 {0} · 合作社 {1} · 其他 {2}</source>
        <translation>Enterprises {0} · cooperatives {1} · other {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="355" />
        <source>已计入企业总数</source>
        <translation>Included in the total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="356" />
        <source>成员单位 {0} 个</source>
        <translation>{0} member units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="357" />
        <source>在册产品</source>
        <translation>Registered products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="358" />
        <source>产品执行的标准</source>
        <translation>Standards the products follow</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="363" />
        <source>{0} · 共 {1} 个乡镇/街道 · 数据变更记录 {2} 条</source>
        <translation>{0} · {1} townships · {2} change records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="364" />
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="379" />
        <source>国</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="379" />
        <source>省</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="379" />
        <source>市</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="381" />
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="383" />
        <source>还没有有效的称号</source>
        <translation>No valid titles yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="386" />
        <source>{0} 日内到期 {1}</source>
        <translation>{1} expiring within {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="392" />
        <source>有效期内的名牌与获奖称号：{0}；到期前 {1} 日提醒企业复评或重新申报，详见“品牌与奖项 → 名牌登记”</source>
        <translation>Famous-brand and award titles in force: {0}; enterprises are reminded {1} days before expiry to renew or reapply. See “Brands &amp; Awards → Brand Register”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="397" />
        <source>抽查合格率（{0} 年）</source>
        <translation>Spot-check pass rate ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="397" />
        <location filename="../../ui/pages/dashboard.py" line="480" />
        <source>抽查合格率</source>
        <translation>Spot-check pass rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="399" />
        <location filename="../../ui/pages/dashboard.py" line="433" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="405" />
        <source>本年抽查 {0} 批次 · 已判定 {1} · 不合格 {2}</source>
        <translation>{0} batches checked this year · {1} judged · {2} failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="407" />
        <source>进行中 {0} 项 · {1} 日内到期 {2} 项</source>
        <translation>{0} open · {2} due within {1} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="412" />
        <source>没有逾期或 {0} 日内到期的后处理。</source>
        <translation>No follow-ups overdue or due within {0} days.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="414" />
        <source>另有 {0} 项未列出，请到“监督抽查”页查看全部。</source>
        <translation>{0} more not listed; see them all on the “Spot Checks” page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="426" />
        <source>登记造册率 = 已登记 ÷ 在册器具；强检受检率 = 在检定周期内且检定合格 ÷ 已登记。红色为低于目标（{0} / {1}）。</source>
        <translation>Registration rate = registered ÷ instruments listed; verification rate = verified and passed within the verification period ÷ registered. Red means below target ({0} / {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="442" />
        <source>已过期 {0} · 60 日内 {1} · 90 日内 {2}</source>
        <translation>Expired {0} · within 60 days {1} · within 90 days {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="452" />
        <source>目标 {0} / {1} · 未达标乡镇 {2} / {3} · 逾期 {4} 台</source>
        <translation>Targets {0} / {1} · townships below target {2} / {3} · {4} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="455" />
        <source>登记造册率 / 强检受检率（在册器具 {0} 台，已登记 {1} 台，周期内受检 {2} 台）</source>
        <translation>Registration rate / verification rate ({0} instruments listed, {1} registered, {2} verified within the period)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="465" />
        <source>其中 {0} 家没有扣分或加分记录，按默认等级 {1} 级计入</source>
        <translation>{0} of them have no deductions or bonuses recorded and are counted at the default grade {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="466" />
        <source>每家企业都有评定记录</source>
        <translation>Every enterprise has a recorded grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="468" />
        <source>全县 {0} 家企业的质量信用等级（A 诚信、B 基本诚信、C 失信、D 严重失信）；规则见“设置 → 信用规则”</source>
        <translation>Quality credit grades of the county's {0} enterprises (A trustworthy, B mostly trustworthy, C untrustworthy, D seriously untrustworthy); for the rules see “Settings → Credit Rules”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="471" />
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="472" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="473" />
        <source>重新统计（F5）</source>
        <translation>Count again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="475" />
        <source>企业总数</source>
        <translation>Enterprises in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="476" />
        <source>个体工商户</source>
        <translation>Individual businesses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="477" />
        <source>乡镇/街道</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="478" />
        <source>产品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="479" />
        <source>执行标准</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="481" />
        <source>后处理逾期</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="482" />
        <source>证书 30 日内到期</source>
        <translation>Certificates expiring within 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="483" />
        <source>强检器具 登记造册率 / 受检率</source>
        <translation>Instruments: registration / verification rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="484" />
        <source>质量信用等级</source>
        <translation>Quality credit grades</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="485" />
        <source>名牌与获奖（有效）</source>
        <translation>Brands and awards (in force)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="489" />
        <source>各乡镇/街道</source>
        <translation>By township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="490" />
        <source>企业数</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="491" />
        <source>强检计量器具</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="493" />
        <source>主体类型构成</source>
        <translation>By kind of business</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="494" />
        <source>逾期 / 即将到期的后处理</source>
        <translation>Follow-ups overdue or due soon</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="90" />
        <location filename="../../ui/dialogs/award_documents_tab.py" line="234" />
        <source>材料名称</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="90" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="90" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="90" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="92" />
        <location filename="../../ui/dialogs/award_documents_tab.py" line="153" />
        <source>添加文件…</source>
        <translation>Add File…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="92" />
        <source>为选中的材料选择 PDF 或图片（扫描件）</source>
        <translation>Choose a PDF or image (scan) for the selected document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="93" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="93" />
        <source>用本机的程序打开选中材料的文件</source>
        <translation>Open the selected document’s file with a program on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="94" />
        <source>移除文件</source>
        <translation>Remove File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="94" />
        <source>移除选中材料的文件（材料仍在清单上）</source>
        <translation>Remove the selected document’s file (the document stays on the list)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="95" />
        <source>添加其他材料…</source>
        <translation>Add Other Document…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="95" />
        <source>清单之外企业另行提供的材料</source>
        <translation>Documents the enterprise provides beyond the list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="114" />
        <source>未提交</source>
        <translation>not submitted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="114" />
        <source>必需</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="114" />
        <source>补充</source>
        <translation>supplementary</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="126" />
        <source>本项目未列申报材料。可用“添加其他材料”登记企业提供的材料。</source>
        <translation>This programme lists no documents. Use “Add Other Document” to record documents the enterprise provides.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="129" />
        <source>必需材料 {0} 项，已提交 {1} 项，未提交 {2} 项；补充材料 {3} 项。</source>
        <translation>{0} required documents: {1} submitted, {2} not submitted; {3} supplementary documents.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="153" />
        <source>更换文件…</source>
        <translation>Replace File…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="159" />
        <source>选择申报材料文件</source>
        <translation>Choose Document File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="180" />
        <source>已移除“{0}”的文件。</source>
        <translation>Removed the file of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="180" />
        <source>已添加“{0}”的文件。</source>
        <translation>Added the file of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="197" />
        <source>移除“{0}”的文件？材料仍留在清单上，可重新添加。</source>
        <translation>Remove the file of “{0}”? The document stays on the list and a file can be added again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="223" />
        <source>没有可以打开“{0}”的程序。文件已复制到 {1}</source>
        <translation>No program can open “{0}”. The file has been copied to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="230" />
        <source>添加其他材料</source>
        <translation>Add Other Document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="235" />
        <source>下一步：选择文件…</source>
        <translation>Next: Choose File…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_documents_tab.py" line="236" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DraftedForm</name>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="37" />
        <source>发布后填写，如 DB42/T 2156-2024</source>
        <translation>Fill in after publication, e.g. DB42/T 2156-2024</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="41" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="43" />
        <source>机构或其他单位</source>
        <translation>Institution or other organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="56" />
        <source>如 青溪县农业技术推广中心</source>
        <translation>e.g. 青溪县农业技术推广中心</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="58" />
        <source>（县直）</source>
        <translation>(county level)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="72" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="72" />
        <source>标准名称</source>
        <translation>Standard title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="72" />
        <source>标准号</source>
        <translation>Standard no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="73" />
        <location filename="../../ui/dialogs/standards_drafted.py" line="81" />
        <source>起草单位</source>
        <translation>Drafting organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="73" />
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="74" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="74" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="74" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="75" />
        <source>立项日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="75" />
        <source>发布日期</source>
        <translation>Published on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="76" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="87" />
        <source>修改参与制定的标准</source>
        <translation>Edit Drafted Standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="87" />
        <source>登记参与制定的标准</source>
        <translation>Record Drafted Standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="88" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_drafted.py" line="89" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DraftedModel</name>
    <message>
        <location filename="../../ui/models/standards.py" line="314" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="315" />
        <source>标准号</source>
        <translation>Standard no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="316" />
        <source>标准名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="317" />
        <source>起草单位</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="318" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="319" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="320" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="321" />
        <source>立项日期</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="322" />
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>DraftedTab</name>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="118" />
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="119" />
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="120" />
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="122" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="124" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="151" />
        <source>{0} 年各乡镇</source>
        <translation>By township, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="169" />
        <source>共 {0} 项，其中已发布 {1} 项、立项 {2} 项</source>
        <translation>{0} in total: {1} published, {2} approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="173" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="177" />
        <source>没有符合筛选条件的记录。</source>
        <translation>No records match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="179" />
        <source>还没有参与制定标准的记录。点“登记…”记录本县企业或机构主导、参与制定的标准。</source>
        <translation>No standards drafting recorded yet. Click “Record…” to record standards that enterprises or institutions in the county led or took part in drafting.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="217" />
        <source>已保存“{0}”。</source>
        <translation>Saved “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="227" />
        <source>删除“{0}”这条记录？</source>
        <translation>Delete the record “{0}”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="236" />
        <source>已删除“{0}”。</source>
        <translation>Deleted “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="243" />
        <source>各年度</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="245" />
        <source>登记…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="245" />
        <source>记录本县企业或机构主导、参与制定的标准（Ctrl+N）</source>
        <translation>Record a standard that an enterprise or institution in the county led or took part in drafting (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="246" />
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="246" />
        <source>修改选中的记录</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="247" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_drafted_tab.py" line="247" />
        <source>删除选中的记录</source>
        <translation>Delete the selected record</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="139" />
        <source>双随机抽取 — {0}</source>
        <translation>Random Draw — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="141" />
        <source>计划 {0}：第 {1} 次抽取</source>
        <translation>Plan {0}: draw {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="146" />
        <source>候选企业 {0} 家，其中 {1} 家 6 个月内已被同一部门抽查过，不参加本次抽取；将从其余 {2} 家中抽出 {3} 家，每家配两名检查人员（在岗 {4} 名）。抽取日期 {5}。</source>
        <translation>{0} candidate enterprises, of which {1} were checked by the same authority within the last 6 months and are left out of this draw; {3} will be drawn from the other {2}, each with two inspectors ({4} active). Draw date {5}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="157" />
        <source>在岗检查人员不足两名：请先在“检查人员…”中添加。</source>
        <translation>Fewer than two active inspectors: add them first under “Inspectors…”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="159" />
        <source>候选企业名单是空的：请检查计划的抽取范围。</source>
        <translation>The candidate list is empty: check the plan's pool.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="161" />
        <source>上次抽取已有 {0} 个样品完成抽样，不能再重新抽取。</source>
        <translation>{0} samples of the last draw have already been taken; the plan cannot be drawn again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="169" />
        <source>此计划已抽取过（第 {0} 次）。重新抽取将作废上次结果，并撤回其尚未抽样的记录；必须写明理由，理由会写入公开名单。</source>
        <translation>This plan has been drawn before (draw {0}). A redraw voids the last result and withdraws its records not yet sampled; a reason is required and goes into the public list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="175" />
        <source>随机种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="176" />
        <source>重新抽取理由</source>
        <translation>Reason for redraw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="179" />
        <source>已随机给出一个；如公开摇号，请改为摇出的数字。任何人可用同一种子和名单复核结果。</source>
        <translation>A random seed is filled in; if the seed is drawn in public, enter the number drawn. Anyone can check the result with the same seed and list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="180" />
        <source>换一个</source>
        <translation>New Seed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="181" />
        <source>例如：计划抽取范围设置有误</source>
        <translation>e.g. the plan's pool was set up wrongly</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="182" />
        <source>抽取</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="183" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../../ui/models/assessment.py" line="249" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="249" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="249" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="249" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="251" />
        <source>计入</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="254" />
        <source>抽查</source>
        <translation>Spot check</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="254" />
        <source>认证</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="254" />
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="255" />
        <source>计量器具</source>
        <translation>Instrument</translation>
    </message>
</context>
<context>
    <name>DuplicateMergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicate_merge.py" line="20" />
        <source>合并重复企业</source>
        <translation>Merge Duplicate Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicate_merge.py" line="33" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicate_merge.py" line="34" />
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicate_merge.py" line="36" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicate_merge.py" line="50" />
        <source>把“{0}”合并到“{1}”：它们的产品、证书、抽查等记录改挂到保留的企业，然后停用（记录保留，可在变更记录里查到）。合并随同步包传到各站点。</source>
        <translation>Merge "{0}" into "{1}": its products, certificates, spot checks and other records move to the enterprise kept, and it is then deactivated (its records are kept and can be found in the change records). The merge goes to every station with the sync packages.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="91" />
        <source>{0} 家</source>
        <translation>{0} enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="101" />
        <source>没有可能重复的企业。两个乡镇各自登记了同一个统一社会信用代码的企业时，会在这里列出，由您合并。</source>
        <translation>No possible duplicate enterprises. When two townships each register an enterprise with the same unified social credit code, they are listed here for you to merge.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="117" />
        <source>合并重复企业需要县级管理员权限。</source>
        <translation>Only a county administrator can merge duplicate enterprises.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="120" />
        <source>同一统一社会信用代码登记了不止一家企业。选中一组（或要保留的那家），点“合并到…”。</source>
        <translation>More than one enterprise is registered under the same unified social credit code. Select a group (or the enterprise to keep) and click "Merge Into…".</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="140" />
        <source>把 {0} 家企业合并到“{1}”？合并后不能撤销（被合并的企业停用，记录保留）。</source>
        <translation>Merge {0} enterprises into "{1}"? This cannot be undone (the merged enterprises are deactivated; their records are kept).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="142" />
        <source>合并重复企业</source>
        <translation>Merge Duplicate Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="150" />
        <source>已把 {0} 家企业合并到“{1}”，改挂 {2} 条记录。</source>
        <translation>Merged {0} enterprises into "{1}"; {2} records moved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="154" />
        <source>信用代码 / 企业</source>
        <translation>Credit code / enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="154" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="154" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="154" />
        <source>登记时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="155" />
        <source>登记站点</source>
        <translation>Registering station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="156" />
        <source>合并到…</source>
        <translation>Merge Into…</translation>
    </message>
</context>
<context>
    <name>EligibilityTab</name>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="111" />
        <source>重新审查</source>
        <translation>Check Again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="112" />
        <source>按今天的企业档案、证书、抽查和信用数据逐项审查</source>
        <translation>Check each condition against today's enterprise records, certificates, spot checks and credit data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="113" />
        <source>认可…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="114" />
        <source>对选中的未通过条件写明理由予以认可（记入审计日志）</source>
        <translation>Accept the selected failed condition with a written reason (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="115" />
        <source>撤回认可</source>
        <translation>Withdraw Acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="116" />
        <source>撤回选中条件的认可（记录保留）</source>
        <translation>Withdraw the acceptance of the selected condition (the record is kept)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="117" />
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="119" />
        <source>条件</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="117" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="117" />
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="117" />
        <source>认可理由</source>
        <translation>Reason for acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="118" />
        <source>认可记录</source>
        <translation>Acceptances</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="119" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="119" />
        <source>认可人</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="119" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="120" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="126" />
        <source>通过</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="128" />
        <source>已认可</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="129" />
        <source>未通过</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="156" />
        <source>尚未审查。点“重新审查”按今天的数据逐项核对；提交时也会自动审查。</source>
        <translation>Not checked yet. Click “Check Again” to check each condition against today's data; it is also checked automatically on submission.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="158" />
        <source>本项目没有启用资格条件。</source>
        <translation>This programme has no eligibility conditions switched on.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="160" />
        <source>审查日期 {0}：{1} 项条件，{2} 项通过</source>
        <translation>Checked on {0}: {1} conditions, {2} passed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="163" />
        <source>，{0} 项经认可</source>
        <translation>, {0} accepted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="165" />
        <source>，{0} 项未通过（须补正资料或写明理由认可后才能提交）</source>
        <translation>, {0} failed (supply the missing records or accept with a written reason before submitting)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="168" />
        <source>，可以提交</source>
        <translation>, ready to submit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="174" />
        <source>已撤回</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="174" />
        <source>有效</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="227" />
        <source>已完成资格预审：{0} 项未通过。</source>
        <translation>Eligibility pre-check done: {0} failed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="228" />
        <source>已完成资格预审：全部通过或经认可。</source>
        <translation>Eligibility pre-check done: all passed or accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="240" />
        <source>认可未通过的资格条件</source>
        <translation>Accept a Failed Eligibility Condition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="242" />
        <source>“{0}”未通过：{1}
确有理由予以认可的，请写明理由。理由与认可人、日期一并记录，并显示在资格预审中。</source>
        <translation>“{0}” failed: {1}
If there is good reason to accept it, write down the reason. The reason is recorded with who accepted it and when, and shown in the eligibility pre-check.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="256" />
        <source>已认可“{0}”。</source>
        <translation>Accepted “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="268" />
        <source>撤回对“{0}”的认可？撤回后该条件重新按未通过处理，认可记录保留。</source>
        <translation>Withdraw the acceptance of “{0}”? The condition is treated as failed again; the acceptance record is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_eligibility_tab.py" line="278" />
        <source>已撤回对“{0}”的认可。</source>
        <translation>Withdrew the acceptance of “{0}”.</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="186" />
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="187" />
        <source>产品与标准</source>
        <translation>Products &amp; Standards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="188" />
        <source>认证许可</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="189" />
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="190" />
        <source>品牌奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="191" />
        <source>信用</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="192" />
        <source>变更记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="197" />
        <source>暂无（该模块尚在开发中）</source>
        <translation>Nothing yet (this module is still being developed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="198" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="200" />
        <source>产品 / 执行标准</source>
        <translation>Product / standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="200" />
        <source>规范编号</source>
        <translation>Normalised number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="200" />
        <source>标准类别</source>
        <translation>Kind of standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="200" />
        <source>采标</source>
        <translation>Adopts international</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="200" />
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="202" />
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="204" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="204" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="204" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="205" />
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="207" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="207" />
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="207" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="207" />
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="207" />
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="208" />
        <source>不合格项目</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="209" />
        <source>后处理</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="241" />
        <source>找不到该企业</source>
        <translation>Enterprise not found</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="247" />
        <source>未填信用代码</source>
        <translation>No credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="249" />
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="263" />
        <source>共 {0} 个产品</source>
        <translation>{0} products</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="264" />
        <source>暂无产品记录</source>
        <translation>No products recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="270" />
        <source>{0}（已废止）</source>
        <translation>{0} (superseded)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="271" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="285" />
        <source>没有监督抽查记录（作为受检单位或标称生产者）</source>
        <translation>No spot checks (as sampled unit or labelled producer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="287" />
        <source>共 {0} 次抽查；近 {1} 年不合格 {2} 次</source>
        <translation>{0} spot checks; {2} failed in the last {1} years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="290" />
        <source>受检单位</source>
        <translation>Sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="290" />
        <source>标称生产者</source>
        <translation>Labelled producer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="291" />
        <source>受检单位、生产者</source>
        <translation>Sampled unit and producer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="294" />
        <source>待出结果</source>
        <translation>awaiting results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="295" />
        <source>{0}（复检合格）</source>
        <translation>{0} (passed on re-test)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="301" />
        <source>（逾期 {0} 天）</source>
        <translation> ({0} days overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="303" />
        <source>（{0} 前）</source>
        <translation> (by {0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="305" />
        <source>已结案（{0}）</source>
        <translation>closed ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="324" />
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="328" />
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="336" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="337" />
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>EnterpriseFinder</name>
    <message>
        <location filename="../../ui/widgets_enterprise.py" line="43" />
        <source>名称、拼音首字母或信用代码</source>
        <translation>Name, pinyin initials or credit code</translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="225" />
        <source>新增企业</source>
        <translation>New Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="225" />
        <source>编辑企业</source>
        <translation>Edit Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="226" />
        <source>保留理由</source>
        <translation>Reason to keep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="227" />
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="230" />
        <source>打开该企业</source>
        <translation>Open that enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="231" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="232" />
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="233" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="234" />
        <source>18 位，可暂不填</source>
        <translation>18 characters; may be left empty for now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="235" />
        <source>例如：已核对营业执照原件</source>
        <translation>e.g. checked against the original licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="236" />
        <source>YYYY-MM-DD，可不填</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="239" />
        <source>代码或名称，如 C13 或 食品制造业</source>
        <translation>Code or name, e.g. C13 or 食品制造业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="263" />
        <source>{0}（已停用）</source>
        <translation>{0} (deactivated)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="283" />
        <source>编辑“{0}”</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="349" />
        <source>名称相近：{0}。请确认不是同一家。</source>
        <translation>Similar names: {0}. Make sure it is not the same enterprise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="375" />
        <source>已存在：{0}（{1}）</source>
        <translation>Already registered: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="384" />
        <source>有 {0} 处需要改正，改正后才能保存。</source>
        <translation>{0} problems to fix before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="387" />
        <source>有 {0} 条提醒，核对后可以保存。</source>
        <translation>{0} notes to check; saving is allowed.</translation>
    </message>
</context>
<context>
    <name>EnterprisesModel</name>
    <message>
        <location filename="../../ui/models/enterprises.py" line="128" />
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="129" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="130" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="131" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="132" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="133" />
        <source>规模</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="134" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="135" />
        <source>认证</source>
        <translation>Certs</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="136" />
        <source>信用</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="137" />
        <source>抽查不合格</source>
        <translation>Failed checks</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="149" />
        <source>点击按此列排序，再点一次倒序</source>
        <translation>Click to sort by this column; click again to reverse</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="154" />
        <source>有效的认证和许可证书份数（不含暂停、撤销、注销和已过期的）</source>
        <translation>Valid certificates and licences (not counting suspended, revoked, cancelled or expired ones)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="156" />
        <source>质量信用等级：A 诚信、B 基本诚信、C 失信、D 严重失信（没有扣分或加分记录的按规则默认等级）</source>
        <translation>Quality credit grade: A trustworthy, B mostly trustworthy, C untrustworthy, D seriously untrustworthy (enterprises with no deductions or bonuses recorded get the default grade)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="158" />
        <source>近 3 年监督抽查不合格的次数（作为受检单位或标称生产者；复检合格的不计）</source>
        <translation>Failed spot checks in the last 3 years (as sampled unit or labelled producer; not counting those passed on re-test)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="178" />
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="221" />
        <source>{0}（已停用）</source>
        <translation>{0} (deactivated)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="233" />
        <source>校验位已核：{0}</source>
        <translation>Check character verified: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="236" />
        <source>未填统一社会信用代码</source>
        <translation>No unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="238" />
        <source>近 3 年监督抽查不合格 {0} 次（作为受检单位或标称生产者），详见“企业详情 → 监督抽查”</source>
        <translation>{0} failed spot checks in the last 3 years (as sampled unit or labelled producer); see the enterprise's details, “Spot Checks” tab</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="240" />
        <source>有效证书 {0} 份，详见“企业详情 → 认证许可”</source>
        <translation>{0} valid certificates; see the enterprise's details, “Certifications” tab</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="242" />
        <source>{0}，详见“企业详情 → 信用”</source>
        <translation>{0}; see the enterprise's details, “Credit” tab</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="247" />
        <source>已停用：勾选“含已停用”时才列出，可恢复</source>
        <translation>Deactivated: listed only with “Include deactivated”; can be restored</translation>
    </message>
</context>
<context>
    <name>EvidenceField</name>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="40" />
        <source>选择 PDF 或图片（会议记录、照片、文件扫描件）</source>
        <translation>Choose a PDF or image (meeting minutes, photos, scanned documents)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_entry.py" line="45" />
        <source>选择佐证材料</source>
        <translation>Choose Evidence</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="92" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="95" />
        <source>本站：{0}（{1}，县级）。导入各乡镇交来的同步包，再为每个乡镇写回执下发包带回去。</source>
        <translation>This station: {0} ({1}, county). Import the sync packages from the townships, then write a return package for each township to take back.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="99" />
        <source>本站：{0}（{1}，乡镇）。把本站的工作导出为同步包交给县级，再导入县级的回执下发包。</source>
        <translation>This station: {0} ({1}, township). Export this station's work as a sync package for the county, then import the county's return package.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="102" />
        <source>这个数据库没有本站点记录，不能交换同步包。</source>
        <translation>This database has no record of its own station, so it cannot exchange sync packages.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="152" />
        <source>同步包 (*.qsp)</source>
        <translation>Sync packages (*.qsp)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="161" />
        <source>同步包 (*.qsp);;所有文件 (*)</source>
        <translation>Sync packages (*.qsp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="178" />
        <source>数据交换</source>
        <translation>Data Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="179" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="180" />
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="181" />
        <source>同步包</source>
        <translation>Sync Packages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="182" />
        <source>站点与导入</source>
        <translation>Stations and Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="183" />
        <source>冲突与重复</source>
        <translation>Conflicts and Duplicates</translation>
    </message>
</context>
<context>
    <name>ExpiryModel</name>
    <message>
        <location filename="../../ui/models/certifications.py" line="213" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="214" />
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="215" />
        <source>30 天内到期</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="216" />
        <source>60 天内到期</source>
        <translation>Within 60 days</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="217" />
        <source>90 天内到期</source>
        <translation>Within 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="241" />
        <source>双击查看这些证书</source>
        <translation>Double-click to see these certificates</translation>
    </message>
</context>
<context>
    <name>ExpiryTab</name>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="112" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="122" />
        <source>全县合计</source>
        <translation>County total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="127" />
        <source>截至 {0}：已过期 {1} 份，30 天内到期 {2} 份，60 天内 {3} 份，90 天内 {4} 份。</source>
        <translation>As of {0}: {1} expired, {2} expiring within 30 days, {3} within 60 days, {4} within 90 days.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="139" />
        <source>{0}
已过期 {1} 份，90 天内到期 {2} 份（其中 30 天内 {3} 份）</source>
        <translation>{0}
{1} expired, {2} expiring within 90 days ({3} of them within 30 days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="163" />
        <source>保存到期提醒单</source>
        <translation>Save Expiry Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="163" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="183" />
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="184" />
        <source>认证许可到期提醒单-{0}-{1}.pdf</source>
        <translation>Certificate expiry reminders-{0}-{1}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="197" />
        <source>已生成到期提醒单 {0}（{1} 个乡镇，{2} 份证书）</source>
        <translation>Created the expiry reminders {0} ({1} townships, {2} certificates)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="201" />
        <source>提醒单已保存到
{0}
现在打开它（可从 PDF 阅读器打印）吗？</source>
        <translation>The reminders are saved to
{0}
Open them now (you can print from the PDF reader)?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="202" />
        <source>已生成</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="206" />
        <source>正在生成到期提醒单…</source>
        <translation>Creating the expiry reminders…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="211" />
        <source>各乡镇提醒单上的证书（已过期 + 90 天内到期）</source>
        <translation>Certificates on each township's reminder list (expired + expiring within 90 days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="212" />
        <source>没有已过期或 90 天内到期的证书</source>
        <translation>No certificates expired or expiring within 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="213" />
        <source>打印提醒单…</source>
        <translation>Print Reminders…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="214" />
        <source>为一个乡镇或全部乡镇生成到期提醒单（PDF，Ctrl+P）</source>
        <translation>Create expiry reminders for one township or all of them (PDF, Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certification_expiry_tab.py" line="218" />
        <source>双击数字查看这些证书。“已过期”是有效期已过、状态仍为有效或暂停的证书；已换发新证的旧证书，请在证书台账中把状态改为“注销”。</source>
        <translation>Double-click a number to see those certificates. “Expired” means certificates past their expiry date whose status is still valid or suspended; if a new certificate has been issued, set the old one's status to “cancelled” in the certificate ledger.</translation>
    </message>
</context>
<context>
    <name>FailingItemsModel</name>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="93" />
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="93" />
        <source>不合格项目</source>
        <translation>Failed item</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="93" />
        <source>批次</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="95" />
        <source>占不合格批次</source>
        <translation>Share of failed batches</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="43" />
        <source>还没有数据库文件。现在新建一个吗？填写本机所在的县（市、区）或乡镇即可开始使用。</source>
        <translation>There is no database file yet. Create one now? Enter the county or township this computer works for to get started.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="47" />
        <location filename="../../ui/file_actions.py" line="107" />
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="50" />
        <source>这个数据库还没有设置县（市、区）和本机站点。现在设置吗？</source>
        <translation>This database has no county and no local station yet. Set them up now?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="51" />
        <source>已打开 {0}</source>
        <translation>Opened {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="62" />
        <source>已新建数据库 {0}</source>
        <translation>Created database {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="88" />
        <location filename="../../ui/file_actions.py" line="109" />
        <source>已连接 {0}</source>
        <translation>Connected to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="103" />
        <source>上次使用的是服务器上的数据库。请输入密码以连接（密码不会保存）。</source>
        <translation>Last time you used a database on a server. Enter the password to connect (the password is not saved).</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="145" />
        <source>数据库存放的位置有风险</source>
        <translation>The database is stored in a risky location</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="161" />
        <source>“{0}”已存在。新建数据库不会覆盖已有文件；要使用它，请选择“打开数据库…”。</source>
        <translation>“{0}” already exists. A new database never overwrites an existing file; to use it, choose “Open Database…”.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="168" />
        <source>请先打开或新建一个数据库。</source>
        <translation>Open or create a database first.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="195" />
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="213" />
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="224" />
        <source>用备份“{0}”替换当前数据库“{1}”的全部内容？
恢复前会先自动备份当前数据库，需要时可以再恢复回来。</source>
        <translation>Replace everything in the current database “{1}” with the backup “{0}”?
The current database is backed up first, so you can go back to it if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="127" />
        <location filename="../../ui/file_actions.py" line="225" />
        <location filename="../../ui/file_actions.py" line="260" />
        <location filename="../../ui/file_actions.py" line="264" />
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="242" />
        <source>正在从备份恢复…</source>
        <translation>Restoring from the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="256" />
        <source>已从备份恢复。恢复前的数据库已另存为：{0}</source>
        <translation>Restored from the backup. The database as it was before is saved as: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="260" />
        <source>恢复后的数据库有它自己的用户和密码，请重新登录。</source>
        <translation>The restored database has its own users and passwords: please sign in again.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="53" />
        <source>创建管理员</source>
        <translation>Create Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="58" />
        <source>这个数据库还没有用户。请创建县级管理员：管理员可以添加其他用户并分配角色。请记住密码——没有默认密码，忘记后只能由另一位管理员重置。</source>
        <translation>This database has no users yet. Create the county administrator: the administrator can add other users and assign roles. Remember the password — there is no default password, and if it is forgotten only another administrator can reset it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="71" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="72" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="73" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="74" />
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="76" />
        <source>创建并登录</source>
        <translation>Create and Log In</translation>
    </message>
</context>
<context>
    <name>FlowTab</name>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="109" />
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="110" />
        <location filename="../../ui/dialogs/award_flow_tab.py" line="116" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="110" />
        <source>意见或说明</source>
        <translation>Comments or notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="110" />
        <source>获奖证书编号</source>
        <translation>Award certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="111" />
        <source>转到</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="113" />
        <source>如 材料齐全，同意受理；退回、未获奖或撤回时请写明原因</source>
        <translation>e.g. documents complete, accepted; give the reason when returning, not awarding or withdrawing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="114" />
        <source>获奖时填写，记入名牌登记</source>
        <translation>Filled in when awarded; recorded in the brand register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="115" />
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="116" />
        <source>原状态</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="116" />
        <source>新状态</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="117" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="117" />
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="121" />
        <source>提交（自动资格预审）</source>
        <translation>Submit (automatic eligibility pre-check)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="122" />
        <source>受理，进入资格审查</source>
        <translation>Accept, start eligibility review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="123" />
        <source>资格审查通过，进入资料评审</source>
        <translation>Eligibility review passed, start document review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="124" />
        <source>进入现场评审</source>
        <translation>Start site review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="125" />
        <source>评审通过，进入公示</source>
        <translation>Review passed, start publicity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="126" />
        <source>公示无异议，获奖</source>
        <translation>No objections in publicity, award</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="127" />
        <source>未获奖</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="128" />
        <source>撤回申报</source>
        <translation>Withdraw application</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="129" />
        <source>退回修改（回到草稿）</source>
        <translation>Return for changes (back to draft)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="147" />
        <source>转到“{0}”</source>
        <translation>Move to “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="157" />
        <source>申报已{0}（{1}），流程结束。</source>
        <translation>Application {0} ({1}); the workflow is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="160" />
        <source>当前状态：{0}。可转到：{1}。</source>
        <translation>Current status: {0}. Can move to: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="166" />
        <source>（创建）</source>
        <translation>(created)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="185" />
        <source>把申报转到“{0}”？</source>
        <translation>Move the application to “{0}”?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="188" />
        <source>这是最终结果，之后不能再改变。</source>
        <translation>This is a final result and cannot be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="204" />
        <source>已转到“{0}”（{1}）。</source>
        <translation>Moved to “{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_flow_tab.py" line="207" />
        <source>已记入名牌登记。</source>
        <translation>Recorded in the brand register.</translation>
    </message>
</context>
<context>
    <name>FollowupTab</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="167" />
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="169" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="168" />
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="232" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="169" />
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="169" />
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="174" />
        <source>（选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="178" />
        <source>期限（按《产品质量监督抽查管理暂行办法》计算）</source>
        <translation>Deadlines (per the Interim Measures for Product Quality Spot Checks)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="179" />
        <source>异议截止</source>
        <translation>Objection by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="180" />
        <source>整改期满</source>
        <translation>Correction due</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="181" />
        <source>复查截止</source>
        <translation>Recheck by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="182" />
        <source>再次复查</source>
        <translation>Second recheck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="185" />
        <source>送达后 15 日内可提出异议；责令改正后 60 日内整改、75 日内复查；公告后 60–90 日再次复查。</source>
        <translation>Objections within 15 days of service; after an order to correct, correction within 60 days and recheck within 75; second recheck 60–90 days after the announcement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="186" />
        <source>只有不合格的样品才有后处理。本样品结论为合格或尚未判定。</source>
        <translation>Only failing samples have a follow-up. This sample passed or has no verdict yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="201" />
        <source>（未列明）</source>
        <translation>(not listed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="201" />
        <source>结论：{0}　　不合格项目：{1}</source>
        <translation>Verdict: {0}   Failed items: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="225" />
        <source>← 下一步</source>
        <translation>← Next step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="230" />
        <source>已登记</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="232" />
        <source>更正</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="238" />
        <source>后处理已结案。</source>
        <translation>The follow-up is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="241" />
        <source>下一步：{0}</source>
        <translation>Next step: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="245" />
        <source>期限 {0}（{1}）</source>
        <translation>Due {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="251" />
        <source>不早于 {0}</source>
        <translation>Not before {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="263" />
        <source>请填写“{0}”的日期。</source>
        <translation>Enter the date of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="271" />
        <source>已登记：{0} {1}。</source>
        <translation>Recorded: {0} on {1}.</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <location filename="../../ui/models/dashboard.py" line="127" />
        <source>受检单位</source>
        <translation>Sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="127" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="127" />
        <source>待办步骤</source>
        <translation>Pending step</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="127" />
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="129" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="134" />
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="137" />
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="137" />
        <source>还剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="143" />
        <source>（未填单位）</source>
        <translation>(no unit entered)</translation>
    </message>
</context>
<context>
    <name>FundTab</name>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="153" />
        <source>{0} 年度</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="177" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="179" />
        <source>未设预算</source>
        <translation>No budget set</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="184" />
        <source>已发放（{0} 笔，元）</source>
        <translation>Paid ({0} payments, yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="185" />
        <source>超支（元）</source>
        <translation>Overdrawn (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="185" />
        <location filename="../../ui/pages/fund_tab.py" line="262" />
        <source>余额（元）</source>
        <translation>Balance (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="190" />
        <source>已使用 {0:.1f}%</source>
        <translation>{0:.1f}% used</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="193" />
        <source>尚未设定本年度预算</source>
        <translation>No budget set for this year yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="194" />
        <source>预算文号：{0}</source>
        <translation>Budget document no.: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="199" />
        <source>{0} 年度还没有预算。点“设置预算”登记批准的奖励资金，再登记发放。</source>
        <translation>No budget for {0} yet. Click “Set Budget” to record the approved reward fund, then record payments.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="202" />
        <source>{0} 年度还没有发放记录。点“登记发放”（Ctrl+N）登记一笔奖励资金。</source>
        <translation>No payments for {0} yet. Click “Record Payment” (Ctrl+N) to record a reward-fund payment.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="219" />
        <source>已登记 {0} 年度奖励资金预算 {1} 元。</source>
        <translation>Recorded the {0} reward fund budget of {1} yuan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="240" />
        <source>导出奖励资金台账</source>
        <translation>Export Reward Fund Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="240" />
        <source>奖励资金台账-{0}年度.xlsx</source>
        <translation>Reward fund ledger-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="251" />
        <source>已导出 {0} 年度奖励资金台账到 {1}</source>
        <translation>Exported the {0} reward fund ledger to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="255" />
        <source>正在导出奖励资金台账…</source>
        <translation>Exporting the reward fund ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="260" />
        <source>年度预算（元）</source>
        <translation>Annual budget (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="261" />
        <source>已发放（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="264" />
        <source>设置预算…</source>
        <translation>Set Budget…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="264" />
        <source>登记或修改所选年度的奖励资金预算和批准文号</source>
        <translation>Record or change the reward fund budget and approval document no. of the selected year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="265" />
        <source>登记发放…</source>
        <translation>Record Payment…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="265" />
        <source>为获奖、名牌或新获认证登记一笔奖励资金（Ctrl+N）</source>
        <translation>Record a reward-fund payment for an award, famous brand or new certification (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="266" />
        <source>导出台账…</source>
        <translation>Export Ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/fund_tab.py" line="266" />
        <source>把所选年度的奖励资金台账导出为 Excel（Ctrl+E）</source>
        <translation>Export the reward fund ledger of the selected year to Excel (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="222" />
        <source>没有暂存的记录。时间比本机超前一天以上的变更（通常是发送方电脑日期设错了）会暂存在这里，核对后再应用。</source>
        <translation>No held records. Changes timed more than a day ahead of this computer (usually because the sender's computer has the wrong date) are held here and applied after review.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="229" />
        <source>应用暂存记录需要县级管理员权限。</source>
        <translation>Only a county administrator can apply held records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="233" />
        <source>这些变更的时间比本机时钟超前一天以上，暂未应用；本机时钟赶上后会自动应用。</source>
        <translation>These changes are timed more than a day ahead of this computer's clock and have not been applied yet; they are applied automatically once this computer's clock catches up.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="248" />
        <source>这 {0} 条变更的时间比本机超前一天以上，通常是发送方电脑的日期设错了。

请先打电话核对发送方电脑的日期和时间：
· 如果是发送方日期错了：请对方改正日期，这些记录不必应用；
· 如果是本机日期错了：请先改正本机日期，记录会自动应用；
· 如果两边日期都对（核对无误）：再应用。

应用后，本机的时钟也会随之前移到这些记录的时间。现在应用？</source>
        <translation>These {0} changes are timed more than a day ahead of this computer, usually because the sender's computer has the wrong date.

First phone the sender to check the date and time on their computer:
· If the sender's date is wrong: ask them to correct it; these records need not be applied.
· If this computer's date is wrong: correct it first; the records are then applied automatically.
· If both dates are right (checked): apply them.

After applying, this computer's clock also moves forward to the time of these records. Apply now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="249" />
        <source>核对后应用</source>
        <translation>Apply After Review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="257" />
        <source>已应用 {0} 条暂存记录。</source>
        <translation>Applied {0} held records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="260" />
        <source>来自站点</source>
        <translation>From station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="260" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="260" />
        <source>条数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="261" />
        <source>记录时间</source>
        <translation>Record time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_duplicates.py" line="262" />
        <source>核对后应用…</source>
        <translation>Apply After Review…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/models/credit.py" line="105" />
        <source>评定日期</source>
        <translation>Graded on</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="105" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="105" />
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="105" />
        <source>系统评定</source>
        <translation>System grade</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="105" />
        <source>调整理由</source>
        <translation>Reason for override</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="108" />
        <source>评定人</source>
        <translation>Graded by</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="115" />
        <source>人工调整：{0}</source>
        <translation>Overridden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="116" />
        <source>按规则评定</source>
        <translation>By the rules</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="117" />
        <source>系统</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ImplementationModel</name>
    <message>
        <location filename="../../ui/models/standards.py" line="463" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="464" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="465" />
        <source>面积（亩）</source>
        <translation>Area (mu)</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="466" />
        <source>覆盖农户</source>
        <translation>Households covered</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="467" />
        <source>实施农户</source>
        <translation>Households implementing</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="468" />
        <source>推广实施率</source>
        <translation>Implementation rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="474" />
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="154" />
        <source>正在读取 {0} …</source>
        <translation>Reading {0} …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="155" />
        <source>正在读取 {0}</source>
        <translation>Reading {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156" />
        <source>无法读取这个文件。</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="162" />
        <source>文件：{0}　工作表：{1}　表头在第 {2} 行，数据 {3} 行</source>
        <translation>File: {0}   Sheet: {1}   Header in row {2}, {3} data rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="170" />
        <source>（无表头）</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="174" />
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="190" />
        <source>缺少必需的列：{0}。请在“导入为”中指定。</source>
        <translation>Required columns missing: {0}. Choose them under “Import as”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="193" />
        <source>“{0}”对应了多列，只能保留一列。</source>
        <translation>“{0}” is chosen for several columns; keep only one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="227" />
        <source>正在试导入…</source>
        <translation>Dry run…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="228" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="241" />
        <source>导入将新增 {0} 家、更新 {1} 家企业，{2} 行有错误不导入。导入前会自动备份数据库。继续吗？</source>
        <translation>The import will add {0} and update {1} enterprises; {2} rows with errors are left out. The database is backed up first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="247" />
        <source>试导入（未写入）</source>
        <translation>Dry run (nothing written)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="252" />
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="254" />
        <source>导入前已备份到 {0}</source>
        <translation>Backed up before the import to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="260" />
        <source>{0}：共 {1} 行　新增 {2}　更新 {3}　未变 {4}　警告 {5}　错误 {6}</source>
        <translation>{0}: {1} rows   new {2}   updated {3}   unchanged {4}   warnings {5}   errors {6}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="267" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="268" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="282" />
        <source>仅列出前 {0} 条问题，完整清单请“保存错误清单…”。</source>
        <translation>Only the first {0} problems are listed; use “Save Error List…” for all of them.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="288" />
        <source>导入完成：新增 {0} 家，更新 {1} 家，{2} 行未导入。</source>
        <translation>Import finished: {0} added, {1} updated, {2} rows not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="311" />
        <source>已把 {0} 行写入 {1}。改正后可直接再导入这个文件。</source>
        <translation>Wrote {0} rows to {1}. Correct them and import that file again as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="315" />
        <source>保存错误清单</source>
        <translation>Save Error List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="315" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="334" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="334" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="339" />
        <source>① 核对列</source>
        <translation>① Check columns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="339" />
        <source>② 试导入</source>
        <translation>② Dry run</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="340" />
        <source>③ 导入</source>
        <translation>③ Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="343" />
        <source>导入企业名录</source>
        <translation>Import Enterprise List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="344" />
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="344" />
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="344" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="345" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="345" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="345" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="345" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="346" />
        <source>跳过有警告的行</source>
        <translation>Skip rows with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="347" />
        <source>不勾选时，只有警告的行照常导入并保留警告</source>
        <translation>Unchecked: rows with only warnings are imported and keep their warning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="349" />
        <source>试导入</source>
        <translation>Dry Run</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="350" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="351" />
        <source>保存错误清单…</source>
        <translation>Save Error List…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="355" />
        <source>检查每一行，统计会新增、更新多少，不写入数据库</source>
        <translation>Check every row and count what would be added or updated, without writing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="356" />
        <source>按试导入的结果写入；有错误的行不导入</source>
        <translation>Write what the dry run found; rows with errors are left out</translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="166" />
        <source>申报企业</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="166" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="166" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="167" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="167" />
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="167" />
        <source>评奖项目</source>
        <translation>Award programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="168" />
        <source>类别与级别</source>
        <translation>Category and level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="168" />
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="168" />
        <source>申报期</source>
        <translation>Application period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="169" />
        <source>申报产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="169" />
        <source>当前状态</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="169" />
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="170" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="170" />
        <source>奖励资金</source>
        <translation>Reward fund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="170" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="171" />
        <source>评审标准</source>
        <translation>Assessment standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="179" />
        <source>标准 {0} 元</source>
        <translation>standard {0} yuan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="180" />
        <source>未设奖励标准</source>
        <translation>no reward standard set</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="181" />
        <source>；已发放 {0} 笔，合计 {1} 元</source>
        <translation>; {0} payments made, {1} yuan in total</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="184" />
        <source>未登记</source>
        <translation>not registered</translation>
    </message>
</context>
<context>
    <name>InspectorsDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="119" />
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="120" />
        <source>添加检查人员</source>
        <translation>Add an inspector</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="122" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="122" />
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="122" />
        <source>执法证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="122" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="125" />
        <source>例如 县市场监管局</source>
        <translation>e.g. the county market regulation bureau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="126" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="127" />
        <source>登记回避…</source>
        <translation>Record Recusal…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="128" />
        <source>选中的检查人员今后不会被抽到某家企业（亲属、曾任职等）</source>
        <translation>The selected inspector will no longer be drawn for a given enterprise (relatives, former employment, etc.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="129" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="130" />
        <source>名录为空。双随机抽取需要至少两名在岗检查人员：在下方填写姓名后点“添加”。</source>
        <translation>The list is empty. A random draw needs at least two active inspectors: enter a name below and click “Add”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="137" />
        <source>（不属乡镇）</source>
        <translation>(no township)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="169" />
        <source>重新启用</source>
        <translation>Put Back on Duty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="169" />
        <source>停用</source>
        <translation>Take Off Duty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="170" />
        <source>停用的人员不再参加抽取，已有的抽取记录保留</source>
        <translation>Inspectors off duty are no longer drawn; past draws keep their names</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="173" />
        <source>回避登记（先在上表选中一名检查人员）</source>
        <translation>Recusals (first select an inspector above)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="175" />
        <source>{0} 的回避登记</source>
        <translation>Recusals of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="181" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>InspectorsModel</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="225" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="226" />
        <source>所在单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="227" />
        <source>执法证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="228" />
        <source>所在乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="229" />
        <source>回避</source>
        <translation>Recusals</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="230" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="238" />
        <source>在岗</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="239" />
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>InstrumentForm</name>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="171" />
        <source>新增计量器具</source>
        <translation>New Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="171" />
        <source>编辑计量器具</source>
        <translation>Edit Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="173" />
        <source>使用单位</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="174" />
        <source>器具名称</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="175" />
        <source>型号规格</source>
        <translation>Model/specification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="176" />
        <source>出厂编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="177" />
        <source>使用类别</source>
        <translation>Use category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="178" />
        <source>使用地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="179" />
        <source>登记造册</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="180" />
        <source>检定机构</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="181" />
        <source>检定证书编号</source>
        <translation>Verification certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="182" />
        <source>检定周期</source>
        <translation>Verification period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="183" />
        <source>检定日期</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="184" />
        <source>下次检定日期</source>
        <translation>Next verification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="185" />
        <source>检定结论</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="189" />
        <source>查找企业：名称、拼音首字母或信用代码</source>
        <translation>Find an enterprise: name, pinyin initials or credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="190" />
        <source>例如 电子计价秤、加油机、血压计</source>
        <translation>e.g. electronic price scale, fuel dispenser, blood pressure monitor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="191" />
        <source>例如 一楼收银台</source>
        <translation>e.g. ground-floor checkout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="192" />
        <source>例如 县计量检定测试所</source>
        <translation>e.g. the county metrology and testing institute</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="193" />
        <source>YYYY-MM-DD，未检定的留空</source>
        <translation>YYYY-MM-DD; leave empty if not yet verified</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="194" />
        <source>已向计量行政部门登记备案</source>
        <translation>Registered with the metrology authority</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="195" />
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="197" />
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="198" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="199" />
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="200" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="229" />
        <source>编辑计量器具 — {0}</source>
        <translation>Edit Instrument — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="292" />
        <source>有 {0} 处需要改正，改正后才能保存。</source>
        <translation>{0} problems to fix before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="295" />
        <source>有 {0} 条提醒，核对后可以保存。</source>
        <translation>{0} notes to check; saving is allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="308" />
        <source>请查找并选中使用这台器具的企业。</source>
        <translation>Find and select the enterprise that uses this instrument.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="318" />
        <source>YYYY-MM-DD；留空则按检定周期推算</source>
        <translation>YYYY-MM-DD; leave empty to work it out from the verification period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/instrument_form.py" line="321" />
        <source>留空按周期推算：{0}</source>
        <translation>Empty: worked out from the period: {0}</translation>
    </message>
</context>
<context>
    <name>InstrumentRatesModel</name>
    <message>
        <location filename="../../ui/models/instruments.py" line="117" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="118" />
        <source>在册</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="119" />
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="120" />
        <source>周期内受检</source>
        <translation>Verified in period</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="121" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="122" />
        <source>登记造册率</source>
        <translation>Registration rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="123" />
        <source>强检受检率</source>
        <translation>Verification rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="151" />
        <source>低于目标 {0}</source>
        <translation>Below target {0}</translation>
    </message>
</context>
<context>
    <name>InstrumentsModel</name>
    <message>
        <location filename="../../ui/models/instruments.py" line="54" />
        <source>使用单位</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="55" />
        <source>器具名称</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="56" />
        <source>型号规格</source>
        <translation>Model/specification</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="57" />
        <source>出厂编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="58" />
        <source>使用类别</source>
        <translation>Use category</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="59" />
        <source>检定日期</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="60" />
        <source>下次检定</source>
        <translation>Next verification</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="61" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="62" />
        <source>登记造册</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="68" />
        <source>{0}（{1} 天）</source>
        <translation>{0} ({1} days)</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="82" />
        <source>已登记</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/models/instruments.py" line="82" />
        <source>未登记</source>
        <translation>not registered</translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="141" />
        <location filename="../../ui/pages/instrument_tab.py" line="301" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="194" />
        <source>筛选出 {0} 台</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="196" />
        <source>（在前 {0} 台中）</source>
        <translation> (of the first {0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="198" />
        <source>共 {0} 台，显示前 {1} 台</source>
        <translation>{0} in total, first {1} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="200" />
        <source>共 {0} 台</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="202" />
        <source>，逾期未检 {0} 台</source>
        <translation>, {0} overdue for verification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="208" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="212" />
        <source>没有符合筛选条件的计量器具。</source>
        <translation>No instruments match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="215" />
        <source>还没有登记强检计量器具。点“新增器具”（Ctrl+N）登记贸易结算、安全防护、医疗卫生、环境监测用的计量器具及其检定情况。</source>
        <translation>No instruments under compulsory verification recorded yet. Click “New Instrument…” (Ctrl+N) to record instruments used for trade settlement, safety protection, medical care or environmental monitoring, and their verification.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="246" />
        <source>已登记计量器具“{0}”。</source>
        <translation>Recorded the instrument “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="264" />
        <source>已保存计量器具“{0}”。</source>
        <translation>Saved the instrument “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="275" />
        <source>删除计量器具“{0}”？删除后不再计入两率，记录保留。</source>
        <translation>Delete the instrument “{0}”? It will no longer count towards the two rates; the record is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="283" />
        <source>已删除计量器具“{0}”。</source>
        <translation>Deleted the instrument “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="293" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="302" />
        <source>使用单位、器具名称、型号或出厂编号</source>
        <translation>Used by, instrument, model or serial no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="303" />
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="304" />
        <source>只看逾期未检</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="306" />
        <source>新增器具…</source>
        <translation>New Instrument…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="306" />
        <source>登记一台强检计量器具（Ctrl+N）</source>
        <translation>Record an instrument under compulsory verification (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="307" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="307" />
        <source>编辑选中的器具（回车或双击）</source>
        <translation>Edit the selected instrument (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="308" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_tab.py" line="308" />
        <source>删除选中的器具（记录保留）</source>
        <translation>Delete the selected instrument (the record is kept)</translation>
    </message>
</context>
<context>
    <name>InterfaceTab</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="51" />
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="52" />
        <source>切换后立即生效，下次启动时沿用。</source>
        <translation>Takes effect at once and is kept for the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="53" />
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
</context>
<context>
    <name>KindCountsModel</name>
    <message>
        <location filename="../../ui/models/dashboard.py" line="87" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="87" />
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="89" />
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="91" />
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="92" />
        <source>个体工商户</source>
        <translation>Individual businesses</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="93" />
        <source>农民专业合作社</source>
        <translation>Farmers' cooperatives</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="94" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../ui/models/awards.py" line="321" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="322" />
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="323" />
        <location filename="../../ui/models/standards.py" line="192" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="324" />
        <location filename="../../ui/models/standards.py" line="197" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="325" />
        <source>奖励事项</source>
        <translation>Rewarded for</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="326" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="327" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="328" />
        <source>余额（元）</source>
        <translation>Balance (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="329" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="193" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="194" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="195" />
        <source>执行标准（原文）</source>
        <translation>Executed standard (as written)</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="196" />
        <source>标准编号</source>
        <translation>Standard no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="198" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="199" />
        <source>采标</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="228" />
        <source>等同采用</source>
        <translation>Identical</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="229" />
        <source>修改采用</source>
        <translation>Modified</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="158" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="159" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="160" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="162" />
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="269" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="250" />
        <source>{0} 家企业 {1} 个产品执行 {2} 条标准：{3}&lt;br&gt;&lt;span style='color:#b26a00'&gt;被代替 {4}&lt;/span&gt; · &lt;span style='color:#c62828'&gt;已废止 {5}&lt;/span&gt; · 仅执行企业标准的产品 {6} · 采标产品 {7}</source>
        <translation>{0} enterprises, {1} products executing {2} standards: {3}&lt;br&gt;&lt;span style='color:#b26a00'&gt;superseded {4}&lt;/span&gt; · &lt;span style='color:#c62828'&gt;withdrawn {5}&lt;/span&gt; · products on enterprise standards only {6} · adopting products {7}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="242" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="258" />
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="261" />
        <source>第 {0} / {1} 页</source>
        <translation>Page {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="264" />
        <source>（正在读取…）</source>
        <translation>(loading…)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="273" />
        <source>没有符合筛选条件的执行标准。</source>
        <translation>No executed standards match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="275" />
        <source>还没有产品执行标准的记录。在“企业档案”中为企业的产品填写执行标准。</source>
        <translation>No executed standards recorded for products yet. Enter the executed standards of the enterprises' products under “Enterprises”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="292" />
        <source>你的角色不能修改执行标准</source>
        <translation>Your role cannot change executed standards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="306" />
        <source>已标记“{0}”的 {1} 为采标（{2}）。</source>
        <translation>Marked {1} of “{0}” as adopted ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="317" />
        <source>取消“{0}”执行的 {1} 的采标标记（{2} {3}）？</source>
        <translation>Remove the adoption mark from {1} executed by “{0}” ({2} {3})?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="327" />
        <source>已取消 {0} 的采标标记。</source>
        <translation>Removed the adoption mark from {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="334" />
        <source>标准号、产品或企业名称</source>
        <translation>Standard no., product or enterprise name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="335" />
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="337" />
        <source>标记采标…</source>
        <translation>Mark Adoption…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="337" />
        <source>把选中产品的这条标准标记为等同（IDT）或修改（MOD）采用国际标准</source>
        <translation>Mark this standard of the selected product as an identical (IDT) or modified (MOD) adoption of an international standard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="338" />
        <source>取消采标</source>
        <translation>Remove Adoption</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="338" />
        <source>取消选中标准的采标标记</source>
        <translation>Remove the adoption mark from the selected standard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="339" />
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_ledger_tab.py" line="340" />
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="328" />
        <source>{0} 项有改动</source>
        <translation>{0} changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="363" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="364" />
        <source>成员单位</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="365" />
        <source>编辑 {0} 年度{1}责任书模板</source>
        <translation>Edit {0} Responsibility Letter Template ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="368" />
        <source>{0} 年度责任书 — {1}</source>
        <translation>{0} Responsibility Letter — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="369" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="369" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="369" />
        <source>甲方</source>
        <translation>Party A</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="370" />
        <source>乙方</source>
        <translation>Party B</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="370" />
        <source>甲方负责人</source>
        <translation>Party A signatory</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="371" />
        <source>乙方负责人</source>
        <translation>Party B signatory</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="371" />
        <source>正文（目标表之前，每段一行）</source>
        <translation>Body text (before the target table, one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="372" />
        <source>目标任务</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="373" />
        <source>考核与奖惩等条款（目标表之后，每段一行）</source>
        <translation>Assessment, rewards, penalties and other clauses (after the target table, one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="376" />
        <source>可不填，如 ×政责〔2026〕1号</source>
        <translation>Optional, e.g. ×政责〔2026〕1号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="377" />
        <source>如 县长 张三</source>
        <translation>e.g. 县长 张三</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="378" />
        <source>如 乡镇长 李四</source>
        <translation>e.g. 乡镇长 李四</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="379" />
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="379" />
        <source>目标值</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="379" />
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="379" />
        <source>工作任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="380" />
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="380" />
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="381" />
        <source>添加目标</source>
        <translation>Add Target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="381" />
        <source>删除目标</source>
        <translation>Delete Target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="382" />
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="382" />
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="384" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="385" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="385" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="388" />
        <source>本责任书已于 {0} 签订并锁定，只能查看，不能修改。确需修改，请先在列表中点“解除锁定…”并写明理由。</source>
        <translation>This responsibility letter was signed and locked on {0}; it can be viewed but not changed. If it really must be changed, first click “Unlock…” in the list and give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="392" />
        <source>生成责任书时按此模板为每个单位各生成一份，文中的 {乙方} 替换为单位名称。已生成的责任书不受模板修改的影响。</source>
        <translation>When letters are created, each unit gets one from this template, with {乙方} in the text replaced by the unit name. Letters already created are not affected by changes to the template.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="395" />
        <source>只修改“{0}”这一份责任书；签订后锁定。</source>
        <translation>Changes apply only to the letter for “{0}”; it is locked once signed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="419" />
        <source>共 {0} 项目标，合计 {1} 分</source>
        <translation>{0} targets, {1} points in total</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="444" />
        <source>第 {0} 项目标的目标值“{1}”不是数字。</source>
        <translation>The target value “{1}” of target {0} is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="451" />
        <source>第 {0} 项目标的完成时限“{1}”无法识别，应为 YYYY-MM-DD，例如 {2}-12-31。</source>
        <translation>The deadline “{1}” of target {0} is not recognised; it should be YYYY-MM-DD, e.g. {2}-12-31.</translation>
    </message>
</context>
<context>
    <name>LetterProgressPanel</name>
    <message>
        <location filename="../../ui/pages/dashboard_letters.py" line="94" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_letters.py" line="98" />
        <source>{0} 年还没有签订责任书。在“责任书与考核 → 责任书”中按模板为各乡镇生成责任书后，这里按月显示各乡镇的目标进度。</source>
        <translation>No responsibility letters signed for {0} yet. Once letters are created for the townships from the template under “Letters &amp; Assessment → Responsibility Letters”, each township's target progress is shown here month by month.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_letters.py" line="100" />
        <source>{0} 年只有成员单位的责任书，没有乡镇的。</source>
        <translation>{0} has responsibility letters only for member units, none for townships.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_letters.py" line="109" />
        <source>责任书目标进度</source>
        <translation>Letter Target Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_letters.py" line="109" />
        <source>{0}（落后 {1}）</source>
        <translation>{0} ({1} behind)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_letters.py" line="113" />
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_letters.py" line="117" />
        <source>{0} 年 · {1} 个乡镇：</source>
        <translation>{0} · {1} townships:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_letters.py" line="146" />
        <source>绿、黄、红：至今得分占应得分 ≥ 90%、≥ 60%、不足 60%。数量按时间进度、比率按目标值比较，过了时限未完成的任务计为落后。双击一行查看该乡镇的考核。</source>
        <translation>Green, yellow, red: points so far are ≥ 90%, ≥ 60% or under 60% of the points due. Counts are compared with the time elapsed and rates with the target value; tasks not done by their deadline count as behind. Double-click a row to see the township's assessment.</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="69" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="69" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="69" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="69" />
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="69" />
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="70" />
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="70" />
        <source>锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="70" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="72" />
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="73" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="73" />
        <source>成员单位</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="77" />
        <source>已签订</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="78" />
        <source>待签订</source>
        <translation>To be signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="78" />
        <source>已自评</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="78" />
        <source>已核查</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="79" />
        <source>已通报</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="94" />
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="99" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="100" />
        <source>未锁定</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="115" />
        <source>已签订锁定：不能修改，除非解除锁定</source>
        <translation>Signed and locked: cannot be changed unless unlocked</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../ui/pages/letters.py" line="92" />
        <location filename="../../ui/pages/letters.py" line="142" />
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="139" />
        <source>责任书与考核</source>
        <translation>Letters &amp; Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="140" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="143" />
        <source>责任书、考核按年度管理</source>
        <translation>Responsibility letters and assessments are managed by year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="144" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="145" />
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="146" />
        <source>责任书</source>
        <translation>Responsibility Letters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="146" />
        <source>指标库</source>
        <translation>Metric Library</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="146" />
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="225" />
        <source>共 {0} 份，已签订 {1} 份</source>
        <translation>{0} in total, {1} signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="229" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="232" />
        <source>{0} 年这一类单位还没有责任书。</source>
        <translation>No responsibility letters for this type of unit in {0} yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="235" />
        <source>{0} 年还没有责任书。点“生成责任书…”按模板为各乡镇和成员单位各生成一份；生成前可先用“编辑模板”调整目标和分值。</source>
        <translation>No responsibility letters for {0} yet. Click “Create Letters…” to create one for each township and member unit from the templates; adjust the targets and points first with “Edit Template” if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="275" />
        <source>已生成 {0} 份责任书。</source>
        <translation>Created {0} responsibility letters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="278" />
        <source>{0} 个单位已有责任书，未重复生成：{1}。</source>
        <translation>{0} units already had letters and were skipped: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="290" />
        <source>已保存 {0} 年度{1}责任书模板。</source>
        <translation>Saved the {0} responsibility letter template ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="303" />
        <source>已保存“{0}”的责任书。</source>
        <translation>Saved the responsibility letter of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="315" />
        <source>“{0}”的责任书已签订并锁定。</source>
        <translation>The responsibility letter of “{0}” is signed and locked.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="326" />
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="327" />
        <source>解除“{0}”责任书的锁定？解除后可以修改，理由记入审计日志；改好后请重新签订。</source>
        <translation>Unlock the responsibility letter of “{0}”? It can then be changed and the reason is recorded in the audit log; sign it again once corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="328" />
        <source>写明理由，例如签订后发现目标值有误、经会议研究调整</source>
        <translation>State the reason, e.g. a wrong target value found after signing, adjusted after a meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="337" />
        <source>已解除“{0}”责任书的锁定。</source>
        <translation>Unlocked the responsibility letter of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="348" />
        <source>删除“{0}”的 {1} 年度责任书？可以再用“生成责任书”按模板重新生成。</source>
        <translation>Delete the {1} responsibility letter of “{0}”? It can be created again from the template with “Create Letters”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="356" />
        <source>已删除“{0}”的责任书。</source>
        <translation>Deleted the responsibility letter of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="369" />
        <source>{0}年度责任书-{1}.pdf</source>
        <translation>{0} responsibility letter-{1}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="370" />
        <source>打印预览 — {0}</source>
        <translation>Print Preview — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="387" />
        <source>没有可以打开 PDF 的程序。文件已保存在：{0}</source>
        <translation>No program can open PDF files. The file has been saved to: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="390" />
        <source>正在生成“{0}”的责任书…</source>
        <translation>Creating the responsibility letter of “{0}”…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="413" />
        <source>正在打印第 {0} / {1} 份责任书…</source>
        <translation>Printing responsibility letter {0} / {1}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="438" />
        <source>已取消批量打印。</source>
        <translation>Batch printing cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="439" />
        <source>已写出的文件保留在 {0}。</source>
        <translation>The files already written are kept in {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="441" />
        <source>已打印 {0} 份责任书，共 {1} 页：{2}</source>
        <translation>Printed {0} responsibility letters, {1} pages in total: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="447" />
        <source>正在批量打印 {0} 年度责任书…</source>
        <translation>Batch printing the {0} responsibility letters…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="466" />
        <source>扫描件 — {0}</source>
        <translation>Scan — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="470" />
        <source>没有可以打开这个文件的程序。文件已保存在：{0}</source>
        <translation>No program can open this file. The file has been saved to: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="477" />
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="481" />
        <source>生成责任书…</source>
        <translation>Create Letters…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="481" />
        <source>按本年度模板为各乡镇、成员单位生成责任书</source>
        <translation>Create responsibility letters for the townships and member units from this year's templates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="482" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="482" />
        <source>修改选中单位的责任书（已签订的只能查看）</source>
        <translation>Edit the selected unit's responsibility letter (signed letters are view-only)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="483" />
        <source>签订…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="483" />
        <source>记录签订日期并附扫描件；签订后锁定</source>
        <translation>Record the signing date and attach the scan; the letter is locked once signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="484" />
        <source>解除锁定…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="484" />
        <source>已签订的责任书确需修改时解除锁定（须写明理由）</source>
        <translation>Unlock a signed responsibility letter that really must be changed (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="485" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="485" />
        <source>删除选中的未签订责任书</source>
        <translation>Delete the selected unsigned responsibility letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="486" />
        <source>打印/预览</source>
        <translation>Print/Preview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="486" />
        <source>生成选中责任书的 PDF 并预览</source>
        <translation>Create a PDF of the selected responsibility letter and preview it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="487" />
        <source>批量打印…</source>
        <translation>Batch Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="487" />
        <source>把本年度全部责任书打印为一个 PDF 或一个文件夹</source>
        <translation>Print all of this year's responsibility letters to one PDF or a folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="488" />
        <source>查看扫描件</source>
        <translation>View Scan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="488" />
        <source>打开签订后的扫描件</source>
        <translation>Open the scan of the signed letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="493" />
        <source>编辑模板</source>
        <translation>Edit Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="494" />
        <source>编辑本年度乡镇（或成员单位）责任书模板，生成责任书时使用</source>
        <translation>Edit this year's responsibility letter template for townships (or member units), used when creating letters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="495" />
        <source>乡镇责任书模板…</source>
        <translation>Township Letter Template…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters_tab.py" line="496" />
        <source>成员单位责任书模板…</source>
        <translation>Member Unit Letter Template…</translation>
    </message>
</context>
<context>
    <name>ListEntriesModel</name>
    <message>
        <location filename="../../ui/models/credit.py" line="143" />
        <source>名单</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="143" />
        <source>列入日期</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="143" />
        <source>移出日期</source>
        <translation>Removed on</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="143" />
        <source>决定机关</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="143" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="146" />
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="151" />
        <source>在列</source>
        <translation>still listed</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="165" />
        <source>来源：{0}</source>
        <translation>Source: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>站点：{0}</source>
        <translation>Station: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source>用户：{0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source>{0}（本机）</source>
        <translation>{0} (this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254" />
        <source>操作以内置用户“gui”记入审计日志</source>
        <translation>Actions are recorded in the audit trail as the built-in user “gui”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <source>用户：{0}（{1}）</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261" />
        <source>以“{0}”登录；操作以此用户记入审计日志</source>
        <translation>Signed in as “{0}”; actions are recorded in the audit log under this user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>未打开</source>
        <translation>none open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268" />
        <source>质量监管工作台</source>
        <translation>QSupervise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275" />
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>认证许可</source>
        <translation>Certificates &amp; Licences</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>品牌与奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279" />
        <source>标准化</source>
        <translation>Standardisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>责任书与考核</source>
        <translation>Letters &amp; Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>数据交换</source>
        <translation>Data Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>打开数据库…</source>
        <translation>Open Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>新建数据库…</source>
        <translation>New Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>连接服务器数据库…</source>
        <translation>Connect to Server Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>切换用户…</source>
        <translation>Switch User…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>修改密码…</source>
        <translation>Change Password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317" />
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>选择要恢复的备份</source>
        <translation>Choose the Backup to Restore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337" />
        <source>已切换为 {0}</source>
        <translation>Switched to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346" />
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="19" />
        <source>合并“{0}”</source>
        <translation>Merge “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="28" />
        <source>并入</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="30" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="41" />
        <source>没有可并入的同类单位。</source>
        <translation>There is no other active unit of the same kind to merge into.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="44" />
        <source>将“{0}”并入“{1}”：{0} 的 {2} 家企业及其他记录移到 {1}，{0} 停用并保留记录。</source>
        <translation>Merge “{0}” into “{1}”: the {2} enterprises and all other records of {0} move to {1}; {0} is deactivated and kept on record.</translation>
    </message>
</context>
<context>
    <name>MetricForm</name>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="194" />
        <source>编辑考核指标</source>
        <translation>Edit Assessment Metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="194" />
        <source>新增考核指标</source>
        <translation>New Assessment Metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="195" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="195" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="195" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="195" />
        <source>数据来源</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="195" />
        <source>统计范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="196" />
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="196" />
        <source>计分规则</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="196" />
        <source>加分</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="196" />
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="199" />
        <source>英文字母、数字或下划线，如 pass_rate</source>
        <translation>Letters, digits or underscores, e.g. pass_rate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="200" />
        <source>如 产品质量监督抽查合格率</source>
        <translation>e.g. product quality spot-check pass rate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="201" />
        <source>%、个、项</source>
        <translation>%, pcs, items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="202" />
        <source>下限</source>
        <translation>Lower limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="203" />
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="204" />
        <source>按比例得分时，实际值等于下限得 0 分；达标得分时，低于下限不得分</source>
        <translation>Pro rata: a value equal to the lower limit scores 0. Pass/fail: a value below the lower limit scores nothing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="205" />
        <source> 分/单位</source>
        <translation> pt/unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="206" />
        <source>超过目标值的部分，每 1 个单位（1 个百分点、1 个证书…）加几分；0 为不加分</source>
        <translation>Points added for each unit above the target (1 percentage point, 1 certificate…); 0 for no bonus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="207" />
        <source>最多加</source>
        <translation>Up to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="208" />
        <source> 分</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="209" />
        <source>不封顶</source>
        <translation>no cap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="210" />
        <source>计入的证书类别（都不选 = 全部）</source>
        <translation>Certificate types counted (none ticked = all)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="211" />
        <source>计入的品牌、奖项（都不选 = 全部）</source>
        <translation>Brands and awards counted (none ticked = all)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="212" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="213" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="223" />
        <source>指标口径、佐证材料要求等，考核时显示</source>
        <translation>Definition, evidence required, etc.; shown during assessment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="224" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="275" />
        <source>由系统按乡镇数据自动计算：当年截至考核截止日的比率（%）。</source>
        <translation>Computed automatically from the township's data: the rate (%) for the year up to the assessment cut-off date.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="276" />
        <source>由系统按乡镇数据自动计算：当年截至考核截止日新增的个数。</source>
        <translation>Computed automatically from the township's data: the number added in the year up to the assessment cut-off date.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="282" />
        <source>由单位自评、县级核查时手工填写（完成填 1，未完成填 0，或填写实际数值）。</source>
        <translation>Entered by hand in the self-assessment and the county verification (1 for done, 0 for not done, or the actual value).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="295" />
        <source>下限应为数字。</source>
        <translation>The lower limit must be a number.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_metric_form.py" line="334" />
        <source>下限“{0}”不是数字。</source>
        <translation>The lower limit “{0}” is not a number.</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="159" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="159" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="159" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="159" />
        <source>数据来源</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="159" />
        <source>参数</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="160" />
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="160" />
        <source>计分规则</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="160" />
        <source>下限</source>
        <translation>Lower limit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="160" />
        <source>每单位加分</source>
        <translation>Bonus/unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="160" />
        <source>加分上限</source>
        <translation>Bonus cap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="163" />
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="175" />
        <source>不封顶</source>
        <translation>no cap</translation>
    </message>
</context>
<context>
    <name>MetricsTab</name>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="260" />
        <source>共 {0} 项，其中 {1} 项由数据自动计算</source>
        <translation>{0} metrics, {1} computed from data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="263" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="268" />
        <source>指标库是空的。点“恢复默认指标”载入常用的考核指标（抽查合格率、新增认证、计量器具登记造册率等），或点“新增指标”自己定义。</source>
        <translation>The metric library is empty. Click “Restore Default Metrics” to load common assessment metrics (spot-check pass rate, new certifications, instrument registration rate, etc.), or click “New Metric” to define your own.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="311" />
        <source>已保存考核指标“{0}”。</source>
        <translation>Saved the assessment metric “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="321" />
        <source>删除考核指标“{0}”？已经使用它的责任书保留原有目标，以后新建的责任书不能再选它。</source>
        <translation>Delete the assessment metric “{0}”? Responsibility letters already using it keep their targets; new letters can no longer use it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="325" />
        <source>已删除考核指标“{0}”。</source>
        <translation>Deleted the assessment metric “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="341" />
        <source>已载入 {0} 项默认考核指标。</source>
        <translation>Loaded {0} default assessment metrics.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="347" />
        <source>新增指标…</source>
        <translation>New Metric…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="347" />
        <source>定义一个新的考核指标</source>
        <translation>Define a new assessment metric</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="348" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="348" />
        <source>修改选中的指标（已签订的责任书目标值不变）</source>
        <translation>Edit the selected metric (targets in signed letters stay unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="349" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="349" />
        <source>从指标库删除选中的指标；已使用它的责任书不受影响</source>
        <translation>Delete the selected metric from the library; letters already using it are not affected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="350" />
        <source>恢复默认指标</source>
        <translation>Restore Default Metrics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="350" />
        <source>指标库为空时，载入常用的考核指标</source>
        <translation>Load the common assessment metrics when the library is empty</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="60" />
        <source>新建申报</source>
        <translation>New Application</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="61" />
        <source>评奖项目</source>
        <translation>Award programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="61" />
        <source>申报企业</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="61" />
        <source>申报产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="62" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="64" />
        <source>名牌产品、地理标志产品须填写；可从企业档案的产品中选择</source>
        <translation>Required for famous-brand and geographical-indication products; can be chosen from the enterprise's products</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="65" />
        <source>建立草稿</source>
        <translation>Create Draft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="66" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="92" />
        <source>还没有本年度或上一年度的评奖项目，请先在“奖项计划”中新建。</source>
        <translation>There are no award programmes for this year or last year; create one under “Award Programmes” first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="95" />
        <source>申报期 {0}</source>
        <translation>application period {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="97" />
        <source>按产品评定</source>
        <translation>assessed per product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_application_new.py" line="137" />
        <source>{0} 申报 {1}</source>
        <translation>{0} application for {1}</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="17" />
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="30" />
        <source>县级（县市场监管局）</source>
        <translation>County (county market regulation bureau)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="31" />
        <source>乡镇工作站</source>
        <translation>Township station</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="39" />
        <source>6 或 9 位数字，可不填</source>
        <translation>6 or 9 digits, optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="42" />
        <source>每行一个，可不填，以后在“设置 → 行政区划”中添加</source>
        <translation>One per line, optional; more can be added later in “Settings → Administrative Units”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="46" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="47" />
        <source>本机是</source>
        <translation>This computer is</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="49" />
        <source>所属县</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="50" />
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="51" />
        <source>乡镇/街道</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="52" />
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="62" />
        <source>县（市、区）名称</source>
        <translation>County name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="62" />
        <source>乡镇名称</source>
        <translation>Township name</translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="121" />
        <source>已新增“{0}”。</source>
        <translation>Added “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="140" />
        <source>已将“{0}”改名为“{1}”。</source>
        <translation>Renamed “{0}” to “{1}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="162" />
        <source>已将“{0}”并入“{1}”，移动记录 {2} 条。</source>
        <translation>Merged “{0}” into “{1}”; {2} records moved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="171" />
        <source>停用“{0}”？停用后它不再出现在新记录的选择中，已有记录保留，可随时重新启用。</source>
        <translation>Deactivate “{0}”? It will no longer be offered for new records; existing records are kept, and it can be reactivated at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="175" />
        <source>已停用“{0}”。</source>
        <translation>Deactivated “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="180" />
        <source>已启用“{0}”。</source>
        <translation>Activated “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="196" />
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="196" />
        <source>新增乡镇/街道或成员单位</source>
        <translation>Add a township or a member unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="197" />
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="197" />
        <source>修改名称或区划代码</source>
        <translation>Change the name or the area code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="198" />
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="198" />
        <source>乡镇撤并：把此单位的企业和记录移到另一单位</source>
        <translation>Township merger: move this unit's enterprises and records to another unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="199" />
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="199" />
        <source>停用后保留全部记录</source>
        <translation>All records are kept</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="200" />
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="200" />
        <source>重新启用已停用的单位</source>
        <translation>Reactivate a deactivated unit</translation>
    </message>
</context>
<context>
    <name>OrgUnitDialog</name>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="21" />
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="22" />
        <source>成员单位</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="29" />
        <source>6 或 9 位数字，可不填</source>
        <translation>6 or 9 digits, optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="30" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="31" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="32" />
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="34" />
        <source>新增单位</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="36" />
        <source>重命名“{0}”</source>
        <translation>Rename “{0}”</translation>
    </message>
</context>
<context>
    <name>OrgUnitsModel</name>
    <message>
        <location filename="../../ui/models/org_units.py" line="31" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="31" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="31" />
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="31" />
        <source>企业数</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="33" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="35" />
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="36" />
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="37" />
        <source>成员单位</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="42" />
        <source>已并入{0}</source>
        <translation>Merged into {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="43" />
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="45" />
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="63" />
        <source>未填写区划代码</source>
        <translation>No area code entered</translation>
    </message>
</context>
<context>
    <name>OverdrawConfirm</name>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="65" />
        <source>须确认</source>
        <translation>Confirmation required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="67" />
        <source>理由（必填），如 县质量强县领导小组会议纪要〔2026〕5号同意追加</source>
        <translation>Reason (required), e.g. 县质量强县领导小组会议纪要〔2026〕5号同意追加</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/credit_override.py" line="39" />
        <source>调整信用等级 — {0}</source>
        <translation>Override Credit Grade — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_override.py" line="40" />
        <source>调整为</source>
        <translation>New grade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_override.py" line="41" />
        <source>调整理由</source>
        <translation>Reason for override</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_override.py" line="42" />
        <source>必填：依据的文件、会议纪要或核查情况</source>
        <translation>Required: the document, meeting minutes or inspection findings it is based on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_override.py" line="44" />
        <source>该企业在严重违法失信名单上：信用等级只能是 D 级，移出名单后才能调整。</source>
        <translation>This enterprise is on the serious dishonesty list: its credit grade can only be D, and can be overridden only after it is removed from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_override.py" line="49" />
        <source>系统按规则评定为 {0}。人工调整保留到规则评定的等级发生变化为止；之后按新的评定结果重新定级。</source>
        <translation>The rules give {0}. An override stays until the grade given by the rules changes; the enterprise is then graded by the new result.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_override.py" line="51" />
        <source>调整</source>
        <translation>Override</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_override.py" line="52" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="90" />
        <source>登记奖励资金</source>
        <translation>Record Reward Fund Payment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="91" />
        <location filename="../../ui/dialogs/fund_payment.py" line="164" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="91" />
        <location filename="../../ui/dialogs/fund_payment.py" line="164" />
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="91" />
        <source>资金年度</source>
        <translation>Fund year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="92" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="92" />
        <location filename="../../ui/dialogs/fund_payment.py" line="165" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="94" />
        <source>例如 40000 或 40,000.00</source>
        <translation>e.g. 40000 or 40,000.00</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="95" />
        <location filename="../../ui/dialogs/fund_payment.py" line="169" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="96" />
        <location filename="../../ui/dialogs/fund_payment.py" line="170" />
        <source>拨付文件的文号，如 青质强办〔2026〕3号</source>
        <translation>Document no. of the payment order, e.g. 青质强办〔2026〕3号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="97" />
        <location filename="../../ui/dialogs/fund_payment.py" line="172" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="98" />
        <location filename="../../ui/dialogs/fund_payment.py" line="173" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="109" />
        <source>{0}　{1}　{2}</source>
        <translation>{0}   {1}   {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="114" />
        <source>{0}　{1} 元　{2} 年度资金{3}</source>
        <translation>{0}   {1} yuan   fund year {2}{3}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="117" />
        <location filename="../../ui/dialogs/fund_payment.py" line="276" />
        <source>（尚未发放）</source>
        <translation>(nothing paid yet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="118" />
        <source>已发放 {0} 笔，合计 {1} 元</source>
        <translation>{0} payments, {1} yuan in total</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_payment.py" line="126" />
        <source>金额应为大于 0 的数，最多两位小数，例如 40000 或 40,000.00。</source>
        <translation>The amount must be a number greater than 0 with at most two decimals, e.g. 40000 or 40,000.00.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="153" />
        <location filename="../../ui/dialogs/fund_payment.py" line="240" />
        <source>先找到企业，再选择要奖励的获奖、名牌或新获认证。</source>
        <translation>First find the enterprise, then choose the award, famous brand or new certification to reward.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="163" />
        <source>登记奖励资金发放</source>
        <translation>Record Reward Fund Payment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="164" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="164" />
        <source>奖励事项</source>
        <translation>Rewarded for</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="164" />
        <source>已发放</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="165" />
        <source>列支年度</source>
        <translation>Charged to year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="165" />
        <source>资金情况</source>
        <translation>Fund status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="165" />
        <source>拨付文号</source>
        <translation>Payment document no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="168" />
        <source>例如 50000、50,000.00 或 5万</source>
        <translation>e.g. 50000, 50,000.00 or 5万</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="171" />
        <source>确认超出预算（或无预算）发放</source>
        <translation>Confirm payment over budget (or without a budget)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="193" />
        <source>{0}　{1}：{2}</source>
        <translation>{0}  {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="229" />
        <source>获奖：{0}年{1}{2}</source>
        <translation>Award: {0} {1}{2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="231" />
        <source>名牌：{0}{1}</source>
        <translation>Famous brand: {0}{1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="233" />
        <source>新获认证：{0} {1}</source>
        <translation>New certification: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="237" />
        <source>这家企业没有可奖励的事项（获奖、有效的名牌或标记为可获奖励的新获认证）。</source>
        <translation>This enterprise has nothing to reward (an award, a famous brand in force or a new certification marked as eligible for a reward).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="267" />
        <source>（未选择奖励事项）</source>
        <translation>(no reward item chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="273" />
        <source>{0}　{1} 元　{2} 年度{3}</source>
        <translation>{0}  {1} yuan  year {2}{3}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="291" />
        <source>{0} 年度未设预算，已发放 {1} 笔 {2} 元。</source>
        <translation>No budget set for {0}; {1} payments totalling {2} yuan made.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="295" />
        <source>预算 {0} 元，已发放 {1} 笔 {2} 元，余额 {3} 元。</source>
        <translation>Budget {0} yuan; {1} payments totalling {2} yuan made; balance {3} yuan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="330" />
        <source>确认发放</source>
        <translation>Confirm Payment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fund_payment.py" line="340" />
        <source>已登记奖励资金 {0} 元（{1}，列支 {2} 年度）。</source>
        <translation>Recorded a reward-fund payment of {0} yuan ({1}, charged to {2}).</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="84" />
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="84" />
        <source>适合页面</source>
        <translation>Fit Page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="85" />
        <source>共 {0} 页</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="86" />
        <source>用系统查看器打开</source>
        <translation>Open in System Viewer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="87" />
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="88" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="106" />
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="107" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="119" />
        <source>无法保存到 {0}：{1}</source>
        <translation>Could not save to {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PenaltiesModel</name>
    <message>
        <location filename="../../ui/models/credit.py" line="178" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="178" />
        <source>决定书文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="178" />
        <source>决定机关</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="178" />
        <source>罚没金额（元）</source>
        <translation>Fine and confiscation (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="181" />
        <source>违法事实</source>
        <translation>Violation</translation>
    </message>
</context>
<context>
    <name>PenaltyDialog</name>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="27" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="27" />
        <source>决定书文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="27" />
        <source>决定机关</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="27" />
        <source>罚没金额（元）</source>
        <translation>Fine and confiscation (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="28" />
        <source>违法事实</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="33" />
        <source>登记行政处罚 — {0}</source>
        <translation>Record Administrative Penalty — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="34" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="35" />
        <source>必填，例如 青市监处罚〔2026〕12号</source>
        <translation>Required, e.g. 青市监处罚〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="36" />
        <source>例如 20000 或 20,000.00；没有罚款的留空</source>
        <translation>e.g. 20000 or 20,000.00; leave empty if there was no fine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="39" />
        <source>质量方面的行政处罚按信用规则扣分（默认近 3 年每次 −10 分）；保存后立即重新评定该企业。</source>
        <translation>Administrative penalties on quality lose points under the credit rules (by default −10 for each in the last 3 years); the enterprise is re-graded as soon as this is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="40" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_penalty.py" line="41" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="37" />
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="38" />
        <source>将提供：企业名录、统一社会信用代码校验、产品与执行标准、Excel 导入导出。</source>
        <translation>Will provide: the enterprise directory, unified social credit code checks, products and their standards, Excel import and export.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="41" />
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="42" />
        <source>将提供：“双随机”抽取、抽样单与检验结果录入、不合格后处理及整改期限跟踪。</source>
        <translation>Will provide: “double random” draws, sampling forms and test results, follow-up of failed products and rectification deadlines.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="45" />
        <source>认证许可</source>
        <translation>Certificates &amp; Licences</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="46" />
        <source>将提供：生产许可证、强制性产品认证（CCC）和体系认证的登记与到期提醒。</source>
        <translation>Will provide: records of production licences, compulsory product certification (CCC) and management-system certificates, with expiry reminders.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="49" />
        <source>品牌与奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="50" />
        <source>将提供：质量奖、品牌培育和名优产品的申报材料整理与获奖记录。</source>
        <translation>Will provide: application files and award records for quality awards, brand building and renowned products.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="53" />
        <source>标准化</source>
        <translation>Standardisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="54" />
        <source>将提供：产品执行标准库、标准目录与被代替标准提示、采标率、参与制定标准和农业标准化示范项目。</source>
        <translation>Will provide: the library of executed product standards, the standards catalogue with alerts for superseded standards, the adoption rate, standards drafted with local participation and agricultural standardisation demonstration projects.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="57" />
        <source>责任书与考核</source>
        <translation>Letters &amp; Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="58" />
        <source>将提供：年度质量工作责任书的生成与打印，以及乡镇年终考核评分。</source>
        <translation>Will provide: generating and printing the yearly quality responsibility letters, and scoring the townships at year end.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="61" />
        <source>数据交换</source>
        <translation>Data Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="62" />
        <source>将提供：乡镇与县之间同步数据包的导出、导入与合并。</source>
        <translation>Will provide: exporting, importing and merging the sync packages exchanged between townships and the county.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="70" />
        <source>此模块尚在开发中，将在后续版本提供。</source>
        <translation>This module is still being developed and will come in a later version.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="240" />
        <source>新建抽查计划</source>
        <translation>New Spot-Check Plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="242" />
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="243" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="244" />
        <source>抽查层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="245" />
        <source>抽查领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="246" />
        <source>产品类别</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="247" />
        <source>实施细则</source>
        <translation>Implementation rules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="248" />
        <source>承检机构</source>
        <translation>Testing body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="249" />
        <source>组织抽查部门</source>
        <translation>Organising authority</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="250" />
        <source>抽取数量</source>
        <translation>Number to draw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="251" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="252" />
        <source>乡镇</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="253" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="254" />
        <source>主体类型</source>
        <translation>Kind of business</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="255" />
        <source>规模</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="259" />
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="260" />
        <source>抽取范围（候选企业名单）</source>
        <translation>Pool (candidate list)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="261" />
        <source>按家数</source>
        <translation>By number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="262" />
        <source>按比例</source>
        <translation>By share</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="263" />
        <source>都不勾选 = 全部乡镇</source>
        <translation>None ticked = all townships</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="265" />
        <source>例如 2026-县-01</source>
        <translation>e.g. 2026-县-01</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="266" />
        <source>例如 食用植物油</source>
        <translation>e.g. 食用植物油 (edible vegetable oil)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="267" />
        <source>例如 食用植物油产品质量监督抽查实施细则（2024 年版）</source>
        <translation>e.g. the implementation rules for edible vegetable oil spot checks (2024 edition)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="268" />
        <source>留空：本县市场监督管理局</source>
        <translation>Empty: the county market regulation bureau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="269" />
        <source>行业代码，逗号分隔，如 C13, C14；留空 = 全部行业</source>
        <translation>Industry codes separated by commas, e.g. C13, C14; empty = all industries</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="270" />
        <source>按风险加权（近三年抽查不合格的企业更容易被抽中）</source>
        <translation>Weight by risk (enterprises that failed a spot check in the last 3 years are likelier to be drawn)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="271" />
        <source>检查人员不检查本乡镇的企业（本乡镇回避）</source>
        <translation>Inspectors do not check enterprises of their own township (township recusal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="272" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="273" />
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="274" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="381" />
        <source>“{0}”不是 GB/T 4754 行业代码（门类字母或 2–4 位代码，如 C、C13、1391）。</source>
        <translation>“{0}” is not a GB/T 4754 industry code (a section letter or a 2–4 digit code, e.g. C, C13, 1391).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="400" />
        <source>按此范围，候选企业共 {0} 家（抽取时再排除 6 个月内已抽查的）。</source>
        <translation>This pool holds {0} candidates (those checked within 6 months are left out at the draw).</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="75" />
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="76" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="77" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="78" />
        <source>产品类别</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="79" />
        <source>领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="80" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="81" />
        <source>样品数</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="82" />
        <source>不合格数</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="98" />
        <source>导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="111" />
        <source>尚未抽取：选中后点“双随机抽取”</source>
        <translation>Not drawn yet: select it and click “Random Draw…”</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="160" />
        <source>在岗检查人员 {0} 名</source>
        <translation>{0} active inspectors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="175" />
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="431" />
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="175" />
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="190" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="194" />
        <source>这一年度还没有抽查计划。选“全部年度”查看其他年度，或点“新建计划”（Ctrl+N）。</source>
        <translation>No spot-check plans for this year. Choose “All years” to see other years, or click “New Plan…” (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="198" />
        <source>还没有抽查计划。点“新建计划”（Ctrl+N）开始：填写计划编号、产品类别和抽取范围，再做双随机抽取。</source>
        <translation>No spot-check plans yet. Click “New Plan…” (Ctrl+N) to start: enter the plan number, product category and pool, then make the random draw.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="252" />
        <source>抽取结果</source>
        <translation>Draw result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="253" />
        <source>选中上表中的一个计划，这里显示它的抽取结果。</source>
        <translation>Select a plan above to see its draw result here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="255" />
        <source>计划 {0}</source>
        <translation>Plan {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="256" />
        <source>此计划由导入的抽查结果公告建立，没有抽取记录。双击查看其抽查记录。</source>
        <translation>This plan was created by importing a published results announcement and has no draw. Double-click it to see its spot-check records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="258" />
        <source>计划 {0}：尚未抽取</source>
        <translation>Plan {0}: not drawn yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="259" />
        <source>核对计划的抽取范围后，点“双随机抽取”。抽取前请确认检查人员名录已齐。</source>
        <translation>Check the plan's pool, then click “Random Draw…”. Before drawing, make sure the inspector list is complete.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="262" />
        <source>计划 {0}：第 {1} 次抽取，抽出 {2} 家</source>
        <translation>Plan {0}: draw {1}, {2} drawn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="266" />
        <source>{0} 抽取 · 随机种子 {1} · 候选企业 {2} 家（6 个月内已抽查、不参加的 {3} 家）· 名单指纹 {4}…</source>
        <translation>Drawn on {0} · seed {1} · {2} candidates ({3} left out, checked within 6 months) · list fingerprint {4}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="268" />
        <source>
重新抽取理由：{0}</source>
        <translation>
Reason for redraw: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="270" />
        <source>
有 {0} 家因可派检查人员不足两名（回避）而未抽到。</source>
        <translation>
{0} could not be drawn: fewer than two inspectors were available (recusals).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="284" />
        <source>重新抽取…</source>
        <translation>Redraw…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="284" />
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="422" />
        <source>双随机抽取…</source>
        <translation>Random Draw…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="298" />
        <source>已新建抽查计划 {0}。</source>
        <translation>Created the spot-check plan {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="343" />
        <source>计划 {0} 第 {1} 次抽取完成：抽出 {2} 家。</source>
        <translation>Plan {0}, draw {1} done: {2} drawn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="345" />
        <source>{0} 家因可派检查人员不足两名而顺延。</source>
        <translation> {0} passed over: fewer than two inspectors available.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="349" />
        <source>正在抽取…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="378" />
        <source>正在核验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="383" />
        <source>导出公开名单</source>
        <translation>Export Public List</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="383" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="397" />
        <source>双随机抽取结果-{0}.xlsx</source>
        <translation>Random draw-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="410" />
        <source>公开名单已写入 {0}</source>
        <translation>Public list written to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="414" />
        <source>正在导出公开名单…</source>
        <translation>Exporting the public list…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="419" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="421" />
        <source>新建计划…</source>
        <translation>New Plan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="421" />
        <source>新建抽查计划（Ctrl+N）</source>
        <translation>New spot-check plan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="422" />
        <source>从计划的候选企业中随机抽取检查对象，并随机匹配两名检查人员</source>
        <translation>Draw targets at random from the plan's candidates and assign two inspectors to each at random</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="423" />
        <source>核验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="423" />
        <source>用记录的种子和名单重新计算，核对结果是否与记录一致</source>
        <translation>Re-run from the recorded seed and list and check that the result matches the record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="424" />
        <source>导出公开名单…</source>
        <translation>Export Public List…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="424" />
        <source>把抽取结果写成可公示的 Excel 名单（Ctrl+E）</source>
        <translation>Write the draw result as an Excel list for publication (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="425" />
        <source>检查人员…</source>
        <translation>Inspectors…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="425" />
        <source>检查人员名录与回避登记</source>
        <translation>Inspector list and recusals</translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="286" />
        <source>编辑评奖项目</source>
        <translation>Edit Award Programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="286" />
        <source>新建评奖项目</source>
        <translation>New Award Programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="287" />
        <source>类别（模板）</source>
        <translation>Category (template)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="287" />
        <source>项目名称</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="287" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="287" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="287" />
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="288" />
        <source>申报期</source>
        <translation>Application period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="288" />
        <source>获奖名额</source>
        <translation>Number of awards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="288" />
        <source>奖励金额（元）</source>
        <translation>Reward amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="288" />
        <source>评审标准</source>
        <translation>Assessment standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="289" />
        <source>有效期</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="289" />
        <source>再次申报间隔</source>
        <translation>Reapplication interval</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="289" />
        <source>申报材料清单（每行一项）</source>
        <translation>Required documents (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="292" />
        <source>开始 YYYY-MM-DD</source>
        <translation>Opens YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="293" />
        <source>截止 YYYY-MM-DD</source>
        <translation>Closes YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="294" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="295" />
        <source>长期</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="296" />
        <location filename="../../ui/dialogs/award_program_form.py" line="298" />
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="297" />
        <source>同有效期</source>
        <translation>Same as validity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="299" />
        <source>如 100000 或 10万；不奖励填 0</source>
        <translation>e.g. 100000 or 10万; 0 for no reward</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="300" />
        <source>如 市质量强市工作领导小组办公室</source>
        <translation>e.g. 市质量强市工作领导小组办公室</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="301" />
        <source>按 GB/T 19580 评分（满分 1000 分）</source>
        <translation>Score by GB/T 19580 (1000 points in total)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="303" />
        <source>《卓越绩效评价准则》7 个类目：领导、战略、顾客与市场、资源、过程管理、测量分析与改进、结果</source>
        <translation>The 7 categories of the Criteria for Performance Excellence: Leadership, Strategy, Customers and markets, Resources, Process management, Measurement, analysis and improvement, Results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="304" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="305" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="366" />
        <source>名牌产品：按产品评定，有效期 3 年，期满可重新申报。</source>
        <translation>Famous-brand product: assessed per product, valid for 3 years, may reapply when it expires.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="367" />
        <source>政府质量奖：按 GB/T 19580 评分（满分 1000 分），获奖 5 年后方可再次申报。</source>
        <translation>Government quality award: scored by GB/T 19580 (1000 points in total); may reapply 5 years after winning.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="368" />
        <source>著名商标：有效期 3 年；不要求 ISO 9001。</source>
        <translation>Well-known trademark: valid for 3 years; ISO 9001 not required.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="369" />
        <source>地理标志产品：按产品评定；不查经营年限、ISO 9001 和再次申报间隔。</source>
        <translation>Geographical-indication product: assessed per product; years in business, ISO 9001 and the reapplication interval are not checked.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="370" />
        <source>工程质量奖：按工程评定，不查监督抽查，可逐年申报。</source>
        <translation>Construction quality award: assessed per project; spot checks are not checked; may apply every year.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="371" />
        <source>其他荣誉：空白模板，只列通用材料和默认资格条件。</source>
        <translation>Other honour: blank template with only the common documents and the default eligibility conditions.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="385" />
        <source>{0} 年度{1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_program_form.py" line="413" />
        <source>（已修改）</source>
        <translation>(changed)</translation>
    </message>
</context>
<context>
    <name>ProgramsModel</name>
    <message>
        <location filename="../../ui/models/awards.py" line="147" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="148" />
        <source>项目名称</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="149" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="150" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="151" />
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="152" />
        <source>申报期</source>
        <translation>Application period</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="153" />
        <source>名额</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="154" />
        <source>有效期</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="155" />
        <source>奖励（元）</source>
        <translation>Reward (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="156" />
        <source>申报</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="157" />
        <source>获奖</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="165" />
        <source>（评分）</source>
        <translation> (scored)</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="169" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="170" />
        <source>{0} 年</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="170" />
        <source>长期</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="172" />
        <source>{0}（在办 {1}）</source>
        <translation>{0} ({1} open)</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="144" />
        <location filename="../../ui/pages/award_programs_tab.py" line="269" />
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="144" />
        <source>{0} 年度</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="156" />
        <source>共 {0} 个项目</source>
        <translation>{0} programmes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="159" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="163" />
        <source>这一年度还没有评奖项目。点“新建项目”（Ctrl+N），按模板建立名牌产品、政府质量奖等项目。</source>
        <translation>No award programmes for this year yet. Click “New Programme” (Ctrl+N) to create famous-brand product, government quality award and other programmes from templates.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="165" />
        <source>还没有评奖项目。点“新建项目”（Ctrl+N），按模板建立名牌产品、政府质量奖等项目。</source>
        <translation>No award programmes yet. Click “New Programme” (Ctrl+N) to create famous-brand product, government quality award and other programmes from templates.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="194" />
        <source>已新建项目“{0}”。</source>
        <translation>Created programme “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="213" />
        <source>已保存项目“{0}”。</source>
        <translation>Saved programme “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="223" />
        <source>撤销项目“{0}”？撤销后不再列出，记录保留。已提交的申报须先处理完。</source>
        <translation>Revoke programme “{0}”? It will no longer be listed; the records are kept. Submitted applications must be dealt with first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="232" />
        <source>已撤销项目“{0}”。</source>
        <translation>Revoked programme “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="248" />
        <source>导出评审结果</source>
        <translation>Export Assessment Results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="248" />
        <source>{0}-评审结果.xlsx</source>
        <translation>{0}-assessment results.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="259" />
        <source>已导出“{0}”的评审结果（{1} 份申报）到 {2}</source>
        <translation>Exported the assessment results of “{0}” ({1} applications) to {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="263" />
        <source>正在导出评审结果…</source>
        <translation>Exporting assessment results…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="272" />
        <source>新建项目</source>
        <translation>New Programme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="273" />
        <source>按模板新建评奖项目（Ctrl+N）；点右侧箭头选择模板</source>
        <translation>Create an award programme from a template (Ctrl+N); click the arrow on the right to choose a template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="275" />
        <source>名牌产品（有效期 3 年）</source>
        <translation>Famous-brand product (valid for 3 years)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="276" />
        <source>政府质量奖（GB/T 19580 评分，5 年后可再申报）</source>
        <translation>Government quality award (GB/T 19580 scoring, may reapply after 5 years)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="277" />
        <source>著名商标</source>
        <translation>Well-known trademark</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="278" />
        <source>地理标志产品</source>
        <translation>Geographical-indication product</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="279" />
        <source>工程质量奖</source>
        <translation>Construction quality award</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="280" />
        <source>其他荣誉（空白模板）</source>
        <translation>Other honour (blank template)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="285" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="285" />
        <source>编辑选中的项目（回车或双击）</source>
        <translation>Edit the selected programme (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="286" />
        <source>撤销项目</source>
        <translation>Revoke Programme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="286" />
        <source>撤销选中的项目（记录保留）</source>
        <translation>Revoke the selected programme (the record is kept)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="287" />
        <source>查看申报</source>
        <translation>View Applications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="287" />
        <source>在“申报”页列出这个项目的申报</source>
        <translation>List this programme’s applications on the “Applications” tab</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="288" />
        <source>导出评审结果…</source>
        <translation>Export Assessment Results…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="288" />
        <source>把这个项目的评审结果名单导出为 Excel</source>
        <translation>Export the list of assessment results of this programme to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_programs_tab.py" line="299" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../ui/models/assessment.py" line="278" />
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="278" />
        <source>得分率</source>
        <translation>Score rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="280" />
        <source>落后的目标</source>
        <translation>Lagging targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="287" />
        <source>尚无可评的目标</source>
        <translation>No targets to score yet</translation>
    </message>
</context>
<context>
    <name>ProjectCertsDialog</name>
    <message>
        <location filename="../../ui/dialogs/standards_project_certs.py" line="30" />
        <source>{0}（牵头单位：{1}）</source>
        <translation>{0} (lead: {1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project_certs.py" line="38" />
        <source>{0}　{1}　有效期至 {2}</source>
        <translation>{0}  {1}  valid until {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project_certs.py" line="49" />
        <source>牵头企业在认证许可登记中没有 GAP、无公害、绿色食品、有机或地理标志证书；以合作社等名称登记的牵头单位不能关联证书。</source>
        <translation>The lead enterprise has no GAP, pollution-free, green food, organic or geographical indication certificates in the certificate registry; a lead recorded only by name (such as a cooperative) cannot have certificates linked.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project_certs.py" line="55" />
        <source>关联基地的认证证书</source>
        <translation>Link Certificates to the Base</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project_certs.py" line="56" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project_certs.py" line="57" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="75" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="77" />
        <source>合作社或其他单位</source>
        <translation>Cooperative or other body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="90" />
        <source>如 青溪县茶叶专业合作社</source>
        <translation>e.g. Qingxi County Tea Cooperative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="95" />
        <source> 亩</source>
        <translation> mu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="102" />
        <source> 户</source>
        <translation> farms</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="108" />
        <source>其中按标准生产</source>
        <translation>of which following the standards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="113" />
        <source>多个用“、”分隔，如 DB42/T 1017-2020、NY/T 5018-2015</source>
        <translation>Separate several with commas, e.g. DB42/T 1017-2020, NY/T 5018-2015</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="123" />
        <source>验收</source>
        <translation>accepted on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="131" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="131" />
        <source>类型与级别</source>
        <translation>Kind and level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="131" />
        <source>作物/产品</source>
        <translation>Crop/product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="132" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="132" />
        <location filename="../../ui/dialogs/standards_project.py" line="143" />
        <source>牵头单位</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="133" />
        <source>合作社名称</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="133" />
        <source>面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="133" />
        <source>覆盖农户</source>
        <translation>Farms covered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="134" />
        <source>执行标准</source>
        <translation>Executed standards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="134" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="134" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="135" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="143" />
        <source>按标准生产农户</source>
        <translation>Farm households producing to the standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="144" />
        <source>验收日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="145" />
        <source>{0} 处改动</source>
        <translation>{0} changes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="149" />
        <source>修改示范项目</source>
        <translation>Edit Demonstration Project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="149" />
        <source>新建农业标准化示范项目</source>
        <translation>New Agricultural Standardisation Demonstration Project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="150" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="151" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="206" />
        <source>实施农户多于覆盖农户</source>
        <translation>More farms applying the standards than covered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/standards_project.py" line="210" />
        <source>推广实施率 {0}</source>
        <translation>Implementation rate {0}</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../ui/models/standards.py" line="407" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="408" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="409" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="410" />
        <source>作物/产品</source>
        <translation>Crop/product</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="411" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="412" />
        <source>牵头企业/合作社</source>
        <translation>Lead enterprise/cooperative</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="413" />
        <source>面积（亩）</source>
        <translation>Area (mu)</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="414" />
        <source>覆盖农户</source>
        <translation>Farms covered</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="415" />
        <source>实施农户</source>
        <translation>Farms applying</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="416" />
        <source>推广实施率</source>
        <translation>Implementation rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="417" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="418" />
        <source>认证</source>
        <translation>Certs</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="446" />
        <source>{0}
执行标准：{1}</source>
        <translation>{0}
Executed standards: {1}</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="108" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="109" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="154" />
        <source>全县 {0} 个项目，{1} 亩，覆盖农户 {2}，按标准生产 {3}，推广实施率 &lt;b&gt;{4}&lt;/b&gt;</source>
        <translation>County: {0} projects, {1} mu, {2} farms covered, {3} following the standards, implementation rate &lt;b&gt;{4}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="158" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="162" />
        <source>没有符合筛选条件的项目。</source>
        <translation>No projects match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="164" />
        <source>还没有农业标准化示范项目。点“新建…”记录项目或基地的面积、覆盖农户和按标准生产的农户。</source>
        <translation>No agricultural standardisation demonstration projects yet. Click “New…” to record a project or base with its area, the farms it covers and the farms following the standards.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="206" />
        <source>已保存“{0}”。</source>
        <translation>Saved “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="216" />
        <source>删除示范项目“{0}”？</source>
        <translation>Delete the demonstration project “{0}”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="225" />
        <source>已删除“{0}”。</source>
        <translation>Deleted “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="242" />
        <source>已关联 {0} 份、取消 {1} 份证书。</source>
        <translation>Linked {0} and unlinked {1} certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="250" />
        <source>各乡镇推广实施率</source>
        <translation>Implementation rate by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="253" />
        <source>推广实施率 = 按标准生产的农户 ÷ 项目覆盖的农户；跨乡镇的项目在每个乡镇都整体计入，全县每个项目只计一次；不计已撤销的项目。</source>
        <translation>Implementation rate = farms following the standards ÷ farms covered by the projects; a project spanning several townships counts in full in each of them but only once for the county; cancelled projects are not counted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="255" />
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="255" />
        <source>记录农业标准化示范项目或基地（Ctrl+N）</source>
        <translation>Record an agricultural standardisation demonstration project or base (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="256" />
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="256" />
        <source>修改选中的项目</source>
        <translation>Edit the selected project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="257" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="257" />
        <source>删除选中的项目</source>
        <translation>Delete the selected project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="258" />
        <source>关联认证…</source>
        <translation>Link Certificates…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_projects_tab.py" line="259" />
        <source>把牵头企业的 GAP、无公害、绿色食品、有机、地理标志证书关联到基地</source>
        <translation>Link the lead enterprise's GAP, pollution-free, green food, organic and geographical indication certificates to the base</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="44" />
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="44" />
        <source>抽查批次</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="44" />
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="44" />
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="47" />
        <source>合格率</source>
        <translation>Pass rate</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="84" />
        <source>登记造册率与强检受检率</source>
        <translation>Registration and verification rates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="89" />
        <source>全县合计</source>
        <translation>County total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="96" />
        <location filename="../../ui/pages/instrument_rates.py" line="98" />
        <source>目标 {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="101" />
        <source>登记造册率与强检受检率（截至 {0}）</source>
        <translation>Registration and verification rates (as of {0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="105" />
        <source>全县在册 {0} 台，已登记 {1} 台，周期内受检 {2} 台，逾期未检 {3} 台；登记造册率 {4}，强检受检率 {5}。低于目标的乡镇：登记 {6} 个，受检 {7} 个。</source>
        <translation>County: {0} instruments listed, {1} registered, {2} verified within the period, {3} overdue; registration rate {4}, verification rate {5}. Townships below target: {6} for registration, {7} for verification.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="111" />
        <source>{0}
在册 {1}，已登记 {2}，周期内受检 {3}</source>
        <translation>{0}
{1} listed, {2} registered, {3} verified within the period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="120" />
        <source>登记造册率 = 已登记 ÷ 在册</source>
        <translation>Registration rate = registered ÷ listed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="121" />
        <source>强检受检率 = 周期内受检 ÷ 已登记</source>
        <translation>Verification rate = verified within the period ÷ registered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/instrument_rates.py" line="123" />
        <source>还没有登记计量器具</source>
        <translation>No instruments recorded yet</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="118" />
        <source>按乡镇</source>
        <translation>By township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="118" />
        <source>按行业（大类）</source>
        <translation>By industry (division)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="159" />
        <source>{0}
采标产品 {1} / 产品 {2}，采标率 {3}（目标 {4}）</source>
        <translation>{0}
{1} of {2} products adopt international standards; adoption rate {3} (target {4})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="165" />
        <source>目标 {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="172" />
        <source>全县采标率 &lt;b style='color:{0}'&gt;{1}&lt;/b&gt;（{2} / {3} 个产品，目标 {4}）</source>
        <translation>County adoption rate &lt;b style='color:{0}'&gt;{1}&lt;/b&gt; ({2} / {3} products, target {4})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="198" />
        <source>全县采标率目标已设为 {0}。</source>
        <translation>County adoption rate target set to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="205" />
        <source>全县目标</source>
        <translation>County target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="206" />
        <source>设定目标</source>
        <translation>Set Target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="207" />
        <source>保存全县的采标率目标（工作台和各乡镇比较都按它）</source>
        <translation>Save the county adoption rate target (used on the dashboard and in the township comparison)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="208" />
        <source>还没有执行标准的产品</source>
        <translation>No products with executed standards yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="209" />
        <source>采标率图</source>
        <translation>Adoption rate chart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards_rates_tab.py" line="212" />
        <source>采标率 = 至少一条执行标准等同（IDT）或修改（MOD）采用国际标准或国外先进标准的产品 ÷ 有执行标准的产品；只计存续企业的在册产品。绿色为达到目标，红色为低于目标。在“执行标准”中选中一条标准，点“标记采标…”。</source>
        <translation>Adoption rate = products with at least one executed standard that adopts an international or advanced foreign standard identically (IDT) or with modifications (MOD) ÷ products with executed standards; only registered products of active enterprises count. Green means the target is met, red that it is not. To mark an adoption, select a standard under “Executed Standards” and click “Mark Adoption…”.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/award_reason.py" line="25" />
        <source>写明理由，例如依据的文件、会议纪要或核实情况</source>
        <translation>Write down the reason, e.g. the document, meeting minutes or verification it is based on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_reason.py" line="27" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_reason.py" line="30" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_reason.py" line="31" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReasonsModel</name>
    <message>
        <location filename="../../ui/models/credit.py" line="76" />
        <source>评定依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/models/credit.py" line="78" />
        <source>分值</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="119" />
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="247" />
        <source>全部计划</source>
        <translation>All plans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="167" />
        <source>共 {0} 条，显示前 {1} 条</source>
        <translation>{0} in total, first {1} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="168" />
        <source>请选择计划或用筛选条件缩小范围</source>
        <translation>Choose a plan or use the filters to narrow the list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="170" />
        <source>共 {0} 条</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="174" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="178" />
        <source>还没有抽查记录。在“计划与抽取”中新建计划并做双随机抽取后，每个检查对象在这里有一条记录。</source>
        <translation>No spot-check records yet. Once a plan is created and drawn under “Plans &amp; Draws”, each target has a record here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="180" />
        <source>这个计划还没有抽查记录：先在“计划与抽取”中做双随机抽取。</source>
        <translation>This plan has no spot-check records yet: make the random draw under “Plans &amp; Draws” first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="182" />
        <source>没有符合筛选条件的记录。</source>
        <translation>No records match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="234" />
        <source>已保存 {0} 个样品的检验结果</source>
        <translation>Saved the test results of {0} samples</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="249" />
        <source>全部结论</source>
        <translation>All verdicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="252" />
        <source>不合格（含严重）</source>
        <translation>fail (incl. serious)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="255" />
        <source>尚无结论</source>
        <translation>no verdict yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="258" />
        <source>全部抽样状态</source>
        <translation>All sampling states</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="260" />
        <source>全部后处理</source>
        <translation>All follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="260" />
        <source>后处理待办</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="260" />
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="264" />
        <source>单位、产品或信用代码</source>
        <translation>Unit, product or credit code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="265" />
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="266" />
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="267" />
        <source>打开选中的记录（回车或双击）</source>
        <translation>Open the selected record (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="268" />
        <source>批量录入结果…</source>
        <translation>Enter Results in Bulk…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="269" />
        <source>先选择一个计划：按检验机构的结果表一次录入或粘贴多个样品的报告编号、结论和不合格项目</source>
        <translation>Choose a plan first: enter or paste the report numbers, verdicts and failed items of many samples at once from the testing body's results table</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="265" />
        <source>登记回避 — {0}</source>
        <translation>Record Recusal — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="266" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="267" />
        <source>回避理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="268" />
        <source>例如：配偶在该企业任职</source>
        <translation>e.g. spouse works for this enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="269" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="270" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="284" />
        <source>请先查找并选中一家企业。</source>
        <translation>Find and select an enterprise first.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="104" />
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="105" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="107" />
        <source>{0} 天内到期</source>
        <translation>Expiring within {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="108" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="115" />
        <location filename="../../ui/pages/award_register_tab.py" line="246" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="156" />
        <source>共 {0} 条</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="158" />
        <source>；全县 {0} 条 {1} 天内到期</source>
        <translation>; {0} in the county expiring within {1} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="162" />
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="166" />
        <source>没有符合筛选条件的登记。</source>
        <translation>No register entries match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="168" />
        <source>还没有获奖（名牌）登记。申报获奖后自动登记；以前获得的称号可点“登记称号”补录。</source>
        <translation>No award (famous-brand) titles recorded yet. Titles are recorded automatically when an application is awarded; click “Record Title” to add titles won earlier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="200" />
        <source>已登记称号“{0}”。</source>
        <translation>Recorded title “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="212" />
        <source>撤销称号</source>
        <translation>Revoke Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="213" />
        <source>撤销“{0}”？撤销后状态为“已撤销”，记录保留，理由记入审计日志。</source>
        <translation>Revoke “{0}”? Its status becomes “revoked”; the record is kept and the reason goes into the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="224" />
        <source>已撤销“{0}”。</source>
        <translation>Revoked “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="247" />
        <source>企业、信用代码、称号、产品或证书编号</source>
        <translation>Enterprise, credit code, title, product or certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="248" />
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="250" />
        <source>登记称号…</source>
        <translation>Record Title…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="250" />
        <source>补录在本系统之外获得的称号（Ctrl+N）</source>
        <translation>Add a title won outside this system (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="251" />
        <source>撤销…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="251" />
        <source>撤销选中的称号（须写明理由）</source>
        <translation>Revoke the selected title (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="252" />
        <source>奖励资金…</source>
        <translation>Reward Fund…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/award_register_tab.py" line="252" />
        <source>为选中的称号登记发放的奖励资金</source>
        <translation>Reward-fund payments made for the selected title</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="71" />
        <source>选择要导入的企业名录</source>
        <translation>Choose the enterprise list to import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="72" />
        <source>表格 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="79" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="80" />
        <source>CSV，UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="81" />
        <source>导出企业名录</source>
        <translation>Export Enterprise List</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="116" />
        <source>已新增“{0}”。</source>
        <translation>Added “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="128" />
        <source>已保存“{0}”。</source>
        <translation>Saved “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="139" />
        <source>一次最多停用或恢复 {0} 家企业，请缩小选择范围。</source>
        <translation>At most {0} enterprises can be deactivated or restored at once; select fewer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="147" />
        <source>停用“{0}”？停用后不再列出（勾选“含已停用”可见），记录和历史保留，可随时恢复。</source>
        <translation>Deactivate “{0}”? It is no longer listed (tick “Include deactivated” to see it); the record and its history are kept and it can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="151" />
        <source>停用选中的 {0} 家企业？停用后不再列出，记录和变更历史保留，可随时恢复。</source>
        <translation>Deactivate the {0} selected enterprises? They are no longer listed; records and history are kept and they can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="171" />
        <source>{0} 家企业</source>
        <translation>{0} enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="172" />
        <source>已恢复 {0}。</source>
        <translation>Restored {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="172" />
        <source>已停用 {0}。</source>
        <translation>Deactivated {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="207" />
        <source>已导出 {0} 家企业到 {1}</source>
        <translation>Exported {0} enterprises to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="211" />
        <source>正在导出企业名录…</source>
        <translation>Exporting the enterprise list…</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="166" />
        <location filename="../../ui/pages/registry.py" line="361" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="215" />
        <location filename="../../ui/pages/registry.py" line="219" />
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="219" />
        <location filename="../../ui/pages/registry.py" line="222" />
        <source>未打开数据库</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="219" />
        <location filename="../../ui/pages/registry.py" line="224" />
        <source>共 {0} 家</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="318" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="318" />
        <location filename="../../ui/pages/registry.py" line="339" />
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="335" />
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="337" />
        <location filename="../../ui/pages/registry.py" line="350" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="337" />
        <source>新增企业（Ctrl+N）</source>
        <translation>New enterprise (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="338" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="338" />
        <source>编辑选中的企业；回车或双击查看详情</source>
        <translation>Edit the selected enterprise; Enter or double-click shows its details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="339" />
        <source>停用后不再列出，记录和历史保留，可随时恢复</source>
        <translation>Deactivated enterprises are no longer listed; records and history are kept and can be restored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="340" />
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="340" />
        <source>从 Excel 或 CSV 导入企业名录</source>
        <translation>Import an enterprise list from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="341" />
        <location filename="../../ui/pages/registry.py" line="352" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="341" />
        <source>把当前列表导出为 Excel 或 CSV（Ctrl+E）</source>
        <translation>Export the list as shown to Excel or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="342" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="342" />
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="348" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="349" />
        <source>查看详情</source>
        <translation>Show Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="351" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="356" />
        <source>名称、拼音首字母或信用代码</source>
        <translation>Name, pinyin initials or credit code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="357" />
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="362" />
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="363" />
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="364" />
        <source>全部规模</source>
        <translation>All scales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="365" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="368" />
        <source>含已停用</source>
        <translation>Include deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="369" />
        <source>同时列出已停用（软删除）的企业，可选中后恢复</source>
        <translation>Also list deactivated (soft-deleted) enterprises, which can then be restored</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="28" />
        <source>全部乡镇（每个乡镇另起一页）</source>
        <translation>All townships (each on a new page)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="31" />
        <source>{0} 天内到期</source>
        <translation>Expiring within {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="53" />
        <source>打印到期提醒单</source>
        <translation>Print Expiry Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="54" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="54" />
        <source>列入</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="54" />
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="56" />
        <source>也列入已过期、仍为有效或暂停状态的证书</source>
        <translation>Also include expired certificates still marked valid or suspended</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="60" />
        <source>生成 PDF（GB/T 9704 公文版式，字体嵌入），列出企业、证书、有效期、剩余天数和联系电话，供乡镇质量工作站逐一通知企业。</source>
        <translation>Creates a PDF (GB/T 9704 official document layout, fonts embedded) listing the enterprises, certificates, expiry dates, days left and phone numbers, for the township quality stations to notify each enterprise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="61" />
        <source>生成 PDF…</source>
        <translation>Create PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_reminders.py" line="62" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RemoveEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="103" />
        <source>名单记录</source>
        <translation>List entry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="104" />
        <source>移出日期</source>
        <translation>Removed on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="105" />
        <source>移出事由</source>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="107" />
        <source>移出名单</source>
        <translation>Remove from List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="108" />
        <source>例如 已补报年度报告，经申请移出</source>
        <translation>e.g. annual report filed late; removed on application</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="109" />
        <source>记录保留，注明移出日期；保存后立即重新评定该企业。</source>
        <translation>The entry is kept with its removal date; the enterprise is re-graded as soon as this is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="110" />
        <source>移出</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/credit_list.py" line="111" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="112" />
        <source>已上报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="112" />
        <source>未上报</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="113" />
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="114" />
        <source>缺序号 {0}</source>
        <translation>Missing seq {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="120" />
        <source>上报</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="120" />
        <source>上报（未报 {0}）</source>
        <translation>Reporting ({0} not reported)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="123" />
        <source>还没有登记乡镇站点：在“数据交换”页登记后，乡镇的同步包导入即在此显示。</source>
        <translation>No township stations enrolled yet: once they are enrolled on the "Data Exchange" page, the township sync packages imported are shown here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="127" />
        <source>本月已上报 &lt;b style='color:{0}; font-size: 14pt;'&gt;{1} / {2}&lt;/b&gt; 个乡镇站点</source>
        <translation>Reported this month: &lt;b style='color:{0}; font-size: 14pt;'&gt;{1} / {2}&lt;/b&gt; township stations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="140" />
        <source>县级汇总表-{0}.xlsx</source>
        <translation>County summary-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="141" />
        <source>导出县级汇总表</source>
        <translation>Export County Summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="160" />
        <source>已保存到 {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="162" />
        <source>正在汇总各乡镇指标…</source>
        <translation>Summarising township indicators…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="167" />
        <source>导出县级汇总表…</source>
        <translation>Export County Summary…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="169" />
        <source>各乡镇指标（企业、抽查合格率、新增认证和品牌、计量、整改、采标率）、全县合计和上报情况，一个 Excel 文件报市</source>
        <translation>Indicators per township (enterprises, spot-check pass rate, new certifications and brands, metrology, rectification, adoption rate), county totals and reporting status, in one Excel file for the city</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="170" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="170" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="170" />
        <source>最近同步包</source>
        <translation>Latest sync package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="171" />
        <source>已收齐至序号</source>
        <translation>Complete up to seq</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="171" />
        <source>缺号</source>
        <translation>Missing seq</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_reports.py" line="173" />
        <source>本月 = 本月内导入过该乡镇的同步包。缺号表示乡镇有变更尚未到达县级，乡镇下次导出的同步包会再次带上。</source>
        <translation>"This month" = a sync package from the township was imported this month. "Missing seq" means the township has changes that have not reached the county yet; the township's next sync package will carry them again.</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="111" />
        <source>重置密码</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="112" />
        <source>为“{0}”设置临时密码。下次登录时需要改成自己的密码；账户锁定同时解除。</source>
        <translation>Set a temporary password for “{0}”. The user must change it to their own at the next sign-in; the account is unlocked as well.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="118" />
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="119" />
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="137" />
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="138" />
        <source>更改结论的理由</source>
        <translation>Reason for changing the verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="138" />
        <source>不合格项目</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="139" />
        <source>检验项目</source>
        <translation>Test items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="142" />
        <source>先在“抽样单”中把状态设为“已抽样”并保存，再录入检验结果。</source>
        <translation>First set the state to “sampled” on the “Sampling Record” tab and save, then enter the test results.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="143" />
        <source>如 2026-04-02</source>
        <translation>e.g. 2026-04-02</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="144" />
        <source>添加行</source>
        <translation>Add Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="145" />
        <source>删除行</source>
        <translation>Delete Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="146" />
        <source>删除选中的行</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="147" />
        <source>从 Excel 粘贴</source>
        <translation>Paste from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="148" />
        <source>在 Excel 或 WPS 中复制若干行，再点这里或在表格中按 Ctrl+V</source>
        <translation>Copy rows in Excel or WPS, then click here or press Ctrl+V in the table</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="149" />
        <source>回车到下一行；判定可写 合格/不合格、符合/不符合、P/F</source>
        <translation>Enter goes to the next row; a verdict can be pass/fail, P/F, 合格/不合格 or 符合/不符合</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="150" />
        <source>结论（由检验项目推出）：</source>
        <translation>Verdict (from the test items):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="151" />
        <source>更改结论：</source>
        <translation>Change verdict:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="152" />
        <source>更改结论的理由（必填）</source>
        <translation>Reason for the change (required)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="153" />
        <source>保存检验结果</source>
        <translation>Save Results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="154" />
        <source>保存检验结果（Ctrl+S）</source>
        <translation>Save the test results (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="158" />
        <source>不更改</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="196" />
        <source>{0} 项有改动</source>
        <translation>{0} changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="226" />
        <source>……另有 {0} 处</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="233" />
        <source>—（先改正标红的单元格）</source>
        <translation>— (correct the cells marked red first)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="236" />
        <source>—（尚无检验项目）</source>
        <translation>— (no test items yet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="237" />
        <source>待定（尚有项目未判定）</source>
        <translation>pending (some items have no verdict yet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="277" />
        <source>有 {0} 个单元格需要改正，未保存：
{1}</source>
        <translation>{0} cells need correcting; nothing was saved:
{1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="309" />
        <source>已保存检验结果：{0}。</source>
        <translation>Saved the test results: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="309" />
        <source>结论待定</source>
        <translation>verdict pending</translation>
    </message>
</context>
<context>
    <name>RuleDelegate</name>
    <message>
        <location filename="../../ui/pages/credit_rules_tab.py" line="65" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
</context>
<context>
    <name>SamplingTab</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="177" />
        <source>保存抽样单</source>
        <translation>Save Sampling Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="178" />
        <source>保存抽样单（Ctrl+S）</source>
        <translation>Save the sampling record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="179" />
        <source>如 2026-03-05</source>
        <translation>e.g. 2026-03-05</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="180" />
        <source>生产日期或批号，如 2026-02-18 / 20260218A</source>
        <translation>Production date or batch no., e.g. 2026-02-18 / 20260218A</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="181" />
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="182" />
        <source>如 6 瓶</source>
        <translation>e.g. 6 bottles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="183" />
        <source>如 GB/T 18186-2000</source>
        <translation>e.g. GB/T 18186-2000</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="184" />
        <source>标签上的生产者；与被抽样单位相同可不填</source>
        <translation>Producer named on the label; may be left empty if it is the sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="260" />
        <source>已保存抽样单（{0}）。</source>
        <translation>Saved the sampling record ({0}).</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="66" />
        <source>选择 PDF 或图片（证书扫描件、照片）</source>
        <translation>Choose a PDF or image (scan or photo of the certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="67" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="68" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="78" />
        <source>选择证书扫描件</source>
        <translation>Choose the Certificate Scan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="124" />
        <source>（保存后存入数据库）</source>
        <translation> (stored in the database on saving)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="128" />
        <source>未添加</source>
        <translation>None added</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="130" />
        <source>更换…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="130" />
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certification_scan.py" line="158" />
        <source>没有可以打开“{0}”的程序。文件已复制到 {1}</source>
        <translation>No program can open “{0}”. The file has been copied to {1}</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="157" />
        <source>评分表（GB/T 19580《卓越绩效评价准则》，满分 1000 分）</source>
        <translation>Score sheet (GB/T 19580 Criteria for Performance Excellence, 1000 points in total)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="158" />
        <location filename="../../ui/dialogs/award_scores_tab.py" line="167" />
        <source>评审人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="159" />
        <source>评审人姓名；选择已有评审人可修改其评分</source>
        <translation>Reviewer's name; choose an existing reviewer to change their scores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="161" />
        <source>{0}（满分 {1}）</source>
        <translation>{0} (max. {1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="162" />
        <source>未评</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="163" />
        <location filename="../../ui/dialogs/award_scores_tab.py" line="168" />
        <source>评语</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="164" />
        <source>保存评分</source>
        <translation>Save Scores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="165" />
        <source>保存这位评审人的评分（同一评审人再次保存将替换原评分）</source>
        <translation>Save this reviewer's scores (saving again for the same reviewer replaces the earlier scores)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="166" />
        <location filename="../../ui/dialogs/award_scores_tab.py" line="205" />
        <source>各评审人评分与平均分</source>
        <translation>Scores by reviewer and average</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="167" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="179" />
        <source>申报处于“{0}”，可以录入评分。</source>
        <translation>The application is at “{0}”; scores can be entered.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="183" />
        <source>只有在资料评审或现场评审阶段才能录入评分；当前为“{0}”。</source>
        <translation>Scores can be entered only during document review or site review; the application is at “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="203" />
        <source>平均（{0} 人）</source>
        <translation>Average ({0} reviewers)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="205" />
        <source>尚无评分</source>
        <translation>No scores yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="237" />
        <source>合计 {0} / {1} 分</source>
        <translation>Total {0} / {1} points</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="239" />
        <source>（{0} 项未评）</source>
        <translation> ({0} not scored)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_scores_tab.py" line="275" />
        <source>已保存 {0} 的评分：{1} 分。</source>
        <translation>Saved {0}'s scores: {1} points.</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="47" />
        <source>连接服务器数据库</source>
        <translation>Connect to Server Database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="62" />
        <location filename="../../ui/dialogs/server_connect.py" line="86" />
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="63" />
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="64" />
        <location filename="../../ui/dialogs/server_connect.py" line="87" />
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="65" />
        <location filename="../../ui/dialogs/server_connect.py" line="88" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="66" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="67" />
        <source>密码只用于本次连接，不会保存。</source>
        <translation>The password is used for this connection only and is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="71" />
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.py" line="91" />
        <source>请填写：{0}。</source>
        <translation>Please fill in: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="107" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="108" />
        <source>行政区划</source>
        <translation>Administrative Units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="109" />
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="110" />
        <source>信用规则</source>
        <translation>Credit Rules</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="111" />
        <source>备份与恢复</source>
        <translation>Backup &amp; Restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112" />
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="113" />
        <source>审计日志</source>
        <translation>Audit Log</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="59" />
        <source>签订责任书</source>
        <translation>Sign Responsibility Letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="61" />
        <source>记录“{0}”责任书的签订。签订后责任书锁定，目标和内容不能再修改；确需修改须“解除锁定”并说明理由。</source>
        <translation>Record the signing of the responsibility letter for “{0}”. Once signed, the letter is locked and its targets and text can no longer be changed; if a change is really needed, use “Unlock” and give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="67" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="71" />
        <source>可选：签订后的扫描件（PDF 或图片）</source>
        <translation>Optional: a scan of the signed letter (PDF or image)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="72" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="80" />
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="81" />
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="82" />
        <source>签订并锁定</source>
        <translation>Sign and Lock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="83" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_sign.py" line="88" />
        <source>选择扫描件</source>
        <translation>Choose the Scan</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="26" />
        <source>切换用户</source>
        <translation>Switch User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="26" />
        <location filename="../../ui/dialogs/sign_in.py" line="38" />
        <source>登录</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="28" />
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="36" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="37" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SpotCheckEditor</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="341" />
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="428" />
        <source>抽样单</source>
        <translation>Sampling Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="342" />
        <source>检验结果</source>
        <translation>Test Results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="343" />
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="383" />
        <source>后处理</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="344" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="345" />
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="347" />
        <source>打印抽样单</source>
        <translation>Print Sampling Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="347" />
        <source>生成抽样单 PDF（Ctrl+P）</source>
        <translation>Create the sampling record as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="348" />
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="429" />
        <source>检验结果通知书</source>
        <translation>Test Result Notice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="348" />
        <source>生成检验结果通知书 PDF</source>
        <translation>Create the test result notice as a PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="349" />
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="430" />
        <source>责令改正通知书</source>
        <translation>Order to Correct</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="349" />
        <source>生成责令改正通知书 PDF</source>
        <translation>Create the order to correct as a PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="367" />
        <source>抽查记录 — {0}</source>
        <translation>Spot-Check Record — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="368" />
        <source>（未命名单位）</source>
        <translation>(unnamed unit)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="370" />
        <source>统一社会信用代码 {0}</source>
        <translation>Unified social credit code {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="372" />
        <source>计划 {0}</source>
        <translation>Plan {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="373" />
        <source>检查人员 {0}</source>
        <translation>Inspectors {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="374" />
        <source>承检机构 {0}</source>
        <translation>Testing body {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="383" />
        <source>后处理（不适用）</source>
        <translation>Follow-up (n/a)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="405" />
        <source>有未保存的修改，关闭后将丢失。确定关闭？</source>
        <translation>There are unsaved changes, which are lost on closing. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="414" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="414" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="450" />
        <source>已生成 {0}</source>
        <translation>Created {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="456" />
        <source>正在生成 {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
</context>
<context>
    <name>SpotChecksPage</name>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="82" />
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="83" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="84" />
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="85" />
        <source>计划与抽取</source>
        <translation>Plans &amp; Draws</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="86" />
        <source>抽查记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="87" />
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="89" />
        <source>新建计划</source>
        <translation>New Plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="90" />
        <source>查找抽查记录</source>
        <translation>Find Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="91" />
        <source>导出公开名单</source>
        <translation>Export Public List</translation>
    </message>
</context>
<context>
    <name>SpotcheckStatsView</name>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="316" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="318" />
        <source>正在统计抽查合格率…</source>
        <translation>Counting spot-check pass rates…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="343" />
        <location filename="../../ui/pages/spotcheck_stats.py" line="440" />
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="345" />
        <location filename="../../ui/pages/spotcheck_stats.py" line="442" />
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="372" />
        <source>判定 {0} 批次 · 合格 {1} · 不合格 {2}</source>
        <translation>{0} batches judged · {1} passed · {2} failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="379" />
        <location filename="../../ui/pages/spotcheck_stats.py" line="447" />
        <source>没有已判定的抽查结果</source>
        <translation>No judged spot-check results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="380" />
        <source>未打开数据库</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="386" />
        <source>目标 {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="395" />
        <source>{0}
合格率 {1}
判定 {2} 批次：合格 {3}，不合格 {4}</source>
        <translation>{0}
Pass rate {1}
{2} batches judged: {3} passed, {4} failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="412" />
        <location filename="../../ui/pages/spotcheck_stats.py" line="438" />
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="413" />
        <location filename="../../ui/pages/spotcheck_stats.py" line="438" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="414" />
        <location filename="../../ui/pages/spotcheck_stats.py" line="438" />
        <source>产品类别</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="415" />
        <location filename="../../ui/pages/spotcheck_stats.py" line="436" />
        <location filename="../../ui/pages/spotcheck_stats.py" line="438" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="420" />
        <source>（未关联乡镇）</source>
        <translation>(no township)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="421" />
        <source>（未关联企业或未填行业）</source>
        <translation>(no enterprise or no industry)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="422" />
        <source>（未分类）</source>
        <translation>(uncategorised)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="428" />
        <source>各乡镇/街道合格率</source>
        <translation>Pass rate by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="429" />
        <source>各行业合格率</source>
        <translation>Pass rate by industry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="430" />
        <source>各产品类别合格率</source>
        <translation>Pass rate by product category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="431" />
        <source>历年合格率</source>
        <translation>Pass rate by year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="435" />
        <source>（括号内为抽查批次）</source>
        <translation> (batches checked in brackets)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="437" />
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="443" />
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="444" />
        <source>把合格率表和不合格项目排行导出为 .xlsx</source>
        <translation>Export the pass-rate table and the failed-item ranking as .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="445" />
        <source>合格率明细</source>
        <translation>Pass rates in detail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="446" />
        <source>不合格项目排行（前 {0} 项）</source>
        <translation>Most frequent failed items (top {0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="448" />
        <source>合格率图</source>
        <translation>Pass rate chart</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../ui/pages/standards.py" line="148" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="158" />
        <source>Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="176" />
        <source>导出标准化台账</source>
        <translation>Export Standardisation Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="177" />
        <source>标准化台账-{0}.xlsx</source>
        <translation>Standardisation ledger-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="188" />
        <source>已导出 {0} 条执行标准、{1} 行采标率、{2} 个示范项目到 {3}</source>
        <translation>Exported {0} executed standards, {1} adoption-rate rows and {2} demonstration projects to {3}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="192" />
        <source>正在导出标准化台账…</source>
        <translation>Exporting the standardisation ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="197" />
        <source>标准化</source>
        <translation>Standardisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="198" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="199" />
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="200" />
        <source>导出台账…</source>
        <translation>Export Ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="202" />
        <source>把执行标准（按当前筛选）、采标率和农业标准化项目导出为一个 Excel 工作簿（Ctrl+E）</source>
        <translation>Export the executed standards (as filtered), the adoption rates and the agricultural standardisation projects to one Excel workbook (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="203" />
        <source>执行标准</source>
        <translation>Executed Standards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="203" />
        <source>标准目录</source>
        <translation>Standards Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="203" />
        <source>采标率</source>
        <translation>Adoption Rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="203" />
        <source>参与制定标准</source>
        <translation>Standards Drafting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="204" />
        <source>农业标准化</source>
        <translation>Agricultural Standardisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="207" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="207" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="207" />
        <source>新建</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>StandardsPanel</name>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="109" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="118" />
        <source>全县采标率 &lt;b style='color:{0}; font-size: 14pt;'&gt;{1}&lt;/b&gt;（目标 {2}，{3} / {4} 个产品）&lt;br&gt;推广实施率 &lt;b style='font-size: 14pt;'&gt;{5}&lt;/b&gt;（{6} 个示范项目）</source>
        <translation>County adoption rate &lt;b style='color:{0}; font-size: 14pt;'&gt;{1}&lt;/b&gt; (target {2}, {3} / {4} products)&lt;br&gt;Implementation rate &lt;b style='font-size: 14pt;'&gt;{5}&lt;/b&gt; ({6} demonstration projects)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="125" />
        <source>{0}
推广实施率 {1}：按标准生产 {2} / 覆盖 {3} 户，{4} 个项目</source>
        <translation>{0}
Implementation rate {1}: {2} of {3} farms following the standards, {4} projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="133" />
        <source>{0}
采标率 {1}（{2} / {3} 个产品，目标 {4}）
推广实施率 {5}</source>
        <translation>{0}
Adoption rate {1} ({2} / {3} products, target {4})
Implementation rate {5}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="137" />
        <source>目标 {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="143" />
        <source>标准化</source>
        <translation>Standardisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="144" />
        <source>详见“标准化 → 采标率”和“标准化 → 农业标准化”</source>
        <translation>Details under “Standardisation → Adoption Rate” and “Standardisation → Agricultural Standardisation”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="145" />
        <source>各乡镇采标率</source>
        <translation>Adoption rate by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="146" />
        <source>各乡镇推广实施率</source>
        <translation>Implementation rate by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="147" />
        <source>没有数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_standards.py" line="150" />
        <source>采标率 = 采用国际标准或国外先进标准（IDT / MOD）的产品 ÷ 有执行标准的产品；推广实施率 = 按标准生产的农户 ÷ 示范项目覆盖的农户。</source>
        <translation>Adoption rate = products adopting international or advanced foreign standards (IDT / MOD) ÷ products with executed standards; implementation rate = farms following the standards ÷ farms covered by demonstration projects.</translation>
    </message>
</context>
<context>
    <name>StationEnrollDialog</name>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="25" />
        <source>登记乡镇站点</source>
        <translation>Enrol Township Station</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="31" />
        <source>为乡镇生成站点密钥和登记文件（.enroll）。乡镇用这个文件初始化本机数据库，之后双方的同步包才能互认。</source>
        <translation>Creates a station key and an enrolment file (.enroll) for a township. The township initialises its local database with this file; only then do the two sides accept each other's sync packages.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="44" />
        <source>选择乡镇，或输入新乡镇名称</source>
        <translation>Choose a township or type a new township name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="44" />
        <source>乡镇都已登记；可输入新乡镇名称</source>
        <translation>All townships are enrolled; you can type a new township name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="50" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="52" />
        <source>登记并保存登记文件…</source>
        <translation>Enrol and Save Enrolment File…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="65" />
        <source>列表中是尚未登记站点的乡镇。</source>
        <translation>The list shows townships with no enrolled station yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="66" />
        <source>“{0}”已登记站点。如该乡镇电脑丢失，请先停用它的站点，再重新登记。</source>
        <translation>"{0}" already has an enrolled station. If the township's computer is lost, first revoke its station, then enrol it again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="68" />
        <source>将为“{0}”生成站点密钥，并保存登记文件。</source>
        <translation>A station key will be created for "{0}" and the enrolment file saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="70" />
        <source>行政区划中没有“{0}”：登记时将新增这个乡镇。</source>
        <translation>"{0}" is not in the administrative divisions: it will be added as a new township on enrolment.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_enroll.py" line="79" />
        <source>请选择或输入尚未登记站点的乡镇。</source>
        <translation>Choose or type a township with no enrolled station yet.</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="139" />
        <source>缺序号 {0}</source>
        <translation>Missing seq {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="141" />
        <source>已停用</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="142" />
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="142" />
        <location filename="../../ui/pages/exchange_stations.py" line="200" />
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="151" />
        <source>{0} 的这些序号的记录还没有收到：请乡镇重新导出同步包（会自动带上）。</source>
        <translation>Records with these seqs from {0} have not arrived yet: ask the township to export a sync package again (they are included automatically).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="161" />
        <source>密钥指纹 {0}</source>
        <translation>Key fingerprint {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="163" />
        <location filename="../../ui/pages/exchange_stations.py" line="185" />
        <source>写回执下发包…</source>
        <translation>Write Return Package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="165" />
        <source>为{0}写回执下发包：县级已收到哪些、县级和其他乡镇的更新</source>
        <translation>Write the return package for {0}: what the county has received, and updates from the county and other townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="178" />
        <source>还没有登记乡镇站点。点上方“登记乡镇站点…”为乡镇保存登记文件，用 U 盘交给乡镇，乡镇用它初始化本机的数据库。</source>
        <translation>No township stations enrolled yet. Click "Enrol Township Station…" above to save an enrolment file for a township and take it there on a USB stick; the township initialises its local database with it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="180" />
        <source>还没有登记乡镇站点。登记乡镇站点需要县级管理员。</source>
        <translation>No township stations enrolled yet. Enrolling township stations requires a county administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="203" />
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="203" />
        <source>{0} 天前</source>
        <translation>{0} days ago</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="239" />
        <source>{0}.enroll</source>
        <translation>{0}.enroll</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="262" />
        <source>已登记乡镇站点 {0}（代码 {1}）。
登记文件：{2}

请与乡镇电话核对两个指纹：
乡镇站点 {0}：{3}
县级 {4}：{5}

该文件含乡镇私钥：只用 U 盘交给乡镇一次，乡镇初始化后立即删除；不要用微信、邮件传送。</source>
        <translation>Township station {0} enrolled (code {1}).
Enrolment file: {2}

Check the two fingerprints with the township by phone:
Township station {0}: {3}
County {4}: {5}

The file contains the township's private key: hand it to the township once, on a USB stick only, and have it deleted as soon as the township is initialised; do not send it by WeChat or email.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="264" />
        <source>已登记乡镇站点 {0}</source>
        <translation>Township station {0} enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="265" />
        <source>已登记乡镇站点</source>
        <translation>Township Station Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="277" />
        <source>停用乡镇站点 {0}（{1}）？

用于乡镇电脑丢失或被盗：停用后，来自这个站点的同步包一律拒收（包括已在路上的），也不再为它写回执下发包。已经导入的数据保留。

停用不能撤销。乡镇换用新电脑时，重新登记这个乡镇，用新的登记文件初始化。</source>
        <translation>Revoke township station {0} ({1})?

For a lost or stolen township computer: once revoked, all sync packages from this station are rejected (including any already on their way), and no more return packages are written for it. Data already imported is kept.

Revoking cannot be undone. When the township moves to a new computer, enrol the township again and initialise it with the new enrolment file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="278" />
        <source>停用站点</source>
        <translation>Revoke Station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="287" />
        <source>已停用乡镇站点 {0}（{1}）：此后来自该站点的同步包一律拒收。</source>
        <translation>Township station {0} ({1}) revoked: all sync packages from this station will be rejected from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="292" />
        <source>保存登记文件</source>
        <translation>Save Enrolment File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="293" />
        <source>登记文件 (*.enroll)</source>
        <translation>Enrolment files (*.enroll)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="302" />
        <source>乡镇站点</source>
        <translation>Township station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="302" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="302" />
        <source>最近同步包</source>
        <translation>Latest sync package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="302" />
        <source>已收序号（连续/最高）</source>
        <translation>Seqs received (contiguous/highest)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="303" />
        <source>缺序号</source>
        <translation>Missing seq</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="303" />
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="303" />
        <source>本月已上报</source>
        <translation>Reported this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="303" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="303" />
        <source>回执</source>
        <translation>Return package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="305" />
        <source>登记乡镇站点…</source>
        <translation>Enrol Township Station…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="306" />
        <source>为乡镇生成站点密钥，保存登记文件，交给乡镇初始化数据库</source>
        <translation>Create a station key for a township and save an enrolment file for the township to initialise its database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="307" />
        <source>停用站点…</source>
        <translation>Revoke Station…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_stations.py" line="308" />
        <source>乡镇电脑丢失时停用所选站点：此后拒收它的同步包</source>
        <translation>Revoke the selected station when a township computer is lost: its sync packages are rejected from then on</translation>
    </message>
</context>
<context>
    <name>StatsExport</name>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="29" />
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="31" />
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="33" />
        <source>抽查合格率-{0}-{1}.xlsx</source>
        <translation>Spot-check pass rates-{0}-{1}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="36" />
        <source>导出统计</source>
        <translation>Export Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="36" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="50" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="53" />
        <source>合格率</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="54" />
        <source>监督抽查合格率 · {0} · 按{1}</source>
        <translation>Spot-check pass rates · {0} · by {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="56" />
        <source>不合格项目</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="57" />
        <source>不合格项目排行 · {0}</source>
        <translation>Failed-item ranking · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="78" />
        <source>统计表已导出到 {0}</source>
        <translation>Statistics exported to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="82" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="36" />
        <source>至少 {0} 位，混用字母和数字（或符号）。</source>
        <translation>At least {0} characters, mixing letters and digits (or symbols).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="40" />
        <source>太短：至少 {0} 位。</source>
        <translation>Too short: at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="42" />
        <source>太简单：混用字母和数字，不要用用户名或连续、重复的字符。</source>
        <translation>Too simple: mix letters and digits, and avoid the user name and runs or repeats of the same characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="44" />
        <source>可用</source>
        <translation>acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="44" />
        <source>较强</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="44" />
        <source>强</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="45" />
        <source>很强</source>
        <translation>very strong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin.py" line="45" />
        <source>密码强度：{0}</source>
        <translation>Password strength: {0}</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../ui/models/standards.py" line="383" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="383" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="383" />
        <source>立项</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="383" />
        <source>发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="388" />
        <source>（县直）</source>
        <translation>(county-level)</translation>
    </message>
</context>
<context>
    <name>TargetsGrid</name>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="106" />
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="147" />
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="148" />
        <source>由数据计算的指标需要目标值（{0}）</source>
        <translation>Metrics computed from data need a target value ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="148" />
        <source>数值</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="150" />
        <source>完成</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_form.py" line="151" />
        <source>手工填报的任务可不填目标值，表示“完成”</source>
        <translation>Manually reported tasks may leave the target empty, meaning “done”</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="121" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="122" />
        <source>检查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="123" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="124" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="125" />
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="126" />
        <source>抽样状态</source>
        <translation>Sampling state</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="143" />
        <source>已撤回</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="171" />
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="171" />
        <source>目标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="171" />
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="171" />
        <source>数据值</source>
        <translation>Data value</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="171" />
        <source>自评值</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="172" />
        <source>自评得分</source>
        <translation>Self-assessment score</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="172" />
        <source>核查值</source>
        <translation>Verified value</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="172" />
        <source>核查得分</source>
        <translation>Verified score</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="172" />
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="174" />
        <source>佐证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="209" />
        <source>未填</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="218" />
        <source>自评：{0}</source>
        <translation>Self-assessment: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="220" />
        <source>核查：{0}</source>
        <translation>Verification: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="225" />
        <source>责任人 {0}</source>
        <translation>Responsible: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="226" />
        <source>完成时限 {0}</source>
        <translation>Due {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="227" />
        <source>由数据计算，双击“数据值”查看明细</source>
        <translation>Computed from data; double-click “Data value” for details</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="228" />
        <source>由乡镇自评、县级核查填报</source>
        <translation>Entered in the township's self-assessment and the county verification</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="231" />
        <source>计入 {0} / 共 {1}（截止日的统计结果）；双击查看明细</source>
        <translation>{0} of {1} counted (as of the cut-off date); double-click for details</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="234" />
        <source>截止日的统计结果；双击查看明细</source>
        <translation>As of the cut-off date; double-click for details</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="236" />
        <source>还没有核查值：核查确认前须填写</source>
        <translation>No verified value yet: required before verification is confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="239" />
        <source>自评佐证</source>
        <translation>Self-assessment evidence</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="240" />
        <source>核查佐证</source>
        <translation>Verification evidence</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="241" />
        <source>{0}；双击打开</source>
        <translation>{0}; double-click to open</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/workers.py" line="103" />
        <source>请稍候</source>
        <translation>Please Wait</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="108" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TownshipCountsModel</name>
    <message>
        <location filename="../../ui/models/dashboard.py" line="37" />
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="37" />
        <source>企业数</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="37" />
        <source>其中个体工商户</source>
        <translation>Of which individual</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="39" />
        <source>规模以上企业</source>
        <translation>Above designated size</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="45" />
        <source>{0}（已停用）</source>
        <translation>{0} (inactive)</translation>
    </message>
</context>
<context>
    <name>TownshipRatesModel</name>
    <message>
        <location filename="../../ui/models/dashboard.py" line="179" />
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="179" />
        <source>在册器具</source>
        <translation>Instruments listed</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="179" />
        <source>登记造册率</source>
        <translation>Registration rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="179" />
        <source>强检受检率</source>
        <translation>Verification rate</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="182" />
        <source>逾期未检</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="191" />
        <source>{0}（已停用）</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="207" />
        <source>在册 {0} 台 · 已登记 {1} 台 · 周期内受检 {2} 台 · 逾期未检 {3} 台</source>
        <translation>{0} listed · {1} registered · {2} verified within the period · {3} overdue</translation>
    </message>
</context>
<context>
    <name>TownshipTab</name>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="141" />
        <source>本站没有登记县级站点：请用县级发放的登记文件初始化本站。</source>
        <translation>This station has no county station enrolled: initialise this station with the enrolment file issued by the county.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="143" />
        <source>尚未导入过{0}的回执下发包。</source>
        <translation>No return package from {0} imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="145" />
        <source>{0}，文件 {1}（共导入 {2} 个）</source>
        <translation>{0}, file {1} ({2} imported in total)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="150" />
        <source>本站还没有记录。</source>
        <translation>This station has no records yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="151" />
        <source>县级已收到本站全部 {0} 条变更记录。</source>
        <translation>The county has received all {0} change records from this station.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="154" />
        <source>县级已确认收到本站前 {0} 条变更记录；另有 {1} 条尚未确认，每次导出都会带上，直到县级回执确认收到。</source>
        <translation>The county has confirmed receipt of the first {0} change records from this station; another {1} are not confirmed yet and go into every export until a county return package confirms them.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="157" />
        <source>未处理冲突 {0} · 暂存待核对 {1} · 等待关联记录 {2}</source>
        <translation>Unresolved conflicts {0} · held for review {1} · waiting for linked records {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="184" />
        <source>导出同步包</source>
        <translation>Export Sync Package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="197" />
        <source>已导出同步包 {0}</source>
        <translation>Exported sync package {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="200" />
        <source>正在导出同步包…</source>
        <translation>Exporting sync package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="206" />
        <source>导入县级回执/下发包</source>
        <translation>Import County Return Package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="221" />
        <source>已导入 {0} 个回执下发包，拒收 {1} 个</source>
        <translation>Imported {0} return packages, rejected {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="225" />
        <source>正在导入县级回执下发包…</source>
        <translation>Importing county return package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="234" />
        <source>刚导出的同步包</source>
        <translation>Sync package just exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="236" />
        <source>没有县级尚未收到的变更；包里只有本站的接收情况，县级导入后即知本站已收到哪些。</source>
        <translation>There are no changes the county has not received; the package only holds what this station has received, so after importing it the county knows what has reached this station.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="237" />
        <source>已写出 {0}（{1}），含 {2} 条变更记录（本站序号 {3}–{4}）。已读回核对，与写入的内容一致。{5}</source>
        <translation>Wrote {0} ({1}) with {2} change records (this station's seq {3}–{4}). Read back and checked: it matches what was written. {5}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="253" />
        <source>刚导入的回执下发包</source>
        <translation>Return package just imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="258" />
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="259" />
        <source>导出或导入后，这里显示包里有什么、导入了什么。</source>
        <translation>After an export or import, this shows what the package contains and what was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="272" />
        <source>导出同步包…</source>
        <translation>Export Sync Package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="274" />
        <source>把县级尚未确认收到的全部变更写成一个 .qsp 文件，用 U 盘交给县级</source>
        <translation>Write all changes the county has not yet confirmed receiving to one .qsp file, to take to the county on a USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="275" />
        <source>导入县级回执/下发包…</source>
        <translation>Import County Return Package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="276" />
        <source>导入县级为本乡镇写的回执下发包（.qsp）</source>
        <translation>Import the return package (.qsp) the county wrote for this township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="277" />
        <source>县级最近回执：</source>
        <translation>Latest county return package:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="277" />
        <source>县级已确认：</source>
        <translation>Confirmed by county:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="278" />
        <source>待处理：</source>
        <translation>Pending:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="280" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="280" />
        <source>变更记录</source>
        <translation>Change records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange_township.py" line="283" />
        <source>导出不会把任何记录标记为“已发送”：每个包都带着县级尚未确认收到的全部变更，丢了一个包，下一个包会再带上。县级导入后写的回执下发包告诉本站县级已收到哪些，同时带回县级和其他乡镇的更新。</source>
        <translation>Exporting does not mark any record as "sent": every package carries all changes the county has not yet confirmed receiving, so if a package is lost, the next one carries them again. The return package the county writes after import tells this station what the county has received and brings back updates from the county and other townships.</translation>
    </message>
</context>
<context>
    <name>TrailModel</name>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="46" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="46" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="46" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="46" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="46" />
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_tab.py" line="48" />
        <source>详情</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../ui/models/assessment.py" line="131" />
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="131" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="131" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="131" />
        <source>自评得分</source>
        <translation>Self-assessment score</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="131" />
        <source>核查得分</source>
        <translation>Verified score</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="134" />
        <source>完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="158" />
        <source>每项指标都有核查值</source>
        <translation>Every metric has a verified value</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="159" />
        <source>还有指标没有核查值</source>
        <translation>Some metrics have no verified value yet</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="161" />
        <source>尚未核查：按数据值和已填写的核查值计算，核查确认后才定稿</source>
        <translation>Not verified yet: computed from the data values and the verified values entered so far; final only once verification is confirmed</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="40" />
        <source>新增用户</source>
        <translation>New User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="40" />
        <source>修改用户</source>
        <translation>Edit User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="65" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="66" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="67" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="68" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="69" />
        <source>检查人员</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="74" />
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="75" />
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="177" />
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="177" />
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="206" />
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="206" />
        <location filename="../../ui/pages/users_tab.py" line="304" />
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="234" />
        <source>已新增用户“{0}”。</source>
        <translation>Added the user “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="252" />
        <source>已修改用户“{0}”。</source>
        <translation>Updated the user “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="273" />
        <source>已重置“{0}”的密码。</source>
        <translation>Reset the password of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="283" />
        <source>停用“{0}”？停用后不能再登录，其记录保留，可随时重新启用。</source>
        <translation>Deactivate “{0}”? The user can no longer sign in; their records are kept, and they can be reactivated at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="294" />
        <source>已启用“{0}”。</source>
        <translation>Activated “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="295" />
        <source>已停用“{0}”。</source>
        <translation>Deactivated “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="301" />
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="301" />
        <source>新增用户并设置初始密码</source>
        <translation>Add a user and set an initial password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="302" />
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="302" />
        <source>修改姓名、角色及所属乡镇或检查人员</source>
        <translation>Change the name, role and township or inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="303" />
        <source>重置密码…</source>
        <translation>Reset Password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="303" />
        <source>设置临时密码并解除锁定</source>
        <translation>Set a temporary password and unlock the account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="304" />
        <source>停用后不能登录，记录保留</source>
        <translation>A deactivated user cannot sign in; records are kept</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="310" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="310" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="310" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="310" />
        <source>乡镇/检查人员</source>
        <translation>Township/inspector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="310" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users_tab.py" line="311" />
        <source>上次登录</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>YearCountsModel</name>
    <message>
        <location filename="../../ui/models/standards.py" line="369" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="369" />
        <source>立项</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="369" />
        <source>发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="369" />
        <source>其中主导</source>
        <translation>Led</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../ui/models/assessment.py" line="41" />
        <source>编制中</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="42" />
        <source>已自评</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="43" />
        <source>已核查</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="44" />
        <source>已通报</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="51" />
        <source>乡镇/街道</source>
        <translation>townships</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="52" />
        <source>成员单位</source>
        <translation>member units</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="59" />
        <source>正常</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="60" />
        <source>稍落后</source>
        <translation>slightly behind</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="61" />
        <source>落后</source>
        <translation>behind</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="62" />
        <source>未评</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="70" />
        <location filename="../../ui/models/assessment.py" line="198" />
        <source>完成</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="73" />
        <source>未完成</source>
        <translation>not done</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="96" />
        <source>无数据</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="311" />
        <source>未填报</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="314" />
        <source>{0}（全年目标 完成）</source>
        <translation>{0} (annual target: done)</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="316" />
        <source>{0}（暂未到期；全年目标 {1}）</source>
        <translation>{0} (not yet due; annual target {1})</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="319" />
        <source>{0}（全年目标 {1}）</source>
        <translation>{0} (annual target {1})</translation>
    </message>
    <message>
        <location filename="../../ui/models/assessment.py" line="320" />
        <source>{0}（至今应达 {1}；全年目标 {2}）</source>
        <translation>{0} (due by now {1}; annual target {2})</translation>
    </message>
</context>
<context>
    <name>award_editor</name>
    <message>
        <location filename="../../ui/dialogs/award_editor.py" line="131" />
        <source>正在生成申报概要…</source>
        <translation>Creating the application summary…</translation>
    </message>
</context>
<context>
    <name>awards</name>
    <message>
        <location filename="../../ui/models/awards.py" line="100" />
        <source>已到期 {0} 天</source>
        <translation>expired {0} days ago</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="103" />
        <source>今天到期</source>
        <translation>expires today</translation>
    </message>
    <message>
        <location filename="../../ui/models/awards.py" line="103" />
        <source>还剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
</context>
<context>
    <name>certifications</name>
    <message>
        <location filename="../../ui/models/certifications.py" line="76" />
        <source>已过期 {0} 天</source>
        <translation>expired {0} days ago</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="79" />
        <source>今天到期</source>
        <translation>expires today</translation>
    </message>
    <message>
        <location filename="../../ui/models/certifications.py" line="79" />
        <source>还剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="38" />
        <source>手工填报</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="39" />
        <source>监督抽查合格率</source>
        <translation>Spot-check pass rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="40" />
        <source>新增认证证书数</source>
        <translation>New certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="41" />
        <source>新增品牌、奖项数</source>
        <translation>New brands and awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="42" />
        <source>强检计量器具登记造册率</source>
        <translation>Registration rate of instruments under compulsory verification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="43" />
        <source>强检计量器具受检率</source>
        <translation>Verification rate of instruments under compulsory verification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="44" />
        <source>不合格企业按期整改率</source>
        <translation>On-time correction rate of failed enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="52" />
        <source>越低越好</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="55" />
        <source>越高越好</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="58" />
        <source>达标得分</source>
        <translation>Pass/fail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="61" />
        <source>按比例得分</source>
        <translation>Pro rata</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="72" />
        <source>不高于目标值</source>
        <translation>Staying at or below the target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="74" />
        <source>达到目标值</source>
        <translation>Reaching the target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="75" />
        <source>{0}得满分，否则不得分</source>
        <translation>{0} earns full points, otherwise none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="78" />
        <source>{0}得满分；在目标值与上限 {1}{2} 之间按比例得分，达到或高于 {1}{2} 不得分</source>
        <translation>{0} earns full points; between the target and the upper limit {1}{2} points are pro rata; at or above {1}{2}, none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="82" />
        <source>{0}得满分；在下限 {1}{2} 与目标值之间按比例得分，等于或低于 {1}{2} 不得分</source>
        <translation>{0} earns full points; between the lower limit {1}{2} and the target points are pro rata; at or below {1}{2}, none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="85" />
        <source>{0}得满分，否则不得分（未设下限，按达标计分）</source>
        <translation>{0} earns full points, otherwise none (no lower limit set, so scored pass/fail)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="87" />
        <source>{0}得满分，未达到按实际值占目标值的比例得分</source>
        <translation>{0} earns full points; short of it, points in proportion to the actual value over the target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="90" />
        <source>每低于目标 1{0}</source>
        <translation>for each 1{0} below the target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="92" />
        <source>每超过目标 1{0}</source>
        <translation>for each 1{0} above the target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="93" />
        <source>；{0}加 {1} 分</source>
        <translation>; +{1} pt {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="95" />
        <source>，最多加 {0} 分</source>
        <translation>, up to {0} pt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="98" />
        <source>，不封顶</source>
        <translation>, no cap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="101" />
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="119" />
        <source>全部证书</source>
        <translation>All certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="126" />
        <source>各级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_metrics_tab.py" line="130" />
        <source>各类</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>modal</name>
    <message>
        <location filename="../../ui/modal.py" line="15" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/modal.py" line="19" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/modal.py" line="26" />
        <location filename="../../ui/modal.py" line="36" />
        <source>请确认</source>
        <translation>Please Confirm</translation>
    </message>
</context>
<context>
    <name>record_changed</name>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="39" />
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="54" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="56" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="57" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="67" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="68" />
        <source>对方保存的值</source>
        <translation>Value they saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="69" />
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="70" />
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="78" />
        <source>“{what}”在您打开后已被他人保存，您的修改还没有保存。对方的改动：</source>
        <translation>“{what}” was saved by someone else after you opened it; your changes are not saved yet. Their changes:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="82" />
        <source>您填写的内容仍在表单里。用您填写的内容覆盖对方的改动，还是回到表单对照修改？</source>
        <translation>What you entered is still in the form. Overwrite their changes with yours, or go back to the form and compare?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="83" />
        <source>用我的内容覆盖保存</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="84" />
        <source>回到表单</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="85" />
        <source>记录已被他人修改</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="167" />
        <source>他人</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_changed.py" line="169" />
        <source>“{what}”在您打开后已被{who}修改（{fields}），您的修改未保存。请对照后再保存。</source>
        <translation>“{what}” was changed by {who} after you opened it ({fields}); your changes were not saved. Compare, then save again.</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="../../ui/registry_text.py" line="18" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="19" />
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="20" />
        <source>农民专业合作社</source>
        <translation>Farmers' cooperative</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="21" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="27" />
        <source>规上</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="28" />
        <source>规下</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="34" />
        <source>存续</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="35" />
        <source>注销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="36" />
        <source>吊销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="37" />
        <source>停业</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="43" />
        <source>国家标准</source>
        <translation>National standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="44" />
        <source>行业标准</source>
        <translation>Industry standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="45" />
        <source>地方标准</source>
        <translation>Local standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="46" />
        <source>团体标准</source>
        <translation>Group standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="47" />
        <source>企业标准</source>
        <translation>Enterprise standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="48" />
        <source>计量规程</source>
        <translation>Metrology regulation</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="49" />
        <source>未识别</source>
        <translation>Unrecognised</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="55" />
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="56" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="57" />
        <source>校验位保留理由</source>
        <translation>Reason to keep the check character</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="58" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="59" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="60" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="61" />
        <source>规模</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="62" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="63" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="64" />
        <source>首席质量官</source>
        <translation>Chief quality officer</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="65" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="66" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="67" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="68" />
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="69" />
        <source>重点用能单位</source>
        <translation>Key energy user</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="70" />
        <source>龙头企业</source>
        <translation>Leading enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="71" />
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="109" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="110" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="111" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="123" />
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>spotcheck_editor</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="75" />
        <source>抽样状态</source>
        <translation>Sampling state</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="76" />
        <source>抽样日期</source>
        <translation>Sampling date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="77" />
        <source>抽样单编号</source>
        <translation>Sample no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="78" />
        <source>产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="79" />
        <source>产品类别</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="80" />
        <source>商标</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="81" />
        <source>规格型号</source>
        <translation>Spec/model</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="82" />
        <source>生产日期/批号</source>
        <translation>Production date/batch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="83" />
        <source>检验样品数量</source>
        <translation>Test quantity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="84" />
        <source>备用样品数量</source>
        <translation>Reserve quantity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="85" />
        <source>执行标准</source>
        <translation>Declared standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="86" />
        <source>标称生产者</source>
        <translation>Labelled producer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="87" />
        <source>抽样人员</source>
        <translation>Samplers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="88" />
        <source>报告编号</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="89" />
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
</context>
<context>
    <name>spotcheck_followup</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="43" />
        <source>送达检验结论</source>
        <translation>Result served</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="44" />
        <source>提出异议</source>
        <translation>Objection filed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="45" />
        <source>复检</source>
        <translation>Re-test</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="46" />
        <source>责令改正</source>
        <translation>Correction ordered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="47" />
        <source>整改复查</source>
        <translation>Recheck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="48" />
        <source>公告</source>
        <translation>Announced</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="49" />
        <source>再次复查</source>
        <translation>Second recheck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="50" />
        <source>结案</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>spotcheck_items</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="47" />
        <source>检验项目</source>
        <translation>Test item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="48" />
        <source>标准条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="49" />
        <source>标准要求</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="50" />
        <source>实测值</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="51" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="52" />
        <source>判定</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="53" />
        <source>重要程度</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="60" />
        <source>合格</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="62" />
        <source>不合格</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="178" />
        <source>重要程度“{0}”不对，应为 A 或 B。</source>
        <translation>Class “{0}” is wrong: use A or B.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="183" />
        <source>缺少检验项目名称。</source>
        <translation>The test item has no name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="225" />
        <source>第 {0} 行【{1}】{2}</source>
        <translation>Row {0} [{1}] {2}</translation>
    </message>
</context>
<context>
    <name>spotchecks</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="56" />
        <source>已逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="59" />
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="59" />
        <source>还剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
</context>
<context>
    <name>standards</name>
    <message>
        <location filename="../../ui/models/standards.py" line="40" />
        <source>国家标准 GB</source>
        <translation>National standard GB</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="41" />
        <source>国家标准 GB/T</source>
        <translation>National standard GB/T</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="42" />
        <location filename="../../ui/models/standards.py" line="86" />
        <source>行业标准</source>
        <translation>Industry standard</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="43" />
        <source>地方标准 DB</source>
        <translation>Local standard DB</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="44" />
        <source>团体标准 T/</source>
        <translation>Group standard T/</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="45" />
        <source>企业标准 Q/</source>
        <translation>Enterprise standard Q/</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="46" />
        <location filename="../../ui/models/standards.py" line="58" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="54" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="65" />
        <location filename="../../ui/models/standards.py" line="78" />
        <location filename="../../ui/models/standards.py" line="174" />
        <source>被代替</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="66" />
        <location filename="../../ui/models/standards.py" line="165" />
        <source>已废止</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="67" />
        <source>被代替或已废止</source>
        <translation>Superseded or withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="68" />
        <source>仅执行企业标准</source>
        <translation>Enterprise standard only</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="69" />
        <source>采标产品</source>
        <translation>Adopts international standards</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="76" />
        <source>现行</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="77" />
        <source>废止</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="85" />
        <source>国家标准</source>
        <translation>National standard</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="87" />
        <source>地方标准</source>
        <translation>Local standard</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="88" />
        <source>团体标准</source>
        <translation>Group standard</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="95" />
        <source>主导</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="96" />
        <source>参与</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="103" />
        <location filename="../../ui/models/standards.py" line="129" />
        <source>立项</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="104" />
        <source>发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="111" />
        <source>示范项目</source>
        <translation>Demonstration project</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="112" />
        <source>示范基地</source>
        <translation>Demonstration base</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="119" />
        <source>国家级</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="120" />
        <source>省级</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="121" />
        <source>市级</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="122" />
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="130" />
        <source>建设中</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="131" />
        <source>已验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="132" />
        <source>撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="140" />
        <source>无公害</source>
        <translation>Pollution-free</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="141" />
        <source>绿色食品</source>
        <translation>Green food</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="142" />
        <source>有机</source>
        <translation>Organic</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="143" />
        <source>地理标志</source>
        <translation>Geographical indication</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="167" />
        <source>标准目录中此标准已废止，产品应改用现行标准。</source>
        <translation>This standard is withdrawn in the standards catalogue; the product should move to a current standard.</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="171" />
        <source>已被 {0} 代替</source>
        <translation>Superseded by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="172" />
        <source>被代替 → {0}</source>
        <translation>Superseded → {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="176" />
        <source>已被代替，目录中没有现行版本（代替链止于废止的标准）。</source>
        <translation>Superseded, with no current version in the catalogue (the chain of replacements ends in a withdrawn standard).</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="180" />
        <source>仅企业标准</source>
        <translation>Enterprise standard only</translation>
    </message>
    <message>
        <location filename="../../ui/models/standards.py" line="182" />
        <source>这个产品只执行企业标准。</source>
        <translation>This product applies only an enterprise standard.</translation>
    </message>
</context>
<context>
    <name>usage</name>
    <message>
        <location filename="../../ui/usage.py" line="38" />
        <source>文件已保存，但没有记入审计日志：{0}</source>
        <translation>File saved, but not recorded in the audit log: {0}</translation>
    </message>
</context>
</TS>
