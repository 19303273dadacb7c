package org.presslens.testing;

/**
 * Test analyzer {@value #NAME} (any language, no requirement) whose analyzer always throws an
 * {@link IllegalStateException} with {@link #MESSAGE}. ServiceLoader-ready.
 */
public class ThrowingProvider extends FakeAnalyzerProvider<String> {

  public static final String NAME = "throwing";
  public static final String MESSAGE = "the throwing test analyzer always fails";

  public ThrowingProvider() {
    super(builder(NAME, String.class)
        .description("always throws (test analyzer)")
        .anyLanguage()
        .failing(new IllegalStateException(MESSAGE)));
  }
}
