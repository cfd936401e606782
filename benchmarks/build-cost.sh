#!/usr/bin/env bash
# What errata costs in a user's Maven build: the four seed catalogs (665 codes) in three layouts,
# each a fresh project outside this repository that takes errata from a private local repository.
#   none      the application's own sources only: the floor
#   single    the four annotated packages in the application module
#   split     the four annotated packages in a module of their own, the application beside it
# For each: a clean `mvn compile`, then `mvn compile` after one application source changed.
# Prints wall seconds and CPU seconds (user + system) of each Maven run (/usr/bin/time).
#
#   benchmarks/build-cost.sh           # needs a JDK and Maven; reads ~/.m2 and never writes to it
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${BUILD_COST_WORK:-$root/benchmarks/target/build-cost}"
repo="$work/m2"
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -n 1)
rm -rf "$work"
mkdir -p "$work"

# errata's own artifacts go into a repository of their own; the rest is linked from ~/.m2
if [ -d "$HOME/.m2/repository" ]; then
  cp -al "$HOME/.m2/repository" "$repo"
  rm -rf "$repo/dev/errata"
fi
(cd "$root" && mvn -B -q -Dstyle.color=never -Dmaven.repo.local="$repo" -DskipTests install -pl runtime,processor,spec-tables -am)
pom() { # artifactId, packaging, extra dependencies, build section
  cat <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId><artifactId>$1</artifactId><version>1</version><packaging>$2</packaging>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  $3
  $4
</project>
XML
}
errata_deps="<dependencies>
    <dependency><groupId>dev.errata</groupId><artifactId>errata-runtime</artifactId><version>$version</version></dependency>
    <dependency><groupId>dev.errata</groupId><artifactId>errata-spec-tables</artifactId><version>$version</version></dependency>
  </dependencies>"
compiler() { # with or without the processor
  local paths=""
  if [ "$1" = with ]; then
    paths="<annotationProcessorPaths><path><groupId>dev.errata</groupId><artifactId>errata-processor</artifactId><version>$version</version></path></annotationProcessorPaths>"
  fi
  echo "<build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version><configuration>$paths</configuration></plugin>
  </plugins></build>"
}

# an application: 40 small classes of ordinary code
application() {
  local dir="$1/src/main/java/com/example/app"
  mkdir -p "$dir"
  for i in $(seq 1 40); do
    cat > "$dir/Service$i.java" <<JAVA
package com.example.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class Service$i {
  private final Map<String, List<Integer>> orders;

  public Service$i(Map<String, List<Integer>> orders) {
    this.orders = orders;
  }

  public List<Integer> totals(String customer) {
    List<Integer> totals = new ArrayList<>();
    for (int amount : orders.getOrDefault(customer, List.of())) {
      totals.add(amount * $i);
    }
    return totals;
  }
}
JAVA
  done
}

catalogs() {
  for pkg in cbc ens idc ecs; do
    mkdir -p "$1/src/main/java/dev/errata/examples/$pkg"
    cp "$root/examples/src/main/java/dev/errata/examples/$pkg/package-info.java" "$1/src/main/java/dev/errata/examples/$pkg/"
  done
}

mkdir -p "$work/none" "$work/single" "$work/split/catalogs" "$work/split/app"
pom none jar "$errata_deps" "$(compiler without)" > "$work/none/pom.xml"
application "$work/none"
pom single jar "$errata_deps" "$(compiler with)" > "$work/single/pom.xml"
application "$work/single"
catalogs "$work/single"
pom split pom "<modules><module>catalogs</module><module>app</module></modules>" "" > "$work/split/pom.xml"
pom catalogs jar "$errata_deps" "$(compiler with)" > "$work/split/catalogs/pom.xml"
catalogs "$work/split/catalogs"
pom app jar "<dependencies><dependency><groupId>com.example</groupId><artifactId>catalogs</artifactId><version>1</version></dependency></dependencies>" "$(compiler without)" > "$work/split/app/pom.xml"
application "$work/split/app"

measure() { # label, directory
  /usr/bin/time -f "%e %U %S" -o "$work/time" \
    mvn -B -q -Dstyle.color=never -Dmaven.repo.local="$repo" -f "$2/pom.xml" compile > "$work/build.log" 2>&1
  read -r wall user sys < "$work/time"
  printf '%-34s %8.1f %8.1f\n' "$1" "$wall" "$(echo "$user + $sys" | bc)"
}

printf '%-34s %8s %8s\n' "layout, build" "wall s" "CPU s"
for layout in none single split; do
  measure "$layout, clean compile" "$work/$layout"
  touch "$( [ "$layout" = split ] && echo "$work/split/app" || echo "$work/$layout" )/src/main/java/com/example/app/Service1.java"
  measure "$layout, one source changed" "$work/$layout"
done
