#!/usr/bin/env bash
# Builds Lector's app image and .deb with JDK 17's jpackage into target/installer/.
# Run by `mvn -Pinstaller package` after target/lector.jar, target/lib/ and the slim models jar exist
# (the profile passes the arguments below from pom.xml); it can be rerun by hand with the same arguments.
#
#   installer/jpackage.sh VERSION MODULES JAVA_OPTIONS
#
# VERSION is the project version, MODULES the comma-separated jlink modules (checked against jdeps below),
# JAVA_OPTIONS the launcher's JVM options (separated by spaces). JAVA_HOME must be a full JDK 17 (jpackage, jlink, jdeps, jmods).
# DEB_COMPRESSOR (gzip by default, xz for the smallest file) picks dpkg-deb's compressor.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?VERSION missing}
modules=${2:?MODULES missing}
java_options=${3:?JAVA_OPTIONS missing}
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

fail() { echo "installer: $*" >&2; exit 1; }

for tool in jpackage jlink jdeps; do
    [ -x "$jdk/bin/$tool" ] || fail "$jdk/bin/$tool is missing: install openjdk-17-jdk-headless (or a full JDK 17)"
done
[ -f "$jdk/jmods/java.base.jmod" ] || fail "$jdk/jmods is missing: jlink needs openjdk-17-jdk-headless"
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (a Debian or Ubuntu machine builds the .deb)"
command -v fakeroot >/dev/null || fail "fakeroot is missing: apt-get install fakeroot"
[ -f target/lector.jar ] && [ -d target/lib ] || fail "target/lector.jar and target/lib/ are missing: mvn package first"

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT packages as 0.1.0.
app_version=${version%%-*}
description="A desktop reader for reading news closely: entities, quotes and claims, corrected by the reader."
out=target/installer
rm -rf "$out"
mkdir -p "$out/input"

# The input: lector.jar with its manifest Class-Path (lib/...), so the app image runs as `java -jar` does.
cp target/lector.jar "$out/input/"
cp -r target/lib "$out/input/lib"
# CoreNLP's own NER files are the build tree's benchmark baseline; the app reads the flat ones (decision 0015).
rm -f "$out/input/lib/"lector-models-*-stock-ner.jar

# Every module jdeps finds for lector.jar and what it reaches on the class path must be in MODULES;
# MODULES may hold more (services and reflection jdeps cannot see; see docs/decisions/0005-packaging.md).
found=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
        --class-path "$out/input/lib/*" "$out/input/lector.jar" | tail -1)
for m in ${found//,/ }; do
    [[ ",$modules," == *",$m,"* ]] || fail "jdeps finds module $m, which installer.modules in pom.xml lacks"
done
echo "installer: jdeps finds $found"
echo "installer: jlink modules $modules"

java_option_args=()
read -r -a options <<< "$java_options"
# The class-data archive postinst makes from the installed jars (decision 0021); $APPDIR is the launcher's.
options+=('-XX:SharedArchiveFile=$APPDIR/lector.jsa')
for option in "${options[@]}"; do
    java_option_args+=(--java-options "$option")
done

common=(--name lector --app-version "$app_version" --vendor Lector --description "$description")

echo "installer: app image"
"$jdk/bin/jpackage" --type app-image --dest "$out/image" "${common[@]}" \
    --input "$out/input" --main-jar lector.jar --main-class org.lector.app.Main \
    "${java_option_args[@]}" \
    --icon assets/icons/lector-256.png \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive"

# The runtime's class-data archive (decision 0019): jlink writes none unless asked, so the installed JVM loaded every
# JDK class from the compressed modules at each start. --generate-cds-archive runs the image's own bin/java to dump
# it (hence no --strip-native-commands). Only the compressed-oops archive is used under the launcher's -Xmx750m;
# the other (for heaps past 32 GB) is 11 MB of nothing.
rm -f "$out/image/lector/lib/runtime/lib/server/classes_nocoops.jsa"
[ -f "$out/image/lector/lib/runtime/lib/server/classes.jsa" ] || fail "jlink wrote no class-data archive"

# The class list postinst makes the launch's class-data archive from (decision 0021), beside the jars.
install -m 644 assets/cds/lector.classlist "$out/image/lector/lib/app/lector.classlist"

# Desktop integration ships inside the image, under lib/ (jpackage's .deb step keeps only bin/ and lib/ of an
# app image); the package's postinst links it into /usr (installer/resources/postinst).
app="$out/image/lector"
share="$app/lib/share"
install -D -m 644 installer/desktop/lector.desktop "$share/applications/lector.desktop"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "assets/icons/lector-$size.png" "$share/icons/hicolor/${size}x${size}/apps/lector.png"
done
install -D -m 644 assets/icons/lector.svg "$share/icons/hicolor/scalable/apps/lector.svg"

echo "installer: .deb"
# JavaFX's native libraries live inside its jars, so jpackage's automatic Depends (from ldd) miss GTK.
DPKG_DEB_COMPRESSOR_TYPE=${DEB_COMPRESSOR:-gzip} "$jdk/bin/jpackage" --type deb --dest "$out" "${common[@]}" \
    --app-image "$app" \
    --resource-dir installer/resources \
    --license-file LICENSE \
    --linux-package-name lector \
    --linux-deb-maintainer dev@lector.invalid \
    --linux-app-category text \
    --linux-package-deps "libgtk-3-0, libxtst6"

deb=$(ls "$out"/lector_*.deb)
dpkg-deb --info "$deb" >/dev/null || fail "$deb is not a valid .deb"
echo "installer: app image $(du -sh "$app" | cut -f1), .deb $(du -h "$deb" | cut -f1) ($deb)," \
     "Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"
