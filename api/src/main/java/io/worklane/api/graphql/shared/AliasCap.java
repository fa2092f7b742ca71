package io.worklane.api.graphql.shared;

import graphql.execution.AbortExecutionException;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.List;

/**
 * At most {@value #MAX_ALIASES} aliases in one document, counted before validation: aliases are how
 * one request asks for the same expensive field many times, and they make graphql-java's validation
 * (overlapping fields) slow on their own. Checked on the whole document, fragments included.
 */
final class AliasCap {
    static final int MAX_ALIASES = 30;

    private AliasCap() {
    }

    static void check(Document document) {
        int aliases = count(document);
        if (aliases > MAX_ALIASES) {
            throw new AbortExecutionException(List.of(ErrorTranslation.queryRefused("TOO_MANY_ALIASES",
                    "The query uses " + aliases + " aliases; at most " + MAX_ALIASES
                            + " are allowed. Send several queries, or use lists with filters instead.")));
        }
    }

    static int count(Document document) {
        int[] aliases = {0};
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                if (field.getAlias() != null) {
                    aliases[0]++;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return aliases[0];
    }
}
