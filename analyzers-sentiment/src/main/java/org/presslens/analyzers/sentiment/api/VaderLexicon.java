package org.presslens.analyzers.sentiment.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The VADER sentiment lexicon (Hutto &amp; Gilbert 2014, MIT licence): about 7,500 English words, emoticons and
 * slang with a mean valence in -4..4. It is read from the class-path resource {@value #RESOURCE} of the Maven Central
 * artifact {@code com.github.apanimesh061:vader-sentiment-analyzer:1.0} (a byte copy of the original lexicon file);
 * only that resource is used, never the artifact's classes. Lines are {@code token TAB mean TAB sd TAB ratings}.
 * The one loader of the lexicon: the sentiment analyzer scores with it, the stance analyzer reads its valences as cues.
 */
public final class VaderLexicon {

  /** The resource name inside the lexicon artifact. */
  public static final String RESOURCE = "vader_sentiment_lexicon.txt";
  /** Fewer entries than this means the wrong file was found. */
  public static final int MIN_ENTRIES = 7000;

  private static volatile VaderLexicon shared;

  private final Map<String, Double> valences;

  /** A lexicon of these valences (lower-cased words). */
  public VaderLexicon(Map<String, Double> valences) {
    this.valences = Map.copyOf(valences);
  }

  /** The lexicon of the class path, loaded once per JVM (a few milliseconds). */
  public static VaderLexicon shared() {
    VaderLexicon v = shared;
    if (v == null) {
      synchronized (VaderLexicon.class) {
        v = shared;
        if (v == null) {
          v = load();
          shared = v;
        }
      }
    }
    return v;
  }

  /** Reads the lexicon from the class path (a new instance). */
  public static VaderLexicon load() {
    ClassLoader cl = VaderLexicon.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the VADER lexicon '" + RESOURCE + "' is not on the class path; add"
            + " com.github.apanimesh061:vader-sentiment-analyzer:1.0");
      }
      VaderLexicon lexicon = parse(in);
      if (lexicon.size() < MIN_ENTRIES) {
        throw new IllegalStateException("'" + RESOURCE + "' has only " + lexicon.size() + " entries; expected the"
            + " VADER lexicon (about 7,500)");
      }
      return lexicon;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses the lexicon's lines. */
  public static VaderLexicon parse(InputStream in) throws IOException {
    Map<String, Double> map = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      String[] fields = line.strip().split("\t");
      if (fields.length < 2 || fields[0].isEmpty()) {
        continue;
      }
      try {
        map.put(fields[0].toLowerCase(Locale.ROOT), Double.parseDouble(fields[1].strip()));
      } catch (NumberFormatException e) {
        // not an entry line
      }
    }
    return new VaderLexicon(map);
  }

  /** The valence of a lower-cased token, or 0 when the lexicon does not list it. */
  public double valence(String lowerCased) {
    Double v = valences.get(lowerCased);
    return v == null ? 0 : v;
  }

  public boolean contains(String lowerCased) {
    return valences.containsKey(lowerCased);
  }

  public int size() {
    return valences.size();
  }
}
