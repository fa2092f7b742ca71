package io.worklane.domain.filter;

/** The comparison operators, with their spelling in filter texts. */
public enum Operator {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), TEXT_CONTAINS("~"),
    IN("IN"), NOT_IN("NOT IN"), CONTAINS("CONTAINS"), IS_EMPTY("IS EMPTY"), IS_NOT_EMPTY("IS NOT EMPTY");

    private final String spelling;

    Operator(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    static Operator ofSymbol(String symbol) {
        for (Operator op : values()) {
            if (op.ordinal() <= TEXT_CONTAINS.ordinal() && op.spelling.equals(symbol)) {
                return op;
            }
        }
        return null;
    }

    public boolean takesNoValue() {
        return this == IS_EMPTY || this == IS_NOT_EMPTY;
    }

    public boolean takesList() {
        return this == IN || this == NOT_IN;
    }
}
