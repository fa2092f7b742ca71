package io.worklane.api.rest.workitem;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.CommentService;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.workitem.Comment;
import io.worklane.openapi.api.CommentsApi;
import io.worklane.openapi.model.CommentCreate;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

@Authenticated
public class CommentsResource implements CommentsApi {
    private final CommentService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public CommentsResource(CommentService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createComment(String ws, String workItem, CommentCreate body,
                                                   String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/work-items/" + workItem
                        + "/comments", body, () -> service.create(c, ws, workItem, body.getBody()), WorkItemDtos::of,
                cm -> "/api/v1/workspaces/" + cm.workspaceId() + "/work-items/" + cm.workItemId() + "/comments/" + cm.id());
    }

    @Override
    public CompletionStage<Response> getComment(String ws, String workItem, String commentId) {
        return responses.ok(service.get(caller.get(), ws, workItem, commentId), WorkItemDtos::of, Comment::version);
    }

    @Override
    public CompletionStage<Response> listComments(String ws, String workItem, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, workItem, Pages.of(limit, cursor, "createdAt")),
                WorkItemDtos::comments);
    }

    @Override
    public CompletionStage<Response> updateComment(String ws, String workItem, String commentId, Map body,
                                                   String ifMatch) {
        MergePatch patch = MergePatch.of(body, Set.of("body"));
        var text = patch.requiredText("body");
        patch.check();
        if (!text.present()) {
            return responses.ok(service.get(caller.get(), ws, workItem, commentId), WorkItemDtos::of, Comment::version);
        }
        return responses.ok(service.edit(caller.get(), ws, workItem, commentId, Versions.ifMatch(ifMatch),
                text.value()), WorkItemDtos::of, Comment::version);
    }

    @Override
    public CompletionStage<Response> deleteComment(String ws, String workItem, String commentId, String ifMatch) {
        return responses.noContent(service.delete(caller.get(), ws, workItem, commentId, Versions.ifMatch(ifMatch)));
    }
}
