package org.presslens.nlp.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Float16Test {

  private static int bits(float f) {
    return Float16.fromFloat(f) & 0xffff;
  }

  @Test
  void zerosKeepTheirSign() {
    assertThat(bits(0f)).isEqualTo(0x0000);
    assertThat(bits(-0f)).isEqualTo(0x8000);
    assertThat(Float.floatToRawIntBits(Float16.toFloat((short) 0x8000))).isEqualTo(0x80000000);
  }

  @Test
  void subnormalsRoundToNearestEven() {
    assertThat(bits(0x1p-24f)).isEqualTo(0x0001);                 // smallest subnormal
    assertThat(Float16.toFloat((short) 0x0001)).isEqualTo(0x1p-24f);
    assertThat(bits(0x1p-25f)).isEqualTo(0x0000);                 // half of it: tie, to even 0
    assertThat(bits(Math.nextUp(0x1p-25f))).isEqualTo(0x0001);     // just above the tie
    assertThat(bits(3 * 0x1p-25f)).isEqualTo(0x0002);             // 1.5 × smallest: tie, to even 2
    assertThat(bits(5 * 0x1p-25f)).isEqualTo(0x0002);             // 2.5 × smallest: tie, to even 2
    assertThat(bits(0x1p-26f)).isEqualTo(0x0000);
    assertThat(bits(Float.MIN_VALUE)).isEqualTo(0x0000);          // float subnormals underflow to 0
    assertThat(bits(-Float.MIN_VALUE)).isEqualTo(0x8000);
    assertThat(bits(0x3ffp-24f)).isEqualTo(0x03ff);               // largest subnormal
    assertThat(bits(0x1p-14f)).isEqualTo(0x0400);                 // smallest normal
    assertThat(bits(0x3ff.8p-24f)).isEqualTo(0x0400);             // tie between largest subnormal and smallest normal
    assertThat(bits(-0x1p-24f)).isEqualTo(0x8001);
  }

  @Test
  void normalTiesRoundToEven() {
    assertThat(bits(1f)).isEqualTo(0x3c00);
    assertThat(bits(1f + 0x1p-11f)).isEqualTo(0x3c00);            // halfway between 1 and 1 + 2^-10: to even 1
    assertThat(bits(1f + 3 * 0x1p-11f)).isEqualTo(0x3c02);        // halfway between 1 + 2^-10 and 1 + 2^-9: to even
    assertThat(bits(Math.nextUp(1f + 0x1p-11f))).isEqualTo(0x3c01);
    assertThat(bits(Math.nextDown(1f + 3 * 0x1p-11f))).isEqualTo(0x3c01);
    assertThat(bits(2047f / 1024f)).isEqualTo(0x3fff);
    assertThat(bits(4095f / 2048f)).isEqualTo(0x4000);            // carry into the exponent: 2
    assertThat(bits(-2.5f)).isEqualTo(0xc100);
    assertThat(bits(0.1f)).isEqualTo(0x2e66);
  }

  @Test
  void largestFiniteAndOverflow() {
    assertThat(bits(65504f)).isEqualTo(0x7bff);
    assertThat(Float16.toFloat((short) 0x7bff)).isEqualTo(65504f);
    assertThat(bits(65519.99f)).isEqualTo(0x7bff);                // below the tie with 65536
    assertThat(bits(65520f)).isEqualTo(0x7c00);                   // tie between 65504 and 65536: to even, infinity
    assertThat(bits(1e6f)).isEqualTo(0x7c00);
    assertThat(bits(-1e6f)).isEqualTo(0xfc00);
    assertThat(bits(Float.MAX_VALUE)).isEqualTo(0x7c00);
  }

  @Test
  void infinitiesAndNaNs() {
    assertThat(bits(Float.POSITIVE_INFINITY)).isEqualTo(0x7c00);
    assertThat(bits(Float.NEGATIVE_INFINITY)).isEqualTo(0xfc00);
    assertThat(Float16.toFloat((short) 0x7c00)).isEqualTo(Float.POSITIVE_INFINITY);
    assertThat(Float16.toFloat((short) 0xfc00)).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(bits(Float.NaN) & 0x7c00).isEqualTo(0x7c00);
    assertThat(bits(Float.NaN) & 0x03ff).isNotZero();
    // a signalling NaN whose payload lies only in the dropped low bits stays a NaN, not infinity
    assertThat(Float16.toFloat(Float16.fromFloat(Float.intBitsToFloat(0x7f800001)))).isNaN();
    assertThat(Float16.toFloat((short) 0x7e00)).isNaN();
    assertThat(bits(Float.intBitsToFloat(0xffc00000)) & 0x8000).isEqualTo(0x8000);
  }

  @Test
  void everyHalfWidensExactlyAndNarrowsBack() {
    for (int h = 0; h < 0x10000; h++) {
      float f = Float16.toFloat((short) h);
      if (Float.isNaN(f)) {
        assertThat(bits(f)).isEqualTo(h | 0x0200);                 // quieted, payload kept
      } else {
        assertThat(bits(f)).as("half %04x", h).isEqualTo(h);
      }
    }
  }

  @Test
  void randomFloatsGoToTheNearestHalfTiesToEven() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      float f = Float.intBitsToFloat(random.nextInt());
      if (Float.isNaN(f) || Math.abs(f) >= 65520f) {
        continue;
      }
      int h = bits(f);
      double error = Math.abs((double) Float16.toFloat((short) h) - f);
      for (int other : new int[] {h - 1, h + 1, h ^ 0x8000}) {
        if (other < 0 || other > 0xffff || Float.isInfinite(Float16.toFloat((short) other))
            || Float.isNaN(Float16.toFloat((short) other))) {
          continue;
        }
        double otherError = Math.abs((double) Float16.toFloat((short) other) - f);
        assertThat(error).as("%s -> %04x vs %04x", f, h, other).isLessThanOrEqualTo(otherError);
        if (error == otherError && other != (h ^ 0x8000)) {
          assertThat(h & 1).as("tie of %s goes to the even half", f).isZero();
        }
      }
    }
  }
}
