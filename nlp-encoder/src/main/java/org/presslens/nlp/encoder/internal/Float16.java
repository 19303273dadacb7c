package org.presslens.nlp.encoder.internal;

/**
 * IEEE 754 binary16 ("half precision") bit patterns to and from {@code float}: Java 17 has no
 * {@code Float.floatToFloat16}. Narrowing rounds to the nearest representable value, ties to even, with gradual
 * underflow to subnormals, overflow to infinity and NaN kept a (quiet) NaN; widening is exact.
 */
public final class Float16 {

  private static final int SIGN = 0x8000;
  private static final int INFINITY = 0x7c00;
  private static final int QUIET = 0x0200;

  private Float16() {
  }

  /** The binary16 value nearest to {@code value} (ties to even), as its 16 bits. */
  public static short fromFloat(float value) {
    int bits = Float.floatToRawIntBits(value);
    int sign = (bits >>> 16) & SIGN;
    int exponent = (bits >>> 23) & 0xff;
    int mantissa = bits & 0x7fffff;
    if (exponent == 0xff) {
      return (short) (sign | INFINITY | (mantissa == 0 ? 0 : QUIET | (mantissa >>> 13)));
    }
    int e = exponent - 127 + 15;
    if (e >= 0x1f) {
      return (short) (sign | INFINITY);
    }
    if (e <= 0) {
      // subnormal (or zero) in binary16: value = significand × 2^-24
      int shift = 14 - e;
      if (shift > 24) {
        return (short) sign;
      }
      int significand = exponent == 0 ? mantissa : mantissa | 0x800000;
      return (short) (sign | roundShift(significand, shift));
    }
    // a carry out of the mantissa moves into the exponent, up to infinity: the right bits in every case
    return (short) (sign | roundShift((e << 23) | mantissa, 13));
  }

  /** The exact {@code float} of the binary16 {@code bits}. */
  public static float toFloat(short bits) {
    int h = bits & 0xffff;
    int sign = (h & SIGN) << 16;
    int exponent = (h >>> 10) & 0x1f;
    int mantissa = h & 0x3ff;
    if (exponent == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
    }
    if (exponent == 0) {
      float magnitude = mantissa * 0x1p-24f;
      return sign == 0 ? magnitude : -magnitude;
    }
    return Float.intBitsToFloat(sign | ((exponent + 127 - 15) << 23) | (mantissa << 13));
  }

  /** {@code value >> shift} rounded to nearest, ties to even. */
  private static int roundShift(int value, int shift) {
    int kept = value >>> shift;
    int rest = value & ((1 << shift) - 1);
    int half = 1 << (shift - 1);
    if (rest > half || (rest == half && (kept & 1) == 1)) {
      kept++;
    }
    return kept;
  }
}
