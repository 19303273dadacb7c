package org.presslens.analyzers.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed-class knowledge the entities analyzer uses: a small gazetteer of places (countries, regions, states and
 * provinces, cities) with their other names and demonyms, well-known organisations known by acronym, and the titles
 * that are stripped from person names. Loaded once from the module's resources ({@code places.tsv},
 * {@code organizations.tsv}).
 */
final class Gazetteer {

  /** A known place: its canonical name and subtype (COUNTRY, CITY, STATE_OR_PROVINCE, REGION). */
  record Place(String name, String subtype) {
  }

  /** Titles and roles that precede names and are not part of them (compared lower-case). */
  static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "premier", "chancellor",
      "leader", "chairman", "chairwoman", "chair", "general", "gen.", "gen", "colonel", "col.", "admiral", "dr.", "dr",
      "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "sir", "dame", "lord", "lady", "senator", "sen.", "sen",
      "representative", "rep.", "rep", "governor", "gov.", "gov", "mayor", "king", "queen", "prince", "princess",
      "pope", "secretary", "foreign", "defense", "defence", "state", "supreme", "dictator", "former", "late",
      "professor", "prof.", "judge", "justice", "ambassador", "commander", "chief", "ceo", "director", "spokesman",
      "spokeswoman", "spokesperson", "speaker", "sheikh", "emir", "ayatollah", "rev.", "reverend", "father",
      "comrade", "marshal", "captain", "capt.", "lt.", "sgt.", "officer", "agent", "deputy", "the", "then",
      "then-president", "ex-president", "first", "secretary-general", "sergeant", "lieutenant", "major");

  private static final Gazetteer INSTANCE = load();

  private final Map<String, Place> placesByName = new HashMap<>();
  private final Map<String, Place> placesByDemonym = new HashMap<>();
  private final Map<String, String> organizationsByAcronym = new HashMap<>();
  private int longestDemonymTokens = 1;

  private Gazetteer() {
  }

  static Gazetteer get() {
    return INSTANCE;
  }

  /**
   * The place called {@code name}: exact, or case-insensitive for names that are not all capitals and for all-capital
   * names of several words or of more than four letters ("NEW YORK", "TEXAS" in a headline; not "US" for "Us").
   */
  Optional<Place> place(String name) {
    Place p = placesByName.get(name);
    if (p == null && (!isAllCaps(name) || name.indexOf(' ') > 0 || name.length() > 4)) {
      p = placesByName.get(fold(name));
    }
    return Optional.ofNullable(p);
  }

  /** The place a demonym ("Russian", "North Koreans", "Soviet") refers to; case-sensitive. */
  Optional<Place> demonym(String word) {
    return Optional.ofNullable(placesByDemonym.get(word));
  }

  int longestDemonymTokens() {
    return longestDemonymTokens;
  }

  /** The long form of a well-known organisation's acronym ("UN" → "United Nations"), dots ignored. */
  Optional<String> organization(String acronym) {
    return Optional.ofNullable(organizationsByAcronym.get(acronym.replace(".", "")));
  }

  static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  private static String fold(String s) {
    return "~" + s.toLowerCase(Locale.ROOT);
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    for (String[] row : rows("places.tsv")) {
      Place place = new Place(row[1], row[0]);
      g.addPlaceName(row[1], place);
      if (row.length > 2) {
        for (String alias : split(row[2])) {
          g.addPlaceName(alias, place);
        }
      }
      if (row.length > 3) {
        for (String d : split(row[3])) {
          g.placesByDemonym.put(d, place);
          g.longestDemonymTokens = Math.max(g.longestDemonymTokens, d.split(" ").length);
        }
      }
    }
    for (String[] row : rows("organizations.tsv")) {
      for (String acronym : split(row[0])) {
        g.organizationsByAcronym.put(acronym.replace(".", ""), row[1]);
      }
    }
    return g;
  }

  private void addPlaceName(String name, Place place) {
    placesByName.putIfAbsent(name, place);
    if (!isAllCaps(name)) {
      placesByName.putIfAbsent(fold(name), place);
    }
  }

  private static List<String> split(String s) {
    return s.isBlank() ? List.of() : List.of(s.split(";"));
  }

  private static List<String[]> rows(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
