package io.worklane.api.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A Quarkus boolean setting derived from another setting of ours. Its ordinal sits above
 * application.properties (250) and below environment variables (300), so an explicit environment
 * variable for the switched property still decides.
 */
public abstract class SettingSwitch implements ConfigSource {
    private final String property;
    private final String name;

    protected SettingSwitch(String property, String name) {
        this.property = property;
        this.name = name;
    }

    /** Whether the switched property is on, from the system property or environment variable it follows. */
    protected abstract boolean on();

    /** A system property, else an environment variable; null when neither is set. */
    protected static String setting(String systemProperty, String environmentVariable) {
        return System.getProperty(systemProperty, System.getenv(environmentVariable));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(property);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(property, getValue(property));
    }

    @Override
    public String getValue(String requested) {
        return property.equals(requested) ? Boolean.toString(on()) : null;
    }

    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return name;
    }
}
