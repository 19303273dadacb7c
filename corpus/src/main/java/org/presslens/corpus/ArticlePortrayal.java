package org.presslens.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.presslens.corpus.internal.Portrayals;
import org.presslens.corpus.internal.ReportLineReader;
import org.presslens.model.Article;
import org.presslens.report.AnalysisReport;

/**
 * One report reduced to what a corpus summary aggregates: the article's metadata and its entities, one
 * {@link EntityPortrayal} per identity. Made by {@link #of(AnalysisReport)}; the CLI and the Spark job both use it.
 *
 * @param source    the article's source (its file), or null
 * @param id        the article id
 * @param title     the title, or null
 * @param outlet    the outlet, or null
 * @param authors   the authors (possibly none)
 * @param published the publication date, or null
 * @param hasEntities false when the report has no entities result (the analyzer was not run or failed)
 * @param entities  the entities, in the order of the report's first entity of each
 */
public record ArticlePortrayal(String source, String id, String title, String outlet, List<String> authors,
                               LocalDate published, boolean hasEntities, List<EntityPortrayal> entities) {

  private static final ReportLineReader READER = new ReportLineReader();

  public ArticlePortrayal {
    authors = List.copyOf(authors);
    entities = List.copyOf(entities);
  }

  /** The article's portrayals of its entities, read from its report. */
  public static ArticlePortrayal of(AnalysisReport report) {
    Article a = report.article();
    Optional<List<EntityPortrayal>> entities = Portrayals.of(report);
    return new ArticlePortrayal(a.source(), a.id(), a.title(), a.outlet(), a.authors(), a.published(),
        entities.isPresent(), entities.orElse(List.of()));
  }

  /**
   * The portrayals of the report on one JSONL line, read as {@link CorpusBuilder#addLine} reads it (streaming, only
   * what a summary needs).
   *
   * @throws IllegalArgumentException for a line that is not a usable report, starting with its {@link BadInput.Kind}
   */
  public static ArticlePortrayal parse(String line) {
    try {
      return READER.read(line);
    } catch (ReportLineReader.BadLine e) {
      throw new IllegalArgumentException(e.kind() + ": " + e.getMessage(), e);
    }
  }

  /** The name of the directory the source file is in ({@code aljazeera} for {@code .../aljazeera/006.txt}), if any. */
  public Optional<String> dir() {
    if (source == null) {
      return Optional.empty();
    }
    String s = source.replace('\\', '/');
    int slash = s.lastIndexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    String parent = s.substring(0, slash);
    String name = parent.substring(parent.lastIndexOf('/') + 1);
    return name.isEmpty() || name.equals(".") || name.equals("..") ? Optional.empty() : Optional.of(name);
  }
}
