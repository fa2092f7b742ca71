package io.worklane.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventCatalogueTest {
    private static final Pattern TYPE = Pattern.compile("`([a-z_]+\\.[a-z_]+)`");

    @Test
    void theCatalogueIsTheDocumentedOne() throws IOException {
        String doc = Files.readString(Path.of("../docs/events.md"));
        String table = doc.substring(doc.indexOf("## Catalogue"));
        Set<String> documented = new TreeSet<>();
        Matcher m = TYPE.matcher(table); // the catalogue and, after it, the webhook section's own types
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).as("event types named in docs/events.md from its Catalogue on")
                .isEqualTo(new TreeSet<>(EventCatalogue.TYPES));
    }

    @Test
    void familiesAndCustomEvents() {
        assertThat(EventCatalogue.hasFamily("work_item.")).isTrue();
        assertThat(EventCatalogue.hasFamily("custom.")).isTrue();
        assertThat(EventCatalogue.hasFamily("invoice.")).isFalse();
        assertThat(EventCatalogue.isKnown("custom.escalated")).isTrue();
        assertThat(EventCatalogue.isKnown("work_item.exploded")).isFalse();
        assertThat(EventCatalogue.families()).startsWith("allocation.*, api_key.*").contains("custom.*");
    }
}
