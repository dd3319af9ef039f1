package org.casedesk.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text over a field's limit is refused on the server with a message naming the field, never cut in
 * the browser. A {@code maxlength} on a PrimeFaces input is not only the HTML attribute: the
 * renderer also passes it to the widget's script, which cuts typed and pasted text on every key
 * (InputTextarea) and counts against it; so no page sets one.
 */
class PagesSetNoMaxLengthTest {

  @Test
  void noPageSetsAMaxLength() throws IOException {
    List<String> offending;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      offending =
          files
              .filter(f -> f.toString().endsWith(".xhtml"))
              .filter(PagesSetNoMaxLengthTest::limitsLength)
              .map(Path::toString)
              .toList();
    }
    assertThat(offending).isEmpty();
  }

  private static boolean limitsLength(Path page) {
    try {
      String text = Files.readString(page).toLowerCase(Locale.ROOT);
      return text.contains("maxlength=") || text.contains("counter=");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
