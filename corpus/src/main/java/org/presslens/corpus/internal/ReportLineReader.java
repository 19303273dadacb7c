package org.presslens.corpus.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.corpus.ArticlePortrayal;
import org.presslens.corpus.BadInput;
import org.presslens.json.PresslensJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads one JSONL report line straight into an {@link ArticlePortrayal}, streaming: it binds only the entities and
 * stance results and the sentence bounds of the sentiment result, and skips the rest of the report (sections,
 * repairs, the other results). Four to eight times faster than reading the whole typed report with core's
 * {@code ReportReader} (docs/corpus.md), with the same checks: an error record, a schema version other than 1.x and
 * malformed or truncated JSON are refused. Thread-safe. Not API.
 */
public final class ReportLineReader {
  private final ObjectMapper mapper = PresslensJson.mapper();
  private final ObjectReader entitiesReader = mapper.readerFor(EntitiesResult.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final ObjectReader stanceReader = mapper.readerFor(StanceResult.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A line that is not a usable report. */
  public static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;
    private final BadInput.Kind kind;

    BadLine(BadInput.Kind kind, String message) {
      super(message, null, false, false);
      this.kind = kind;
    }

    public BadInput.Kind kind() {
      return kind;
    }
  }

  /** The portrayal of the report on {@code line}. */
  public ArticlePortrayal read(String line) throws BadLine {
    try (JsonParser p = mapper.createParser(line)) {
      Fields f = new Fields();
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadLine(BadInput.Kind.MALFORMED, "not a JSON report: expected an object");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "schemaVersion" -> f.version = value == JsonToken.VALUE_STRING ? p.getString() : "";
          case "input" -> f.input = value == JsonToken.VALUE_STRING ? p.getString() : null;
          case "error" -> f.error = value == JsonToken.VALUE_STRING ? p.getString() : "";
          case "article" -> article(p, f);
          case "results" -> results(p, f);
          default -> p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new BadLine(BadInput.Kind.MALFORMED, "not a JSON report: unexpected content after the report");
      }
      return f.portrayal();
    } catch (JacksonException e) {
      throw new BadLine(e instanceof tools.jackson.core.exc.StreamReadException ? BadInput.Kind.MALFORMED
          : BadInput.Kind.INVALID_REPORT, (e instanceof tools.jackson.core.exc.StreamReadException
          ? "not a JSON report: " : "") + e.getOriginalMessage());
    }
  }

  private static void article(JsonParser p, Fields f) throws BadLine {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new BadLine(BadInput.Kind.INVALID_REPORT, "'article' is not an object");
    }
    f.hasArticle = true;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      String s = value == JsonToken.VALUE_STRING ? p.getString() : null;
      switch (name) {
        case "id" -> f.id = s;
        case "source" -> f.source = s;
        case "title" -> f.title = s;
        case "outlet" -> f.outlet = s;
        case "published" -> f.published = s;
        case "text" -> f.text = s;
        case "authors" -> {
          if (value == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              if (p.currentToken() == JsonToken.VALUE_STRING) {
                f.authors.add(p.getString());
              } else {
                p.skipChildren();
              }
            }
          }
        }
        default -> p.skipChildren();
      }
    }
  }

  private void results(JsonParser p, Fields f) {
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "entities" -> f.entities = entitiesReader.readValue(p);
        case "stance" -> f.stance = stanceReader.readValue(p);
        case "sentiment" -> sentences(p, f);
        default -> p.skipChildren();
      }
    }
  }

  private static void sentences(JsonParser p, Fields f) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (!name.equals("sentences") || value != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        int begin = -1;
        int end = -1;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String field = p.currentName();
          JsonToken v = p.nextToken();
          if (field.equals("begin") && v == JsonToken.VALUE_NUMBER_INT) {
            begin = p.getIntValue();
          } else if (field.equals("end") && v == JsonToken.VALUE_NUMBER_INT) {
            end = p.getIntValue();
          } else {
            p.skipChildren();
          }
        }
        f.begins.add(begin);
        f.ends.add(end);
      }
    }
  }

  /** What the reader collected from one line. */
  private static final class Fields {
    String version;
    String input;
    String error;
    boolean hasArticle;
    String id;
    String source;
    String title;
    String outlet;
    String published;
    String text;
    final List<String> authors = new ArrayList<>();
    EntitiesResult entities;
    StanceResult stance;
    final List<Integer> begins = new ArrayList<>();
    final List<Integer> ends = new ArrayList<>();

    ArticlePortrayal portrayal() throws BadLine {
      if (version == null || !version.startsWith("1.")) {
        throw new BadLine(BadInput.Kind.SCHEMA_VERSION, "unsupported report schema version '"
            + (version == null ? "" : version) + "' (this reader reads 1.x)");
      }
      if (error != null && !hasArticle) {
        throw new BadLine(BadInput.Kind.ERROR_RECORD, "an error record, not a report: " + error);
      }
      if (!hasArticle || id == null || text == null) {
        throw new BadLine(BadInput.Kind.INVALID_REPORT, "no article with an id and a text");
      }
      LocalDate date = null;
      if (published != null) {
        try {
          date = LocalDate.parse(published);
        } catch (DateTimeParseException e) {
          throw new BadLine(BadInput.Kind.INVALID_REPORT, "published '" + published
              + "' is not a date (YYYY-MM-DD)");
        }
      }
      List<org.presslens.corpus.EntityPortrayal> portrayals = entities == null ? List.of()
          : Portrayals.of(entities, stance, new Sentences(text, begins.stream().mapToInt(Integer::intValue).toArray(),
          ends.stream().mapToInt(Integer::intValue).toArray()), source, title);
      return new ArticlePortrayal(source, id, title, outlet, authors, date, entities != null, portrayals);
    }
  }
}
