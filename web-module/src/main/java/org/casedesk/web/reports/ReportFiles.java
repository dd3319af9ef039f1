package org.casedesk.web.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casedesk.reports.TrendPoint;
import org.casedesk.shared.pdf.PdfWriter;

/**
 * The report's tables as a file: XLSX (one sheet per table, counts as numbers), PDF (Chinese text
 * in the embedded CJK font, with the trend chart) or CSV (UTF-8 with BOM, formula injection
 * defused).
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

  /** The file; a PDF's footer says it was generated at {@code now}. */
  public byte[] write(ReportTables tables, LocalDateTime now) {
    return switch (this) {
      case XLSX -> xlsx(tables);
      case PDF -> pdf(tables, now);
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

  private static byte[] pdf(ReportTables tables, LocalDateTime now) {
    try (PdfWriter pdf = PdfWriter.landscape(tables.title())) {
      pdf.footer(
          tables.text(
              "reports.pdf.generated",
              now.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))),
          tables.text("reports.pdf.page"));
      pdf.heading(tables.title());
      for (ReportTable table : tables.all()) {
        pdf.heading(table.title());
        pdf.table(table.header(), table.texts());
      }
      pdf.heading(tables.text("reports.chart.trend"));
      Map<String, List<Long>> series = new LinkedHashMap<>();
      series.put(
          tables.text("reports.accepted"),
          tables.trend().stream().map(TrendPoint::accepted).toList());
      series.put(
          tables.text("reports.closed"), tables.trend().stream().map(TrendPoint::closed).toList());
      pdf.lineChart(tables.trend().stream().map(p -> p.period().label()).toList(), series);
      pdf.keptTogether(tables.footnotes());
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
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
      CellStyle change = book.createCellStyle();
      change.setDataFormat(book.createDataFormat().getFormat("+0.0%;-0.0%;0.0%"));
      java.util.Set<String> names = new java.util.HashSet<>();
      for (ReportTable table : tables.all()) {
        Sheet sheet = book.createSheet(sheetName(table.title(), names));
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
            } else if (PERCENT.matcher(value).matches()) {
              Cell cell = row.createCell(c);
              cell.setCellValue(Double.parseDouble(value.substring(0, value.length() - 1)) / 100);
              cell.setCellStyle(value.startsWith("+") || value.startsWith("-") ? change : percent);
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

  /** A rate (12.5%) or a change (+3.0%, -50.0%) as the page shows it. */
  private static final java.util.regex.Pattern PERCENT =
      java.util.regex.Pattern.compile("[+-]?\\d{1,15}(\\.\\d+)?%");

  /** The table's title in the UI language as a sheet name Excel accepts, unique in the book. */
  private static String sheetName(String title, java.util.Set<String> taken) {
    String base = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(title);
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
