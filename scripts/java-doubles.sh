#!/usr/bin/env bash
# Compares smack's Java 8 Double.toString (src/number.rs) with a JDK's (8 to 18 print alike;
# 19 and later print the shortest form, which is not what DC/OS printed) on N doubles: random
# bit patterns, random short decimals, powers of ten and their neighbours.
# Usage: scripts/java-doubles.sh [N]   (needs java and javac; prints how many matched)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat >"$dir/Doubles.java" <<'JAVA'
import java.util.Random;
public class Doubles {
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]);
    Random r = new Random(42);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double d;
      switch (i % 4) {
        case 0: d = Double.longBitsToDouble(r.nextLong()); break;
        case 1: d = Double.parseDouble((r.nextInt(2000000) - 1000000) + "e" + (r.nextInt(60) - 30)); break;
        case 2: d = Math.nextUp(Double.parseDouble("1e" + (r.nextInt(640) - 320))) ; break;
        default: d = r.nextInt(100000) / Math.pow(10, r.nextInt(12)); break;
      }
      if (Double.isNaN(d)) continue;
      out.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ').append(Double.toString(d)).append('\n');
      if (out.length() > 1 << 20) { System.out.print(out); out.setLength(0); }
    }
    System.out.print(out);
  }
}
JAVA
javac -d "$dir" "$dir/Doubles.java"
java -version 2>&1 | head -1
java -cp "$dir" Doubles "$n" >"$dir/doubles.txt"
SMACK_JAVA_DOUBLES="$dir/doubles.txt" cargo test --locked --release --lib number::tests::java_oracle -- --ignored --nocapture 2>&1 | grep -E "java_oracle|panicked|bits|left|right|test result"
