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
        <location filename="../../ui/pages/dashboard.py" line="118"/>
        <source>未打开数据库。请用“文件 → 打开数据库…”或“新建数据库…”。</source>
        <translation>No database is open. Use “File → Open Database…” or “New Database…”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="123"/>
        <source>其中企业 {0} · 合作社 {1} · 其他 {2}</source>
        <translation>Enterprises {0} · cooperatives {1} · other {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="127"/>
        <source>已计入企业总数</source>
        <translation>Included in the total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="128"/>
        <source>成员单位 {0} 个</source>
        <translation>{0} member units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="129"/>
        <source>在册产品</source>
        <translation>Registered products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="130"/>
        <source>产品执行的标准</source>
        <translation>Standards the products follow</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="132"/>
        <source>{0} · 共 {1} 个乡镇/街道 · 数据变更记录 {2} 条</source>
        <translation>{0} · {1} townships · {2} change records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="133"/>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="138"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="139"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="140"/>
        <source>重新统计（F5）</source>
        <translation>Count again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="142"/>
        <source>企业总数</source>
        <translation>Enterprises in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="143"/>
        <source>个体工商户</source>
        <translation>Individual businesses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="144"/>
        <source>乡镇/街道</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="145"/>
        <source>产品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="146"/>
        <source>执行标准</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="150"/>
        <source>各乡镇/街道企业数</source>
        <translation>Enterprises by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="151"/>
        <source>主体类型构成</source>
        <translation>By kind of business</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="145"/>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="146"/>
        <source>产品与标准</source>
        <translation>Products &amp; Standards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="147"/>
        <source>认证许可</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="148"/>
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="149"/>
        <source>品牌奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="150"/>
        <source>信用</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="151"/>
        <source>变更记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="156"/>
        <source>暂无（该模块尚在开发中）</source>
        <translation>Nothing yet (this module is still being developed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="157"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="159"/>
        <source>产品 / 执行标准</source>
        <translation>Product / standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="159"/>
        <source>规范编号</source>
        <translation>Normalised number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="159"/>
        <source>标准类别</source>
        <translation>Kind of standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="159"/>
        <source>采标</source>
        <translation>Adopts international</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="159"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="161"/>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="163"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="163"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="163"/>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="164"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="182"/>
        <source>找不到该企业</source>
        <translation>Enterprise not found</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="188"/>
        <source>未填信用代码</source>
        <translation>No credit code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="190"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="204"/>
        <source>共 {0} 个产品</source>
        <translation>{0} products</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="205"/>
        <source>暂无产品记录</source>
        <translation>No products recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="211"/>
        <source>{0}（已废止）</source>
        <translation>{0} (superseded)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="212"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="225"/>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="229"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="237"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_detail.py" line="238"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="223"/>
        <source>新增企业</source>
        <translation>New Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="223"/>
        <source>编辑企业</source>
        <translation>Edit Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="224"/>
        <source>保留理由</source>
        <translation>Reason to keep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="225"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="228"/>
        <source>打开该企业</source>
        <translation>Open that enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="229"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="230"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="231"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="232"/>
        <source>18 位，可暂不填</source>
        <translation>18 characters; may be left empty for now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="233"/>
        <source>例如：已核对营业执照原件</source>
        <translation>e.g. checked against the original licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="234"/>
        <source>YYYY-MM-DD，可不填</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="235"/>
        <source>代码或名称，如 C13 或 食品制造业</source>
        <translation>Code or name, e.g. C13 or 食品制造业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="256"/>
        <source>{0}（已停用）</source>
        <translation>{0} (deactivated)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="276"/>
        <source>编辑“{0}”</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="342"/>
        <source>名称相近：{0}。请确认不是同一家。</source>
        <translation>Similar names: {0}. Make sure it is not the same enterprise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="366"/>
        <source>已存在：{0}（{1}）</source>
        <translation>Already registered: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="375"/>
        <source>有 {0} 处需要改正，改正后才能保存。</source>
        <translation>{0} problems to fix before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_form.py" line="378"/>
        <source>有 {0} 条提醒，核对后可以保存。</source>
        <translation>{0} notes to check; saving is allowed.</translation>
    </message>
</context>
<context>
    <name>EnterprisesModel</name>
    <message>
        <location filename="../../ui/models/enterprises.py" line="124"/>
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="125"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="126"/>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="127"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="128"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="129"/>
        <source>规模</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="130"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="131"/>
        <source>认证</source>
        <translation>Certs</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="132"/>
        <source>抽查不合格</source>
        <translation>Failed checks</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="144"/>
        <source>点击按此列排序，再点一次倒序</source>
        <translation>Click to sort by this column; click again to reverse</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="149"/>
        <source>认证许可模块尚未启用</source>
        <translation>The certifications module is not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="151"/>
        <source>监督抽查模块尚未启用</source>
        <translation>The spot-check module is not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="166"/>
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="205"/>
        <source>{0}（已停用）</source>
        <translation>{0} (deactivated)</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="211"/>
        <source>校验位已核：{0}</source>
        <translation>Check character verified: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="214"/>
        <source>未填统一社会信用代码</source>
        <translation>No unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprises.py" line="218"/>
        <source>已停用：勾选“含已停用”时才列出，可恢复</source>
        <translation>Deactivated: listed only with “Include deactivated”; can be restored</translation>
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
        <location filename="../../ui/models/dashboard.py" line="80"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="80"/>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="82"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="84"/>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="85"/>
        <source>个体工商户</source>
        <translation>Individual businesses</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="86"/>
        <source>农民专业合作社</source>
        <translation>Farmers&apos; cooperatives</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="87"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>站点：{0}</source>
        <translation>Station: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>用户：{0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>{0}（本机）</source>
        <translation>{0} (this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>操作以内置用户“gui”记入审计日志</source>
        <translation>Actions are recorded in the audit trail as the built-in user “gui”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>未打开</source>
        <translation>none open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>质量监管工作台</source>
        <translation>QSupervise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>认证许可</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>品牌与奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>责任书与考核</source>
        <translation>Letters &amp; Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>数据交换</source>
        <translation>Data Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>打开数据库…</source>
        <translation>Open Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>新建数据库…</source>
        <translation>New Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
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
        <location filename="../../ui/pages/registry_actions.py" line="114"/>
        <source>已新增“{0}”。</source>
        <translation>Added “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="125"/>
        <source>已保存“{0}”。</source>
        <translation>Saved “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="135"/>
        <source>一次最多停用或恢复 {0} 家企业，请缩小选择范围。</source>
        <translation>At most {0} enterprises can be deactivated or restored at once; select fewer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="143"/>
        <source>停用“{0}”？停用后不再列出（勾选“含已停用”可见），记录和历史保留，可随时恢复。</source>
        <translation>Deactivate “{0}”? It is no longer listed (tick “Include deactivated” to see it); the record and its history are kept and it can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="147"/>
        <source>停用选中的 {0} 家企业？停用后不再列出，记录和变更历史保留，可随时恢复。</source>
        <translation>Deactivate the {0} selected enterprises? They are no longer listed; records and history are kept and they can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="167"/>
        <source>{0} 家企业</source>
        <translation>{0} enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="168"/>
        <source>已恢复 {0}。</source>
        <translation>Restored {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="168"/>
        <source>已停用 {0}。</source>
        <translation>Deactivated {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="202"/>
        <source>已导出 {0} 家企业到 {1}</source>
        <translation>Exported {0} enterprises to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry_actions.py" line="205"/>
        <source>正在导出企业名录…</source>
        <translation>Exporting the enterprise list…</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="165"/>
        <location filename="../../ui/pages/registry.py" line="347"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="208"/>
        <location filename="../../ui/pages/registry.py" line="212"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="212"/>
        <location filename="../../ui/pages/registry.py" line="215"/>
        <source>未打开数据库</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="212"/>
        <location filename="../../ui/pages/registry.py" line="217"/>
        <source>共 {0} 家</source>
        <translation>{0} in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="311"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="311"/>
        <location filename="../../ui/pages/registry.py" line="325"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="321"/>
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="323"/>
        <location filename="../../ui/pages/registry.py" line="336"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="323"/>
        <source>新增企业（Ctrl+N）</source>
        <translation>New enterprise (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="324"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="324"/>
        <source>编辑选中的企业；回车或双击查看详情</source>
        <translation>Edit the selected enterprise; Enter or double-click shows its details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="325"/>
        <source>停用后不再列出，记录和历史保留，可随时恢复</source>
        <translation>Deactivated enterprises are no longer listed; records and history are kept and can be restored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="326"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="326"/>
        <source>从 Excel 或 CSV 导入企业名录</source>
        <translation>Import an enterprise list from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="327"/>
        <location filename="../../ui/pages/registry.py" line="338"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="327"/>
        <source>把当前列表导出为 Excel 或 CSV（Ctrl+E）</source>
        <translation>Export the list as shown to Excel or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="328"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="328"/>
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="334"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="335"/>
        <source>查看详情</source>
        <translation>Show Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="337"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="342"/>
        <source>名称、拼音首字母或信用代码</source>
        <translation>Name, pinyin initials or credit code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="343"/>
        <source>边输入边筛选（Ctrl+F）</source>
        <translation>Filters as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="348"/>
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="349"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="350"/>
        <source>全部规模</source>
        <translation>All scales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="351"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="354"/>
        <source>含已停用</source>
        <translation>Include deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registry.py" line="355"/>
        <source>同时列出已停用（软删除）的企业，可选中后恢复</source>
        <translation>Also list deactivated (soft-deleted) enterprises, which can then be restored</translation>
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
    <name>Task</name>
    <message>
        <location filename="../../ui/workers.py" line="95"/>
        <source>请稍候</source>
        <translation>Please Wait</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="100"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TownshipCountsModel</name>
    <message>
        <location filename="../../ui/models/dashboard.py" line="30"/>
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="30"/>
        <source>企业数</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="30"/>
        <source>其中个体工商户</source>
        <translation>Of which individual</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="32"/>
        <source>规模以上企业</source>
        <translation>Above designated size</translation>
    </message>
    <message>
        <location filename="../../ui/models/dashboard.py" line="38"/>
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
        <location filename="../../ui/registry_text.py" line="85"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="86"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="87"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/registry_text.py" line="99"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
</context>
</TS>
