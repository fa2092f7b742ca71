package io.worklane.persistence.template;

import io.worklane.domain.template.ProjectTemplate;
import io.worklane.domain.template.TemplateCheck;
import io.worklane.persistence.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The templates shipped with the server, read once from {@code templates/*.json} on the class path.
 * Their ids are fixed, so a script may name them; their creation time is the epoch, so every
 * workspace lists them before its own. A resource that does not read or check is a broken build.
 */
final class BuiltInTemplates {
    static final List<String> NAMES = List.of("product-launch", "marketing-campaign", "event",
            "software-implementation", "construction-project", "consulting-engagement");
    private static final Map<UUID, ProjectTemplate> ALL = load();

    private BuiltInTemplates() {
    }

    static Map<UUID, ProjectTemplate> all() {
        return ALL;
    }

    private static Map<UUID, ProjectTemplate> load() {
        Map<UUID, ProjectTemplate> out = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            ProjectTemplate t = read(NAMES.get(i), Instant.EPOCH.plusSeconds(i));
            out.put(t.id(), t);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static ProjectTemplate read(String name, Instant createdAt) {
        String resource = "templates/" + name + ".json";
        try (InputStream in = BuiltInTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in template " + resource + " is missing");
            }
            Map<String, Object> m = Json.map(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var content = TemplateJson.read((Map<String, Object>) m.get("content"));
            TemplateCheck.check(content);
            return new ProjectTemplate(UUID.fromString((String) m.get("id")), null, (String) m.get("name"),
                    (String) m.get("description"), true, null, ProjectTemplate.Summary.of(content), content, null, 0,
                    createdAt);
        } catch (IOException e) {
            throw new IllegalStateException("built-in template " + resource + " cannot be read", e);
        }
    }
}
