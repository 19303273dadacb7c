package org.presslens.report;

/** An analyzer (or {@code nlp}, the shared NLP layer) that failed on one article, and why. */
public record Failure(String analyzer, String error) {
}
