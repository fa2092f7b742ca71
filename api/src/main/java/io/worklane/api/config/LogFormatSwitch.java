package io.worklane.api.config;

import java.util.Locale;

/**
 * Writes the console log as JSON (one object a line, with the trace and span ids when tracing is on)
 * exactly when WORKLANE_LOG_FORMAT (or {@code -Dworklane.log.format}) is {@code json}: it sets
 * {@code quarkus.log.console.json.enabled}, which application.properties keeps false. A value other
 * than {@code text} or {@code json} stops the start ({@link WorklaneConfig#log}).
 */
public class LogFormatSwitch extends SettingSwitch {
    static final String PROPERTY = "quarkus.log.console.json.enabled";

    public LogFormatSwitch() {
        super(PROPERTY, "worklane-log-format-switch");
    }

    @Override
    protected boolean on() {
        String format = setting("worklane.log.format", "WORKLANE_LOG_FORMAT");
        return format != null && format.trim().toLowerCase(Locale.ROOT).equals("json");
    }
}
