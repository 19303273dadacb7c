package org.presslens.analyzers.stance.topic;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;

/**
 * The built-in topic stance model {@code ngram}: one {@link TopicModel} (softmax regression over n-grams, SemEval-2016
 * train) per topic, from {@link TopicModels} (the shipped ones, or a folder given with {@code stance.topicModels}).
 */
public final class NgramTopicStanceProvider implements TopicStanceModelProvider {

  /** The provider's name. */
  public static final String NAME = "ngram";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "softmax regression over word and char n-grams per topic (SemEval-2016 val F_avg 0.709)";
  }

  @Override
  public int rank() {
    return 0;
  }

  @Override
  public Model load() {
    return of(TopicModels.bundled());
  }

  /** The model over {@code models}. */
  public static Model of(TopicModels models) {
    return new Model() {
      @Override
      public boolean knows(String topic) {
        return models.has(topic);
      }

      @Override
      public String id(String topic) {
        return "semeval2016-" + model(topic).target();
      }

      @Override
      public TopicProbabilities ofText(String topic, Article article, NlpDocument nlp, List<Sentence> sentences) {
        List<DocData.Tok> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Sentence s : sentences) {
          tokens.addAll(DocData.of(s).tokens());
          text.append(article.text(), s.begin(), s.end()).append(' ');
        }
        return TopicProbabilities.of(model(topic).probabilities(tokens, text.toString()));
      }

      @Override
      public TopicProbabilities ofSentence(String topic, Article article, NlpDocument nlp, Sentence sentence) {
        return TopicProbabilities.of(model(topic).probabilities(DocData.of(sentence).tokens(),
            article.text().substring(sentence.begin(), sentence.end())));
      }

      private TopicModel model(String topic) {
        return models.get(topic).orElseThrow(() -> new IllegalArgumentException("no topic model for '" + topic
            + "'"));
      }
    };
  }
}
