package org.casedesk.web.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casedesk.shared.pdf.PdfWriter;

/**
 * The report's tables as a file: XLSX (one sheet per table, counts as numbers), PDF (Chinese text
 * in the embedded CJK font) or CSV (UTF-8 with BOM, formula injection defused).
 */
public enum ReportFiles {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PDF("application/pdf", "pdf"),
  CSV("text/csv; charset=UTF-8", "csv");

  private final String contentType;
  private final String extension;

  ReportFiles(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public byte[] write(ReportTables tables) {
    return switch (this) {
      case XLSX -> xlsx(tables);
      case PDF -> pdf(tables);
      case CSV -> csv(tables);
    };
  }

  private static byte[] csv(ReportTables tables) {
    CsvWriter csv = new CsvWriter().row(List.of(tables.title()));
    for (ReportTable table : tables.all()) {
      csv.blankLine().row(List.of(table.title())).row(table.header());
      table.texts().forEach(csv::row);
    }
    csv.blankLine();
    tables.footnotes().forEach(note -> csv.row(List.of(note)));
    return csv.toBytes();
  }

  private static byte[] pdf(ReportTables tables) {
    try (PdfWriter pdf = PdfWriter.landscape(tables.title())) {
      pdf.heading(tables.title());
      for (ReportTable table : tables.all()) {
        pdf.heading(table.title());
        pdf.table(table.header(), table.texts());
      }
      tables.footnotes().forEach(pdf::paragraph);
      return pdf.toBytes();
    }
  }

  private static byte[] xlsx(ReportTables tables) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (ReportTable table : tables.all()) {
        Sheet sheet = book.createSheet(table.id());
        int r = 0;
        text(sheet.createRow(r++), 0, tables.title(), bold);
        text(sheet.createRow(r++), 0, table.title(), bold);
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.header().size(); c++) {
          text(header, c, table.header().get(c), bold);
        }
        for (List<String> cells : table.texts()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value.matches("-?\\d{1,15}")) {
              row.createCell(c).setCellValue(Long.parseLong(value));
            } else {
              text(row, c, value, null);
            }
          }
        }
        r++;
        for (String note : tables.footnotes()) {
          text(sheet.createRow(r++), 0, note, null);
        }
        sheet.setColumnWidth(0, 24 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
