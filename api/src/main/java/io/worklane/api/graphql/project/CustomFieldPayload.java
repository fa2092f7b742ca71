package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createCustomField and updateCustomField. */
@Description("The answer of a mutation that creates or changes a custom field.")
public record CustomFieldPayload(@Description("The custom field as the mutation left it.")
                                 @NonNull CustomField customField) {
}
