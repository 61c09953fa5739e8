"""设置: administrative units, the quality-credit rules and interface preferences."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QWidget

from ui import i18n
from ui.database import Database
from ui.pages.audit_tab import AuditTab
from ui.pages.backup_tab import BackupTab
from ui.pages.base import Page
from ui.pages.credit_rules_tab import CreditRulesTab
from ui.pages.org_tab import OrgTab
from ui.pages.users_tab import UsersTab
from ui.permissions import is_admin


class InterfaceTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.setObjectName("language")
        # Each language is named in itself, so it is findable whatever is showing now.
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self.choose_language)
        self.language_label = QLabel()
        self.note = QLabel()
        self.note.setObjectName("language_note")
        self.log_label = QLabel()
        self.log_path = QLabel()
        self.log_path.setObjectName("log_path")
        self.log_path.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language)
        form.addRow("", self.note)
        form.addRow(self.log_label, self.log_path)
        self.retranslate()

    def choose_language(self) -> None:
        i18n.set_language(str(self.language.currentData()))

    def refresh(self) -> None:
        from ui.crash import log_path

        self.log_path.setText(str(log_path()))

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("界面语言"))
        self.note.setText(self.tr("切换后立即生效，下次启动时沿用。"))
        self.log_label.setText(self.tr("日志文件"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SettingsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_settings")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.org_tab = OrgTab(db)
        self.org_tab.setObjectName("tab_org")
        self.org_tab.message.connect(self.message)
        self.credit_tab = CreditRulesTab(db)
        self.credit_tab.message.connect(self.message)
        self.interface_tab = InterfaceTab()
        self.interface_tab.setObjectName("tab_interface")
        self.tabs.addTab(self.org_tab, "")
        self.tabs.addTab(self.interface_tab, "")
        self.tabs.addTab(self.credit_tab, "")
        self.backup_tab = BackupTab(db)
        self.backup_tab.setObjectName("tab_backups")
        self.backup_tab.message.connect(self.message)
        self.tabs.addTab(self.backup_tab, "")
        self.users_tab = UsersTab(db)
        self.users_tab.setObjectName("tab_users")
        self.users_tab.message.connect(self.message)
        self.tabs.addTab(self.users_tab, "")
        self.audit_tab = AuditTab(db)
        self.audit_tab.message.connect(self.message)
        self.tabs.addTab(self.audit_tab, "")
        self.body.addWidget(self.tabs, 1)
        self.retranslate()

    def refresh(self) -> None:
        super().refresh()
        self.org_tab.refresh()
        self.credit_tab.refresh()
        self.interface_tab.refresh()
        self.backup_tab.refresh()
        admin = is_admin(self.db)  # county-wide settings and users: others don't see them (the core refuses anyway)
        for tab in (self.org_tab, self.credit_tab, self.users_tab):
            self.tabs.setTabVisible(self.tabs.indexOf(tab), admin)
        if admin:
            self.users_tab.refresh()
        self.tabs.setTabVisible(self.tabs.indexOf(self.audit_tab), admin)  # the audit trail: administrators
        if admin:
            self.audit_tab.refresh()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("设置"))
        self.tabs.setTabText(0, self.tr("行政区划"))
        self.tabs.setTabText(1, self.tr("界面"))
        self.tabs.setTabText(2, self.tr("信用规则"))
        self.tabs.setTabText(self.tabs.indexOf(self.backup_tab), self.tr("备份与恢复"))
        self.tabs.setTabText(self.tabs.indexOf(self.users_tab), self.tr("用户"))
        self.tabs.setTabText(self.tabs.indexOf(self.audit_tab), self.tr("审计日志"))
