package io.worklane.api.graphql.shared;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Optional;

/** Finds a string literal of a document that no field can hold: a NUL character or a lone surrogate. */
final class StringLiterals {
    private StringLiterals() {
    }

    /** Where the first such literal is ("at line 1, column 20"), if any. */
    static Optional<String> firstInvalid(Document document) {
        String[] found = new String[1];
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitStringValue(StringValue node, TraverserContext<Node> context) {
                if (found[0] == null && !isText(node.getValue())) {
                    SourceLocation at = node.getSourceLocation();
                    found[0] = at == null ? "" : "at line " + at.getLine() + ", column " + at.getColumn();
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return Optional.ofNullable(found[0]);
    }

    static boolean isText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
