package org.presslens.encoder.training.heads;

import java.util.List;
import org.presslens.models.encoder.heads.Pooling;
import org.presslens.models.encoder.heads.SentenceSummary;

/**
 * Encoded texts (the summaries of each text's sentences) with their gold class.
 *
 * @param texts  per text, its sentences' summaries
 * @param labels per text, its class
 */
public record LabelledTexts(List<List<SentenceSummary>> texts, int[] labels) {

  public LabelledTexts {
    texts = List.copyOf(texts);
    labels = labels.clone();
    if (texts.size() != labels.length) {
      throw new IllegalArgumentException(texts.size() + " texts but " + labels.length + " labels");
    }
  }

  /** The pooled features of each text. */
  public List<float[]> features(Pooling pooling) {
    return texts.stream().map(pooling::features).toList();
  }
}
