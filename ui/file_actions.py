"""The 文件 menu's work: open, create, back up and restore the database file, or connect to a server database
(the county hub, decision 0011), asking the user as needed. What only a file has (its folder, the place it is
stored, restoring a copy over it) is skipped for a server."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from ui import i18n, modal

if TYPE_CHECKING:
    from ui.main_window import MainWindow

MESSAGE_MS = 15000


class FileActions(QObject):
    backups_changed = Signal()  # a backup was made or restored: the backup list should reload

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self._storage_warned: set[Path] = set()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def open_path(self, path: Path | str, *, first_start: bool = False) -> bool:
        """Open ``path``; on first start a missing file leads to the set-up dialog instead of an error."""
        from qsupervise import dialect
        from qsupervise.errors import KnownError

        if dialect.is_server(path):  # a ``postgresql://`` text (a Path is always a file)
            return self.open_url(str(path))
        path = Path(path).expanduser().absolute()
        if first_start and not path.exists():
            return self.create_at(
                path, intro=self.tr("还没有数据库文件。现在新建一个吗？填写本机所在的县（市、区）或乡镇即可开始使用。")
            )
        try:
            ready = self.db.open(path)
        except KnownError as exc:
            modal.warn(self.window, exc.message(i18n.error_lang()), self.tr("无法打开数据库"))
            return False
        if not ready:
            return self.create_at(path, intro=self.tr("这个数据库还没有设置县（市、区）和本机站点。现在设置吗？"))
        self._status(self.tr("已打开 {0}").format(path))
        self.warn_about_storage()
        return True

    def create_at(self, path: Path, *, intro: str = "") -> bool:
        from ui.dialogs.new_database import NewDatabaseDialog

        dialog = NewDatabaseDialog(path, intro=intro, parent=self.window)
        dialog.apply = lambda: self.db.create(path, **dialog.values())
        if not modal.exec_dialog(dialog):
            return False
        self._status(self.tr("已新建数据库 {0}").format(path))
        self.warn_about_storage()
        return True

    # -- a database on a server ------------------------------------------------------------

    def is_server(self) -> bool:
        return self.db.store is not None and self.db.store.is_server

    def connect_interactive(self) -> bool:
        """文件 → 连接服务器数据库…: offers the server open now, else the last one used (without its password)."""
        from qsupervise import dialect

        last = str(QSettings().value("db/last", "") or "")
        current = str(self.db.path) if self.is_server() else ""
        return self.connect_server(current or (last if dialect.is_server(last) else ""))

    def connect_server(self, url: str = "", *, intro: str = "") -> bool:
        """Ask host, port, database, user and password, then open; a refusal (unreachable, wrong password) is
        shown and the dialog stays with what was typed."""
        from ui.dialogs.server_connect import ServerConnectDialog

        dialog = ServerConnectDialog(url, intro=intro, parent=self.window)
        dialog.apply = lambda: self._open_server(dialog.url())
        if not modal.exec_dialog(dialog):
            return False
        self._status(self.tr("已连接 {0}").format(self.db.path))
        return True

    def open_url(self, url: str) -> bool:
        """A server URL from --db or the last session: with a password in it, open it at once; else ask for one."""
        from urllib.parse import urlsplit

        from qsupervise.errors import KnownError

        try:
            has_password = urlsplit(url).password is not None
        except ValueError:
            has_password = False
        if not has_password:
            intro = self.tr("上次使用的是服务器上的数据库。请输入密码以连接（密码不会保存）。")
            return self.connect_server(url, intro=intro)
        try:
            self._open_server(url)
        except KnownError as exc:
            modal.warn(self.window, exc.message(i18n.error_lang()), self.tr("无法打开数据库"))
            return False
        self._status(self.tr("已连接 {0}").format(self.db.path))
        return True

    def _open_server(self, url: str) -> None:
        from qsupervise import dialect
        from qsupervise.errors import KnownError

        if not self.db.open(url):  # a schema without a county: set up with `init`, not from here
            raise KnownError("db_server_empty", url=dialect.public_url(url))

    def _refuse_on_server(self) -> bool:
        """True (after saying so) when the open database is on a server: restoring a file copy is the server's
        administrator's work (pg_restore)."""
        from qsupervise.errors import KnownError

        if not self.is_server():
            return False
        exc = KnownError("restore_on_server", url=self.db.path)
        modal.warn(self.window, exc.message(i18n.error_lang()), self.tr("从备份恢复"))
        return True

    # -- files -------------------------------------------------------------------------------

    def warn_about_storage(self) -> None:
        """Once per file and session: the file sits on a network share, a USB stick or in a sync folder."""
        from qsupervise import storage_check
        from qsupervise.messages import text

        path = self.db.path
        if not isinstance(path, Path) or path in self._storage_warned:  # a server (a URL) has no file to check
            return
        self._storage_warned.add(path)
        codes = storage_check.warnings(path)
        if codes:
            params = storage_check.params(path)
            lines = [text(code, i18n.error_lang(), **params) for code in codes]
            modal.warn(self.window, "\n\n".join(lines), self.tr("数据库存放的位置有风险"))

    def open_interactive(self) -> None:
        path = self.window.ask_open_path()
        if path is not None:
            self.open_path(path)

    def new_interactive(self) -> None:
        path = self.window.ask_new_path()
        if path is None:
            return
        path = path.expanduser().absolute()
        if path.exists():
            # Never overwrite: a database file holds years of records.
            modal.warn(
                self.window,
                self.tr("“{0}”已存在。新建数据库不会覆盖已有文件；要使用它，请选择“打开数据库…”。").format(path),
            )
            return
        self.create_at(path)

    def _need_store(self) -> bool:
        if self.db.store is None:
            modal.warn(self.window, self.tr("请先打开或新建一个数据库。"))
            return False
        return not self.db.busy

    def _set_busy(self, busy: bool) -> None:
        self.db.busy = busy
        self.window.update_actions()

    def backup_now(self) -> None:
        if not self._need_store():
            return
        store = self.db.store
        assert store is not None

        def job(*, progress: Any, cancel: Any) -> Path:
            from qsupervise import backups
            from ui.database import ACTOR

            progress(-1.0, "")
            return backups.backup_now(store, actor=ACTOR)

        from ui.workers import run_task

        self._set_busy(True)
        run_task(
            self.window,
            job,
            label=self.tr("正在备份数据库…"),
            on_success=self._backed_up,
            on_done=lambda: self._set_busy(False),
            cancellable=False,
        )

    def restore_interactive(self) -> None:
        from qsupervise.paths import backups_dir

        if not self._need_store() or self._refuse_on_server():
            return
        store = self.db.store
        assert store is not None
        source = self.window.ask_restore_path(backups_dir(store.file))
        if source is not None:
            self.restore_from(source)

    def _backed_up(self, dest: Path) -> None:
        self._status(self.tr("已备份到 {0}").format(dest))
        self.backups_changed.emit()

    def restore_from(self, source: Path) -> None:
        """Ask, then replace the open database with ``source`` (File → Restore and 设置 → 备份与恢复)."""
        if not self._need_store() or self._refuse_on_server():
            return
        store = self.db.store
        assert store is not None
        question = self.tr(
            "用备份“{0}”替换当前数据库“{1}”的全部内容？\n恢复前会先自动备份当前数据库，需要时可以再恢复回来。"
        ).format(source.name, store.path)
        if not modal.confirm(self.window, question, self.tr("从备份恢复")):
            return

        def job(*, progress: Any, cancel: Any) -> Path:
            from qsupervise import backups
            from ui.database import ACTOR

            progress(-1.0, "")
            self.db.stop_daily_backup()  # never copy into the file while the day's copy still reads it
            return backups.restore(store, source, actor=ACTOR)

        from ui.workers import run_task

        self._set_busy(True)
        run_task(
            self.window,
            job,
            label=self.tr("正在从备份恢复…"),
            on_success=self._restored,
            on_done=lambda: self._set_busy(False),
            cancellable=False,
            min_duration_ms=0,
        )

    def _restored(self, safety: Path) -> None:
        from qsupervise.errors import KnownError

        # The backup may come from another station: re-read who we are, then every page.
        self.db.reload_station()
        self.db.opened.emit()
        self.backups_changed.emit()
        text = self.tr("已从备份恢复。恢复前的数据库已另存为：{0}").format(safety)
        self._status(text)
        if self.db.authenticator is not None:  # its users are the backup's: sign in again
            text += "\n" + self.tr("恢复后的数据库有它自己的用户和密码，请重新登录。")
        modal.inform(self.window, text, self.tr("从备份恢复"))
        try:
            self.db.sign_in_again()
        except KnownError as exc:
            modal.warn(self.window, exc.message(i18n.error_lang()), self.tr("从备份恢复"))
            return
