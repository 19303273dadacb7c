package org.presslens.corpus.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.presslens.corpus.EntityPortrayal;
import org.presslens.corpus.EntityPortrayal.Example;
import org.presslens.corpus.ScoreHistogram;

/**
 * What one entity × group cell has accumulated: bounded by the cell (a score histogram, a few examples), whatever
 * the number of articles. Not thread-safe; not API.
 */
public final class CellStats {
  /** The order of examples: strongest sentiment first, then by source and text, so any input order gives the same. */
  public static final Comparator<Example> EXAMPLE_ORDER = Comparator
      .comparingDouble((Example e) -> -Math.abs(e.score()))
      .thenComparing(e -> e.source() == null ? "" : e.source())
      .thenComparing(Example::text);

  private long articles;
  private final Map<String, Long> mentions = new TreeMap<>();
  private long salienceSum;
  private long salienceCount;
  private final ScoreHistogram sentiment = new ScoreHistogram();
  private final Map<String, Long> stance = new TreeMap<>();
  private final List<Example> examples = new ArrayList<>(2);

  /** Adds one article's portrayal of the entity, keeping the {@code maxExamples} strongest examples. */
  public void add(EntityPortrayal p, int maxExamples) {
    articles++;
    p.mentions().forEach((kind, n) -> mentions.merge(kind, (long) n, Long::sum));
    if (p.salience() != null) {
      salienceSum += Math.round(p.salience() / ScoreHistogram.SUM_UNIT);
      salienceCount++;
    }
    if (p.sentiment() != null) {
      sentiment.add(p.sentiment());
    }
    if (p.stance() != null) {
      stance.merge(p.stance(), 1L, Long::sum);
    }
    if (p.example() != null && maxExamples > 0) {
      offer(p.example(), maxExamples);
    }
  }

  /** Adds everything {@code other} accumulated. */
  public void addAll(CellStats other, int maxExamples) {
    articles += other.articles;
    other.mentions.forEach((k, n) -> mentions.merge(k, n, Long::sum));
    salienceSum += other.salienceSum;
    salienceCount += other.salienceCount;
    sentiment.addAll(other.sentiment);
    other.stance.forEach((k, n) -> stance.merge(k, n, Long::sum));
    other.examples.forEach(e -> offer(e, maxExamples));
  }

  private void offer(Example e, int max) {
    if (examples.size() < max) {
      examples.add(e);
      examples.sort(EXAMPLE_ORDER);
    } else if (EXAMPLE_ORDER.compare(e, examples.get(examples.size() - 1)) < 0) {
      examples.set(examples.size() - 1, e);
      examples.sort(EXAMPLE_ORDER);
    }
  }

  public long articles() {
    return articles;
  }

  public long mentionCount() {
    return mentions.values().stream().mapToLong(Long::longValue).sum();
  }

  public Map<String, Long> mentions() {
    return mentions;
  }

  /** The mean salience (summed in fixed point, as the scores), or null when no article gave one. */
  public Double salience() {
    return salienceCount == 0 ? null : salienceSum * ScoreHistogram.SUM_UNIT / salienceCount;
  }

  public ScoreHistogram sentiment() {
    return sentiment;
  }

  public Map<String, Long> stance() {
    return stance;
  }

  public List<Example> examples() {
    return examples;
  }
}
