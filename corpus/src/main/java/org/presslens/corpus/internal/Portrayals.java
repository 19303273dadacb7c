package org.presslens.corpus.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Entity;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.corpus.EntityIdentity;
import org.presslens.corpus.EntityNames;
import org.presslens.corpus.EntityPortrayal;
import org.presslens.report.AnalysisReport;

/** Reduces a report's entities (with its stance and sentiment results) to one portrayal per identity. Not API. */
public final class Portrayals {

  /** Keys of the names seen, so that each distinct name is normalized once (bounded: cleared when full). */
  private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_KEYS = 200_000;

  private Portrayals() {
  }

  private static String key(String type, String name) {
    String cacheKey = type + '\u0000' + name;
    String key = KEYS.get(cacheKey);
    if (key == null) {
      if (KEYS.size() >= MAX_KEYS) {
        KEYS.clear();
      }
      key = EntityNames.key(type, name);
      KEYS.put(cacheKey, key);
    }
    return key;
  }

  /**
   * The portrayals of the report's entities, empty when the report has no entities result.
   *
   * @throws IllegalArgumentException when a result does not read as its type
   */
  public static Optional<List<EntityPortrayal>> of(AnalysisReport report) {
    Optional<EntitiesResult> entities = report.result(EntitiesResult.KEY);
    if (entities.isEmpty()) {
      return Optional.empty();
    }
    List<SentimentResult.SentenceSentiment> list = report.result(SentimentResult.KEY)
        .map(SentimentResult::sentences).orElse(List.of());
    int[] begins = list.stream().mapToInt(SentimentResult.SentenceSentiment::begin).toArray();
    int[] ends = list.stream().mapToInt(SentimentResult.SentenceSentiment::end).toArray();
    return Optional.of(of(entities.get(), report.result(StanceResult.KEY).orElse(null),
        new Sentences(report.article().text(), begins, ends), report.article().source(), report.article().title()));
  }

  /** The portrayals of {@code entities}, with the stances and the sentence bounds of the same article. */
  static List<EntityPortrayal> of(EntitiesResult entities, StanceResult stance, Sentences sentences, String source,
                                  String title) {
    Map<String, StanceResult.Stance> stances = stancesByEntity(stance);
    List<String> keys = new ArrayList<>();
    for (Entity e : entities.entities()) {
      keys.add(key(e.type(), e.name()));
    }
    Set<String> distinct = new LinkedHashSet<>(keys);
    EntityIdentity local = EntityIdentity.of(distinct);
    Map<String, Merged> merged = new LinkedHashMap<>();
    List<Entity> list = entities.entities();
    for (int i = 0; i < list.size(); i++) {
      String identity = local.identity(keys.get(i));
      merged.computeIfAbsent(identity, Merged::new).add(list.get(i), keys.get(i), stances.get(list.get(i).id()));
    }
    List<EntityPortrayal> out = new ArrayList<>(merged.size());
    for (Merged m : merged.values()) {
      out.add(m.portrayal(sentences, source, title));
    }
    return out;
  }

  private static Map<String, StanceResult.Stance> stancesByEntity(StanceResult result) {
    Map<String, StanceResult.Stance> out = new HashMap<>();
    if (result == null) {
      return out;
    }
    for (StanceResult.Stance s : result.stances()) {
      if (s.targetKind() == StanceResult.TargetKind.ENTITY && s.entityId() != null && s.label() != null) {
        out.merge(s.entityId(), s, (a, b) -> b.confidence() > a.confidence() ? b : a);
      }
    }
    return out;
  }

  /** The entities of one identity in one article, being merged. */
  private static final class Merged {
    private final String key;
    private String type;
    private String name;
    private boolean nameFromKey;
    private final Map<String, Integer> mentions = new HashMap<>();
    private Double salience;
    private double sentimentSum;
    private double sentimentWeight;
    private StanceResult.Stance stance;
    private Mention strongest;

    Merged(String key) {
      this.key = key;
    }

    void add(Entity e, String entityKey, StanceResult.Stance s) {
      if (name == null || (!nameFromKey && entityKey.equals(key))) {
        name = e.name();
        type = EntityNames.type(key);
        nameFromKey = entityKey.equals(key);
      }
      for (Mention m : e.mentions()) {
        mentions.merge(m.kind() == null ? "UNKNOWN" : m.kind().name(), 1, Integer::sum);
      }
      for (Mention m : e.namingMentions()) {
        if (m.voice() == Voice.AUTHOR && m.sentiment() != null && (strongest == null
            || Math.abs(m.sentiment().score()) > Math.abs(strongest.sentiment().score()))) {
          strongest = m;
        }
      }
      if (e.salience() != null) {
        salience = (salience == null ? 0 : salience) + e.salience();
      }
      if (e.sentiment() != null) {
        double weight = Math.max(1, e.sentiment().mentions());
        sentimentSum += e.sentiment().score() * weight;
        sentimentWeight += weight;
      }
      if (s != null && (stance == null || s.confidence() > stance.confidence())) {
        stance = s;
      }
    }

    EntityPortrayal portrayal(Sentences sentences, String source, String title) {
      EntityPortrayal.Example example = strongest == null ? null
          : sentences.example(strongest.begin(), strongest.end(), strongest.sentiment().score(), source, title);
      return new EntityPortrayal(key, type, name, mentions, salience,
          sentimentWeight > 0 ? sentimentSum / sentimentWeight : null,
          stance == null ? null : stance.label().name(), example);
    }
  }
}
