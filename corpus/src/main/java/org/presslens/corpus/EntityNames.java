package org.presslens.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalized key of an entity's canonical name, the first step of cross-article identity (docs/corpus.md):
 * accents dropped, lower case, punctuation and a possessive {@code 's} dropped, hyphens and runs of spaces made one
 * space, a leading "the" dropped; for people also leading titles ("President", "Mr", "Prime Minister", ...) and
 * middle initials. The key is {@code TYPE:normalized name}, e.g. {@code PERSON:vladimir putin}. Stateless.
 */
public final class EntityNames {
  /** The type of people, whose bare surnames fold into a full name. */
  public static final String PERSON = "PERSON";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^-]]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\-‐–—]+");
  private static final Set<String> TITLES = Set.of("president", "presidents", "vice", "prime", "minister", "mr",
      "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "senator", "sen", "rep", "representative", "governor",
      "gov", "general", "gen", "king", "queen", "prince", "princess", "pope", "chancellor", "secretary", "judge",
      "justice", "professor", "prof", "rev", "reverend", "mayor", "premier", "ayatollah", "sheikh", "chairman",
      "leader", "colonel", "col", "former", "foreign", "defence", "defense", "state", "us", "uk");

  private EntityNames() {
  }

  /** The key of an entity of {@code type} named {@code name}: {@code TYPE:normalized name}. */
  public static String key(String type, String name) {
    String t = type == null || type.isBlank() ? "OTHER" : type.strip().toUpperCase(Locale.ROOT);
    List<String> tokens = tokens(name);
    if (t.equals(PERSON)) {
      tokens = personTokens(tokens);
    } else if (tokens.size() > 1 && tokens.get(0).equals("the")) {
      tokens = tokens.subList(1, tokens.size());
    }
    return t + ":" + String.join(" ", tokens);
  }

  /** The type part of a key. */
  public static String type(String key) {
    return key.substring(0, key.indexOf(':'));
  }

  /** The surname a bare-surname key could fold on: the last word of a person's key, else empty. */
  static String surname(String key) {
    if (!type(key).equals(PERSON)) {
      return "";
    }
    String name = key.substring(key.indexOf(':') + 1);
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /** True for a person's key of one word (a bare surname such as {@code PERSON:putin}). */
  static boolean isBareSurname(String key) {
    return type(key).equals(PERSON) && key.indexOf(' ') < 0 && key.length() > PERSON.length() + 1;
  }

  private static List<String> tokens(String name) {
    String s = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).strip();
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = PUNCTUATION.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
  }

  private static List<String> personTokens(List<String> tokens) {
    int first = 0;
    while (first < tokens.size() - 1 && TITLES.contains(tokens.get(first))) {
      first++;
    }
    List<String> out = new ArrayList<>();
    for (int i = first; i < tokens.size(); i++) {
      boolean middleInitial = i > first && i < tokens.size() - 1 && tokens.get(i).length() == 1;
      if (!middleInitial) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }
}
