package org.presslens.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.report.AnalysisReport;
import org.presslens.result.EntitiesResult;
import org.presslens.result.SentimentResult;
import tools.jackson.databind.JsonNode;

/**
 * What the HTML page shows of one report, extracted once: the typed sentiment and entities results (converted from
 * a JSON tree when the report was read back from JSON), the stance result as a JSON tree (rendered generically, so
 * any version of the stance analyzer shows), every other result as a JSON tree, and the text units (sentences) that
 * links point to.
 */
final class ReportView {
  static final String SENTIMENT = "sentiment";
  static final String ENTITIES = "entities";
  static final String STANCE = "stance";

  final AnalysisReport report;
  final Article article;
  final String text;
  final SentimentResult sentiment;
  final EntitiesResult entities;
  final JsonNode stance;
  final Map<String, JsonNode> others = new LinkedHashMap<>();
  /** Sentence-like units inside paragraphs, sorted, non-overlapping: the targets of evidence and repair links. */
  final List<Unit> units;
  /** Entity mentions inside the text, sorted, non-overlapping. */
  final List<MentionRef> mentions;
  /** Stance evidence spans inside the text. */
  final List<Evidence> evidence;

  /** A sentence (or an evidence span when there is no sentence) that gets an anchor {@code s<begin>}. */
  record Unit(int begin, int end, SentimentResult.SentenceSentiment sentence) {
    String anchor() {
      return "s" + begin;
    }
  }

  record MentionRef(int begin, int end, EntitiesResult.Entity entity, EntitiesResult.Mention mention) {
  }

  record Evidence(int begin, int end, String target, String label) {
  }

  private ReportView(AnalysisReport report) {
    this.report = report;
    this.article = report.article();
    this.text = article.text();
    SentimentResult s = null;
    EntitiesResult e = null;
    JsonNode st = null;
    for (Map.Entry<String, Object> r : report.results().entrySet()) {
      switch (r.getKey()) {
        case SENTIMENT -> {
          s = typed(r.getValue(), SentimentResult.class);
          if (s == null) {
            others.put(r.getKey(), tree(r.getValue()));
          }
        }
        case ENTITIES -> {
          e = typed(r.getValue(), EntitiesResult.class);
          if (e == null) {
            others.put(r.getKey(), tree(r.getValue()));
          }
        }
        case STANCE -> st = tree(r.getValue());
        default -> others.put(r.getKey(), tree(r.getValue()));
      }
    }
    this.sentiment = s;
    this.entities = e;
    this.stance = st;
    this.evidence = collectEvidence();
    this.units = collectUnits();
    this.mentions = collectMentions();
  }

  static ReportView of(AnalysisReport report) {
    return new ReportView(report);
  }

  private static <T> T typed(Object value, Class<T> type) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    try {
      return PresslensJson.mapper().convertValue(value, type);
    } catch (RuntimeException e) {
      return null; // an unexpected shape: shown as JSON instead
    }
  }

  static JsonNode tree(Object value) {
    return PresslensJson.mapper().valueToTree(value);
  }

  boolean validSpan(int begin, int end) {
    return 0 <= begin && begin <= end && end <= text.length();
  }

  private List<Evidence> collectEvidence() {
    List<Evidence> found = new ArrayList<>();
    if (stance == null) {
      return found;
    }
    for (JsonNode item : stances()) {
      for (JsonNode ev : item.path("evidence")) {
        if (ev.path("begin").isNumber() && ev.path("end").isNumber()
            && validSpan(ev.path("begin").asInt(), ev.path("end").asInt())) {
          found.add(new Evidence(ev.path("begin").asInt(), ev.path("end").asInt(), str(item, "target"),
              str(ev, "label").isEmpty() ? str(item, "label") : str(ev, "label")));
        }
      }
    }
    return found;
  }

  /** The stance items: {@code stance.stances} when it is an array, else nothing. */
  List<JsonNode> stances() {
    List<JsonNode> items = new ArrayList<>();
    if (stance != null && stance.path("stances").isArray()) {
      stance.path("stances").forEach(items::add);
    }
    return items;
  }

  static String str(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? "" : v.isValueNode() ? v.asString() : v.toString();
  }

  private List<Unit> collectUnits() {
    List<Unit> candidates = new ArrayList<>();
    if (sentiment != null && !sentiment.sentences().isEmpty()) {
      for (SentimentResult.SentenceSentiment s : sentiment.sentences()) {
        if (validSpan(s.begin(), s.end())) {
          candidates.add(new Unit(s.begin(), s.end(), s));
        }
      }
    } else {
      evidence.forEach(ev -> candidates.add(new Unit(ev.begin(), ev.end(), null)));
    }
    candidates.sort(Comparator.comparingInt(Unit::begin).thenComparingInt(u -> -u.end()));
    List<Unit> kept = new ArrayList<>();
    int lastEnd = -1;
    for (Unit u : candidates) {
      if (u.begin() >= lastEnd && u.end() > u.begin() && paragraphOf(u.begin()) == paragraphOf(u.end() - 1)) {
        kept.add(u);
        lastEnd = u.end();
      }
    }
    return kept;
  }

  private List<MentionRef> collectMentions() {
    List<MentionRef> all = new ArrayList<>();
    if (entities == null) {
      return all;
    }
    for (EntitiesResult.Entity e : entities.entities()) {
      for (EntitiesResult.Mention m : e.mentions()) {
        if (validSpan(m.begin(), m.end()) && m.end() > m.begin()) {
          all.add(new MentionRef(m.begin(), m.end(), e, m));
        }
      }
    }
    all.sort(Comparator.comparingInt(MentionRef::begin).thenComparingInt(m -> -m.end()));
    List<MentionRef> kept = new ArrayList<>();
    int lastEnd = -1;
    for (MentionRef m : all) {
      if (m.begin() >= lastEnd) {
        kept.add(m);
        lastEnd = m.end();
      }
    }
    return kept;
  }

  /** The paragraph holding {@code offset}, or null. */
  Paragraph paragraphOf(int offset) {
    for (Paragraph p : article.paragraphs()) {
      if (p.begin() <= offset && offset < p.end()) {
        return p;
      }
    }
    return null;
  }

  /** The anchor of the unit (else the paragraph) holding {@code offset}, for links into the text. */
  String anchorFor(int offset) {
    for (Unit u : units) {
      if (u.begin() <= offset && offset < u.end()) {
        return u.anchor();
      }
    }
    Paragraph p = paragraphOf(offset);
    return p != null ? "p" + p.begin() : "text";
  }

  private Map<String, String> entityAnchors;

  /** The id of the entity table row of {@code e}: {@code entity-} and the entity id made safe, unique. */
  String entityAnchor(EntitiesResult.Entity e) {
    return entityAnchors().get(e.id() + "\u0000" + e.name());
  }

  /** The row id of the entity with {@code id}, or null. */
  String entityAnchorById(String id) {
    if (entities == null || id == null || id.isEmpty()) {
      return null;
    }
    for (EntitiesResult.Entity e : entities.entities()) {
      if (id.equals(e.id())) {
        return entityAnchor(e);
      }
    }
    return null;
  }

  private Map<String, String> entityAnchors() {
    if (entityAnchors == null) {
      entityAnchors = new LinkedHashMap<>();
      java.util.Set<String> used = new java.util.HashSet<>();
      int n = 0;
      for (EntitiesResult.Entity e : entities == null ? List.<EntitiesResult.Entity>of() : entities.entities()) {
        n++;
        String base = "entity-" + String.valueOf(e.id()).replaceAll("[^A-Za-z0-9_-]", "_");
        String anchor = used.add(base) ? base : base + "-" + n;
        used.add(anchor);
        entityAnchors.putIfAbsent(e.id() + "\u0000" + e.name(), anchor);
      }
    }
    return entityAnchors;
  }

  /** The stance evidence inside {@code unit}. */
  List<Evidence> evidenceIn(Unit unit) {
    List<Evidence> in = new ArrayList<>();
    for (Evidence ev : evidence) {
      if (unit.begin() <= ev.begin() && ev.begin() < Math.max(unit.end(), unit.begin() + 1)) {
        in.add(ev);
      }
    }
    return in;
  }
}
