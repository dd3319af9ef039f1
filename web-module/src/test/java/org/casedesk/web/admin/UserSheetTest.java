package org.casedesk.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casedesk.useradmin.UserImportRow;
import org.junit.jupiter.api.Test;

/** Reading user import sheets: CSV with BOM and quotes, XLSX, blank rows, other files. */
class UserSheetTest {

  @Test
  void csvWithByteOrderMarkQuotesAndBlankLines() {
    String csv =
        "\uFEFFlogin,name,role,community,grid,unit\r\n"
            + "li.na,李娜,HANDLER,大众巷社区,大众巷第一网格,\r\n"
            + ",,,,,\r\n"
            + "\"wang,fang\",\"王\"\"芳\"\"\",handler,,,\"兰州铁路局房产段\"\n";
    List<UserImportRow> rows =
        UserSheet.read("grid-workers.CSV", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows)
        .containsExactly(
            new UserImportRow("li.na", "李娜", "HANDLER", "大众巷社区", "大众巷第一网格", null),
            new UserImportRow("wang,fang", "王\"芳\"", "handler", null, null, "兰州铁路局房产段"));
  }

  @Test
  void xlsxFirstSheet() throws Exception {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("users");
      Row header = sheet.createRow(0);
      for (int c = 0; c < UserSheet.COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(UserSheet.COLUMNS.get(c));
      }
      Row row = sheet.createRow(2); // row 1 left empty
      row.createCell(0).setCellValue("chen.jing");
      row.createCell(1).setCellValue("陈静");
      row.createCell(2).setCellValue("HANDLER");
      row.createCell(4).setCellValue("山字石第一网格");
      book.write(out);
      file = out.toByteArray();
    }
    assertThat(UserSheet.read("users.xlsx", file))
        .containsExactly(new UserImportRow("chen.jing", "陈静", "HANDLER", null, "山字石第一网格", null));
  }

  @Test
  void otherFilesAreRefused() {
    assertThatThrownBy(() -> UserSheet.read("users.xls", new byte[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UserSheet.read("users.xlsx", "no zip".getBytes()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
