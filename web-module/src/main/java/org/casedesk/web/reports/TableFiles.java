package org.casedesk.web.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plain table (a header row and text rows) as a download: CSV through {@link CsvWriter} (formula
 * injection defused) or XLSX with one sheet of text cells (text cells never run as formulas).
 */
public final class TableFiles {

  private TableFiles() {}

  public static byte[] csv(List<String> header, List<List<String>> rows) {
    CsvWriter csv = new CsvWriter().row(header);
    rows.forEach(csv::row);
    return csv.toBytes();
  }

  public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(sheetName);
      write(sheet.createRow(0), header);
      int r = 1;
      for (List<String> cells : rows) {
        write(sheet.createRow(r++), cells);
      }
      sheet.setColumnWidth(0, 20 * 256);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
    }
  }

  /** The table as {@code <name>-<today>.csv|xlsx}. */
  public static ExportServlet.Download download(
      String name,
      boolean xlsx,
      String sheetName,
      List<String> header,
      List<List<String>> rows,
      LocalDate today) {
    return new ExportServlet.Download(
        name + "-" + today + (xlsx ? ".xlsx" : ".csv"),
        xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=UTF-8",
        xlsx ? xlsx(sheetName, header, rows) : csv(header, rows));
  }
}
