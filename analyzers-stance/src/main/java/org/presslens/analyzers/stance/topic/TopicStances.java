package org.presslens.analyzers.stance.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.analyzers.stance.api.StanceResult.Evidence;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import org.presslens.model.Article;
import org.presslens.model.Span;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;

/**
 * The author's stance toward a topic with a topic stance model ({@link TopicStanceModelProvider}): the model reads the author-voice text of the
 * article as a whole (quoted sentences left out) for the label, and each author-voice sentence for the evidence.
 */
public final class TopicStances {

  static final int MAX_EVIDENCE = 3;

  private TopicStances() {
  }

  public static StanceResult.Stance analyze(Article article, NlpDocument nlp, String topic,
                                           TopicStanceModelProvider.Model model) {
    QuoteSpans quotes = QuoteSpans.of(article);
    String key = TopicModels.canonical(topic);
    List<double[]> perSentence = new ArrayList<>();
    List<Sentence> kept = new ArrayList<>();
    for (Sentence s : nlp.sentences()) {
      if (quotes.voiceOf(new Span(s.begin(), s.end())) != Voice.AUTHOR) {
        continue;
      }
      perSentence.add(model.ofSentence(key, article, nlp, s).toArray());
      kept.add(s);
    }
    double[] p = model.ofText(key, article, nlp, kept).toArray();
    int best = 0;
    for (int c = 1; c < 3; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    Label label = best == TopicModel.FAVOR ? Label.FAVOR : best == TopicModel.AGAINST ? Label.AGAINST : Label.NONE;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      order.add(i);
    }
    int cls = best;
    order.sort(Comparator.comparingDouble(i -> -perSentence.get(i)[cls]));
    List<Integer> top = new ArrayList<>();
    for (int i : order) {
      double[] q = perSentence.get(i);
      if (top.size() < MAX_EVIDENCE && label != Label.NONE && q[cls] > q[TopicModel.NONE]
          && q[cls] >= Math.max(q[TopicModel.FAVOR], q[TopicModel.AGAINST])) {
        top.add(i);
      }
    }
    double total = top.stream().mapToDouble(i -> perSentence.get(i)[cls]).sum();
    List<Evidence> evidence = new ArrayList<>();
    for (int i : top) {
      Sentence s = kept.get(i);
      evidence.add(new Evidence(s.begin(), s.end(), article.text().substring(s.begin(), s.end()), label,
          round(perSentence.get(i)[cls] / total)));
    }
    return new StanceResult.Stance(topic, StanceResult.TargetKind.TOPIC, null, label, round(p[best]),
        round(p[TopicModel.FAVOR] - p[TopicModel.AGAINST]), evidence, model.id(key));
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
