package org.casedesk.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV for Excel: BOM, quoting, and cells that a spreadsheet would run as formulas defused. */
class CsvWriterTest {

  @Test
  void cellsThatStartLikeFormulasGetAnApostrophe() {
    assertThat(CsvWriter.escape("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvWriter.escape("+86 138")).isEqualTo("'+86 138");
    assertThat(CsvWriter.escape("-12.5%x")).isEqualTo("'-12.5%x");
    assertThat(CsvWriter.escape("-1+2")).isEqualTo("'-1+2");
    assertThat(CsvWriter.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.escape("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvWriter.escape("\rcmd")).isEqualTo("\"'\rcmd\"");
    assertThat(CsvWriter.escape("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  }

  @Test
  void numbersAreNotTextAndKeepTheirSign() {
    assertThat(CsvWriter.escape("+2133.3%")).isEqualTo("+2133.3%");
    assertThat(CsvWriter.escape("-50.0%")).isEqualTo("-50.0%");
    assertThat(CsvWriter.escape("-3")).isEqualTo("-3");
  }

  @Test
  void ordinaryCellsStayAsTheyAreOrAreQuoted() {
    assertThat(CsvWriter.escape("测试物业")).isEqualTo("测试物业");
    assertThat(CsvWriter.escape("12")).isEqualTo("12");
    assertThat(CsvWriter.escape("a=b")).isEqualTo("a=b");
    assertThat(CsvWriter.escape("")).isEmpty();
    assertThat(CsvWriter.escape(null)).isEmpty();
    assertThat(CsvWriter.escape("甲,乙")).isEqualTo("\"甲,乙\"");
    assertThat(CsvWriter.escape("说\"好\"")).isEqualTo("\"说\"\"好\"\"\"");
    assertThat(CsvWriter.escape("两\n行")).isEqualTo("\"两\n行\"");
  }

  @Test
  void theFileIsUtf8WithAByteOrderMarkAndCrlfLines() {
    byte[] file = new CsvWriter().row(List.of("单位", "=cmd")).row(List.of("物业", "3")).toBytes();
    assertThat(Arrays.copyOf(file, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("单位,'=cmd\r\n物业,3\r\n");
  }
}
