package io.worklane.api.rest.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.InboxService;
import io.worklane.api.application.notification.PreferenceService;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.NotificationsApi;
import io.worklane.openapi.model.MarkedRead;
import io.worklane.openapi.model.NotificationPreferencesUpdate;
import io.worklane.openapi.model.UnreadCount;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

@Authenticated
public class NotificationsResource implements NotificationsApi {
    private final InboxService inbox;
    private final PreferenceService preferences;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public NotificationsResource(InboxService inbox, PreferenceService preferences, CurrentCaller caller,
                                 RestResponses responses) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> listMyNotifications(Boolean unread, Integer limit, String cursor) {
        return responses.list(Uni.createFrom().deferred(() -> inbox.inbox(caller.get(), Boolean.TRUE.equals(unread),
                Pages.of(limit, cursor, "-createdAt"))), NotificationDtos::list);
    }

    @Override
    public CompletionStage<Response> countMyUnreadNotifications() {
        return responses.list(Uni.createFrom().deferred(() -> inbox.unreadCount(caller.get())),
                n -> new UnreadCount().count(n));
    }

    @Override
    public CompletionStage<Response> markNotificationRead(String notificationId) {
        return responses.list(Uni.createFrom().deferred(() -> inbox.markRead(caller.get(), notificationId)),
                NotificationDtos::of);
    }

    @Override
    public CompletionStage<Response> markAllNotificationsRead() {
        return responses.list(Uni.createFrom().deferred(() -> inbox.markAllRead(caller.get())),
                n -> new MarkedRead().marked(n));
    }

    @Override
    public CompletionStage<Response> getMyNotificationPreferences(String workspace) {
        return responses.list(Uni.createFrom().deferred(() -> preferences.get(caller.get(), workspace)),
                NotificationDtos::preferences);
    }

    @Override
    public CompletionStage<Response> updateMyNotificationPreferences(NotificationPreferencesUpdate body, String workspace) {
        return responses.list(Uni.createFrom().deferred(() -> preferences.update(caller.get(), workspace,
                body.getPreferences().stream().map(NotificationDtos::of).toList())), NotificationDtos::preferences);
    }
}
