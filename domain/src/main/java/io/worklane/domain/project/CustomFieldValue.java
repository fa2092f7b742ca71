package io.worklane.domain.project;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Parses one custom field value by the field's type; a refusal is a sentence, not an exception. */
final class CustomFieldValue {
    record Result(Object value, UUID member, String error) {
        static Result ok(Object value) {
            return new Result(value, null, null);
        }

        static Result fail(String error) {
            return new Result(null, null, error);
        }
    }

    private CustomFieldValue() {
    }

    static Result parse(CustomField def, Object raw) {
        return switch (def.type()) {
            case TEXT -> raw instanceof String s && s.length() <= 10_000 ? Result.ok(s)
                    : Result.fail("must be a text of at most 10000 characters");
            case NUMBER -> number(raw);
            case DATE -> date(raw);
            case CHECKBOX -> raw instanceof Boolean b ? Result.ok(b) : Result.fail("must be true or false");
            case SELECT -> raw instanceof String s && def.options().contains(s) ? Result.ok(s)
                    : Result.fail("must be one of " + def.options());
            case MULTI_SELECT -> multi(def, raw);
            case USER -> user(raw);
            case MONEY -> money(raw);
            case URL -> url(raw);
        };
    }

    private static Result number(Object raw) {
        if (raw instanceof Number n) {
            try {
                return Result.ok(new BigDecimal(n.toString()));
            } catch (NumberFormatException e) {
                // NaN and infinities are numbers to Java, not to JSON
            }
        }
        return Result.fail("must be a number");
    }

    private static Result date(Object raw) {
        try {
            return raw instanceof String s ? Result.ok(LocalDate.parse(s).toString()) : Result.fail("must be a date YYYY-MM-DD");
        } catch (DateTimeParseException e) {
            return Result.fail("must be a date YYYY-MM-DD");
        }
    }

    private static Result multi(CustomField def, Object raw) {
        if (!(raw instanceof List<?> list)) {
            return Result.fail("must be a list of options from " + def.options());
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s) || !def.options().contains(s)) {
                return Result.fail("every entry must be one of " + def.options());
            }
            out.add(s);
        }
        return new HashSet<>(out).size() == out.size() ? Result.ok(out) : Result.fail("entries must be unique");
    }

    private static Result user(Object raw) {
        UUID id = raw instanceof String s ? Ids.parseOrNull(s) : null;
        return id == null ? Result.fail("must be the id of a member of the workspace")
                : new Result(id.toString(), id, null);
    }

    private static Result money(Object raw) {
        if (raw instanceof Map<?, ?> m && m.size() == 2 && m.get("amount") instanceof String a
                && m.get("currency") instanceof String c && Money.isCurrency(c)) {
            try {
                Money money = Money.of(a, c);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("amount", money.amount().toPlainString());
                out.put("currency", money.currency());
                return Result.ok(out);
            } catch (IllegalArgumentException e) {
                return Result.fail("amount must be a decimal string with the currency's decimals, e.g. \"12.50\"");
            }
        }
        return Result.fail("must be {\"amount\": \"12.50\", \"currency\": \"EUR\"}");
    }

    private static Result url(Object raw) {
        if (raw instanceof String s && s.length() <= 2048) {
            try {
                URI uri = new URI(s);
                if (uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null) {
                    return Result.ok(s);
                }
            } catch (java.net.URISyntaxException e) {
                // falls through to the refusal below
            }
        }
        return Result.fail("must be an absolute http(s) URL of at most 2048 characters");
    }
}
