#!/bin/bash
# Replays the Dockerfile's build stage without Docker (docs/DEPLOYING.md): the poms alone with the warm-up command,
# then the tree minus what .dockerignore keeps out, built offline from the local repository the warm-up filled.
# The fresh local repository is fed from this machine's Maven cache (a file:// mirror), so nothing is downloaded
# and the shared ~/.m2 is only read. Proves the dependency layer is complete; prints timings and the jar's size.
# Usage: tools/docker/simulate-build-stage.sh [WORK_DIR]   (default /tmp/marsad-docker-sim; deleted first)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/marsad-docker-sim}"
rm -rf "$work" && mkdir -p "$work/src"
cat > "$work/settings.xml" <<XML
<settings><mirrors><mirror><id>local-cache</id><mirrorOf>*</mirrorOf>
<url>file://$HOME/.m2/repository</url></mirror></mirrors></settings>
XML
build=(mvn -B -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo" -DskipTests -Dmaven.test.skip=true
  -pl runtime -am package)

cd "$root"
grep '^COPY [A-Za-z/_-]*pom.xml ' Dockerfile | while read -r _ src dst; do
  mkdir -p "$work/src/$dst" && cp "$src" "$work/src/$dst"
done
cd "$work/src"
start=$(date +%s)
"${build[@]}"
find . -name target -type d -prune -exec rm -rf {} +
echo "dependency layer: $(( $(date +%s) - start )) s, $(du -sm "$work/repo" | cut -f1) MB"

cd "$root"
# .dockerignore's patterns as tar's: "**/x" at any depth, anything else at the root only.
excludes=()
while read -r pattern; do
  case "$pattern" in
    '' | '#'*) ;;
    '**/'*) excludes+=(--exclude="${pattern#\*\*/}") ;;
    *) excludes+=(--exclude="./$pattern") ;;
  esac
done < .dockerignore
tar cf - "${excludes[@]}" . | tar xf - -C "$work/src"
cd "$work/src"
start=$(date +%s)
"${build[@]}" -o
echo "offline build: $(( $(date +%s) - start )) s"
ls -l runtime/target/marsad-stage.jar
