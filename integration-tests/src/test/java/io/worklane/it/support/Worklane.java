package io.worklane.it.support;

import io.worklane.client.ApiClient;
import io.worklane.client.ApiException;
import io.worklane.client.support.RetryPolicy;
import io.worklane.client.support.WorklaneClient;
import io.worklane.client.api.CommentsApi;
import io.worklane.client.api.CustomFieldsApi;
import io.worklane.client.api.MembersApi;
import io.worklane.client.api.ProjectsApi;
import io.worklane.client.api.WorkItemsApi;
import io.worklane.client.api.WorkflowsApi;
import io.worklane.client.api.WorkspacesApi;
import io.worklane.client.model.Comment;
import io.worklane.client.model.CommentCreate;
import io.worklane.client.model.CustomField;
import io.worklane.client.model.CustomFieldCreate;
import io.worklane.client.model.CustomFieldType;
import io.worklane.client.model.Member;
import io.worklane.client.model.MemberCreate;
import io.worklane.client.model.MemberRole;
import io.worklane.client.model.Project;
import io.worklane.client.model.ProjectCreate;
import io.worklane.client.model.WorkItem;
import io.worklane.client.model.WorkItemCreate;
import io.worklane.client.model.WorkItemList;
import io.worklane.client.model.WorkItemPatch;
import io.worklane.client.model.Workspace;
import io.worklane.client.model.WorkspaceCreate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The test's view of a running Worklane: the REST client generated from {@code openapi.yaml}, one
 * API object per tag, authenticated with an API key, plus GraphQL, plus the request bodies and
 * "given" helpers the scenarios are written with ({@code aWorkspace("acme")}, {@code aProject(ws, "ENG")}).
 */
public final class Worklane {
    public final WorkspacesApi workspaces;
    public final MembersApi members;
    public final ProjectsApi projects;
    public final CustomFieldsApi customFields;
    public final WorkItemsApi workItems;
    public final CommentsApi comments;
    public final WorkflowsApi workflows;
    public final GraphQl graphQl;
    private final URI baseUri;
    private final String apiKey;

    private Worklane(URI baseUri, String apiKey) {
        this.baseUri = baseUri;
        this.apiKey = apiKey;
        // the published client; no retries, so that a test sees every answer the server gives (429s included)
        WorklaneClient.Builder builder = WorklaneClient.builder(baseUri).readTimeout(Duration.ofSeconds(30))
                .retries(RetryPolicy.NONE);
        ApiClient client = (apiKey == null ? builder : builder.apiKey(apiKey)).build().apiClient();
        workspaces = new WorkspacesApi(client);
        members = new MembersApi(client);
        projects = new ProjectsApi(client);
        customFields = new CustomFieldsApi(client);
        workItems = new WorkItemsApi(client);
        comments = new CommentsApi(client);
        workflows = new WorkflowsApi(client);
        graphQl = new GraphQl(baseUri, apiKey);
    }

    /** A client sending {@code Authorization: Bearer <apiKey>} on every request. */
    public static Worklane connect(URI baseUri, String apiKey) {
        return new Worklane(baseUri, apiKey);
    }

    /** A client sending no credentials at all. */
    public static Worklane anonymous(URI baseUri) {
        return new Worklane(baseUri, null);
    }

    // ------------------------------------------------------------------ request bodies

    /** A workspace with this slug, named after it. */
    public static WorkspaceCreate workspace(String slug) {
        return new WorkspaceCreate().slug(slug).name("Workspace " + slug);
    }

    public static MemberCreate member(String email, MemberRole role) {
        return new MemberCreate().email(email).role(role);
    }

    /** A project (kind and status left to their defaults) with this key, named after it. */
    public static ProjectCreate project(String key) {
        return new ProjectCreate().key(key).name("Project " + key);
    }

    /** A SELECT custom field with these options. */
    public static CustomFieldCreate selectField(String key, String... options) {
        return new CustomFieldCreate().key(key).name(Character.toUpperCase(key.charAt(0)) + key.substring(1))
                .type(CustomFieldType.SELECT).options(List.of(options));
    }

    /** A work item of this project (key or id), everything else left to the defaults. */
    public static WorkItemCreate workItem(String project, String title) {
        return new WorkItemCreate().project(project).title(title);
    }

    public static CommentCreate comment(String body) {
        return new CommentCreate().body(body);
    }

    /** An empty merge patch: only what is set on it is sent. */
    public static WorkItemPatch change() {
        return new WorkItemPatch();
    }

    // ------------------------------------------------------------------ given ...

    public Workspace aWorkspace(String slug) throws ApiException {
        return workspaces.createWorkspace(workspace(slug), null);
    }

    public Member aMember(String ws, String email, MemberRole role) throws ApiException {
        return members.addMember(ws, member(email, role), null);
    }

    public Project aProject(String ws, String key) throws ApiException {
        return projects.createProject(ws, project(key), null);
    }

    public CustomField aSelectField(String ws, String project, String key, String... options) throws ApiException {
        return customFields.createCustomField(ws, project, selectField(key, options), null);
    }

    public WorkItem aWorkItem(String ws, WorkItemCreate draft) throws ApiException {
        return workItems.createWorkItem(ws, draft, null);
    }

    public Comment aComment(String ws, String workItem, String body) throws ApiException {
        return comments.createComment(ws, workItem, comment(body), null);
    }

    // ------------------------------------------------------------------ plain HTTP

    /**
     * Follows a {@code Location} header (absolute or relative) with an authenticated GET and returns
     * the status and JSON body: what a client that knows nothing but the link would get.
     */
    public Followed follow(String location) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(location)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Followed(response.statusCode(), new ObjectMapper().readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status and JSON body of a followed link. */
    public record Followed(int status, JsonNode body) {
        public String id() {
            return body.path("id").asText(null);
        }
    }

    // ------------------------------------------------------------------ lists

    /** The first page of work items matching {@code query}. */
    public WorkItemList list(String ws, WorkItemQuery query) throws ApiException {
        return query.page(workItems, ws, null);
    }

    /**
     * Every page of work items matching {@code query}: follows {@code nextCursor} from the first page
     * until it is absent or null. Fails rather than loop for ever when the server keeps handing out
     * cursors (more than {@code maxPages}).
     */
    public List<WorkItemList> allPages(String ws, WorkItemQuery query, int maxPages) throws ApiException {
        List<WorkItemList> pages = new ArrayList<>();
        String cursor = null;
        do {
            if (pages.size() == maxPages) {
                throw new AssertionError("still a nextCursor after " + maxPages + " pages: " + cursor);
            }
            WorkItemList page = query.page(workItems, ws, cursor);
            pages.add(page);
            cursor = page.getNextCursor();
        } while (cursor != null);
        return pages;
    }

    /** One attribute of every item of every page, in order. */
    public static <T> List<T> flatten(List<WorkItemList> pages, Function<WorkItem, T> attribute) {
        return pages.stream().flatMap(page -> page.getItems().stream()).map(attribute).toList();
    }
}
