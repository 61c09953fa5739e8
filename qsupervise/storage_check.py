"""Where a database file should not live: network shares, removable drives, cloud-sync folders.

SQLite needs working file locks and writes that reach the disk in order. A network share may fake both,
a USB stick may be pulled out mid-write, and a sync client copies the file (without its -wal) while it
is being written and may bring an older copy back. Each finding is a message code in
:mod:`qsupervise.texts.storage`; they are warnings, the file still opens.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

NETWORK = "storage_network"
REMOVABLE = "storage_removable"
CLOUD = "storage_cloud"

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "sshfs", "fuse.sshfs", "9p", "davfs", "fuse.davfs2",
    "afs", "ncpfs", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "fuse.rclone", "fuse.s3fs", "afpfs",
    "webdav",
})
MACOS_NETWORK_FS = frozenset({"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp"})

# One pattern per sync client, matched against each folder name of the path (case-insensitive).
CLOUD_FOLDERS: tuple[tuple[str, str], ...] = (
    ("OneDrive", r"onedrive(\s*-.*|-.*)?"),
    ("Dropbox", r"dropbox(\s*\(.*\))?"),
    ("Google Drive", r"google\s?drive.*|googledrive-.*|my drive"),
    ("iCloud Drive", r"icloud\s?drive.*|com~apple~clouddocs|mobile documents"),
    ("macOS CloudStorage", r"cloudstorage"),
    ("坚果云", r"nutstore.*|我的坚果云|坚果云.*"),
    ("百度网盘", r"baidunetdisk(?!download).*|baidusyncdisk|百度网盘(?!下载).*|百度云同步盘"),
    ("WPS 云盘", r"wps\s?云盘|wpsdrive|wps\s?cloud.*"),
    ("Synology Drive", r"synology\s?drive.*"),
    ("Seafile", r"seafile.*|seadrive.*"),
    ("ownCloud", r"owncloud.*"),
    ("Nextcloud", r"nextcloud.*"),
    ("Box", r"box sync|box drive"),
    ("pCloud", r"pcloud\s?drive"),
    ("阿里云盘", r"阿里云盘.*|adrive"),
    ("天翼云盘", r"天翼云盘.*"),
    ("Yandex.Disk", r"yandex\.disk"),
)
_CLOUD = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in CLOUD_FOLDERS]

# GetDriveTypeW
_DRIVE_REMOVABLE = 2
_DRIVE_REMOTE = 4


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str
    source: str
    device: str  # "major:minor"


def warnings(path: Path | str) -> list[str]:
    """Message codes for the risks of keeping a database at ``path`` (empty when none is known)."""
    real = _real(Path(path))
    found: list[str] = []
    if sys.platform == "win32":
        kind = _windows_drive_type(real)
        if kind == _DRIVE_REMOTE or str(real).startswith("\\\\"):
            found.append(NETWORK)
        elif kind == _DRIVE_REMOVABLE:
            found.append(REMOVABLE)
    elif sys.platform == "darwin":
        fstype = _macos_fstype(real)
        if fstype in MACOS_NETWORK_FS:
            found.append(NETWORK)
        elif real.parts[:2] == ("/", "Volumes"):
            found.append(REMOVABLE)  # external disks and sticks mount there; the system disk is /
    else:
        mount = linux_mount(real, _read("/proc/self/mountinfo"))
        if mount is not None and is_network(mount.fstype):
            found.append(NETWORK)
        elif mount is not None and linux_removable(mount):
            found.append(REMOVABLE)
    if cloud_service(real) is not None:
        found.append(CLOUD)
    return found


def _real(path: Path) -> Path:
    path = path.expanduser().absolute()
    try:
        return path.resolve() if path.exists() else path.parent.resolve() / path.name
    except OSError:
        return path


def _read(name: str) -> str:
    try:
        with open(name, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError:
        return ""


def cloud_service(path: PurePath) -> str | None:
    """The sync client whose folder holds the file ``path`` (by the folders' names), or None."""
    for part in path.parts[:-1]:
        for name, pattern in _CLOUD:
            if pattern.fullmatch(part.strip()):
                return name
    return None


def is_network(fstype: str) -> bool:
    return fstype in NETWORK_FS or fstype.split(".")[-1] in NETWORK_FS


def _unescape(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as \040 \011 \012 \134
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def linux_mount(path: PurePath, mountinfo: str) -> Mount | None:
    """The mount holding ``path`` according to ``mountinfo`` (the text of /proc/self/mountinfo)."""
    best: Mount | None = None
    target = str(path)
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        dash = fields.index("-")
        if len(fields) < dash + 3:
            continue
        point = _unescape(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best.point)):  # later mounts hide earlier ones
            best = Mount(point, fields[dash + 1], _unescape(fields[dash + 2]), fields[2])
    return best


def linux_removable(mount: Mount, sys_root: Path = Path("/sys")) -> bool:
    """A USB stick or card: mounted where desktops put them, or a block device marked removable / on USB."""
    if mount.point.startswith(("/media/", "/run/media/")):
        return True
    block = sys_root / "dev" / "block" / mount.device
    try:
        device = block.resolve()
    except OSError:
        return False
    if not device.exists():
        return False
    if "usb" in (part[:3] for part in device.parts):
        return True
    disk = device.parent if (device / "partition").exists() else device
    return _read(str(disk / "removable")).strip() == "1"


def _windows_drive_type(path: Path) -> int:
    if sys.platform != "win32":
        return 0
    root = path.anchor or os.path.splitdrive(str(path))[0] + "\\"
    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))
    except (AttributeError, OSError):
        return 0


def _macos_fstype(path: Path) -> str:
    """f_fstypename from statfs(2); the buffer is larger than struct statfs, the name sits at byte 72."""
    if sys.platform != "darwin":
        return ""
    try:
        libc = ctypes.CDLL(None)
        statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
        buffer = ctypes.create_string_buffer(4096)
        if statfs(str(path).encode("utf-8"), buffer) != 0:
            return ""
        return buffer.raw[72:88].split(b"\0", 1)[0].decode("ascii", "replace")
    except (AttributeError, OSError):
        return ""


def params(path: Path | str) -> dict[str, str]:
    """What the messages of :func:`warnings` are filled with."""
    return {"path": str(path), "service": cloud_service(_real(Path(path))) or ""}
