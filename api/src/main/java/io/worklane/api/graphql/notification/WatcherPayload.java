package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;

@Description("The watch after the change; null when the member no longer watches.")
public record WatcherPayload(@Description("The watcher; null when the member no longer watches.") WatcherType watcher) {
}
