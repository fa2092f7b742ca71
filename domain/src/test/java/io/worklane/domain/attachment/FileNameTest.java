package io.worklane.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertThat(FileName.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileName.sanitise("C:\\Users\\ada\\report.pdf")).isEqualTo("report.pdf");
    }

    @Test
    void controlFormatAndReservedCharactersGo() {
        assertThat(FileName.sanitise("in\u0000voice\u0007.pdf")).isEqualTo("invoice.pdf");
        // a right-to-left override would show "cod.exe" as "exe.doc"
        assertThat(FileName.sanitise("photo\u202egnp.exe")).isEqualTo("photognp.exe");
        assertThat(FileName.sanitise("a\"b<c>d|e?f*g:h.txt")).isEqualTo("abcdefgh.txt");
    }

    @Test
    void spacesAndDotsAtTheEndsAreTrimmedAndNothingLeftIsFile() {
        assertThat(FileName.sanitise("  .hidden report.txt. ")).isEqualTo("hidden report.txt");
        assertThat(FileName.sanitise("../..")).isEqualTo("file");
        assertThat(FileName.sanitise("\u0000\u0001")).isEqualTo("file");
        assertThat(FileName.sanitise(null)).isEqualTo("file");
    }

    @Test
    void aLongNameIsCutInItsStemKeepingTheExtensionWithin255Bytes() {
        String name = FileName.sanitise("é".repeat(300) + ".pdf");
        assertThat(name).endsWith(".pdf");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    }

    @Test
    void nonLatinNamesStay() {
        assertThat(FileName.sanitise("報告書 2026.pdf")).isEqualTo("報告書 2026.pdf");
    }
}
