package org.presslens.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Entity;
import org.presslens.analyzers.entities.api.EntitiesResult.EntitySentiment;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionSentiment;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.SentimentLabel;
import org.presslens.report.AnalysisReport;

/** Small hand-made reports (dated where a test groups by time) written as the JSONL lines analyze writes. */
final class Fixtures {
  private Fixtures() {
  }

  /** An entity of a fixture: its name, type, author-voice sentiment (or null) and stance label (or null). */
  record E(String name, String type, Double sentiment, String stance) {
    static E person(String name, Double sentiment) {
      return new E(name, "PERSON", sentiment, null);
    }
  }

  /** A report of an article {@code id} at {@code source} with {@code entities}, each mentioned by name once. */
  static AnalysisReport report(String id, String source, String outlet, LocalDate published, List<String> authors,
                               E... entities) {
    StringBuilder text = new StringBuilder();
    List<Entity> list = new ArrayList<>();
    List<StanceResult.Stance> stances = new ArrayList<>();
    for (E e : entities) {
      int begin = text.length();
      text.append(e.name());
      int end = text.length();
      text.append(" was in the news today. ");
      MentionSentiment ms = e.sentiment() == null ? null
          : new MentionSentiment(SentimentLabel.ofScore(e.sentiment()), e.sentiment(), 0.8);
      String entityId = e.type().toLowerCase() + ":" + e.name().toLowerCase().replace(' ', '-');
      list.add(new Entity(entityId, e.name(), e.type(), null, 0.5,
          List.of(new Mention(begin, end, e.name(), MentionKind.NAME, Voice.AUTHOR, ms)),
          e.sentiment() == null ? null : new EntitySentiment(SentimentLabel.ofScore(e.sentiment()), e.sentiment(),
              Math.abs(e.sentiment()), 1)));
      if (e.stance() != null) {
        stances.add(new StanceResult.Stance(e.name(), StanceResult.TargetKind.ENTITY, entityId,
            StanceResult.Label.valueOf(e.stance()), 0.7, 0.1, List.of(), "entity-cues-1"));
      }
    }
    Article article = Article.builder().id(id).source(source).outlet(outlet).published(published).authors(authors)
        .title("Title " + id).language("en").paragraph(text.toString().strip()).build();
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("entities", new EntitiesResult(list));
    results.put("stance", new StanceResult(stances));
    return new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, results, List.of(), Map.of());
  }

  static String line(AnalysisReport report) {
    return PresslensJson.mapper().writeValueAsString(report);
  }
}
