package org.presslens.render;

/** Where a renderer's HTML section goes on the page. */
public enum Placement {
  /** Above the article text (e.g. a chart of the whole article). */
  BEFORE_TEXT,
  /** Below the article text (tables). */
  AFTER_TEXT
}
