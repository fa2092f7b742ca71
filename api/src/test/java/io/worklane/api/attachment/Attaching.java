package io.worklane.api.attachment;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.asAdmin;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Fixtures of the attachment tests: a workspace with an item, uploads and downloads as a client sends them. */
record Attaching(String slug, String workspaceId, String itemKey) {

    static Attaching aWorkspaceWithAnItem() {
        String slug = "att-" + UUID.randomUUID().toString().substring(0, 8);
        String id = asAdmin().body(Map.of("slug", slug, "name", "Attachments " + slug)).post("/api/v1/workspaces")
                .then().statusCode(201).extract().path("id");
        aProject(slug, "DOC");
        String key = aWorkItem(slug, "DOC", "Write the design").extract().path("key");
        return new Attaching(slug, id, key);
    }

    String attachments() {
        return "/api/v1/workspaces/" + slug + "/work-items/" + itemKey + "/attachments";
    }

    Response upload(String fileName, byte[] bytes, String declaredType) {
        return upload(fileName, bytes, declaredType, null);
    }

    Response upload(String fileName, byte[] bytes, String declaredType, String commentId) {
        RequestSpecification request = given().header("Authorization", "Bearer " + ADMIN_KEY)
                .multiPart("file", fileName, bytes, declaredType);
        if (commentId != null) {
            request.multiPart("comment", commentId);
        }
        return request.post(attachments());
    }

    String storageKey(String attachmentId) {
        return workspaceId + "/" + attachmentId;
    }

    /** Follows a download link as a browser would: its path on this server, no credential. */
    static Response follow(String downloadUrl) {
        return given().get(URI.create(downloadUrl).getRawPath());
    }

    static Response followWith(String credential, String downloadUrl) {
        return given().header("Authorization", "Bearer " + credential).get(URI.create(downloadUrl).getRawPath());
    }

    static byte[] bytes(int size) {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = (byte) ('a' + i % 26);
        }
        return out;
    }
}
