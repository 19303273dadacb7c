package org.presslens.corpus;

import java.util.List;

/**
 * How to summarize a corpus.
 *
 * @param by          the groupings, in order (none: one group, the whole corpus)
 * @param entities    how many entities to report, the most covered first
 * @param minArticles groups with fewer articles are shown as too small, without numbers
 * @param seed        the seed of the bootstrap intervals
 * @param examples    example sentences per entity and group
 */
public record CorpusOptions(List<GroupBy> by, int entities, int minArticles, long seed, int examples) {
  /** The defaults: no grouping, 20 entities, groups of at least 5 articles, seed 17, 3 examples. */
  public static final CorpusOptions DEFAULTS = new CorpusOptions(List.of(), 20, 5, 17, 3);

  public CorpusOptions {
    by = List.copyOf(by);
    if (by.size() != by.stream().distinct().count()) {
      throw new IllegalArgumentException("a grouping is given twice: " + by);
    }
    if (entities < 1 || minArticles < 1 || examples < 0) {
      throw new IllegalArgumentException("entities and minArticles must be at least 1, examples at least 0");
    }
  }

  /** These options grouped by {@code groupings}. */
  public CorpusOptions by(GroupBy... groupings) {
    return new CorpusOptions(List.of(groupings), entities, minArticles, seed, examples);
  }

  /** These options with {@code n} entities. */
  public CorpusOptions entities(int n) {
    return new CorpusOptions(by, n, minArticles, seed, examples);
  }

  /** These options with groups of at least {@code k} articles. */
  public CorpusOptions minArticles(int k) {
    return new CorpusOptions(by, entities, k, seed, examples);
  }

  /** These options with bootstrap seed {@code s}. */
  public CorpusOptions seed(long s) {
    return new CorpusOptions(by, entities, minArticles, s, examples);
  }
}
