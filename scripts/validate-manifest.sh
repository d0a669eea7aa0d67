#!/bin/sh
# Validates a manifest against the Office add-in XSDs kept beside the project (../shared).
# Usage: scripts/validate-manifest.sh [manifest.xml ...]   (default: manifest.xml, and dist/manifest.xml if built)
set -eu
cd "$(dirname "$0")/.."
SCHEMA="../shared/manifest-schemas/OfficeAppManifestV1_1.xsd"
if [ ! -f "$SCHEMA" ]; then
  echo "validate-manifest: skipped, $SCHEMA not found (the schemas live beside the project in ../shared)."
  exit 0
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found (Debian: apt-get install libxml2-utils)." >&2
  exit 1
fi
if [ "$#" -eq 0 ]; then
  set -- manifest.xml
  [ -f dist/manifest.xml ] && set -- "$@" dist/manifest.xml
fi
for f in "$@"; do
  xmllint --noout --schema "$SCHEMA" "$f"
done
