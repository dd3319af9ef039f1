package org.casedesk.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC (SIL Open Font License 1.1), from the Maven artifact
 * com.helger.font:ph-fonts-noto-sans-sc. Embedded as a subset: a PDF carries only the glyphs it
 * uses, so its text renders and can be extracted anywhere, with no font installed.
 */
public enum CjkFont {
  REGULAR("fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf"),
  BOLD("fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf");

  private final String resource;

  CjkFont(String resource) {
    this.resource = resource;
  }

  /** The font, to be embedded (subset) into this document when it is saved. */
  public PDType0Font loadInto(PDDocument document) {
    try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("CJK font missing from the class path: " + resource);
      }
      return PDType0Font.load(document, in, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
