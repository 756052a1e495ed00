#!/usr/bin/env bash
# Builds the pricing module and this benchmark, then measures claim lines priced per second on
# one thread. About two minutes.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# Offline first (the usual case on a warm machine), online only if something is missing.
mvn_() { mvn -B -q -o "$@" || mvn -B -q "$@"; }

mvn_ -f "$root/pom.xml" -N install
mvn_ -f "$root/pricing/pom.xml" -DskipTests install
mvn_ -f "$here/pom.xml" package

cd "$here"
java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main ClaimPricingBenchmark \
    -f 1 -t 1 -wi 4 -w 5s -i 6 -r 8s -rf json -rff target/jmh-result.json "$@" | tee target/jmh-output.txt

score="$(grep -E '^ClaimPricingBenchmark' target/jmh-output.txt | tail -1 | awk '{print $(NF-3), "±", $(NF-1), $NF}')"
echo
echo "pricing throughput, one thread: ${score/ops\/s/claim lines/s}"
