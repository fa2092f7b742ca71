package io.worklane.api.attachment;

import static io.worklane.api.attachment.Attaching.bytes;
import static io.worklane.api.attachment.Attaching.follow;
import static io.worklane.api.attachment.Attaching.followWith;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.worklane.api.application.attachment.BlobSweeper;
import io.worklane.api.support.GraphQL;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.attachment.BlobStore;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.InstanceSecrets;
import io.worklane.domain.shared.SignedToken;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What attachments do, whatever store holds their bytes: run once on the filesystem and once on a real
 * S3-compatible server. Each test works in a workspace of its own.
 */
abstract class AttachmentStorageContract {
    @Inject
    BlobStore store;
    @Inject
    BlobSweeper sweeper;
    @Inject
    ApiKeys apiKeys;
    @Inject
    InstanceSecrets secrets;

    /** The store's own view of the bytes, outside Worklane (a file on disk, an object over S3's HTTP API). */
    abstract Optional<byte[]> bytesSeenByTheStore(String storageKey);

    abstract String expectedStoreKind();

    @Test
    void aFileIsStoredTypedFromItsBytesListedAndDownloadedThroughASignedLink() throws Exception {
        Attaching w = Attaching.aWorkspaceWithAnItem();
        byte[] content = "Meeting notes: ship on Friday.\n".getBytes(StandardCharsets.UTF_8);

        Response created = w.upload("notes.txt", content, "application/pdf");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        JsonPath a = created.jsonPath();
        assertThat(created.header("Location")).endsWith("/attachments/" + a.getString("id"));
        assertThat(a.getString("fileName")).isEqualTo("notes.txt");
        assertThat(a.getString("contentType")).isEqualTo("text/plain");
        assertThat(a.getString("declaredType")).isEqualTo("application/pdf");
        assertThat(a.getLong("sizeBytes")).isEqualTo(content.length);
        assertThat(a.getString("sha256")).isEqualTo(sha256(content));
        assertThat(a.getString("workItemKey")).isEqualTo(w.itemKey());
        assertThat(store.kind()).isEqualTo(expectedStoreKind());
        assertThat(bytesSeenByTheStore(w.storageKey(a.getString("id")))).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));

        JsonPath listed = asAdmin().get(w.attachments()).then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("items.id", String.class)).containsExactly(a.getString("id"));

        Response download = follow(asAdmin().get(w.attachments() + "/" + a.getString("id")).then().statusCode(200)
                .extract().path("downloadUrl"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(content);
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"notes.txt\"");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.contentType()).startsWith("text/plain");
    }

    @Test
    void anExecutableCalledAnImageIsStoredWithItsRealTypeAndServedAsADownload() {
        Attaching w = Attaching.aWorkspaceWithAnItem();
        byte[] program = windowsProgram();

        JsonPath a = w.upload("cute-cat.png", program, "image/png").then().statusCode(201).extract().jsonPath();

        assertThat(a.getString("contentType")).isEqualTo("application/x-msdownload").doesNotStartWith("image/");
        Response download = follow(a.getString("downloadUrl"));
        assertThat(download.contentType()).startsWith("application/x-msdownload");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.asByteArray()).isEqualTo(program);
    }

    @Test
    void fileNamesAreSanitised() {
        Attaching w = Attaching.aWorkspaceWithAnItem();

        JsonPath traversal = w.upload("../../etc/pass\u0007wd\u202e.txt", bytes(10), "text/plain").then().statusCode(201)
                .extract().jsonPath();
        JsonPath nothingLeft = w.upload("..\u0000/..", bytes(10), "text/plain").then().statusCode(201)
                .extract().jsonPath();

        assertThat(traversal.getString("fileName")).isEqualTo("passwd.txt");
        assertThat(nothingLeft.getString("fileName")).isEqualTo("file");
        assertThat(follow(traversal.getString("downloadUrl")).header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"passwd.txt\"; filename*=UTF-8''passwd.txt");
    }

    @Test
    void anEmptyFileIsRefusedAndNothingIsStored() {
        Attaching w = Attaching.aWorkspaceWithAnItem();

        Response refused = w.upload("empty.txt", new byte[0], "text/plain");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("ATTACHMENT_EMPTY");
        assertThat(asAdmin().get(w.attachments()).then().extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitAndNothingIsStored() {
        Attaching w = Attaching.aWorkspaceWithAnItem();

        Response refused = w.upload("big.bin", bytes(SmallLimits.MAX_BYTES + 1), "application/octet-stream");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("ATTACHMENT_TOO_LARGE");
        assertThat(refused.jsonPath().getString("detail")).contains(String.valueOf(SmallLimits.MAX_BYTES));
        assertThat(asAdmin().get(w.attachments()).then().extract().jsonPath().getList("items")).isEmpty();
        // the next upload fills the whole quota: the refused one took none of it
        for (int i = 0; i < SmallLimits.QUOTA_BYTES / SmallLimits.MAX_BYTES; i++) {
            w.upload("part-" + i + ".bin", bytes(SmallLimits.MAX_BYTES), "application/octet-stream").then().statusCode(201);
        }
    }

    @Test
    void theWorkspaceQuotaHoldsAndDeletingGivesItsSpaceBack() {
        Attaching w = Attaching.aWorkspaceWithAnItem();
        String first = null;
        for (int i = 0; i < SmallLimits.QUOTA_BYTES / SmallLimits.MAX_BYTES; i++) {
            String id = w.upload("part-" + i + ".bin", bytes(SmallLimits.MAX_BYTES), "application/octet-stream")
                    .then().statusCode(201).extract().path("id");
            first = first == null ? id : first;
        }

        Response refused = w.upload("one-too-many.bin", bytes(1), "application/octet-stream");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.jsonPath().getString("code")).isEqualTo("ATTACHMENT_QUOTA_EXCEEDED");
        assertThat(refused.jsonPath().getString("detail")).contains(String.valueOf(SmallLimits.QUOTA_BYTES));
        asAdmin().delete(w.attachments() + "/" + first).then().statusCode(204);
        w.upload("fits-again.bin", bytes(1), "application/octet-stream").then().statusCode(201);
    }

    @Test
    void aDeletedAttachmentIsGoneWithItsLinkAndItsBytes() {
        Attaching w = Attaching.aWorkspaceWithAnItem();
        JsonPath a = w.upload("old.txt", bytes(100), "text/plain").then().statusCode(201).extract().jsonPath();
        String url = a.getString("downloadUrl");

        asAdmin().header("If-Match", "\"0\"").delete(w.attachments() + "/" + a.getString("id")).then().statusCode(204);

        asAdmin().get(w.attachments() + "/" + a.getString("id")).then().statusCode(404);
        Response link = follow(url);
        assertThat(link.statusCode()).isEqualTo(404);
        assertThat(link.jsonPath().getString("code")).isEqualTo("LINK_NOT_VALID");
        sweeper.sweep().await().indefinitely();
        assertThat(bytesSeenByTheStore(w.storageKey(a.getString("id")))).isEmpty();
    }

    @Test
    void attachmentsGoWithTheirWorkItem() {
        Attaching w = Attaching.aWorkspaceWithAnItem();
        JsonPath a = w.upload("with-item.txt", bytes(100), "text/plain").then().statusCode(201).extract().jsonPath();
        assertThat(bytesSeenByTheStore(w.storageKey(a.getString("id")))).isPresent();

        asAdmin().delete("/api/v1/workspaces/" + w.slug() + "/work-items/" + w.itemKey()).then().statusCode(204);

        assertThat(follow(a.getString("downloadUrl")).statusCode()).isEqualTo(404);
        sweeper.sweep().await().indefinitely();
        assertThat(bytesSeenByTheStore(w.storageKey(a.getString("id")))).isEmpty();
    }

    @Test
    void aFileOnACommentIsListedWithTheCommentAndGoesWithIt() {
        Attaching w = Attaching.aWorkspaceWithAnItem();
        String comments = "/api/v1/workspaces/" + w.slug() + "/work-items/" + w.itemKey() + "/comments";
        String commentId = asAdmin().body(Map.of("body", "See the screenshot")).post(comments).then().statusCode(201)
                .extract().path("id");
        w.upload("on-item.txt", bytes(10), "text/plain").then().statusCode(201);
        String onComment = w.upload("screenshot.txt", bytes(20), "text/plain", commentId).then().statusCode(201)
                .extract().path("id");

        assertThat(asAdmin().queryParam("comment", commentId).get(w.attachments()).then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).containsExactly(onComment);
        JsonPath graph = GraphQL.ok(io.worklane.api.support.Api.ADMIN_KEY, """
                query($id: ID!) { node(id: $id) { ... on WorkItem {
                  attachments(first: 10) { edges { node { fileName commentId } } }
                  comments { body attachments { id fileName downloadUrl } } } } }""",
                Map.of("id", asAdmin().get("/api/v1/workspaces/" + w.slug() + "/work-items/" + w.itemKey())
                        .then().extract().path("id")));
        assertThat(graph.getList("data.node.attachments.edges.node.fileName", String.class))
                .containsExactly("on-item.txt", "screenshot.txt");
        assertThat(graph.getList("data.node.comments[0].attachments.id", String.class)).containsExactly(onComment);

        asAdmin().delete(comments + "/" + commentId).then().statusCode(204);
        assertThat(asAdmin().get(w.attachments()).then().extract().jsonPath().getList("items.fileName", String.class))
                .containsExactly("on-item.txt");
    }

    @Test
    void aCommentOfAnotherItemIsRefused() {
        Attaching w = Attaching.aWorkspaceWithAnItem();
        Response refused = w.upload("x.txt", bytes(10), "text/plain", UUID.randomUUID().toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("comment");
        assertThat(asAdmin().get(w.attachments()).then().extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void aLinkOfOneWorkspaceIsUselessToACallerOfAnotherAndCannotBeBentOrStretched() {
        Attaching ours = Attaching.aWorkspaceWithAnItem();
        Attaching theirs = Attaching.aWorkspaceWithAnItem();
        JsonPath a = ours.upload("ours.txt", bytes(10), "text/plain").then().statusCode(201).extract().jsonPath();
        JsonPath b = theirs.upload("theirs.txt", bytes(10), "text/plain").then().statusCode(201).extract().jsonPath();
        String theirKey = aKeyOf(theirs.workspaceId());
        String url = a.getString("downloadUrl");

        assertThat(followWith(theirKey, url).statusCode()).isEqualTo(404);
        assertThat(followWith(theirKey, url).jsonPath().getString("code")).isEqualTo("LINK_NOT_VALID");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + theirKey)
                .get(ours.attachments() + "/" + a.getString("id")).then().statusCode(404);
        assertThat(followWith(aKeyOf(ours.workspaceId()), url).statusCode()).isEqualTo(200);

        String token = url.substring(url.lastIndexOf('/') + 1);
        String signature = token.substring(token.indexOf('.'));
        byte[] secret = secrets.get("download-links").await().indefinitely();
        String bent = SignedToken.sign(new byte[32], "attachment-download",
                List.of(theirs.workspaceId(), b.getString("id")), Instant.now().plusSeconds(60));
        String swapped = bent.substring(0, bent.indexOf('.')) + signature;
        String expired = SignedToken.sign(secret, "attachment-download",
                List.of(ours.workspaceId(), a.getString("id")), Instant.now().minusSeconds(1));
        for (String forged : List.of(bent, swapped, expired, token + "x", "garbage")) {
            Response refused = follow("/api/v1/attachment-downloads/" + forged);
            assertThat(refused.statusCode()).as(forged).isEqualTo(404);
            assertThat(refused.jsonPath().getString("code")).isEqualTo("LINK_NOT_VALID");
        }
    }

    @Test
    void graphQLDeletesAnAttachment() {
        Attaching w = Attaching.aWorkspaceWithAnItem();
        String id = w.upload("gone.txt", bytes(10), "text/plain").then().statusCode(201).extract().path("id");

        JsonPath deleted = GraphQL.ok(io.worklane.api.support.Api.ADMIN_KEY, """
                mutation($in: DeleteAttachmentInput!) { deleteAttachment(input: $in) { deletedId } }""",
                Map.of("in", Map.of("workspace", w.slug(), "workItem", w.itemKey(), "id", id, "expectedVersion", 0)));

        assertThat(deleted.getString("data.deleteAttachment.deletedId")).isEqualTo(id);
        asAdmin().get(w.attachments() + "/" + id).then().statusCode(404);
    }

    private String aKeyOf(String workspaceId) {
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.insert(new ApiKey(Ids.newId(), UUID.fromString(workspaceId), "attachment test key", secret.displayPrefix(),
                secret.hash(), Set.of("admin"), false, Instant.now().truncatedTo(ChronoUnit.MICROS), null, null))
                .await().indefinitely();
        return secret.value();
    }

    /** The first bytes of a Windows program (an "MZ" executable header with its PE signature). */
    static byte[] windowsProgram() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static Optional<byte[]> readAll(Optional<InputStream> in) {
        return in.map(stream -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
