package org.presslens.analyzers.stance.claim;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Evidence;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;

/**
 * The article body's stance toward a claim (or headline) with the {@link ClaimModel}: AGREE, DISAGREE, DISCUSS or
 * UNRELATED; the evidence is the body sentences closest to the claim (TF-IDF cosine).
 */
public final class ClaimStances {

  static final int MAX_EVIDENCE = 3;
  static final double MIN_COSINE = 0.05;
  private static final Label[] LABELS = {Label.AGREE, Label.DISAGREE, Label.DISCUSS, Label.UNRELATED};

  private ClaimStances() {
  }

  public static StanceResult.Stance analyze(Article article, NlpDocument nlp, String claim, ClaimModel model) {
    DocData body = DocData.of(nlp);
    ClaimFeatures.Claim c = new ClaimFeatures.Claim(DocData.ofShortText(claim));
    ClaimFeatures.Body b = new ClaimFeatures.Body(body, model.idf());
    double[] p = model.probabilities(ClaimFeatures.of(c, b, model.idf()));
    int decided = ClaimModel.decide(p);
    Label label = LABELS[decided];
    double[] cos = ClaimFeatures.sentenceCosines(c, b, model.idf());
    List<Evidence> evidence = new ArrayList<>();
    if (label != Label.UNRELATED) {
      int[] top = ClaimFeatures.topSentences(cos, MAX_EVIDENCE);
      double total = 0;
      for (int i : top) {
        total += cos[i] >= MIN_COSINE ? cos[i] : 0;
      }
      List<Sentence> sentences = nlp.sentences();
      for (int i : top) {
        if (cos[i] < MIN_COSINE) {
          continue;
        }
        Sentence s = sentences.get(i);
        evidence.add(new Evidence(s.begin(), s.end(), article.text().substring(s.begin(), s.end()), label,
            round(cos[i] / total)));
      }
    }
    return new StanceResult.Stance(claim, StanceResult.TargetKind.CLAIM, null, label, round(p[decided]),
        round(p[ClaimModel.AGREE] - p[ClaimModel.DISAGREE]), evidence, "fnc1-two-stage-gbdt");
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
