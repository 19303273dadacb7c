package org.presslens.analyzers.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.analysis.QuoteSpans;
import org.presslens.model.Span;
import org.presslens.nlp.EntityMention;
import org.presslens.result.EntitiesResult;
import org.presslens.result.EntitiesResult.Entity;
import org.presslens.result.EntitiesResult.Mention;
import org.presslens.result.EntitiesResult.MentionKind;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Analyzer;

/**
 * Groups the NER layer's mentions into entities: mentions with the same type and the same name (whitespace folded)
 * are one entity, in order of first mention.
 */
final class EntitiesAnalyzer implements Analyzer<EntitiesResult> {

  @Override
  public EntitiesResult analyze(AnalysisContext context) {
    QuoteSpans quotes = QuoteSpans.of(context.article());
    Map<String, Group> groups = new LinkedHashMap<>();
    for (EntityMention m : context.nlp().mentions()) {
      EntityTypes.of(m.type()).ifPresent(typed -> {
        String name = m.text().replaceAll("\\s+", " ").trim();
        String id = typed.type().toLowerCase(Locale.ROOT) + ":" + slug(name);
        Group g = groups.computeIfAbsent(id, k -> new Group(id, name, typed));
        g.mentions.add(new Mention(m.begin(), m.end(), m.text(), MentionKind.NAME,
            quotes.voiceOf(new Span(m.begin(), m.end()))));
      });
    }
    List<Entity> entities = new ArrayList<>();
    for (Group g : groups.values()) {
      entities.add(new Entity(g.id, g.name, g.typed.type(), g.typed.subtype(), null, g.mentions, null));
    }
    return new EntitiesResult(entities);
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static final class Group {
    final String id;
    final String name;
    final EntityTypes.Typed typed;
    final List<Mention> mentions = new ArrayList<>();

    Group(String id, String name, EntityTypes.Typed typed) {
      this.id = id;
      this.name = name;
      this.typed = typed;
    }
  }
}
