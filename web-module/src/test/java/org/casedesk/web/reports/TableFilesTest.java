package org.casedesk.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The case search's and the audit log's downloads, read back. */
class TableFilesTest {

  private static final List<String> HEADER = List.of("工单编号", "诉求内容");
  private static final List<List<String>> ROWS =
      List.of(
          List.of("20261201-000001", "=HYPERLINK(\"http://x\")"), List.of("20261201-000002", "停水"));

  @Test
  void csvDefusesFormulas() {
    String csv = new String(TableFiles.csv(HEADER, ROWS), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF工单编号,诉求内容");
    assertThat(csv).contains("20261201-000001,\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(csv).contains("20261201-000002,停水");
  }

  @Test
  void xlsxHoldsTextCellsOnly() throws IOException {
    byte[] file = TableFiles.xlsx("工单查询", HEADER, ROWS);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheet("工单查询");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工单编号");
      assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("停水");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }
}
