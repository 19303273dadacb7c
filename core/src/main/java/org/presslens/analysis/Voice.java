package org.presslens.analysis;

/** Whose words a span is: the author's own, or quoted speech inside quotation marks. */
public enum Voice {
  AUTHOR, QUOTED
}
