<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33"/>
        <source>关于 质量监管工作台</source>
        <translation>About QSupervise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="36"/>
        <source>数据库结构版本</source>
        <translation>Database schema revision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>质量监管工作台</source>
        <translation>QSupervise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="41"/>
        <source>县域质量监管离线工作台：企业档案、监督抽查、认证许可、责任书与考核。</source>
        <translation>Offline workbench for county quality supervision: enterprise registry, spot checks, certifications, responsibility letters and assessment.</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="162"/>
        <source>被抽样单位</source>
        <translation>Sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="163"/>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="164"/>
        <source>抽样状态</source>
        <translation>Sampling state</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="165"/>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="166"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="167"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="168"/>
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="176"/>
        <source>抽样</source>
        <translation>take sample</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="178"/>
        <source>录入检验结果</source>
        <translation>enter test results</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="180"/>
        <source>已结案</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="186"/>
        <source>{0} 起</source>
        <translation>from {0}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="13"/>
        <source>程序出错</source>
        <translation>Program Error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="19"/>
        <source>程序遇到了一个内部错误（这是程序的缺陷，不是您的操作问题）。数据库没有被改动。请把下面的内容复制给维护人员。
日志文件：{0}</source>
        <translation>The program ran into an internal error (a defect in the program, not something you did). The database was not changed. Please copy the text below and send it to the maintainers.
Log file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="28"/>
        <source>复制报告</source>
        <translation>Copy Report</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="242"/>
        <source>未打开数据库。请用“文件 → 打开数据库…”或“新建数据库…”。</source>
        <translation>No database is open. Use “File → Open Database…” or “New Database…”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="247"/>
        <source>其中企业 {0} · 合作社 {1} · 其他 {2}</source>
        <translation>Enterprises {0} · cooperatives {1} · other {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="251"/>
        <source>已计入企业总数</source>
        <translation>Included in the total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="252"/>
        <source>成员单位 {0} 个</source>
        <translation>{0} member units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="253"/>
        <source>在册产品</source>
        <translation>Registered products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="254"/>
        <source>产品执行的标准</source>
        <translation>Standards the products follow</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="257"/>
        <source>{0} · 共 {1} 个乡镇/街道 · 数据变更记录 {2} 条</source>
        <translation>{0} · {1} townships · {2} change records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="258"/>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="265"/>
        <source>抽查合格率（{0} 年）</source>
        <translation>Spot-check pass rate ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="265"/>
        <location filename="../../ui/pages/dashboard.py" line="296"/>
        <source>抽查合格率</source>
        <translation>Spot-check pass rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="267"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="273"/>
        <source>本年抽查 {0} 批次 · 已判定 {1} · 不合格 {2}</source>
        <translation>{0} batches checked this year · {1} judged · {2} failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="275"/>
        <source>进行中 {0} 项 · {1} 日内到期 {2} 项</source>
        <translation>{0} open · {2} due within {1} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="280"/>
        <source>没有逾期或 {0} 日内到期的后处理。</source>
        <translation>No follow-ups overdue or due within {0} days.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="282"/>
        <source>另有 {0} 项未列出，请到“监督抽查”页查看全部。</source>
        <translation>{0} more not listed; see them all on the “Spot Checks” page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="287"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="288"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="289"/>
        <source>重新统计（F5）</source>
        <translation>Count again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="291"/>
        <source>企业总数</source>
        <translation>Enterprises in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="292"/>
        <source>个体工商户</source>
        <translation>Individual businesses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="293"/>
        <source>乡镇/街道</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="294"/>
        <source>产品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="295"/>
        <source>执行标准</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="297"/>
        <source>后处理逾期</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="301"/>
        <source>各乡镇/街道企业数</source>
        <translation>Enterprises by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="302"/>
        <source>主体类型构成</source>
        <translation>By kind of business</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="303"/>
        <source>逾期 / 即将到期的后处理</source>
        <translation>Follow-ups overdue or due soon</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="139"/>
        <source>双随机抽取 — {0}</source>
        <translation>Random Draw — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="141"/>
        <source>计划 {0}：第 {1} 次抽取</source>
        <translation>Plan {0}: draw {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="146"/>
        <source>候选企业 {0} 家，其中 {1} 家 6 个月内已被同一部门抽查过，不参加本次抽取；将从其余 {2} 家中抽出 {3} 家，每家配两名检查人员（在岗 {4} 名）。抽取日期 {5}。</source>
        <translation>{0} candidate enterprises, of which {1} were checked by the same authority within the last 6 months and are left out of this draw; {3} will be drawn from the other {2}, each with two inspectors ({4} active). Draw date {5}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="157"/>
        <source>在岗检查人员不足两名：请先在“检查人员…”中添加。</source>
        <translation>Fewer than two active inspectors: add them first under “Inspectors…”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="159"/>
        <source>候选企业名单是空的：请检查计划的抽取范围。</source>
        <translation>The candidate list is empty: check the plan&apos;s pool.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="161"/>
        <source>上次抽取已有 {0} 个样品完成抽样，不能再重新抽取。</source>
        <translation>{0} samples of the last draw have already been taken; the plan cannot be drawn again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="169"/>
        <source>此计划已抽取过（第 {0} 次）。重新抽取将作废上次结果，并撤回其尚未抽样的记录；必须写明理由，理由会写入公开名单。</source>
        <translation>This plan has been drawn before (draw {0}). A redraw voids the last result and withdraws its records not yet sampled; a reason is required and goes into the public list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="175"/>
        <source>随机种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="176"/>
        <source>重新抽取理由</source>
        <translation>Reason for redraw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="179"/>
        <source>已随机给出一个；如公开摇号，请改为摇出的数字。任何人可用同一种子和名单复核结果。</source>
        <translation>A random seed is filled in; if the seed is drawn in public, enter the number drawn. Anyone can check the result with the same seed and list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="180"/>
        <source>换一个</source>
        <translation>New Seed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="181"/>
        <source>例如：计划抽取范围设置有误</source>
        <translation>e.g. the plan&apos;s pool was set up wrongly</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="182"/>
        <source>抽取</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_draw.py" line="183"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="170"/>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="171"/>
        <source>产品与标准</source>
        <translation>Products &amp; Standards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="172"/>
        <source>认证许可</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="173"/>
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="174"/>
        <source>品牌奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="175"/>
        <source>信用</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="176"/>
        <source>变更记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="181"/>
        <source>暂无（该模块尚在开发中）</source>
        <translation>Nothing yet (this module is still being developed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="182"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="184"/>
        <source>产品 / 执行标准</source>
        <translation>Product / standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="184"/>
        <source>规范编号</source>
        <translation>Normalised number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="184"/>
        <source>标准类别</source>
        <translation>Kind of standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="184"/>
        <source>采标</source>
        <translation>Adopts international</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="184"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="186"/>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="188"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="188"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="188"/>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="189"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="191"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="191"/>
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="191"/>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="191"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="191"/>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="192"/>
        <source>不合格项目</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="193"/>
        <source>后处理</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="219"/>
        <source>找不到该企业</source>
        <translation>Enterprise not found</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="225"/>
        <source>未填信用代码</source>
        <translation>No credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="227"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="241"/>
        <source>共 {0} 个产品</source>
        <translation>{0} products</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="242"/>
        <source>暂无产品记录</source>
        <translation>No products recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="248"/>
        <source>{0}（已废止）</source>
        <translation>{0} (superseded)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="249"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="263"/>
        <source>没有监督抽查记录（作为受检单位或标称生产者）</source>
        <translation>No spot checks (as sampled unit or labelled producer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="265"/>
        <source>共 {0} 次抽查；近 {1} 年不合格 {2} 次</source>
        <translation>{0} spot checks; {2} failed in the last {1} years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="268"/>
        <source>受检单位</source>
        <translation>Sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="268"/>
        <source>标称生产者</source>
        <translation>Labelled producer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="269"/>
        <source>受检单位、生产者</source>
        <translation>Sampled unit and producer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="272"/>
        <source>待出结果</source>
        <translation>awaiting results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="273"/>
        <source>{0}（复检合格）</source>
        <translation>{0} (passed on re-test)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="279"/>
        <source>（逾期 {0} 天）</source>
        <translation> ({0} days overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="281"/>
        <source>（{0} 前）</source>
        <translation> (by {0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="283"/>
        <source>已结案（{0}）</source>
        <translation>closed ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="302"/>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="306"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="314"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="315"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="224"/>
        <source>新增企业</source>
        <translation>New Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="224"/>
        <source>编辑企业</source>
        <translation>Edit Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="225"/>
        <source>保留理由</source>
        <translation>Reason to keep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="226"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="229"/>
        <source>打开该企业</source>
        <translation>Open that enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="230"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="231"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="232"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="233"/>
        <source>18 位，可暂不填</source>
        <translation>18 characters; may be left empty for now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="234"/>
        <source>例如：已核对营业执照原件</source>
        <translation>e.g. checked against the original licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="235"/>
        <source>YYYY-MM-DD，可不填</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="238"/>
        <source>代码或名称，如 C13 或 食品制造业</source>
        <translation>Code or name, e.g. C13 or 食品制造业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="259"/>
        <source>{0}（已停用）</source>
        <translation>{0} (deactivated)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="279"/>
        <source>编辑“{0}”</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="345"/>
        <source>名称相近：{0}。请确认不是同一家。</source>
        <translation>Similar names: {0}. Make sure it is not the same enterprise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="371"/>
        <source>已存在：{0}（{1}）</source>
        <translation>Already registered: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="380"/>
        <source>有 {0} 处需要改正，改正后才能保存。</source>
        <translation>{0} problems to fix before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="383"/>
        <source>有 {0} 条提醒，核对后可以保存。</source>
        <translation>{0} notes to check; saving is allowed.</translation>
    </message>
</context>
<context>
    <name>EnterprisesModel</name>
    <message>
        <location filename="../../ui/models/enterprises.py" line="126"/>
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="127"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="128"/>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="129"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="130"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="131"/>
        <source>规模</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="132"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="133"/>
        <source>认证</source>
        <translation>Certs</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="134"/>
        <source>抽查不合格</source>
        <translation>Failed checks</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="146"/>
        <source>点击按此列排序，再点一次倒序</source>
        <translation>Click to sort by this column; click again to reverse</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="151"/>
        <source>认证许可模块尚未启用</source>
        <translation>The certifications module is not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="153"/>
        <source>近 3 年监督抽查不合格的次数（作为受检单位或标称生产者；复检合格的不计）</source>
        <translation>Failed spot checks in the last 3 years (as sampled unit or labelled producer; not counting those passed on re-test)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="171"/>
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="210"/>
        <source>{0}（已停用）</source>
        <translation>{0} (deactivated)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="218"/>
        <source>校验位已核：{0}</source>
        <translation>Check character verified: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="221"/>
        <source>未填统一社会信用代码</source>
        <translation>No unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="223"/>
        <source>近 3 年监督抽查不合格 {0} 次（作为受检单位或标称生产者），详见“企业详情 → 监督抽查”</source>
        <translation>{0} failed spot checks in the last 3 years (as sampled unit or labelled producer); see the enterprise&apos;s details, “Spot Checks” tab</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="228"/>
        <source>已停用：勾选“含已停用”时才列出，可恢复</source>
        <translation>Deactivated: listed only with “Include deactivated”; can be restored</translation>
    </message>
</context>
<context>
    <name>FailingItemsModel</name>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="93"/>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="93"/>
        <source>不合格项目</source>
        <translation>Failed item</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="93"/>
        <source>批次</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="95"/>
        <source>占不合格批次</source>
        <translation>Share of failed batches</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="35"/>
        <source>还没有数据库文件。现在新建一个吗？填写本机所在的县（市、区）或乡镇即可开始使用。</source>
        <translation>There is no database file yet. Create one now? Enter the county or township this computer works for to get started.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="39"/>
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="42"/>
        <source>这个数据库还没有设置县（市、区）和本机站点。现在设置吗？</source>
        <translation>This database has no county and no local station yet. Set them up now?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="43"/>
        <source>已打开 {0}</source>
        <translation>Opened {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="53"/>
        <source>已新建数据库 {0}</source>
        <translation>Created database {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="70"/>
        <source>“{0}”已存在。新建数据库不会覆盖已有文件；要使用它，请选择“打开数据库…”。</source>
        <translation>“{0}” already exists. A new database never overwrites an existing file; to use it, choose “Open Database…”.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="77"/>
        <source>请先打开或新建一个数据库。</source>
        <translation>Open or create a database first.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="101"/>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="102"/>
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="119"/>
        <source>用备份“{0}”替换当前数据库“{1}”的全部内容？
恢复前会先自动备份当前数据库，需要时可以再恢复回来。</source>
        <translation>Replace everything in the current database “{1}” with the backup “{0}”?
The current database is backed up first, so you can go back to it if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="120"/>
        <location filename="../../ui/file_actions.py" line="146"/>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="133"/>
        <source>正在从备份恢复…</source>
        <translation>Restoring from the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="144"/>
        <source>已从备份恢复。恢复前的数据库已另存为：{0}</source>
        <translation>Restored from the backup. The database as it was before is saved as: {0}</translation>
    </message>
</context>
<context>
    <name>FollowupTab</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="167"/>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="169"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="168"/>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="232"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="169"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="169"/>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="174"/>
        <source>（选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="178"/>
        <source>期限（按《产品质量监督抽查管理暂行办法》计算）</source>
        <translation>Deadlines (per the Interim Measures for Product Quality Spot Checks)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="179"/>
        <source>异议截止</source>
        <translation>Objection by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="180"/>
        <source>整改期满</source>
        <translation>Correction due</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="181"/>
        <source>复查截止</source>
        <translation>Recheck by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="182"/>
        <source>再次复查</source>
        <translation>Second recheck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="185"/>
        <source>送达后 15 日内可提出异议；责令改正后 60 日内整改、75 日内复查；公告后 60–90 日再次复查。</source>
        <translation>Objections within 15 days of service; after an order to correct, correction within 60 days and recheck within 75; second recheck 60–90 days after the announcement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="186"/>
        <source>只有不合格的样品才有后处理。本样品结论为合格或尚未判定。</source>
        <translation>Only failing samples have a follow-up. This sample passed or has no verdict yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="201"/>
        <source>（未列明）</source>
        <translation>(not listed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="201"/>
        <source>结论：{0}&#x3000;&#x3000;不合格项目：{1}</source>
        <translation>Verdict: {0}   Failed items: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="225"/>
        <source>← 下一步</source>
        <translation>← Next step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="230"/>
        <source>已登记</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="232"/>
        <source>更正</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="238"/>
        <source>后处理已结案。</source>
        <translation>The follow-up is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="241"/>
        <source>下一步：{0}</source>
        <translation>Next step: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="245"/>
        <source>期限 {0}（{1}）</source>
        <translation>Due {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="251"/>
        <source>不早于 {0}</source>
        <translation>Not before {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="263"/>
        <source>请填写“{0}”的日期。</source>
        <translation>Enter the date of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="271"/>
        <source>已登记：{0} {1}。</source>
        <translation>Recorded: {0} on {1}.</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <location filename="../../ui/models/dashboard.py" line="125"/>
        <source>受检单位</source>
        <translation>Sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="125"/>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="125"/>
        <source>待办步骤</source>
        <translation>Pending step</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="125"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="127"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="132"/>
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="135"/>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="135"/>
        <source>还剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="141"/>
        <source>（未填单位）</source>
        <translation>(no unit entered)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="153"/>
        <source>正在读取 {0} …</source>
        <translation>Reading {0} …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="154"/>
        <source>正在读取 {0}</source>
        <translation>Reading {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="155"/>
        <source>无法读取这个文件。</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="161"/>
        <source>文件：{0}&#x3000;工作表：{1}&#x3000;表头在第 {2} 行，数据 {3} 行</source>
        <translation>File: {0}   Sheet: {1}   Header in row {2}, {3} data rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="169"/>
        <source>（无表头）</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="173"/>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="189"/>
        <source>缺少必需的列：{0}。请在“导入为”中指定。</source>
        <translation>Required columns missing: {0}. Choose them under “Import as”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="192"/>
        <source>“{0}”对应了多列，只能保留一列。</source>
        <translation>“{0}” is chosen for several columns; keep only one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="226"/>
        <source>正在试导入…</source>
        <translation>Dry run…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="227"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="240"/>
        <source>导入将新增 {0} 家、更新 {1} 家企业，{2} 行有错误不导入。导入前会自动备份数据库。继续吗？</source>
        <translation>The import will add {0} and update {1} enterprises; {2} rows with errors are left out. The database is backed up first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="246"/>
        <source>试导入（未写入）</source>
        <translation>Dry run (nothing written)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="251"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="253"/>
        <source>导入前已备份到 {0}</source>
        <translation>Backed up before the import to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="259"/>
        <source>{0}：共 {1} 行&#x3000;新增 {2}&#x3000;更新 {3}&#x3000;未变 {4}&#x3000;警告 {5}&#x3000;错误 {6}</source>
        <translation>{0}: {1} rows   new {2}   updated {3}   unchanged {4}   warnings {5}   errors {6}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="266"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="267"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="281"/>
        <source>仅列出前 {0} 条问题，完整清单请“保存错误清单…”。</source>
        <translation>Only the first {0} problems are listed; use “Save Error List…” for all of them.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="287"/>
        <source>导入完成：新增 {0} 家，更新 {1} 家，{2} 行未导入。</source>
        <translation>Import finished: {0} added, {1} updated, {2} rows not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="309"/>
        <source>已把 {0} 行写入 {1}。改正后可直接再导入这个文件。</source>
        <translation>Wrote {0} rows to {1}. Correct them and import that file again as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="313"/>
        <source>保存错误清单</source>
        <translation>Save Error List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="313"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="332"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="332"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="337"/>
        <source>① 核对列</source>
        <translation>① Check columns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="337"/>
        <source>② 试导入</source>
        <translation>② Dry run</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="338"/>
        <source>③ 导入</source>
        <translation>③ Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="341"/>
        <source>导入企业名录</source>
        <translation>Import Enterprise List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="342"/>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="342"/>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="342"/>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="343"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="343"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="343"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="343"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="344"/>
        <source>跳过有警告的行</source>
        <translation>Skip rows with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="345"/>
        <source>不勾选时，只有警告的行照常导入并保留警告</source>
        <translation>Unchecked: rows with only warnings are imported and keep their warning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="347"/>
        <source>试导入</source>
        <translation>Dry Run</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="348"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="349"/>
        <source>保存错误清单…</source>
        <translation>Save Error List…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="353"/>
        <source>检查每一行，统计会新增、更新多少，不写入数据库</source>
        <translation>Check every row and count what would be added or updated, without writing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="354"/>
        <source>按试导入的结果写入；有错误的行不导入</source>
        <translation>Write what the dry run found; rows with errors are left out</translation>
    </message>
</context>
<context>
    <name>InspectorsDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="119"/>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="120"/>
        <source>添加检查人员</source>
        <translation>Add an inspector</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="122"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="122"/>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="122"/>
        <source>执法证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="122"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="125"/>
        <source>例如 县市场监管局</source>
        <translation>e.g. the county market regulation bureau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="126"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="127"/>
        <source>登记回避…</source>
        <translation>Record Recusal…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="128"/>
        <source>选中的检查人员今后不会被抽到某家企业（亲属、曾任职等）</source>
        <translation>The selected inspector will no longer be drawn for a given enterprise (relatives, former employment, etc.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="129"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="130"/>
        <source>名录为空。双随机抽取需要至少两名在岗检查人员：在下方填写姓名后点“添加”。</source>
        <translation>The list is empty. A random draw needs at least two active inspectors: enter a name below and click “Add”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="137"/>
        <source>（不属乡镇）</source>
        <translation>(no township)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="169"/>
        <source>重新启用</source>
        <translation>Put Back on Duty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="169"/>
        <source>停用</source>
        <translation>Take Off Duty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="170"/>
        <source>停用的人员不再参加抽取，已有的抽取记录保留</source>
        <translation>Inspectors off duty are no longer drawn; past draws keep their names</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="173"/>
        <source>回避登记（先在上表选中一名检查人员）</source>
        <translation>Recusals (first select an inspector above)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="175"/>
        <source>{0} 的回避登记</source>
        <translation>Recusals of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="181"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>InspectorsModel</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="225"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="226"/>
        <source>所在单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="227"/>
        <source>执法证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="228"/>
        <source>所在乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="229"/>
        <source>回避</source>
        <translation>Recusals</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="230"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="238"/>
        <source>在岗</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="239"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>InterfaceTab</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>切换后立即生效，下次启动时沿用。</source>
        <translation>Takes effect at once and is kept for the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="48"/>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
</context>
<context>
    <name>KindCountsModel</name>
    <message>
        <location filename="../../ui/models/dashboard.py" line="85"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="85"/>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="87"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="89"/>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="90"/>
        <source>个体工商户</source>
        <translation>Individual businesses</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="91"/>
        <source>农民专业合作社</source>
        <translation>Farmers&apos; cooperatives</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="92"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>站点：{0}</source>
        <translation>Station: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>用户：{0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>{0}（本机）</source>
        <translation>{0} (this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>操作以内置用户“gui”记入审计日志</source>
        <translation>Actions are recorded in the audit trail as the built-in user “gui”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>未打开</source>
        <translation>none open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>质量监管工作台</source>
        <translation>QSupervise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>认证许可</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>品牌与奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>责任书与考核</source>
        <translation>Letters &amp; Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>数据交换</source>
        <translation>Data Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>打开数据库…</source>
        <translation>Open Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>新建数据库…</source>
        <translation>New Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>选择要恢复的备份</source>
        <translation>Choose the Backup to Restore</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="19"/>
        <source>合并“{0}”</source>
        <translation>Merge “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="28"/>
        <source>并入</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="30"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="41"/>
        <source>没有可并入的同类单位。</source>
        <translation>There is no other active unit of the same kind to merge into.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge.py" line="44"/>
        <source>将“{0}”并入“{1}”：{0} 的 {2} 家企业及其他记录移到 {1}，{0} 停用并保留记录。</source>
        <translation>Merge “{0}” into “{1}”: the {2} enterprises and all other records of {0} move to {1}; {0} is deactivated and kept on record.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="17"/>
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="30"/>
        <source>县级（县市场监管局）</source>
        <translation>County (county market regulation bureau)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="31"/>
        <source>乡镇工作站</source>
        <translation>Township station</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="39"/>
        <source>6 或 9 位数字，可不填</source>
        <translation>6 or 9 digits, optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="42"/>
        <source>每行一个，可不填，以后在“设置 → 行政区划”中添加</source>
        <translation>One per line, optional; more can be added later in “Settings → Administrative Units”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="46"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="47"/>
        <source>本机是</source>
        <translation>This computer is</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="49"/>
        <source>所属县</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="50"/>
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="51"/>
        <source>乡镇/街道</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="52"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="62"/>
        <source>县（市、区）名称</source>
        <translation>County name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_database.py" line="62"/>
        <source>乡镇名称</source>
        <translation>Township name</translation>
    </message>
</context>
<context>
    <name>OrgTab</name>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="121"/>
        <source>已新增“{0}”。</source>
        <translation>Added “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="140"/>
        <source>已将“{0}”改名为“{1}”。</source>
        <translation>Renamed “{0}” to “{1}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="162"/>
        <source>已将“{0}”并入“{1}”，移动记录 {2} 条。</source>
        <translation>Merged “{0}” into “{1}”; {2} records moved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="171"/>
        <source>停用“{0}”？停用后它不再出现在新记录的选择中，已有记录保留，可随时重新启用。</source>
        <translation>Deactivate “{0}”? It will no longer be offered for new records; existing records are kept, and it can be reactivated at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="175"/>
        <source>已停用“{0}”。</source>
        <translation>Deactivated “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="180"/>
        <source>已启用“{0}”。</source>
        <translation>Activated “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="196"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="196"/>
        <source>新增乡镇/街道或成员单位</source>
        <translation>Add a township or a member unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="197"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="197"/>
        <source>修改名称或区划代码</source>
        <translation>Change the name or the area code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="198"/>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="198"/>
        <source>乡镇撤并：把此单位的企业和记录移到另一单位</source>
        <translation>Township merger: move this unit&apos;s enterprises and records to another unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="199"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="199"/>
        <source>停用后保留全部记录</source>
        <translation>All records are kept</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="200"/>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/org_tab.py" line="200"/>
        <source>重新启用已停用的单位</source>
        <translation>Reactivate a deactivated unit</translation>
    </message>
</context>
<context>
    <name>OrgUnitDialog</name>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="21"/>
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="22"/>
        <source>成员单位</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="29"/>
        <source>6 或 9 位数字，可不填</source>
        <translation>6 or 9 digits, optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="30"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="31"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="32"/>
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="34"/>
        <source>新增单位</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/org_unit.py" line="36"/>
        <source>重命名“{0}”</source>
        <translation>Rename “{0}”</translation>
    </message>
</context>
<context>
    <name>OrgUnitsModel</name>
    <message>
        <location filename="../../ui/models/org_units.py" line="31"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="31"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="31"/>
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="31"/>
        <source>企业数</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="33"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="35"/>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="36"/>
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="37"/>
        <source>成员单位</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="42"/>
        <source>已并入{0}</source>
        <translation>Merged into {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="43"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="45"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="63"/>
        <source>未填写区划代码</source>
        <translation>No area code entered</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="37"/>
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="38"/>
        <source>将提供：企业名录、统一社会信用代码校验、产品与执行标准、Excel 导入导出。</source>
        <translation>Will provide: the enterprise directory, unified social credit code checks, products and their standards, Excel import and export.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="41"/>
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="42"/>
        <source>将提供：“双随机”抽取、抽样单与检验结果录入、不合格后处理及整改期限跟踪。</source>
        <translation>Will provide: “double random” draws, sampling forms and test results, follow-up of failed products and rectification deadlines.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="45"/>
        <source>认证许可</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="46"/>
        <source>将提供：生产许可证、强制性产品认证（CCC）和体系认证的登记与到期提醒。</source>
        <translation>Will provide: records of production licences, compulsory product certification (CCC) and management-system certificates, with expiry reminders.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="49"/>
        <source>品牌与奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="50"/>
        <source>将提供：质量奖、品牌培育和名优产品的申报材料整理与获奖记录。</source>
        <translation>Will provide: application files and award records for quality awards, brand building and renowned products.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="53"/>
        <source>责任书与考核</source>
        <translation>Letters &amp; Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="54"/>
        <source>将提供：年度质量工作责任书的生成与打印，以及乡镇年终考核评分。</source>
        <translation>Will provide: generating and printing the yearly quality responsibility letters, and scoring the townships at year end.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="57"/>
        <source>数据交换</source>
        <translation>Data Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="58"/>
        <source>将提供：乡镇与县之间同步数据包的导出、导入与合并。</source>
        <translation>Will provide: exporting, importing and merging the sync packages exchanged between townships and the county.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="66"/>
        <source>此模块尚在开发中，将在后续版本提供。</source>
        <translation>This module is still being developed and will come in a later version.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="253"/>
        <source>新建抽查计划</source>
        <translation>New Spot-Check Plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="255"/>
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="256"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="257"/>
        <source>抽查层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="258"/>
        <source>抽查领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="259"/>
        <source>产品类别</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="260"/>
        <source>实施细则</source>
        <translation>Implementation rules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="261"/>
        <source>承检机构</source>
        <translation>Testing body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="262"/>
        <source>组织抽查部门</source>
        <translation>Organising authority</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="263"/>
        <source>抽取数量</source>
        <translation>Number to draw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="264"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="265"/>
        <source>乡镇</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="266"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="267"/>
        <source>主体类型</source>
        <translation>Kind of business</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="268"/>
        <source>规模</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="272"/>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="273"/>
        <source>抽取范围（候选企业名单）</source>
        <translation>Pool (candidate list)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="274"/>
        <source>按家数</source>
        <translation>By number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="275"/>
        <source>按比例</source>
        <translation>By share</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="276"/>
        <source>都不勾选 = 全部乡镇</source>
        <translation>None ticked = all townships</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="278"/>
        <source>例如 2026-县-01</source>
        <translation>e.g. 2026-县-01</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="279"/>
        <source>例如 食用植物油</source>
        <translation>e.g. 食用植物油 (edible vegetable oil)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="280"/>
        <source>例如 食用植物油产品质量监督抽查实施细则（2024 年版）</source>
        <translation>e.g. the implementation rules for edible vegetable oil spot checks (2024 edition)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="281"/>
        <source>留空：本县市场监督管理局</source>
        <translation>Empty: the county market regulation bureau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="282"/>
        <source>行业代码，逗号分隔，如 C13, C14；留空 = 全部行业</source>
        <translation>Industry codes separated by commas, e.g. C13, C14; empty = all industries</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="283"/>
        <source>按风险加权（近三年抽查不合格的企业更容易被抽中）</source>
        <translation>Weight by risk (enterprises that failed a spot check in the last 3 years are likelier to be drawn)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="284"/>
        <source>检查人员不检查本乡镇的企业（本乡镇回避）</source>
        <translation>Inspectors do not check enterprises of their own township (township recusal)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="285"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="286"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="287"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="394"/>
        <source>“{0}”不是 GB/T 4754 行业代码（门类字母或 2–4 位代码，如 C、C13、1391）。</source>
        <translation>“{0}” is not a GB/T 4754 industry code (a section letter or a 2–4 digit code, e.g. C, C13, 1391).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_plan.py" line="413"/>
        <source>按此范围，候选企业共 {0} 家（抽取时再排除 6 个月内已抽查的）。</source>
        <translation>This pool holds {0} candidates (those checked within 6 months are left out at the draw).</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="75"/>
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="76"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="77"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="78"/>
        <source>产品类别</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="79"/>
        <source>领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="80"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="81"/>
        <source>样品数</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="82"/>
        <source>不合格数</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="98"/>
        <source>导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="111"/>
        <source>尚未抽取：选中后点“双随机抽取”</source>
        <translation>Not drawn yet: select it and click “Random Draw…”</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="158"/>
        <source>在岗检查人员 {0} 名</source>
        <translation>{0} active inspectors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="173"/>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="426"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="173"/>
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="188"/>
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="192"/>
        <source>这一年度还没有抽查计划。选“全部年度”查看其他年度，或点“新建计划”（Ctrl+N）。</source>
        <translation>No spot-check plans for this year. Choose “All years” to see other years, or click “New Plan…” (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="196"/>
        <source>还没有抽查计划。点“新建计划”（Ctrl+N）开始：填写计划编号、产品类别和抽取范围，再做双随机抽取。</source>
        <translation>No spot-check plans yet. Click “New Plan…” (Ctrl+N) to start: enter the plan number, product category and pool, then make the random draw.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="250"/>
        <source>抽取结果</source>
        <translation>Draw result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="251"/>
        <source>选中上表中的一个计划，这里显示它的抽取结果。</source>
        <translation>Select a plan above to see its draw result here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="253"/>
        <source>计划 {0}</source>
        <translation>Plan {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="254"/>
        <source>此计划由导入的抽查结果公告建立，没有抽取记录。双击查看其抽查记录。</source>
        <translation>This plan was created by importing a published results announcement and has no draw. Double-click it to see its spot-check records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="256"/>
        <source>计划 {0}：尚未抽取</source>
        <translation>Plan {0}: not drawn yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="257"/>
        <source>核对计划的抽取范围后，点“双随机抽取”。抽取前请确认检查人员名录已齐。</source>
        <translation>Check the plan&apos;s pool, then click “Random Draw…”. Before drawing, make sure the inspector list is complete.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="260"/>
        <source>计划 {0}：第 {1} 次抽取，抽出 {2} 家</source>
        <translation>Plan {0}: draw {1}, {2} drawn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="264"/>
        <source>{0} 抽取 · 随机种子 {1} · 候选企业 {2} 家（6 个月内已抽查、不参加的 {3} 家）· 名单指纹 {4}…</source>
        <translation>Drawn on {0} · seed {1} · {2} candidates ({3} left out, checked within 6 months) · list fingerprint {4}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="266"/>
        <source>
重新抽取理由：{0}</source>
        <translation>
Reason for redraw: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="268"/>
        <source>
有 {0} 家因可派检查人员不足两名（回避）而未抽到。</source>
        <translation>
{0} could not be drawn: fewer than two inspectors were available (recusals).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="280"/>
        <source>重新抽取…</source>
        <translation>Redraw…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="280"/>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="417"/>
        <source>双随机抽取…</source>
        <translation>Random Draw…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="294"/>
        <source>已新建抽查计划 {0}。</source>
        <translation>Created the spot-check plan {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="339"/>
        <source>计划 {0} 第 {1} 次抽取完成：抽出 {2} 家。</source>
        <translation>Plan {0}, draw {1} done: {2} drawn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="341"/>
        <source>{0} 家因可派检查人员不足两名而顺延。</source>
        <translation> {0} passed over: fewer than two inspectors available.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="345"/>
        <source>正在抽取…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="374"/>
        <source>正在核验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="379"/>
        <source>导出公开名单</source>
        <translation>Export Public List</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="379"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="393"/>
        <source>双随机抽取结果-{0}.xlsx</source>
        <translation>Random draw-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="406"/>
        <source>公开名单已写入 {0}</source>
        <translation>Public list written to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="409"/>
        <source>正在导出公开名单…</source>
        <translation>Exporting the public list…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="414"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="416"/>
        <source>新建计划…</source>
        <translation>New Plan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="416"/>
        <source>新建抽查计划（Ctrl+N）</source>
        <translation>New spot-check plan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="417"/>
        <source>从计划的候选企业中随机抽取检查对象，并随机匹配两名检查人员</source>
        <translation>Draw targets at random from the plan&apos;s candidates and assign two inspectors to each at random</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="418"/>
        <source>核验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="418"/>
        <source>用记录的种子和名单重新计算，核对结果是否与记录一致</source>
        <translation>Re-run from the recorded seed and list and check that the result matches the record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="419"/>
        <source>导出公开名单…</source>
        <translation>Export Public List…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="419"/>
        <source>把抽取结果写成可公示的 Excel 名单（Ctrl+E）</source>
        <translation>Write the draw result as an Excel list for publication (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="420"/>
        <source>检查人员…</source>
        <translation>Inspectors…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_plan_tab.py" line="420"/>
        <source>检查人员名录与回避登记</source>
        <translation>Inspector list and recusals</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="44"/>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="44"/>
        <source>抽查批次</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="44"/>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="44"/>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotcheck_stats.py" line="47"/>
        <source>合格率</source>
        <translation>Pass rate</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="113"/>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="235"/>
        <source>全部计划</source>
        <translation>All plans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="161"/>
        <source>共 {0} 条，显示前 {1} 条</source>
        <translation>{0} in total, first {1} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="162"/>
        <source>请选择计划或用筛选条件缩小范围</source>
        <translation>Choose a plan or use the filters to narrow the list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="164"/>
        <source>共 {0} 条</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="168"/>
        <source>未打开数据库。</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="172"/>
        <source>还没有抽查记录。在“计划与抽取”中新建计划并做双随机抽取后，每个检查对象在这里有一条记录。</source>
        <translation>No spot-check records yet. Once a plan is created and drawn under “Plans &amp; Draws”, each target has a record here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="174"/>
        <source>这个计划还没有抽查记录：先在“计划与抽取”中做双随机抽取。</source>
        <translation>This plan has no spot-check records yet: make the random draw under “Plans &amp; Draws” first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="176"/>
        <source>没有符合筛选条件的记录。</source>
        <translation>No records match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="237"/>
        <source>全部结论</source>
        <translation>All verdicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="240"/>
        <source>不合格（含严重）</source>
        <translation>fail (incl. serious)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="243"/>
        <source>尚无结论</source>
        <translation>no verdict yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="246"/>
        <source>全部抽样状态</source>
        <translation>All sampling states</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="248"/>
        <source>全部后处理</source>
        <translation>All follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="248"/>
        <source>后处理待办</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="248"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="252"/>
        <source>单位、产品或信用代码</source>
        <translation>Unit, product or credit code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="253"/>
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="254"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_record_tab.py" line="255"/>
        <source>打开选中的记录（回车或双击）</source>
        <translation>Open the selected record (Enter or double-click)</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="269"/>
        <source>登记回避 — {0}</source>
        <translation>Record Recusal — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="270"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="271"/>
        <source>回避理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="272"/>
        <source>名称、拼音首字母或信用代码</source>
        <translation>Name, pinyin initials or credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="273"/>
        <source>例如：配偶在该企业任职</source>
        <translation>e.g. spouse works for this enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="274"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="275"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_inspectors.py" line="302"/>
        <source>请先查找并选中一家企业。</source>
        <translation>Find and select an enterprise first.</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="70"/>
        <source>选择要导入的企业名录</source>
        <translation>Choose the enterprise list to import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="71"/>
        <source>表格 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="78"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="79"/>
        <source>CSV，UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="80"/>
        <source>导出企业名录</source>
        <translation>Export Enterprise List</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="115"/>
        <source>已新增“{0}”。</source>
        <translation>Added “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="127"/>
        <source>已保存“{0}”。</source>
        <translation>Saved “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="138"/>
        <source>一次最多停用或恢复 {0} 家企业，请缩小选择范围。</source>
        <translation>At most {0} enterprises can be deactivated or restored at once; select fewer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="146"/>
        <source>停用“{0}”？停用后不再列出（勾选“含已停用”可见），记录和历史保留，可随时恢复。</source>
        <translation>Deactivate “{0}”? It is no longer listed (tick “Include deactivated” to see it); the record and its history are kept and it can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="150"/>
        <source>停用选中的 {0} 家企业？停用后不再列出，记录和变更历史保留，可随时恢复。</source>
        <translation>Deactivate the {0} selected enterprises? They are no longer listed; records and history are kept and they can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="170"/>
        <source>{0} 家企业</source>
        <translation>{0} enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="171"/>
        <source>已恢复 {0}。</source>
        <translation>Restored {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="171"/>
        <source>已停用 {0}。</source>
        <translation>Deactivated {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="206"/>
        <source>已导出 {0} 家企业到 {1}</source>
        <translation>Exported {0} enterprises to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="209"/>
        <source>正在导出企业名录…</source>
        <translation>Exporting the enterprise list…</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="166"/>
        <location filename="../../ui/pages/registry.py" line="351"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="212"/>
        <location filename="../../ui/pages/registry.py" line="216"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="216"/>
        <location filename="../../ui/pages/registry.py" line="219"/>
        <source>未打开数据库</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="216"/>
        <location filename="../../ui/pages/registry.py" line="221"/>
        <source>共 {0} 家</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="315"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="315"/>
        <location filename="../../ui/pages/registry.py" line="329"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="325"/>
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="327"/>
        <location filename="../../ui/pages/registry.py" line="340"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="327"/>
        <source>新增企业（Ctrl+N）</source>
        <translation>New enterprise (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="328"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="328"/>
        <source>编辑选中的企业；回车或双击查看详情</source>
        <translation>Edit the selected enterprise; Enter or double-click shows its details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="329"/>
        <source>停用后不再列出，记录和历史保留，可随时恢复</source>
        <translation>Deactivated enterprises are no longer listed; records and history are kept and can be restored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="330"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="330"/>
        <source>从 Excel 或 CSV 导入企业名录</source>
        <translation>Import an enterprise list from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="331"/>
        <location filename="../../ui/pages/registry.py" line="342"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="331"/>
        <source>把当前列表导出为 Excel 或 CSV（Ctrl+E）</source>
        <translation>Export the list as shown to Excel or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="332"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="332"/>
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="338"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="339"/>
        <source>查看详情</source>
        <translation>Show Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="341"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="346"/>
        <source>名称、拼音首字母或信用代码</source>
        <translation>Name, pinyin initials or credit code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="347"/>
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="352"/>
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="353"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="354"/>
        <source>全部规模</source>
        <translation>All scales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="355"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="358"/>
        <source>含已停用</source>
        <translation>Include deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="359"/>
        <source>同时列出已停用（软删除）的企业，可选中后恢复</source>
        <translation>Also list deactivated (soft-deleted) enterprises, which can then be restored</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="135"/>
        <source>先在“抽样单”中把状态设为“已抽样”并保存，再录入检验结果。</source>
        <translation>First set the state to “sampled” on the “Sampling Record” tab and save, then enter the test results.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="136"/>
        <source>如 2026-04-02</source>
        <translation>e.g. 2026-04-02</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="137"/>
        <source>添加行</source>
        <translation>Add Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="138"/>
        <source>删除行</source>
        <translation>Delete Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="139"/>
        <source>删除选中的行</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="140"/>
        <source>从 Excel 粘贴</source>
        <translation>Paste from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="141"/>
        <source>在 Excel 或 WPS 中复制若干行，再点这里或在表格中按 Ctrl+V</source>
        <translation>Copy rows in Excel or WPS, then click here or press Ctrl+V in the table</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="142"/>
        <source>回车到下一行；判定可写 合格/不合格、符合/不符合、P/F</source>
        <translation>Enter goes to the next row; a verdict can be pass/fail, P/F, 合格/不合格 or 符合/不符合</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="143"/>
        <source>结论（由检验项目推出）：</source>
        <translation>Verdict (from the test items):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="144"/>
        <source>更改结论：</source>
        <translation>Change verdict:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="145"/>
        <source>更改结论的理由（必填）</source>
        <translation>Reason for the change (required)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="146"/>
        <source>保存检验结果</source>
        <translation>Save Results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="147"/>
        <source>保存检验结果（Ctrl+S）</source>
        <translation>Save the test results (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="151"/>
        <source>不更改</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="212"/>
        <source>……另有 {0} 处</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="219"/>
        <source>—（先改正标红的单元格）</source>
        <translation>— (correct the cells marked red first)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="222"/>
        <source>—（尚无检验项目）</source>
        <translation>— (no test items yet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="223"/>
        <source>待定（尚有项目未判定）</source>
        <translation>pending (some items have no verdict yet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="263"/>
        <source>有 {0} 个单元格需要改正，未保存：
{1}</source>
        <translation>{0} cells need correcting; nothing was saved:
{1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="287"/>
        <source>已保存检验结果：{0}。</source>
        <translation>Saved the test results: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_results.py" line="287"/>
        <source>结论待定</source>
        <translation>verdict pending</translation>
    </message>
</context>
<context>
    <name>SamplingTab</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="171"/>
        <source>保存抽样单</source>
        <translation>Save Sampling Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="172"/>
        <source>保存抽样单（Ctrl+S）</source>
        <translation>Save the sampling record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="173"/>
        <source>如 2026-03-05</source>
        <translation>e.g. 2026-03-05</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="174"/>
        <source>生产日期或批号，如 2026-02-18 / 20260218A</source>
        <translation>Production date or batch no., e.g. 2026-02-18 / 20260218A</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="175"/>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="176"/>
        <source>如 6 瓶</source>
        <translation>e.g. 6 bottles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="177"/>
        <source>如 GB/T 18186-2000</source>
        <translation>e.g. GB/T 18186-2000</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="178"/>
        <source>标签上的生产者；与被抽样单位相同可不填</source>
        <translation>Producer named on the label; may be left empty if it is the sampled unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="248"/>
        <source>已保存抽样单（{0}）。</source>
        <translation>Saved the sampling record ({0}).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="78"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>行政区划</source>
        <translation>Administrative Units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="80"/>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
</context>
<context>
    <name>SpotCheckEditor</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="328"/>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="414"/>
        <source>抽样单</source>
        <translation>Sampling Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="329"/>
        <source>检验结果</source>
        <translation>Test Results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="330"/>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="369"/>
        <source>后处理</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="331"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="332"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="334"/>
        <source>打印抽样单</source>
        <translation>Print Sampling Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="334"/>
        <source>生成抽样单 PDF（Ctrl+P）</source>
        <translation>Create the sampling record as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="335"/>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="415"/>
        <source>检验结果通知书</source>
        <translation>Test Result Notice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="335"/>
        <source>生成检验结果通知书 PDF</source>
        <translation>Create the test result notice as a PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="336"/>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="416"/>
        <source>责令改正通知书</source>
        <translation>Order to Correct</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="336"/>
        <source>生成责令改正通知书 PDF</source>
        <translation>Create the order to correct as a PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="353"/>
        <source>抽查记录 — {0}</source>
        <translation>Spot-Check Record — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="354"/>
        <source>（未命名单位）</source>
        <translation>(unnamed unit)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="356"/>
        <source>统一社会信用代码 {0}</source>
        <translation>Unified social credit code {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="358"/>
        <source>计划 {0}</source>
        <translation>Plan {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="359"/>
        <source>检查人员 {0}</source>
        <translation>Inspectors {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="360"/>
        <source>承检机构 {0}</source>
        <translation>Testing body {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="369"/>
        <source>后处理（不适用）</source>
        <translation>Follow-up (n/a)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="391"/>
        <source>有未保存的修改，关闭后将丢失。确定关闭？</source>
        <translation>There are unsaved changes, which are lost on closing. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="400"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="400"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="436"/>
        <source>已生成 {0}</source>
        <translation>Created {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="441"/>
        <source>正在生成 {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
</context>
<context>
    <name>SpotChecksPage</name>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="82"/>
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="83"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="84"/>
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="85"/>
        <source>计划与抽取</source>
        <translation>Plans &amp; Draws</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="86"/>
        <source>抽查记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="87"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="89"/>
        <source>新建计划</source>
        <translation>New Plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="90"/>
        <source>查找抽查记录</source>
        <translation>Find Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotchecks.py" line="91"/>
        <source>导出公开名单</source>
        <translation>Export Public List</translation>
    </message>
</context>
<context>
    <name>SpotcheckStatsView</name>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="316"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="318"/>
        <source>正在统计抽查合格率…</source>
        <translation>Counting spot-check pass rates…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="343"/>
        <location filename="../../ui/pages/spotcheck_stats.py" line="440"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="345"/>
        <location filename="../../ui/pages/spotcheck_stats.py" line="442"/>
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="372"/>
        <source>判定 {0} 批次 · 合格 {1} · 不合格 {2}</source>
        <translation>{0} batches judged · {1} passed · {2} failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="379"/>
        <location filename="../../ui/pages/spotcheck_stats.py" line="447"/>
        <source>没有已判定的抽查结果</source>
        <translation>No judged spot-check results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="380"/>
        <source>未打开数据库</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="386"/>
        <source>目标 {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="395"/>
        <source>{0}
合格率 {1}
判定 {2} 批次：合格 {3}，不合格 {4}</source>
        <translation>{0}
Pass rate {1}
{2} batches judged: {3} passed, {4} failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="412"/>
        <location filename="../../ui/pages/spotcheck_stats.py" line="438"/>
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="413"/>
        <location filename="../../ui/pages/spotcheck_stats.py" line="438"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="414"/>
        <location filename="../../ui/pages/spotcheck_stats.py" line="438"/>
        <source>产品类别</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="415"/>
        <location filename="../../ui/pages/spotcheck_stats.py" line="436"/>
        <location filename="../../ui/pages/spotcheck_stats.py" line="438"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="420"/>
        <source>（未关联乡镇）</source>
        <translation>(no township)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="421"/>
        <source>（未关联企业或未填行业）</source>
        <translation>(no enterprise or no industry)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="422"/>
        <source>（未分类）</source>
        <translation>(uncategorised)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="428"/>
        <source>各乡镇/街道合格率</source>
        <translation>Pass rate by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="429"/>
        <source>各行业合格率</source>
        <translation>Pass rate by industry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="430"/>
        <source>各产品类别合格率</source>
        <translation>Pass rate by product category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="431"/>
        <source>历年合格率</source>
        <translation>Pass rate by year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="435"/>
        <source>（括号内为抽查批次）</source>
        <translation> (batches checked in brackets)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="437"/>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="443"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="444"/>
        <source>把合格率表和不合格项目排行导出为 .xlsx</source>
        <translation>Export the pass-rate table and the failed-item ranking as .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="445"/>
        <source>合格率明细</source>
        <translation>Pass rates in detail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="446"/>
        <source>不合格项目排行（前 {0} 项）</source>
        <translation>Most frequent failed items (top {0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats.py" line="448"/>
        <source>合格率图</source>
        <translation>Pass rate chart</translation>
    </message>
</context>
<context>
    <name>StatsExport</name>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="28"/>
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="30"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="32"/>
        <source>抽查合格率-{0}-{1}.xlsx</source>
        <translation>Spot-check pass rates-{0}-{1}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="35"/>
        <source>导出统计</source>
        <translation>Export Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="35"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="49"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="52"/>
        <source>合格率</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="53"/>
        <source>监督抽查合格率 · {0} · 按{1}</source>
        <translation>Spot-check pass rates · {0} · by {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="55"/>
        <source>不合格项目</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="56"/>
        <source>不合格项目排行 · {0}</source>
        <translation>Failed-item ranking · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="77"/>
        <source>统计表已导出到 {0}</source>
        <translation>Statistics exported to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/spotcheck_stats_export.py" line="80"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="121"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="122"/>
        <source>检查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="123"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="124"/>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="125"/>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="126"/>
        <source>抽样状态</source>
        <translation>Sampling state</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="143"/>
        <source>已撤回</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/workers.py" line="103"/>
        <source>请稍候</source>
        <translation>Please Wait</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="108"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TownshipCountsModel</name>
    <message>
        <location filename="../../ui/models/dashboard.py" line="35"/>
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="35"/>
        <source>企业数</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="35"/>
        <source>其中个体工商户</source>
        <translation>Of which individual</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="37"/>
        <source>规模以上企业</source>
        <translation>Above designated size</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="43"/>
        <source>{0}（已停用）</source>
        <translation>{0} (inactive)</translation>
    </message>
</context>
<context>
    <name>modal</name>
    <message>
        <location filename="../../ui/modal.py" line="15"/>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/modal.py" line="19"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/modal.py" line="26"/>
        <source>请确认</source>
        <translation>Please Confirm</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="../../ui/registry_text.py" line="18"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="19"/>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="20"/>
        <source>农民专业合作社</source>
        <translation>Farmers&apos; cooperative</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="21"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="27"/>
        <source>规上</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="28"/>
        <source>规下</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="34"/>
        <source>存续</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="35"/>
        <source>注销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="36"/>
        <source>吊销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="37"/>
        <source>停业</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="43"/>
        <source>国家标准</source>
        <translation>National standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="44"/>
        <source>行业标准</source>
        <translation>Industry standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="45"/>
        <source>地方标准</source>
        <translation>Local standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="46"/>
        <source>团体标准</source>
        <translation>Group standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="47"/>
        <source>企业标准</source>
        <translation>Enterprise standard</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="48"/>
        <source>计量规程</source>
        <translation>Metrology regulation</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="49"/>
        <source>未识别</source>
        <translation>Unrecognised</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="55"/>
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="56"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="57"/>
        <source>校验位保留理由</source>
        <translation>Reason to keep the check character</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="58"/>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="59"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="60"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="61"/>
        <source>规模</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="62"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="63"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="64"/>
        <source>首席质量官</source>
        <translation>Chief quality officer</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="65"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="66"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="67"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="68"/>
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="69"/>
        <source>重点用能单位</source>
        <translation>Key energy user</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="70"/>
        <source>龙头企业</source>
        <translation>Leading enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="71"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="101"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="102"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="103"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="115"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>spotcheck_editor</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="73"/>
        <source>抽样状态</source>
        <translation>Sampling state</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="74"/>
        <source>抽样日期</source>
        <translation>Sampling date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="75"/>
        <source>抽样单编号</source>
        <translation>Sample no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="76"/>
        <source>产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="77"/>
        <source>产品类别</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="78"/>
        <source>商标</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="79"/>
        <source>规格型号</source>
        <translation>Spec/model</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="80"/>
        <source>生产日期/批号</source>
        <translation>Production date/batch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="81"/>
        <source>检验样品数量</source>
        <translation>Test quantity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="82"/>
        <source>备用样品数量</source>
        <translation>Reserve quantity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="83"/>
        <source>执行标准</source>
        <translation>Declared standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="84"/>
        <source>标称生产者</source>
        <translation>Labelled producer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="85"/>
        <source>抽样人员</source>
        <translation>Samplers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="86"/>
        <source>报告编号</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_editor.py" line="87"/>
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
</context>
<context>
    <name>spotcheck_followup</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="43"/>
        <source>送达检验结论</source>
        <translation>Result served</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="44"/>
        <source>提出异议</source>
        <translation>Objection filed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="45"/>
        <source>复检</source>
        <translation>Re-test</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="46"/>
        <source>责令改正</source>
        <translation>Correction ordered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="47"/>
        <source>整改复查</source>
        <translation>Recheck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="48"/>
        <source>公告</source>
        <translation>Announced</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="49"/>
        <source>再次复查</source>
        <translation>Second recheck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_followup.py" line="50"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>spotcheck_items</name>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="47"/>
        <source>检验项目</source>
        <translation>Test item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="48"/>
        <source>标准条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="49"/>
        <source>标准要求</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="50"/>
        <source>实测值</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="51"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="52"/>
        <source>判定</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="53"/>
        <source>重要程度</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="60"/>
        <source>合格</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="62"/>
        <source>不合格</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="178"/>
        <source>重要程度“{0}”不对，应为 A 或 B。</source>
        <translation>Class “{0}” is wrong: use A or B.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="183"/>
        <source>缺少检验项目名称。</source>
        <translation>The test item has no name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/spotcheck_items.py" line="225"/>
        <source>第 {0} 行【{1}】{2}</source>
        <translation>Row {0} [{1}] {2}</translation>
    </message>
</context>
<context>
    <name>spotchecks</name>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="56"/>
        <source>已逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="59"/>
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../ui/models/spotchecks.py" line="59"/>
        <source>还剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
</context>
</TS>
