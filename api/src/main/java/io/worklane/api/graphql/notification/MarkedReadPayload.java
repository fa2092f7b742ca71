package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;

@Description("How many notifications were marked read.")
public record MarkedReadPayload(@Description("How many were unread and are now read.") int marked) {
}
