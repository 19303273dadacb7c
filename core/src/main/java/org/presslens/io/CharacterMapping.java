package org.presslens.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The character mapping every reader applies to article text, so that a text holds only characters that mean text
 * and that UTF-8 can hold:
 * <ul>
 *   <li>{@code \r\n}, {@code \r}, U+0085 (next line), U+2028 (line separator), vertical tab and form feed become
 *       {@code \n}; U+2029 (paragraph separator) becomes a blank line, {@code \n\n};</li>
 *   <li>U+FEFF (a byte-order mark or zero-width no-break space) is dropped;</li>
 *   <li>other control characters (C0 and C1, U+007F) are dropped; {@code \n} and {@code \t} stay;</li>
 *   <li>an unpaired surrogate becomes U+FFFD (the replacement character); a surrogate pair stays.</li>
 * </ul>
 * The mapping is idempotent: its output maps to itself.
 */
final class CharacterMapping {

  /** The replacement character, for unpaired surrogates. */
  static final char REPLACEMENT = '\uFFFD';

  private CharacterMapping() {
  }

  /** {@code raw} mapped; {@code raw} itself when nothing changes. */
  static String map(String raw) {
    return map(raw, false).text();
  }

  /**
   * {@code raw} mapped, with the number of control characters dropped and, when {@code trackOffsets}, where every
   * offset of {@code raw} went.
   */
  static Mapped map(String raw, boolean trackOffsets) {
    StringBuilder out = new StringBuilder(raw.length());
    Offsets offsets = trackOffsets ? new Offsets() : null;
    List<DroppedControls> drops = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int runOffset = 0;
    int maxDrops = raw.length() / 20 + 1;
    int controls = 0;
    boolean changed = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int start = i;
      int before = out.length();
      switch (c) {
        case '\n', '\t' -> out.append(c);
        case '\r' -> {
          out.append('\n');
          if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\u0085', '\u2028', '\u000B', '\u000C' -> out.append('\n');
        case '\u2029' -> out.append("\n\n");
        case '\uFEFF' -> {
          // a byte-order mark or zero-width no-break space: dropped
        }
        default -> {
          if (pairAt(raw, i)) {
            out.append(c).append(raw.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append(REPLACEMENT);
          } else if (Character.getType(c) == Character.CONTROL) {
            controls++;
            if (run.length() > 0 && runOffset != out.length()) {
              if (drops.size() <= maxDrops) { // beyond, the text is binary for InputDecoder
                drops.add(new DroppedControls(runOffset, run.toString()));
              }
              run.setLength(0);
            }
            runOffset = out.length();
            run.append(c);
          } else {
            out.append(c);
          }
        }
      }
      if (!changed && (out.length() - before != i + 1 - start || out.charAt(before) != c)) {
        changed = true;
      }
      if (offsets != null && out.length() - before != i + 1 - start) {
        offsets.add(i + 1, out.length());
      }
    }
    if (run.length() > 0) {
      drops.add(new DroppedControls(runOffset, run.toString()));
    }
    return new Mapped(changed ? out.toString() : raw, controls, offsets, drops);
  }

  /**
   * {@code raw} with each unpaired surrogate replaced by U+FFFD and nothing else changed (so offsets stay valid);
   * {@code raw} itself when nothing changes.
   */
  static String replaceLoneSurrogates(String raw) {
    char[] chars = null;
    for (int i = 0; i < raw.length(); i++) {
      if (pairAt(raw, i)) {
        i++;
      } else if (Character.isSurrogate(raw.charAt(i))) {
        if (chars == null) {
          chars = raw.toCharArray();
        }
        chars[i] = REPLACEMENT;
      }
    }
    return chars == null ? raw : new String(chars);
  }

  private static boolean pairAt(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
  }

  /**
   * The result of {@link #map(String, boolean)}.
   *
   * @param text the mapped text
   * @param droppedControls the number of control characters dropped (not counting {@code \r}, U+0085, vertical tab
   *     and form feed, which became line breaks)
   * @param drops where they were dropped: runs of control characters by their offset in {@link #text()} (at most
   *     one for every 20 chars of the original: more make the text binary for {@link InputDecoder})
   */
  record Mapped(String text, int droppedControls, Offsets offsets, List<DroppedControls> drops) {

    /**
     * Where offset {@code rawOffset} (0 to the original's length) of the original lies in {@link #text()}; only
     * when offsets were tracked.
     */
    int offset(int rawOffset) {
      if (offsets == null) {
        throw new IllegalStateException("offsets were not tracked");
      }
      return offsets.of(rawOffset);
    }
  }

  /**
   * A run of control characters the mapping dropped.
   *
   * @param offset where they were, in the mapped text
   * @param chars the characters dropped there
   */
  record DroppedControls(int offset, String chars) {
  }

  /**
   * The offsets of the original after each character whose mapping changed the length, and their offsets in the
   * mapped text; between two of them, offsets move together.
   */
  static final class Offsets {
    private int[] raw = new int[8];
    private int[] mapped = new int[8];
    private int size;

    private void add(int rawOffset, int mappedOffset) {
      if (size == raw.length) {
        raw = Arrays.copyOf(raw, size * 2);
        mapped = Arrays.copyOf(mapped, size * 2);
      }
      raw[size] = rawOffset;
      mapped[size] = mappedOffset;
      size++;
    }

    private int of(int rawOffset) {
      int k = Arrays.binarySearch(raw, 0, size, rawOffset);
      if (k >= 0) {
        return mapped[k];
      }
      int previous = -k - 2;
      return previous < 0 ? rawOffset : mapped[previous] + rawOffset - raw[previous];
    }
  }
}
