package io.worklane.api.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Writes the console log as JSON (one object a line, with the trace and span ids when tracing is on)
 * exactly when WORKLANE_LOG_FORMAT (or {@code -Dworklane.log.format}) is {@code json}: it sets
 * {@code quarkus.log.console.json.enabled}, which application.properties keeps false. Its ordinal sits
 * above application.properties and below environment variables, like {@link io.worklane.api.security.OidcSwitch}.
 * A value other than {@code text} or {@code json} stops the start ({@link WorklaneConfig#log}).
 */
public class LogFormatSwitch implements ConfigSource {
    static final String PROPERTY = "quarkus.log.console.json.enabled";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, getValue(PROPERTY));
    }

    @Override
    public String getValue(String name) {
        if (!PROPERTY.equals(name)) {
            return null;
        }
        String format = System.getProperty("worklane.log.format", System.getenv("WORKLANE_LOG_FORMAT"));
        return Boolean.toString(format != null && format.trim().toLowerCase(Locale.ROOT).equals("json"));
    }

    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return "worklane-log-format-switch";
    }
}
