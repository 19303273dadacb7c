package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The length cap in front of the parser and the sentiment model; no model involved. */
class LengthCappedAnnotatorTest {

  /** Records the sentences it is given and marks them as a parser would. */
  private static final class RecordingAnnotator implements Annotator {
    final List<Integer> seen = new ArrayList<>();

    @Override
    public void annotate(Annotation annotation) {
      for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        seen.add(s.get(CoreAnnotations.TokensAnnotation.class).size());
        s.set(TreeCoreAnnotations.TreeAnnotation.class, null);
        s.set(CoreAnnotations.TextAnnotation.class, "visited");
      }
    }


    @Override
    @SuppressWarnings("rawtypes") // the CoreNLP interface uses the raw type
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
      return Set.of(TreeCoreAnnotations.TreeAnnotation.class);
    }


    @Override
    @SuppressWarnings("rawtypes") // the CoreNLP interface uses the raw type
    public Set<Class<? extends CoreAnnotation>> requires() {
      return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class);
    }
  }

  private static CoreMap sentence(int tokens) {
    List<CoreLabel> labels = new ArrayList<>();
    for (int i = 0; i < tokens; i++) {
      labels.add(new CoreLabel());
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, labels);
    return s;
  }

  @Test
  void delegateSeesOnlySentencesWithinTheCapAndWritesIntoTheOriginals() {
    List<CoreMap> sentences = List.of(sentence(3), sentence(11), sentence(10), sentence(5000));
    Annotation doc = new Annotation("text");
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    RecordingAnnotator delegate = new RecordingAnnotator();

    new LengthCappedAnnotator(delegate, 10).annotate(doc);

    assertThat(delegate.seen).containsExactly(3, 10);
    assertThat(doc.get(CoreAnnotations.SentencesAnnotation.class)).hasSize(4);
    assertThat(sentences).extracting(s -> s.get(CoreAnnotations.TextAnnotation.class))
        .containsExactly("visited", null, "visited", null);
  }

  @Test
  void allSentencesOverTheCapMeansNoCall() {
    Annotation doc = new Annotation("text");
    doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence(20)));
    RecordingAnnotator delegate = new RecordingAnnotator();
    new LengthCappedAnnotator(delegate, 10).annotate(doc);
    new LengthCappedAnnotator(delegate, 10).annotate(new Annotation("no sentences"));
    assertThat(delegate.seen).isEmpty();
  }

  @Test
  void requirementsAreTheDelegates() {
    RecordingAnnotator delegate = new RecordingAnnotator();
    LengthCappedAnnotator capped = new LengthCappedAnnotator(delegate, 10);
    assertThat(capped.requires()).isEqualTo(delegate.requires());
    assertThat(capped.requirementsSatisfied()).isEqualTo(delegate.requirementsSatisfied());
    assertThat(LengthCappedAnnotator.overCap(10, 10)).isFalse();
    assertThat(LengthCappedAnnotator.overCap(11, 10)).isTrue();
  }
}
