<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../app/ui/about.py" />
      <source>About Helix</source>
      <translation>关于 Helix</translation>
    </message>
    <message>
      <location filename="../../app/ui/about.py" />
      <source>Helix {version}
Member registry, listings, matching, contracts and projects of the technology-transfer office.

Database: {database}
Working as: {user}
Python {python}, Qt {qt}, PySide6 {pyside}</source>
      <translation>Helix {version}
技术转移服务机构的会员名录、需求/供给、匹配、合同和项目管理。

数据库：{database}
当前用户：{user}
Python {python}，Qt {qt}，PySide6 {pyside}</translation>
    </message>
    <message>
      <location filename="../../app/ui/about.py" />
      <source>Libraries bundled with Helix and their licences:</source>
      <translation>Helix 随附的软件库及其许可证：</translation>
    </message>
    <message>
      <location filename="../../app/ui/about.py" />
      <source>Library</source>
      <translation>软件库</translation>
    </message>
    <message>
      <location filename="../../app/ui/about.py" />
      <source>Licence</source>
      <translation>许可证</translation>
    </message>
    <message>
      <location filename="../../app/ui/about.py" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
  </context>
  <context>
    <name>AddMilestoneDialog</name>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>A new milestone of project {title}. It goes last in the list.</source>
      <translation>为项目 {title} 添加新的里程碑，它将排在列表末尾。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Add milestone</source>
      <translation>添加里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Deliverable</source>
      <translation>交付成果</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Due on</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Milestone</source>
      <translation>里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Responsible party</source>
      <translation>负责方</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>What is handed over: a report, a sample, software…</source>
      <translation>交付内容：报告、样品、软件…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>e.g. Pilot-scale trial accepted</source>
      <translation>例如：中试通过验收</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>— nobody in particular —</source>
      <translation>— 不指定 —</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Add a user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Add user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Enter a user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Letters, digits, . _ - @; no spaces</source>
      <translation>字母、数字及 . _ - @，不能有空格</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>The user chooses their own password at first sign-in</source>
      <translation>用户首次登录时自行设置密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>e.g. 王芳</source>
      <translation>例如：王芳</translation>
    </message>
  </context>
  <context>
    <name>Alerts</name>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>approved today, not yet issued for signature</source>
      <translation>今天已批准，尚未出具签署版本</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>approved yesterday, not yet issued for signature</source>
      <translation>昨天已批准，尚未出具签署版本</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>approved {days} days ago, not yet issued for signature</source>
      <translation>{days} 天前已批准，尚未出具签署版本</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>due in {days} days</source>
      <translation>{days} 天后到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>due today</source>
      <translation>今天到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>due tomorrow</source>
      <translation>明天到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>expires in {days} days</source>
      <translation>{days} 天后过期</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>expires today</source>
      <translation>今天过期</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>expires tomorrow</source>
      <translation>明天过期</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>interested, nothing heard for {quiet} days</source>
      <translation>已表示意向，{quiet} 天无回音</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>overdue by 1 day</source>
      <translation>已逾期 1 天</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>overdue by {days} days</source>
      <translation>已逾期 {days} 天</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>proposed {days} days ago, no answer</source>
      <translation>已提议 {days} 天，尚无答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>proposed {days} days ago, nothing heard for {quiet} days</source>
      <translation>已提议 {days} 天，已有 {quiet} 天没有消息</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>returned today</source>
      <translation>今天被退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>returned yesterday</source>
      <translation>昨天被退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>returned {days} days ago</source>
      <translation>{days} 天前被退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>submitted for approval today</source>
      <translation>今天提交审批</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>submitted for approval yesterday</source>
      <translation>昨天提交审批</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>submitted for approval {days} days ago</source>
      <translation>{days} 天前提交审批</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>submitted today</source>
      <translation>今天提交</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>submitted yesterday</source>
      <translation>昨天提交</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>submitted {days} days ago</source>
      <translation>{days} 天前提交</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>waiting for {missing} of {total} signatures: {names}</source>
      <translation>等待签名（共 {total} 个，还差 {missing} 个）：{names}</translation>
    </message>
  </context>
  <context>
    <name>AllianceForm</name>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>&amp;Revert</source>
      <translation>撤销(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Add a member to the alliance</source>
      <translation>向联盟添加成员</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Add member…</source>
      <translation>添加成员…</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <location filename="../../app/ui/history_text.py" />
      <source>Description</source>
      <translation>简介</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <location filename="../../app/ui/history_text.py" />
      <source>Ended</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <location filename="../../app/ui/history_text.py" />
      <source>Focus</source>
      <translation>研究方向</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <location filename="../../app/ui/history_text.py" />
      <source>Founded</source>
      <translation>成立日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <location filename="../../app/ui/history_text.py" />
      <source>Lead member</source>
      <translation>牵头单位</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Members</source>
      <translation>成员</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <location filename="../../app/ui/history_text.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>New alliance</source>
      <translation>新建联盟</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>No alliance open</source>
      <translation>未打开联盟</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>No lead member</source>
      <translation>无牵头单位</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>No members yet: add them with Add member…</source>
      <translation>尚无成员：请通过“添加成员…”添加</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Remove member</source>
      <translation>移除成员</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Remove “{member}” from “{alliance}”? The membership is kept in the history.</source>
      <translation>确定将“{member}”移出“{alliance}”吗？该成员关系将保留在历史记录中。</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Role of the selected member</source>
      <translation>所选成员的角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>Save the alliance first, then add its members.</source>
      <translation>请先保存联盟，再添加成员。</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>What the alliance works on</source>
      <translation>联盟的研究方向</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>You can read this alliance but not change it: {user} is signed in as {role}.</source>
      <translation>您可以查看但不能修改此联盟：{user} 以{role}身份登录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>e.g. 长三角新能源汽车产业创新联盟</source>
      <translation>例如：长三角新能源汽车产业创新联盟</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/form.py" />
      <source>the new alliance</source>
      <translation>新联盟</translation>
    </message>
  </context>
  <context>
    <name>AllianceListModel</name>
    <message>
      <location filename="../../app/ui/alliances/model.py" />
      <source>Alliance</source>
      <translation>联盟</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/model.py" />
      <source>Focus</source>
      <translation>研究方向</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/model.py" />
      <source>Lead member</source>
      <translation>牵头单位</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/model.py" />
      <source>Members</source>
      <translation>成员</translation>
    </message>
  </context>
  <context>
    <name>AllianceMembersModel</name>
    <message>
      <location filename="../../app/ui/alliances/model.py" />
      <location filename="../../app/ui/history_text.py" />
      <source>Joined</source>
      <translation>加入日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/model.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/model.py" />
      <location filename="../../app/ui/history_text.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
  </context>
  <context>
    <name>AlliancesScreen</name>
    <message>
      <location filename="../../app/ui/alliances/screen.py" />
      <source>&amp;New alliance</source>
      <translation>新建联盟(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/screen.py" />
      <source>No alliances yet.</source>
      <translation>尚无联盟。</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/screen.py" />
      <source>No alliances yet. Create one with New alliance (Ctrl+N).</source>
      <translation>尚无联盟。请点击“新建联盟”（Ctrl+N）创建。</translation>
    </message>
    <message>
      <location filename="../../app/ui/alliances/screen.py" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
  </context>
  <context>
    <name>AuditScreen</name>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>1 entry</source>
      <translation>1 个条目</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>All records</source>
      <translation>全部记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Checking every entry…</source>
      <translation>正在检查每个条目…</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Recompute the chain of every entry: finds an entry that was changed, removed or inserted after it was written.</source>
      <translation>重新计算每个条目的链：找出写入后被修改、删除或插入的条目。</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Record id (optional)</source>
      <translation>记录编号（可选）</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Records</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Select an entry to see every change it holds.</source>
      <translation>选中一个条目，查看其中包含的全部修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>The audit trail is intact: {count} entries checked.</source>
      <translation>审计日志完好：已检查 {count} 个条目。</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>The audit trail was tampered with: {problem}</source>
      <translation>审计日志已被篡改：{problem}</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>The check could not run. {reason}</source>
      <translation>无法执行检查。{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>The newest {count} entries</source>
      <translation>最新的 {count} 个条目</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>Verify audit trail</source>
      <translation>校验审计日志</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>{count} entries</source>
      <translation>{count} 个条目</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_screen.py" />
      <source>{record} — id {id} — entry {seq} of site {site}</source>
      <translation>{record} — 编号 {id} — 站点 {site} 的第 {seq} 个条目</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source> backups</source>
      <translation> 份备份</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Back up</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Back up the database</source>
      <translation>备份数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Back up the local database every day</source>
      <translation>每天备份本地数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Backed up the database to {file}</source>
      <translation>已将数据库备份到 {file}</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Backing up the database in the background…</source>
      <translation>正在后台备份数据库…</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Backing up {database}…</source>
      <translation>正在备份 {database}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Daily backup saved: {file}</source>
      <translation>每日备份已保存：{file}</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Daily backups are for the local database file; the shared database is backed up on its server. Back up now writes a Helix dump of it.</source>
      <translation>每日备份仅适用于本地数据库文件；共享数据库由其服务器负责备份。点击“立即备份”可将共享数据库导出为 Helix 转储文件。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Helix backups (*.sqlite *.helixdump);;All files (*)</source>
      <translation>Helix 备份 (*.sqlite *.helixdump);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Helix closes now. Start it again to work with the restored database.</source>
      <translation>Helix 即将关闭。请重新启动，以使用恢复后的数据库。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Helix database file (*.sqlite);;Helix dump (*.helixdump)</source>
      <translation>Helix 数据库文件 (*.sqlite);;Helix 转储文件 (*.helixdump)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Helix dump (*.helixdump)</source>
      <translation>Helix 转储文件 (*.helixdump)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>It holds {members} members and {rows} records in all ({size} MB).</source>
      <translation>其中共有 {members} 个会员、{rows} 条记录（{size} MB）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>It was made from {database}.</source>
      <translation>该备份由 {database} 生成。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Keep the newest</source>
      <translation>保留最新的</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Last backup: {when}</source>
      <translation>上次备份：{when}</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Last backup: {when} ({file})</source>
      <translation>上次备份：{when}（{file}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Made on {when}.</source>
      <translation>生成于 {when}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>No backup has been made yet.</source>
      <translation>尚未进行过备份。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Only an administrator can change the backup settings.</source>
      <translation>只有管理员才能更改备份设置。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Replace everything in the database {database} with this backup?

{backup}

Every member, alliance, user and audit entry now in {database} is replaced by the backup's. A safety copy of the database as it is now is saved first in {folder}.</source>
      <translation>确定要用此备份替换数据库 {database} 中的全部内容吗？

{backup}

{database} 中现有的所有会员、联盟、用户和审计条目都将被备份中的内容替换。替换前，会先将数据库当前的安全副本保存到 {folder}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Replace the database</source>
      <translation>替换数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>Restoring {file} into {database}…</source>
      <translation>正在将 {file} 恢复到 {database}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>The backup failed. {reason}</source>
      <translation>备份失败。{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>The daily backup failed: {reason} (details in {log})</source>
      <translation>每日备份失败：{reason}（详情见 {log}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>The database as it was before the restore is saved in {copy}.</source>
      <translation>恢复前的数据库已保存为 {copy}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>The database now carries the identity of the backup's database: do not sync it beside that database as if it were another laptop.</source>
      <translation>该数据库现在使用备份来源数据库的标识：请勿把它当作另一台笔记本电脑，与该来源数据库并行同步。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>The database was backed up to {file}.</source>
      <translation>数据库已备份到 {file}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>The database {database} was restored from {file}.</source>
      <translation>已从 {file} 恢复数据库 {database}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>a Helix dump</source>
      <translation>一个 Helix 转储文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>a database file</source>
      <translation>一个数据库文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/backups.py" />
      <source>{file} is {kind}.</source>
      <translation>{file} 是{kind}。</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Save the catalogue</source>
      <translation>保存目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Trade-fair catalogue</source>
      <translation>展会目录</translation>
    </message>
  </context>
  <context>
    <name>CatalogueDialog</name>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Chinese (中文)</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Demands and supplies</source>
      <translation>需求和供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Demands only</source>
      <translation>仅需求</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Export trade-fair catalogue</source>
      <translation>导出展会目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Fair or event</source>
      <translation>展会或活动</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Listings</source>
      <translation>发布信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Office</source>
      <translation>服务机构</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Supplies only</source>
      <translation>仅供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>The catalogue of {count} listings ({pages} pages) was written to {file}.</source>
      <translation>包含 {count} 条信息的目录（共 {pages} 页）已写入 {file}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>The published listings, by sector, demands and supplies apart, as a PDF to print and hand out. Each listing shows its reference for visitors to quote; anonymous listings are printed without the member's name.</source>
      <translation>将已发布的信息按行业分类、需求与供给分列，生成可打印分发的 PDF。每条信息都显示编号，便于来访者引用；匿名信息不显示会员名称。</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Trade-fair catalogue</source>
      <translation>展会目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>Writing the catalogue…</source>
      <translation>正在生成目录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/catalogue_dialog.py" />
      <source>e.g. China Hi-Tech Fair 2026</source>
      <translation>例如：2026 中国高新技术成果交易会</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>An administrator set a new password for {user}. Choose your own password before you continue.</source>
      <translation>管理员已为 {user} 设置了新密码。请先设置您自己的密码，然后继续。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Change my password</source>
      <translation>修改我的密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Enter your current password.</source>
      <translation>请输入当前密码。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
  </context>
  <context>
    <name>ClausesTab</name>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>(no heading)</source>
      <translation>（无标题）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>A new clause after the one chosen</source>
      <translation>在所选条款之后新增一个条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Add clause</source>
      <translation>添加条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Added to this contract; not from the template.</source>
      <translation>为本合同新增的条款，不是来自模板。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Added to this contract; there is no template text to go back to.</source>
      <translation>为本合同新增的条款，没有可恢复的模板文本。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>As in the template: the text follows the contract's fields when it is saved.</source>
      <translation>与模板一致：保存时文本会根据合同字段自动填写。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Changed from the template's text.</source>
      <translation>已修改模板文本。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Heading</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Heading of clause {n}</source>
      <translation>第 {n} 条的标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Heading, e.g. 保密 / Confidentiality</source>
      <translation>标题，例如：保密</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Put back the template's text of this clause, filled from the contract</source>
      <translation>恢复该条款的模板文本，并用合同内容填写</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Remove clause</source>
      <translation>移除条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Remove clause {n}, “{heading}”, from this contract?</source>
      <translation>确定要从本合同中移除第 {n} 条“{heading}”吗？</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Remove the clause</source>
      <translation>移除该条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>Restore template text</source>
      <translation>恢复模板文本</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>The text was changed from the template's.</source>
      <translation>文本已根据模板修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_clauses.py" />
      <source>This contract has no clauses. Add one to start.</source>
      <translation>本合同尚无条款。请添加一个条款开始起草。</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>Cooperation</source>
      <translation>合作方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>IP status</source>
      <translation>知识产权状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>Sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>TRL</source>
      <translation>技术成熟度</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/compare.py" />
      <source>anonymous</source>
      <translation>匿名</translation>
    </message>
  </context>
  <context>
    <name>CompleteMilestoneDialog</name>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>An acceptance report, a test record (optional)</source>
      <translation>验收报告、测试记录（可选）</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Choose the evidence</source>
      <translation>选择证明文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Confirmed by</source>
      <translation>确认人</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Evidence</source>
      <translation>证明材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Mark milestone done</source>
      <translation>标记里程碑完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>e.g. Samples passed the acceptance test.</source>
      <translation>例如：样品已通过验收测试。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>e.g. the enterprise's project lead</source>
      <translation>例如：企业的项目负责人</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>“{title}”, due on {date}.</source>
      <translation>“{title}”，截止日期 {date}。</translation>
    </message>
  </context>
  <context>
    <name>CompleteProjectDialog</name>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Complete project</source>
      <translation>完成项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Complete project {title}? Contract {number} is then completed too, and the three parties can evaluate the cooperation. Milestones can no longer change.</source>
      <translation>确定要完成项目 {title} 吗？合同 {number} 也将随之履行完毕，三方随后可以对合作进行评价。里程碑将无法再修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Completed on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>e.g. Final acceptance signed by all three parties.</source>
      <translation>例如：三方已签署最终验收。</translation>
    </message>
  </context>
  <context>
    <name>Conflicts</name>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>(deleted)</source>
      <translation>（已删除）</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Changed on both sides</source>
      <translation>两边都已修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Resolved: kept A</source>
      <translation>已解决：保留 A</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Resolved: merged</source>
      <translation>已解决：已合并</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Resolved: took B</source>
      <translation>已解决：采用 B</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Same value on two records</source>
      <translation>两条记录使用了相同的值</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Version A (in the data now)</source>
      <translation>版本 A（当前数据）</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>Version B</source>
      <translation>版本 B</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_model.py" />
      <source>on site {site}</source>
      <translation>站点 {site}</translation>
    </message>
  </context>
  <context>
    <name>ConflictsLink</name>
    <message>
      <location filename="../../app/ui/sync/home_link.py" />
      <source>1 sync conflict to resolve</source>
      <translation>1 个同步冲突待处理</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/home_link.py" />
      <source>Open the Conflicts screen</source>
      <translation>打开“冲突”界面</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/home_link.py" />
      <source>{count} sync conflicts to resolve</source>
      <translation>{count} 个同步冲突待处理</translation>
    </message>
  </context>
  <context>
    <name>ConflictsScreen</name>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>1 conflict to resolve</source>
      <translation>1 个冲突待处理</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Keep A</source>
      <translation>保留 A</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Keep the values ticked in each row</source>
      <translation>保留每一行中勾选的值</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Keep version A, the one in the data now</source>
      <translation>保留版本 A，即当前数据中的版本</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>No conflicts to resolve.</source>
      <translation>没有待处理的冲突。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>No conflicts. When a sync finds a record changed both here and on the other side, both versions are kept and shown here for you to choose.</source>
      <translation>没有冲突。同步时如果发现某条记录在本地和另一方都被修改过，两个版本都会保留，并显示在这里供您选择。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>One side deleted the record: keep A or take B as a whole. Taking the side that kept it brings the record back.</source>
      <translation>一方删除了该记录：请整体保留 A 或采用 B。采用保留了该记录的一方，即可恢复该记录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Replace it with version B</source>
      <translation>用版本 B 替换</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Save merge</source>
      <translation>保存合并</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Select a conflict to compare its two versions field by field.</source>
      <translation>选中一个冲突，可逐字段比较其两个版本。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Show resolved too</source>
      <translation>同时显示已解决的</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Take B</source>
      <translation>采用 B</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Tick the value to keep in each row and press Save merge, or keep one version whole. The fields not listed are the same in both versions.</source>
      <translation>请在每一行勾选要保留的值，然后点击“保存合并”；也可以整体保留其中一个版本。未列出的字段在两个版本中相同。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Version A (in the data now): {side}</source>
      <translation>版本 A（当前数据）：{side}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Version B: {side}</source>
      <translation>版本 B：{side}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>You are signed in as {role}: you can read conflicts but not resolve them.</source>
      <translation>您当前以{role}身份登录：可以查看冲突，但不能处理。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>Your role may read conflicts but not resolve them.</source>
      <translation>您的角色可以查看冲突，但不能处理。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>here</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>on the shared database</source>
      <translation>共享数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>{count} conflicts to resolve</source>
      <translation>{count} 个冲突待处理</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>{record}: kept version A.</source>
      <translation>{record}：已保留版本 A。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>{record}: saved the merge.</source>
      <translation>{record}：已保存合并结果。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>{record}: took version B.</source>
      <translation>{record}：已采用版本 B。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_screen.py" />
      <source>{status} by {who} on {when}.</source>
      <translation>{status}（{who}，{when}）。</translation>
    </message>
  </context>
  <context>
    <name>ContactsEditor</name>
    <message>
      <location filename="../../app/ui/registry/contacts.py" />
      <source>Add contact</source>
      <translation>添加联系人</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/contacts.py" />
      <source>Remove contact</source>
      <translation>移除联系人</translation>
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/contacts.py" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/contacts.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/contacts.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/contacts.py" />
      <source>Title</source>
      <translation>职务</translation>
    </message>
  </context>
  <context>
    <name>ContractEditor</name>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Arbitration</source>
      <translation>仲裁</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Clauses</source>
      <translation>条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Court proceedings</source>
      <translation>诉讼</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Parties</source>
      <translation>当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Payment schedule</source>
      <translation>付款计划</translation>
    </message>
  </context>
  <context>
    <name>ContractForm</name>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>&amp;Approve</source>
      <translation>批准(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>&amp;Revert</source>
      <translation>撤销(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>(no title)</source>
      <translation>（无标题）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Approve</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Approve contract</source>
      <translation>批准合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Approve contract {number}? It can then be issued for signature.</source>
      <translation>确定要批准合同 {number} 吗？批准后即可出具签署版本。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Approved. Issue the PDF for signature on the Signature tab.</source>
      <translation>已批准。请在“签署”选项卡中出具签署版本的 PDF。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>C&amp;hange contract…</source>
      <translation>修改合同(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Change an approved contract; it then needs review again</source>
      <translation>修改已批准的合同；修改后需重新审核</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Change contract</source>
      <translation>修改合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Change it</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Check the contract, then approve it or return it to the clerk.</source>
      <translation>请检查合同，然后批准或退回经办人。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Choose a contract in the list, or start one with New contract…</source>
      <translation>请在列表中选择一份合同，或点击“新建合同…”开始起草。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Contract {number} is {status}. Changing it sends it back to draft: it must be reviewed and approved again, and the PDF issued for signature (with any signatures recorded on it) becomes void. Change it?</source>
      <translation>合同 {number} 当前状态为“{status}”。修改后合同将退回草稿：必须重新审核和批准，已出具的签署版本 PDF（及其上已登记的签名）将作废。确定要修改吗？</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Hand the contract to a supervisor, who approves it or returns it</source>
      <translation>将合同交给主管，由主管批准或退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Issued for signature. Record each party's signature on the Signature tab.</source>
      <translation>已出具签署版本。请在“签署”选项卡中登记各方的签名。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Log</source>
      <translation>日志</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Not saved: correct what is marked in red, then save again.</source>
      <translation>未保存：请更正标为红色的内容后再保存。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Open project</source>
      <translation>打开项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Return to &amp;clerk…</source>
      <translation>退回经办人(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Returned by the supervisor: {comments}
Correct it, then submit it again.</source>
      <translation>主管已退回：{comments}
请更正后重新提交。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Revisions</source>
      <translation>修订</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Save the contract as a new revision (Ctrl+S)</source>
      <translation>将合同保存为新的修订版（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Send the contract back with comments on what to change</source>
      <translation>附意见退回合同，说明需要修改的内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Signature</source>
      <translation>签署</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Su&amp;bmit for review</source>
      <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>The contract is right: it can be issued for signature</source>
      <translation>合同无误：可以出具签署版本</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>The contract was not saved: correct what is marked in red, then save again.</source>
      <translation>合同未保存：请更正标为红色的内容后再保存。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>The contract was not submitted: correct what is marked in red, save, then submit it again.</source>
      <translation>合同未提交：请更正标为红色的内容并保存，然后重新提交。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>The project this contract started, on the Projects screen</source>
      <translation>由本合同启动的项目（在“项目”界面中）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Undo the changes not yet saved</source>
      <translation>撤销尚未保存的修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Waiting for a supervisor to approve it or return it.</source>
      <translation>等待主管批准或退回。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>You are changing an approved contract. Saving sends it back to draft: it needs review again, and the PDF issued for signature becomes void.</source>
      <translation>您正在修改已批准的合同。保存后合同将退回草稿：需要重新审核，已出具的签署版本 PDF 将作废。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>You may read contracts but not change them.</source>
      <translation>您可以查看合同，但不能修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>contract {number}</source>
      <translation>合同 {number}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>last saved by {user}</source>
      <translation>最后由 {user} 保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>the contract</source>
      <translation>该合同</translation>
    </message>
  </context>
  <context>
    <name>ContractTableModel</name>
    <message>
      <location filename="../../app/ui/contracts/model.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/model.py" />
      <source>Parties</source>
      <translation>当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/model.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/model.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/model.py" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/model.py" />
      <source>Updated</source>
      <translation>更新时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/model.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/model.py" />
      <source>{when} by {user}</source>
      <translation>{when}（{user}）</translation>
    </message>
  </context>
  <context>
    <name>ContractsScreen</name>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>&amp;New contract…</source>
      <translation>新建合同(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>1 contract</source>
      <translation>1 份合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>All but void</source>
      <translation>全部（不含已作废）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>All, including void</source>
      <translation>全部（含已作废）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>Draft a contract from a template (Ctrl+N)</source>
      <translation>根据模板起草合同（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>New contract</source>
      <translation>新建合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>New contract…</source>
      <translation>新建合同…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>No contract matches this search and these filters.</source>
      <translation>没有符合当前搜索和筛选条件的合同。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>Search number, title, subject or party  (Ctrl+F)</source>
      <translation>搜索编号、标题、标的或当事方  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>Search the contracts (Ctrl+F)</source>
      <translation>搜索合同 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>There are no contracts yet.</source>
      <translation>暂无合同。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>There are no contracts yet. Draft one with New contract…, or from an agreed match on the Matches screen.</source>
      <translation>暂无合同。可通过“新建合同…”起草，或在对接界面中根据已达成的对接起草。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/screen.py" />
      <source>{count} contracts</source>
      <translation>{count} 份合同</translation>
    </message>
  </context>
  <context>
    <name>CopyOutDialog</name>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>A copy of this database on this computer, to work on where there is no network (at a trade fair). Back at the office, File ▸ Sync with the shared database… sends what was done on it and receives what changed here meanwhile.</source>
      <translation>在本机上保存此数据库的副本，以便在没有网络的地方（如展会上）工作。回到办公室后，通过“文件 ▸ 与共享数据库同步…”发送在副本上所做的修改，并接收这期间此处的修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>A member in any of them comes with its contacts, listings, matches, contracts and projects, and the records those depend on.</source>
      <translation>其中任一范围内的会员，都会连同其联系人、需求/供给、对接、合同、项目以及这些数据所依赖的记录一起复制。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>A part: the members of the regions, sectors or alliances ticked below</source>
      <translation>部分：下方勾选的地区、行业或联盟中的会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Alliances</source>
      <translation>联盟</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Choose the file for the copy.</source>
      <translation>请选择副本文件。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Copied {count} records to {file}.</source>
      <translation>已将 {count} 条记录复制到 {file}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Everything</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Helix database (*.sqlite);;All files (*)</source>
      <translation>Helix 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Helix will open the copy {file} the next time it starts. Quit Helix and start it again to work on the copy.</source>
      <translation>Helix 下次启动时将打开副本 {file}。请退出并重新启动 Helix，以便在副本上工作。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Its number series is {series}: contract numbers and listing references made on the copy carry it.</source>
      <translation>其编号系列为 {series}：在副本上生成的合同编号和信息编号都会带有该系列。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Make a local copy for offline work</source>
      <translation>制作本地副本以便离线工作</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Make the copy</source>
      <translation>制作副本</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Number series</source>
      <translation>编号系列</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Optional, e.g. FAIR1</source>
      <translation>可选，例如 FAIR1</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Regions</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>That is the database Helix has open; choose another file.</source>
      <translation>这是 Helix 当前打开的数据库，请选择其他文件。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>The copy</source>
      <translation>副本</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>The copy was stopped; the file is as it was.</source>
      <translation>已停止复制，文件保持不变。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>The copy {file} was made again: {count} records.</source>
      <translation>已重新制作副本 {file}：{count} 条记录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>The local copy's file</source>
      <translation>本地副本文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>This file exists: it is made again as a fresh copy (it must have no changes left to sync).</source>
      <translation>该文件已存在：将重新制作为全新的副本（该文件中不得有尚未同步的修改）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Tick at least one region, sector or alliance, or choose Everything.</source>
      <translation>请至少勾选一个地区、行业或联盟，或选择“全部”。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>To work on the copy, Helix must open it instead of this database, which takes a restart: press “Work on the copy from the next start”, then quit Helix and start it again. Settings ▸ Database brings you back to this database.</source>
      <translation>要在副本上工作，Helix 必须打开副本而不是此数据库，这需要重新启动：请点击“下次启动时在副本上工作”，然后退出并重新启动 Helix。通过“设置 ▸ 数据库”可以回到此数据库。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Up to six letters and digits. The series goes into contract numbers and listing references made on the copy, so that they never collide with the office's. Left empty, Helix makes one.</source>
      <translation>最多六个字母和数字。该系列会加入在副本上生成的合同编号和信息编号中，以免与服务机构的编号重复。留空时由 Helix 自动生成。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>What to copy</source>
      <translation>复制范围</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Work on the copy from the next start</source>
      <translation>下次启动时在副本上工作</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/copy_dialog.py" />
      <source>Your role may not make local copies.</source>
      <translation>您的角色无权制作本地副本。</translation>
    </message>
  </context>
  <context>
    <name>Counter</name>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>{length} / {limit}: {over} too many</source>
      <translation>{length} / {limit}：超出 {over} 字</translation>
    </message>
  </context>
  <context>
    <name>DatabasePasswordDialog</name>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Connect</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Kept by Windows' Credential Manager (or your desktop's keyring), not by Helix.</source>
      <translation>由 Windows 凭据管理器（或桌面系统的密钥环）保存，而非由 Helix 保存。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Password for the shared database</source>
      <translation>共享数据库的密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Remember it in the system keyring</source>
      <translation>保存在系统密钥环中</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>The database server asks for the password of {url}.</source>
      <translation>数据库服务器要求输入 {url} 的密码。</translation>
    </message>
  </context>
  <context>
    <name>DeclineDialog</name>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Declined by</source>
      <translation>拒绝方</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>More about it (needed for Other)</source>
      <translation>补充说明（选择“其他”时必填）</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Who declined “{title}”, and why?</source>
      <translation>谁拒绝了“{title}”？原因是什么？</translation>
    </message>
  </context>
  <context>
    <name>DetailsTab</name>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source> years</source>
      <translation> 年</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Arbitration commission</source>
      <translation>仲裁委员会</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Confidentiality</source>
      <translation>保密</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Court</source>
      <translation>法院</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Disputes go to</source>
      <translation>争议提交至</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Governing law</source>
      <translation>适用法律</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>How the parties bear the risk of failure</source>
      <translation>各方如何分担失败风险</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>IP ownership</source>
      <translation>知识产权归属</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Place of signing</source>
      <translation>签订地点</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Risk sharing</source>
      <translation>风险分担</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Subject</source>
      <translation>标的</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Term</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Terms</source>
      <translation>主要条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>The contract</source>
      <translation>合同基本信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>The technology or service, e.g. 固态锂电池电解质制备技术</source>
      <translation>技术或服务，例如：固态锂电池电解质制备技术</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>Who owns the patents and results, e.g. 专利权归乙方所有。</source>
      <translation>专利和成果归谁所有，例如：专利权归乙方所有。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>e.g. 中华人民共和国法律</source>
      <translation>例如：中华人民共和国法律</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>e.g. 江苏省苏州市</source>
      <translation>例如：江苏省苏州市</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>e.g. 苏州仲裁委员会</source>
      <translation>例如：苏州仲裁委员会</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>e.g. 苏州市中级人民法院</source>
      <translation>例如：苏州市中级人民法院</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor.py" />
      <source>until</source>
      <translation>至</translation>
    </message>
  </context>
  <context>
    <name>DigitalSignDialog</name>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>Choose the signer's certificate</source>
      <translation>选择签署人的证书</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>PKCS#12 certificates (*.p12 *.pfx)</source>
      <translation>PKCS#12 证书 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>Sign digitally</source>
      <translation>数字签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>The signature is added to the PDF in this party's signature box. Signatures made before stay valid: the file is extended, never rewritten.</source>
      <translation>签名将添加到 PDF 中该当事方的签名栏。此前的签名仍然有效：文件只会追加内容，不会被改写。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>The signer's certificate file (.p12 or .pfx)</source>
      <translation>签署人的证书文件（.p12 或 .pfx）</translation>
    </message>
  </context>
  <context>
    <name>DismissDialog</name>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>More about it (needed for Other)</source>
      <translation>补充说明（选择“其他”时必填）</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Not relevant</source>
      <translation>不相关</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Why is “{title}” not worth proposing? It will not be suggested again.</source>
      <translation>为什么“{title}”不值得提议？此后将不再推荐。</translation>
    </message>
  </context>
  <context>
    <name>DuplicateWarningDialog</name>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>Create anyway</source>
      <translation>仍然创建</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>Open selected</source>
      <translation>打开所选</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>Possible duplicate</source>
      <translation>可能重复</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>Registration code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>Similarity</source>
      <translation>相似度</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>Why</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>same registration code</source>
      <translation>统一社会信用代码相同</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>similar name</source>
      <translation>名称相似</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/duplicates.py" />
      <source>“{name}” may already be registered. Open the existing member instead (what you typed for the new one is then discarded), or create it anyway if it is a different organisation.</source>
      <translation>“{name}”可能已经登记。您可以改为打开已有会员（为新会员输入的内容将被放弃）；如果是不同的单位，也可以仍然创建。</translation>
    </message>
  </context>
  <context>
    <name>EditMilestoneDialog</name>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Correct “{title}”, due on {date}. To change the date, use Move…, which keeps the reason.</source>
      <translation>修改“{title}”（截止日期 {date}）。如需改期，请使用“调整…”，调整原因会被保存。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Edit milestone</source>
      <translation>修改里程碑</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>Add entry to the project log</source>
      <translation>添加项目日志条目</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>No problem is open; a resolution names an open problem.</source>
      <translation>当前没有未解决的问题；解决记录必须对应一个未解决的问题。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>Reported by</source>
      <translation>报告人</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>Resolves</source>
      <translation>解决的问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>The project has ended: progress reports and feedback can still be added; problems and their resolutions are recorded while a project runs.</source>
      <translation>项目已结束：仍可添加进展报告和反馈；问题及其解决只能在项目执行期间记录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>What was reported, agreed or decided</source>
      <translation>报告、商定或决定的内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/entry_dialog.py" />
      <source>Who reported it, e.g. 王经理 (project lead)</source>
      <translation>报告人，例如：王经理（项目负责人）</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../app/ui/errors.py" />
      <source>Helix</source>
      <translation>Helix</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" />
      <source>Something went wrong that Helix did not expect. What you were doing may not have been saved. The details are in {log}; please send that file to your administrator.</source>
      <translation>Helix 遇到了意外错误，您刚才的操作可能未能保存。详细信息记录在 {log} 中，请将该文件发送给管理员。</translation>
    </message>
  </context>
  <context>
    <name>EvaluationDialog</name>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>Comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>Evaluated by</source>
      <translation>评价人</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>Evaluation: {side}</source>
      <translation>评价：{side}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>How does the {side} side rate “{title}”? Score each criterion from 1 (poor) to 5 (excellent). Each side evaluates a project once.</source>
      <translation>{side}方对“{title}”的评价如何？请按 1（差）到 5（优秀）为每项标准打分。每一方对一个项目只评价一次。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>What went well, what could be better</source>
      <translation>哪些方面做得好，哪些方面有待改进</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>Who speaks for this side, e.g. 王经理</source>
      <translation>代表该方的人员，例如：王经理</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPanel</name>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>All three sides have evaluated the project: {overall} of 5.</source>
      <translation>三方均已完成对项目的评价：{overall} 分（满分 5 分）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Average</source>
      <translation>平均分</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Choose a project to see its evaluation.</source>
      <translation>请选择一个项目以查看其评价。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Evaluated by</source>
      <translation>评价人</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Loading the evaluations…</source>
      <translation>正在加载评价…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>No side has evaluated the project yet.</source>
      <translation>尚无任何一方评价该项目。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Not evaluated yet</source>
      <translation>尚未评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Overall</source>
      <translation>总评</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Record evaluation…</source>
      <translation>登记评价…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Record the {side} side's scores and comment</source>
      <translation>登记{side}方的评分和意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>Recorded by {user}</source>
      <translation>由 {user} 登记</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>The evaluations could not be read.</source>
      <translation>无法读取评价。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>The three sides evaluate a project once it is completed. This project is still running: when every milestone is done, complete the project, then record each side's evaluation here.</source>
      <translation>项目完成后由三方进行评价。本项目仍在执行中：所有里程碑完成后，请先完成项目，再在此登记各方的评价。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>This project was terminated early; only completed projects are evaluated.</source>
      <translation>本项目已提前终止；只有已完成的项目才进行评价。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>{done} of 3 sides have evaluated the project; waiting for: {missing}.</source>
      <translation>三方中已有 {done} 方完成评价；尚待：{missing}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_panel.py" />
      <source>{evaluator}, {date}</source>
      <translation>{evaluator}，{date}</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Log a meeting, call or note</source>
      <translation>记录会面、电话或备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Meeting</source>
      <translation>会面</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Record interest</source>
      <translation>记录意向</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Side</source>
      <translation>所属方</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Who, what was said, what comes next</source>
      <translation>参与人、谈话内容、下一步安排</translation>
    </message>
  </context>
  <context>
    <name>Expiry</name>
    <message numerus="yes">
      <location filename="../../app/ui/listings/expiry.py" />
      <source>%n listing(s) reached the end of their validity and expired.</source>
      <translation>
        <numerusform>%n 条需求/供给信息已到有效期，现已过期。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Export to a file</source>
      <translation>导出到文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Exported {count} {what} to {file}.</source>
      <translation>已将 {count} 条{what}导出到 {file}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Writing {file}…</source>
      <translation>正在写入 {file}…</translation>
    </message>
  </context>
  <context>
    <name>FirstAdminDialog</name>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Create and sign in</source>
      <translation>创建并登录</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Create the first administrator</source>
      <translation>创建第一个管理员</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Enter a user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Letters, digits, . _ - @; no spaces</source>
      <translation>字母、数字及 . _ - @，不能有空格</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>The database {database} has no users yet. Create the first administrator: the account that adds everyone else and decides their roles.</source>
      <translation>数据库 {database} 中还没有用户。请创建第一个管理员：该账户负责添加其他所有用户并分配角色。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>e.g. 李娜</source>
      <translation>例如：李娜</translation>
    </message>
  </context>
  <context>
    <name>Helix</name>
    <message>
      <location filename="../../app/ui/errors.py" />
      <source> or </source>
      <translation>或</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../app/cli_contract.py" />
      <source>--party must be between 1 and {count}.</source>
      <translation>--party 必须介于 1 和 {count} 之间。</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../app/cli_contract.py" />
      <source>A --trust certificate cannot be read ({reason}).</source>
      <translation>无法读取 --trust 指定的证书（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../app/services/backup.py" />
      <source>A backup of the shared database is a Helix dump: name the file {name} instead.</source>
      <translation>共享数据库的备份为 Helix 转储文件：请将文件命名为 {name}。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_verify.py" />
      <source>A certificate in {folder} cannot be read ({reason}); remove it or replace it with a PEM or DER certificate file.</source>
      <translation>无法读取 {folder} 中的一个证书（{reason}）；请将其删除，或替换为 PEM 或 DER 格式的证书文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/match_lists.py" />
      <source>A colleague saved a match of the same two listings at the same moment, so yours was not saved. Refresh the list and try again.</source>
      <translation>同事在同一时刻保存了相同两条信息的匹配，因此您的匹配未保存。请刷新列表后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_pdf.py" />
      <source>A contract needs at least one party before it can be printed.</source>
      <translation>合同至少需要一个当事方才能打印。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_copy.py" />
      <source>A local copy is a SQLite file on this computer; {url} is not one.</source>
      <translation>本地副本是本机上的 SQLite 文件，而 {url} 不是。</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>A local copy is a SQLite file on this computer; {url} is not one. Give the copy's file with --db sqlite:///path/to/copy.sqlite (nothing was changed).</source>
      <translation>本地副本是本机上的 SQLite 文件，而 {url} 不是。请用 --db sqlite:///path/to/copy.sqlite 指定副本文件（未做任何更改）。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>A score is from 1 to 5; {value} is not.</source>
      <translation>评分为 1 到 5 分；{value} 不在此范围内。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>A unified social credit code has 18 characters, but this one has {length}. Copy it again from the business licence or registration certificate.</source>
      <translation>统一社会信用代码应为 18 个字符，但此代码有 {length} 个。请从营业执照或登记证书上重新抄录。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>A web address cannot contain spaces. Remove them and try again.</source>
      <translation>网址不能包含空格。请删除空格后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>A web address cannot contain “@”. If this is an e-mail address, enter it in the e-mail field instead.</source>
      <translation>网址不能包含“@”。如果这是电子邮箱地址，请填写在电子邮箱栏中。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>All fields are within their limits.</source>
      <translation>所有字段均在限制范围内。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>All required fields are filled in.</source>
      <translation>必填项均已填写。</translation>
    </message>
    <message>
      <location filename="../../app/cli_access.py" />
      <source>An administrator has reset the password of {name}; choose your own before anything else: helix --user {name} users change-password</source>
      <translation>管理员已重置 {name} 的密码；请先设置您自己的密码：helix --user {name} users change-password</translation>
    </message>
    <message>
      <location filename="../../app/services/alliances.py" />
      <source>An alliance called “{name}” already exists.</source>
      <translation>名为“{name}”的联盟已存在。</translation>
    </message>
    <message>
      <location filename="../../app/services/backup.py" />
      <source>An in-memory database cannot be backed up to a file.</source>
      <translation>内存数据库无法备份到文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/conflict_store.py" />
      <source>Another record still holds {value} as its {field}. Change or clear it there first, then resolve this conflict again; nothing was changed.</source>
      <translation>另一条记录的{field}仍为 {value}。请先在那条记录中修改或清除该值，再重新解决此冲突；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>Another sign-in as {name} happened at the same moment; try again.</source>
      <translation>{name} 在同一时刻有另一次登录，请重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_run.py" />
      <source>Another sync with {url} changed the same records at the same moment. What was synced so far is kept; run the sync again.</source>
      <translation>与 {url} 的另一次同步在同一时刻修改了相同的记录。已同步的内容会保留，请重新同步。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>Attach the scan as a PDF, PNG, JPEG or TIFF file.</source>
      <translation>请以 PDF、PNG、JPEG 或 TIFF 文件附上扫描件。</translation>
    </message>
    <message>
      <location filename="../../app/services/backup_schedule.py" />
      <source>Automatic backups are for the local database file; the shared database is backed up on its server (or with “helix backup FILE.helixdump”).</source>
      <translation>自动备份仅适用于本地数据库文件；共享数据库在其服务器上备份（或使用“helix backup FILE.helixdump”）。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>Choose a date other than the one it is due now.</source>
      <translation>请选择与当前截止日期不同的日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>Choose one of the contract's parties.</source>
      <translation>请选择合同的一个当事方。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>Choose one of this project's open problems.</source>
      <translation>请选择此项目中一个尚未解决的问题。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>Choose the member the listing belongs to.</source>
      <translation>请选择该信息所属的会员。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>Choose the problem that this resolves.</source>
      <translation>请选择此条目所解决的问题。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>Choose whether the listing is a demand or a supply.</source>
      <translation>请选择该信息是需求还是供给。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>Choose whether the listing is published with the member's name (public) or without it (anonymous).</source>
      <translation>请选择发布该信息时是否显示会员名称（公开）或不显示（匿名）。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <source>Choose which listings go into the catalogue: both, demand or supply (not “{kinds}”).</source>
      <translation>请选择要编入目录的信息：两者（both）、需求（demand）或供给（supply），而不是“{kinds}”。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>Clause {number} has no heading.</source>
      <translation>第 {number} 条没有标题。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>Clause {number} has no text; write it or remove it.</source>
      <translation>第 {number} 条没有内容；请填写或删除该条款。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>Clause “{heading}” ({clause}) of contract template {template_id} needs “{placeholder}”, which this contract does not have yet. Fill it in and generate the text again.</source>
      <translation>合同模板 {template_id} 的条款“{heading}”（{clause}）需要“{placeholder}”，而此合同尚未填写该项。请填写后重新生成文本。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>Clause “{heading}” of contract template {template_id} cannot be filled in: {detail}. Check the contract's details, or ask an admin to correct the template.</source>
      <translation>无法填写合同模板 {template_id} 的条款“{heading}”：{detail}。请检查合同详情，或请管理员更正模板。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>Clause “{heading}” of contract template {template_id} tries to reach something a template may not use. Ask an admin to correct the template.</source>
      <translation>合同模板 {template_id} 的条款“{heading}”试图访问模板不允许使用的内容。请请管理员更正模板。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>Clause “{heading}” of contract template {template_id}: {detail} Correct the contract's details and generate the text again.</source>
      <translation>合同模板 {template_id} 的条款“{heading}”：{detail} 请更正合同详情后重新生成文本。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>Contact {number} has no name; enter one or remove the contact.</source>
      <translation>第 {number} 位联系人没有姓名；请填写姓名或删除该联系人。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>Contract {number} has no PDF issued for signature. A supervisor approves it, then Issue for signature makes the PDF the parties sign.</source>
      <translation>合同 {number} 尚未出具供签署的 PDF。须由主管批准后，通过“出具签署版本”生成供各方签署的 PDF。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>Contract {number} has no party {n}.</source>
      <translation>合同 {number} 没有第 {n} 方当事方。</translation>
    </message>
    <message>
      <location filename="../../app/services/contracts.py" />
      <source>Contract {number} is in review; wait until the supervisor approves or returns it.</source>
      <translation>合同 {number} 正在审核中，请等待主管批准或退回。</translation>
    </message>
    <message>
      <location filename="../../app/services/contracts.py" />
      <source>Contract {number} is {current}, so it cannot become {target}; only a contract that is {sources} can.</source>
      <translation>合同 {number} 当前为{current}，无法变为{target}；只有{sources}的合同才可以。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>Contract {number} is {status}; a project starts when every party has signed.</source>
      <translation>合同 {number} 当前为{status}；各方均签署后项目才会启动。</translation>
    </message>
    <message>
      <location filename="../../app/services/contracts.py" />
      <source>Contract {number} is {status}; only a contract that is not yet signed can be changed.</source>
      <translation>合同 {number} 当前为{status}；只有尚未签署的合同才能修改。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_pdf.py" />
      <source>Contracts are written in English (en) or Chinese (zh), not {language}.</source>
      <translation>合同可使用英文（en）或中文（zh），不支持 {language}。</translation>
    </message>
    <message>
      <location filename="../../app/services/demo_listings.py" />
      <source>Demo listings need active members to put them out, and this database has none. Make the demo with some members, or without listings (--listings 0).</source>
      <translation>演示信息需要由有效会员发布，而此数据库中没有有效会员。请生成包含会员的演示数据，或不生成信息（--listings 0）。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>Enter a phone number.</source>
      <translation>请输入电话号码。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>Enter a web address, for example www.example.com.</source>
      <translation>请输入网址，例如 www.example.com。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>Enter an e-mail address, for example name@example.com.</source>
      <translation>请输入电子邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>Enter the 18-character unified social credit code (统一社会信用代码).</source>
      <translation>请输入 18 位统一社会信用代码。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>Enter the name of party {number} ({label}).</source>
      <translation>请填写第 {number} 个当事方（{label}）的名称。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>Enter the name of the person who signed.</source>
      <translation>请填写签署人姓名。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>Enter the organisation's registration number.</source>
      <translation>请输入该单位的登记注册号。</translation>
    </message>
    <message>
      <location filename="../../app/cli_contract.py" />
      <source>Every party has signed {number} already.</source>
      <translation>各方均已签署 {number}。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>Give a score from 1 to 5 for every criterion.</source>
      <translation>请为每项标准打 1 至 5 分。</translation>
    </message>
    <message>
      <location filename="../../app/cli_access.py" />
      <source>Give a user name with --user (it is recorded on changes).</source>
      <translation>请用 --user 指定用户名（修改记录中会记录该用户）。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>Give a user name.</source>
      <translation>请填写用户名。</translation>
    </message>
    <message>
      <location filename="../../app/cli_contract.py" />
      <source>Give the certificate's password with --password-env VAR (no terminal to ask in).</source>
      <translation>请用 --password-env VAR 提供证书密码（当前没有可用于输入的终端）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>Give the contract a title.</source>
      <translation>请填写合同标题。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>Give the country as a two-letter code, for example CN or DE.</source>
      <translation>请使用两位字母代码填写国家，例如 CN 或 DE。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>Give the currency as a three-letter code, for example CNY, USD or EUR.</source>
      <translation>请使用三位字母代码填写币种，例如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>Give the date of the entry.</source>
      <translation>请填写条目日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>Give the date of the evaluation.</source>
      <translation>请填写评价日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>Give the date the milestone is due.</source>
      <translation>请填写里程碑的截止日期。</translation>
    </message>
    <message>
      <location filename="../../app/db.py" />
      <source>Helix could not open the database {url}: {reason}. Check that the server is running and the address, user and password are right (Settings).</source>
      <translation>Helix 无法打开数据库 {url}：{reason}。请确认服务器正在运行，且地址、用户名和密码正确（见“设置”）。</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>Helix could not open the database {url}: {reason}. Check the address given with --db or HELIX_DB_URL, and that the server is running.</source>
      <translation>Helix 无法打开数据库 {url}：{reason}。请检查 --db 或 HELIX_DB_URL 指定的地址，并确认服务器正在运行。</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Helix could not print to {printer}. Check that the printer is switched on and connected (or that the folder can be written to), then print again.</source>
      <translation>Helix 无法打印到 {printer}。请检查打印机是否已开启并连接（或该文件夹是否可写入），然后重新打印。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_state.py" />
      <source>Helix could not reach the shared database {url}: {reason}. Check the network and the address, user and password, then sync again. Nothing was changed.</source>
      <translation>Helix 无法连接共享数据库 {url}：{reason}。请检查网络以及地址、用户名和密码，然后重新同步。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/services/files.py" />
      <source>Helix could not save {file} ({reason}). Choose another folder, or close the file if another program has it open, and save again.</source>
      <translation>Helix 无法保存 {file}（{reason}）。请选择其他文件夹，或在其他程序中关闭该文件，然后重新保存。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>Helix could not use the file {path}: {reason}.</source>
      <translation>Helix 无法使用文件 {path}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <source>Helix could not write the catalogue to {path}: {reason}. Choose another place.</source>
      <translation>Helix 无法将目录写入 {path}：{reason}。请选择其他位置。</translation>
    </message>
    <message>
      <location filename="../../app/services/report_io.py" />
      <source>Helix could not write the report to {path}: {reason}. Choose another place.</source>
      <translation>Helix 无法将报表写入 {path}：{reason}。请选择其他位置。</translation>
    </message>
    <message>
      <location filename="../../app/services/conflict_store.py" />
      <source>Helix does not know records of the kind {entity}.</source>
      <translation>Helix 无法识别 {entity} 类型的记录。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>Helix may not use {path}: it is open in another program (close it in Excel) or the folder is read-only. Then try again.</source>
      <translation>Helix 无法使用 {path}：该文件已在其他程序中打开（请在 Excel 中关闭），或文件夹为只读。请处理后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <source>Helix may not write {path}: the folder is read-only or the file is open in another program (close it in the PDF viewer). Choose another place or close it, then try again.</source>
      <translation>Helix 无法写入 {path}：文件夹为只读，或该文件已在其他程序中打开（请在 PDF 阅读器中关闭）。请选择其他位置或关闭该文件，然后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/report_io.py" />
      <source>Helix may not write {path}: the folder is read-only or the file is open in another program (close it there). Choose another place or close it, then try again.</source>
      <translation>Helix 无法写入 {path}：文件夹为只读，或该文件已在其他程序中打开（请在该程序中关闭）。请选择其他位置或关闭该文件，然后重试。</translation>
    </message>
    <message>
      <location filename="../../app/cli_access.py" />
      <source>Helix needs the new password of {name}, and there is no terminal to ask for it. Set the environment variable {variables} to it, or run the command in a terminal.</source>
      <translation>Helix 需要 {name} 的新密码，但当前没有可用于输入的终端。请将环境变量 {variables} 设置为新密码，或在终端中运行该命令。</translation>
    </message>
    <message>
      <location filename="../../app/cli_access.py" />
      <source>Helix needs the password of {name} to sign in, and there is no terminal to ask for it. Set the environment variable {variable} to the password, or run the command in a terminal (give another user with --user NAME).</source>
      <translation>Helix 需要 {name} 的密码才能登录，但当前没有可用于输入的终端。请将环境变量 {variable} 设置为该密码，或在终端中运行该命令（可用 --user NAME 指定其他用户）。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>Helix reads and writes CSV (.csv) and Excel (.xlsx) files, not “{suffix}” files. Save the table as .csv or .xlsx and try again.</source>
      <translation>Helix 可读写 CSV（.csv）和 Excel（.xlsx）文件，不支持“{suffix}”文件。请将表格另存为 .csv 或 .xlsx 后重试。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_export.py" />
      <source>Helix saves the timeline as a PNG picture or a PDF file; choose a file name that ends in .png or .pdf.</source>
      <translation>Helix 可将时间线保存为 PNG 图片或 PDF 文件；请选择以 .png 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
      <location filename="../../app/db.py" />
      <source>Helix works with a local SQLite file or a shared PostgreSQL database, not with {backend}. Check the database address in Settings.</source>
      <translation>Helix 支持本地 SQLite 文件或共享 PostgreSQL 数据库，不支持 {backend}。请在“设置”中检查数据库地址。</translation>
    </message>
    <message>
      <location filename="../../app/services/report_io.py" />
      <source>Helix writes reports as {kinds} files; give a file name ending in one of them (not “{name}”).</source>
      <translation>Helix 以 {kinds} 文件格式输出报表；请提供以其中之一结尾的文件名（而不是“{name}”）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>Instalment {number} needs an amount above zero.</source>
      <translation>第 {number} 期分期付款的金额须大于零。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>Kind “{text}” is not known; use one of: {known}.</source>
      <translation>类型“{text}”未知；请使用以下之一：{known}。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>Listings are imported as draft or published, not as “{status}”.</source>
      <translation>导入的信息只能为草稿或已发布状态，不能为“{status}”。</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/scoring.py" />
      <source>Matching weights must be numbers of 0 or more, not all 0.</source>
      <translation>匹配权重必须是不小于 0 的数字，且不能全部为 0。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>Missing: {fields}.</source>
      <translation>缺少：{fields}。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/cli_conflicts.py" />
      <source>No conflict has an id starting with “{id}”. `helix conflicts list --all` shows them.</source>
      <translation>没有编号以“{id}”开头的冲突。运行 `helix conflicts list --all` 可查看所有冲突。</translation>
    </message>
    <message>
      <location filename="../../app/cli_contract.py" />
      <source>No contract has the number {number}. `helix contract list` shows them.</source>
      <translation>没有编号为 {number} 的合同。运行 `helix contract list` 可查看所有合同。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>No evidence is attached to this milestone.</source>
      <translation>此里程碑未附证明文件。</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>No member of {remote} is in {unknown}. Check the spelling (regions as the registry writes them, sector codes such as C38, alliance names); nothing was copied.</source>
      <translation>{remote} 中没有属于 {unknown} 的会员。请检查拼写（地区按会员名录中的写法，行业代码如 C38，联盟名称）；未复制任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>No password was given, so nothing was changed.</source>
      <translation>未提供密码，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/cli_access.py" />
      <source>No password was given, so nothing was done.</source>
      <translation>未提供密码，未执行任何操作。</translation>
    </message>
    <message>
      <location filename="../../app/services/backup.py" />
      <source>No safety copy of {database} could be made ({reason}), so it was not replaced.</source>
      <translation>无法为 {database} 制作安全副本（{reason}），因此未替换该数据库。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>No scanned copy is attached for this party.</source>
      <translation>此当事方未附扫描件。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>No similar listing is published.</source>
      <translation>没有已发布的相似信息。</translation>
    </message>
    <message>
      <location filename="../../app/cli_access.py" />
      <source>Nobody signs in with a password on this database (it has no users yet, or it is the demo database), so there is no password to change.</source>
      <translation>此数据库中没有使用密码登录的用户（尚无用户，或这是演示数据库），因此没有可修改的密码。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>Only a resolution names a problem; choose Resolution as kind.</source>
      <translation>只有“解决”类条目才需关联问题；请将类型选为“解决”。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>Only web addresses starting with http:// or https:// are accepted, not {scheme}://. Enter the address of the web site.</source>
      <translation>只接受以 http:// 或 https:// 开头的网址，不接受 {scheme}://。请输入网站的地址。</translation>
    </message>
    <message>
      <location filename="../../app/errors.py" />
      <source>Please correct the following and save again:
{lines}</source>
      <translation>请更正以下内容后重新保存：
{lines}</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>Say what the milestone is.</source>
      <translation>请填写里程碑内容。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>Say which milestone instalment {number} pays for.</source>
      <translation>请说明第 {number} 期分期付款对应哪个里程碑。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>Say who confirmed that the milestone is done.</source>
      <translation>请填写确认里程碑已完成的人员。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>Say who evaluated (the person who speaks for that side).</source>
      <translation>请填写评价人（代表该方发言的人）。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>Say who reported it (a name, or the office's clerk).</source>
      <translation>请填写报告人（姓名，或服务机构的经办人）。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>Say why the cooperation ends early.</source>
      <translation>请说明提前终止合作的原因。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>Say why the milestone moves; the reason is kept with the project.</source>
      <translation>请说明调整里程碑的原因；该原因将随项目保存。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>Similar listings are already published: {shown}. Check that this is not a duplicate.</source>
      <translation>已有相似信息发布：{shown}。请核实这不是重复信息。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>Someone else recorded a resolution of this problem a moment ago. Nothing was saved; refresh the log to see it.</source>
      <translation>刚才已有其他人记录了此问题的解决。未保存任何内容，请刷新日志查看。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>Someone else recorded this side's evaluation of the project a moment ago. Nothing was saved; refresh to see it.</source>
      <translation>刚才已有其他人记录了该方对此项目的评价。未保存任何内容，请刷新查看。</translation>
    </message>
    <message>
      <location filename="../../app/services/uow.py" />
      <source>Someone else saved this record after you opened it. Your changes were not saved; they are still in the form. Reload the record to see the other changes, then make yours again.</source>
      <translation>在您打开此记录后，其他人保存了该记录。您的修改未保存，但仍保留在表单中。请重新加载记录查看他人的修改，然后重新进行您的修改。</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>TRL {trl}</source>
      <translation>技术成熟度 {trl}</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>TRL {trl} ≥ {wanted} wanted</source>
      <translation>技术成熟度 {trl} ≥ 要求的 {wanted}</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>TRL {trl}, one below the {wanted} wanted</source>
      <translation>技术成熟度 {trl}，比要求的 {wanted} 低一级</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/engine.py" />
      <source>That listing no longer exists. Refresh the list and try again.</source>
      <translation>该信息已不存在。请刷新列表后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/alliances.py" />
      <source>That member is not in this alliance any more. Refresh the list.</source>
      <translation>该会员已不在此联盟中。请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The IP status “{text}” is not one of: {known}.</source>
      <translation>知识产权状态“{text}”不在以下范围内：{known}。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The account {name} is locked until {time} after {count} failed sign-ins; wait or ask an administrator to unlock it.</source>
      <translation>账户 {name} 因连续 {count} 次登录失败已被锁定，直至 {time}；请等待，或请管理员解锁。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The account {name} is switched off. Ask an administrator to switch it on.</source>
      <translation>账户 {name} 已停用。请联系管理员启用。</translation>
    </message>
    <message>
      <location filename="../../app/services/alliances.py" />
      <source>The alliance needs a name.</source>
      <translation>请填写联盟名称。</translation>
    </message>
    <message>
      <location filename="../../app/services/backup.py" />
      <source>The backup could not be written to {path} ({reason}). Choose a folder you may write to, with enough free space.</source>
      <translation>无法将备份写入 {path}（{reason}）。请选择您有写入权限且空间充足的文件夹。</translation>
    </message>
    <message>
      <location filename="../../app/services/dump_format.py" />
      <source>The backup was cancelled; no backup file was written.</source>
      <translation>备份已取消，未写入备份文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/dump_format.py" />
      <source>The backup {path} is damaged or incomplete ({detail}). Nothing was replaced.</source>
      <translation>备份 {path} 已损坏或不完整（{detail}）。未替换任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>The benefit shares add up to {total} %; give every party a share so that together they make 100 %.</source>
      <translation>各当事方的收益分成合计为 {total} %；请为每个当事方填写分成比例，使合计为 100 %。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <source>The catalogue can be printed in English (en) or Chinese (zh), not “{language}”.</source>
      <translation>目录可以用英文（en）或中文（zh）打印，不支持“{language}”。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <source>The catalogue is a PDF file: give a file name ending in .pdf (not “{name}”).</source>
      <translation>目录为 PDF 文件：请提供以 .pdf 结尾的文件名（而不是“{name}”）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_signing.py" />
      <source>The certificate file {path} cannot be read ({reason}). Choose the .p12 or .pfx file again.</source>
      <translation>无法读取证书文件 {path}（{reason}）。请重新选择 .p12 或 .pfx 文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_signing.py" />
      <source>The certificate file {path} could not be opened: either the password is wrong or the file is not a PKCS#12 (.p12/.pfx) certificate. Check the password and try again.</source>
      <translation>无法打开证书文件 {path}：密码错误，或该文件不是 PKCS#12（.p12/.pfx）证书。请检查密码后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_signing.py" />
      <source>The certificate file {path} holds no signing key. Ask for the .p12 file that includes the private key.</source>
      <translation>证书文件 {path} 中没有签名私钥。请索取包含私钥的 .p12 文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>The column “{column}” appears twice in the first line of {name}. Remove or rename one of them and try again.</source>
      <translation>{name} 的第一行中“{column}”列出现了两次。请删除或重命名其中一列后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/import_common.py" />
      <source>The columns “{first}” and “{second}” of {name} are the same column. Remove or rename one of them and try again.</source>
      <translation>{name} 中的“{first}”列和“{second}”列是同一列。请删除或重命名其中一列后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>The comment is {length} characters; at most {limit}.</source>
      <translation>评语有 {length} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>The completion date is in the future; give the day it was done.</source>
      <translation>完成日期晚于今天，请填写实际完成的日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/uow.py" />
      <source>The connection to the database was lost, so the last action was not saved. Check the network, then try again; what you typed is kept.</source>
      <translation>与数据库的连接已中断，上一步操作未保存。请检查网络后重试；您输入的内容已保留。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_run.py" />
      <source>The connection to {url} was lost during the sync ({reason}). What was synced so far is kept; check the network and run the sync again.</source>
      <translation>同步过程中与 {url} 的连接中断（{reason}）。已同步的内容会保留，请检查网络后重新同步。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>The contract template file {file} cannot be used: {reason} Correct the file or remove it from the templates folder.</source>
      <translation>合同模板文件 {file} 无法使用：{reason}请修改该文件，或将其从模板文件夹中移除。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>The contract value cannot be negative.</source>
      <translation>合同金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>The contract was issued after this date; check the date signed.</source>
      <translation>合同是在此日期之后出具的，请检查签署日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_copy.py" />
      <source>The copy {path} has changes the shared database has not received yet. Sync first, then make the copy again (nothing was changed).</source>
      <translation>副本 {path} 中有共享数据库尚未收到的修改。请先同步，然后重新制作副本（未做任何更改）。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The current password is wrong; the password was not changed.</source>
      <translation>当前密码错误，密码未修改。</translation>
    </message>
    <message>
      <location filename="../../app/db.py" />
      <source>The database file {path} is on a network drive. A SQLite file cannot be shared safely over a network; put it on this computer's disk, or connect to the office's shared PostgreSQL database in Settings.</source>
      <translation>数据库文件 {path} 位于网络驱动器上。SQLite 文件无法通过网络安全共享；请将其放在本机磁盘上，或在“设置”中连接办公室的共享 PostgreSQL 数据库。</translation>
    </message>
    <message>
      <location filename="../../app/services/uow.py" />
      <source>The database is busy with another save. Nothing was saved; try again in a moment.</source>
      <translation>数据库正忙于另一项保存操作。未保存任何内容，请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../app/db.py" />
      <source>The database upgrade left broken references ({count}); the copy made before the upgrade is next to the database file.</source>
      <translation>数据库升级后留下了 {count} 处无效引用；升级前制作的副本位于数据库文件旁边。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_state.py" />
      <source>The database {url} has an older schema ({theirs}) than this Helix ({ours}). Upgrade it first (“helix --db &lt;its address&gt; db upgrade”, by whoever looks after it), then sync again. Nothing was changed.</source>
      <translation>数据库 {url} 的架构（{theirs}）比此版本 Helix（{ours}）旧。请先由其维护人员升级该数据库（“helix --db &lt;its address&gt; db upgrade”），然后重新同步。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/db.py" />
      <source>The database {url} needs an upgrade that this account may not make. Ask the database administrator to run “helix --db &lt;owner's address&gt; db upgrade” as the owner role (see packaging/postgres-roles.sql), then start Helix again.</source>
      <translation>数据库 {url} 需要升级，但当前账户无权执行升级。请联系数据库管理员以所有者角色运行“helix --db &lt;owner's address&gt; db upgrade”（见 packaging/postgres-roles.sql），然后重新启动 Helix。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_state.py" />
      <source>The database {url} was upgraded by a newer version of Helix (schema {theirs}; this Helix has {ours}). Install the newer Helix on this computer first, then sync again. Nothing was changed.</source>
      <translation>数据库 {url} 已由更新版本的 Helix 升级（架构 {theirs}；此 Helix 为 {ours}）。请先在本机安装新版 Helix，然后重新同步。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>The date is in the future; give the day it was reported.</source>
      <translation>日期晚于今天，请填写报告当天的日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>The date is in the future; give the day of the evaluation.</source>
      <translation>日期晚于今天，请填写评价当天的日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The deadline has already passed; choose a later date.</source>
      <translation>截止日期已过，请选择更晚的日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The deadline {date} has passed.</source>
      <translation>截止日期 {date} 已过。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The deadline “{text}” is not a date; write it as YYYY-MM-DD.</source>
      <translation>截止日期“{text}”不是日期；请按 YYYY-MM-DD 的格式填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The description has {length} characters; at most {limit} are allowed. Shorten it.</source>
      <translation>描述有 {length} 个字符；最多允许 {limit} 个。请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The description is longer than {limit} characters.</source>
      <translation>详细说明超过 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The display name is longer than 200 characters; shorten it.</source>
      <translation>显示名称超过 200 个字符，请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/alliances.py" />
      <source>The end date is before the founding date.</source>
      <translation>结束日期早于成立日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>The end date is before the start date; correct one of them.</source>
      <translation>结束日期早于开始日期，请更正其中之一。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>The end date is in the future; give the day it ended.</source>
      <translation>结束日期晚于今天，请填写实际结束的日期。</translation>
    </message>
    <message>
      <location filename="../../app/cli_contract.py" />
      <source>The environment variable {var} is not set; set it to the certificate's password.</source>
      <translation>环境变量 {var} 未设置，请将其设置为证书密码。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The external id is longer than 100 characters.</source>
      <translation>外部编号超过 100 个字符。</translation>
    </message>
    <message>
      <location filename="../../app/services/conflict_store.py" />
      <source>The fields {fields} are not among the ones that differ; nothing was changed.</source>
      <translation>字段 {fields} 不在存在差异的字段之中；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>The file is {size} MB; attach at most {limit} MB (a scan at a lower resolution).</source>
      <translation>文件大小为 {size} MB；最多可附加 {limit} MB（请以较低分辨率扫描）。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>The file {path} does not exist. Check its name and folder.</source>
      <translation>文件 {path} 不存在。请检查文件名和所在文件夹。</translation>
    </message>
    <message>
      <location filename="../../app/services/alliances.py" />
      <source>The focus is longer than 300 characters; shorten it.</source>
      <translation>研究方向超过 300 个字符，请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <location filename="../../app/services/report_io.py" />
      <location filename="../../app/services/tabular.py" />
      <source>The folder {folder} does not exist. Choose another folder for {name}.</source>
      <translation>文件夹 {folder} 不存在。请为 {name} 选择其他文件夹。</translation>
    </message>
    <message>
      <location filename="../../app/db.py" />
      <source>The folder {folder} for the database file cannot be used ({reason}). Choose a database file in a folder of your own, in Settings or with --db.</source>
      <translation>数据库文件所在的文件夹 {folder} 无法使用（{reason}）。请在“设置”中或用 --db 选择您自己文件夹中的数据库文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/pdf_fonts.py" />
      <source>The font file {path} is missing, so Helix cannot write PDFs with Chinese text. Reinstall Helix.</source>
      <translation>缺少字体文件 {path}，Helix 无法生成包含中文的 PDF。请重新安装 Helix。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The highest budget cannot be negative.</source>
      <translation>最高预算不能为负数。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The highest budget is below the lowest budget; swap or correct them.</source>
      <translation>预算上限低于预算下限，请对调或更正。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The highest budget is below the lowest.</source>
      <translation>最高预算低于最低预算。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The highest budget is too large (at most 999,999,999,999.99).</source>
      <translation>最高预算过大（最多 999,999,999,999.99）。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The highest budget “{text}” is not an amount; write it like 500000 or 1.5.</source>
      <translation>最高预算“{text}”不是金额；请按 500000 或 1.5 的格式填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>The import stopped because an external id or reference in the file was just saved by someone else. Nothing was saved; import the file again.</source>
      <translation>导入已中止，因为文件中的某个外部编号或信息编号刚被其他人保存。未保存任何内容，请重新导入该文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/member_io.py" />
      <source>The import stopped because an external id or registration code in the file was just saved by someone else. Nothing was saved; import the file again.</source>
      <translation>导入已中止，因为文件中的某个外部编号或统一社会信用代码刚被其他人保存。未保存任何内容，请重新导入该文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_data.py" />
      <source>The instalments add up to {total} {currency}, but the contract value is {value} {currency}; make them equal.</source>
      <translation>分期付款合计为 {total} {currency}，但合同金额为 {value} {currency}；请使两者一致。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>The issued PDF has no signature field for {party}; issue the contract again.</source>
      <translation>出具的 PDF 中没有 {party} 的签名域，请重新出具合同。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>The keywords are too long together (at most 1000 characters).</source>
      <translation>关键词总长度过长（最多 1000 个字符）。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The keywords are too long together (at most {limit} characters).</source>
      <translation>关键词合计过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>The last character (check character) of the unified social credit code does not match the others, so a character was probably mistyped. Compare the code with the business licence character by character.</source>
      <translation>统一社会信用代码的最后一位（校验码）与前面各位不符，可能有字符输错。请对照营业执照逐位核对。</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>The listing could not be saved because its reference or external id is already in use (perhaps just now, by a colleague). Try again.</source>
      <translation>无法保存该信息，因为其编号或外部编号已被使用（可能是同事刚刚使用的）。请重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The lowest budget cannot be negative.</source>
      <translation>最低预算不能为负数。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The lowest budget is too large (at most 999,999,999,999.99).</source>
      <translation>最低预算过大（最多 999,999,999,999.99）。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The lowest budget “{text}” is not an amount; write it like 500000 or 1.5.</source>
      <translation>最低预算“{text}”不是金额；请按 500000 或 1.5 的格式填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/matches.py" />
      <source>The match of {pair} cannot be agreed: {name} is {status}, and an agreement needs both listings published. Ask the member to publish the listing anew, or decline the match.</source>
      <translation>{pair} 的匹配无法达成：{name} 当前为{status}，而达成匹配需要两条信息均已发布。请请会员重新发布该信息，或拒绝此匹配。</translation>
    </message>
    <message>
      <location filename="../../app/services/matches.py" />
      <source>The match of {pair} is already {status}, so it is no longer a suggestion to dismiss. Decline it instead, saying who declined and why.</source>
      <translation>{pair} 的匹配已为{status}，不再是可标记为不相关的推荐。请改为拒绝该匹配，并写明拒绝方和原因。</translation>
    </message>
    <message>
      <location filename="../../app/services/matches.py" />
      <source>The match of {pair} is {current}, so it cannot become {target}; only a match that is {sources} can.</source>
      <translation>{pair} 的匹配当前为{current}，无法变为{target}；只有{sources}的匹配才可以。</translation>
    </message>
    <message>
      <location filename="../../app/services/match_data.py" />
      <source>The match of {pair} is {status}. {what} only on a proposed, interested or negotiating match. {hint}</source>
      <translation>{pair} 的匹配当前为{status}。{what}仅适用于已提议、有意向或洽谈中的匹配。{hint}</translation>
    </message>
    <message>
      <location filename="../../app/services/matches.py" />
      <source>The match of {pair} is {status}; only a declined match or a dismissed suggestion can be reopened.</source>
      <translation>{pair} 的匹配当前为{status}；只有已拒绝的匹配或不相关的推荐才能重新打开。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>The member could not be saved because its registration code or external id is already in use (perhaps just now, by a colleague). Check them and save again.</source>
      <translation>无法保存该会员，因为其统一社会信用代码或外部编号已被使用（可能是同事刚刚使用的）。请检查后重新保存。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The member “{name}” is active.</source>
      <translation>会员“{name}”状态有效。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The member “{name}” is {state}, not active.</source>
      <translation>会员“{name}”当前为{state}，不是有效状态。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The member “{name}” was deleted.</source>
      <translation>会员“{name}”已被删除。</translation>
    </message>
    <message>
      <location filename="../../app/services/alliances.py" />
      <source>The name is longer than 200 characters; shorten it.</source>
      <translation>名称超过 200 个字符，请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <location filename="../../app/services/project_log.py" />
      <source>The name is {length} characters; at most {limit}.</source>
      <translation>名字有 {length} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The new password must differ from the current one.</source>
      <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
      <location filename="../../app/services/demo_listings.py" />
      <source>The number of demo listings cannot be negative.</source>
      <translation>演示信息的数量不能为负数。</translation>
    </message>
    <message>
      <location filename="../../app/services/demo.py" />
      <source>The number of demo members or listings cannot be negative.</source>
      <translation>演示会员或演示信息的数量不能为负数。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_copy.py" />
      <source>The number series “{series}” must be 1 to 6 letters or digits, like L2 or FAIR1.</source>
      <translation>编号序列“{series}”必须由 1 至 6 个字母或数字组成，例如 L2 或 FAIR1。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The password is longer than {count} characters; shorten it.</source>
      <translation>密码超过 {count} 个字符，请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The password must not contain the user name.</source>
      <translation>密码不能包含用户名。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The password needs at least two kinds of characters: letters, digits, and other signs such as - or !.</source>
      <translation>密码至少需要包含两类字符：字母、数字以及 - 或 ! 等其他符号。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The password needs at least {count} characters.</source>
      <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_export.py" />
      <source>The picture of the timeline could not be made; try a smaller zoom.</source>
      <translation>无法生成时间线图片；请尝试缩小显示比例。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>The problem was raised on {day}; its resolution cannot be dated before that.</source>
      <translation>该问题于 {day} 提出；其解决记录的日期不能早于该日。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>The project ended on {day}; it is evaluated on that day or later.</source>
      <translation>项目已于 {day} 结束；评价日期须为当天或之后。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>The project is completed; problems and their resolutions are recorded while it runs. Record a progress report or feedback instead.</source>
      <translation>项目已完成；问题及其解决只能在项目执行期间记录。请改为记录进展报告或反馈。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>The project is terminated; problems and their resolutions are recorded while it runs. Record a progress report or feedback instead.</source>
      <translation>项目已终止；问题及其解决只能在项目执行期间记录。请改为记录进展报告或反馈。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>The project started after this date; check the date.</source>
      <translation>项目在此日期之后才启动，请检查日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>The project started on {day}; an entry cannot be dated before that.</source>
      <translation>项目于 {day} 开始；记录的日期不能早于该日。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The region is longer than 100 characters; shorten it.</source>
      <translation>地区超过 100 个字符，请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>The registration number is {length} characters long; at most {limit} are allowed. Check that only the number was entered.</source>
      <translation>登记号有 {length} 个字符；最多允许 {limit} 个。请检查是否只填写了号码。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>The registration number may contain only letters, digits, hyphens, dots and spaces. Remove the other characters and try again.</source>
      <translation>登记注册号只能包含字母、数字、连字符、点和空格。请删除其他字符后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>The scan is {size} MB; scan it at a lower resolution (at most {limit} MB).</source>
      <translation>扫描件大小为 {size} MB；请以较低分辨率扫描（最多 {limit} MB）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>The scan {name} cannot be read ({reason}).</source>
      <translation>无法读取扫描件 {name}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>The scan {name} is empty.</source>
      <translation>扫描件 {name} 是空文件。</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>The shared database {url} asks for a password, and there is no terminal to ask for it. Set the environment variable {variable} to it, or keep it in the system keyring (sync once from Helix's window and tick “Remember it”). Nothing was changed.</source>
      <translation>共享数据库 {url} 需要密码，但当前没有可用于输入的终端。请将环境变量 {variable} 设置为该密码，或将密码保存在系统密钥环中（在 Helix 窗口中同步一次并勾选“记住密码”）。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>The short name is longer than 100 characters; shorten it.</source>
      <translation>简称超过 100 个字符，请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>The signing date is in the future; enter the date on the copy.</source>
      <translation>签署日期晚于今天，请填写扫描件上的日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>The size class “{text}” is not one of: {known}.</source>
      <translation>规模类别“{text}”不在以下范围内：{known}。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>The status “{text}” is not one of: {known}.</source>
      <translation>状态“{text}”不在以下范围内：{known}。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The summary has {length} characters; at most {limit} are allowed. Shorten it.</source>
      <translation>摘要有 {length} 个字符；最多允许 {limit} 个。请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The summary is longer than {limit} characters.</source>
      <translation>摘要超过 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The technology readiness level is not from 1 to 9.</source>
      <translation>技术成熟度不在 1 到 9 之间。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The technology readiness level “{text}” is not a whole number from 1 to 9.</source>
      <translation>技术成熟度等级“{text}”不是 1 到 9 之间的整数。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>The text is {length} characters; at most {limit}.</source>
      <translation>内容有 {length} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The title has {length} characters; at most {limit} are allowed. Shorten it.</source>
      <translation>标题有 {length} 个字符；最多允许 {limit} 个。请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>The title is longer than {limit} characters.</source>
      <translation>标题超过 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>The title is required. Please fill it in.</source>
      <translation>标题为必填项，请填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>The title is {length} characters; at most {limit}.</source>
      <translation>标题有 {length} 个字符；最多 {limit} 个。</translation>
    </message>
    <message>
      <location filename="../../app/cli_access.py" />
      <source>The two passwords differ, so nothing was saved. Try again.</source>
      <translation>两次输入的密码不一致，未保存任何内容。请重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>The unified social credit code contains “{character}” at position {position}; only digits and capital letters other than I, O, S, V and Z are used. Check for a mistyped letter O (0) or I (1).</source>
      <translation>统一社会信用代码第 {position} 位含有“{character}”；代码只使用数字和除 I、O、S、V、Z 以外的大写字母。请检查是否把 0 误写成字母 O，或把 1 误写成字母 I。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The user name or password is wrong.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The user name “{name}” cannot be used: up to 100 letters or digits, and . _ - @ only (no spaces).</source>
      <translation>用户名“{name}”不可用：最多 100 个字母或数字，只能包含 . _ - @（不能有空格）。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>The user name “{name}” was taken just now, perhaps by a colleague. Choose another.</source>
      <translation>用户名“{name}”刚刚已被占用（可能是同事）。请另选一个。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <source>There are no published listings to put in a catalogue{scope}. Publish listings first, or choose other kinds or sectors.</source>
      <translation>没有可编入目录的已发布信息{scope}。请先发布信息，或选择其他类型或行业。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>There is already a user called “{name}” (user names are compared without regard to capitals). Choose another name.</source>
      <translation>已存在名为“{name}”的用户（用户名不区分大小写）。请另选一个名称。</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>There is no Helix database at {name}.</source>
      <translation>{name} 处没有 Helix 数据库。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>There is no contract template called {id}.</source>
      <translation>没有名为 {id} 的合同模板。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>There is no contract template called {id}. Choose one from the list of templates.</source>
      <translation>没有名为 {id} 的合同模板。请从模板列表中选择。</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>There is no database file at {path}.</source>
      <translation>{path} 处没有数据库文件。</translation>
    </message>
    <message>
      <location filename="../../app/cli_conflicts.py" />
      <source>There is no database file at {path}. Give the local copy with --db.</source>
      <translation>{path} 处没有数据库文件。请用 --db 指定本地副本。</translation>
    </message>
    <message>
      <location filename="../../app/cli.py" />
      <source>There is no database file at {path}. Start Helix once, or run “helix db upgrade”, to create it.</source>
      <translation>{path} 处没有数据库文件。请先启动一次 Helix，或运行“helix db upgrade”来创建该文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>There is no user called “{name}”.</source>
      <translation>没有名为“{name}”的用户。</translation>
    </message>
    <message>
      <location filename="../../app/services/alliances.py" />
      <source>This alliance no longer exists. Refresh the list.</source>
      <translation>此联盟已不存在。请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../app/services/contracts.py" />
      <source>This clause was added by hand, so it has no template text to restore.</source>
      <translation>此条款为手动添加，没有可恢复的模板文本。</translation>
    </message>
    <message>
      <location filename="../../app/services/conflict_store.py" />
      <source>This conflict no longer exists. Refresh the list.</source>
      <translation>此冲突已不存在。请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../app/cli_contract.py" />
      <source>This contract has no PDF issued for signature; issue it first (`helix contract issue NUMBER`, once a supervisor has approved it).</source>
      <translation>此合同尚未出具供签署的 PDF，请先出具签署版本（主管批准后运行 `helix contract issue NUMBER`）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contracts.py" />
      <source>This contract has no revision {number}.</source>
      <translation>此合同没有修订版 {number}。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>This database already has users, so its first administrator exists. Sign in as an administrator to add more users.</source>
      <translation>此数据库已有用户，第一个管理员已存在。请以管理员身份登录后添加更多用户。</translation>
    </message>
    <message>
      <location filename="../../app/services/demo.py" />
      <source>This database already holds {count} members, so no demo data was added: demo data goes into an empty database. Use a new database file (helix --db …) or the demo database (helix --demo).</source>
      <translation>此数据库中已有 {count} 个会员，因此未添加演示数据：演示数据只能添加到空数据库中。请使用新的数据库文件（helix --db …）或演示数据库（helix --demo）。</translation>
    </message>
    <message>
      <location filename="../../app/cli_access.py" />
      <source>This database has no users yet, so the first user must be an administrator: helix users add {name} --role admin</source>
      <translation>此数据库尚无用户，第一个用户必须是管理员：helix users add {name} --role admin</translation>
    </message>
    <message>
      <location filename="../../app/db.py" />
      <source>This database was upgraded by a newer version of Helix (schema {revision}). Install the newer Helix on this computer before opening it.</source>
      <translation>此数据库已由更新版本的 Helix 升级（架构 {revision}）。请先在本机安装新版 Helix，再打开该数据库。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>This is a local copy of the shared database: new accounts are made on the shared database at the office, and come to the copy with the next sync.</source>
      <translation>这是共享数据库的本地副本：新账户须在办公室的共享数据库上创建，并在下次同步时传到副本中。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>This is not a demo database, or its demo user is missing; sign in with a user name and password.</source>
      <translation>这不是演示数据库，或其演示用户缺失；请使用用户名和密码登录。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>This is not a unified social credit code: it must start with the registering authority (a digit, A, N or Y) followed by seven digits. Check the code on the business licence.</source>
      <translation>这不是有效的统一社会信用代码：它必须以登记管理部门代码（一个数字或 A、N、Y）开头，后接七位数字。请对照营业执照核对。</translation>
    </message>
    <message>
      <location filename="../../app/services/contracts.py" />
      <source>This match is {status}, not agreed; a contract is drafted only for an agreed match. Record the agreement first.</source>
      <translation>此匹配当前为{status}，而非已达成；只有已达成的匹配才能起草合同。请先记录达成协议。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>This milestone is done; a completed milestone is not moved.</source>
      <translation>此里程碑已完成；已完成的里程碑不能调整。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>This milestone is done; it stays as it was confirmed.</source>
      <translation>此里程碑已完成；保持确认时的内容，不能修改。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>This milestone was completed on {day} already.</source>
      <translation>此里程碑已于 {day} 完成。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>This password is one of the most common ones and is guessed first; choose another.</source>
      <translation>这是最常见的密码之一，很容易被猜中，请换一个。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>This problem was resolved on {day} already; choose one that is still open.</source>
      <translation>该问题已于 {day} 解决；请选择一个仍未解决的问题。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>This project is {status}; its milestones can no longer be changed.</source>
      <translation>此项目当前为{status}，其里程碑已不能修改。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>This project is {status}; the three sides evaluate a project once it is completed.</source>
      <translation>此项目当前为{status}；项目完成后才由三方进行评价。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>This side's evaluation was recorded on {day} ({evaluator}); each side evaluates a project once, and that evaluation is kept as given.</source>
      <translation>该方的评价已于 {day} 记录（{evaluator}）；每一方只能评价一次项目，评价一经记录即保持原样。</translation>
    </message>
    <message>
      <location filename="../../app/services/uow.py" />
      <source>This {what} no longer exists; it may have been deleted elsewhere. Refresh the list.</source>
      <translation>此{what}已不存在，可能已在别处被删除。请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_data.py" />
      <source>Unknown cooperation type: {unknown}. Use one or more of: {known}.</source>
      <translation>未知的合作方式：{unknown}。请使用以下一种或多种：{known}。</translation>
    </message>
    <message>
      <location filename="../../app/services/evaluations.py" />
      <source>Unknown criteria: {names}.</source>
      <translation>未知的评价标准：{names}。</translation>
    </message>
    <message>
      <location filename="../../app/services/conflict_store.py" />
      <source>Version B of {label} was never saved here, because another record holds the same unique value. Keep version A, or change that other record first.</source>
      <translation>{label} 的版本 B 从未在此保存，因为另一条记录持有相同的唯一值。请保留版本 A，或先修改那条记录。</translation>
    </message>
    <message>
      <location filename="../../app/services/project_log.py" />
      <source>Write what was reported; the entry's text is empty.</source>
      <translation>请填写报告的内容；条目内容为空。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>You cannot switch off your own account; ask another administrator.</source>
      <translation>您不能停用自己的账户；请联系其他管理员。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>You cannot take the administrator role from yourself; ask another administrator.</source>
      <translation>您不能取消自己的管理员角色；请联系其他管理员。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>a {layout} template needs {n} different roles.</source>
      <translation>{layout} 模板需要 {n} 个不同的角色。</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>an actor needs a name</source>
      <translation>操作人需要有名称</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>budget overlaps</source>
      <translation>预算范围重叠</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>cannot be published: {check} Correct the row, or import the file as drafts.</source>
      <translation>无法发布：{check} 请更正该行，或将文件导入为草稿。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>clause keys repeat: {keys}.</source>
      <translation>条款标识重复：{keys}。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>clause {n} needs a key, a heading and a text.</source>
      <translation>第 {n} 条需要有标识（key）、标题（heading）和正文（text）。</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>commissioned development</source>
      <translation>委托开发</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>cooperation types</source>
      <translation>合作方式</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>cooperation: {kinds}</source>
      <translation>合作方式：{kinds}</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>description</source>
      <translation>详细说明</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>equipment sharing</source>
      <translation>设备共享</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>equity investment</source>
      <translation>股权投资</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>it cannot be read ({detail}).</source>
      <translation>文件无法读取（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>it is not UTF-8 text.</source>
      <translation>文件不是 UTF-8 编码的文本。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>it is not valid JSON ({detail}).</source>
      <translation>文件不是有效的 JSON（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>it lacks {keys}.</source>
      <translation>文件缺少 {keys}。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>it must hold one JSON object.</source>
      <translation>文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>its id {id} must equal the file name without .json.</source>
      <translation>其 id {id} 必须与去掉 .json 的文件名相同。</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>joint R&amp;D</source>
      <translation>合作研发</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>licensing</source>
      <translation>许可</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>matched</source>
      <translation>已对接</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>milestone {n} names “{role}” as responsible; it must be one of {roles}.</source>
      <translation>第 {n} 个里程碑的负责方为“{role}”，必须是 {roles} 之一。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>milestone {n} needs a deliverable and a list of words “when”.</source>
      <translation>第 {n} 个里程碑需要交付成果（deliverable）和关键词列表（when）。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>no member has the external id {reference}. Members must be imported first (helix import members, or File ▸ Import… ▸ Members); then import this file.</source>
      <translation>没有会员的外部编号为 {reference}。须先导入会员（helix import members，或 文件 ▸ 导入… ▸ 会员），再导入此文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>only a three-party template has the coordinator role, and it must.</source>
      <translation>只有三方模板才有协调方（coordinator）角色，且三方模板必须有此角色。</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/engine.py" />
      <source>past evaluations {score} of 5</source>
      <translation>以往评价 {score} 分（满分 5）</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>published</source>
      <translation>已发布</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>same region</source>
      <translation>同一地区</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>say whether the listing is a demand or a supply.</source>
      <translation>请说明该信息是需求还是供给。</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>sector section {codes}</source>
      <translation>行业门类 {codes}</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>sector {codes}</source>
      <translation>行业 {codes}</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/engine.py" />
      <source>shares: {terms}</source>
      <translation>共同点：{terms}</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>talent training</source>
      <translation>人才培养</translation>
    </message>
    <message>
      <location filename="../../app/services/matching/reasons.py" />
      <source>technical service</source>
      <translation>技术服务</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>technology readiness level</source>
      <translation>技术成熟度</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>the IP status is plausible</source>
      <translation>知识产权状况可信</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>the IP status “{text}” is not known; use one of {accepted} (or 已授权专利, 专利申请中, 技术秘密, 软件著作权, 无).</source>
      <translation>知识产权状态“{text}”未知；请使用以下之一：{accepted}（或 已授权专利、专利申请中、技术秘密、软件著作权、无）。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>the amount is in {code}, but the listing's currency is {currency}; make them agree.</source>
      <translation>金额的币种为 {code}，但该需求/供给的币种为 {currency}；请使两者一致。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>the amount “{text}” names two currencies.</source>
      <translation>金额“{text}”包含两种币种。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>the currency “{text}” is not known; use a three-letter code such as CNY, USD or EUR (or RMB, 人民币, 元, ¥, $, 美元, €, 欧元).</source>
      <translation>币种“{text}”未知；请使用三个字母的代码，例如 CNY、USD 或 EUR（或 RMB、人民币、元、¥、$、美元、€、欧元）。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>the deadline “{text}” is not a date; write it like 2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日.</source>
      <translation>截止日期“{text}”不是日期；请按 2026-12-31、2026/12/31、2026.12.31 或 2026年12月31日 的格式填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>the description is plausible</source>
      <translation>描述内容可信</translation>
    </message>
    <message>
      <location filename="../../app/services/import_common.py" />
      <source>the external id {external_id} already belongs to “{owner}”. Import with “update existing listings” (helix import --update) to change that listing.</source>
      <translation>外部编号 {external_id} 已属于“{owner}”。如需修改该需求/供给，请在导入时选择更新已有记录（helix import --update）。</translation>
    </message>
    <message>
      <location filename="../../app/services/import_common.py" />
      <source>the external id {external_id} already belongs to “{owner}”. Import with “update existing members” (helix import --update) to change that member.</source>
      <translation>外部编号 {external_id} 已属于“{owner}”。如需修改该会员，请在导入时选择更新已有记录（helix import --update）。</translation>
    </message>
    <message>
      <location filename="../../app/services/import_common.py" />
      <source>the external id {external_id} is also on line {line}; each listing once, please.</source>
      <translation>外部编号 {external_id} 也出现在第 {line} 行；每条需求/供给只能出现一次。</translation>
    </message>
    <message>
      <location filename="../../app/services/import_common.py" />
      <source>the external id {external_id} is also on line {line}; each member once, please.</source>
      <translation>外部编号 {external_id} 也出现在第 {line} 行；每个会员只能出现一次。</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>the identity of the member is confirmed</source>
      <translation>会员身份已确认</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>the kind “{text}” is not known; use demand or supply (or 需求, 技术需求, 供给, 供应, 成果, 技术成果, offer).</source>
      <translation>类型“{text}”未知；请使用 demand（需求）或 supply（供给）（或 需求、技术需求、供给、供应、成果、技术成果、offer）。</translation>
    </message>
    <message>
      <location filename="../../app/services/member_io.py" />
      <source>the kind “{text}” is not known; use one of {known} (or 企业, 高校, 科研院所, 政府, 中介, 投资机构, 其他).</source>
      <translation>类型“{text}”未知；请使用以下之一：{known}（或 企业、高校、科研院所、政府、中介、投资机构、其他）。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>the listing “{title}” is {status}; an import updates only draft or returned listings. Leave this row out, or withdraw the listing and import it with a new external id.</source>
      <translation>需求/供给“{title}”的状态为{status}；导入只更新草稿或已退回的需求/供给。请删去此行，或撤回该需求/供给后以新的外部编号导入。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>the listing “{title}” with this external id was deleted; give the row another external id.</source>
      <translation>具有此外部编号的需求/供给“{title}”已被删除；请为该行填写另一个外部编号。</translation>
    </message>
    <message>
      <location filename="../../app/services/member_io.py" />
      <source>the registration code {code} already belongs to “{owner}”. Check the code, or give that member's external id to update it.</source>
      <translation>统一社会信用代码 {code} 已属于“{owner}”。请检查代码，或填写该会员的外部编号以更新该会员。</translation>
    </message>
    <message>
      <location filename="../../app/services/member_io.py" />
      <source>the registration code {code} is also on line {line}; each member once, please.</source>
      <translation>统一社会信用代码 {code} 也出现在第 {line} 行；每个会员只能出现一次。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>the technology readiness level “{text}” is not known; use a whole number from 1 to 9 (written 6, TRL 6, TRL6 or 6级).</source>
      <translation>技术成熟度等级“{text}”未知；请使用 1 到 9 之间的整数（写作 6、TRL 6、TRL6 或 6级）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>the text of clause “{clause}” has a template error on line {line}: {detail}.</source>
      <translation>条款“{clause}”的正文第 {line} 行有模板错误：{detail}。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>unknown cooperation type: {unknown}. Use one or more of {accepted} (or 技术许可, 技术转让, 合作研发, 技术服务, 委托开发, 股权投资, 技术入股, 人才培养, 设备共享), separated by “;”.</source>
      <translation>未知的合作方式：{unknown}。请使用以下一种或多种：{accepted}（或 技术许可、技术转让、合作研发、技术服务、委托开发、股权投资、技术入股、人才培养、设备共享），以“;”分隔。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_io.py" />
      <source>withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <location filename="../../app/services/conflict_store.py" />
      <source>{by} already resolved this conflict. Refresh the list.</source>
      <translation>{by} 已解决此冲突。请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../app/services/sectors.py" />
      <source>{codes} are not sector codes of GB/T 4754-2017. Use a section letter (A–T) or a division code such as C38, and separate several codes with a semicolon.</source>
      <translation>{codes} 不是 GB/T 4754-2017 的行业代码。请使用门类字母（A–T）或大类代码（例如 C38），多个代码之间用分号分隔。</translation>
    </message>
    <message>
      <location filename="../../app/services/sectors.py" />
      <source>{codes} is not a sector code of GB/T 4754-2017. Use a section letter (A–T) or a division code such as C38, and separate several codes with a semicolon.</source>
      <translation>{codes} 不是 GB/T 4754-2017 的行业代码。请使用门类字母（A–T）或大类代码（例如 C38），多个代码之间用分号分隔。</translation>
    </message>
    <message>
      <location filename="../../app/cli_conflicts.py" />
      <source>{count} conflicts have ids starting with “{id}”; give more of the id.</source>
      <translation>有 {count} 个冲突的编号以“{id}”开头，请提供更完整的编号。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>{count} milestone(s) are not done yet ({titles}); complete them first, or terminate the project if the cooperation has ended.</source>
      <translation>尚有 {count} 个里程碑未完成（{titles}）；请先完成这些里程碑，如合作已结束，请终止项目。</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>{db} is not a local copy of a shared database, so there is nothing to sync. Make a copy first: helix --db sqlite:///path/to/copy.sqlite copy-out --remote URL</source>
      <translation>{db} 不是共享数据库的本地副本，因此无需同步。请先制作副本：helix --db sqlite:///path/to/copy.sqlite copy-out --remote URL</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>{field} is required. Please fill it in.</source>
      <translation>{field}为必填项。请填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>{field} is too long: it has {length} characters, but at most {limit} are allowed. Please shorten it.</source>
      <translation>{field}过长：有 {length} 个字符，但最多允许 {limit} 个。请缩短。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>{name} cannot be read ({reason}).</source>
      <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>{name} could not be read as an Excel workbook. Check that it is an .xlsx file and not open in another program, then try again.</source>
      <translation>无法将 {name} 作为 Excel 工作簿读取。请确认它是 .xlsx 文件且未在其他程序中打开，然后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/import_common.py" />
      <source>{name} has no “{missing}” column, so it cannot be imported. The first line must name the columns; {what} use: {columns}.</source>
      <translation>{name} 中没有“{missing}”列，因此无法导入。第一行必须是列名；{what}使用的列为：{columns}。</translation>
    </message>
    <message>
      <location filename="../../app/services/match_data.py" />
      <source>{name} is a {actual}, not a {kind}: a match pairs a demand with a supply.</source>
      <translation>{name} 是{actual}，而不是{kind}：匹配是将一条需求与一条供给配对。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>{name} is an old Excel file (.xls), which Helix cannot read. Open it in Excel and save it as “Excel Workbook (.xlsx)” or as CSV, then try again.</source>
      <translation>{name} 是旧版 Excel 文件（.xls），Helix 无法读取。请在 Excel 中打开并另存为“Excel 工作簿 (.xlsx)”或 CSV，然后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/projects.py" />
      <source>{name} is empty.</source>
      <translation>{name} 是空文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>{name} is empty. The first line must hold the column names.</source>
      <translation>{name} 为空。第一行必须是列名。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>{name} is neither UTF-8 nor GB18030 text, so Helix cannot read it. Save it again from Excel as “CSV UTF-8” and try again.</source>
      <translation>{name} 既不是 UTF-8 也不是 GB18030 编码的文本，Helix 无法读取。请在 Excel 中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_verify.py" />
      <source>{name} is not a readable PDF file (it is damaged or not a PDF): {reason}.</source>
      <translation>{name} 不是可读取的 PDF 文件（文件已损坏或不是 PDF）：{reason}。</translation>
    </message>
    <message>
      <location filename="../../app/services/tabular.py" />
      <source>{name} is not a well-formed CSV file ({reason}). Open it in a spreadsheet, save it as CSV again and retry.</source>
      <translation>{name} 不是格式正确的 CSV 文件（{reason}）。请在电子表格软件中打开，重新另存为 CSV 后重试。</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>{name} is signed in as {role} and may not {action}; that needs the role of {allowed}. Ask an administrator if you need it.</source>
      <translation>{name} 以{role}身份登录，无权{action}；此操作需要{allowed}角色。如有需要，请联系管理员。</translation>
    </message>
    <message>
      <location filename="../../app/services/users.py" />
      <source>{name} is the last active administrator, so they cannot be {change}: nobody could manage users any more. Make another user an administrator first.</source>
      <translation>{name} 是最后一个有效的管理员，因此不能被{change}：否则将无人能够管理用户。请先将另一个用户设为管理员。</translation>
    </message>
    <message>
      <location filename="../../app/services/matches.py" />
      <source>{name} is {status}; only published listings can be proposed to the other side. Publish it first, or choose another listing.</source>
      <translation>{name} 当前为{status}；只有已发布的信息才能推荐给对方。请先发布，或选择其他信息。</translation>
    </message>
    <message>
      <location filename="../../app/services/import_common.py" />
      <source>{name} was not imported: {count} line(s) have problems. Nothing was saved; correct the lines listed and import the file again.</source>
      <translation>{name} 未导入：有 {count} 行存在问题。未保存任何内容；请更正所列各行后重新导入该文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_issue.py" />
      <source>{party} has signed contract {number} already; each party signs once.</source>
      <translation>{party} 已签署合同 {number}；每一方只能签署一次。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_copy.py" />
      <source>{path} already holds a database of its own, not a copy of {remote}. Choose another file for the copy (nothing was changed).</source>
      <translation>{path} 中已有一个独立的数据库，而不是 {remote} 的副本。请为副本选择其他文件（未做任何更改）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_signing.py" />
      <location filename="../../app/services/contract_verify.py" />
      <source>{path} cannot be read ({reason}).</source>
      <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_signing.py" />
      <source>{path} could not be signed: {reason}. If it was signed already in the field {field}, that party has signed.</source>
      <translation>无法签署 {path}：{reason}。如果签名域 {field} 中已有签名，说明该当事方已签署。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_copy.py" />
      <source>{path} is a copy of another database, not of {remote}. Choose another file for the copy (nothing was changed).</source>
      <translation>{path} 是另一个数据库的副本，而不是 {remote} 的副本。请为副本选择其他文件（未做任何更改）。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <source>{path} is a folder; give the name of the PDF file.</source>
      <translation>{path} 是文件夹，请提供 PDF 文件的名称。</translation>
    </message>
    <message>
      <location filename="../../app/services/report_io.py" />
      <source>{path} is a folder; give the name of the file.</source>
      <translation>{path} 是文件夹，请提供文件名。</translation>
    </message>
    <message>
      <location filename="../../app/services/dump_format.py" />
      <source>{path} is not a Helix backup. Nothing was replaced.</source>
      <translation>{path} 不是 Helix 备份。未替换任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_signing.py" />
      <source>{path} is not a readable PDF file (it is damaged or not a PDF): {reason}.</source>
      <translation>{path} 不是可读取的 PDF 文件（文件已损坏或不是 PDF）：{reason}。</translation>
    </message>
    <message>
      <location filename="../../app/services/backup.py" />
      <source>{path} is the database itself; choose another file for the backup.</source>
      <translation>{path} 就是数据库本身，请为备份选择其他文件。</translation>
    </message>
    <message>
      <location filename="../../app/services/dump_format.py" />
      <source>{path} was written by a newer version of Helix (dump format {version}); restore it with that version. Nothing was replaced.</source>
      <translation>{path} 由更新版本的 Helix 写入（转储格式 {version}）；请用该版本恢复。未替换任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>{problems}</source>
      <translation>{problems}</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>{problem} A sector's exact name (such as 电气机械和器材制造业) is accepted too.</source>
      <translation>{problem} 也可以填写行业的完整名称（例如 电气机械和器材制造业）。</translation>
    </message>
    <message>
      <location filename="../../app/services/catalogue.py" />
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>{remote} is not the database this copy was made from ({origin}). Sync with that one (leave out --remote), or make a new copy of {remote} with `helix copy-out`. Nothing was changed.</source>
      <translation>{remote} 不是制作此副本时所用的数据库（{origin}）。请与原数据库同步（省略 --remote），或用 `helix copy-out` 重新制作 {remote} 的副本。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_state.py" />
      <source>{url} is not a Helix database (it has no Helix tables). Check the address.</source>
      <translation>{url} 不是 Helix 数据库（其中没有 Helix 数据表）。请检查地址。</translation>
    </message>
    <message>
      <location filename="../../app/services/sync_state.py" />
      <source>{url} is this very database: choose the shared database to sync with.</source>
      <translation>{url} 就是当前数据库：请选择要同步的共享数据库。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>{value} cannot be written in words.</source>
      <translation>{value} 无法转换为大写文字。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>{value} is not a date (use YYYY-MM-DD).</source>
      <translation>{value} 不是日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>{value} is not an amount.</source>
      <translation>{value} 不是金额。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>“clauses” must be a non-empty list.</source>
      <translation>“clauses”必须是非空列表。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>“milestones” must be a list.</source>
      <translation>“milestones”必须是列表。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>“roles” must be a list of objects, each with a key and a label.</source>
      <translation>“roles”必须是对象列表，每个对象都有 key 和 label。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>“{key}” is {value}; it must be one of {allowed}.</source>
      <translation>“{key}”的值为 {value}，必须是 {allowed} 之一。</translation>
    </message>
    <message>
      <location filename="../../app/services/contract_templates.py" />
      <source>“{key}” must be a non-empty text.</source>
      <translation>“{key}”必须是非空文本。</translation>
    </message>
    <message>
      <location filename="../../app/services/alliances.py" />
      <source>“{member}” is already in “{alliance}”.</source>
      <translation>“{member}”已是“{alliance}”的成员。</translation>
    </message>
    <message>
      <location filename="../../app/services/members.py" />
      <source>“{name}” is already {status}.</source>
      <translation>“{name}”已经是{status}状态。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>“{text}” is not a date of the calendar.</source>
      <translation>“{text}”不是日历上存在的日期。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>“{text}” is not a phone number. Enter a mobile number (11 digits, e.g. 138 1234 5678), a landline with its area code (e.g. 010 1234 5678), or an international number starting with + and the country code.</source>
      <translation>“{text}”不是电话号码。请输入手机号码（11 位，例如 138 1234 5678）、带区号的固定电话（例如 010 1234 5678），或以 + 和国家代码开头的国际号码。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>“{text}” is not a valid e-mail address. {reason} Check it and type it again.</source>
      <translation>“{text}”不是有效的电子邮件地址。{reason} 请检查后重新输入。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>“{text}” is not a valid phone number. Enter a mobile number (11 digits, e.g. 138 1234 5678), a landline with its area code (e.g. 010 1234 5678), or an international number starting with + and the country code.</source>
      <translation>“{text}”不是有效的电话号码。请输入手机号码（11 位，例如 138 1234 5678）、带区号的固定电话（例如 010 1234 5678），或以 + 和国家代码开头的国际号码。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>“{text}” is not a valid web address. Enter it like www.example.com or https://www.example.com/page.</source>
      <translation>“{text}”不是有效的网址。请按 www.example.com 或 https://www.example.com/page 的格式填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/validation.py" />
      <source>“{text}” is not a valid web address. Enter it like www.example.com.</source>
      <translation>“{text}”不是有效的网址。请按 www.example.com 的格式填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_cells.py" />
      <source>“{text}” is not an amount; write it like 500000, 500,000, 50万 or ¥500,000.</source>
      <translation>“{text}”不是金额；请按 500000、500,000、50万 或 ¥500,000 的格式填写。</translation>
    </message>
    <message>
      <location filename="../../app/services/listing_checks.py" />
      <source>“{title}” ({reference}, {member}, {score} %)</source>
      <translation>“{title}”（{reference}，{member}，{score}%）</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>“{title}” cannot be published before the checklist is complete. Still to confirm: {unticked}.</source>
      <translation>核对清单尚未完成，无法发布“{title}”。尚待确认：{unticked}。</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>“{title}” cannot be published: {failed} Correct this or return the listing.</source>
      <translation>无法发布“{title}”：{failed} 请更正此问题或退回该信息。</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>“{title}” cannot be submitted yet. {missing}</source>
      <translation>暂时无法提交“{title}”。{missing}</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>“{title}” has already been extended once; a listing can be extended only once. Publish it anew as a new listing if it must stay out longer.</source>
      <translation>“{title}”已延期过一次；每条信息只能延期一次。如需继续发布，请将其作为新信息重新发布。</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>“{title}” is {current}, so it cannot become {target}; only a listing that is {sources} can.</source>
      <translation>“{title}”当前为{current}，无法变为{target}；只有{sources}的信息才可以。</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>“{title}” is {status} and can no longer be edited; only draft or returned listings can. Withdraw it and make a new one if it must change.</source>
      <translation>“{title}”当前为{status}，已不能编辑；只有草稿或被退回的信息才能编辑。如需修改，请撤回后新建一条信息。</translation>
    </message>
    <message>
      <location filename="../../app/services/listings.py" />
      <source>“{title}” is {status}; only a published listing can be extended.</source>
      <translation>“{title}”当前为{status}；只有已发布的信息才能延期。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>“{title}” was changed by {who} after you opened it; it is now {status}. Nothing was published or returned. The queue has been reloaded: look at the listing again.</source>
      <translation>“{title}”在您打开后已被 {who} 修改，当前状态为“{status}”。未发布也未退回任何内容。队列已重新加载，请重新查看该信息。</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>“{url}” is not a database address.</source>
      <translation>“{url}”不是数据库地址。</translation>
    </message>
    <message>
      <location filename="../../app/cli_sync.py" />
      <source>“{url}” is not an address Helix can sync with: give the shared database as postgresql+psycopg://user@server/helix (or a Helix SQLite file).</source>
      <translation>Helix 无法与“{url}”同步：请以 postgresql+psycopg://user@server/helix 的形式指定共享数据库（或指定 Helix SQLite 文件）。</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../app/ui/help.py" />
      <source># {title}

There is no help page for this screen yet.</source>
      <translation># {title}

此界面暂无帮助页面。</translation>
    </message>
    <message>
      <location filename="../../app/ui/help.py" />
      <source>Back</source>
      <translation>后退</translation>
    </message>
    <message>
      <location filename="../../app/ui/help.py" />
      <source>Forward</source>
      <translation>前进</translation>
    </message>
    <message>
      <location filename="../../app/ui/help.py" />
      <source>Helix user guide</source>
      <translation>Helix 用户指南</translation>
    </message>
    <message>
      <location filename="../../app/ui/help.py" />
      <source>Overview</source>
      <translation>概述</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>(no name)</source>
      <translation>（无名称）</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>1 clause</source>
      <translation>1 条条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>1 contact</source>
      <translation>1 位联系人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>1 instalment</source>
      <translation>1 期付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>1 log entry</source>
      <translation>1 条日志</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>1 milestone</source>
      <translation>1 个里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>1 party</source>
      <translation>1 个当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>1 record</source>
      <translation>1 条记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Alliance</source>
      <translation>联盟</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Alliance membership</source>
      <translation>联盟成员资格</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Benefit realised</source>
      <translation>收益实现</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Certificate SHA-256</source>
      <translation>证书 SHA-256</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Communication</source>
      <translation>沟通</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Confirmed by</source>
      <translation>确认人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Contract</source>
      <translation>合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Contract clause</source>
      <translation>合同条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Contract party</source>
      <translation>合同当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Contract revision</source>
      <translation>合同修订版</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Contract type</source>
      <translation>合同类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Deliverable</source>
      <translation>交付成果</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Due on</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Ended on</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Evaluated on</source>
      <translation>评价日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Evaluation</source>
      <translation>评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Evaluator</source>
      <translation>评价人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Evidence</source>
      <translation>证明材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Evidence file</source>
      <translation>证明文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Extended</source>
      <translation>有效期延长</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Failed sign-ins</source>
      <translation>登录失败次数</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>File name of the scan</source>
      <translation>扫描件文件名</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>First planned</source>
      <translation>原计划日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Goal achieved</source>
      <translation>目标达成</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Issued</source>
      <translation>出具时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Issued PDF</source>
      <translation>已出具的 PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Issued by</source>
      <translation>出具人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Left</source>
      <translation>退出日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Listing</source>
      <translation>需求/供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Locked until</source>
      <translation>锁定至</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Match</source>
      <translation>匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <location filename="../../app/ui/history_projects.py" />
      <source>Milestone</source>
      <translation>里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Milestone moved</source>
      <translation>里程碑调整</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Moved</source>
      <translation>调整时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Moved by</source>
      <translation>调整人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Must change password</source>
      <translation>须修改密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Note on the end</source>
      <translation>结束说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>PDF issued for signature</source>
      <translation>已出具签署版本的 PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Party</source>
      <translation>当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Payment instalment</source>
      <translation>分期付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Planned end</source>
      <translation>计划结束日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Project log entry</source>
      <translation>项目日志条目</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Published on</source>
      <translation>发布日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Quality</source>
      <translation>质量</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Reason for voiding</source>
      <translation>作废原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Reasons for return</source>
      <translation>退回理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Recorded</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <location filename="../../app/ui/history_projects.py" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Removed on</source>
      <translation>移除日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Reported by</source>
      <translation>报告人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Resolves</source>
      <translation>解决的问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Review comments</source>
      <translation>审核意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Revision</source>
      <translation>修订版</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Saved</source>
      <translation>保存时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Saved by</source>
      <translation>保存人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Side</source>
      <translation>所属方</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Signature</source>
      <translation>签署</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Signed PDF</source>
      <translation>已签署的 PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Signed by way of</source>
      <translation>签署方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Signed file SHA-256</source>
      <translation>已签署文件 SHA-256</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Signed on</source>
      <translation>签署日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Started on</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <location filename="../../app/ui/history_projects.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Timeliness</source>
      <translation>及时性</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Verification</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>Voided</source>
      <translation>作废时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>a file of {size}</source>
      <translation>一个 {size} 的文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>a file of {size}, SHA-256 {sha256}</source>
      <translation>一个 {size} 的文件，SHA-256 {sha256}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>added a digital signature to the issued PDF</source>
      <translation>为已出具的 PDF 添加了数字签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>added clause {name}</source>
      <translation>添加了条款 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>added contact {name}</source>
      <translation>添加了联系人 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>added instalment {name}</source>
      <translation>添加了分期付款 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>added member {name} again as {role}</source>
      <translation>再次添加会员 {name}，角色为{role}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>added member {name} as {role}</source>
      <translation>添加了会员 {name}，角色为{role}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>added milestone {name}, due on {date}</source>
      <translation>添加了里程碑 {name}，截止日期 {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>added party {name}</source>
      <translation>添加了当事方 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>added {things}: {names}</source>
      <translation>添加了{things}：{names}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>another member</source>
      <translation>另一会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>another record</source>
      <translation>另一记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>archived the record</source>
      <translation>归档了记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>brought the record back</source>
      <translation>恢复了已删除的记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>changed clause {name}: {changes}</source>
      <translation>修改了条款 {name}：{changes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>changed contact {name}: {changes}</source>
      <translation>修改了联系人 {name}：{changes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>changed instalment {name}: {changes}</source>
      <translation>修改了分期付款 {name}：{changes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>changed member {name}: {changes}</source>
      <translation>修改了会员 {name}：{changes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>changed milestone {name}: {changes}</source>
      <translation>修改了里程碑 {name}：{changes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>changed party {name}: {changes}</source>
      <translation>修改了当事方 {name}：{changes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>changed {changes}</source>
      <translation>修改了{changes}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>created the record</source>
      <translation>创建了记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>deleted the record</source>
      <translation>删除了记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>digital signature</source>
      <translation>数字签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>feedback</source>
      <translation>反馈</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>issued revision {number} for signature ({file})</source>
      <translation>出具了修订版 {number} 的签署版本（{file}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>logged a {kind} from {side}: {text}</source>
      <translation>记录了{side}的{kind}：{text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>marked milestone {name} done on {date}, confirmed by {who}</source>
      <translation>将里程碑 {name} 标记为于 {date} 完成，确认人：{who}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>moved milestone {name} from {old} to {new}: {reason}</source>
      <translation>将里程碑 {name} 从 {old} 调整到 {new}：{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>progress report</source>
      <translation>进展报告</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>recorded the evaluation of {side} by {who}</source>
      <translation>记录了{side}的评价（评价人：{who}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>recorded the signature of {party} ({method}, signed on {date})</source>
      <translation>登记了 {party} 的签名（{method}，签署日期 {date}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>removed clause {name}</source>
      <translation>删除了条款 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>removed contact {name}</source>
      <translation>删除了联系人 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>removed instalment {name}</source>
      <translation>删除了分期付款 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>removed member {name}</source>
      <translation>移除了会员 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>removed milestone {name}</source>
      <translation>移除了里程碑 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>removed party {name}</source>
      <translation>删除了当事方 {name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>resolution</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>restored the record</source>
      <translation>从归档中恢复了记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>saved revision {number}</source>
      <translation>保存了修订版 {number}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>saved the record without visible changes</source>
      <translation>保存了记录，无可见修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>the enterprise</source>
      <translation>企业方</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>the office</source>
      <translation>服务机构</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_projects.py" />
      <source>the university or institute</source>
      <translation>高校或科研院所</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>verified the listing and published it</source>
      <translation>审核通过并发布了该信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>verified the listing and returned it: {reasons}</source>
      <translation>审核后退回了该信息：{reasons}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>voided the PDF issued for signature: {reason}</source>
      <translation>作废了已出具的签署版本 PDF：{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>wet ink</source>
      <translation>手写签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>{entity} {name}: {what}</source>
      <translation>{entity} {name}：{what}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>{field}</source>
      <translation>{field}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>{field} from “{before}” to (empty)</source>
      <translation>{field}由“{before}”改为（空）</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>{field} from “{before}” to “{after}”</source>
      <translation>{field}由“{before}”改为“{after}”</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>{field} to “{after}”</source>
      <translation>{field}改为“{after}”</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>{n} clauses</source>
      <translation>{n} 条条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>{n} contacts</source>
      <translation>{n} 位联系人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>{n} instalments</source>
      <translation>{n} 期付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>{n} log entries</source>
      <translation>{n} 条日志</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>{n} milestones</source>
      <translation>{n} 个里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>{n} parties</source>
      <translation>{n} 个当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>{n} records</source>
      <translation>{n} 条记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_contracts.py" />
      <source>{share} %</source>
      <translation>{share} %</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>{when} — {who} {what}</source>
      <translation>{when} — {who} {what}</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>Loading the history…</source>
      <translation>正在加载历史…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>No changes are recorded for this record.</source>
      <translation>此记录没有修改记录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>The history could not be loaded. {reason}</source>
      <translation>无法加载历史。{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history.py" />
      <source>The history starts when the record is first saved.</source>
      <translation>历史从记录首次保存时开始。</translation>
    </message>
  </context>
  <context>
    <name>Home</name>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>All {count} contracts in review</source>
      <translation>全部 {count} 份审核中的合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>All {count} in the verification queue</source>
      <translation>审核队列中的全部 {count} 条</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>All {count} listings expiring soon</source>
      <translation>全部 {count} 条即将到期的信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>All {count} returned contracts</source>
      <translation>全部 {count} 份被退回的合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>All {count} returned listings</source>
      <translation>全部 {count} 条被退回的信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Contracts awaiting approval</source>
      <translation>待批准的合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Contracts returned for changes</source>
      <translation>退回修改的合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Contracts to be signed</source>
      <translation>待签署的合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Listings expiring soon</source>
      <translation>即将到期的信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Listings returned for correction</source>
      <translation>退回修改的信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Listings to verify</source>
      <translation>待审核的信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Matches waiting for an answer</source>
      <translation>等待答复的对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Milestones due in the next {days} days</source>
      <translation>未来 {days} 天内到期的里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>Overdue milestones</source>
      <translation>逾期里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>{count} in all: open the matches board</source>
      <translation>共 {count} 项：打开对接看板</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>{count} in all: open the projects</source>
      <translation>共 {count} 项：打开项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>{count} in all: the contracts awaiting signature</source>
      <translation>共 {count} 项：待签署的合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/home_cards.py" />
      <source>{count} in all: the projects with overdue milestones</source>
      <translation>共 {count} 项：有逾期里程碑的项目</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>1 thing needs attention</source>
      <translation>1 项事项需要处理</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>Could not read what needs attention. Refresh to try again.</source>
      <translation>无法读取待处理事项。请刷新后重试。</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>Listings to verify or about to expire, matches waiting for an answer, contracts to approve or sign and milestones coming due show here as they come.</source>
      <translation>待审核或即将到期的需求/供给、等待答复的对接、待批准或待签署的合同以及即将到期的里程碑，一旦出现都会显示在这里。</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>Look again at what needs attention (F5)</source>
      <translation>重新读取待处理事项 (F5)</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>Nothing needs attention today</source>
      <translation>今天没有需要处理的事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>What needs attention today</source>
      <translation>今天需要处理的事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>You are signed in as Viewer: you can open these records and read them, but not change them.</source>
      <translation>您以只读用户身份登录：可以打开并查看这些记录，但不能修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/home.py" />
      <source>{count} things need attention</source>
      <translation>{count} 项事项需要处理</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Check only</source>
      <translation>仅检查</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Copy problems</source>
      <translation>复制问题列表</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Drafts</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Import from a file</source>
      <translation>从文件导入</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Listings become</source>
      <translation>导入后的信息状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Published (verified by you)</source>
      <translation>已发布（由您审核）</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Reading {file}…</source>
      <translation>正在读取 {file}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Save problems…</source>
      <translation>保存问题列表…</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Save the problems</source>
      <translation>保存问题列表</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>The first line names the columns: {columns}. Extra columns are ignored.</source>
      <translation>第一行为列名：{columns}。多余的列将被忽略。</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Update the records whose external_id is already in Helix</source>
      <translation>更新 external_id 已存在于 Helix 中的记录</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Active</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Agreed</source>
      <translation>已达成</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Anonymous: without the member's name</source>
      <translation>匿名：不显示会员名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Awaiting signature</source>
      <translation>待签署</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Commissioned development</source>
      <translation>委托开发</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Consultancy</source>
      <translation>技术咨询</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Demand</source>
      <translation>需求</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Enterprise</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Equipment sharing</source>
      <translation>设备共享</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Equity investment</source>
      <translation>股权投资</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Founding member</source>
      <translation>发起成员</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Government agency</source>
      <translation>政府机构</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>In execution</source>
      <translation>执行中</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>In review</source>
      <translation>审核中</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Interested</source>
      <translation>有意向</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Intermediary</source>
      <translation>中介机构</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Investor</source>
      <translation>投资机构</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Joint R&amp;D</source>
      <translation>联合研发</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Know-how</source>
      <translation>专有技术</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Large enterprise</source>
      <translation>大型企业</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Lead</source>
      <translation>牵头单位</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Licensing / transfer</source>
      <translation>许可 / 转让</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Matched</source>
      <translation>已对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Medium-sized enterprise</source>
      <translation>中型企业</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Micro enterprise</source>
      <translation>微型企业</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Negotiating</source>
      <translation>洽谈中</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Non-disclosure agreement</source>
      <translation>保密协议</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Not applicable</source>
      <translation>不适用</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Not relevant</source>
      <translation>不相关</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Observer</source>
      <translation>观察员</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Patent granted</source>
      <translation>专利已授权</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Patent licence</source>
      <translation>专利许可</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Patent pending</source>
      <translation>专利申请中</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Proposed</source>
      <translation>已提议</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Public: with the member's name</source>
      <translation>公开：显示会员名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Published</source>
      <translation>已发布</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Research institute</source>
      <translation>科研院所</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Returned</source>
      <translation>已退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Running</source>
      <translation>执行中</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Signed</source>
      <translation>已签署</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Small enterprise</source>
      <translation>小型企业</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Software copyright</source>
      <translation>软件著作权</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Suggested</source>
      <translation>已推荐</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Supply</source>
      <translation>供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Suspended</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Talent training</source>
      <translation>人才培养</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Technical service</source>
      <translation>技术服务</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Technology transfer</source>
      <translation>技术转让</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Terminated</source>
      <translation>已终止</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>The IP status is plausible</source>
      <translation>知识产权状况可信</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>The description is plausible</source>
      <translation>描述内容可信</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>The identity of the member is confirmed</source>
      <translation>会员身份已确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>University</source>
      <translation>高校</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Viewer</source>
      <translation>只读用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Void</source>
      <translation>已作废</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" />
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
  </context>
  <context>
    <name>ListingFields</name>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>A {status} listing is not edited any more; withdraw it and make a new one if it must change.</source>
      <translation>处于“{status}”状态的信息不能再修改；如需修改，请先撤回，再新建一条。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Advantages and innovations</source>
      <translation>优势与创新点</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Anonymous listings are published without the member's name: visitors ask the office, quoting the listing's reference.</source>
      <translation>匿名信息发布时不显示会员名称：感兴趣的单位可凭信息编号向服务机构咨询。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Answer wanted by</source>
      <translation>期望答复日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Cooperation</source>
      <translation>合作方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Deadline</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>External id</source>
      <translation>外部编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>IP status</source>
      <translation>知识产权状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Minimum TRL wanted</source>
      <translation>最低技术成熟度要求</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>No member chosen yet</source>
      <translation>尚未选择会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Open the member in the registry</source>
      <translation>在会员名录中打开该会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Province, e.g. 江苏省</source>
      <translation>省份，例如：江苏省</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Publication</source>
      <translation>公开范围</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Readiness (TRL)</source>
      <translation>技术成熟度（TRL）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Reference in another system (optional)</source>
      <translation>其他系统中的编号（可选）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Separated by ;  e.g. 固态电池; solid-state battery</source>
      <translation>以分号 ; 分隔，例如：固态电池; 硫化物电解质</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Short and concrete, e.g. 固态电池电解质量产工艺</source>
      <translation>简短具体，例如：固态电池电解质量产工艺</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>TRL {level}</source>
      <translation>TRL {level} 级</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Technical specification sought</source>
      <translation>所需技术指标</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Technology and terms</source>
      <translation>技术与合作条件</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>The problem, the figures a solution must reach, constraints, the setting</source>
      <translation>要解决的问题、解决方案须达到的指标、限制条件和应用场景</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>Two or three sentences a visitor reads first</source>
      <translation>访客最先看到的两三句话</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>What is sought or offered</source>
      <translation>所需或可提供的内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>What the technology does, what is new, figures proven, where it is used</source>
      <translation>技术的功能、创新点、已验证的指标和应用领域</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>You can read this listing but not change it: {user} is signed in as {role}.</source>
      <translation>您可以查看但不能修改此信息：{user} 当前以“{role}”身份登录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>from</source>
      <translation>最低</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/fields.py" />
      <source>up to</source>
      <translation>最高</translation>
    </message>
  </context>
  <context>
    <name>ListingForm</name>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>&amp;Archive</source>
      <translation>归档(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>&amp;Revert</source>
      <translation>撤销(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>&amp;Withdraw</source>
      <translation>撤回(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>A new listing has not been verified yet.</source>
      <translation>新信息尚未审核。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>A partner was found; the listing leaves the catalogue</source>
      <translation>已找到合作方；该信息将从目录中移出</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Archive “{title}”? Archived listings cannot be changed any more.</source>
      <translation>确定要归档“{title}”吗？归档后的信息将不能再修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Budget from</source>
      <translation>预算下限</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Budget up to</source>
      <translation>预算上限</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Change the listing's status</source>
      <translation>更改信息状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Cooperation</source>
      <translation>合作方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Deadline</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Description</source>
      <translation>详细说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>E&amp;xtend validity</source>
      <translation>延长有效期(&amp;X)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Expires in {days} days, on {date}.</source>
      <translation>将于 {days} 天后（{date}）到期。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Extend</source>
      <translation>延长</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Extend validity</source>
      <translation>延长有效期</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>External id</source>
      <translation>外部编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Go ahead</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Hand the listing to a supervisor, who publishes it or returns it</source>
      <translation>将信息提交给主管，由主管发布或退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>IP status</source>
      <translation>知识产权状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>It has been extended once already.</source>
      <translation>该信息已延长过一次。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Keep the listing published for another year (once)</source>
      <translation>将信息再发布一年（仅限一次）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Keep “{title}” published for another year? A listing is extended only once.</source>
      <translation>确定将“{title}”再发布一年吗？每条信息只能延长一次。</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Mark as &amp;matched</source>
      <translation>标记为已对接(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Mark “{title}” as matched?</source>
      <translation>确定将“{title}”标记为已对接吗？</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Member who makes the listing</source>
      <translation>发布信息的会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>New demand</source>
      <translation>新建需求</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>New supply</source>
      <translation>新建供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Not saved yet.</source>
      <translation>尚未保存。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Not verified yet: a supervisor verifies it once it is submitted.</source>
      <translation>尚未审核：提交后由主管审核。</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Publication</source>
      <translation>公开范围</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Reference</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Returned by the office: {reasons}
Correct it, then submit again.</source>
      <translation>已被服务机构退回：{reasons}
请修改后重新提交。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Save the listing (Ctrl+S)</source>
      <translation>保存信息（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/listings/form.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Su&amp;bmit for verification</source>
      <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>TRL</source>
      <translation>技术成熟度</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Take the listing out of the everyday lists; its history is kept</source>
      <translation>将信息从日常列表中移出，但保留其历史记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>The listing was not saved: correct the fields marked in red, then save again.</source>
      <translation>信息未保存：请更正标红的字段，然后重新保存。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>The member no longer wants the listing published</source>
      <translation>会员不再希望发布该信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Undo the changes not yet saved</source>
      <translation>撤销尚未保存的修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Use Status › Extend validity to keep it published.</source>
      <translation>请使用“状态 › 延长有效期”继续发布。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Verification</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Waiting for verification by a supervisor.</source>
      <translation>等待主管审核。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Withdraw “{title}”? It will no longer be offered or published.</source>
      <translation>确定要撤回“{title}”吗？撤回后将不再推荐或发布。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>Withdraw, archive, extend or mark as matched</source>
      <translation>撤回、归档、延长有效期或标记为已对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>last saved {updated} by {user}</source>
      <translation>由 {user} 于 {updated} 最后保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>the new listing</source>
      <translation>新信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/form.py" />
      <source>valid until {date}</source>
      <translation>有效期至 {date}</translation>
    </message>
  </context>
  <context>
    <name>ListingTableModel</name>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>(anonymous)</source>
      <translation>（匿名）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Expires within {days} days</source>
      <translation>{days} 天内到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Published without the member's name</source>
      <translation>匿名发布（不显示会员名称）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Reference</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Updated</source>
      <translation>更新时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/model.py" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
  </context>
  <context>
    <name>ListingView</name>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Cooperation</source>
      <translation>合作方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Deadline</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Description</source>
      <translation>简介</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>External id</source>
      <translation>外部编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>IP status</source>
      <translation>知识产权状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Last changed</source>
      <translation>最后修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Limits</source>
      <translation>字数限制</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Member in good standing</source>
      <translation>会员状态有效</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>No checks recorded.</source>
      <translation>尚无核对记录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>No listing selected.</source>
      <translation>未选中任何信息。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Not verified yet.</source>
      <translation>尚未审核。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Published</source>
      <translation>已发布</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Published anonymously: outside the office this listing is shown without the member's name. Inside the office the name is shown.</source>
      <translation>匿名发布：对外展示时不显示会员名称；在服务机构内部仍显示名称。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Readiness (TRL)</source>
      <translation>技术成熟度（TRL）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Reasons</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Required fields</source>
      <translation>必填项</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Returned to the clerk. Reasons:</source>
      <translation>已退回经办人。原因：</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Similar listings</source>
      <translation>相似信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>Verification history</source>
      <translation>审核记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>from {low} {currency}</source>
      <translation>{low} {currency} 起</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>no reference yet</source>
      <translation>尚无编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>not confirmed</source>
      <translation>未确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>up to {high} {currency}</source>
      <translation>最高 {high} {currency}</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>{date} (extended once)</source>
      <translation>{date}（已延期一次）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>{low} – {high} {currency}</source>
      <translation>{low} – {high} {currency}</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>{outcome} on {when} by {who}</source>
      <translation>{outcome}（{when}，{who}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/detail.py" />
      <source>{when} by {who}</source>
      <translation>{when}，{who}</translation>
    </message>
  </context>
  <context>
    <name>ListingsScreen</name>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>1 listing</source>
      <translation>1 条信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>1 published listing expires within {days} days: extend it or let it expire.</source>
      <translation>1 条已发布信息将在 {days} 天内到期：请延长有效期或任其过期。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>A member's offer of technology, know-how, service or equipment</source>
      <translation>会员可提供的技术、专有技术、服务或设备</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>A member's technical need (Ctrl+N)</source>
      <translation>会员的技术需求（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>All but archived</source>
      <translation>全部（不含已归档）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>All sectors</source>
      <translation>所有行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>All, including archived</source>
      <translation>全部（含已归档）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Any member…</source>
      <translation>任意会员…</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Demands and supplies</source>
      <translation>需求和供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Expiring soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Member: {name}</source>
      <translation>会员：{name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>New &amp;demand</source>
      <translation>新建需求(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>New demand</source>
      <translation>新建需求</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>New s&amp;upply</source>
      <translation>新建供给(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>No listing matches this search and these filters.</source>
      <translation>没有符合当前搜索和筛选条件的信息。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Published listings whose validity ends within {days} days</source>
      <translation>有效期将在 {days} 天内结束的已发布信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Search the listings (Ctrl+F)</source>
      <translation>搜索信息（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Search title, summary, keywords, reference or member  (Ctrl+F)</source>
      <translation>搜索标题、摘要、关键词、编号或会员（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Show only the listings of one member</source>
      <translation>只显示某个会员的信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Show the listings of a member</source>
      <translation>显示某个会员的信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Show the listings of every member</source>
      <translation>显示所有会员的信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>Show them</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>There are no listings yet.</source>
      <translation>暂无信息。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>There are no listings yet. Record a member's need with New demand.</source>
      <translation>暂无信息。请点击“新建需求”登记会员的技术需求。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>{count} listings</source>
      <translation>{count} 条信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/screen.py" />
      <source>{count} published listings expire within {days} days: extend them or let them expire.</source>
      <translation>{count} 条已发布信息将在 {days} 天内到期：请延长有效期或任其过期。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;About Helix</source>
      <translation>关于 Helix(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Back up…</source>
      <translation>备份(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <location filename="../../app/ui/selftest.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Import…</source>
      <translation>导入(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Restore…</source>
      <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;Timeline of running projects…</source>
      <translation>执行中项目的时间线(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;User guide</source>
      <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Change my &amp;password…</source>
      <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Database: {name}</source>
      <translation>数据库：{name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Export trade-fair &amp;catalogue…</source>
      <translation>导出展会目录(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Helix</source>
      <translation>Helix</translation>
    </message>
    <message>
      <location filename="../../app/ui/app.py" />
      <source>Helix — demo database</source>
      <translation>Helix — 演示数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Show &amp;navigation</source>
      <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Signed in as {user} ({role})</source>
      <translation>已登录：{user}（{role}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" />
      <source>Your password was changed.</source>
      <translation>您的密码已修改。</translation>
    </message>
  </context>
  <context>
    <name>MatchEverything</name>
    <message>
      <location filename="../../app/ui/matching/run_all.py" />
      <source>Match everything</source>
      <translation>全部匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/run_all.py" />
      <source>Ranking the supplies for every published demand…</source>
      <translation>正在为每条已发布需求的候选供给排序…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/run_all.py" />
      <source>{demands} demands ranked: {suggestions} suggestions kept, {strong} of them strong. The strong ones that are new are listed under New matches.</source>
      <translation>已为 {demands} 条需求排序：保留 {suggestions} 条推荐，其中 {strong} 条为高分推荐。新的高分推荐列在“新推荐”下。</translation>
    </message>
  </context>
  <context>
    <name>MatchLabels</name>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Already handled elsewhere</source>
      <translation>已通过其他途径解决</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Both from the same member</source>
      <translation>双方属于同一会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Chose another solution</source>
      <translation>已选择其他方案</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>IP terms</source>
      <translation>知识产权条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Interest</source>
      <translation>意向</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Meeting</source>
      <translation>会面</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>No answer</source>
      <translation>无答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Not ready enough</source>
      <translation>技术成熟度不足</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Other (say why)</source>
      <translation>其他（请说明原因）</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>The budget does not fit</source>
      <translation>预算不符</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>The demand's member</source>
      <translation>需求方会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>The kind of cooperation does not fit</source>
      <translation>合作方式不符</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>The office</source>
      <translation>服务机构</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>The supply's member</source>
      <translation>供给方会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>The technology does not fit</source>
      <translation>技术不匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>The technology is not suitable</source>
      <translation>技术不适用</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Timing</source>
      <translation>时间安排</translation>
    </message>
  </context>
  <context>
    <name>MatchesScreen</name>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Agreed</source>
      <translation>已达成</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Any member…</source>
      <translation>任意会员…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Both sides agree on {title}? Both listings become matched; the contract follows.</source>
      <translation>确认双方已就 {title} 达成一致吗？两条信息都将变为已对接，接下来起草合同。</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Choose a match above.</source>
      <translation>请在上方选择一项对接。</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Declined…</source>
      <translation>已拒绝…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Draft contract…</source>
      <translation>起草合同…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Interested</source>
      <translation>有意向</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Log meeting or call…</source>
      <translation>记录会面或电话…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Mark new suggestions as seen</source>
      <translation>标记新推荐为已读</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Member: {name}</source>
      <translation>会员：{name}</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Negotiating</source>
      <translation>洽谈中</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>New suggestions</source>
      <translation>新推荐</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Not relevant…</source>
      <translation>不相关…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Propose</source>
      <translation>提议</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Proposed</source>
      <translation>已提议</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Record interest…</source>
      <translation>记录意向…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Show the matches of a member</source>
      <translation>显示某个会员的对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/board.py" />
      <source>Show the matches of every member</source>
      <translation>显示所有会员的对接</translation>
    </message>
  </context>
  <context>
    <name>MatchingScreen</name>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Choose a listing on the left.</source>
      <translation>请在左侧选择一条信息。</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Demands for {reference} {title}</source>
      <translation>适合 {reference} {title} 的需求</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Demands: find supplies</source>
      <translation>需求：查找供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Marked as not relevant; it will not be suggested again.</source>
      <translation>已标记为不相关，今后不会再推荐。</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Match &amp;everything…</source>
      <translation>全部匹配(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>No published listing of this kind matches.</source>
      <translation>没有符合条件的此类已发布信息。</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>No suggestion: nothing published shares enough with it.</source>
      <translation>暂无推荐：没有与之足够相近的已发布信息。</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Not relevant…</source>
      <translation>不相关…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Propose match…</source>
      <translation>提议对接…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Propose this pair to both sides</source>
      <translation>向双方推荐这对供需</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Proposed: {title}. Follow it on the Matches screen.</source>
      <translation>已提议对接：{title}。请在“对接”界面中跟进。</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Rank the supplies for every published demand and keep the strong ones</source>
      <translation>为所有已发布的需求排序供给，并保留匹配度高的推荐</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Ranking…</source>
      <translation>正在排序…</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Search published listings</source>
      <translation>搜索已发布信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Supplies for {reference} {title}</source>
      <translation>适合 {reference} {title} 的供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Supplies: find demands</source>
      <translation>供给：查找需求</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>Take the suggestion off the list for good, saying why</source>
      <translation>永久移除该推荐，并写明原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/screen.py" />
      <source>{count} suggestions, best first.</source>
      <translation>共 {count} 条推荐，匹配度高的在前。</translation>
    </message>
  </context>
  <context>
    <name>MatchingWeights</name>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Budget overlap</source>
      <translation>预算吻合</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Cooperation type</source>
      <translation>合作方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Matching</source>
      <translation>匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Past evaluations</source>
      <translation>以往评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Readiness (TRL) fit</source>
      <translation>技术成熟度（TRL）吻合</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Same region</source>
      <translation>同一地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Sector overlap</source>
      <translation>行业吻合</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Text relevance</source>
      <translation>文本相关度</translation>
    </message>
  </context>
  <context>
    <name>MemberEvaluationsPanel</name>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>No evaluation yet. When a project this member worked on is completed, the other sides' evaluations of its work show here.</source>
      <translation>尚无评价。该会员参与的项目完成后，其他各方对其工作的评价将显示在这里。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Overall</source>
      <translation>总评</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Rated {overall} of 5 by the other sides of {projects} completed project(s) ({count} evaluation(s)). Matching uses this as past performance.</source>
      <translation>在 {projects} 个已完成项目中，其他各方给出的评分为 {overall} 分（满分 5 分，共 {count} 条评价）。匹配时将其作为以往表现参考。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Save the member first; evaluations of its work show here.</source>
      <translation>请先保存会员；对其工作的评价将显示在这里。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>The evaluations could not be read.</source>
      <translation>无法读取评价。</translation>
    </message>
  </context>
  <context>
    <name>MemberForm</name>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>&amp;Archive</source>
      <translation>归档(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>&amp;Revert</source>
      <translation>撤销(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>18-character unified social credit code</source>
      <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Archive member</source>
      <translation>归档会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Archive “{name}”? It leaves the everyday lists; its history is kept and it can be restored at any time.</source>
      <translation>确定要归档“{name}”吗？该会员将从日常列表中移出；其历史记录会保留，并可随时恢复。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Archived.</source>
      <translation>已归档。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Checking for members already registered…</source>
      <translation>正在检查是否已有登记的会员…</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Choose a member in the list.</source>
      <translation>请在列表中选择一个会员。</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Created {created} · last saved {updated} by {user}</source>
      <translation>创建于 {created} · 最后由 {user} 保存于 {updated}</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Description</source>
      <translation>简介</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Evaluations</source>
      <translation>评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>External id</source>
      <translation>外部编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>For organisations in China: the unified social credit code (统一社会信用代码) from the business licence.</source>
      <translation>中国境内的单位：填写营业执照上的统一社会信用代码。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Full registered name</source>
      <translation>登记全称</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Listings</source>
      <translation>发布信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Location</source>
      <translation>所在地</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Make the member active again</source>
      <translation>重新启用该会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Make “{name}” active again? It returns to the everyday lists.</source>
      <translation>确定要重新启用“{name}”吗？该会员将回到日常列表中。</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>New member</source>
      <translation>新建会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>No member open</source>
      <translation>未打开会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Not saved yet.</source>
      <translation>尚未保存。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Profile</source>
      <translation>简介</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Province, e.g. 广东省</source>
      <translation>省份，例如：广东省</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Re&amp;store</source>
      <translation>恢复(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Reference in another system (optional)</source>
      <translation>其他系统中的编号（可选）</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Registration code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Restore member</source>
      <translation>恢复会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Save the member (Ctrl+S)</source>
      <translation>保存会员（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Separated by ;  e.g. 5G; 通信设备</source>
      <translation>以 ; 分隔，例如：5G; 通信设备</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Size</source>
      <translation>企业规模</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Take the member out of the everyday lists; its history is kept</source>
      <translation>将会员从日常列表中移出；其历史记录会保留</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>The member was not saved: correct the fields marked in red, then save again.</source>
      <translation>会员未保存：请更正以红色标出的字段，然后再次保存。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Undo the changes not yet saved</source>
      <translation>撤销尚未保存的修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/registry/member_form.py" />
      <source>Website</source>
      <translation>网站</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>What the organisation does, its strengths</source>
      <translation>单位的主要业务及优势</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>You can read this member but not change it: {user} is signed in as {role}.</source>
      <translation>您可以查看该会员，但不能修改：{user} 当前以{role}身份登录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_form.py" />
      <source>the new member</source>
      <translation>新会员</translation>
    </message>
  </context>
  <context>
    <name>MemberListingsModel</name>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>Reference</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>anonymous</source>
      <translation>匿名</translation>
    </message>
  </context>
  <context>
    <name>MemberListingsPanel</name>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>Matches…</source>
      <translation>对接…</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>New demand…</source>
      <translation>新建需求…</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>New supply…</source>
      <translation>新建供给…</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>No demands or supplies yet.</source>
      <translation>暂无需求或供给。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>Save the member first; then its listings show here.</source>
      <translation>请先保存会员，之后其需求和供给会显示在这里。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>The member's matches on the Matches screen</source>
      <translation>该会员在“对接”界面中的对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/member_listings.py" />
      <source>{demands} demands, {supplies} supplies. Double-click to open one.</source>
      <translation>{demands} 条需求，{supplies} 条供给。双击可打开。</translation>
    </message>
  </context>
  <context>
    <name>MemberPickerDialog</name>
    <message>
      <location filename="../../app/ui/member_picker.py" />
      <source>No member matches.</source>
      <translation>没有符合条件的会员。</translation>
    </message>
    <message>
      <location filename="../../app/ui/member_picker.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/member_picker.py" />
      <source>Showing the first {n}; type more to narrow down.</source>
      <translation>仅显示前 {n} 个；请继续输入以缩小范围。</translation>
    </message>
    <message>
      <location filename="../../app/ui/member_picker.py" />
      <source>Type part of the name, city or keyword</source>
      <translation>输入名称、城市或关键词的一部分</translation>
    </message>
  </context>
  <context>
    <name>MemberProjectsModel</name>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Average</source>
      <translation>平均分</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Contract</source>
      <translation>合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Ended</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Evaluations</source>
      <translation>评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/member_evaluations.py" />
      <source>Side</source>
      <translation>所属方</translation>
    </message>
  </context>
  <context>
    <name>MemberTableModel</name>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>Sectors</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/model.py" />
      <source>Updated</source>
      <translation>更新时间</translation>
    </message>
  </context>
  <context>
    <name>MilestonesModel</name>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Done on {date}</source>
      <translation>{date} 完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Due in {n} day(s)</source>
      <translation>{n} 天后到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Due today</source>
      <translation>今天到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>First planned</source>
      <translation>原计划日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Milestone</source>
      <translation>里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Overdue by {n} day(s)</source>
      <translation>已逾期 {n} 天</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Payment</source>
      <translation>付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Responsible</source>
      <translation>负责方</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Upcoming</source>
      <translation>未到期</translation>
    </message>
  </context>
  <context>
    <name>MilestonesPanel</name>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>A milestone beyond the payment schedule's</source>
      <translation>在付款计划之外另加一个里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Add milestone…</source>
      <translation>添加里程碑…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Correct the milestone's title, deliverable or responsible party</source>
      <translation>修改里程碑的名称、交付成果或负责方</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Deliverable: {text}</source>
      <translation>交付成果：{text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Done on {date}, confirmed by {who}.</source>
      <translation>已于 {date} 完成，确认人：{who}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Evidence: {file}</source>
      <translation>证明文件：{file}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Give the milestone a new due date, with the reason</source>
      <translation>为里程碑设定新的截止日期，并写明原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Mark done…</source>
      <translation>标记完成…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Moves of “{title}”, each with its reason:</source>
      <translation>“{title}”的调整记录及原因：</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Move…</source>
      <translation>调整…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Note: {text}</source>
      <translation>备注：{text}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Open evidence</source>
      <translation>打开证明文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Open the file attached when the milestone was marked done</source>
      <translation>打开标记里程碑完成时附上的文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Record when it was done, who confirmed it and the evidence</source>
      <translation>登记完成日期、确认人和证明文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>This project has no milestones.</source>
      <translation>本项目没有里程碑。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>“{title}” has not been moved.</source>
      <translation>“{title}”未曾调整。</translation>
    </message>
  </context>
  <context>
    <name>MoveMilestoneDialog</name>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Move milestone</source>
      <translation>调整里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>New due date</source>
      <translation>新的截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>e.g. The test equipment arrives six weeks late.</source>
      <translation>例如：测试设备将推迟六周到货。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>“{title}” is due on {date}. The reason is kept with the project.</source>
      <translation>“{title}”的截止日期为 {date}。调整原因将随项目保存。</translation>
    </message>
  </context>
  <context>
    <name>MovesModel</name>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Moved on</source>
      <translation>调整日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/milestones.py" />
      <source>To</source>
      <translation>到</translation>
    </message>
  </context>
  <context>
    <name>NewContractDialog</name>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source> (an administrator's version)</source>
      <translation>（管理员修改的版本）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Chinese (中文)</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Create contract</source>
      <translation>创建合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Draft a contract for this match</source>
      <translation>为此对接起草合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Draft another</source>
      <translation>再起草一份</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Draft contract</source>
      <translation>起草合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Parties</source>
      <translation>当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>There is no template for this choice; choose another type or language.</source>
      <translation>没有适用于此选择的模板；请选择其他类型或语言。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>This match has contract {number} already ({status}). Draft another one?</source>
      <translation>此对接已有合同 {number}（{status}）。是否再起草一份？</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Three parties: with the office or a government agency as coordinator</source>
      <translation>三方：由服务机构或政府机构作为协调方</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Two parties</source>
      <translation>两方</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/new_contract.py" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
  </context>
  <context>
    <name>NewPassword</name>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>At least 10 characters</source>
      <translation>至少 10 个字符</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Good: this password will do.</source>
      <translation>很好：此密码可以使用。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Mix letters, digits or signs; a short sentence is easy to remember.</source>
      <translation>请混合使用字母、数字或符号；一句简短的话更容易记住。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Repeat it</source>
      <translation>再次输入</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>PartiesTab</name>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>: give party {parties} a share too; together they must make 100 %.</source>
      <translation>：请也为当事方 {parties} 分配份额；合计必须为 100 %。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>: {over} % too much; together they must make 100 %.</source>
      <translation>：超出 {over} %；合计必须为 100 %。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>: {rest} % still to share out; together they must make 100 %.</source>
      <translation>：还有 {rest} % 未分配；合计必须为 100 %。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Benefit shares: none given (give every party a share to split benefits).</source>
      <translation>收益分配比例：未填写（请为每个当事方填写分配比例以分配收益）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Benefit shares: {terms} = {total} %</source>
      <translation>收益分配比例：{terms} = {total} %</translation>
    </message>
  </context>
  <context>
    <name>PartyCard</name>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Benefit share</source>
      <translation>收益分配比例</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Fill the name, address and registration code from a registry member</source>
      <translation>从会员名录中的会员填入名称、地址和统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>From the registry…</source>
      <translation>从会员名录选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Full registered name, as on the business licence</source>
      <translation>营业执照上的注册全称</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Keep the texts, but no longer link this party to a member</source>
      <translation>保留已填写的内容，但不再将该当事方与会员关联</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Legal or authorised representative</source>
      <translation>法定代表人或授权代表</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Party {n}: {role}</source>
      <translation>当事方 {n}：{role}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Registered address</source>
      <translation>注册地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Registration code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Representative</source>
      <translation>代表人</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Signatory</source>
      <translation>签署人</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Signatory's title</source>
      <translation>签署人职务</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>Who signs for the party</source>
      <translation>代表该当事方签署的人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>e.g. 总经理 / Director</source>
      <translation>例如：总经理</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_parties.py" />
      <source>registry member</source>
      <translation>已关联名录会员</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source> of {count}</source>
      <translation> 页，共 {count} 页</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Fit page</source>
      <translation>适合页面</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Fit width</source>
      <translation>适合宽度</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Helix cannot show this PDF: {reason}. Save it and open it in another PDF reader, or ask for a new copy.</source>
      <translation>Helix 无法显示此 PDF：{reason}。请保存后用其他 PDF 阅读器打开，或索取新的副本。</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Next page</source>
      <translation>下一页</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>No pages</source>
      <translation>无页面</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Page </source>
      <translation>第 </translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Previous page</source>
      <translation>上一页</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Printing…</source>
      <translation>正在打印…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Save the PDF</source>
      <translation>保存 PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Saved as {file}.</source>
      <translation>已保存为 {file}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>The signature stamps could not be drawn in this preview or when printing from here. The saved file keeps them: a PDF reader shows them and checks them.</source>
      <translation>无法在此预览中或从此处打印时显示签名印章。保存的文件中仍保留这些印章，PDF 阅读器可以显示并校验它们。</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>the file could not be read</source>
      <translation>无法读取该文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>the file is not a valid PDF or is damaged</source>
      <translation>该文件不是有效的 PDF 或已损坏</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>the file is protected by a password</source>
      <translation>该文件受密码保护</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>the file is protected in a way Helix cannot open</source>
      <translation>该文件采用了 Helix 无法打开的保护方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>the printer</source>
      <translation>打印机</translation>
    </message>
    <message>
      <location filename="../../app/ui/pdf_preview.py" />
      <source>{percent} %</source>
      <translation>{percent}%</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <location filename="../../app/ui/sync/progress.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/progress.py" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/progress.py" />
      <source>{step} {done} of {total}</source>
      <translation>{step} {done} / {total}</translation>
    </message>
  </context>
  <context>
    <name>ProjectForm</name>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Choose a project in the list. A project starts when every party has signed its contract.</source>
      <translation>请在列表中选择一个项目。合同各方全部签署后，项目即启动。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Complete project…</source>
      <translation>完成项目…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Completed on {date}.</source>
      <translation>已于 {date} 完成。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Contract {number}</source>
      <translation>合同 {number}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>End the cooperation early, with the reason; the contract is terminated</source>
      <translation>提前终止合作并写明原因；合同随之终止</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Evaluation</source>
      <translation>评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Every milestone is done: complete the project and its contract</source>
      <translation>所有里程碑均已完成：完成项目及其合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Log</source>
      <translation>日志</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Milestone “{title}” is overdue since {date}.</source>
      <translation>里程碑“{title}”自 {date} 起已逾期。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Milestones</source>
      <translation>里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Open contract</source>
      <translation>打开合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Show the contract on the Contracts screen</source>
      <translation>在“合同”界面中显示该合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Terminate project…</source>
      <translation>终止项目…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Terminated on {date}: {reason}</source>
      <translation>已于 {date} 终止：{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>Timeline</source>
      <translation>时间线</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>You may read projects but not change them.</source>
      <translation>您可以查看项目，但不能修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>planned end {date}</source>
      <translation>计划结束 {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>project {title}</source>
      <translation>项目 {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>started {date}</source>
      <translation>开始于 {date}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>the project</source>
      <translation>该项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/form.py" />
      <source>{n} milestones are overdue, the first since {date}.</source>
      <translation>{n} 个里程碑已逾期，最早的自 {date} 起逾期。</translation>
    </message>
  </context>
  <context>
    <name>ProjectLabels</name>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Benefit realised</source>
      <translation>收益实现</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Communication</source>
      <translation>沟通</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Enterprise</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Feedback</source>
      <translation>反馈</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Goal achieved</source>
      <translation>目标达成</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Office</source>
      <translation>服务机构</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Progress report</source>
      <translation>进展报告</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Quality</source>
      <translation>质量</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Resolution</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>Timeliness</source>
      <translation>及时性</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/feedback_labels.py" />
      <source>University / institute</source>
      <translation>高校/科研院所</translation>
    </message>
  </context>
  <context>
    <name>ProjectLogModel</name>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Entry</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Reported by</source>
      <translation>报告人</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>{kind} · open</source>
      <translation>{kind} · 未解决</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>{kind} · resolved {date}</source>
      <translation>{kind} · 已于 {date} 解决</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>{text}  (resolves: “{problem}”, {date})</source>
      <translation>{text}  （解决：“{problem}”，{date}）</translation>
    </message>
  </context>
  <context>
    <name>ProjectLogPanel</name>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Add entry…</source>
      <translation>添加条目…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Choose a project to see its log.</source>
      <translation>请选择一个项目以查看其日志。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Loading the log…</source>
      <translation>正在加载日志…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Nothing recorded yet. Progress reports, feedback and problems from any side are kept here.</source>
      <translation>尚无记录。各方的进展报告、反馈和问题都会保存在这里。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Open problems only</source>
      <translation>仅显示未解决的问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Open: no resolution recorded yet.</source>
      <translation>未解决：尚未登记解决情况。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Record a progress report, feedback, a problem or its resolution</source>
      <translation>登记进展报告、反馈、问题或问题的解决</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Recorded by {user} on {when}.</source>
      <translation>由 {user} 于 {when} 登记。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Resolved on {date}: {link}</source>
      <translation>已于 {date} 解决：{link}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>Resolves the problem raised on {date}: {link}</source>
      <translation>解决了 {date} 提出的问题：{link}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>The log could not be read.</source>
      <translation>无法读取日志。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>the resolution</source>
      <translation>解决记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>{count} entries.</source>
      <translation>共 {count} 条。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/log_panel.py" />
      <source>{count} open problem(s), marked in red.</source>
      <translation>{count} 个未解决的问题，以红色标出。</translation>
    </message>
  </context>
  <context>
    <name>ProjectTableModel</name>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>Contract</source>
      <translation>合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>Next due</source>
      <translation>下一个截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>Parties</source>
      <translation>当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>Started</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>{n} milestone(s) overdue</source>
      <translation>{n} 个里程碑逾期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>{status} on {date}</source>
      <translation>{date} {status}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/model.py" />
      <source>{title}, due {date}</source>
      <translation>{title}，{date} 到期</translation>
    </message>
  </context>
  <context>
    <name>ProjectsScreen</name>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>1 project</source>
      <translation>1 个项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>Go to Contracts</source>
      <translation>转到合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>No project matches this search and these filters.</source>
      <translation>没有符合当前搜索和筛选条件的项目。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>Only with overdue milestones</source>
      <translation>仅显示有逾期里程碑的项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>Search the projects (Ctrl+F)</source>
      <translation>搜索项目（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>Search title, contract number or party  (Ctrl+F)</source>
      <translation>搜索标题、合同编号或当事方  （Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>There are no projects yet. A project starts when every party has signed its contract; the Contracts screen records the signatures.</source>
      <translation>还没有项目。合同各方全部签署后，项目即启动；签署情况在“合同”界面中登记。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>This contract has not started a project.</source>
      <translation>该合同尚未启动项目。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/screen.py" />
      <source>{count} projects</source>
      <translation>{count} 个项目</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Database not reachable</source>
      <translation>无法连接数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Discard changes</source>
      <translation>放弃修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Helix cannot open the database</source>
      <translation>Helix 无法打开数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Keep editing</source>
      <translation>继续编辑</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Open Settings…</source>
      <translation>打开设置…</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Reload</source>
      <translation>重新加载</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Reload discards what you typed. Keep editing leaves it in the form, so you can copy it before you reload.</source>
      <translation>“重新加载”会放弃您输入的内容。“继续编辑”会将内容保留在表单中，以便您在重新加载前复制。</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Retry</source>
      <translation>重试</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/prompts.py" />
      <source>You changed {what} and did not save it. Save the changes?</source>
      <translation>您修改了{what}，但尚未保存。是否保存修改？</translation>
    </message>
  </context>
  <context>
    <name>ProposeDialog</name>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Propose</source>
      <translation>提议</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Propose match</source>
      <translation>提议对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/dialogs.py" />
      <source>Propose “{title}” to both sides? A note for the file (optional):</source>
      <translation>确定向双方提议“{title}”吗？可为档案添加备注（可选）：</translation>
    </message>
  </context>
  <context>
    <name>QueueModel</name>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Reference</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>{name} (anonymous)</source>
      <translation>{name}（匿名）</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../app/ui/record_form.py" />
      <source>Not saved: correct the fields marked in red.</source>
      <translation>未保存：请更正以红色标出的字段。</translation>
    </message>
  </context>
  <context>
    <name>RecordListScreen</name>
    <message>
      <location filename="../../app/ui/list_screen.py" />
      <source>&amp;Find</source>
      <translation>查找(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/list_screen.py" />
      <source>Clear search and filters</source>
      <translation>清除搜索和筛选条件</translation>
    </message>
    <message>
      <location filename="../../app/ui/list_screen.py" />
      <source>Load the list again (F5)</source>
      <translation>重新加载列表（F5）</translation>
    </message>
    <message>
      <location filename="../../app/ui/list_screen.py" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
  </context>
  <context>
    <name>RegistryScreen</name>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>&amp;Find</source>
      <translation>查找(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>&amp;New member</source>
      <translation>新建会员(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>1 member</source>
      <translation>1 个会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>Active and suspended</source>
      <translation>有效和已暂停</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>All regions</source>
      <translation>全部地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>All sectors</source>
      <translation>所有行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>All, including archived</source>
      <translation>全部（含已归档）</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>Load the list again (F5)</source>
      <translation>重新加载列表（F5）</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>More than {count} members</source>
      <translation>超过 {count} 个会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>New member</source>
      <translation>新建会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>No member matches this search and these filters.</source>
      <translation>没有符合当前搜索和筛选条件的会员。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>Register a new member (Ctrl+N)</source>
      <translation>登记新会员（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>Search name, short name, keywords, city or contact  (Ctrl+F)</source>
      <translation>搜索名称、简称、关键词、城市或联系人（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>Search the registry (Ctrl+F)</source>
      <translation>搜索会员名录（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>The registry is empty.</source>
      <translation>会员名录为空。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>The registry is empty. Register the first member with New member (Ctrl+N).</source>
      <translation>会员名录为空。请点击“新建会员”（Ctrl+N）登记第一个会员。</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/screen.py" />
      <source>{count} members</source>
      <translation>{count} 个会员</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>(contracts not from a listing)</source>
      <translation>（非来自需求/供给信息的合同）</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>(not given)</source>
      <translation>（未填写）</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Activity by member kind</source>
      <translation>按会员类型统计的业务量</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Activity by region</source>
      <translation>按地区统计的业务量</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Activity by sector</source>
      <translation>按行业统计的业务量</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/export.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Contract</source>
      <translation>合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Contract value</source>
      <translation>合同金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Contracted</source>
      <translation>已签合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Contracts</source>
      <translation>合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Conversion</source>
      <translation>转化率</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Days overdue</source>
      <translation>逾期天数</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Demands published</source>
      <translation>已发布需求</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/export.py" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/export.py" />
      <source>Export the report</source>
      <translation>导出报表</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Funnel: from publication to completed project</source>
      <translation>转化漏斗：从发布到项目完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Listings</source>
      <translation>发布信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Matched</source>
      <translation>已对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Matches agreed</source>
      <translation>已达成对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Median days from previous stage</source>
      <translation>距上一阶段的天数中位数</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Member kind</source>
      <translation>会员类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Milestone</source>
      <translation>里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Overdue milestones</source>
      <translation>逾期里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/export.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Published</source>
      <translation>已发布</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Responsible party</source>
      <translation>负责方</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Sector</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Sector name</source>
      <translation>行业名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Supplies published</source>
      <translation>已发布供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/export.py" />
      <source>The report was written to {file}.</source>
      <translation>报表已保存到 {file}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Type or status</source>
      <translation>类型或状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>Value ({currency})</source>
      <translation>金额（{currency}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/export.py" />
      <source>Writing the report…</source>
      <translation>正在生成报表…</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/model.py" />
      <source>every type, void excluded</source>
      <translation>所有类型（不含已作废）</translation>
    </message>
  </context>
  <context>
    <name>ReportsScreen</name>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>1 row</source>
      <translation>1 行</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>All time</source>
      <translation>全部时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>From {since} to {until}</source>
      <translation>从 {since} 到 {until}</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>Open milestones due before {day}</source>
      <translation>{day} 之前到期的未完成里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>Report</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>Your role may read reports but not export them.</source>
      <translation>您的角色可以查看报表，但不能导出。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>the beginning</source>
      <translation>最早</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/screen.py" />
      <source>{count} rows</source>
      <translation>{count} 行</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>A new password for {user}. Tell it to them in person; they choose their own at the next sign-in. A lock-out is lifted too.</source>
      <translation>{user} 的新密码。请当面告知对方；对方下次登录时将自行设置密码。账户锁定也会一并解除。</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Reset password</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Set password</source>
      <translation>设置密码</translation>
    </message>
  </context>
  <context>
    <name>ReturnContractDialog</name>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Return</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Return contract {number} to the clerk. Say what must change; the clerk sees these comments and submits the contract again once it is corrected.</source>
      <translation>将合同 {number} 退回经办人。请说明需要修改的内容；经办人会看到这些意见，更正后重新提交合同。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>Return to clerk</source>
      <translation>退回经办人</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/form.py" />
      <source>e.g. The payment schedule must follow the milestones of clause 4.</source>
      <translation>例如：付款计划必须与第 4 条中的里程碑一致。</translation>
    </message>
  </context>
  <context>
    <name>ReturnDialog</name>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Return</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Return to clerk</source>
      <translation>退回经办人</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Return “{title}” to the clerk. Say what must change; the clerk sees these reasons and submits the listing again once it is corrected.</source>
      <translation>将“{title}”退回经办人。请写明需要修改的内容；经办人会看到这些理由，修改后重新提交。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>e.g. The budget range is unclear; please state the required cycle life.</source>
      <translation>例如：预算范围不明确；请注明所需的循环寿命。</translation>
    </message>
  </context>
  <context>
    <name>RevisionDiff</name>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>(not there)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>(removed)</source>
      <translation>（已移除）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>1 change</source>
      <translation>1 项修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>1 year</source>
      <translation>1 年</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Arbitration</source>
      <translation>仲裁</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Arbitration body or court</source>
      <translation>仲裁机构或法院</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Clause {n}</source>
      <translation>第 {n} 条</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Clauses</source>
      <translation>条款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Confidentiality period</source>
      <translation>保密期限</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Contract value</source>
      <translation>合同金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Court proceedings</source>
      <translation>诉讼</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Dispute resolution</source>
      <translation>争议解决</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>End date</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Governing law</source>
      <translation>适用法律</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>IP ownership</source>
      <translation>知识产权归属</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Instalment {n}</source>
      <translation>第 {n} 期付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Milestone</source>
      <translation>里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>No clauses.</source>
      <translation>无条款。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>No parties.</source>
      <translation>无当事方。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>No payment schedule.</source>
      <translation>无付款计划。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Parties</source>
      <translation>当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Party {n}</source>
      <translation>当事方 {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Payment schedule</source>
      <translation>付款计划</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Place of signing</source>
      <translation>签订地点</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>Revision {n}</source>
      <translation>修订版 {n}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Risk sharing</source>
      <translation>风险分担</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Start date</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Subject</source>
      <translation>标的</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>added</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>benefit share</source>
      <translation>收益分配比例</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>heading</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>milestone</source>
      <translation>里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>moved from position {old} to {new}</source>
      <translation>从第 {old} 位移至第 {new} 位</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>position</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>position {old}</source>
      <translation>第 {old} 位</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>registration code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>removed</source>
      <translation>已移除</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>representative</source>
      <translation>代表人</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>signatory</source>
      <translation>签署人</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>signatory's title</source>
      <translation>签署人职务</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>text</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>{n} changes</source>
      <translation>{n} 处修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>{n} years</source>
      <translation>{n} 年</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revision_diff.py" />
      <source>{share} %</source>
      <translation>{share} %</translation>
    </message>
  </context>
  <context>
    <name>RevisionListModel</name>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>Saved</source>
      <translation>保存时间</translation>
    </message>
  </context>
  <context>
    <name>RevisionsPanel</name>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>Choose a contract to see its revisions.</source>
      <translation>请选择一份合同以查看其修订版。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>Choose two different revisions to compare.</source>
      <translation>请选择两个不同的修订版进行比较。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>Compare revision {first} with {second}</source>
      <translation>比较修订版 {first} 与 {second}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>Loading the revisions…</source>
      <translation>正在加载修订版…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>Read the revision chosen in the list in full.</source>
      <translation>完整查看列表中所选的修订版。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>Revisions {older} and {newer} are the same: nothing was changed.</source>
      <translation>修订版 {older} 与 {newer} 相同：没有任何修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>Show whole revision</source>
      <translation>显示完整修订版</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>The revisions could not be read. {reason}</source>
      <translation>无法读取修订版。{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>There is only one revision, so there is nothing to compare yet. Each time the contract is saved, a new revision is kept.</source>
      <translation>只有一个修订版，暂时无法比较。每次保存合同都会保留一个新的修订版。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>This contract has no saved revision yet.</source>
      <translation>本合同尚无已保存的修订版。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/revisions.py" />
      <source>{number} · {when}</source>
      <translation>{number} · {when}</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Change role</source>
      <translation>更改角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Role of {user}</source>
      <translation>{user} 的角色</translation>
    </message>
  </context>
  <context>
    <name>RunningTimelineWindow</name>
    <message>
      <location filename="../../app/ui/projects/timeline_window.py" />
      <source>Timeline of running projects</source>
      <translation>执行中项目的时间线</translation>
    </message>
  </context>
  <context>
    <name>ScheduleTab</name>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>: all of it</source>
      <translation>：已全部安排</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>: {over} more than the contract value</source>
      <translation>：超出合同金额 {over}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>: {rest} still to schedule</source>
      <translation>：还有 {rest} 未安排</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>A new instalment at the end of the schedule</source>
      <translation>在付款计划末尾新增一期付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>Add instalment</source>
      <translation>添加分期付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>Milestone that triggers the payment</source>
      <translation>触发付款的里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>No instalments yet: add one for each milestone that triggers a payment.</source>
      <translation>尚无分期付款：请为每个触发付款的里程碑添加一期。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>Nothing scheduled; the contract value is {value} {currency}.</source>
      <translation>尚未安排付款；合同金额为 {value} {currency}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>Scheduled {scheduled} of {value} {currency}</source>
      <translation>已安排 {scheduled} / {value} {currency}</translation>
    </message>
  </context>
  <context>
    <name>ScoreChoice</name>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>1: poor</source>
      <translation>1：差</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>2: below expectations</source>
      <translation>2：低于预期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>3: as expected</source>
      <translation>3：符合预期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>4: good</source>
      <translation>4：良好</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/evaluation_dialog.py" />
      <source>5: excellent</source>
      <translation>5：优秀</translation>
    </message>
  </context>
  <context>
    <name>Screens</name>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Alliances</source>
      <translation>联盟</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Contracts</source>
      <translation>合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Home</source>
      <translation>首页</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Listings</source>
      <translation>发布信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Matches</source>
      <translation>对接</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Matching</source>
      <translation>供需匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Members</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Projects</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Reports</source>
      <translation>统计报表</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/screens.py" />
      <source>Verification</source>
      <translation>审核</translation>
    </message>
  </context>
  <context>
    <name>SectorDialog</name>
    <message>
      <location filename="../../app/ui/registry/sector_picker.py" />
      <source>Choose sectors</source>
      <translation>选择行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/sector_picker.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/sector_picker.py" />
      <source>Filter by code or name…</source>
      <translation>按代码或名称筛选…</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/sector_picker.py" />
      <source>Sector</source>
      <translation>行业</translation>
    </message>
  </context>
  <context>
    <name>SectorField</name>
    <message>
      <location filename="../../app/ui/registry/sector_picker.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/sector_picker.py" />
      <source>Codes such as C39; I65</source>
      <translation>行业代码，例如 C39; I65</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/sector_picker.py" />
      <source>Pick sectors from the GB/T 4754 classification</source>
      <translation>从 GB/T 4754 国民经济行业分类中选择行业</translation>
    </message>
    <message>
      <location filename="../../app/ui/registry/sector_picker.py" />
      <source>{code}: not a sector code</source>
      <translation>{code}：不是有效的行业代码</translation>
    </message>
  </context>
  <context>
    <name>ServiceDialog</name>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Correct what is marked and press OK again.</source>
      <translation>请更正标出的内容，然后再次点击“确定”。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Connected. Helix will upgrade this database when it opens it.</source>
      <translation>已连接。Helix 打开该数据库时将对其进行升级。</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Connected. The database is empty; Helix will set it up when it opens it.</source>
      <translation>已连接。该数据库为空，Helix 打开时将对其进行初始化。</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Connected. The database is ready for Helix.</source>
      <translation>已连接。该数据库可供 Helix 使用。</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Connecting to {url}…</source>
      <translation>正在连接 {url}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Could not connect: {reason}</source>
      <translation>无法连接：{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Database and language</source>
      <translation>数据库和语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Database file</source>
      <translation>数据库文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Helix database (*.sqlite);;All files (*)</source>
      <translation>Helix 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Language of Helix</source>
      <translation>Helix 界面语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Leave empty for the usual file</source>
      <translation>留空则使用默认文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Local database file on this computer</source>
      <translation>本机上的本地数据库文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Matching</source>
      <translation>匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Restart Helix to open the other database in the new language.</source>
      <translation>请重新启动 Helix，以新的语言打开另一个数据库。</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Restart Helix to open the other database.</source>
      <translation>请重新启动 Helix 以打开另一个数据库。</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Restart Helix to see it in the new language.</source>
      <translation>请重新启动 Helix 以使用新的界面语言。</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Shared database of the office (PostgreSQL)</source>
      <translation>服务机构的共享数据库（PostgreSQL）</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Signatures</source>
      <translation>签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>System</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>The password here only tests the connection; it is never written to the settings file. When Helix connects, it asks for the password and can keep it in the system keyring.</source>
      <translation>此处填写的密码仅用于测试连接，不会写入设置文件。Helix 连接数据库时会要求输入密码，并可将其保存在系统密钥环中。</translation>
    </message>
    <message>
      <location filename="../../app/ui/settings_dialog.py" />
      <source>User</source>
      <translation>用户</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Database: {database}</source>
      <translation>数据库：{database}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Enter your password.</source>
      <translation>请输入密码。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Enter your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Helix</source>
      <translation>Helix</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>Sign in to Helix</source>
      <translation>登录 Helix</translation>
    </message>
    <message>
      <location filename="../../app/ui/sign_in.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
  </context>
  <context>
    <name>SigningPanel</name>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Approved. Issue it for signature to freeze the PDF the parties sign; until then the PDF is a copy marked DRAFT.</source>
      <translation>已批准。请出具签署版本，以固定各方签署的 PDF；在此之前，PDF 为标有“草稿”字样的副本。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>BROKEN</source>
      <translation>已损坏</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Check a contract PDF against the issued one and its signatures</source>
      <translation>将合同 PDF 与已出具的签署版本及其签名进行核对</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Checking {file}…</source>
      <translation>正在校验 {file}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Choose the contract PDF to check</source>
      <translation>选择要校验的合同 PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Contract {number}</source>
      <translation>合同 {number}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Every party has signed: the contract is signed.</source>
      <translation>各方均已签署：合同已签署。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Freeze the approved contract's PDF; the parties sign exactly this file</source>
      <translation>固定已批准合同的 PDF；各方将签署的正是此文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Issue for signature</source>
      <translation>出具签署版本</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Issued for signature {when} by {who}, from revision {rev}: {pages} pages, SHA-256 {sha}.</source>
      <translation>{who} 于 {when} 根据修订版 {rev} 出具签署版本：共 {pages} 页，SHA-256 {sha}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Issuing the PDF for signature…</source>
      <translation>正在出具签署版本 PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Not approved yet: the PDF is a copy marked DRAFT for reading and discussion. A supervisor's approval lets it be issued for signature.</source>
      <translation>尚未批准：PDF 为标有“草稿”字样的副本，仅供阅读和讨论。经主管批准后方可出具签署版本。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Open scanned copy</source>
      <translation>打开扫描件</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Open the scanned signed copy of the chosen party</source>
      <translation>打开所选当事方签署文本的扫描件</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Party</source>
      <translation>当事方</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Preparing the PDF…</source>
      <translation>正在准备 PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Preview…</source>
      <translation>预览…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Print the PDF</source>
      <translation>打印 PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Record wet-ink signature…</source>
      <translation>登记手写签名…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Save PDF as…</source>
      <translation>PDF 另存为…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Save the PDF to a file, unchanged</source>
      <translation>将 PDF 原样保存为文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Save the contract PDF</source>
      <translation>保存合同 PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Show the contract's PDF</source>
      <translation>显示合同 PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Sign digitally…</source>
      <translation>数字签名…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Signatory</source>
      <translation>签署人</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Signature</source>
      <translation>签署</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Signed digitally {when} ({cert})</source>
      <translation>已于 {when} 数字签名（{cert}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Signed in ink on {day} by {who}; scan {scan} recorded by {clerk}</source>
      <translation>{who} 于 {day} 手写签名；扫描件 {scan} 由 {clerk} 登记</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>The chosen party signed the printed contract: record it with the scan</source>
      <translation>所选当事方已在打印的合同上签字：请附扫描件进行登记</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>The chosen party signs the PDF with their certificate</source>
      <translation>所选当事方使用其证书对 PDF 进行数字签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>The file is the issued contract and its signatures are in order.</source>
      <translation>该文件与已出具的合同一致，签名完好有效。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>This file is NOT in order:</source>
      <translation>该文件存在问题：</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Verify a file…</source>
      <translation>校验文件…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Verify {file}</source>
      <translation>校验 {file}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Voided: the PDF of revision {rev} issued {issued}, voided {voided} ({why})</source>
      <translation>已作废：修订版 {rev} 的 PDF，出具于 {issued}，作废于 {voided}（{why}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Waiting</source>
      <translation>待签署</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>Waiting for {n} of {total} signatures.</source>
      <translation>尚待 {n} 个签名（共 {total} 个）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>intact</source>
      <translation>完好</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>{field}: signed by {signer}, {state}</source>
      <translation>{field}：签署人 {signer}，{state}</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing.py" />
      <source>{number} (draft copy)</source>
      <translation>{number}（草稿副本）</translation>
    </message>
  </context>
  <context>
    <name>SubmitDialog</name>
    <message>
      <location filename="../../app/ui/submit_dialog.py" />
      <source>Correct the marked fields and press OK again.</source>
      <translation>请更正标出的字段，然后再次点击“确定”。</translation>
    </message>
  </context>
  <context>
    <name>SuggestionModel</name>
    <message>
      <location filename="../../app/ui/matching/suggestions.py" />
      <source>(anonymous)</source>
      <translation>（匿名）</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/suggestions.py" />
      <source>Member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/suggestions.py" />
      <source>Reference</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/suggestions.py" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/suggestions.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/suggestions.py" />
      <source>Why</source>
      <translation>理由</translation>
    </message>
  </context>
  <context>
    <name>SyncActions</name>
    <message>
      <location filename="../../app/ui/sync/actions.py" />
      <source>Make a &amp;local copy for offline work…</source>
      <translation>制作本地副本以便离线工作(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/actions.py" />
      <source>S&amp;ync with the shared database…</source>
      <translation>与共享数据库同步(&amp;Y)…</translation>
    </message>
  </context>
  <context>
    <name>SyncDialog</name>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>1 change</source>
      <translation>1 项修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>1 earlier conflict is still waiting to be resolved.</source>
      <translation>还有 1 个以前的冲突等待处理。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>1 new conflict to resolve</source>
      <translation>1 个新冲突待处理</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Last sync</source>
      <translation>上次同步</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Leave empty if the server asks for none</source>
      <translation>服务器不要求密码时请留空</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Not sent yet</source>
      <translation>尚未发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Nothing new on either side.</source>
      <translation>双方均无新的修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Remember it in the system keyring</source>
      <translation>保存在系统密钥环中</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Resolve conflicts…</source>
      <translation>处理冲突…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Sends the changes made on this copy to the shared database and receives the changes made there since the last sync. A record changed on both sides is not overwritten: both versions are kept as a conflict for you to resolve.</source>
      <translation>将在此副本上所做的修改发送到共享数据库，并接收自上次同步以来共享数据库上的修改。两边都修改过的记录不会被覆盖：两个版本都会作为冲突保留，由您处理。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Sent 1 record</source>
      <translation>已发送 1 条记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Sent {count} records</source>
      <translation>已发送 {count} 条记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Shared database</source>
      <translation>共享数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Sync again</source>
      <translation>再次同步</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Sync with the shared database</source>
      <translation>与共享数据库同步</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>The sync was stopped. What was done is kept; the next sync goes on from there.</source>
      <translation>同步已停止。已完成的部分会保留，下次同步将从该处继续。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>Your role may not sync the database.</source>
      <translation>您的角色无权同步数据库。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>received {count}</source>
      <translation>已接收 {count} 条</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>{count} changes</source>
      <translation>{count} 项修改</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>{count} earlier conflicts are still waiting to be resolved.</source>
      <translation>还有 {count} 个以前的冲突等待处理。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/sync_dialog.py" />
      <source>{count} new conflicts to resolve</source>
      <translation>{count} 个新冲突待处理</translation>
    </message>
  </context>
  <context>
    <name>SyncProgress</name>
    <message>
      <location filename="../../app/ui/sync/progress.py" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/progress.py" />
      <source>Copying records…</source>
      <translation>正在复制记录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/progress.py" />
      <source>Receiving the changes made there…</source>
      <translation>正在接收对方的修改…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/progress.py" />
      <source>Sending the changes made here…</source>
      <translation>正在发送本机的修改…</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>1 change not sent yet</source>
      <translation>1 项修改尚未发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>1 conflict to resolve</source>
      <translation>1 个冲突待处理</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>Changes not sent yet: {count}.</source>
      <translation>尚未发送的修改：{count}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>Conflicts to resolve: {count}.</source>
      <translation>待处理的冲突：{count}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>Copied on {when}.</source>
      <translation>复制于 {when}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>File ▸ Sync with the shared database… sends and receives the changes.</source>
      <translation>通过“文件 ▸ 与共享数据库同步…”发送和接收修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>Last sync: {when}.</source>
      <translation>上次同步：{when}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>Local copy of {remote}</source>
      <translation>{remote} 的本地副本</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>Not synced yet.</source>
      <translation>尚未同步。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>Number series of this copy: {series}.</source>
      <translation>此副本的编号系列：{series}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>This database is a local copy of {remote}.</source>
      <translation>此数据库是 {remote} 的本地副本。</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>last synced {when}</source>
      <translation>上次同步于 {when}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>never synced</source>
      <translation>从未同步</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>{count} changes not sent yet</source>
      <translation>{count} 项修改尚未发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>{count} conflicts to resolve</source>
      <translation>{count} 个冲突待处理</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/status.py" />
      <source>{database} on {host}</source>
      <translation>{host} 上的 {database}</translation>
    </message>
  </context>
  <context>
    <name>TerminateProjectDialog</name>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>End project {title} early? Contract {number} is then terminated, and the milestones not done stay open for the record. This cannot be undone.</source>
      <translation>确定要提前终止项目 {title} 吗？合同 {number} 将随之终止，未完成的里程碑将保持未完成状态以备查。此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Ended on</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>Terminate project</source>
      <translation>终止项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/dialogs.py" />
      <source>e.g. The enterprise stopped the production line.</source>
      <translation>例如：企业已停止该生产线。</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Completed on {day}</source>
      <translation>{day} 完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Contract {number}</source>
      <translation>合同 {number}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Due within 14 days</source>
      <translation>14 天内到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Due {day}</source>
      <translation>{day} 到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Export the timeline</source>
      <translation>导出时间线</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>First planned for {day}</source>
      <translation>最初计划于 {day}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_export.py" />
      <source>Made on {moment}</source>
      <translation>生成于 {moment}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_paint.py" />
      <source>Milestone</source>
      <translation>里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Milestones — {summary}</source>
      <translation>里程碑 — {summary}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Months</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>PNG picture (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_paint.py" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Quarters</source>
      <translation>季度</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Q{quarter} {year}</source>
      <translation>{year} 年第 {quarter} 季度</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Responsible: {party}</source>
      <translation>负责方：{party}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Started {start}; planned end {end}</source>
      <translation>{start} 开始；计划 {end} 结束</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_paint.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Upcoming</source>
      <translation>未到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>Weeks</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>W{week}</source>
      <translation>第 {week} 周</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>no milestones</source>
      <translation>无里程碑</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline_layout.py" />
      <source>{number} · {start} – {end}</source>
      <translation>{number} · {start} – {end}</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Choose a project to see its timeline.</source>
      <translation>请选择一个项目以查看其时间线。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Loading the timeline…</source>
      <translation>正在加载时间线…</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>No project is running. A project starts when the last party signs its contract.</source>
      <translation>当前没有执行中的项目。合同最后一方签署后，项目即启动。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Running projects ({count})</source>
      <translation>执行中的项目（{count}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Save the whole timeline as a PNG picture or a PDF page for a meeting</source>
      <translation>将整个时间线保存为 PNG 图片或 PDF 页面，供会议使用</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Saved as {file}.</source>
      <translation>已保存为 {file}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Scroll to today</source>
      <translation>滚动到今天</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>The timeline could not be loaded. {reason}</source>
      <translation>无法加载时间线。{reason}</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../app/ui/projects/timeline.py" />
      <source>{title} ({number}) — milestones</source>
      <translation>{title}（{number}）— 里程碑</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Listings (demands and supplies)</source>
      <translation>需求与供给信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Members</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>表格 (*.csv *.xlsx);;CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>listings</source>
      <translation>条需求/供给</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>members</source>
      <translation>个会员</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>{count} of them published.</source>
      <translation>其中 {count} 条已发布。</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>{file} was imported: {created} {what} created, {updated} updated, {unchanged} unchanged.</source>
      <translation>{file} 已导入：新建 {created} {what}，更新 {updated}，未变 {unchanged}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>{file}: all {rows} rows are fine. Importing it would create {created} {what}, update {updated} and leave {unchanged} unchanged. Nothing was saved.</source>
      <translation>{file}：全部 {rows} 行均无问题。导入将新建 {created} {what}，更新 {updated}，{unchanged} 不变。尚未保存任何内容。</translation>
    </message>
  </context>
  <context>
    <name>TrustSection</name>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>1 trusted certificate in the folder.</source>
      <translation>文件夹中有 1 个受信任的证书。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>Digital signatures</source>
      <translation>数字签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>Folder of trusted certificates</source>
      <translation>受信任证书文件夹</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>No trusted certificates in the folder.</source>
      <translation>文件夹中没有受信任的证书。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>Put the certificates the office trusts (PEM or DER files of its own or a national certification authority) into this folder. Verify then also checks that every signature chains to one of them. Without any, Verify checks each signature against the certificate recorded when that party signed.</source>
      <translation>请将服务机构信任的证书（本机构或国家认证机构的 PEM 或 DER 文件）放入此文件夹。校验时还会检查每个签名的证书链是否能追溯到其中之一。如果文件夹中没有证书，则将每个签名与该当事方签署时登记的证书进行核对。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>The folder does not exist yet: no trusted certificates.</source>
      <translation>该文件夹尚不存在：没有受信任的证书。</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>Trusted certificates</source>
      <translation>受信任的证书</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/trust_settings.py" />
      <source>{n} trusted certificates in the folder.</source>
      <translation>文件夹中有 {n} 个受信任的证书。</translation>
    </message>
  </context>
  <context>
    <name>UserListModel</name>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/users.py" />
      <source>Active</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/users.py" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/users.py" />
      <source>Last sign-in</source>
      <translation>上次登录</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Locked</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/users.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Switched off</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../app/ui/history_text.py" />
      <location filename="../../app/ui/users.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>UsersScreen</name>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>&amp;Add user…</source>
      <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>&amp;Reset password…</source>
      <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Change &amp;role…</source>
      <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Change what the user may do</source>
      <translation>更改用户的权限</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Create an account (Ctrl+N)</source>
      <translation>创建账户（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Lift the lock-out after too many wrong passwords</source>
      <translation>解除因密码输错次数过多而导致的锁定</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Load the list again (F5)</source>
      <translation>重新加载列表（F5）</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Set a new password; the user chooses their own at the next sign-in</source>
      <translation>设置新密码；用户下次登录时自行设置密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Switch &amp;off</source>
      <translation>停用(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Switch &amp;on</source>
      <translation>启用(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Switch off</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Switch off account</source>
      <translation>停用账户</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Switch off the account {user}? They can no longer sign in; everything they did stays in the history. You can switch it on again.</source>
      <translation>停用账户 {user}？该用户将无法再登录；其所有操作仍保留在历史记录中。您可以随时重新启用该账户。</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>The account can no longer sign in</source>
      <translation>该账户将无法再登录</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>The account can no longer sign in; its history stays</source>
      <translation>该账户将无法再登录；其历史记录会保留</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>The account can sign in again</source>
      <translation>该账户可以重新登录</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>Viewer: reads everything, changes nothing. Clerk: the everyday work. Supervisor: also imports, backups and the audit trail. Administrator: also users, restores and settings.</source>
      <translation>只读用户：可以查看所有内容，但不能修改。经办人：日常业务。主管：另外可以导入、备份和查看审计日志。管理员：另外可以管理用户、恢复备份和修改设置。</translation>
    </message>
    <message>
      <location filename="../../app/ui/users.py" />
      <source>{count} users, {active} of them active</source>
      <translation>{count} 个用户，其中 {active} 个有效</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>active</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>admin</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>agreed</source>
      <translation>已达成</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>approve or return contracts</source>
      <translation>批准或退回合同</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>archive or restore members</source>
      <translation>归档或恢复会员</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>awaiting signature</source>
      <translation>待签署</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>awaiting_signature</source>
      <translation>待签署</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>back up the database</source>
      <translation>备份数据库</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>budget does not fit</source>
      <translation>预算不符</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>budget_does_not_fit</source>
      <translation>预算不符</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>change the shared settings</source>
      <translation>更改共享设置</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>chose another solution</source>
      <translation>已选择其他方案</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>chose_another_solution</source>
      <translation>已选择其他方案</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <location filename="../../app/services/permissions.py" />
      <source>clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>commissioned development</source>
      <translation>委托开发</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>commissioned_development</source>
      <translation>委托开发</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>cooperation does not fit</source>
      <translation>合作方式不符</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>cooperation_does_not_fit</source>
      <translation>合作方式不符</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>demand</source>
      <translation>需求</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>dismissed</source>
      <translation>不相关</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>draft, edit and submit contracts</source>
      <translation>起草、编辑和提交合同</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>duplicate</source>
      <translation>重复</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>edit alliances</source>
      <translation>编辑联盟</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>edit members</source>
      <translation>编辑会员</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>edit, submit, withdraw or archive listings</source>
      <translation>编辑、提交、撤回或归档需求/供给</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>engine</source>
      <translation>匹配引擎</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>enterprise</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>equipment sharing</source>
      <translation>设备共享</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>equipment_sharing</source>
      <translation>设备共享</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>equity investment</source>
      <translation>股权投资</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>equity_investment</source>
      <translation>股权投资</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>export records</source>
      <translation>导出记录</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>feedback</source>
      <translation>反馈</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>fill a database with demo data</source>
      <translation>向数据库填入演示数据</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>follow projects: milestones, progress, problems and evaluations</source>
      <translation>跟进项目：里程碑、进展、问题和评价</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>founding member</source>
      <translation>发起成员</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>founding_member</source>
      <translation>发起成员</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>government</source>
      <translation>政府机构</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>import records</source>
      <translation>导入记录</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>in execution</source>
      <translation>执行中</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>in review</source>
      <translation>审核中</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>in_execution</source>
      <translation>执行中</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>in_review</source>
      <translation>审核中</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>insert</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>interest</source>
      <translation>意向</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>interested</source>
      <translation>有意向</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>intermediary</source>
      <translation>中介机构</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>investor</source>
      <translation>投资机构</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>ip terms</source>
      <translation>知识产权条款</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>ip_terms</source>
      <translation>知识产权条款</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>joint rd</source>
      <translation>合作研发</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>joint_rd</source>
      <translation>合作研发</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>know how</source>
      <translation>技术诀窍</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>know_how</source>
      <translation>技术诀窍</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>large</source>
      <translation>大型企业</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>lead</source>
      <translation>牵头单位</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>licensing</source>
      <translation>许可</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>make a local copy of the shared database</source>
      <translation>制作共享数据库的本地副本</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>manage users</source>
      <translation>管理用户</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>matched</source>
      <translation>已对接</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>medium</source>
      <translation>中型企业</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>meeting</source>
      <translation>会面</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>member</source>
      <translation>会员</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>micro</source>
      <translation>微型企业</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>na</source>
      <translation>不适用</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>negotiating</source>
      <translation>洽谈中</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>no answer</source>
      <translation>无答复</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>no_answer</source>
      <translation>无答复</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>observer</source>
      <translation>观察员</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>office</source>
      <translation>服务机构</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>patent granted</source>
      <translation>专利已授权</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>patent pending</source>
      <translation>专利申请中</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>patent_granted</source>
      <translation>专利已授权</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>patent_pending</source>
      <translation>专利申请中</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>progress</source>
      <translation>进展</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>propose and follow matches</source>
      <translation>提议和跟进对接</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>proposed</source>
      <translation>已提议</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>public</source>
      <translation>公开</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>published</source>
      <translation>已发布</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>read and verify the audit trail</source>
      <translation>查看和校验审计日志</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>readiness does not fit</source>
      <translation>成熟度不符</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>readiness_does_not_fit</source>
      <translation>成熟度不符</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>research</source>
      <translation>科研</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>research institute</source>
      <translation>科研院所</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>research_institute</source>
      <translation>科研院所</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>resolution</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>resolve sync conflicts</source>
      <translation>解决同步冲突</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>returned</source>
      <translation>已退回</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>running</source>
      <translation>执行中</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>same member</source>
      <translation>同一会员</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>same_member</source>
      <translation>同一会员</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>signed</source>
      <translation>已签署</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>small</source>
      <translation>小型企业</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>software copyright</source>
      <translation>软件著作权</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>software_copyright</source>
      <translation>软件著作权</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>suggested</source>
      <translation>已推荐</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <location filename="../../app/services/permissions.py" />
      <source>supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>supply</source>
      <translation>供给</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>suspended</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>sync a local copy with the shared database</source>
      <translation>将本地副本与共享数据库同步</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>talent training</source>
      <translation>人才培养</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>talent_training</source>
      <translation>人才培养</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>technical service</source>
      <translation>技术服务</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>technical_service</source>
      <translation>技术服务</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>technology does not fit</source>
      <translation>技术不符</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>technology not suitable</source>
      <translation>技术不适用</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>technology_does_not_fit</source>
      <translation>技术不符</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>technology_not_suitable</source>
      <translation>技术不适用</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>terminated</source>
      <translation>已终止</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>timing</source>
      <translation>时间安排</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>university</source>
      <translation>高校</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>update</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../app/services/permissions.py" />
      <source>verify listings, publishing or returning them</source>
      <translation>审核需求/供给（发布或退回）</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <location filename="../../app/services/permissions.py" />
      <source>viewer</source>
      <translation>只读用户</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>void</source>
      <translation>已作废</translation>
    </message>
    <message>
      <location filename="../../app/models/enums.py" />
      <source>withdrawn</source>
      <translation>已撤回</translation>
    </message>
  </context>
  <context>
    <name>VerificationScreen</name>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>1 listing waits for verification</source>
      <translation>1 条信息等待审核</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Automatic checks</source>
      <translation>自动检查</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Cannot be published: {reasons} Return it to the clerk to have it corrected.</source>
      <translation>无法发布：{reasons} 请退回经办人修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Checklist: confirm before publishing</source>
      <translation>核对清单：发布前请确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Load the queue again (F5)</source>
      <translation>重新加载队列（F5）</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Nothing waits for verification.
Listings that clerks submit appear here, the longest-waiting first.</source>
      <translation>没有等待审核的信息。
经办人提交的信息会显示在这里，等待时间最长的排在最前面。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Publish</source>
      <translation>发布</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Publish the listing: it gets its reference and is valid for 365 days</source>
      <translation>发布该信息：信息将获得编号，有效期 365 天</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Published as {reference}; valid until {date}.</source>
      <translation>已发布，编号为 {reference}；有效期至 {date}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Published as {reference}; {count} strong matches are waiting under New suggestions on the Matches screen.</source>
      <translation>已发布，编号为 {reference}；“对接”界面的“新推荐”中有 {count} 个高分匹配等待处理。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Return to clerk…</source>
      <translation>退回经办人…</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Returned “{title}” to the clerk.</source>
      <translation>已将“{title}”退回经办人。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Select a listing in the queue.</source>
      <translation>请在队列中选择一条信息。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>Send the listing back to the clerk with the reasons it must change</source>
      <translation>将信息退回经办人，并写明需要修改的理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>To publish, tick every item of the checklist ({open} of {all} open).</source>
      <translation>请勾选核对清单中的所有项目后再发布（共 {all} 项，尚有 {open} 项未勾选）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/listings/verification.py" />
      <source>{count} listings wait for verification</source>
      <translation>{count} 条信息等待审核</translation>
    </message>
  </context>
  <context>
    <name>WeightsSection</name>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>Defaults</source>
      <translation>恢复默认值</translation>
    </message>
    <message>
      <location filename="../../app/ui/matching/weights.py" />
      <source>How much each part counts in a match's score; used in proportion to the sum.</source>
      <translation>各项在匹配得分中所占的分量；按其在总和中的比例计算。</translation>
    </message>
  </context>
  <context>
    <name>WetInkDialog</name>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>Choose the scanned signed copy</source>
      <translation>选择签署文本的扫描件</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Date signed</source>
      <translation>签署日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>Record a wet-ink signature</source>
      <translation>登记手写签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Scanned copy</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Signed by</source>
      <translation>签署人</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>The scanned signed copy (PDF, PNG, JPEG or TIFF)</source>
      <translation>签署文本的扫描件（PDF、PNG、JPEG 或 TIFF）</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <location filename="../../app/ui/history_contracts.py" />
      <source>Title</source>
      <translation>职务</translation>
    </message>
  </context>
  <context>
    <name>_SignatureDialog</name>
    <message>
      <location filename="../../app/ui/contracts/signing_dialogs.py" />
      <source>Party</source>
      <translation>当事方</translation>
    </message>
  </context>
  <context>
    <name>_TransferDialog</name>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Cancelled: nothing was saved.</source>
      <translation>已取消：未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Choose a .csv or .xlsx file first.</source>
      <translation>请先选择 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/transfer.py" />
      <source>Records</source>
      <translation>记录</translation>
    </message>
  </context>
  <context>
    <name>owner</name>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>Due by</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>Remove this instalment</source>
      <translation>移除这期付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/contracts/editor_schedule.py" />
      <source>e.g. 合同生效后十日内 / on acceptance</source>
      <translation>例如：合同生效后十日内</translation>
    </message>
  </context>
</TS>
