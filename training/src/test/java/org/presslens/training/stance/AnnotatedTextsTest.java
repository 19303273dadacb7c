package org.presslens.training.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.testing.FakeNlpEngine;

class AnnotatedTextsTest {

  @Test
  void aTextIsOneParagraphPerBlankLineSeparatedBlock() {
    Article a = AnnotatedTexts.article("First block.\n\n  \n Second block.\nsame paragraph.\n\n");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.language()).isEqualTo("en");
    assertThat(AnnotatedTexts.LAYERS).containsExactlyInAnyOrder(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA);
  }

  @Test
  void blankTextsHaveNoSentencesAndNeverReachTheEngine() {
    FakeNlpEngine engine = new FakeNlpEngine();
    List<DocData> docs = AnnotatedTexts.annotate(engine, List.of(" ", "Ada won.", ""), null, 1, "tweets", s -> { });
    assertThat(engine.annotateCount()).isEqualTo(1);
    assertThat(docs.get(0).sentences()).isEmpty();
    assertThat(docs.get(1).tokens()).extracting(DocData.Tok::w).containsExactly("Ada", "won", ".");
    assertThat(docs.get(2).sentences()).isEmpty();
  }

  @Test
  void theCachedAnnotationGivesTheSameDocData(@TempDir Path dir) {
    Path cache = dir.resolve("stance.jsonl.gz");
    FakeNlpEngine engine = new FakeNlpEngine();
    List<String> texts = List.of("Ada won the vote.\n\nBo lost it.", "Cy drew.");
    List<DocData> fresh = AnnotatedTexts.annotate(engine, texts, cache, 2, "bodies", s -> { });
    List<DocData> cached = AnnotatedTexts.annotate(engine, texts, cache, 2, "bodies", s -> { });
    assertThat(engine.annotateCount()).isEqualTo(2);
    assertThat(cached).isEqualTo(fresh);
    assertThat(fresh.get(0).sentences()).hasSize(2);
  }
}
