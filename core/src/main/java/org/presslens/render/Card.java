package org.presslens.render;

import java.util.Objects;

/**
 * A card of the page's summary row: a big value and a caption.
 *
 * @param valueHtml the value as markup built with {@link Html} (escaped text, chips)
 * @param caption   plain text, escaped by the shell
 */
public record Card(String valueHtml, String caption) {

  public Card {
    Objects.requireNonNull(valueHtml, "valueHtml");
    Objects.requireNonNull(caption, "caption");
  }

  /** A card whose value is plain text. */
  public static Card text(String value, String caption) {
    return new Card(Html.text(value), caption);
  }
}
