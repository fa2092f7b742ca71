package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createCustomField and updateCustomField. */
public record CustomFieldPayload(@NonNull CustomField customField) {
}
