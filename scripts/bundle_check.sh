#!/usr/bin/env bash
# Prove the PyInstaller bundle starts and works: the CLI commands, then the window (offscreen).
# Usage: scripts/bundle_check.sh            (after `make bundle`; `make bundle-check` does both)
#        BUNDLE=path/to/QSupervise scripts/bundle_check.sh
# Everything runs in a throw-away folder; the user's data, settings and databases are not touched.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="${BUNDLE:-$ROOT/dist/QSupervise}"
EXE="$BUNDLE/QSupervise"
[ -f "$EXE.exe" ] && EXE="$EXE.exe"
GUI_TIMEOUT="${GUI_TIMEOUT:-60}"

fail() { echo "bundle-check: FAIL: $*" >&2; exit 1; }

[ -x "$EXE" ] || fail "no executable at $EXE — build it first: make bundle"

T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
# Keep the check away from the real user: data dir, Qt settings, caches, and the repo itself.
export QT_QPA_PLATFORM=offscreen
export QS_DATA_DIR="$T/data"
export XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/share" XDG_CACHE_HOME="$T/cache"
export XDG_RUNTIME_DIR="$T/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QS_SMOKE_TEST
cd "$T"

done_steps=()
step=0

# run NAME CMD...: run the command, keep its output in $T/NAME.log, show it only on failure.
run() {
  local name="$1"; shift
  step=$((step + 1))
  local rc=0
  "$@" >"$T/$name.log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "bundle-check: step $step ($name) exited $rc: $*" >&2
    sed 's/^/    | /' "$T/$name.log" >&2
    fail "$name"
  fi
  done_steps+=("$name")
}

# 0. What the bundle must carry besides code: Alembic's scripts (read as files at run time).
internal="$BUNDLE/_internal"
[ -d "$internal" ] || internal="$BUNDLE"
for f in db/env.py db/script.py.mako; do
  [ -f "$internal/$f" ] || fail "bundle lacks $f (build.spec datas)"
done
for f in "$ROOT"/db/versions/*.py; do
  [ -f "$internal/db/versions/$(basename "$f")" ] || fail "bundle lacks db/versions/$(basename "$f"); rebuild: make bundle"
done
if [ -d "$ROOT/resources" ]; then
  while IFS= read -r -d '' f; do
    rel="${f#"$ROOT"/}"
    [ -f "$internal/$rel" ] || fail "bundle lacks $rel; rebuild: make bundle"
  done < <(find "$ROOT/resources" -type f ! -name '*.ts' ! -name '.*' -print0)
fi
if command -v ldd >/dev/null 2>&1 && [ -f "$internal/PySide6/Qt/plugins/platforms/libqxcb.so" ]; then
  # The desktop window needs the xcb plugin to load; offscreen (below) would not notice.
  missing="$(LD_LIBRARY_PATH="$internal" ldd "$internal/PySide6/Qt/plugins/platforms/libqxcb.so" | grep 'not found' || true)"
  [ -z "$missing" ] || fail "the xcb platform plugin cannot load:"$'\n'"$missing"
fi
dangling="$(find "$BUNDLE" -xtype l | head -5)"
[ -z "$dangling" ] || fail "dangling symlinks in the bundle:"$'\n'"$dangling"

# 1-2. The command line.
run --help "$EXE" --help
run init "$EXE" init --db "$T/c.db" --role county --name 测试县 --townships 甲镇,乙镇
# The first administrator: argon2id's compiled part must be inside the bundle.
run init-admin env QS_ADMIN_PASSWORD='Bundle#Check42' "$EXE" init --db "$T/u.db" --role county --name 测试县 --admin admin
run demo "$EXE" demo --db "$T/d.db" --enterprises 500 --seed 1 --json
grep -q '"ok": true' "$T/demo.log" || { sed 's/^/    | /' "$T/demo.log" >&2; fail "demo --json did not print \"ok\": true"; }
run export "$EXE" export enterprises "$T/list.xlsx" --db "$T/d.db"
run demo-empty "$EXE" demo --db "$T/e.db" --enterprises 0 --seed 1
run import "$EXE" import enterprises "$T/list.xlsx" --db "$T/e.db" --json
# 499: the demo holds one credit code registered by two townships (a duplicate for 数据交换 to merge), which the
# importer refuses as a repeat within the file.
grep -q '"created": 499' "$T/import.log" || { sed 's/^/    | /' "$T/import.log" >&2; fail "import did not create 499"; }
run check-db "$EXE" check-db --db "$T/d.db"
# Spot checks: a reproducible draw verified from its record, the published table out and in again,
# and a PDF form whose Chinese font must come from inside the bundle (embedded as /FontFile2).
run plan "$EXE" plan add --no B-1 --year 2026 --count 5 --db "$T/d.db"
run draw "$EXE" draw --plan B-1 --seed 42 --verify --json --db "$T/d.db"
grep -q '"verified": true' "$T/draw.log" || { sed 's/^/    | /' "$T/draw.log" >&2; fail "the draw did not verify"; }
run export-spotchecks "$EXE" export spotchecks "$T/checks.xlsx" --db "$T/d.db"
run import-spotchecks "$EXE" import spotchecks "$T/checks.xlsx" --dry-run --json --db "$T/d.db"
grep -q '"created": 0' "$T/import-spotchecks.log" || { sed 's/^/    | /' "$T/import-spotchecks.log" >&2; fail "re-import of the exported spot checks was not all unchanged"; }
sample="$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT sample_no FROM spot_check WHERE verdict IS NOT NULL ORDER BY sample_no LIMIT 1\").fetchone()[0])" "$T/d.db")"
run form "$EXE" form notice --check "$sample" "$T/notice.pdf" --db "$T/d.db"
grep -q FontFile2 "$T/notice.pdf" || fail "the PDF form has no embedded font"
# Responsibility letters (GB/T 9704 layout, the bundled font) and the assessment table.
run letters "$EXE" letters create --year 2026 --db "$T/d.db"
run letters-print "$EXE" letters print "$T/letters.pdf" --year 2026 --db "$T/d.db" --json
grep -q FontFile2 "$T/letters.pdf" || fail "the letters PDF has no embedded font"
run assessment "$EXE" assessment export "$T/assessment.xlsx" --year 2026 --db "$T/d.db"
# Sync: enrol a township (Ed25519 via PyNaCl's bundled libsodium), its package to the county and back.
run station-add "$EXE" station add --db "$T/c.db" --name 甲镇 --out "$T/甲镇.enroll"
run init-enroll "$EXE" init --db "$T/t.db" --role township --enroll "$T/甲镇.enroll"
run package-up "$EXE" package export --db "$T/t.db" --out "$T/up.qsp" --json
run package-in "$EXE" package import "$T/up.qsp" --db "$T/c.db" --json
grep -q '"status": "imported"' "$T/package-in.log" || { sed 's/^/    | /' "$T/package-in.log" >&2; fail "the township package was not imported"; }
run package-down "$EXE" package export --db "$T/c.db" --station 甲镇 --out "$T/down.qsp"
run package-back "$EXE" package import "$T/down.qsp" --db "$T/t.db" --json
grep -q '"status": "imported"' "$T/package-back.log" || { sed 's/^/    | /' "$T/package-back.log" >&2; fail "the return package was not imported"; }
run county-summary "$EXE" export county-summary "$T/summary.xlsx" --db "$T/c.db"
run check-db-after "$EXE" check-db --db "$T/d.db"

# 3. The window: QS_SMOKE_TEST=1 makes it quit by itself (exit 0) 1.5 s after it is shown
#    with the database open. Offscreen always; also on a real X server (the xcb plugin and its
#    GL integration, which Linux desktops use) when xvfb-run is installed.
gui() {
  local name="$1"; shift
  step=$((step + 1))
  local rc=0
  QS_SMOKE_TEST=1 "$@" timeout -k 5 "$GUI_TIMEOUT" "$EXE" --db "$T/d.db" >"$T/$name.log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    sed 's/^/    | /' "$T/$name.log" >&2
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
      fail "$name: still running after ${GUI_TIMEOUT}s (does ui/app.py quit by itself when QS_SMOKE_TEST=1?)"
    elif grep -q "No module named 'ui.app'" "$T/$name.log"; then
      fail "$name: the bundle was built before ui/app.py existed; rebuild: make bundle"
    fi
    fail "$name exited $rc"
  fi
  done_steps+=("$name")
}

if [ ! -f "$ROOT/ui/app.py" ]; then
  echo "bundle-check: ui/app.py does not exist yet — skipping the window check." >&2
else
  gui gui env
  if [ "${BUNDLE_CHECK_XCB:-auto}" != 0 ] && command -v xvfb-run >/dev/null 2>&1 && command -v xauth >/dev/null 2>&1; then
    gui gui-xcb xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb
  elif [ "${BUNDLE_CHECK_XCB:-auto}" = 1 ]; then
    fail "BUNDLE_CHECK_XCB=1 but xvfb-run/xauth are not installed (apt-get install xvfb xauth)"
  fi
fi

size="$(du -sh "$BUNDLE" | cut -f1)"
summary="$(IFS=,; echo "${done_steps[*]}")"
# The oldest glibc the bundle runs on (Linux): the newest GLIBC_x.y symbol version any file needs.
glibc=""
if command -v objdump >/dev/null 2>&1 && [ -f "$BUNDLE/QSupervise" ]; then
  glibc="$(find "$BUNDLE" -type f \( -name '*.so*' -o -name QSupervise \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sort -uV | tail -1 || true)"
  [ -z "$glibc" ] || glibc=", needs glibc >= ${glibc#GLIBC_}"
fi
echo "bundle-check: OK (size $size, ${summary//,/, }$glibc)"
