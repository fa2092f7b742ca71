package io.worklane.domain.closeout;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.UUID;

/** Port: projects' close-outs, and the lessons they keep. */
public interface ProjectClosures {
    Uni<ProjectClosure> insert(ProjectClosure closure);

    /** The workspace's close-outs, newest first, optionally of one project, in keyset pages. */
    Uni<Page<ProjectClosure>> list(UUID workspaceId, UUID projectId, PageRequest page);
}
