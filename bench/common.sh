# Sourced by the bench scripts: a throw-away home for Lector's settings, library and log, and an Xvfb display.
# bench_setup DISPLAY sets home, XDG_CONFIG_HOME, XDG_DATA_HOME and DISPLAY, and on exit stops Xvfb and the
# app the script started (its pid in $app, if any) and removes home.
bench_setup() {
  home=$(mktemp -d)
  export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data
  Xvfb "$1" -screen 0 1400x900x24 >/dev/null 2>&1 &
  xvfb=$!
  app=
  trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
  sleep 1
  export DISPLAY=$1
}
