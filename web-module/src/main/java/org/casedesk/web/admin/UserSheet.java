package org.casedesk.web.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.casedesk.useradmin.UserImportRow;

/**
 * Reads a user import sheet, CSV (UTF-8, with or without a byte order mark, RFC 4180 quotes) or
 * XLSX (the first sheet): a heading row, then per row login, name, role, community, grid, unit.
 * Blank rows are left out. Checking the cells is the service's job.
 */
public final class UserSheet {

  /** The columns, in order, as the heading row and the README name them. */
  public static final List<String> COLUMNS =
      List.of("login", "name", "role", "community", "grid", "unit");

  private UserSheet() {}

  /** The data rows; {@link IllegalArgumentException} when the file is no CSV or XLSX. */
  public static List<UserImportRow> read(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    List<List<String>> cells;
    if (name.endsWith(".xlsx")) {
      cells = xlsx(content);
    } else if (name.endsWith(".csv")) {
      cells = csv(new String(content, StandardCharsets.UTF_8));
    } else {
      throw new IllegalArgumentException("not CSV or XLSX: " + fileName);
    }
    List<UserImportRow> rows = new ArrayList<>();
    for (List<String> row : cells.subList(Math.min(1, cells.size()), cells.size())) {
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(
          new UserImportRow(
              cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4), cell(row, 5)));
    }
    return rows;
  }

  private static String cell(List<String> row, int index) {
    String value = index < row.size() ? row.get(index).strip() : "";
    return value.isEmpty() ? null : value;
  }

  private static List<List<String>> xlsx(byte[] content) {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter format = new DataFormatter(Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < COLUMNS.size(); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a readable XLSX file", e);
    }
  }

  /** RFC 4180: commas, double quotes (doubled inside), CRLF or LF line ends. */
  static List<List<String>> csv(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
