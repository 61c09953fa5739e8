"""Safe storage: warnings for shares, sticks and sync folders, and one program per database file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from qsupervise import db_lock, storage_check
from qsupervise.cli import main
from qsupervise.errors import DatabaseLocked, DatabaseNewer
from qsupervise.messages import CATALOGUE, text
from qsupervise.store import Store

ROOT = Path(__file__).resolve().parents[2]

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
40 27 0:45 / /mnt/county rw,relatime shared:1 - nfs4 fileserver:/export/county rw,vers=4.2
41 27 0:46 / /mnt/share\040office rw,relatime - cifs //office/共享 rw
42 41 8:17 / /mnt/share\040office/usb rw - vfat /dev/sdb1 rw
43 27 0:47 / /home/kim/remote rw - fuse.sshfs kim@host: rw
44 27 8:33 / /media/kim/U盘 rw,nosuid - exfat /dev/sdc1 rw
broken line without the separator
"""


@pytest.mark.parametrize(
    ("path", "point", "fstype"),
    [
        ("/home/kim/county.db", "/", "ext4"),
        ("/mnt/county/data/county.db", "/mnt/county", "nfs4"),
        ("/mnt/countyx/county.db", "/", "ext4"),  # a name that only starts like a mount point
        ("/mnt/share office/county.db", "/mnt/share office", "cifs"),
        ("/mnt/share office/usb/county.db", "/mnt/share office/usb", "vfat"),  # the inner mount wins
        ("/home/kim/remote/q.db", "/home/kim/remote", "fuse.sshfs"),
    ],
)
def test_the_mount_holding_a_path(path: str, point: str, fstype: str) -> None:
    mount = storage_check.linux_mount(PurePosixPath(path), MOUNTINFO)
    assert mount is not None
    assert (mount.point, mount.fstype) == (point, fstype)


def test_network_file_systems() -> None:
    for fstype in ("nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "davfs", "fuse.davfs2"):
        assert storage_check.is_network(fstype), fstype
    for fstype in ("ext4", "xfs", "btrfs", "ntfs3", "vfat", "exfat", "tmpfs", "overlay", "fuse.portal"):
        assert not storage_check.is_network(fstype), fstype
    assert storage_check.linux_mount(PurePosixPath("/x.db"), "") is None


def fake_block(sys_root: Path, device: str, target: str, *, removable: str = "0", partition: bool = True) -> None:
    real = sys_root / target
    real.mkdir(parents=True)
    disk = real.parent if partition else real
    (disk / "removable").write_text(removable + "\n")
    if partition:
        (real / "partition").write_text("1\n")
    link = sys_root / "dev" / "block" / device
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(real)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks in a fake /sys")
def test_removable_drives_on_linux(tmp_path: Path) -> None:
    fake_block(tmp_path, "8:17", "devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/block/sdb/sdb1")
    fake_block(tmp_path, "179:1", "devices/platform/mmc0/block/mmcblk0/mmcblk0p1", removable="1")
    fake_block(tmp_path, "8:1", "devices/pci0000:00/ata1/host0/block/sda/sda1")
    fake_block(tmp_path, "259:0", "devices/pci0000:00/nvme/block/nvme0n1", partition=False)

    def removable(device: str, point: str = "/data") -> bool:
        return storage_check.linux_removable(storage_check.Mount(point, "ext4", "/dev/x", device), tmp_path)

    assert removable("8:17")  # a USB stick whose flag says 0 (many do)
    assert removable("179:1")  # an SD card: the disk says removable
    assert not removable("8:1")
    assert not removable("259:0")
    assert not removable("9:9")  # no such device
    assert removable("8:1", "/media/kim/U盘")
    assert removable("8:1", "/run/media/kim/DISK")


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/kim/OneDrive/质监/county.db", "OneDrive"),
        ("C:/Users/kim/OneDrive - 某某县市场监管局/county.db", "OneDrive"),
        ("/Users/kim/Library/CloudStorage/OneDrive-Personal/county.db", "macOS CloudStorage"),
        ("/home/kim/Dropbox (Personal)/county.db", "Dropbox"),
        ("G:/My Drive/county.db", "Google Drive"),
        ("/Users/kim/Library/Mobile Documents/com~apple~CloudDocs/county.db", "iCloud Drive"),
        ("D:/Nutstore/county.db", "坚果云"),
        ("D:/我的坚果云/county.db", "坚果云"),
        ("D:/BaiduSyncdisk/county.db", "百度网盘"),
        ("D:/百度网盘/同步/county.db", "百度网盘"),
        ("C:/Users/kim/WPS云盘/county.db", "WPS 云盘"),
        ("/home/kim/SynologyDrive/county.db", "Synology Drive"),
        ("/home/kim/Seafile/My Library/county.db", "Seafile"),
        ("/home/kim/Nextcloud/county.db", "Nextcloud"),
        ("/home/kim/ownCloud - kim@cloud/county.db", "ownCloud"),
        ("/home/kim/Documents/county.db", None),
        ("D:/BaiduNetdiskDownload/county.db", None),  # the download folder is not synced
        ("/home/kim/myonedrive/county.db", None),
        ("/home/kim/OneDrive.db", None),  # the file's own name does not count
    ],
)
def test_cloud_sync_folders(path: str, service: str | None) -> None:
    assert storage_check.cloud_service(PurePosixPath(path)) == service
    assert storage_check.cloud_service(PureWindowsPath(path.replace("/", "\\"))) == service


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="reads /proc/self/mountinfo")
def test_warnings_combine_the_findings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(storage_check, "_read", lambda name: MOUNTINFO if name.endswith("mountinfo") else "")
    assert storage_check.warnings("/mnt/county/Dropbox/county.db") == ["storage_network", "storage_cloud"]
    assert storage_check.warnings("/media/kim/U盘/county.db") == ["storage_removable"]
    assert storage_check.warnings("/home/kim/county.db") == []
    params = storage_check.params("/mnt/county/Dropbox/county.db")
    assert params == {"path": "/mnt/county/Dropbox/county.db", "service": "Dropbox"}


def test_every_warning_says_where_and_what_to_do() -> None:
    params = {"path": "/mnt/county/q.db", "service": "坚果云"}
    for code in (storage_check.NETWORK, storage_check.REMOVABLE, storage_check.CLOUD):
        zh, en = CATALOGUE[code]
        for lang in ("zh", "en"):
            message = text(code, lang, **params)
            assert "/mnt/county/q.db" in message
            assert "{" not in message
        assert "请" in zh
        assert ("Move" in en or "Copy" in en)
    assert "坚果云" in text(storage_check.CLOUD, "zh", **params)


def test_check_db_reports_storage_as_a_warning_not_a_failure(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(storage_check, "warnings", lambda path: [storage_check.NETWORK])
    code = main(["check-db", "--db", str(store.path), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0
    assert payload["ok"] is True
    notes = [n for n in payload["notes"] if n["code"].startswith("storage_")]
    assert [n["code"] for n in notes] == ["storage_network"]
    assert str(store.path) in notes[0]["message"]


# -- one program per file ----------------------------------------------------------------


def test_stores_of_one_process_share_the_file(store: Store) -> None:
    assert db_lock.held_here(store.path) == 1
    second = Store.open(store.path)
    third = Store.open(store.path)
    assert db_lock.held_here(store.path) == 3
    second.close()
    second.close()  # closing twice gives back one share only
    assert db_lock.held_here(store.path) == 2
    third.close()
    assert db_lock.held_here(store.path) == 1
    note = json.loads(db_lock.lock_path(store.path).read_text(encoding="utf-8"))
    assert note["pid"] == os.getpid()


def test_a_refused_open_gives_the_lock_back(store: Store, tmp_path: Path) -> None:
    import sqlite3

    newer = tmp_path / "newer.db"
    store.backup(newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(DatabaseNewer):
        Store.open(newer)
    assert db_lock.held_here(newer) == 0


HOLDER = """
import sys, time
from qsupervise.store import Store
store = Store.open(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""

OPENER = """
import json, sys
from qsupervise.errors import KnownError
from qsupervise.store import Store
for line in sys.stdin:
    try:
        Store.open(sys.argv[1]).close()
        print(json.dumps({"opened": True}), flush=True)
    except KnownError as exc:
        print(json.dumps({"code": exc.code, "message": exc.message("zh"), **exc.params}), flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_second_process_is_refused_until_the_first_is_gone(store: Store) -> None:
    path = str(store.path)
    opener = subprocess.Popen([sys.executable, "-c", OPENER, path], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    holder: subprocess.Popen[str] | None = None
    assert opener.stdin is not None
    assert opener.stdout is not None

    def try_open() -> dict[str, object]:
        assert opener.stdin is not None
        assert opener.stdout is not None
        opener.stdin.write("go\n")
        opener.stdin.flush()
        answer: dict[str, object] = json.loads(opener.stdout.readline())
        return answer

    try:
        refused = try_open()  # we hold it
        assert refused["code"] == "db_in_use"
        assert refused["pid"] == str(os.getpid())
        assert refused["path"] == path
        assert "正由另一个程序使用" in str(refused["message"])
        assert str(os.getpid()) in str(refused["message"])
        store.close()
        assert try_open() == {"opened": True}
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, path], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert holder.stdout is not None
        assert holder.stdout.readline() == "ready\n"
        with pytest.raises(DatabaseLocked) as info:
            Store.open(path)
        assert info.value.code == "db_in_use"
        assert info.value.params["pid"] == str(holder.pid)
        message = info.value.message("zh")
        assert "另一个程序" in message
        assert str(holder.pid) in message
        os.kill(holder.pid, signal.SIGKILL)  # a crash gives the file back: the OS drops the lock
        holder.wait(10)
        with Store.open(path) as again:
            assert again.integrity_problems() == []
    finally:
        opener.stdin.close()
        opener.wait(10)
        opener.stdout.close()
        if holder is not None:
            holder.kill()
            holder.wait(10)
            assert holder.stdout is not None
            holder.stdout.close()
