package io.worklane.domain.form;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.Priority;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A submission read against its form: every problem (an unknown field, a missing or malformed answer, a missing
 * email) is collected and refused at once (400 VALIDATION_FAILED, one entry per field); an accepted one says what
 * the new item gets. Text is kept as sent: it is data, never markup to run. A filled honeypot ({@link #HONEYPOT},
 * hidden by front ends, so only robots fill it) makes the submission {@link Answers#spam()} whatever else it holds.
 */
public final class FormAnswers {
    public static final String EMAIL = "email";
    public static final String HONEYPOT = "website";
    public static final Set<String> RESERVED = Set.of(EMAIL, HONEYPOT);
    private static final Pattern EMAIL_FORMAT = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_TITLE = 500;

    /** What the new item gets; {@code spam} when the honeypot was filled (nothing is then written). */
    public record Answers(boolean spam, String email, String title, String description, Priority priority,
                          LocalDate dueDate, Map<String, Object> customFields) {
    }

    private FormAnswers() {
    }

    public static Answers read(Form form, Map<String, Object> body) {
        Object honeypot = body.get(HONEYPOT);
        if (honeypot != null && !"".equals(honeypot)) {
            return new Answers(true, null, null, null, null, null, Map.of());
        }
        FormDefinition d = form.definition();
        Validation v = new Validation();
        body.keySet().stream().filter(k -> !RESERVED.contains(k) && d.fields().stream().noneMatch(f -> f.key().equals(k)))
                .sorted().forEach(k -> v.add(new FieldError(k, "UNKNOWN_FIELD", "is not a field of this form")));
        String email = body.get(EMAIL) instanceof String s ? s.strip() : null;
        v.require(body.get(EMAIL) != null, EMAIL, "REQUIRED", "is required: where to reach you about this request");
        if (body.get(EMAIL) != null) {
            v.require(email != null && email.length() <= 254 && EMAIL_FORMAT.matcher(email).matches(), EMAIL,
                    "INVALID_FORMAT", "must be an email address such as ada@example.com");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField f : d.fields()) {
            Object raw = body.get(f.key());
            boolean absent = raw == null || "".equals(raw);
            v.require(!absent || !f.required(), f.key(), "REQUIRED", "is required");
            if (!absent) {
                AnswerCheck.of(f, raw).ifPresentOrElse(problem -> v.add(new FieldError(f.key(), problem.code(),
                        problem.message())), () -> values.put(f.target(), AnswerCheck.value(f, raw)));
            }
        }
        v.orThrow();
        return answers(d, email, values);
    }

    private static Answers answers(FormDefinition d, String email, Map<String, Object> values) {
        Map<String, Object> custom = new LinkedHashMap<>();
        values.forEach((target, value) -> FormTarget.customKey(target).ifPresent(key -> custom.put(key, value)));
        String title = (String) values.get(FormTarget.TITLE);
        Object priority = values.get(FormTarget.PRIORITY);
        Object due = values.get(FormTarget.DUE_DATE);
        return new Answers(false, email, title == null ? d.title() : title.strip(),
                (String) values.get(FormTarget.DESCRIPTION), priority == null ? null : Priority.valueOf((String) priority),
                due == null ? null : LocalDate.parse((String) due), custom);
    }

    /** Title answers also fit a work item's title. */
    static int limit(FormField f) {
        return FormTarget.TITLE.equals(f.target()) ? Math.min(f.textLimit(), MAX_TITLE) : f.textLimit();
    }
}
