package io.worklane.api.application.imports;

import io.worklane.domain.project.CustomField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A cell's text as the value a custom field takes in JSON (a number, true/false, a list, a member's id for an
 * e-mail, {amount, currency} for "12.50 EUR"); the domain's check then refuses what is still wrong, as for a
 * PATCH. Text that cannot be read as the type is passed on as text, and refused there with the field's message.
 */
final class CustomValuesFromText {
    private CustomValuesFromText() {
    }

    static Object of(CustomField def, String text, Map<String, UUID> members) {
        return switch (def.type()) {
            case NUMBER -> number(text);
            case CHECKBOX -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "x" -> true;
                case "false", "no", "0" -> false;
                default -> text;
            };
            case MULTI_SELECT -> ImportValues.list(text);
            case USER -> {
                UUID member = members.get(text.toLowerCase(Locale.ROOT));
                yield member == null ? text : member.toString();
            }
            case MONEY -> money(text);
            default -> text;
        };
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Object money(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            return text;
        }
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", parts[0]);
        money.put("currency", parts[1].toUpperCase(Locale.ROOT));
        return money;
    }
}
