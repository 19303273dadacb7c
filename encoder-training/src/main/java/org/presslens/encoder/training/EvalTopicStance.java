package org.presslens.encoder.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.analyzers.stance.topic.TopicModel;
import org.presslens.encoder.training.heads.HeadFit;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.engine.EncoderEngine;
import org.presslens.training.ml.Metrics;
import org.presslens.training.stance.AnnotatedTexts;
import org.presslens.training.stance.SemevalData;
import org.presslens.training.stance.TopicTraining;

/**
 * Scores topic stance model plugins ({@link TopicStanceModelProvider}, found with {@link ServiceLoader} as the stance
 * analyzer finds them) on a SemEval split through the run-time path: each tweet an article, annotated by the CoreNLP
 * engine (tokens, POS, lemmas) and the encoder engine ({@code encoder:token-states}), its stance the model's
 * {@code ofText} over all its sentences; F_avg as {@code presslens eval semeval} computes it.
 *
 * <pre>
 * java -cp ... org.presslens.encoder.training.EvalTopicStance --data semeval2016-stance [--split val] \
 *     [--model encoder] [--model ngram]
 * </pre>
 */
public final class EvalTopicStance {

  private EvalTopicStance() {
  }

  public static void main(String[] args) {
    Map<String, List<String>> a = Args.parse(args);
    java.nio.file.Path data = java.nio.file.Path.of(Args.one(a, "data", null));
    String split = Args.one(a, "split", "val");
    List<String> names = a.getOrDefault("model", List.of("encoder", "ngram"));
    List<TopicStanceModelProvider.Model> models = new ArrayList<>();
    Set<NlpLayer<?>> extra = new LinkedHashSet<>();
    for (String name : names) {
      TopicStanceModelProvider p = ServiceLoader.load(TopicStanceModelProvider.class).stream()
          .map(ServiceLoader.Provider::get).filter(x -> x.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no topic stance model '" + name + "' on the class path"));
      models.add(p.load());
      extra.addAll(p.requires());
    }
    NlpEngine engine = Engines.named("corenlp");
    EncoderEngine encoder = new EncoderEngine(MiniLmEncoder::shared);
    List<Metrics> pooled = new ArrayList<>();
    names.forEach(n -> pooled.add(new Metrics(3)));
    long t0 = System.nanoTime();
    for (String target : SemevalData.targets(data, split)) {
      SemevalData.Split s = SemevalData.read(data, target, split);
      List<Metrics> per = new ArrayList<>();
      names.forEach(n -> per.add(new Metrics(3)));
      for (int i = 0; i < s.texts().size(); i++) {
        Article article = AnnotatedTexts.article(s.texts().get(i));
        NlpDocument nlp = engine.annotate(article, AnnotatedTexts.LAYERS);
        if (extra.contains(EncoderEngine.TOKEN_STATES)) {
          nlp = nlp.with(EncoderEngine.TOKEN_STATES, encoder.annotate(article, nlp, Set.of(EncoderEngine.TOKEN_STATES))
              .layer(EncoderEngine.TOKEN_STATES));
        }
        for (int m = 0; m < models.size(); m++) {
          double[] p = models.get(m).ofText(target, article, nlp, nlp.sentences()).toArray();
          per.get(m).add(s.labels().get(i), HeadFit.argmax(p));
        }
      }
      for (int m = 0; m < models.size(); m++) {
        pooled.get(m).addAll(per.get(m));
        System.out.printf(Locale.ROOT, "%s %s: n %d F_avg %.4f%n", names.get(m), target, per.get(m).count(),
            TopicTraining.fAvg(per.get(m)));
      }
    }
    for (int m = 0; m < models.size(); m++) {
      Metrics p = pooled.get(m);
      System.out.printf(Locale.ROOT, "%s: %s n %d F_avg %.4f F1 favor %.4f against %.4f accuracy %.4f (%.0f s)%n",
          names.get(m), split, p.count(), TopicTraining.fAvg(p), p.f1(TopicModel.FAVOR), p.f1(TopicModel.AGAINST),
          p.accuracy(), (System.nanoTime() - t0) / 1e9);
    }
  }
}
