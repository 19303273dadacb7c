package org.presslens.corenlp;

import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.SentimentDistribution;

/**
 * Converts a CoreNLP constituency tree to {@link ParseNode}s. The result has the shape of the parser's (n-ary) tree,
 * {@code ROOT} included; its leaves are the pre-terminals (label = the POS tag, one token each), the words themselves
 * being the sentence's tokens. When a sentiment tree is given, each node carries the 5-class distribution of the
 * sentiment-tree node with the same token range (binarization only adds nodes and unary collapsing only merges nodes
 * of equal range, so every node of the parser's tree has one).
 */
final class ParseTrees {

  private ParseTrees() {
  }

  /**
   * @param tree          the parser's tree ({@code TreeAnnotation})
   * @param sentimentTree the sentiment model's tree ({@code SentimentAnnotatedTree}), or null
   */
  static ParseNode convert(Tree tree, Tree sentimentTree) {
    Map<Long, SentimentDistribution> byRange = new HashMap<>();
    if (sentimentTree != null) {
      collectSentiment(sentimentTree, 0, byRange);
    }
    return convert(tree, new int[] {0}, byRange);
  }

  private static ParseNode convert(Tree node, int[] nextToken, Map<Long, SentimentDistribution> sentiment) {
    if (node.isLeaf() || node.isPreTerminal()) {
      int first = nextToken[0]++;
      return new ParseNode(node.value(), first, first + 1, List.of(), sentiment.get(key(first, first + 1)));
    }
    List<ParseNode> children = new ArrayList<>(node.numChildren());
    for (Tree child : node.children()) {
      children.add(convert(child, nextToken, sentiment));
    }
    int first = children.get(0).firstToken();
    int end = children.get(children.size() - 1).endToken();
    return new ParseNode(node.value(), first, end, children, sentiment.get(key(first, end)));
  }

  /** Records the distribution of every scored node by token range (the outermost wins); returns the range's end. */
  private static int collectSentiment(Tree node, int first, Map<Long, SentimentDistribution> out) {
    if (node.isLeaf()) {
      return first + 1;
    }
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(node);
    int end = first;
    for (Tree child : node.children()) {
      end = collectSentiment(child, end, out);
    }
    if (predictions != null) {
      out.put(key(first, end), distribution(predictions)); // after the children: outer nodes overwrite
    }
    return end;
  }

  static SentimentDistribution distribution(SimpleMatrix predictions) {
    List<Double> p = new ArrayList<>(SentimentDistribution.CLASSES);
    for (int i = 0; i < predictions.getNumElements(); i++) {
      p.add(predictions.get(i));
    }
    return new SentimentDistribution(p);
  }

  private static long key(int first, int end) {
    return ((long) first << 32) | end;
  }
}
