package org.presslens.text;

import java.util.List;
import org.presslens.model.Repair;

/**
 * A text after repair, with the repairs made; each repair's offsets point into {@link #text()}.
 *
 * @param text the repaired text
 * @param repairs the repairs, in text order
 */
public record RepairedText(String text, List<Repair> repairs) {

  public RepairedText {
    repairs = List.copyOf(repairs);
  }

  /** A text left as it was. */
  public static RepairedText unchanged(String text) {
    return new RepairedText(text, List.of());
  }
}
