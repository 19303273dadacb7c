package org.presslens.render;

import java.util.Optional;
import org.presslens.model.Article;

/** What a renderer may ask the page it renders into. Valid during one render call only. */
public interface RenderContext {

  /** The article of the report. */
  Article article();

  /**
   * The element id to link to for a char offset of the text: the unit (sentence) holding it, else its paragraph
   * ({@code p<begin>}), else {@code text}.
   */
  String anchorFor(int offset);

  /** The element id that {@code analyzer}'s renderer gave to the object {@code objectId}, if it is on the page. */
  Optional<String> anchorOf(String analyzer, String objectId);
}
