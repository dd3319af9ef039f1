package org.casedesk.web.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV for Excel: UTF-8 with a byte order mark (so Excel reads Chinese correctly), CRLF line ends,
 * RFC 4180 quoting, and formula injection defused: a text cell starting with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet never runs it as a formula. Numbers
 * (a change of {@code +2133.3%}, {@code -50.0%}, {@code -3}) are not text and stay as they are.
 */
public final class CsvWriter {

  private static final String BOM = "\uFEFF";
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");

  private final StringBuilder out = new StringBuilder(BOM);

  public CsvWriter row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(escape(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  public CsvWriter blankLine() {
    out.append("\r\n");
    return this;
  }

  public byte[] toBytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One cell: defused, then quoted when it holds a comma, a quote or a line break. */
  static String escape(String cell) {
    String value = cell == null ? "" : cell;
    if (!value.isEmpty()
        && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        && !NUMBER.matcher(value).matches()) {
      value = "'" + value;
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      value = "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
