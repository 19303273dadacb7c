package com.example.quotes;

import java.util.List;
import java.util.Set;
import org.presslens.analysis.QuoteSpans;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;

/** How many quotations of at least {@code quotes.minWords} words an article has. */
public final class QuoteCountProvider implements AnalyzerProvider<QuoteCountProvider.QuoteCount> {
  static final ConfigOption<Integer> MIN_WORDS = ConfigOption.integer("minWords", 3, 1, 100, "shortest quote counted");

  /** The result: an immutable, Jackson-serializable value. */
  public record QuoteCount(int quotes) {
  }

  public String name() { return "quotes"; }                    // stable, lower-case: the report key
  public String version() { return "1.0"; }
  public String description() { return "How much of the article is quoted speech"; }
  public Class<QuoteCount> resultType() { return QuoteCount.class; }
  public List<ConfigOption<?>> options() { return List.of(MIN_WORDS); }  // any other key is rejected
  public Set<Requirement> requires(Config config) { return Set.of(NlpLayer.TOKENS); }
  public Analyzer<QuoteCount> create(Config config) {          // called lazily, once per pipeline
    int min = config.get(MIN_WORDS);
    return context -> {
      String text = context.article().text();
      long quotes = QuoteSpans.of(context.article()).spans().stream()
          .filter(span -> text.substring(span.begin(), span.end()).trim().split("\\s+").length >= min)
          .count();
      return new QuoteCount((int) quotes);
    };
  }
}
