package io.worklane.it.bench;

import io.worklane.client.ApiException;
import io.worklane.client.model.MemberRole;
import io.worklane.it.support.Worklane;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference workspace, seeded through the API as a user would: 10 projects of 100 work
 * items, each item with 2 assignees and 3 comments (1,000 items, 3,000 comments).
 */
final class ReferenceWorkspace {
    static final String SLUG = "bench";
    static final int PROJECTS = 10;
    static final int ITEMS_PER_PROJECT = 100;
    static final int COMMENTS_PER_ITEM = 3;

    private ReferenceWorkspace() {
    }

    static String projectKey(int p) {
        return "P" + (char) ('A' + p);
    }

    static void seed(Worklane api) throws Exception {
        api.aWorkspace(SLUG);
        List<UUID> assignees = List.of(api.aMember(SLUG, "ada@example.com", MemberRole.MEMBER).getId(),
                api.aMember(SLUG, "bob@example.com", MemberRole.MEMBER).getId());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int p = 0; p < PROJECTS; p++) {
                String key = projectKey(p);
                api.aProject(SLUG, key);
                done.add(pool.submit(() -> items(api, key, assignees)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Void items(Worklane api, String project, List<UUID> assignees) throws ApiException {
        for (int i = 0; i < ITEMS_PER_PROJECT; i++) {
            String key = api.aWorkItem(SLUG, Worklane.workItem(project, "Item " + i + " of " + project)
                    .description("The reference item " + i + ", with a description of a few words.")
                    .assigneeIds(new java.util.LinkedHashSet<>(assignees))).getKey();
            for (int c = 0; c < COMMENTS_PER_ITEM; c++) {
                api.aComment(SLUG, key, "Comment " + c + " on " + key);
            }
        }
        return null;
    }
}
