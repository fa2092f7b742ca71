package io.worklane.domain.filter;

import static io.worklane.domain.filter.Operator.CONTAINS;
import static io.worklane.domain.filter.Operator.EQ;
import static io.worklane.domain.filter.Operator.GE;
import static io.worklane.domain.filter.Operator.GT;
import static io.worklane.domain.filter.Operator.IN;
import static io.worklane.domain.filter.Operator.IS_EMPTY;
import static io.worklane.domain.filter.Operator.IS_NOT_EMPTY;
import static io.worklane.domain.filter.Operator.LE;
import static io.worklane.domain.filter.Operator.LT;
import static io.worklane.domain.filter.Operator.NE;
import static io.worklane.domain.filter.Operator.NOT_IN;
import static io.worklane.domain.filter.Operator.TEXT_CONTAINS;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a field holds, which decides the operators it allows and how its values are read. */
public enum FieldKind {
    TEXT(EQ, NE, TEXT_CONTAINS, IN, NOT_IN),
    PRIORITY(EQ, NE, LT, LE, GT, GE, IN, NOT_IN),
    ITEM_TYPE(EQ, NE, IN, NOT_IN),
    ID(EQ, NE, IN, NOT_IN),
    ID_LIST(CONTAINS, IN, NOT_IN),
    TEXT_LIST(CONTAINS, TEXT_CONTAINS, IN, NOT_IN),
    DATE(EQ, NE, LT, LE, GT, GE, IN, NOT_IN),
    NUMBER(EQ, NE, LT, LE, GT, GE, IN, NOT_IN),
    /** Lists only: a member id, {@code me} or an email. */
    MEMBER(EQ, NE, IN, NOT_IN),
    /** Lists only: members (assignees); {@code =} means "among them". */
    MEMBER_LIST(EQ, NE, CONTAINS, IN, NOT_IN),
    /** Lists only: a work item id or key. */
    ITEM(EQ, NE, IN, NOT_IN),
    /** Lists only: work items (the milestones an item leads to); {@code =} means "among them". */
    ITEM_LIST(EQ, NE, CONTAINS, IN, NOT_IN),
    /** Lists only: a project id or key. */
    PROJECT(EQ, NE, IN, NOT_IN),
    /** Lists only: a workflow state category. */
    CATEGORY(EQ, NE, IN, NOT_IN),
    /** Lists only: true or false. */
    BOOLEAN(EQ, NE),
    /** Lists only: title or description contains the text. */
    SEARCH(TEXT_CONTAINS),
    /** A custom field: its type is only known at evaluation, so every operator is allowed. */
    DYNAMIC(Operator.values());

    private final Set<Operator> operators;

    FieldKind(Operator... operators) {
        this.operators = EnumSet.of(IS_EMPTY, operators);
        this.operators.add(IS_NOT_EMPTY);
    }

    public boolean allows(Operator op) {
        return operators.contains(op);
    }

    String allowed() {
        return operators.stream().map(Operator::spelling).collect(Collectors.joining(", "));
    }
}
