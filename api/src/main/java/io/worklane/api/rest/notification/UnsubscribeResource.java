package io.worklane.api.rest.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.PreferenceService;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.openapi.api.NotificationUnsubscribeApi;
import io.worklane.openapi.model.Unsubscribed;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The unsubscribe links of e-mails: open without a credential (the signed link is one). */
@PermitAll
public class UnsubscribeResource implements NotificationUnsubscribeApi {
    private final PreferenceService preferences;
    private final RestResponses responses;

    public UnsubscribeResource(PreferenceService preferences, RestResponses responses) {
        this.preferences = preferences;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> unsubscribeByLink(String token) {
        return unsubscribe(token);
    }

    @Override
    public CompletionStage<Response> unsubscribeOneClick(String token) {
        return unsubscribe(token);
    }

    private CompletionStage<Response> unsubscribe(String token) {
        return responses.list(Uni.createFrom().deferred(() -> preferences.unsubscribe(token)), UnsubscribeResource::of);
    }

    private static Unsubscribed of(List<NotificationKind> kinds) {
        List<String> names = kinds.stream().map(Enum::name).toList();
        return new Unsubscribed().kinds(kinds.stream().map(k -> io.worklane.openapi.model.NotificationKind.fromValue(
                k.name())).toList()).message("You will get no more e-mails about: " + String.join(", ", names)
                + ". Your inbox still shows them.");
    }
}
