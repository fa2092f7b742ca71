package io.worklane.api.application.form;

import io.worklane.domain.form.FormDefinition;

/** A form as asked for: its project (id or key) and what it is. */
public record FormDraft(String project, FormDefinition definition) {
}
