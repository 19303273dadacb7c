package org.presslens.encoder.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Entity;
import org.presslens.analyzers.entities.api.EntitiesResult.EntitySentiment;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionSentiment;
import org.presslens.analyzers.stance.entity.EntityStances;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentLabel;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.targeted.TargetedSentiment;

/**
 * An experiment for the entity-stance evaluation (issue #19) until the encoder is the {@code entities} analyzer's
 * sentiment model: copies a {@code presslens eval entity-stance --cache} folder, replacing every naming mention's
 * sentiment (and, with {@code --references}, the pronouns' and nominals') by the encoder targeted-sentiment model's
 * and the entity-level author and quoted sentiment by their mean, as the analyzer aggregates them. Then
 * {@code presslens eval entity-stance GOLD --cache OUT} scores the stance analyzer on those inputs.
 * <pre>
 * java -cp ... org.presslens.encoder.training.StanceInputsWithEncoder --cache DIR --out DIR2 \
 *     --model target/encoder/k2/target-sentiment [--references]
 * </pre>
 */
public final class StanceInputsWithEncoder {

  private StanceInputsWithEncoder() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, List<String>> a = Args.parse(args);
    Path from = Path.of(Args.one(a, "cache", null));
    Path to = Path.of(Args.one(a, "out", null));
    String model = Args.one(a, "model", null);
    boolean references = a.containsKey("references");
    EncoderWeights overrides;
    try (InputStream in = Files.newInputStream(Path.of(model + ".encoder.bin"))) {
      overrides = EncoderWeights.read(in);
    }
    EncoderWeights head;
    try (InputStream in = Files.newInputStream(Path.of(model + ".head.bin"))) {
      head = EncoderWeights.read(in);
    }
    Files.createDirectories(to);
    try (MiniLmEncoder encoder = MiniLmEncoder.create(overrides,
        new MiniLmEncoder.Options(TargetedSentiment.MAX_TOKENS, 32, 2));
         DirectoryStream<Path> files = Files.newDirectoryStream(from, "*.json.gz")) {
      TargetedSentiment sentiment = new TargetedSentiment(encoder, head);
      int n = 0;
      for (Path file : files) {
        rewrite(file, to.resolve(file.getFileName()), sentiment, references);
        System.err.println("rewrote " + (++n) + ": " + file.getFileName());
      }
    }
  }

  private static void rewrite(Path file, Path out, TargetedSentiment model, boolean references) throws IOException {
    EntityStances.Input in;
    try (InputStream is = new GZIPInputStream(Files.newInputStream(file))) {
      in = PresslensJson.mapper().readValue(is, EntityStances.Input.class);
    }
    List<Sentence> sentences = in.nlp().sentences();
    String text = in.article().text();
    List<TargetedSentiment.Target> targets = new ArrayList<>();
    Map<Mention, Integer> index = new HashMap<>();
    for (Entity e : in.entities().entities()) {
      for (Mention m : e.mentions()) {
        Sentence s = sentenceAt(sentences, m.begin());
        if (s == null || !references && m.kind() != null && m.kind().refersBack()) {
          continue;
        }
        index.put(m, targets.size());
        targets.add(new TargetedSentiment.Target(text.substring(s.begin(), s.end()), m.begin() - s.begin(),
            Math.min(m.end(), s.end()) - s.begin()));
      }
    }
    List<float[]> p = targets.isEmpty() ? List.of() : model.predict(targets);
    List<Entity> entities = new ArrayList<>();
    for (Entity e : in.entities().entities()) {
      List<Mention> mentions = new ArrayList<>();
      for (Mention m : e.mentions()) {
        Integer k = index.get(m);
        mentions.add(new Mention(m.begin(), m.end(), m.text(), m.kind(), m.voice(),
            k == null ? null : sentiment(p.get(k))));
      }
      entities.add(new Entity(e.id(), e.name(), e.type(), e.subtype(), e.salience(), mentions,
          aggregate(mentions, Voice.AUTHOR), aggregate(mentions, Voice.QUOTED)));
    }
    EntityStances.Input rewritten = new EntityStances.Input(in.article(), in.nlp(), new EntitiesResult(entities),
        in.sentiment());
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out))) {
      PresslensJson.mapper().writeValue(os, rewritten);
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("cannot write " + out + ": " + e.getMessage(), e));
    }
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.begin() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** The mention sentiment of P(negative, neutral, positive): the most probable label, P(pos) - P(neg), its P. */
  private static MentionSentiment sentiment(float[] p) {
    int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
    SentimentLabel label = best == 0 ? SentimentLabel.NEGATIVE : best == 1 ? SentimentLabel.NEUTRAL
        : SentimentLabel.POSITIVE;
    return new MentionSentiment(label, round(p[2] - p[0]), round(p[best]));
  }

  /** The entities analyzer's aggregation: mean score of the voice's scored mentions, MIXED for a near-0 mix. */
  private static EntitySentiment aggregate(List<Mention> mentions, Voice voice) {
    double sum = 0;
    double magnitude = 0;
    int n = 0;
    boolean positive = false;
    boolean negative = false;
    for (Mention m : mentions) {
      MentionSentiment s = m.sentiment();
      if (m.voice() != voice || s == null) {
        continue;
      }
      sum += s.score();
      magnitude += Math.abs(s.score());
      n++;
      positive |= s.label() == SentimentLabel.POSITIVE && s.confidence() >= 0.5;
      negative |= s.label() == SentimentLabel.NEGATIVE && s.confidence() >= 0.5;
    }
    if (n == 0) {
      return null;
    }
    double score = sum / n;
    SentimentLabel label = positive && negative && Math.abs(score) < 0.15 ? SentimentLabel.MIXED
        : SentimentLabel.ofScore(score);
    return new EntitySentiment(label, round(score), round(magnitude), n);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
