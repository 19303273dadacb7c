package org.presslens.nlp;

/**
 * A named-entity mention found by the NER layer: {@code [begin, end)} in the article text, its text, its coarse type
 * (PERSON, ORGANIZATION, LOCATION, MISC, or a non-entity type such as DATE), and the sentence and token range
 * {@code [firstToken, endToken)} within that sentence.
 */
public record EntityMention(int begin, int end, String text, String type, int sentence, int firstToken,
                            int endToken) {
}
