package org.presslens.model;

/** Text a reader took out of the body (page furniture, a byline, the outlet line), with the reason. */
public record RemovedText(String text, String reason) {
}
