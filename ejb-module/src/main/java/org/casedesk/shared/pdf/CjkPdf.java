package org.casedesk.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A simple flowing A4 document with Chinese (and Latin) text: a title, headings, paragraphs and
 * "label: value" lines, wrapped to the page width and continued on new pages. The CJK font is (Noto
 * Sans SC, {@link CjkFont}) embedded as a subset, so the file renders the same in every viewer.
 * Characters the font lacks print as "?". For reports and exports of any feature:
 *
 * <pre>
 * byte[] pdf = CjkPdf.create("社工委会议纪要").heading("议题").paragraph(text).toBytes();
 * </pre>
 */
public final class CjkPdf {

  private static final float MARGIN = 56;
  private static final float TITLE = 18;
  private static final float HEADING = 13;
  private static final float BODY = 10.5f;

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private PDPageContentStream content;
  private float y;

  private CjkPdf(String title) {
    font = CjkFont.REGULAR.loadInto(document);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("CaseDesk");
    newPage();
    line(title, TITLE, 10);
  }

  /** A new document whose first line (and PDF title) is {@code title}. */
  public static CjkPdf create(String title) {
    return new CjkPdf(title);
  }

  public CjkPdf heading(String text) {
    y -= 6;
    return write(text, HEADING, 4);
  }

  public CjkPdf paragraph(String text) {
    return write(text, BODY, 3);
  }

  /** A line "label：value"; an empty value prints as "—". */
  public CjkPdf field(String label, String value) {
    return write(label + "：" + (value == null || value.isBlank() ? "—" : value), BODY, 3);
  }

  /** Finishes the document. */
  public byte[] toBytes() {
    try {
      content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CjkPdf write(String text, float size, float gap) {
    String safe = printable(text == null ? "" : text);
    for (String paragraph : safe.split("\\R", -1)) {
      for (String wrapped : wrap(paragraph, size)) {
        line(wrapped, size, gap);
      }
    }
    return this;
  }

  private void line(String text, float size, float gap) {
    float height = size * 1.45f;
    if (y - height < MARGIN) {
      newPage();
    }
    y -= height;
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(MARGIN, y);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= gap;
  }

  /** Breaks a paragraph into lines that fit the page, at any character (CJK has no spaces). */
  private List<String> wrap(String paragraph, float size) {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      String next = current + new String(Character.toChars(cp));
      if (current.length() > 0 && width(next, size) > width) {
        lines.add(current.toString());
        current.setLength(0);
      }
      current.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    lines.add(current.toString());
    return lines;
  }

  private float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces control characters and characters the font has no glyph for. */
  private String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r') {
                out.appendCodePoint(cp);
              } else if (Character.isISOControl(cp) || !hasGlyph(cp)) {
                out.append(cp == '\t' ? " " : "?");
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private boolean hasGlyph(int cp) {
    try {
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
