package io.worklane.api.query;

import java.util.List;
import java.util.Random;

/**
 * Random filter expressions over every field and operator, from a fixed seed: the same cases on every
 * run, so a disagreement can be replayed. Atoms use the fixture's values so that most match some items.
 */
final class FilterExpressions {
    private final Random random;
    private final List<String> atoms;

    FilterExpressions(long seed, FilterFixture f) {
        this.random = new Random(seed);
        this.atoms = List.of(
                "key = \"FQ-3\"", "key ~ \"fq-1\"", "key IN (\"FQ-1\", \"FR-2\")", "title ~ \"LOGIN\"",
                "title = \"Task 1\"", "description ~ \"urgent\"", "description IS EMPTY", "description IS NOT EMPTY",
                "description = \"   \"", "description != \"\"",
                "status = done", "status IN (todo, in_progress)", "status != cancelled",
                "statusCategory = DONE", "statusCategory IN (TODO, IN_PROGRESS)", "statusCategory != CANCELLED",
                "priority = HIGH", "priority != NONE", "priority < MEDIUM", "priority <= MEDIUM", "priority > LOW",
                "priority >= HIGH", "priority IN (LOW, URGENT)", "priority NOT IN (NONE)",
                "type = BUG", "type IN (TASK, MILESTONE)", "type != STORY",
                "assignee = " + f.ada, "assignee = \"BOB@example.com\"", "assignee = me", "assignee != me",
                "assignees CONTAINS " + f.bob, "assignee IS EMPTY", "assignee NOT IN (" + f.bob + ")",
                "assignee IN (\"nobody@example.com\", " + f.bob + ")",
                "reporter = " + f.ada, "reporter = \"bob@example.com\"", "reporter IS EMPTY", "reporter != " + f.bob,
                "labels CONTAINS \"customer\"", "labels ~ \"cust\"", "labels IN (\"backend\", \"nope\")",
                "labels IS EMPTY", "labels NOT IN (\"customer\")",
                "project = FQ", "project != FR", "project IN (FR, NOPE)", "project = NOPE",
                "parent = FQ-1", "parent IS EMPTY", "parent IS NOT EMPTY", "parent != FQ-1",
                "milestone = FQ-13", "milestone IS EMPTY", "milestone IS NOT EMPTY", "milestone != FQ-1",
                "dueDate < today", "dueDate <= today+1d", "dueDate > today-2d", "dueDate = today", "dueDate IS EMPTY",
                "dueDate != today", "startDate >= today-2d", "startDate < " + FilterFixture.TODAY.minusDays(1),
                "startDate IN (today, today-4d)", "createdAt = today", "createdAt <= today", "createdAt > today-1d",
                "createdAt < today", "updatedAt >= today", "completedAt IS EMPTY", "completedAt = today",
                "estimateMinutes > 60", "estimateMinutes = 0", "estimateMinutes <= 90", "estimateMinutes IS EMPTY",
                "estimateMinutes IN (30, 150)", "estimateMinutes != 60",
                "overdue = true", "overdue = false", "overdue != true", "blocked = true", "blocked = false",
                "text ~ \"login\"", "text ~ \"customer\"", "text ~ \" \"",
                "customFields.cost = 100", "customFields.cost > 99.5", "customFields.cost <= 100.0",
                "customFields.cost != 250", "customFields.cost IS EMPTY", "customFields.cost IN (100, 250)",
                "customFields.note = \"abc\"", "customFields.note = 100",
                "customFields.note ~ \"B\"", "customFields.note > \"10\"", "customFields.note IS EMPTY",
                "customFields.due2 < today", "customFields.due2 >= today-2d", "customFields.due2 = "
                        + FilterFixture.TODAY.minusDays(6),
                "customFields.budget > 100", "customFields.budget = 80", "customFields.budget IS NOT EMPTY",
                "customFields.urgent = true", "customFields.urgent != false",
                "customFields.tags CONTAINS \"a\"", "customFields.tags IN (b, z)", "customFields.tags IS EMPTY",
                "customFields.tags NOT IN (\"c\")", "customFields.tags ~ \"B\"");
    }

    List<String> atoms() {
        return atoms;
    }

    /** An expression of up to {@code depth} levels of AND, OR and NOT over random atoms. */
    String next(int depth) {
        int pick = depth == 0 ? 0 : random.nextInt(4);
        return switch (pick) {
            case 1 -> "(" + next(depth - 1) + " AND " + next(depth - 1) + ")";
            case 2 -> "(" + next(depth - 1) + " OR " + next(depth - 1) + ")";
            case 3 -> "NOT " + next(depth - 1);
            default -> atoms.get(random.nextInt(atoms.size()));
        };
    }
}
