package org.presslens.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.presslens.corpus.EntityPortrayal.Example;

/**
 * How a corpus portrays its most covered entities, per group (outlet, directory, author, week, month, year): the
 * result of a {@link CorpusBuilder}, immutable and thread-safe. The fields are the JSON output's (docs/corpus.md).
 *
 * <pre>{@code
 * CorpusBuilder builder = CorpusSummary.builder(CorpusOptions.DEFAULTS.by(GroupBy.OUTLET, GroupBy.MONTH));
 * builder.addJsonl(Path.of("reports.jsonl"));            // streamed; or builder.add(report) per AnalysisReport
 * CorpusSummary summary = builder.build();
 * }</pre>
 *
 * @param options    the options it was made with
 * @param inputs     what was read: reports, bad inputs, reports without a value of a grouping
 * @param identities how many names became how many entities
 * @param groups     the groups, sorted by their values (time periods chronologically)
 * @param entities   the most covered entities (by articles), each with a cell per group
 */
@JsonPropertyOrder({"options", "inputs", "identities", "groups", "marginals", "entities"})
public record CorpusSummary(CorpusOptions options, Inputs inputs, Identities identities, List<Group> groups,
                            List<Marginal> marginals, List<EntityRow> entities) {

  public CorpusSummary {
    groups = List.copyOf(groups);
    marginals = List.copyOf(marginals);
    entities = List.copyOf(entities);
  }

  /**
   * For a summary grouped by several groupings, the groups of one of them alone (e.g. per outlet over all months):
   * {@link EntityRow#marginals()} holds their cells.
   *
   * @param by     the grouping
   * @param groups its groups (one value each), sorted
   */
  public record Marginal(GroupBy by, List<Group> groups) {
    public Marginal {
      groups = List.copyOf(groups);
    }
  }

  /** A builder that summarizes with {@code options}. */
  public static CorpusBuilder builder(CorpusOptions options) {
    return new CorpusBuilder(options);
  }

  /**
   * The inputs of a summary.
   *
   * @param lines           non-blank JSONL lines read (and reports added directly)
   * @param reports         reports aggregated
   * @param withoutEntities reports among them without an entities result (in the group counts, in no entity row)
   * @param bad             bad inputs by kind (none is dropped silently)
   * @param badListed       the first bad inputs ({@value CorpusBuilder#LISTED_BAD_INPUTS} at most)
   * @param missing         per grouping, the reports without a value of it (e.g. {@code month}: reports without a
   *                        date), which are in no group
   */
  public record Inputs(long lines, long reports, long withoutEntities, Map<BadInput.Kind, Long> bad,
                       List<BadInput> badListed, Map<GroupBy, Long> missing) {
    public Inputs {
      bad = Map.copyOf(bad);
      badListed = List.copyOf(badListed);
      missing = Map.copyOf(missing);
    }

    /** All bad inputs. */
    public long badTotal() {
      return bad.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Cross-article identity (docs/corpus.md).
   *
   * @param names    distinct canonical names (type and name as the entities analyzer wrote them)
   * @param keys     distinct normalized keys
   * @param entities identities after surname folding
   * @param merged   names that became part of an entity with another name ({@code names - entities})
   * @param folded   the bare surnames folded into a full name, e.g. {@code PERSON:putin → PERSON:vladimir putin}
   */
  public record Identities(long names, long keys, long entities, long merged, Map<String, String> folded) {
    public Identities {
      folded = Map.copyOf(folded);
    }
  }

  /**
   * A group.
   *
   * @param values   its value per grouping, in the order of {@link CorpusOptions#by()}
   * @param label    the values joined with " / " ("all" without groupings)
   * @param articles its articles (reports)
   * @param tooSmall fewer than {@link CorpusOptions#minArticles()} articles: its cells carry no numbers
   */
  public record Group(List<String> values, String label, long articles, boolean tooSmall) {
    public Group {
      values = List.copyOf(values);
    }
  }

  /**
   * One entity of the corpus.
   *
   * @param identity its identity key ({@code PERSON:vladimir putin})
   * @param type     its type
   * @param name     its most frequent canonical name
   * @param names    the canonical names merged into it, most frequent first (at most 10)
   * @param total    its cell over all reports, grouped or not
   * @param cells    its cell in each group, in the order of {@link CorpusSummary#groups()}
   * @param marginals its cells in the groups of each {@link CorpusSummary#marginals()}, in their order
   */
  public record EntityRow(String identity, String type, String name, List<String> names, Cell total,
                          List<Cell> cells, List<List<Cell>> marginals) {
    public EntityRow {
      names = List.copyOf(names);
      cells = List.copyOf(cells);
      marginals = marginals.stream().map(List::copyOf).toList();
    }
  }

  /**
   * An entity in a group. In a group with too few articles only {@code group} and {@code tooSmall} are set.
   *
   * @param group          the group's label
   * @param tooSmall       the group has too few articles for numbers
   * @param articles       the group's articles that mention the entity
   * @param share          {@code articles} over the group's articles
   * @param mentions       its mentions in those articles
   * @param mentionsByKind the mentions by kind ({@code NAME}, {@code ALIAS}, ...: the kinds the reports have)
   * @param salience       the mean salience over the articles that give one
   * @param sentiment      the author-voice sentiment toward it, over the articles that give one
   * @param stance         the author's stance (FAVOR, AGAINST, NONE) by articles
   * @param examples       the author-voice sentences with the strongest sentiment toward it
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cell(String group, boolean tooSmall, Long articles, Double share, Long mentions,
                     Map<String, Long> mentionsByKind, Double salience, Sentiment sentiment, Map<String, Long> stance,
                     List<Example> examples) {
    /** The cell of an entity in a group too small for numbers. */
    public static Cell tooSmall(String group) {
      return new Cell(group, true, null, null, null, null, null, null, null, null);
    }
  }

  /**
   * Author-voice sentiment toward an entity in a group.
   *
   * @param articles the articles with a sentiment toward it
   * @param mean     the mean of their scores, -1..1
   * @param low      the 95% bootstrap interval's lower end (null for fewer than two articles)
   * @param high     its upper end (null for fewer than two articles)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Sentiment(long articles, double mean, Double low, Double high) {
  }
}
