package org.presslens.analyzers.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.presslens.analysis.SpanIndex;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Span;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * Groups the mentions of an article into canonical entities. Pure and thread-safe.
 *
 * <ol>
 *   <li>Candidates: the NER layer's mentions of entity types (dates, numbers, money... are dropped), with leading
 *       titles ("President", "Chinese President", "leader") stripped from person names; quoted titles in Title Case
 *       or after "film", "book"... as WORK_OF_ART (NER mentions inside them are dropped); demonyms from the
 *       gazetteer ("Russian", "North Korean", "Soviets"), tagged or not; hyphen-joined names whose parts are names
 *       of the article ("Putin-Kim") split into their parts.</li>
 *   <li>Places and acronyms: a name the gazetteer knows ("US", "America") joins its place under the canonical name;
 *       an all-capitals name joins a long form of the article with those initials ("UN" - "United Nations") or the
 *       long form of a well-known organisation.</li>
 *   <li>People: a name whose tokens extend another's first and last tokens ("Nina L. Khrushcheva" /
 *       "Nina Khrushcheva") is one person; a one-word name ("Kim", "Putin", "Xi") joins the full name whose first or
 *       last word it is; when several full names share it, the one mentioned last before it (else first after it),
 *       so two people sharing a surname stay apart.</li>
 *   <li>The same name typed differently by the NER layer ("Khasan" as a city and as a person) is one entity whose
 *       type is chosen by vote (a location after "in", "at", "near"... counts more; a lone one-word person name
 *       counts less).</li>
 * </ol>
 */
final class EntityResolver {

  /** A resolved mention: char span, text, how it names its entity. */
  record ResolvedMention(int begin, int end, String text, MentionKind kind) {
  }

  /** A resolved entity. */
  record ResolvedEntity(String name, String type, String subtype, List<ResolvedMention> mentions) {
  }

  private static final Set<String> WORK_CUES = Set.of("film", "movie", "book", "novel", "song", "album", "play",
      "series", "show", "documentary", "poem", "memoir", "opera", "painting", "essay", "article", "report",
      "musical", "sitcom", "drama", "comedy", "thriller", "biography", "titled", "entitled", "called");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "across", "outside",
      "inside", "toward", "towards", "around", "through");
  private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "and", "or", "for", "in", "on", "at",
      "to", "by", "with", "from", "de", "la", "le", "du", "von", "van", "der", "&");
  private static final Pattern FACILITY = Pattern.compile(
      ".*\\b(Airport|Station|Bridge|Cosmodrome|Stadium|Arena|Port|Harbour|Harbor|Base|Palace|Tower|Square|Hospital|"
          + "Prison|Dam|Plant|Building|Center|Centre|Museum|Cathedral|Church|Mosque|Temple|Embassy|Hall|Castle|"
          + "Canal|Highway|Tunnel|Terminal|Power Station|Reactor)$");
  private static final Pattern HYPHEN_NAMES = Pattern.compile("\\p{Lu}[\\p{L}.]+(?:[-\u2013]\\p{Lu}[\\p{L}.]+)+");

  private final Gazetteer gazetteer = Gazetteer.get();

  /** A candidate mention before grouping. */
  private static final class Candidate {
    int begin;
    int end;
    String text;
    String key;
    String type;
    String subtype;
    MentionKind kind = MentionKind.NAME;
    double vote = 1;
    Group group;
    private String wordsOf;
    private int words;

    Candidate(int begin, int end, String text, String type) {
      this.begin = begin;
      this.end = end;
      this.text = text;
      this.type = type;
    }

    /** The number of words of the key (cached for the key it was computed for). */
    int words() {
      if (wordsOf != key) {
        words = key.split(" ").length;
        wordsOf = key;
      }
      return words;
    }
  }

  /** A growing entity. */
  private static final class Group {
    final List<Candidate> members = new ArrayList<>();
    /**
     * The members' type votes, by type in order of first appearance among the members: kept up to date by
     * {@link #join} and {@link #merge} (a member's type, kind and vote no longer change once it has joined).
     */
    final Map<String, Double> votes = new LinkedHashMap<>();
    String fixedName;
    String fixedSubtype;
    Group mergedInto;

    Group root() {
      Group g = this;
      while (g.mergedInto != null) {
        g = g.mergedInto;
      }
      return g;
    }
  }

  List<ResolvedEntity> resolve(Article article, NlpDocument nlp) {
    String text = article.text();
    List<Candidate> candidates = new ArrayList<>();
    List<int[]> workSpans = workSpans(article);
    SpanIndex works = SpanIndex.of(workSpans.stream().map(w -> new Span(w[0], w[1])).toList());
    for (int[] w : workSpans) {
      Candidate c = new Candidate(w[0], w[1], text.substring(w[0], w[1]), "WORK_OF_ART");
      c.key = normalize(c.text);
      candidates.add(c);
    }
    List<Token> tokens = new ArrayList<>();
    nlp.sentences().forEach(s -> tokens.addAll(s.tokens()));
    Set<Integer> sentenceStarts = new java.util.HashSet<>();
    nlp.sentences().forEach(s -> sentenceStarts.add(s.tokens().isEmpty() ? s.begin() : s.tokens().get(0).begin()));

    // NER mentions
    for (EntityMention m : nlp.mentions()) {
      Optional<EntityTypes.Typed> typed = EntityTypes.of(m.type());
      if (typed.isEmpty() || works.overlapsAny(m.begin(), m.end())) {
        continue;
      }
      Candidate c = new Candidate(m.begin(), m.end(), m.text(), typed.get().type());
      c.subtype = typed.get().subtype();
      if ("NATIONALITY".equals(m.type())) {
        c.kind = MentionKind.DEMONYM;
      }
      trim(c, text);
      if (c.end > c.begin && c.key != null && !c.key.isEmpty() && Character.isLetterOrDigit(c.key.charAt(0))) {
        candidates.add(c);
      }
    }
    // demonyms, tagged or not
    LiveSpans<Candidate> live = new LiveSpans<>(candidates, c -> c.begin, c -> c.end);
    addDemonyms(nlp, live, works, sentenceStarts);
    addCompoundParts(nlp, live, works);
    candidates.clear();
    candidates.addAll(live.items());
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.begin).thenComparingInt(c -> -c.end));
    splitHyphenated(candidates, text);
    locativeVotes(candidates, tokens, text);

    Map<String, Group> byKey = new LinkedHashMap<>();
    List<Group> groups = new ArrayList<>();
    // 1. places, demonyms and gazetteer names
    for (Candidate c : candidates) {
      if (c.kind == MentionKind.DEMONYM) {
        Optional<Gazetteer.Place> place = gazetteer.demonym(c.key);
        if (place.isPresent()) {
          join(c, placeGroup(place.get(), byKey, groups));
        } else {
          c.kind = MentionKind.NAME;
          c.type = "MISC";
        }
        continue;
      }
      if (c.type.equals("PERSON") || c.type.equals("WORK_OF_ART")) {
        continue;
      }
      Optional<Gazetteer.Place> place = gazetteer.place(c.key);
      if (place.isPresent() && !NameEvidence.namesSomethingElse(c.type, place.get())) {
        if (!c.key.equals(place.get().name())) {
          c.kind = Gazetteer.isAllCaps(c.key) ? MentionKind.ACRONYM : MentionKind.ALIAS;
        }
        c.type = "LOCATION";
        join(c, placeGroup(place.get(), byKey, groups));
      }
    }
    // 2. full names and other multi-word names: group by key
    for (Candidate c : candidates) {
      if (c.group == null && (c.words() > 1 || !c.type.equals("PERSON") && !isAcronym(c.key))) {
        Group g = byKey.computeIfAbsent(nameKey(c), k -> {
          Group n = new Group();
          groups.add(n);
          return n;
        });
        join(c, g);
      }
    }
    // 3. people: "Nina Khrushcheva" into "Nina L. Khrushcheva"
    mergePeople(groups);
    // 4. acronyms
    Map<String, Group> byInitials = byInitials(groups);
    for (Candidate c : candidates) {
      if (c.group == null && isAcronym(c.key)) {
        Group target = byInitials.get(c.key.replace(".", ""));
        if (target != null) {
          c.kind = MentionKind.ACRONYM;
          join(c, target);
        } else if (gazetteer.organization(c.key).isPresent()) {
          String longForm = gazetteer.organization(c.key).get();
          Group g = byKey.computeIfAbsent("name:" + longForm, k -> {
            Group n = new Group();
            groups.add(n);
            return n;
          });
          g.fixedName = longForm;
          c.kind = longForm.equals(c.key) ? MentionKind.NAME : MentionKind.ACRONYM;
          c.type = "ORGANIZATION";
          join(c, g);
        }
      }
    }
    // 5. one-word names: into the full name whose first or last word they are
    addMissedNames(nlp, candidates, groups);
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.begin).thenComparingInt(c -> -c.end));
    Map<String, List<Candidate>> fullNames = fullNamesByWord(candidates);
    for (Candidate c : candidates) {
      if (c.group != null || c.words() > 1) {
        continue;
      }
      Group person = personFor(c, fullNames);
      if (person != null) {
        c.kind = MentionKind.ALIAS;
        c.type = "PERSON";
        join(c, person);
      } else {
        if (c.type.equals("PERSON")) {
          c.vote = 0.5; // a lone one-word "person" may be a place the NER layer mistyped
        }
        Group g = byKey.computeIfAbsent(nameKey(c), k -> {
          Group n = new Group();
          groups.add(n);
          return n;
        });
        join(c, g);
      }
    }
    // 6. the same name under different types: one entity
    Map<String, Group> byName = new HashMap<>();
    for (Group g : groups) {
      Group r = g.root();
      if (r != g || r.members.isEmpty()) {
        continue;
      }
      String name = canonicalName(r);
      Group other = byName.get(name);
      if (other != null && other.root() != r
          && !placeAndOrganization(r, other.root())) {
        merge(r, other.root());
      } else {
        byName.put(name, r);
      }
    }

    List<ResolvedEntity> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.mergedInto != null || g.members.isEmpty()) {
        continue;
      }
      out.add(entity(g));
    }
    out.sort(Comparator.comparingInt(e -> e.mentions().get(0).begin()));
    return out;
  }

  private ResolvedEntity entity(Group g) {
    String name = canonicalName(g);
    String type = majorityType(g);
    String subtype = null;
    if (type.equals("LOCATION")) {
      subtype = g.fixedSubtype;
      if (subtype == null) {
        Map<String, Integer> votes = new HashMap<>();
        for (Candidate c : g.members) {
          if (c.subtype != null) {
            votes.merge(c.subtype, 1, Integer::sum);
          }
        }
        subtype = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      }
      if (subtype == null && FACILITY.matcher(name).matches()) {
        subtype = "FACILITY";
      }
    }
    List<Candidate> members = new ArrayList<>(g.members);
    members.sort(Comparator.comparingInt((Candidate c) -> c.begin));
    List<ResolvedMention> mentions = new ArrayList<>();
    int lastEnd = -1;
    for (Candidate c : members) {
      if (c.begin < lastEnd) {
        continue; // overlapping duplicates
      }
      MentionKind kind = c.kind;
      if (kind == MentionKind.NAME && !c.key.equals(name) && !name.equals(stripThe(c.key))) {
        kind = MentionKind.ALIAS;
      }
      mentions.add(new ResolvedMention(c.begin, c.end, c.text, kind));
      lastEnd = c.end;
    }
    return new ResolvedEntity(name, type, subtype, mentions);
  }

  // ---------------------------------------------------------------- candidates

  /**
   * Strips leading titles from person names and a lower-case "the" from others; sets the key, without a leading
   * "the". A capitalised "The" the NER layer put inside a name stays in the mention ("The Hague", "The Oval");
   * trailing lower-case words of other names go ("Jiangsu province"). Trailing punctuation goes, but not a closing
   * bracket whose opening one is inside ("Buducnost (V)").
   */
  private static void trim(Candidate c, String text) {
    String s = c.text;
    // possessive ending inside the mention
    for (String p : List.of("'s", "\u2019s", "'", "\u2019")) {
      if (s.endsWith(p) && s.length() > p.length() + 1) {
        s = s.substring(0, s.length() - p.length());
        break;
      }
    }
    int offset = 0;
    String[] words = s.split(" ", -1);
    int drop = 0;
    if (c.type.equals("PERSON")) {
      while (drop < words.length - 1 && (Gazetteer.TITLES.contains(words[drop].toLowerCase(Locale.ROOT))
          || Gazetteer.get().demonym(words[drop]).isPresent())) {
        drop++;
      }
    } else if (words.length > 1 && words[0].equalsIgnoreCase("the") && !words[0].startsWith("T")) {
      drop = 1;
    }
    for (int i = 0; i < drop; i++) {
      offset += words[i].length() + 1;
    }
    s = s.substring(offset);
    if (!c.type.equals("PERSON")) {
      s = NameEvidence.withoutTrailingLowerCaseWords(s);
    }
    // trailing punctuation
    while (!s.isEmpty() && !Character.isLetterOrDigit(s.charAt(s.length() - 1)) && s.charAt(s.length() - 1) != '.'
        && !(s.charAt(s.length() - 1) == ')' && s.indexOf('(') >= 0)) {
      s = s.substring(0, s.length() - 1);
    }
    int begin = c.begin + offset;
    int end = begin + s.length();
    if (end > c.end || !text.startsWith(s, begin)) {
      c.key = normalize(c.text);
      return;
    }
    c.begin = begin;
    c.end = end;
    c.text = s;
    c.key = normalize(!c.type.equals("PERSON") && s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s);
  }

  private void addDemonyms(NlpDocument nlp, LiveSpans<Candidate> candidates, SpanIndex works,
                           Set<Integer> sentenceStarts) {
    int longest = gazetteer.longestDemonymTokens();
    for (Sentence s : nlp.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
          int begin = tokens.get(i).begin();
          int end = tokens.get(i + n - 1).end();
          StringBuilder sb = new StringBuilder();
          for (int k = i; k < i + n; k++) {
            if (k > i) {
              sb.append(' ');
            }
            sb.append(tokens.get(k).text());
          }
          String phrase = sb.toString();
          if (gazetteer.demonym(phrase).isEmpty() || works.overlapsAny(begin, end)) {
            continue;
          }
          // an NER mention of exactly this phrase (or inside it) becomes the demonym; a longer one (an
          // organisation named after the country) wins
          boolean inLonger = false;
          List<Candidate> covered = new ArrayList<>();
          for (Candidate c : candidates.overlapping(begin, end)) {
            if (c.begin >= begin && c.end <= end
                || c.type.equals("MISC") && c.kind != MentionKind.DEMONYM
                && !NameEvidence.isName(c.begin, c.end, begin, end, s, sentenceStarts)) {
              covered.add(c); // a MISC mention around a demonym ("Imported North Korean") is the demonym
            } else {
              // an organisation, place or MISC name around it ("American League"), or a person's name with it
              // ("Richard Finn"; a leading demonym was trimmed off the person: "Chinese President Xi")
              inLonger = true;
            }
          }
          if (inLonger) {
            break;
          }
          covered.forEach(candidates::remove);
          Candidate d = new Candidate(begin, end, phrase, "LOCATION");
          d.key = phrase;
          d.kind = MentionKind.DEMONYM;
          candidates.add(d);
          // a person mention that started with the demonym ("Chinese President Xi") was trimmed already
          i += n - 1;
          break;
        }
      }
    }
  }

  /**
   * Whether one group is a known place and the other the organisation the NER layer tagged with its name (the team
   * "Chicago"): two entities. Other names typed ORGANIZATION and LOCATION ("Kremlin", "White House") stay one.
   */
  private static boolean placeAndOrganization(Group a, Group b) {
    return a.fixedSubtype != null && majorityType(b).equals("ORGANIZATION")
        || b.fixedSubtype != null && majorityType(a).equals("ORGANIZATION");
  }

  /**
   * The key of a name's group: people apart, organisations apart from other names, since a place name the NER
   * layer tags as an organisation there names an organisation (a team, a company) and elsewhere the place.
   */
  private static String nameKey(Candidate c) {
    return switch (c.type) {
      case "PERSON" -> "person:" + c.key;
      case "ORGANIZATION" -> "org:" + c.key;
      default -> "name:" + c.key;
    };
  }

  /**
   * Demonyms and place names inside hyphenated words ("post-Soviet", "Soviet-era", "Russia-backed"): the part
   * becomes a mention of the place, unless an organisation, place or person mention covers the word.
   */
  private void addCompoundParts(NlpDocument nlp, LiveSpans<Candidate> candidates, SpanIndex works) {
    for (Sentence s : nlp.sentences()) {
      for (Token t : s.tokens()) {
        String word = t.text();
        if (word.indexOf('-') <= 0 || works.overlapsAny(t.begin(), t.end())) {
          continue;
        }
        List<Candidate> covering = new ArrayList<>();
        boolean named = false;
        for (Candidate c : candidates.overlapping(t.begin(), t.end())) {
          if (c.type.equals("MISC") && c.kind != MentionKind.DEMONYM) {
            covering.add(c);
          } else {
            named = true;
          }
        }
        if (named) {
          continue;
        }
        int at = 0;
        List<Candidate> parts = new ArrayList<>();
        for (String part : word.split("-")) {
          int begin = t.begin() + at;
          at += part.length() + 1;
          if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
            continue;
          }
          Candidate c = null;
          if (gazetteer.demonym(part).isPresent()) {
            c = new Candidate(begin, begin + part.length(), part, "LOCATION");
            c.kind = MentionKind.DEMONYM;
          } else if (gazetteer.place(part).isPresent()) {
            c = new Candidate(begin, begin + part.length(), part, "LOCATION");
            c.kind = MentionKind.ALIAS;
          }
          if (c != null) {
            c.key = part;
            parts.add(c);
          }
        }
        if (!parts.isEmpty()) {
          covering.forEach(candidates::remove);
          parts.forEach(candidates::add);
        }
      }
    }
  }

  /**
   * One-word mentions the NER layer missed: a proper-noun token ({@code NNP}) outside every mention that equals the
   * first or last word of a multi-word person name of the article ("an enemy of Xi").
   */
  private static void addMissedNames(NlpDocument nlp, List<Candidate> candidates, List<Group> groups) {
    Set<String> words = new java.util.HashSet<>();
    for (Group g : groups) {
      Group r = g.root();
      if (r != g || r.members.isEmpty() || !majorityType(r).equals("PERSON")) {
        continue;
      }
      String[] w = longestKey(r).split(" ");
      if (w.length > 1) {
        words.add(w[0]);
        words.add(w[w.length - 1]);
      }
    }
    if (words.isEmpty()) {
      return;
    }
    List<Candidate> added = new ArrayList<>();
    SpanIndex spans = SpanIndex.of(candidates.stream().map(c -> new Span(c.begin, c.end)).toList());
    for (Sentence s : nlp.sentences()) {
      for (Token t : s.tokens()) {
        if (!"NNP".equals(t.pos()) || !words.contains(t.text()) || t.text().length() < 2) {
          continue;
        }
        if (!spans.overlapsAny(t.begin(), t.end())) {
          Candidate c = new Candidate(t.begin(), t.end(), t.text(), "PERSON");
          c.key = t.text();
          added.add(c);
        }
      }
    }
    candidates.addAll(added);
  }

  /** "Putin-Kim": split into parts when each part is a name of the article or a known place. */
  private void splitHyphenated(List<Candidate> candidates, String text) {
    Set<String> words = new java.util.HashSet<>();
    for (Candidate c : candidates) {
      if (c.type.equals("PERSON")) {
        for (String w : c.key.split(" ")) {
          words.add(w);
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.kind != MentionKind.DEMONYM && !c.type.equals("WORK_OF_ART") && HYPHEN_NAMES.matcher(c.text).matches()) {
        String[] parts = c.text.split("[-\u2013]");
        boolean allKnown = true;
        for (String p : parts) {
          allKnown &= words.contains(p) || gazetteer.place(p).isPresent();
        }
        if (allKnown && parts.length > 1) {
          int at = c.begin;
          for (String p : parts) {
            Candidate part = new Candidate(at, at + p.length(), p, words.contains(p) ? "PERSON" : "LOCATION");
            part.key = p;
            part.kind = MentionKind.ALIAS;
            out.add(part);
            at += p.length() + 1;
          }
          continue;
        }
      }
      out.add(c);
    }
    candidates.clear();
    candidates.addAll(out);
  }

  private static void locativeVotes(List<Candidate> candidates, List<Token> tokens, String text) {
    Map<Integer, Token> byEnd = new HashMap<>();
    tokens.forEach(t -> byEnd.put(t.end(), t));
    for (Candidate c : candidates) {
      int i = c.begin - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      Token previous = byEnd.get(i + 1);
      if (previous != null && LOCATIVE.contains(previous.text().toLowerCase(Locale.ROOT))
          && c.type.equals("LOCATION")) {
        c.vote = 1.5;
      }
    }
  }

  /** Quoted titles: ‘…’, '…', “…” or "…" holding 1–15 words in Title Case, or any quoted words after a cue word. */
  static List<int[]> workSpans(Article article) {
    String text = article.text();
    List<int[]> spans = new ArrayList<>();
    List<Paragraph> paragraphs = article.paragraphs();
    List<int[]> blocks = new ArrayList<>();
    if (paragraphs.isEmpty()) {
      blocks.add(new int[] {0, text.length()});
    } else {
      paragraphs.forEach(p -> blocks.add(new int[] {p.begin(), p.end()}));
    }
    for (int[] b : blocks) {
      int i = b[0];
      while (i < b[1]) {
        char c = text.charAt(i);
        char close = switch (c) {
          case '\u2018' -> '\u2019';
          case '\u201C' -> '\u201D';
          case '"' -> '"';
          case '\'' -> '\'';
          default -> 0;
        };
        boolean opening = close != 0 && (i == b[0] || !Character.isLetterOrDigit(text.charAt(i - 1)));
        if (!opening) {
          i++;
          continue;
        }
        int j = i + 1;
        int end = -1;
        while (j < b[1] && j - i < 200) {
          char d = text.charAt(j);
          if (d == close && (j + 1 >= b[1] || !Character.isLetter(text.charAt(j + 1)))) {
            end = j;
            break;
          }
          j++;
        }
        if (end < 0) {
          i++;
          continue;
        }
        String inner = text.substring(i + 1, end);
        if (isTitle(inner, cueBefore(text, i))) {
          int innerBegin = i + 1;
          while (innerBegin < end && Character.isWhitespace(text.charAt(innerBegin))) {
            innerBegin++;
          }
          int innerEnd = end;
          while (innerEnd > innerBegin && !Character.isLetterOrDigit(text.charAt(innerEnd - 1))
              && text.charAt(innerEnd - 1) != '?' && text.charAt(innerEnd - 1) != '!') {
            innerEnd--;
          }
          spans.add(new int[] {innerBegin, innerEnd});
          i = end + 1;
        } else {
          i++; // a quotation may hold a title: look inside
        }
      }
    }
    return spans;
  }

  private static boolean cueBefore(String text, int quote) {
    int i = quote - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
      i--;
    }
    int e = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return WORK_CUES.contains(text.substring(i + 1, e).toLowerCase(Locale.ROOT));
  }

  private static boolean isTitle(String inner, boolean cue) {
    String t = inner.trim();
    if (t.isEmpty() || t.length() > 150 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length > 15) {
      return false;
    }
    if (cue) {
      return true;
    }
    if (words.length < 2) {
      return false;
    }
    int capitalised = 0;
    int content = 0;
    for (String w : words) {
      String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (bare.isEmpty()) {
        continue;
      }
      if (MINOR_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
        continue;
      }
      content++;
      if (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0))) {
        capitalised++;
      }
    }
    // a Title Case phrase, not a quoted sentence nor, without a cue word, an exclamation ("Freedom for Chechnya!")
    return content > 0 && capitalised == content && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith("!");
  }

  // ---------------------------------------------------------------- grouping

  private static void join(Candidate c, Group g) {
    Group r = g.root();
    c.group = r;
    r.members.add(c);
    r.votes.merge(c.kind == MentionKind.DEMONYM ? "LOCATION" : c.type, c.vote, Double::sum);
  }

  private static void merge(Group from, Group into) {
    from = from.root();
    into = into.root();
    if (from == into) {
      return;
    }
    for (Candidate c : from.members) {
      c.group = into;
    }
    into.members.addAll(from.members);
    from.members.clear();
    for (Map.Entry<String, Double> v : from.votes.entrySet()) {
      into.votes.merge(v.getKey(), v.getValue(), Double::sum);
    }
    from.votes.clear();
    if (into.fixedName == null) {
      into.fixedName = from.fixedName;
      into.fixedSubtype = from.fixedSubtype;
    }
    from.mergedInto = into;
  }

  private static Group placeGroup(Gazetteer.Place place, Map<String, Group> byKey, List<Group> groups) {
    return byKey.computeIfAbsent("place:" + place.name(), k -> {
      Group g = new Group();
      g.fixedName = place.name();
      g.fixedSubtype = place.subtype();
      groups.add(g);
      return g;
    }).root();
  }

  /**
   * The entity an acronym ("UN") stands for, by the acronym: the first entity (in the order of {@code groups}) with a
   * multi-word name of those initials that is not a person's. Acronyms joining entities do not change it.
   */
  private static Map<String, Group> byInitials(List<Group> groups) {
    Map<String, Group> out = new HashMap<>();
    Set<Group> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Group g : groups) {
      Group r = g.root();
      if (r.members.isEmpty() || !seen.add(r)) {
        continue;
      }
      for (Candidate m : r.members) {
        if (m.words() > 1 && !m.type.equals("PERSON")) {
          out.putIfAbsent(initials(m.key), r);
        }
      }
    }
    return out;
  }

  /**
   * Step 3: a person's shorter full name joins the longer one ("Nina Khrushcheva" into "Nina L. Khrushcheva"). Only
   * names with the same first and last words can join, so the pairs are compared within those sets, in the order of
   * the longest names first.
   */
  private static void mergePeople(List<Group> groups) {
    List<Group> people = new ArrayList<>();
    Map<Group, Integer> words = new IdentityHashMap<>();
    for (Group g : groups) {
      if (!g.members.isEmpty() && majorityType(g).equals("PERSON") && longestKey(g).split(" ").length > 1) {
        people.add(g);
        words.put(g, longestKey(g).split(" ").length);
      }
    }
    people.sort(Comparator.comparingInt((Group g) -> -words.get(g)));
    Map<List<String>, List<Group>> sameEnds = new LinkedHashMap<>();
    for (Group g : people) {
      String[] w = longestKey(g).split(" ");
      sameEnds.computeIfAbsent(List.of(w[0], w[w.length - 1]), k -> new ArrayList<>()).add(g);
    }
    for (List<Group> set : sameEnds.values()) {
      for (int i = 0; i < set.size(); i++) {
        for (int j = i + 1; j < set.size(); j++) {
          Group a = set.get(i).root();
          Group b = set.get(j).root();
          if (a != b && extendsName(longestKey(a), longestKey(b))) {
            merge(b, a);
          }
        }
      }
    }
  }

  /** The multi-word person-typed candidates by their first and by their last word, in list order. */
  private static Map<String, List<Candidate>> fullNamesByWord(List<Candidate> candidates) {
    Map<String, List<Candidate>> out = new HashMap<>();
    for (Candidate o : candidates) {
      if (o.words() < 2 || !o.type.equals("PERSON")) {
        continue;
      }
      String[] w = o.key.split(" ");
      out.computeIfAbsent(w[0], k -> new ArrayList<>()).add(o);
      if (!w[w.length - 1].equals(w[0])) {
        out.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(o);
      }
    }
    return out;
  }

  /**
   * The multi-word person whose first or last word is {@code c}'s one word; nearest preceding first, else the first
   * after. {@code fullNames}: {@link #fullNamesByWord} of the candidates, which are in order of begin.
   */
  private Group personFor(Candidate c, Map<String, List<Candidate>> fullNames) {
    if (!c.type.equals("PERSON") && gazetteer.place(c.key).isPresent()) {
      return null;
    }
    List<Candidate> named = fullNames.getOrDefault(c.key, List.of());
    int lo = 0;
    int hi = named.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (named.get(mid).begin < c.begin) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0; i--) {
      if (isPerson(named.get(i), c)) {
        return named.get(i).group.root();
      }
    }
    for (int i = lo; i < named.size(); i++) {
      if (isPerson(named.get(i), c)) {
        return named.get(i).group.root();
      }
    }
    return null;
  }

  private static boolean isPerson(Candidate o, Candidate c) {
    return o != c && o.group != null && majorityType(o.group.root()).equals("PERSON");
  }

  /** Whether two multi-word person names are one: equal first and last words, one's words in the other's. */
  static boolean sameFullName(String a, String b) {
    return extendsName(a, b) || extendsName(b, a);
  }

  private static boolean extendsName(String longer, String shorter) {
    String[] l = longer.split(" ");
    String[] s = shorter.split(" ");
    if (s.length < 2 || l.length < s.length) {
      return false;
    }
    if (!l[0].equals(s[0]) || !l[l.length - 1].equals(s[s.length - 1])) {
      return false;
    }
    // every word of the shorter name, in order, in the longer
    int j = 0;
    for (String w : l) {
      if (j < s.length && w.equals(s[j])) {
        j++;
      }
    }
    return j == s.length;
  }

  private static String majorityType(Group g) {
    Map<String, Double> votes = g.votes;
    if (g.fixedSubtype != null) {
      return "LOCATION";
    }
    if (g.fixedName != null && votes.containsKey("ORGANIZATION")) {
      return "ORGANIZATION";
    }
    return votes.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
        .thenComparing(e -> typeRank(e.getKey()))).map(Map.Entry::getKey).orElse("MISC");
  }

  private static int typeRank(String type) {
    return switch (type) {
      case "LOCATION" -> 4;
      case "ORGANIZATION" -> 3;
      case "PERSON" -> 2;
      case "WORK_OF_ART" -> 5;
      default -> 1;
    };
  }

  private static String longestKey(Group g) {
    Candidate best = null;
    for (Candidate c : g.members) {
      if (c.kind == MentionKind.DEMONYM || c.kind == MentionKind.ACRONYM) {
        continue;
      }
      if (best == null || c.words() > best.words()
          || c.words() == best.words() && c.key.length() > best.key.length()) {
        best = c;
      }
    }
    return best != null ? best.key : g.members.get(0).key;
  }

  private static String canonicalName(Group g) {
    return g.fixedName != null ? g.fixedName : longestKey(g);
  }

  // ---------------------------------------------------------------- names

  static boolean isAcronym(String key) {
    String bare = key.replace(".", "");
    return bare.length() >= 2 && bare.length() <= 6 && Gazetteer.isAllCaps(bare)
        && bare.chars().allMatch(ch -> Character.isLetterOrDigit(ch));
  }

  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[ \\-]")) {
      if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** NFC, typographic quotes and dashes folded, whitespace collapsed. */
  static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u201C', '"').replace('\u201D', '"').replace('\u2013', '-').replace('\u2014', '-');
    return n.replaceAll("\\s+", " ").trim();
  }

  private static String stripThe(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }
}
