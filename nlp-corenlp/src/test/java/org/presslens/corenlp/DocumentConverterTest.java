package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;

/** Conversion of a hand-built CoreNLP document (what tokenize, pos, lemma and ner would give); no model involved. */
class DocumentConverterTest {
  private static final String TEXT = "The president met Vladimir Putin.\n\nHe left.";

  private static CoreLabel token(int begin, int end, int sentence, int index, String pos, String ner, String coarse) {
    CoreLabel label = new CoreLabel();
    label.setBeginPosition(begin);
    label.setEndPosition(end);
    label.setWord(TEXT.substring(begin, end));
    label.setOriginalText(TEXT.substring(begin, end));
    label.setSentIndex(sentence);
    label.setIndex(index);
    label.setTag(pos);
    label.setLemma(TEXT.substring(begin, end).toLowerCase(java.util.Locale.ROOT));
    label.setNER(ner);
    if (coarse != null) {
      label.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, coarse);
    }
    return label;
  }

  private static CoreMap span(List<CoreLabel> tokens) {
    CoreMap map = new ArrayCoreMap();
    map.set(CoreAnnotations.TokensAnnotation.class, tokens);
    map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(0).beginPosition());
    map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, tokens.get(tokens.size() - 1).endPosition());
    return map;
  }

  private static Annotation annotation() {
    List<CoreLabel> first = List.of(
        token(0, 3, 0, 1, "DT", "O", "O"),
        token(4, 13, 0, 2, "NN", "TITLE", "O"), // a type only fine-grained NER gives
        token(14, 17, 0, 3, "VBD", "O", "O"),
        token(18, 26, 0, 4, "NNP", "PERSON", "PERSON"),
        token(27, 32, 0, 5, "NNP", "PERSON", "PERSON"),
        token(32, 33, 0, 6, ".", "O", "O"));
    List<CoreLabel> second = List.of(
        token(35, 37, 1, 1, "PRP", "O", null),
        token(38, 42, 1, 2, "VBD", "O", null),
        token(42, 43, 1, 3, ".", "O", null));
    Annotation doc = new Annotation(TEXT);
    doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(span(first), span(second)));
    List<CoreMap> mentions = new ArrayList<>();
    mentions.add(span(second.subList(0, 1))); // CoreNLP's pronominal mention "He"
    mentions.add(span(first.subList(3, 5)));
    mentions.add(span(first.subList(1, 2)));
    doc.set(CoreAnnotations.MentionsAnnotation.class, mentions);
    return doc;
  }

  @Test
  void convertsTokensSentencesAndMentions() {
    NlpDocument doc = new DocumentConverter(TEXT, Set.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA,
        NlpLayer.NER), 80).convert(annotation());

    assertThat(doc.sentences()).extracting(Sentence::index, Sentence::begin, Sentence::end)
        .containsExactly(Tuple.tuple(0, 0, 33), Tuple.tuple(1, 35, 43));
    Sentence first = doc.sentences().get(0);
    assertThat(first.tokens()).extracting(t -> t.text()).containsExactly("The", "president", "met", "Vladimir",
        "Putin", ".");
    assertThat(first.tokens()).extracting(t -> t.ner()).containsExactly("O", "TITLE", "O", "PERSON", "PERSON", "O");
    assertThat(first.tokens().get(3).pos()).isEqualTo("NNP");
    assertThat(first.tokens().get(3).lemma()).isEqualTo("vladimir");
    assertThat(first.parse()).isNull();
    assertThat(first.parseCapped()).isFalse();
    // Sorted by offset; the pronoun is left out.
    assertThat(doc.mentions()).containsExactly(
        new EntityMention(4, 13, "president", "TITLE", 0, 1, 2),
        new EntityMention(18, 32, "Vladimir Putin", "PERSON", 0, 3, 5));
  }

  @Test
  void leavesOutWhatWasNotRequested() {
    NlpDocument doc = new DocumentConverter(TEXT, Set.of(NlpLayer.TOKENS), 80).convert(annotation());
    assertThat(doc.layers()).containsExactly(NlpLayer.TOKENS);
    assertThat(doc.mentions()).isEmpty();
    assertThat(doc.sentences()).flatExtracting(Sentence::tokens).allSatisfy(t -> {
      assertThat(t.pos()).isNull();
      assertThat(t.lemma()).isNull();
      assertThat(t.ner()).isNull();
    });
  }

  @Test
  void aRequestedParseThatIsMissingIsReportedAsCapped() {
    NlpDocument doc = new DocumentConverter(TEXT, Set.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.PARSE), 3)
        .convert(annotation());
    // Sentence 0 has 6 tokens (over the cap of 3); sentence 1 has 3 but no tree (as if the parser had failed).
    assertThat(doc.sentences()).allSatisfy(s -> {
      assertThat(s.parseCapped()).isTrue();
      assertThat(s.parse()).isNull();
      assertThat(s.sentiment()).isNull();
    });
  }
}
