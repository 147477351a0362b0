# Sourced by the bench scripts: a throw-away home for Lector's settings, library and log, and an Xvfb display.
# bench_setup DISPLAY sets home, XDG_CONFIG_HOME, XDG_DATA_HOME and DISPLAY (BENCH_DISPLAY=:N overrides the
# script's display, so two scripts can run at once), and on exit stops Xvfb and the app the script started (its
# pid in $app, if any) and removes home.
bench_setup() {
  home=$(mktemp -d)
  export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data
  Xvfb "${BENCH_DISPLAY:-$1}" -screen 0 1400x900x24 >/dev/null 2>&1 &
  xvfb=$!
  app=
  trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
  sleep 1
  export DISPLAY=${BENCH_DISPLAY:-$1}
}

# The JVM options the README and the installer give Lector (docs/decisions/0005-packaging.md, "Heap"); XMX
# overrides the heap limit.
jvm=(-Xmx"${XMX:-750m}" -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=60)

# start_app ARGS...: starts Lector (target/lector.jar) with timings logged and the arguments given, in the
# background; sets app (its pid) and log (its log file). XMX and JAVA_EXTRA as in the scripts' usage.
start_app() {
  java -Dlector.timings=DEBUG "${jvm[@]}" ${JAVA_EXTRA:-} -jar target/lector.jar "$@" >/dev/null 2>&1 &
  app=$!
  log=$home/data/lector/lector.log
}

# wait_log PATTERN [SECONDS]: waits until the app's log has a line matching PATTERN (grep); fails after SECONDS
# (default 120).
wait_log() {
  for _ in $(seq "${2:-120}"); do
    grep -q "$1" "$log" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

# median: the median of the numbers on stdin, one per line, in any order ("nan" when there are none).
median() {
  sort -n | awk '{a[NR]=$1} END {if (NR == 0) {print "nan"; exit} print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}
