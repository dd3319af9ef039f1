package org.casedesk.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a simple A4 document top to bottom: headings, wrapped paragraphs and ruled tables whose
 * cells wrap, breaking pages as needed (a table's header is repeated on each page). All text is set
 * in the embedded CJK font, so Chinese and Latin text mix freely.
 */
public final class PdfWriter implements AutoCloseable {

  private static final float MARGIN = 40;
  private static final float TEXT_SIZE = 9;
  private static final float HEADING_SIZE = 14;
  private static final float PADDING = 3;

  /** The lines of a chart's series: blue, green. */
  private static final float[][] COLOURS = {{0.16f, 0.39f, 0.75f}, {0.18f, 0.60f, 0.30f}};

  private final PDDocument document = new PDDocument();
  private final PDRectangle pageSize;
  private final PDType0Font regular;
  private final PDType0Font bold;
  private PDPageContentStream content;
  private float y;
  private String footer;
  private String pageNumbers;

  private PdfWriter(PDRectangle pageSize, String title) {
    this.pageSize = pageSize;
    regular = CjkFont.REGULAR.loadInto(document);
    bold = CjkFont.BOLD.loadInto(document);
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setCreator("CaseDesk");
    document.setDocumentInformation(info);
    newPage();
  }

  /** A portrait A4 document. */
  public static PdfWriter portrait(String title) {
    return new PdfWriter(PDRectangle.A4, title);
  }

  /** A landscape A4 document, for wide tables. */
  public static PdfWriter landscape(String title) {
    return new PdfWriter(
        new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), title);
  }

  public PdfWriter heading(String text) {
    space(HEADING_SIZE * 2);
    lines(bold, HEADING_SIZE, text, MARGIN, width());
    y -= HEADING_SIZE / 2;
    return this;
  }

  public PdfWriter paragraph(String text) {
    lines(regular, TEXT_SIZE, text, MARGIN, width());
    y -= TEXT_SIZE / 2;
    return this;
  }

  /**
   * A table whose first column (the row's name) is twice as wide as the others; the header row is
   * bold and repeated after a page break.
   */
  public PdfWriter table(List<String> header, List<List<String>> rows) {
    float[] columns = new float[header.size()];
    float share = width() / (header.size() + 1);
    java.util.Arrays.fill(columns, share);
    columns[0] = 2 * share;
    row(header, columns, bold);
    for (List<String> r : rows) {
      float height = rowHeight(r, columns, regular);
      if (y - height < MARGIN) {
        newPage();
        row(header, columns, bold);
      }
      row(r, columns, regular);
    }
    y -= TEXT_SIZE;
    return this;
  }

  /** Paragraphs (e.g. a report's footnotes) on one page: a new page if they do not fit here. */
  public PdfWriter keptTogether(List<String> texts) {
    float height = 0;
    for (String text : texts) {
      height += wrap(regular, TEXT_SIZE, text, width()).size() * leading(TEXT_SIZE) + TEXT_SIZE / 2;
    }
    if (height <= pageSize.getHeight() - 2 * MARGIN) {
      space(height);
    }
    texts.forEach(this::paragraph);
    return this;
  }

  /**
   * A line chart of a few series over the same labels (e.g. 受理量 and 办结量 of twelve months): a
   * legend, a scale from 0 with four grid lines, each label under its point; kept on one page.
   */
  public PdfWriter lineChart(List<String> labels, Map<String, List<Long>> series) {
    float plot = 130;
    float small = TEXT_SIZE - 1;
    space(leading(TEXT_SIZE) + plot + 2 * leading(small));
    long max = series.values().stream().flatMap(List::stream).mapToLong(v -> v).max().orElse(0);
    long step = niceStep(Math.max(1, max) / 4.0);
    float left = MARGIN + 40;
    float right = MARGIN + width();
    try {
      // legend
      float x = left;
      int colour = 0;
      for (String name : series.keySet()) {
        setColour(colour++);
        content.addRect(x, y - TEXT_SIZE + 1, 14, 3);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
        text(regular, TEXT_SIZE, name, x + 18, y - TEXT_SIZE);
        x += 18 + width(regular, TEXT_SIZE, name) + 24;
      }
      y -= leading(TEXT_SIZE) + 4;
      float bottom = y - plot;
      // scale and grid
      for (int i = 0; i <= 4; i++) {
        float gy = bottom + plot * i / 4;
        content.setStrokingColor(i == 0 ? 0f : 0.8f, i == 0 ? 0f : 0.8f, i == 0 ? 0f : 0.8f);
        content.moveTo(left, gy);
        content.lineTo(right, gy);
        content.stroke();
        String value = String.valueOf(step * i);
        text(regular, small, value, left - 4 - width(regular, small, value), gy - small / 3);
      }
      // the series, one point per label
      float slot = (right - left) / Math.max(1, labels.size());
      colour = 0;
      for (List<Long> values : series.values()) {
        setColour(colour++);
        for (int i = 0; i < values.size(); i++) {
          float px = left + slot * (i + 0.5f);
          float py = bottom + plot * values.get(i) / (4f * step);
          if (i == 0) {
            content.moveTo(px, py);
          } else {
            content.lineTo(px, py);
          }
        }
        content.stroke();
        for (int i = 0; i < values.size(); i++) {
          float px = left + slot * (i + 0.5f);
          float py = bottom + plot * values.get(i) / (4f * step);
          content.addRect(px - 1.5f, py - 1.5f, 3, 3);
        }
        content.fill();
      }
      content.setStrokingColor(0f, 0f, 0f);
      content.setNonStrokingColor(0f, 0f, 0f);
      for (int i = 0; i < labels.size(); i++) {
        String label = labels.get(i);
        float center = left + slot * (i + 0.5f);
        text(
            regular,
            small,
            label,
            center - width(regular, small, label) / 2,
            bottom - leading(small));
      }
      y = bottom - 2 * leading(small);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** 1, 2 or 5 times a power of ten, at least {@code atLeast}: a scale step people can read. */
  static long niceStep(double atLeast) {
    long power = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * power >= atLeast) {
          return m * power;
        }
      }
      power *= 10;
    }
  }

  private void setColour(int series) throws IOException {
    float[] c = COLOURS[series % COLOURS.length];
    content.setStrokingColor(c[0], c[1], c[2]);
    content.setNonStrokingColor(c[0], c[1], c[2]);
  }

  private void text(PDType0Font font, float size, String text, float x, float baseline)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, baseline);
    content.showText(text);
    content.endText();
  }

  /**
   * A line at the foot of every page: {@code text} on the left (e.g. when the document was made)
   * and, on the right, {@code pageNumbers} as a {@link java.text.MessageFormat} pattern of the page
   * number and the page count (e.g. "第 {0} / {1} 页").
   */
  public PdfWriter footer(String text, String pageNumbers) {
    this.footer = text;
    this.pageNumbers = pageNumbers;
    return this;
  }

  /** The finished document. */
  public byte[] toBytes() {
    try {
      content.close();
      writeFooters();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width() {
    return pageSize.getWidth() - 2 * MARGIN;
  }

  private void writeFooters() throws IOException {
    if (footer == null) {
      return;
    }
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      try (PDPageContentStream foot =
          new PDPageContentStream(
              document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
        float base = MARGIN / 2;
        String number = java.text.MessageFormat.format(pageNumbers, i + 1, count);
        foot.beginText();
        foot.setFont(regular, TEXT_SIZE);
        foot.newLineAtOffset(MARGIN, base);
        foot.showText(footer);
        foot.endText();
        foot.beginText();
        foot.setFont(regular, TEXT_SIZE);
        foot.newLineAtOffset(
            pageSize.getWidth() - MARGIN - width(regular, TEXT_SIZE, number), base);
        foot.showText(number);
        foot.endText();
      }
    }
  }

  /** Counts, rates and changes (12, 50.0%, -3.5%, —) are right-aligned in a table. */
  private static boolean isNumber(String cell) {
    return cell != null && cell.matches("[+-]?\\d[\\d,]*(\\.\\d+)?%?|—");
  }

  private void row(List<String> cells, float[] columns, PDType0Font font) {
    float height = rowHeight(cells, columns, font);
    try {
      float x = MARGIN;
      for (int i = 0; i < cells.size(); i++) {
        content.addRect(x, y - height, columns[i], height);
        x += columns[i];
      }
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    float top = y;
    float x = MARGIN;
    for (int i = 0; i < cells.size(); i++) {
      y = top - PADDING;
      String cell = cells.get(i);
      float inner = columns[i] - 2 * PADDING;
      float indent = font == regular && isNumber(cell) ? inner - width(font, TEXT_SIZE, cell) : 0;
      lines(font, TEXT_SIZE, cell, x + PADDING + Math.max(0, indent), inner);
      x += columns[i];
    }
    y = top - height;
  }

  private float rowHeight(List<String> cells, float[] columns, PDType0Font font) {
    int lines = 1;
    for (int i = 0; i < cells.size(); i++) {
      lines = Math.max(lines, wrap(font, TEXT_SIZE, cells.get(i), columns[i] - 2 * PADDING).size());
    }
    return lines * leading(TEXT_SIZE) + 2 * PADDING;
  }

  private void lines(PDType0Font font, float size, String text, float x, float maxWidth) {
    for (String line : wrap(font, size, text, maxWidth)) {
      space(leading(size));
      try {
        text(font, size, line, x, y - size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      y -= leading(size);
    }
  }

  /** Breaks text into lines that fit, between any two characters (Chinese has no spaces). */
  private static List<String> wrap(PDType0Font font, float size, String text, float maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        String next = line.toString() + Character.toString(cp);
        if (line.length() > 0 && width(font, size, next) > maxWidth) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(PDType0Font font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float leading(float size) {
    return size * 1.4f;
  }

  /** Starts a new page when fewer than {@code needed} points are left. */
  private void space(float needed) {
    if (y - needed < MARGIN) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(pageSize);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      content.setLineWidth(0.5f);
      y = pageSize.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
