package io.worklane.api.export;

import static io.restassured.RestAssured.given;
import static io.worklane.api.export.ExportFixture.path;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.worklane.api.support.PostgresResource;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports over REST in each format, parsed back with the library that reads that format. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class WorkItemExportsRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void csvHasAHeaderQuotesWhatNeedsItAndDefusesFormulas() throws Exception {
        String ws = ExportFixture.seed();
        Response answer = asAdmin().queryParam("sort", "key").get(path(ws));

        answer.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"work-items-" + ws + "-"
                        + LocalDate.now(ZoneOffset.UTC) + ".csv\"")
                .header("X-Content-Type-Options", "nosniff");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(answer.asString())).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("id", "key", "projectKey", "type", "title")
                .endsWith("version", "customFields.budget", "customFields.cost", "customFields.customer");
        CSVRecord bug = rows.get(0);
        assertThat(bug.get("key")).isEqualTo("EXP-1");
        assertThat(bug.get("title")).as("commas, quotes and a line break survive").isEqualTo(ExportFixture.TRICKY_TITLE);
        assertThat(bug.get("type")).isEqualTo("BUG");
        assertThat(bug.get("priority")).isEqualTo("HIGH");
        assertThat(bug.get("dueDate")).isEqualTo("2026-12-24");
        assertThat(bug.get("estimateMinutes")).isEqualTo("90");
        assertThat(bug.get("labels")).isEqualTo("api; ui");
        assertThat(bug.get("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(bug.get("customFields.budget")).isEqualTo("1200.50 EUR");
        assertThat(bug.get("customFields.cost")).as("a number is a number, sign and all").isEqualTo("-3.25");
        assertThat(bug.get("customFields.customer")).isEqualTo("'" + ExportFixture.FORMULA);
        assertThat(rows.get(1).get("parentKey")).isEqualTo("EXP-1");
        assertThat(rows.get(2).get("title")).isEqualTo("'-1 is not a formula here");
        assertThat(rows.get(2).get("customFields.budget")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonLinesCarryTheTypedValuesOneItemALine() throws Exception {
        String ws = ExportFixture.seed();
        Response answer = asAdmin().queryParam("format", "jsonl").queryParam("sort", "-key").get(path(ws));

        answer.then().statusCode(200).contentType("application/x-ndjson")
                .header("Content-Disposition", org.hamcrest.Matchers.endsWith(".jsonl\""));
        String[] lines = answer.asString().split("\n");
        assertThat(lines).hasSize(3);
        Map<String, Object> bug = JSON.readValue(lines[2], Map.class);
        assertThat(bug.get("key")).isEqualTo("EXP-1");
        assertThat(bug.get("title")).as("JSON needs no formula guard").isEqualTo(ExportFixture.TRICKY_TITLE);
        assertThat(bug.get("labels")).isEqualTo(List.of("api", "ui"));
        assertThat(bug.get("estimateMinutes")).isEqualTo(90);
        assertThat((Map<String, Object>) bug.get("customFields")).containsEntry("budget", Map.of("amount", "1200.50", "currency", "EUR"))
                .containsEntry("cost", -3.25).containsEntry("customer", ExportFixture.FORMULA);
        Map<String, Object> bare = JSON.readValue(lines[0], Map.class);
        assertThat(bare).doesNotContainKey("dueDate");
        assertThat((Map<String, Object>) bare.get("customFields")).isEmpty();
        assertThat(JSON.readValue(lines[1], Map.class).get("parentKey")).isEqualTo("EXP-1");
    }

    @Test
    void xlsxIsAWorkbookWithNumbersAsNumbersAndFormulasAsText() throws Exception {
        String ws = ExportFixture.seed();
        List<String> tempFilesBefore = poiTempFiles();
        byte[] bytes = asAdmin().queryParam("format", "xlsx").queryParam("sort", "key").get(path(ws)).then()
                .statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", org.hamcrest.Matchers.endsWith(".xlsx\"")).extract().asByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheet("Work items");
            assertThat(sheet.getLastRowNum()).as("a header and three items").isEqualTo(3);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            Row bug = sheet.getRow(1);
            assertThat(bug.getCell(header.indexOf("title")).getStringCellValue()).isEqualTo(ExportFixture.TRICKY_TITLE);
            assertThat(bug.getCell(header.indexOf("estimateMinutes")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(bug.getCell(header.indexOf("estimateMinutes")).getNumericCellValue()).isEqualTo(90.0);
            assertThat(bug.getCell(header.indexOf("customFields.cost")).getNumericCellValue()).isEqualTo(-3.25);
            assertThat(bug.getCell(header.indexOf("customFields.budget")).getStringCellValue()).isEqualTo("1200.50 EUR");
            var customer = bug.getCell(header.indexOf("customFields.customer"));
            assertThat(customer.getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(customer.getStringCellValue()).isEqualTo(ExportFixture.FORMULA);
            assertThat(customer.getCellStyle().getQuotePrefixed()).as("Excel keeps it text when edited").isTrue();
            assertThat(sheet.getRow(2).getCell(header.indexOf("parentKey")).getStringCellValue()).isEqualTo("EXP-1");
        }
        assertThat(poiTempFiles()).as("the workbook's temp files are deleted").isSubsetOf(tempFilesBefore);
    }

    @Test
    void theFilterAndSortOfTheListSelectAndOrderTheRows() {
        String ws = ExportFixture.seed();
        String csv = asAdmin().queryParam("filter", "labels CONTAINS \"customer\" OR type = BUG")
                .queryParam("sort", "-key").get(path(ws)).then().statusCode(200).extract().asString();

        List<String> keys = keys(csv);
        assertThat(keys).containsExactly("EXP-2", "EXP-1");
        assertThat(keys(asAdmin().queryParam("filter", "customFields.cost < 0").get(path(ws)).asString()))
                .containsExactly("EXP-1");
    }

    @Test
    void badInputIsRefusedAsTheListRefusesIt() {
        String ws = ExportFixture.seed();
        asAdmin().queryParam("format", "pdf").get(path(ws)).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("format")).body("errors[0].code", equalTo("INVALID_FORMAT"));
        String listCode = asAdmin().queryParam("filter", "priority >>> HIGH")
                .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(400).extract().path("code");
        asAdmin().queryParam("filter", "priority >>> HIGH").get(path(ws)).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo(listCode));
        asAdmin().queryParam("sort", "customFields.nothing").get(path(ws)).then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_SORT"));
    }

    @Test
    void aCallerNeedsToReadItemsAndSeesNoOtherWorkspace() {
        String ws = ExportFixture.seed();
        String other = aWorkspace();
        String projectsOnly = keyWith(ws, "projects:read");
        String reader = keyWith(ws, "work_items:read");

        given().header("Authorization", "Bearer " + projectsOnly).get(path(ws)).then().statusCode(403);
        given().header("Authorization", "Bearer " + reader).get(path(other)).then().statusCode(404)
                .body("code", equalTo("WORKSPACE_NOT_FOUND"));
        given().get(path(ws)).then().statusCode(401);
        assertThat(keys(given().header("Authorization", "Bearer " + reader).get(path(ws)).then().statusCode(200)
                .extract().asString())).hasSize(3);
    }

    static List<String> keys(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                    .getRecords().stream().map(r -> r.get("key")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String keyWith(String ws, String scope) {
        return asAdmin().body(Map.of("name", "Exporter " + scope, "scopes", List.of(scope)))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
    }

    /** SXSSF's temp files (gzipped sheet data) in POI's temp folder. */
    static List<String> poiTempFiles() {
        java.io.File[] files = new java.io.File(System.getProperty("java.io.tmpdir"), "poifiles")
                .listFiles((dir, name) -> name.startsWith("poi-sxssf"));
        return files == null ? List.of() : java.util.Arrays.stream(files).map(java.io.File::getName).toList();
    }
}
