package io.worklane.domain.calendar;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.List;

/** What a caller asks for: a scope, and the project (key or id) of a PROJECT feed, which only it takes. */
public record FeedRequest(FeedScope scope, String project) {

    public FeedRequest validated() {
        if (scope == null) {
            throw DomainException.validation(List.of(new FieldError("scope", "REQUIRED",
                    "Say what the feed shows: \"MEMBER\" (your assigned items) or \"PROJECT\" (one project's).")));
        }
        if (scope == FeedScope.PROJECT && (project == null || project.isBlank())) {
            throw DomainException.validation(List.of(new FieldError("project", "REQUIRED",
                    "A PROJECT feed needs the project's key or id, e.g. \"project\": \"ENG\".")));
        }
        if (scope == FeedScope.MEMBER && project != null) {
            throw DomainException.validation(List.of(new FieldError("project", "NOT_ALLOWED",
                    "A MEMBER feed shows your items of every project: leave out \"project\", or ask for a PROJECT feed.")));
        }
        return this;
    }
}
