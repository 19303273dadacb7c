package org.presslens.render;

/** A name-value row of the page's metadata list; both plain text, escaped by the shell. */
public record Fact(String name, String value) {
}
