# Sourced by the benchmark scripts: compiles the tests and sets PY (Debian's python3 with
# python3-torch), OUT (target/bench), CP (the test class path) and JAVA (2 intra-op threads).
PY=/usr/bin/python3
OUT=target/bench
mkdir -p "$OUT"
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null 2>&1 \
  || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CP="target/classes:target/test-classes:$(cat "$OUT/classpath.txt")"
JAVA="java -Dai.djl.offline=true -Djava.awt.headless=true -Dai.djl.pytorch.num_threads=2 -Dai.djl.pytorch.num_interop_threads=1"
