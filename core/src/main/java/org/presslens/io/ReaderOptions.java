package org.presslens.io;

/**
 * Options shared by the readers.
 *
 * @param repairGluedWords whether words glued where a hyperlink was stripped are split (see
 *     {@link org.presslens.text.GluedWordRepairer}); the JSON reader never changes its article
 */
public record ReaderOptions(boolean repairGluedWords) {

  /** The defaults: glued-word repair on. */
  public static final ReaderOptions DEFAULT = new ReaderOptions(true);

  /** Reading without any repair of the text. */
  public static final ReaderOptions NO_REPAIR = new ReaderOptions(false);
}
