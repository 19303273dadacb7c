package org.presslens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.presslens.corpus.Fixtures.E;
import static org.presslens.corpus.Fixtures.line;
import static org.presslens.corpus.Fixtures.report;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.ReportReader;

class CorpusBuilderTest {
  private static final LocalDate JAN = LocalDate.of(2024, 1, 10);
  private static final LocalDate FEB = LocalDate.of(2024, 2, 20);

  /** Six dated reports in two outlets and two months, and one undated. */
  static List<String> dated() {
    List<String> lines = new ArrayList<>();
    lines.add(line(report("a1", "data/left/a1.txt", "Left", JAN, List.of("Ann"),
        E.person("Vladimir Putin", -0.4), new E("Russia", "LOCATION", -0.2, "AGAINST"))));
    lines.add(line(report("a2", "data/left/a2.txt", "Left", JAN, List.of("Ann", "Bob"),
        E.person("President Putin", -0.6), new E("Russia", "LOCATION", 0.1, "NONE"))));
    lines.add(line(report("a3", "data/left/a3.txt", "Left", FEB, List.of(), E.person("Putin", -0.2))));
    lines.add(line(report("b1", "data/right/b1.txt", "Right", JAN, List.of("Cy"),
        E.person("Putin", 0.3), new E("Russia", "LOCATION", 0.2, "FAVOR"))));
    lines.add(line(report("b2", "data/right/b2.txt", "Right", FEB, List.of("Cy"), E.person("Vladimir Putin", 0.1))));
    lines.add(line(report("b3", "data/right/b3.txt", "Right", FEB, List.of("Cy"),
        new E("Russia", "LOCATION", null, null))));
    lines.add(line(report("u1", "data/right/u1.txt", "Right", null, List.of(), E.person("Vladimir Putin", 0.5))));
    return lines;
  }

  private static CorpusSummary summarize(CorpusOptions options, List<String> lines) {
    CorpusBuilder b = CorpusSummary.builder(options);
    for (int i = 0; i < lines.size(); i++) {
      b.addLine(lines.get(i), "t.jsonl:" + (i + 1));
    }
    return b.build();
  }

  private static EntityRow row(CorpusSummary s, String identity) {
    return s.entities().stream().filter(e -> e.identity().equals(identity)).findFirst().orElseThrow();
  }

  @Test
  void monthGroupsDatedReportsAndCountsTheUndatedWithoutInventingADate() {
    CorpusSummary s = summarize(CorpusOptions.DEFAULTS.by(GroupBy.MONTH).minArticles(1), dated());
    assertThat(s.groups()).extracting(CorpusSummary.Group::label).containsExactly("2024-01", "2024-02");
    assertThat(s.groups()).extracting(CorpusSummary.Group::articles).containsExactly(3L, 3L);
    assertThat(s.inputs().missing()).containsEntry(GroupBy.MONTH, 1L);
    assertThat(s.inputs().reports()).isEqualTo(7);
    EntityRow putin = row(s, "PERSON:vladimir putin");
    assertThat(putin.total().articles()).as("all reports, the undated too").isEqualTo(6);
    assertThat(putin.cells()).extracting(Cell::articles).containsExactly(3L, 2L);
    assertThat(putin.cells().get(0).sentiment().mean()).isCloseTo((-0.4 - 0.6 + 0.3) / 3, within(1e-9));
    assertThat(putin.names()).contains("Vladimir Putin", "Putin", "President Putin");
  }

  @Test
  void weekAndYearPeriods() {
    assertThat(GroupBy.WEEK.period(LocalDate.of(2024, 1, 1))).isEqualTo("2024-W01");
    assertThat(GroupBy.WEEK.period(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
    assertThat(GroupBy.YEAR.period(FEB)).isEqualTo("2024");
    CorpusSummary s = summarize(CorpusOptions.DEFAULTS.by(GroupBy.YEAR).minArticles(1), dated());
    assertThat(s.groups()).extracting(CorpusSummary.Group::label).containsExactly("2024");
  }

  @Test
  void surnamesAndTitlesMergeIntoOneEntityAndTheMergeIsCounted() {
    CorpusSummary s = summarize(CorpusOptions.DEFAULTS, dated());
    assertThat(s.entities()).extracting(EntityRow::identity)
        .containsExactly("PERSON:vladimir putin", "LOCATION:russia");
    assertThat(s.identities().names()).isEqualTo(4);   // Vladimir Putin, President Putin, Putin, Russia
    assertThat(s.identities().keys()).isEqualTo(3);    // vladimir putin, putin, russia
    assertThat(s.identities().entities()).isEqualTo(2);
    assertThat(s.identities().merged()).isEqualTo(2);
    assertThat(s.identities().folded()).containsEntry("PERSON:putin", "PERSON:vladimir putin");
  }

  @Test
  void outletCellsHaveShareStanceAndTooSmallGroupsHaveNoNumbers() {
    CorpusSummary s = summarize(CorpusOptions.DEFAULTS.by(GroupBy.OUTLET).minArticles(4), dated());
    assertThat(s.groups()).extracting(CorpusSummary.Group::label).containsExactly("Left", "Right");
    assertThat(s.groups()).extracting(CorpusSummary.Group::tooSmall).containsExactly(true, false);
    EntityRow russia = row(s, "LOCATION:russia");
    assertThat(russia.cells().get(0)).isEqualTo(Cell.tooSmall("Left"));
    Cell right = russia.cells().get(1);
    assertThat(right.articles()).isEqualTo(2);
    assertThat(right.share()).isCloseTo(2 / 4.0, within(1e-12));
    assertThat(right.stance()).containsExactly(Map.entry("FAVOR", 1L));
    assertThat(right.sentiment().articles()).as("b3 has no sentiment").isEqualTo(1);
    assertThat(russia.total().stance()).containsOnly(Map.entry("AGAINST", 1L), Map.entry("FAVOR", 1L),
        Map.entry("NONE", 1L));
    assertThat(russia.total().mentionsByKind()).containsExactly(Map.entry("NAME", 4L));
  }

  @Test
  void authorsAndDirsAndCompositeGroupsWithMarginals() {
    CorpusSummary byAuthor = summarize(CorpusOptions.DEFAULTS.by(GroupBy.AUTHOR).minArticles(1), dated());
    assertThat(byAuthor.groups()).extracting(CorpusSummary.Group::label).containsExactly("Ann", "Bob", "Cy");
    assertThat(byAuthor.inputs().missing()).containsEntry(GroupBy.AUTHOR, 2L);
    CorpusSummary both = summarize(CorpusOptions.DEFAULTS.by(GroupBy.DIR, GroupBy.MONTH).minArticles(1), dated());
    assertThat(both.groups()).extracting(CorpusSummary.Group::label)
        .containsExactly("left / 2024-01", "left / 2024-02", "right / 2024-01", "right / 2024-02");
    assertThat(both.marginals()).hasSize(2);
    assertThat(both.marginals().get(0).groups()).extracting(CorpusSummary.Group::label)
        .containsExactly("dir=left", "dir=right");
    assertThat(both.marginals().get(0).groups()).extracting(CorpusSummary.Group::articles).containsExactly(3L, 4L);
    assertThat(row(both, "PERSON:vladimir putin").marginals().get(0)).extracting(Cell::articles)
        .containsExactly(3L, 3L);
  }

  @Test
  void badLinesAreCountedListedAndNeverFatal() throws Exception {
    List<String> lines = new ArrayList<>(dated());
    String good = lines.get(0);
    lines.add(good.substring(0, good.length() / 2));
    lines.add("{\"schemaVersion\":\"1.1\",\"input\":\"x.txt\",\"error\":\"x.txt: empty input\"}");
    lines.add(good.replace("\"schemaVersion\":\"1.1\"", "\"schemaVersion\":\"2.0\""));
    lines.add("not json at all");
    lines.add(good.replace("\"published\":\"2024-01-10\"", "\"published\":\"last week\""));
    BufferedReader in = new BufferedReader(new StringReader(String.join("\n", lines) + "\n\n"));
    CorpusSummary s = CorpusSummary.builder(CorpusOptions.DEFAULTS).addJsonl(in, "in.jsonl").build();
    assertThat(s.inputs().reports()).isEqualTo(7);
    assertThat(s.inputs().lines()).isEqualTo(12);
    assertThat(s.inputs().bad()).containsOnly(Map.entry(BadInput.Kind.MALFORMED, 2L),
        Map.entry(BadInput.Kind.ERROR_RECORD, 1L), Map.entry(BadInput.Kind.SCHEMA_VERSION, 1L),
        Map.entry(BadInput.Kind.INVALID_REPORT, 1L));
    assertThat(s.inputs().badListed()).extracting(BadInput::input)
        .containsExactly("in.jsonl:8", "in.jsonl:9", "in.jsonl:10", "in.jsonl:11", "in.jsonl:12");
    assertThat(s.inputs().badListed().get(1).message()).contains("x.txt: empty input");
    assertThat(s.inputs().badListed().get(2).message()).contains("'2.0'");
  }

  @Test
  void anyInputOrderGivesTheSameSummaryAndTheSeedFixesTheIntervals() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      lines.addAll(dated());
    }
    CorpusOptions options = CorpusOptions.DEFAULTS.by(GroupBy.OUTLET).minArticles(1);
    CorpusSummary first = summarize(options, lines);
    List<String> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(3));
    assertThat(summarize(options, shuffled).entities()).isEqualTo(first.entities());
    CorpusSummary.Sentiment s = row(first, "PERSON:vladimir putin").cells().get(0).sentiment();
    assertThat(s.low()).isLessThan(s.mean());
    assertThat(s.high()).isGreaterThan(s.mean());
    CorpusSummary other = summarize(options.seed(99), lines);
    assertThat(row(other, "PERSON:vladimir putin").cells().get(0).sentiment().mean()).isEqualTo(s.mean());
  }

  @Test
  void streamingReaderReadsWhatCoresReportReaderReads() {
    ReportReader reader = ReportReader.of(AnalyzerRegistry.discover());
    for (String line : dated()) {
      ArticlePortrayal viaCore = ArticlePortrayal.of(reader.read(line));
      CorpusBuilder b = CorpusSummary.builder(CorpusOptions.DEFAULTS);
      CorpusBuilder c = CorpusSummary.builder(CorpusOptions.DEFAULTS);
      assertThat(b.addLine(line, "x").build()).isEqualTo(c.add(viaCore).build());
    }
  }
}
