package io.worklane.api.attachment;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Attachments in an S3 bucket of a real S3-compatible server (S3Mock, started for these tests), small limits. */
public class S3Storage implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return SmallLimits.config();
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3MockServer.class));
    }
}
