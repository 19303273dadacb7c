package org.presslens.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * Converts one annotated CoreNLP document to presslens's {@link NlpDocument}. Offsets are CoreNLP's character
 * offsets, which index the annotated string, i.e. {@code Article.text()} (or, for a long article annotated in
 * windows, the window, shifted by its start); token text is the covered substring.
 */
final class DocumentConverter {
  private static final String OUTSIDE = "O";

  private final String text;
  private final Set<NlpLayer<?>> layers;
  private final int parseMaxTokens;

  /**
   * @param text           the annotated text
   * @param layers         the computed layers (closed)
   * @param parseMaxTokens the parser's length cap
   */
  DocumentConverter(String text, Set<NlpLayer<?>> layers, int parseMaxTokens) {
    this.text = text;
    this.layers = layers;
    this.parseMaxTokens = parseMaxTokens;
  }

  NlpDocument convert(Annotation annotation) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    convertWindow(annotation, 0, sentences, mentions);
    return document(sentences, mentions);
  }

  /**
   * Converts the annotation of one window of the text, {@code text.substring(offset, ...)}: CoreNLP's offsets are
   * relative to the window, sentence indexes continue after {@code sentences}. Appends to both lists.
   */
  void convertWindow(Annotation annotation, int offset, List<Sentence> sentences, List<EntityMention> mentions) {
    int sentenceOffset = sentences.size();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (coreSentences != null) {
      for (CoreMap s : coreSentences) {
        sentences.add(sentence(sentences.size(), s, offset));
      }
    }
    List<CoreMap> coreMentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
    if (layers.contains(NlpLayer.NER) && coreMentions != null) {
      for (CoreMap m : coreMentions) {
        EntityMention mention = mention(m, offset, sentenceOffset);
        if (mention != null) {
          mentions.add(mention);
        }
      }
    }
  }

  /** The document of the converted windows, mentions in text order. */
  NlpDocument document(List<Sentence> sentences, List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
    return new NlpDocument(layers, sentences, sorted);
  }

  private Sentence sentence(int index, CoreMap s, int offset) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      tokens.add(token(label, offset));
    }
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + offset;
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + offset;
    ParseNode parse = null;
    boolean capped = false;
    if (layers.contains(NlpLayer.PARSE)) {
      Tree tree = s.get(TreeCoreAnnotations.TreeAnnotation.class);
      if (LengthCappedAnnotator.overCap(labels.size(), parseMaxTokens) || tree == null) {
        capped = true;
      } else {
        Tree sentimentTree = layers.contains(NlpLayer.SENTIMENT)
            ? s.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class) : null;
        parse = ParseTrees.convert(tree, sentimentTree);
      }
    }
    return new Sentence(index, begin, end, tokens, parse, parse == null ? null : parse.sentiment(), capped);
  }

  private Token token(CoreLabel label, int offset) {
    int begin = label.beginPosition() + offset;
    int end = label.endPosition() + offset;
    return new Token(begin, end, text.substring(begin, end),
        layers.contains(NlpLayer.POS) ? label.tag() : null,
        layers.contains(NlpLayer.LEMMA) ? label.lemma() : null,
        layers.contains(NlpLayer.NER) ? coarseTag(label) : null);
  }

  /**
   * The coarse NER tag (PERSON, LOCATION, DATE, ...; equal to CoreNLP's tag unless fine-grained NER ran), or, for a
   * type only fine-grained NER knows (e.g. TITLE, whose coarse tag is O), that type.
   */
  static String coarseTag(CoreLabel label) {
    String coarse = label.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
    return coarse != null && !coarse.equals(OUTSIDE) ? coarse : label.ner();
  }

  /**
   * The mention, or null for a pronoun: CoreNLP's English entity mentions include pronominal ones ("he", "his")
   * whose tokens carry no NER tag; they are not named entities.
   */
  private EntityMention mention(CoreMap m, int offset, int sentenceOffset) {
    List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
    CoreLabel first = tokens.get(0);
    String tag = first.ner();
    if (tag == null || tag.equals(OUTSIDE)) {
      return null;
    }
    String type = coarseTag(first);
    int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + offset;
    int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + offset;
    int firstToken = first.index() - 1; // CoreNLP's token index is 1-based within the sentence
    return new EntityMention(begin, end, text.substring(begin, end), type, first.sentIndex() + sentenceOffset,
        firstToken,
        firstToken + tokens.size());
  }
}
