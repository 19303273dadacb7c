package org.presslens.nlp;

/**
 * A token: {@code [begin, end)} in the article text, the covered {@code text}, and the tags of the layers that were
 * computed ({@code null} for a layer that was not requested).
 */
public record Token(int begin, int end, String text, String pos, String lemma, String ner) {
}
