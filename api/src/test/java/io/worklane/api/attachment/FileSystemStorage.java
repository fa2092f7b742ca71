package io.worklane.api.attachment;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Attachments on the filesystem (the default store), with small limits. */
public class FileSystemStorage implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return SmallLimits.config();
    }
}
