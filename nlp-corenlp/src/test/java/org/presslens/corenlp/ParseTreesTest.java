package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.PennTreeReader;
import edu.stanford.nlp.trees.Tree;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.ParseNode;

/** Conversion of CoreNLP trees; no model involved. */
class ParseTreesTest {

  private static Tree tree(String penn) {
    try {
      return new PennTreeReader(new StringReader(penn), new LabeledScoredTreeFactory(CoreLabel.factory())).readTree();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives every non-leaf node of {@code t} a distribution peaked at class {@code (number of tokens) % 5}. */
  private static void score(Tree t) {
    for (Tree node : t) {
      if (!node.isLeaf()) {
        SimpleMatrix p = new SimpleMatrix(5, 1);
        int peak = node.getLeaves().size() % 5;
        for (int i = 0; i < 5; i++) {
          p.set(i, 0, i == peak ? 0.6 : 0.1);
        }
        ((CoreLabel) node.label()).set(RNNCoreAnnotations.Predictions.class, p);
      }
    }
  }

  @Test
  void convertsShapeLabelsAndTokenRanges() {
    ParseNode root = ParseTrees.convert(tree("(ROOT (S (NP (DT The) (NN man)) (VP (VBD left)) (. .)))"), null);
    assertThat(root.label()).isEqualTo("ROOT");
    assertThat(root.firstToken()).isZero();
    assertThat(root.endToken()).isEqualTo(4);
    ParseNode s = root.children().get(0);
    assertThat(s.children()).extracting(ParseNode::label).containsExactly("NP", "VP", ".");
    ParseNode np = s.children().get(0);
    assertThat(np.firstToken()).isZero();
    assertThat(np.endToken()).isEqualTo(2);
    assertThat(np.children()).extracting(ParseNode::label).containsExactly("DT", "NN");
    assertThat(np.children()).allSatisfy(leaf -> {
      assertThat(leaf.isLeaf()).isTrue();
      assertThat(leaf.endToken() - leaf.firstToken()).isEqualTo(1);
      assertThat(leaf.sentiment()).isNull();
    });
    assertThat(s.children().get(2).firstToken()).isEqualTo(3);
  }

  @Test
  void attachesSentimentByTokenRange() {
    Tree parse = tree("(ROOT (S (NP (DT The) (JJ old) (NN man)) (VP (VBD left)) (. .)))");
    // What the sentiment annotator scores: binarized, unary chains collapsed.
    Tree sentiment = tree("(S (@S (NP (DT The) (@NP (JJ old) (NN man))) (VBD left)) (. .))");
    score(sentiment);

    ParseNode root = ParseTrees.convert(parse, sentiment);

    assertThat(root.sentiment()).isNotNull();
    assertThat(root.sentiment().argmax()).isEqualTo(0); // 5 tokens
    ParseNode s = root.children().get(0);
    assertThat(s.sentiment()).isEqualTo(root.sentiment());
    ParseNode np = s.children().get(0);
    assertThat(np.sentiment().argmax()).isEqualTo(3); // 3 tokens
    ParseNode vp = s.children().get(1);
    assertThat(vp.sentiment().argmax()).isEqualTo(1); // VP -> VBD: same range as the pre-terminal
    assertThat(np.children()).allSatisfy(leaf -> assertThat(leaf.sentiment().argmax()).isEqualTo(1));
    assertThat(root.sentiment().probabilities()).hasSize(5);
    assertThat(root.sentiment().probabilities().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-9));
  }
}
