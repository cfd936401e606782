#!/usr/bin/env bash
# CPU seconds (user + sys, /usr/bin/time) that the four seed catalogs of examples/ cost javac:
#   empty     javac on the four package-info.java files with no processor (the floor)
#   processor javac -proc:only with the errata processor: reading, classifying, writing
#   generated javac -proc:none on the sources the processor wrote (what users compile each build)
# Each is run RUNS times (default 3) in a fresh JVM; the lowest CPU time of the runs is printed.
#
#   benchmarks/generation.sh [processor-path runtime-jar]
# processor-path is the processor jar and its dependencies, separated by ':'. The defaults are what
#   mvn -B -q -pl processor -am package -DskipTests dependency:build-classpath \
#     -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
# builds: the processor jar and the classpath that file lists.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -ge 1 ]; then
  processor="$1"
else
  processor="$root/processor/target/errata-processor-0.1.0-SNAPSHOT.jar:$(cat "$root/processor/target/runtime-classpath.txt")"
fi
runtime="${2:-$root/runtime/target/errata-runtime-0.1.0-SNAPSHOT.jar}"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sources=$(find "$root/examples/src/main/java" -name package-info.java | sort)
tables="$root/spec-tables/src/main/resources"

# lowest user+sys CPU seconds over $runs runs of a command
cpu() {
  local best=""
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%U %S" -o "$work/time" "$@" > "$work/log" 2>&1 || { cat "$work/log"; exit 1; }
    local t
    t=$(awk '{ printf "%.2f", $1 + $2 }' "$work/time")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$t"; fi
  done
  echo "$best"
}

mkdir -p "$work/empty" "$work/gen" "$work/gen-classes" "$work/classes"
empty=$(cpu javac --release 17 -proc:none -cp "$runtime" -d "$work/empty" $sources)
proc=$(cpu javac --release 17 -proc:only -processorpath "$processor" -cp "$runtime" \
  -Aerrata.tables="$tables" -s "$work/gen" -d "$work/gen-classes" $sources)
generated_files=$(find "$work/gen" -name '*.java')
gen=$(cpu javac --release 17 -proc:none -cp "$runtime" -d "$work/classes" $generated_files)
lines=$(cat $generated_files | wc -l)
classes=$(find "$work/classes" -name '*.class' | wc -l)
printf 'empty %s s | processor (-proc:only) %s s | generated sources (-proc:none) %s s | %s lines, %s classes\n' \
  "$empty" "$proc" "$gen" "$lines" "$classes"
