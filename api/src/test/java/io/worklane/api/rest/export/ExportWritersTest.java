package io.worklane.api.rest.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The writers alone, without a server: cell texts, the formula guard, and xlsx going on in a new sheet. */
class ExportWritersTest {

    @Test
    void cellsAreIsoDatesPlainDecimalsMoneyWithItsCurrencyAndJoinedLists() {
        assertThat(Cells.text(Instant.parse("2026-12-07T09:30:00Z"))).isEqualTo("2026-12-07T09:30:00Z");
        assertThat(Cells.text(LocalDate.of(2026, 12, 24))).isEqualTo("2026-12-24");
        assertThat(Cells.text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Cells.text(Map.of("amount", "1200.50", "currency", "EUR"))).isEqualTo("1200.50 EUR");
        assertThat(Cells.text(List.of("api", "ui"))).isEqualTo("api; ui");
        assertThat(Cells.text(null)).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunIsPrefixedButNumbersAreNot() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvExportWriter.field(risky)).as(risky).isEqualTo("'" + risky);
        }
        assertThat(CsvExportWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvExportWriter.field(-3)).isEqualTo("-3");
        assertThat(CsvExportWriter.field(new BigDecimal("-3.25"))).isEqualTo("-3.25");
        assertThat(CsvExportWriter.field(Map.of("amount", "-12.00", "currency", "EUR"))).isEqualTo("'-12.00 EUR");
    }

    @Test
    void aFullSheetGoesOnInTheNextWithTheHeaderAgain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxExportWriter writer = new XlsxExportWriter(out, List.of("key", "n"), 3)) {
            for (int n = 1; n <= 5; n++) {
                writer.row(Arrays.asList("K-" + n, n));
            }
            writer.finish();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(2)).isEqualTo("Work items 3");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("key");
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("K-3");
            assertThat(book.getSheetAt(2).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(5.0);
        }
    }
}
