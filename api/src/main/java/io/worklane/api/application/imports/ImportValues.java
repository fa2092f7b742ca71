package io.worklane.api.application.imports;

import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text of a cell read as a field's value, the way the tools files come from write them: dates as ISO
 * (also with a time, as Trello writes them) or as Jira writes them ("05/Dec/26 3:30 PM"), Jira's issue types
 * and priorities. Null when the text is not such a value.
 */
final class ImportValues {
    private static final DateTimeFormatter JIRA_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d/MMM/yy[ h:mm a]").toFormatter(Locale.ENGLISH);
    private static final Map<String, Priority> PRIORITIES = Map.of("highest", Priority.URGENT, "critical", Priority.URGENT,
            "blocker", Priority.URGENT, "major", Priority.HIGH, "minor", Priority.LOW, "lowest", Priority.LOW,
            "trivial", Priority.LOW);
    private static final Map<String, WorkItemType> TYPES = Map.of("sub-task", WorkItemType.TASK, "subtask",
            WorkItemType.TASK, "improvement", WorkItemType.TASK, "new feature", WorkItemType.STORY);

    private ImportValues() {
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, JIRA_DATE);
            } catch (DateTimeParseException notJira) {
                return null;
            }
        }
    }

    static Priority priority(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(Priority.values()).filter(p -> p.name().equalsIgnoreCase(t)).findFirst()
                .orElse(PRIORITIES.get(t));
    }

    static WorkItemType type(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(WorkItemType.values()).filter(p -> p.name().equalsIgnoreCase(t)).findFirst()
                .orElse(TYPES.get(t));
    }

    static Long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A list in one cell: entries separated by commas (Jira's repeated columns are joined so too). */
    static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
    }
}
