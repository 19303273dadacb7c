package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharacterMappingTest {

  @Test
  void lineBreaksBecomeNewlinesAndAParagraphSeparatorABlankLine() {
    assertThat(CharacterMapping.map("a\r\nb\rc\u0085d\u2028e\u000Bf\u000Cg\u2029h"))
        .isEqualTo("a\nb\nc\nd\ne\nf\ng\n\nh");
  }

  @Test
  void byteOrderMarksAndControlCharactersAreDroppedButNewlineAndTabStay() {
    assertThat(CharacterMapping.map("\uFEFFa\u0001b\u0000c\u007Fd\u009Fe\u001Bf\tg\nh\uFEFF"))
        .isEqualTo("abcdef\tg\nh");
    assertThat(CharacterMapping.map("a\u0001\u0002b", false).droppedControls()).isEqualTo(2);
  }

  @Test
  void unpairedSurrogatesBecomeTheReplacementCharacterAndPairsStay() {
    assertThat(CharacterMapping.map("x\uD800y\uDFFFz")).isEqualTo("x\uFFFDy\uFFFDz");
    assertThat(CharacterMapping.map("\uD83D\uDE00 \uDE00\uD83D \uD83D")).isEqualTo("\uD83D\uDE00 \uFFFD\uFFFD \uFFFD");
    // a control character between the halves does not make a pair once it is dropped
    assertThat(CharacterMapping.map("\uD83D\u0001\uDE00")).isEqualTo("\uFFFD\uFFFD");
  }

  @Test
  void cleanTextComesBackAsTheSameInstance() {
    String clean = "Zoë’s café\n\n\t😀 – fine.";
    assertThat(CharacterMapping.map(clean)).isSameAs(clean);
    assertThat(CharacterMapping.replaceLoneSurrogates(clean)).isSameAs(clean);
  }

  @Test
  void theMappingIsIdempotentOnRandomText() {
    char[] alphabet = {'a', ' ', '\n', '\r', '\t', '\u0001', '\u0085', '\u2028', '\u2029', '\uFEFF', '\uD83D',
        '\uDE00', '\u000B', '\u009F', 'é'};
    Random random = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String once = CharacterMapping.map(sb.toString());
      assertThat(CharacterMapping.map(once)).as("map(map(%s))", escape(sb)).isSameAs(once);
    }
  }

  @Test
  void trackedOffsetsFollowDroppedExpandedAndJoinedCharacters() {
    String raw = "a\u0001b\u2029c\r\nd\uD800e";
    CharacterMapping.Mapped mapped = CharacterMapping.map(raw, true);
    assertThat(mapped.text()).isEqualTo("ab\n\nc\nd\uFFFDe");
    int[] expected = {0, 1, 1, 2, 4, 5, 6, 6, 7, 8, 9};
    for (int offset = 0; offset <= raw.length(); offset++) {
      assertThat(mapped.offset(offset)).as("offset %d", offset).isEqualTo(expected[offset]);
    }
  }

  @Test
  void offsetsAreOnlyAvailableWhenTracked() {
    assertThatThrownBy(() -> CharacterMapping.map("a", false).offset(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void replaceLoneSurrogatesChangesNothingElse() {
    assertThat(CharacterMapping.replaceLoneSurrogates("a\u0001\uD800\u2028\uD83D\uDE00\uDC00"))
        .isEqualTo("a\u0001\uFFFD\u2028\uD83D\uDE00\uFFFD");
  }

  private static String escape(CharSequence s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
    return out.toString();
  }
}
