package org.presslens.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.presslens.model.Repair;

/**
 * Splits words that scraping glued together where a hyperlink was stripped: "Russiafor" becomes "Russia for",
 * "Jinpingwho" becomes "Jinping who".
 *
 * <p>The rules are deliberately conservative (precision over recall). A token is split only when all hold:
 * <ul>
 *   <li>it is a run of at least six letters, lower-case or capitalised (no inner capitals, so "TimeWarner" and
 *       "iPod" stay), not part of a hyphenated word, number, address or contraction;</li>
 *   <li>it is neither in the {@link WordList} nor a regular inflection of a listed word;</li>
 *   <li>it occurs only once in the whole article (a word used twice is a real word, however unusual);</li>
 *   <li>it ends in one of the {@link FrequentWords} (the tail), after a head of at least four letters;</li>
 *   <li>for a lower-case token: the head is a listed word or an inflection of one (not a prefixed derivation), and
 *       a common one of five or more letters when the tail has only two letters ("cooperationas");</li>
 *   <li>for a capitalised token: the tail has three or more letters and rarely ends a name, and the head is a
 *       listed word ("Russiafor"), or a name-like string that cannot itself be split followed by an even safer tail
 *       ("Jinpingwho", but not "Lamothe" or "Boussaid").</li>
 * </ul>
 * Among several possible splits the one with a listed head wins, then the more frequent tail, then the longer
 * head. Instances are immutable and thread-safe.
 */
public final class GluedWordRepairer {

  private static final int MIN_TOKEN = 6;
  private static final int MIN_HEAD = 4;

  private final WordList words;

  /** A repairer using {@code words} as its vocabulary. */
  public GluedWordRepairer(WordList words) {
    this.words = words;
  }

  /** The repairer with the bundled English word list. */
  public static GluedWordRepairer english() {
    return Holder.ENGLISH;
  }

  /**
   * One split of a glued token.
   *
   * @param head the first word, as written
   * @param tail the frequent word glued to it
   */
  public record Split(String head, String tail) {

    /** The two words with a space between them. */
    public String replacement() {
      return head + " " + tail;
    }
  }

  /**
   * How {@code token} should be split, ignoring the article context (the "occurs only once" rule); empty when it
   * should stay as it is.
   */
  public Optional<Split> split(String token) {
    if (!isCandidateShape(token) || words.containsWordOrInflection(token)) {
      return Optional.empty();
    }
    Split best = null;
    int bestScore = Integer.MIN_VALUE;
    for (int i = MIN_HEAD; i <= token.length() - 2; i++) {
      String head = token.substring(0, i);
      String tail = token.substring(i);
      int score = score(token, head, tail);
      if (score > bestScore) {
        bestScore = score;
        best = new Split(head, tail);
      }
    }
    return bestScore == Integer.MIN_VALUE ? Optional.empty() : Optional.of(best);
  }

  /** Repairs one text that is a whole article by itself. */
  public RepairedText repair(String text) {
    return repairAll(List.of(text)).get(0);
  }

  /**
   * Repairs the paragraphs of one article; a token is only split when it occurs once in all of them together. Each
   * result's repairs have offsets relative to that repaired paragraph.
   */
  public List<RepairedText> repairAll(List<String> paragraphs) {
    Map<String, Integer> counts = new HashMap<>();
    for (String p : paragraphs) {
      LetterRuns.forEach(p, (start, end) -> {
        if (end - start >= MIN_TOKEN) {
          counts.merge(p.substring(start, end).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      });
    }
    List<RepairedText> result = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      result.add(repairParagraph(p, counts));
    }
    return result;
  }

  private RepairedText repairParagraph(String text, Map<String, Integer> counts) {
    List<int[]> runs = new ArrayList<>();
    List<Split> splits = new ArrayList<>();
    LetterRuns.forEach(text, (start, end) -> {
      if (end - start < MIN_TOKEN || !standsAlone(text, start, end)) {
        return;
      }
      String token = text.substring(start, end);
      if (counts.getOrDefault(token.toLowerCase(Locale.ROOT), 0) == 1) {
        split(token).ifPresent(split -> {
          runs.add(new int[] {start, end});
          splits.add(split);
        });
      }
    });
    if (runs.isEmpty()) {
      return RepairedText.unchanged(text);
    }
    StringBuilder out = new StringBuilder(text.length() + runs.size());
    List<Repair> repairs = new ArrayList<>();
    int copied = 0;
    for (int i = 0; i < runs.size(); i++) {
      int[] run = runs.get(i);
      out.append(text, copied, run[0]);
      int begin = out.length();
      String replacement = splits.get(i).replacement();
      out.append(replacement);
      repairs.add(new Repair(begin, out.length(), text.substring(run[0], run[1]), replacement, Repair.GLUED_WORDS));
      copied = run[1];
    }
    out.append(text, copied, text.length());
    return new RepairedText(out.toString(), repairs);
  }

  /** Not glued to digits, hyphens, apostrophes of contractions, addresses or file names. */
  private static boolean standsAlone(String text, int start, int end) {
    if (start > 0) {
      char before = text.charAt(start - 1);
      if (Character.isLetterOrDigit(before) || "-_@/\\.&'’#$%+=".indexOf(before) >= 0) {
        return false;
      }
    }
    if (end < text.length()) {
      char after = text.charAt(end);
      if (Character.isLetterOrDigit(after) || "-_@/\\&#+=".indexOf(after) >= 0) {
        return false;
      }
      if ((after == '.' || after == ':') && end + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(end + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCandidateShape(String token) {
    if (token.length() < MIN_TOKEN) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      if (!Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    char first = token.charAt(0);
    return Character.isLowerCase(first) || Character.isUpperCase(first);
  }

  /** The score of splitting {@code token} into head + tail, or {@link Integer#MIN_VALUE} when it is not allowed. */
  private int score(String token, String head, String tail) {
    var rank = FrequentWords.rank(tail);
    if (rank.isEmpty() || head.length() < MIN_HEAD) {
      return Integer.MIN_VALUE;
    }
    boolean listedHead;
    boolean nameHead = false;
    if (Character.isLowerCase(token.charAt(0))) {
      listedHead = tail.length() >= 3 ? words.containsStem(head)
          : FrequentWords.SHORT.contains(tail) && head.length() >= MIN_HEAD + 1
              && words.isCommonWordOrInflection(head);
    } else {
      if (!FrequentWords.AFTER_CAPITALISED.contains(tail)) {
        return Integer.MIN_VALUE;
      }
      listedHead = words.containsStem(head);
      nameHead = !listedHead && FrequentWords.AFTER_NAMES.contains(tail) && !isSplittableName(head);
    }
    if (!listedHead && !nameHead) {
      return Integer.MIN_VALUE;
    }
    return (listedHead ? 1_000_000 : 0) - rank.getAsInt() * 100 + head.length();
  }

  /** Whether a name-like head itself ends in a frequent word after a listed word or name. */
  private boolean isSplittableName(String head) {
    if (words.containsWordOrInflection(head)) {
      return false;
    }
    for (int i = MIN_HEAD; i <= head.length() - 2; i++) {
      String tail = head.substring(i);
      if (FrequentWords.contains(tail)) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    private static final GluedWordRepairer ENGLISH = new GluedWordRepairer(WordList.english());
  }
}
