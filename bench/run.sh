#!/usr/bin/env bash
# run.sh CORPUS [NAME...] -- time cryptovet against its loading floor and gosec.
#
# CORPUS is a directory made by /work/shared/corpus.sh (one module per
# CORPUS/NAME, extra go flags in CORPUS/NAME/.corpus-goflags). With no NAME,
# every corpus module present is run, smallest first.
#
# For each module, after an untimed `go list -export -deps ./...` that warms
# the build cache, it runs once each, on ./... in the module directory:
#   golist     the go list command that go/packages runs for noop and cryptovet:
#              the part of loading that is the go command's
#   noop       bench/noop: cryptovet's loader (driver.Load + driver.Run) with
#              one analyzer that only requires inspect: the load/type-check floor
#   cryptovet  ./cmd/cryptovet -format=json
#   gosec      gosec v2.30.0 -fmt=json (installed into bench/out/gobin)
# under /usr/bin/time -v (wall time, user+system CPU, peak RSS of the largest
# process) and `timeout $TIMEOUT`. It prints a markdown table per module and
# writes bench/out/results.md, which gathers the latest result of every
# module run so far (each section carries its own date and commit).
#
# Environment: TIMEOUT (seconds per tool run, default 900), GOSEC_VERSION
# (default v2.30.0), TOOLS (default "golist noop cryptovet gosec"), RUNS
# (runs per tool, default 1; the one with the least wall time is kept).
# Needs: go, jq, GNU time (Debian package `time`; installed when missing and root).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
TIMEOUT=${TIMEOUT:-900}
GOSEC_VERSION=${GOSEC_VERSION:-v2.30.0}
TOOLS=${TOOLS:-golist noop cryptovet gosec}
RUNS=${RUNS:-1}
ORDER="sio jwt age go-jose x-crypto coredns step-ca syncthing go-ethereum gitea"

CORPUS=${1:?usage: bench/run.sh CORPUS [NAME...]}
shift
CORPUS=$(cd "$CORPUS" && pwd)
if [ $# -gt 0 ]; then
  NAMES="$*"
else
  NAMES=""
  for n in $ORDER; do [ -d "$CORPUS/$n" ] && NAMES="$NAMES $n"; done
fi
[ -n "${NAMES// /}" ] || { echo "no corpus modules in $CORPUS" >&2; exit 2; }

need() { command -v "$1" >/dev/null 2>&1; }
if ! [ -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && need apt-get; then
    apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
  else
    echo "GNU time (/usr/bin/time) is missing: apt-get install time" >&2; exit 2
  fi
fi
need jq || { echo "jq is missing" >&2; exit 2; }

mkdir -p "$OUT/bin" "$OUT/gobin" "$OUT/mods"

# Build the tools. cryptovet and noop build with the repository's own
# go.mod and the caller's GOFLAGS; the corpus flags are set per module below.
for tool in $TOOLS; do
  case $tool in
    cryptovet) echo "== building cryptovet"; (cd "$ROOT" && go build -o "$OUT/bin/cryptovet" ./cmd/cryptovet) ;;
    noop)      echo "== building noop"; (cd "$ROOT" && go build -o "$OUT/bin/noop" ./bench/noop) ;;
    gosec|golist) ;;
    *)         echo "unknown tool $tool in TOOLS" >&2; exit 2 ;;
  esac
done
COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(cd "$ROOT" && git status --porcelain 2>/dev/null | head -1)" ]; then COMMIT="$COMMIT+dirty"; fi

# gosec goes into a private GOBIN, never into go.mod; a stamp file records
# which version is there.
if [[ " $TOOLS " == *" gosec "* ]] && [ "$(cat "$OUT/gobin/.gosec-version" 2>/dev/null)" != "$GOSEC_VERSION" ]; then
  echo "== installing gosec $GOSEC_VERSION into $OUT/gobin"
  (cd / && GOFLAGS= GOBIN="$OUT/gobin" go install "github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION")
  echo "$GOSEC_VERSION" > "$OUT/gobin/.gosec-version"
fi

GOVERSION=$(go env GOVERSION)
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
NCPU=$(nproc 2>/dev/null || echo '?')

# timefield FILE LABEL: a field of /usr/bin/time -v output.
timefield() { sed -n "s/^[[:space:]]*$2: //p" "$1" | head -1; }

# wall FILE: elapsed wall-clock seconds from "[h:]mm:ss.ss".
wall() {
  timefield "$1" 'Elapsed (wall clock) time (h:mm:ss or m:ss)' |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'
}

# ratio A B: A/B with two decimals, or "-".
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }

# runtool TOOL MODDIR RESDIR: run one tool, leaving RESDIR/TOOL.{out,err,time,status}.
runtool() {
  local tool=$1 dir=$2 res=$3 rc=0
  local out=$res/$tool.out err=$res/$tool.err tf=$res/$tool.time
  rm -f "$out" "$err" "$tf"
  case $tool in
    golist)    cmd=(go list -e -json -compiled=true -export=true -deps=true -find=false -pgo=off ./...) ;;
    noop)      cmd=("$OUT/bin/noop" ./...) ;;
    cryptovet) cmd=("$OUT/bin/cryptovet" -format=json -o "$out" ./...) ;;
    gosec)     cmd=("$OUT/gobin/gosec" -fmt=json -out="$out" ./...) ;;
  esac
  local so=$res/$tool.stdout
  [ "$tool" = golist ] && so=/dev/null
  (cd "$dir" && /usr/bin/time -v -o "$tf" timeout -k 10 "$TIMEOUT" "${cmd[@]}" >"$so" 2>"$err") || rc=$?

  local findings=0 errors=0 status=ok
  case $tool in
    cryptovet)
      if [ -s "$out" ] && jq -e . "$out" >/dev/null 2>&1; then
        findings=$(jq '.findings | length' "$out")
        errors=$(jq '.errors | length' "$out")
      else
        findings=-
      fi ;;
    gosec)
      if [ -s "$out" ] && jq -e . "$out" >/dev/null 2>&1; then
        findings=$(jq '.Issues | length' "$out")
        errors=$(jq '[."Golang errors" // {} | .[] | length] | add // 0' "$out")
      else
        findings=-
      fi ;;
    noop)
      errors=$(grep -c '^noop: .*: ' "$err" || true) ;;
    golist)
      findings=0 ;;
  esac
  # Exit 1 is "findings" for cryptovet and gosec (gosec also exits 1 on
  # type-check errors; those are counted from its JSON). Exit 2 from cryptovet
  # and noop means packages that did not load or analyse.
  if grep -qE 'panic:|panicked|internal error|fatal error:|goroutine [0-9]+ \[' "$err"; then
    status=PANIC
  elif [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    status=TIMEOUT
  elif [ "$findings" = - ]; then
    status="no output (exit $rc)"
  elif [ "$rc" -gt 2 ] || { [ "$tool" = gosec ] && [ "$rc" -gt 1 ]; } || { [ "$tool" = golist ] && [ "$rc" != 0 ]; }; then
    status="exit $rc"
  elif [ "$errors" != 0 ] || [ "$rc" = 2 ]; then
    status="errors: $errors"
  fi
  local w cpu rss
  w=$(wall "$tf")
  cpu=$(awk -v u="$(timefield "$tf" 'User time (seconds)')" -v s="$(timefield "$tf" 'System time (seconds)')" 'BEGIN { printf "%.2f", u + s }')
  rss=$(awk -v k="$(timefield "$tf" 'Maximum resident set size (kbytes)')" 'BEGIN { printf "%.0f", k / 1024 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$w" "$cpu" "$rss" "$findings" "$status" > "$res/$tool.status"
}

for name in $NAMES; do
  dir=$CORPUS/$name
  [ -d "$dir" ] || { echo "== $name: not in $CORPUS, skipped" >&2; continue; }
  extra=$(cat "$dir/.corpus-goflags" 2>/dev/null || true)
  export GOFLAGS="-mod=mod -buildvcs=false${extra:+ $extra}" GOTOOLCHAIN=local
  res=$OUT/mods/$name
  rm -rf "$res"; mkdir -p "$res"
  pin=$(cat "$dir/.corpus-pin" 2>/dev/null || echo "$name")
  echo "== $name ($pin): warming the build cache"
  (cd "$dir" && go list -e -export -deps ./... >/dev/null 2>"$res/warm.err") ||
    echo "   warning: go list -export -deps failed, see $res/warm.err" >&2
  pkgs=$( (cd "$dir" && go list -e ./... 2>/dev/null || true) | wc -l)

  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
  for tool in $TOOLS; do
    echo "   $tool"
    # RUNS > 1: keep the run with the least wall time (the least disturbed).
    best=
    for ((i = 1; i <= RUNS; i++)); do
      runtool "$tool" "$dir" "$res"
      w=$(cut -f2 "$res/$tool.status")
      if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN { exit !(a < b) }'; then
        best=$w; cp "$res/$tool.status" "$res/$tool.best"
      fi
    done
    mv "$res/$tool.best" "$res/$tool.status"
  done

  declare -A W=() M=() F=() S=() C=()
  for tool in $TOOLS; do
    IFS=$'\t' read -r t w c m f s < "$res/$tool.status"
    case $t in noop) f=0 ;; golist) f=- ;; esac
    W[$t]=$w; C[$t]=$c; M[$t]=$m; F[$t]=$f; S[$t]=$s
  done

  # The section for this module.
  {
    echo "### $name"
    echo
    echo "\`$pin\`, $pkgs packages, GOFLAGS=\`$GOFLAGS\`; $(date -u +%Y-%m-%d), cryptovet $COMMIT, $GOVERSION, $NCPU CPUs ($CPU), load average $load, best of $RUNS"
    echo
    echo "| tool | wall s | cpu s | peak MiB | findings | status |"
    echo "|---|---:|---:|---:|---:|---|"
    for tool in $TOOLS; do
      echo "| $tool | ${W[$tool]} | ${C[$tool]} | ${M[$tool]} | ${F[$tool]} | ${S[$tool]} |"
    done
    echo
    echo "cryptovet/noop: wall $(ratio "${W[cryptovet]:-}" "${W[noop]:-}"), cpu $(ratio "${C[cryptovet]:-}" "${C[noop]:-}"), memory $(ratio "${M[cryptovet]:-}" "${M[noop]:-}"); cryptovet/gosec: wall $(ratio "${W[cryptovet]:-}" "${W[gosec]:-}"), cpu $(ratio "${C[cryptovet]:-}" "${C[gosec]:-}")"
    if [ -s "$res/cryptovet.out" ] && jq -e '.findings | length > 0' "$res/cryptovet.out" >/dev/null 2>&1; then
      echo
      echo "cryptovet findings by analyzer: $(jq -r '[.findings[].analyzer] | group_by(.) | map("\(.[0]) \(length)") | join(", ")' "$res/cryptovet.out")"
    fi
    for tool in $TOOLS; do
      if [ "${S[$tool]}" != ok ]; then
        echo
        echo "$tool: ${S[$tool]}; first lines of its errors:"
        echo
        echo '```'
        if [ "$tool" = gosec ] && [ -s "$res/gosec.out" ] && [ "${S[$tool]}" != PANIC ]; then
          # gosec's type-check errors are in its JSON, not on stderr.
          jq -r '."Golang errors" // {} | .[][] | .error' "$res/gosec.out" | { grep -v '^# ' || true; } | cut -c1-300 | head -20 || true
        else
          { grep -v '^\[gosec\]' "$res/$tool.err" || true; } | cut -c1-400 | head -20 || true
        fi
        echo '```'
      fi
    done
    echo
  } > "$res/section.md"
  # One summary row for the cross-module table: wall (cpu) seconds.
  wcpu() { echo "${W[$1]:--} (${C[$1]:--})"; }
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$pkgs" "$(wcpu golist)" \
    "$(wcpu noop)" "${M[noop]:--}" \
    "$(wcpu cryptovet)" "${M[cryptovet]:--}" "${F[cryptovet]:--}" \
    "$(wcpu gosec)" "${F[gosec]:--}" \
    "$(ratio "${W[cryptovet]:-}" "${W[noop]:-}") ($(ratio "${C[cryptovet]:-}" "${C[noop]:-}"))" \
    "$(ratio "${M[cryptovet]:-}" "${M[noop]:-}")" \
    "$(ratio "${W[cryptovet]:-}" "${W[gosec]:-}") ($(ratio "${C[cryptovet]:-}" "${C[gosec]:-}"))" > "$res/summary.row"
  unset W M F S C
  cat "$res/section.md"
done

# results.md: the latest run of every module, in corpus order.
{
  echo "# cryptovet benchmark results"
  echo
  echo "Generated by bench/run.sh; each module section gives its own date and commit."
  echo "Times are wall seconds with user+system CPU seconds in parentheses; MiB is the peak RSS"
  echo "of the largest process; ratios are wall (cpu)."
  echo
  echo "| module | pkgs | go list s | noop s | noop MiB | cryptovet s | cryptovet MiB | cryptovet findings | gosec s | gosec findings | cv/noop time | cv/noop mem | cv/gosec time |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $ORDER; do [ -f "$OUT/mods/$n/summary.row" ] && cat "$OUT/mods/$n/summary.row"; done
  echo
  for n in $ORDER; do [ -f "$OUT/mods/$n/section.md" ] && cat "$OUT/mods/$n/section.md"; done
} > "$OUT/results.md"
echo "== wrote $OUT/results.md"
