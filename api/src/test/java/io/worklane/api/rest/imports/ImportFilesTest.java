package io.worklane.api.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worklane.api.application.imports.SourceTable;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading import files (no server): rows numbered as the file numbers them, repeated columns, faults placed. */
class ImportFilesTest {

    @Test
    void rows_keep_the_files_numbers_across_quoted_line_breaks_and_blank_lines_and_repeated_columns_join() {
        SourceTable t = CsvTables.of(FileText.of(("\uFEFFKey,Labels,Labels,Text\r\nA,x,y,\"two\nlines\"\r\n\r\nB,,z,plain\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(t.columns()).containsExactly("Key", "Labels", "Text");
        assertThat(t.rows()).extracting(SourceTable.Row::number).containsExactly(2, 4);
        assertThat(t.rows().get(0).values()).containsEntry("Labels", "x,y").containsEntry("Text", "two\nlines");
        assertThat(t.rows().get(1).value("Labels")).isEqualTo("z");
    }

    @Test
    void an_unclosed_quote_is_placed_where_it_opens_even_after_a_multi_line_cell() {
        FieldError e = fault(() -> CsvTables.of("Key,Text\nA,\"one\ntwo\"\nB,ok\nC,x,\"open\n"));
        assertThat(e.code()).isEqualTo("UNCLOSED_QUOTE");
        assertThat(e.row()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("3");
    }

    @Test
    void bytes_that_are_not_utf8_are_placed_by_line_and_character() {
        byte[] bytes = "Key,Text\nA,ok\nB,Stra\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1);
        FieldError e = fault(() -> FileText.of(bytes));
        assertThat(e.code()).isEqualTo("INVALID_ENCODING");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("character 7");
    }

    @Test
    void json_lines_number_rows_by_line_and_refuse_objects_as_values() {
        SourceTable t = JsonTables.jsonLines("{\"id\": 1, \"tags\": [\"a\", 2]}\n\n{\"id\": \"x\"}\n");
        assertThat(t.rows()).extracting(SourceTable.Row::number).containsExactly(1, 3);
        assertThat(t.rows().get(0).values()).containsEntry("id", "1").containsEntry("tags", "a,2");
        FieldError e = fault(() -> JsonTables.jsonLines("{\"id\": 1}\n{\"id\": {\"deep\": true}}\n"));
        assertThat(e.code()).isEqualTo("NOT_A_VALUE");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("id");
    }

    private static FieldError fault(Runnable read) {
        DomainException e = catchThrowableOfType(DomainException.class, read::run);
        assertThat(e).isNotNull();
        return e.errors().get(0);
    }
}
