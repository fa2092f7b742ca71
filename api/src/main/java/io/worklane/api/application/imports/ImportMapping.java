package io.worklane.api.application.imports;

import io.worklane.domain.workitem.WorkItemType;
import java.util.Map;

/**
 * How an uploaded file becomes work items: the project they go to, the columns each field is read from
 * ({@code columns}: column → field, see {@link ImportFields}), the file's state names mapped onto the
 * workflow's states ({@code states}), and the source their external ids belong to.
 */
public record ImportMapping(ImportFormat format, String project, String source, boolean dryRun,
                            Map<String, String> columns, Map<String, String> states, WorkItemType defaultType) {

    public String sourceOrDefault() {
        return source == null || source.isBlank() ? format.defaultSource() : source.trim();
    }

    public ImportMapping withColumns(Map<String, String> presetColumns) {
        return new ImportMapping(format, project, source, dryRun, presetColumns, states, defaultType);
    }
}
