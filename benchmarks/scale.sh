#!/usr/bin/env bash
# Measures code generation at scale: for each size, a synthetic table of that many codes is split
# into catalogs of at most 1,700 codes (one enum each), all compiled in one javac run with the
# errata processor; then the sources it generated are compiled again without it (-proc:none).
# Prints wall seconds and peak resident memory of each javac run (/usr/bin/time "%e %M").
#
#   benchmarks/scale.sh                # 100 500 1000 1700 2000/2000 10000 50000
#   benchmarks/scale.sh 100 1700       # chosen sizes
#   benchmarks/scale.sh 2000/2000      # SIZE/PER: at most PER codes a catalog; over 1,700 shows the error
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
classpath_file="$root/benchmarks/target/processor.classpath"
work="${SCALE_WORK:-$root/benchmarks/target/scale}"
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(100 500 1000 1700 2000/2000 10000 50000)
fi

if [ ! -f "$classpath_file" ]; then
  (cd "$root" && mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests)
fi
classpath="$(cat "$classpath_file")"

# one TSV table of $2 codes, numbered from $1, messages of the kinds real tables have
write_table() {
  awk -v first="$1" -v count="$2" 'BEGIN {
    print "Status\tCode\tMessage\tSolution"
    split("404|429|400|402|500|403|409", status, "|")
    split("The resource %d does not exist.|Too many requests for item %d.|Parameter p%d is invalid.|Insufficient balance for order %d.|Internal error %d, try again.|Access to item %d is denied.|Item %d already exists.", message, "|")
    for (i = first; i < first + count; i++) {
      k = i % 7 + 1
      printf "%s\tSynth.%06d\t" message[k] "\tCheck item %d.\n", status[k], i, i, i
    }
  }'
}

# seconds and peak KiB of one command, or "failed" and the first located error
measure() {
  local log="$1"; shift
  if /usr/bin/time -f "%e %M" -o "$log.time" "$@" > "$log" 2>&1; then
    cat "$log.time"
  else
    echo "failed: $(grep -m1 -E 'error:' "$log" || tail -n 1 "$log")"
  fi
}

printf '%-7s %-9s %-11s %-12s %-11s %-12s %s\n' codes catalogs proc_s proc_MiB noproc_s noproc_MiB classes
for spec in "${sizes[@]}"; do
  size="${spec%%/*}"
  per_catalog=1700
  if [ "$spec" != "$size" ]; then
    per_catalog="${spec#*/}"
  fi
  dir="$work/$size-$per_catalog"
  rm -rf "$dir"
  mkdir -p "$dir/src" "$dir/tables" "$dir/generated" "$dir/classes" "$dir/classes-noproc"
  catalogs=0
  for ((first = 0; first < size; first += per_catalog)); do
    count=$((size - first < per_catalog ? size - first : per_catalog))
    package="synth.n$size.c$catalogs"
    mkdir -p "$dir/src/${package//.//}"
    write_table "$first" "$count" > "$dir/tables/synth-$size-$catalogs.tsv"
    cat > "$dir/src/${package//.//}/package-info.java" <<JAVA
@dev.errata.ErrorCatalog(provider = "Synth$catalogs", table = "synth-$size-$catalogs.tsv")
package $package;
JAVA
    catalogs=$((catalogs + 1))
  done

  read -r -a proc <<< "$(measure "$dir/proc.log" javac --release 17 -processorpath "$classpath" -cp "$classpath" \
    -Aerrata.tables="$dir/tables" -s "$dir/generated" -d "$dir/classes" $(find "$dir/src" -name '*.java'))"
  if [ "${proc[0]}" = "failed:" ]; then
    printf '%-7s %-9s %s\n' "$size" "$catalogs" "${proc[*]}"
    continue
  fi
  read -r -a noproc <<< "$(measure "$dir/noproc.log" javac --release 17 -proc:none -cp "$classpath" \
    -d "$dir/classes-noproc" $(find "$dir/generated" "$dir/src" -name '*.java'))"
  classes=$(find "$dir/classes" -name '*.class' | wc -l)
  printf '%-7s %-9s %-11s %-12s %-11s %-12s %s\n' "$size" "$catalogs" "${proc[0]}" $((proc[1] / 1024)) \
    "${noproc[0]}" $((noproc[1] / 1024)) "$classes"
done
