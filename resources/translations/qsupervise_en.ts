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
        <location filename="../../ui/dialogs/about.py" line="35"/>
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
        <location filename="../../ui/dialogs/crash.py" line="17"/>
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
        <location filename="../../ui/pages/dashboard.py" line="115"/>
        <source>未打开数据库。请用“文件 → 打开数据库…”或“新建数据库…”。</source>
        <translation>No database is open. Use “File → Open Database…” or “New Database…”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="120"/>
        <source>其中企业 {0} · 合作社 {1} · 其他 {2}</source>
        <translation>Enterprises {0} · cooperatives {1} · other {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="124"/>
        <source>已计入企业总数</source>
        <translation>Included in the total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="125"/>
        <source>成员单位 {0} 个</source>
        <translation>{0} member units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="126"/>
        <source>在册产品</source>
        <translation>Registered products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="127"/>
        <source>产品执行的标准</source>
        <translation>Standards the products follow</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="129"/>
        <source>{0} · 共 {1} 个乡镇/街道 · 数据变更记录 {2} 条</source>
        <translation>{0} · {1} townships · {2} change records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="130"/>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="135"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="136"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="137"/>
        <source>重新统计（F5）</source>
        <translation>Count again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="139"/>
        <source>企业总数</source>
        <translation>Enterprises in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="140"/>
        <source>个体工商户</source>
        <translation>Individual businesses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="141"/>
        <source>乡镇/街道</source>
        <translation>Townships</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="142"/>
        <source>产品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="143"/>
        <source>执行标准</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="147"/>
        <source>各乡镇/街道企业数</source>
        <translation>Enterprises by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="148"/>
        <source>主体类型构成</source>
        <translation>By kind of business</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="34"/>
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
        <location filename="../../ui/file_actions.py" line="118"/>
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
        <location filename="../../ui/models/dashboard.py" line="80"/>
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
        <location filename="../../ui/main_window.py" line="171"/>
        <source>站点：{0}</source>
        <translation>Station: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>用户：{0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>{0}（本机）</source>
        <translation>{0} (this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>操作以内置用户“gui”记入审计日志</source>
        <translation>Actions are recorded in the audit trail as the built-in user “gui”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>未打开</source>
        <translation>none open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>质量监管工作台</source>
        <translation>QSupervise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>企业档案</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>监督抽查</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>认证许可</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>品牌与奖项</source>
        <translation>Brands &amp; Awards</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>责任书与考核</source>
        <translation>Letters &amp; Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>数据交换</source>
        <translation>Data Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>打开数据库…</source>
        <translation>Open Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>新建数据库…</source>
        <translation>New Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
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
        <location filename="../../ui/models/org_units.py" line="31"/>
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
        <location filename="../../ui/models/org_units.py" line="43"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/models/org_units.py" line="62"/>
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
        <location filename="../../ui/models/dashboard.py" line="30"/>
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
</TS>
