package org.presslens.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Turns input bytes into clean text: detects the encoding, rejects empty and binary input, and applies the readers'
 * {@linkplain CharacterMapping character mapping} (line endings to {@code \n}, control characters other than
 * {@code \n} and {@code \t} dropped, unpaired surrogates to U+FFFD). Binary input is input whose NUL bytes are more
 * than {@value #STRAY_NULS} and more than {@value #MAX_NUL_SHARE} of its bytes, or whose control characters, once
 * decoded, are more than {@value #STRAY_CONTROLS} and more than {@value #MAX_CONTROL_SHARE} of its chars; a few stray
 * control characters (a NUL included) in a text are dropped, and the readers report them as repairs
 * ({@code ControlCharacterRepairs}).
 *
 * <p>Encodings: UTF-8 (a byte-order mark is stripped), UTF-16 LE/BE with a byte-order mark, and, when the bytes are
 * not valid UTF-8, windows-1252 (ISO-8859-1 with the printable characters windows-1252 puts in 0x80-0x9F). Java's
 * decoders already turn malformed UTF-8 and unpaired surrogates in UTF-16 into U+FFFD, so decoding alone never
 * gives a lone surrogate.
 */
public final class InputDecoder {

  /**
   * Share of control characters (other than line breaks and tabs) above which decoded input is taken for binary data:
   * random bytes (compressed data, images) hold about 13 % once decoded; an article with a few stray control
   * characters well under 1 %.
   */
  static final double MAX_CONTROL_SHARE = 0.05;
  /**
   * Share of NUL bytes above which input is taken for binary data (or UTF-16 without a byte-order mark, which holds
   * up to 50 %); a few stray NULs in a text are dropped like other control characters.
   */
  static final double MAX_NUL_SHARE = 0.01;
  /** So many NUL bytes, and so many other control characters, are stray ones in any input, however short. */
  static final int STRAY_NULS = 2;
  static final int STRAY_CONTROLS = 4;

  private static final char[] WINDOWS_1252_HIGH = windows1252High();

  private InputDecoder() {
  }

  /**
   * Decoded text and the encoding it was read with.
   *
   * @param text the clean text
   * @param charset the name of the detected encoding
   */
  public record Decoded(String text, String charset) {
  }

  /**
   * Decoded, clean text with the control characters the cleaning dropped.
   *
   * @param text the clean text
   * @param charset the name of the detected encoding
   * @param drops the runs of control characters dropped, by their offset in {@code text}
   */
  record Cleaned(String text, String charset, List<CharacterMapping.DroppedControls> drops) {
  }

  /**
   * Decodes and cleans {@code bytes}.
   *
   * @throws ArticleReadException "{@code <source>: empty input}" for empty or whitespace-only input, or a message
   *     saying the input looks binary
   */
  public static Decoded decode(String source, byte[] bytes) {
    Cleaned cleaned = decodeTracked(source, bytes);
    return new Decoded(cleaned.text(), cleaned.charset());
  }

  /** {@link #decode}, with the control characters dropped and where. */
  static Cleaned decodeTracked(String source, byte[] bytes) {
    Decoded raw = decodeOnly(source, bytes);
    CharacterMapping.Mapped mapped = cleanTracked(source, raw.text());
    return new Cleaned(mapped.text(), raw.charset(), mapped.drops());
  }

  /**
   * Detects the encoding and decodes, like {@link #decode}, but leaves the text as it is (a leading byte-order mark
   * dropped): for JSON, whose string values must be read exactly as written.
   *
   * @throws ArticleReadException for empty input or, without a UTF-16 byte-order mark, more than
   *     {@value #STRAY_NULS} NUL bytes that are more than {@value #MAX_NUL_SHARE} of the bytes
   */
  static Decoded decodeOnly(String source, byte[] bytes) {
    if (bytes.length == 0) {
      throw new ArticleReadException(source, "empty input");
    }
    String raw;
    String charset;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = "UTF-8";
      raw = decodeUtf8Lenient(bytes, 3);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = "UTF-16LE";
      raw = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = "UTF-16BE";
      raw = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else {
      int nuls = nulCount(bytes);
      if (nuls > STRAY_NULS && nuls > MAX_NUL_SHARE * bytes.length) {
        throw new ArticleReadException(source,
            "binary content (NUL bytes), not a text article (UTF-16 needs a byte-order mark)");
      }
      String utf8 = decodeUtf8Strict(bytes);
      if (utf8 != null) {
        charset = "UTF-8";
        raw = utf8;
      } else {
        charset = "windows-1252";
        raw = decodeWindows1252(bytes);
      }
    }
    return new Decoded(raw, charset);
  }

  /**
   * Cleans already decoded text with the readers' {@linkplain CharacterMapping character mapping}: line endings and
   * line separators become {@code \n}, byte-order marks and control characters other than {@code \n} and
   * {@code \t} are dropped, unpaired surrogates become U+FFFD.
   *
   * @throws ArticleReadException for empty, whitespace-only or binary-looking text (more than
   *     {@value #STRAY_CONTROLS} control characters that are more than {@value #MAX_CONTROL_SHARE} of its chars)
   */
  public static String clean(String source, String raw) {
    return cleanTracked(source, raw).text();
  }

  /** {@link #clean}, with the control characters dropped and where. */
  static CharacterMapping.Mapped cleanTracked(String source, String raw) {
    CharacterMapping.Mapped mapped = CharacterMapping.map(raw, false);
    double share = c0Share(raw, mapped.droppedControls());
    if (mapped.droppedControls() > STRAY_CONTROLS && share > MAX_CONTROL_SHARE) {
      throw new ArticleReadException(source, String.format(Locale.ROOT,
          "binary content (%.0f%% control characters), not a text article", share * 100));
    }
    if (mapped.text().isBlank()) {
      throw new ArticleReadException(source, "empty input");
    }
    return mapped;
  }

  private static double c0Share(String raw, int controls) {
    return raw.isEmpty() ? 0 : (double) controls / raw.length();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int nulCount(byte[] bytes) {
    int count = 0;
    for (byte b : bytes) {
      if (b == 0) {
        count++;
      }
    }
    return count;
  }

  /** The UTF-8 text, or null when the bytes are not valid UTF-8. */
  private static String decodeUtf8Strict(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String decodeUtf8Lenient(byte[] bytes, int offset) {
    return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
  }

  /** windows-1252, with the five bytes it leaves undefined read as ISO-8859-1. */
  static String decodeWindows1252(byte[] bytes) {
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      chars[i] = b >= 0x80 && b < 0xA0 ? WINDOWS_1252_HIGH[b - 0x80] : (char) b;
    }
    return new String(chars);
  }

  private static char[] windows1252High() {
    char[] table = new char[32];
    Charset cp1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b < 0xA0; b++) {
      CharsetDecoder decoder = cp1252.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      try {
        table[b - 0x80] = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
      } catch (CharacterCodingException e) {
        table[b - 0x80] = (char) b;
      }
    }
    return table;
  }
}
