package org.presslens.examples.quotes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.presslens.spi.ResultKey;

/**
 * The {@code quotes} analyzer's result: every quotation of at least {@code minWords} words with its speaker when one
 * could be attributed, and per speaker how often and how much they are quoted. Offsets are end-exclusive char
 * offsets into the article text; a quote's span includes its quotation marks.
 *
 * @param quotes       the quotations, in text order
 * @param speakers     the people quoted, most quoted first
 * @param unattributed quotations without a speaker
 * @param quotedShare  the share of the text's chars inside the counted quotations, 0..1
 */
public record QuotesResult(List<Quote> quotes, List<Speaker> speakers, int unattributed, double quotedShare) {

  /** The key under which the {@code quotes} analyzer publishes this result. */
  public static final ResultKey<QuotesResult> KEY = ResultKey.of("quotes", QuotesResult.class);

  public QuotesResult {
    quotes = List.copyOf(quotes);
    speakers = List.copyOf(speakers);
  }

  /** How a quotation was attributed to its speaker. */
  public enum Attribution {
    /** {@code "...," said Jane Smith} or {@code "...," Smith said}. */
    AFTER,
    /** {@code Jane Smith said: "..."} or {@code according to Smith, "..."}. */
    BEFORE,
    /** {@code "...," she said}: the most recently quoted or mentioned person. */
    PRONOUN,
    /** A quotation without attribution that follows the same speaker's quotation in the previous paragraph. */
    CONTINUATION,
    /** The only person named (outside quotations) in the quotation's paragraph. */
    NEARBY
  }

  /**
   * One quotation.
   *
   * @param speaker      the speaker's name (the fullest form of it in the article), or null (omitted)
   * @param speakerBegin the span of the name (or pronoun) that attributes the quotation, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Quote(int begin, int end, String text, int words, String speaker, Attribution attribution,
                      Integer speakerBegin, Integer speakerEnd) {
  }

  /** One quoted person: how many quotations, how many words, and where. */
  public record Speaker(String name, int quotes, int words, List<Span> spans) {

    public Speaker {
      spans = List.copyOf(spans);
    }
  }

  /** A quotation's span. */
  public record Span(int begin, int end) {
  }
}
