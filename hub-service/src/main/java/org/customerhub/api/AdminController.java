package org.customerhub.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.reindex.IndexRebuild;
import org.customerhub.security.Callers;
import org.customerhub.security.Role;

/** Operations for admins: {@code POST /api/v1/admin/reindex[?recreate=true]} rebuilds the search index (./hub reindex). */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminController {
    private final IndexRebuild rebuild;

    public AdminController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Post("/reindex{?recreate}")
    @Consumes(MediaType.ALL)
    public IndexRebuild.Result reindex(HttpRequest<?> request, @Nullable @QueryValue Boolean recreate) {
        return rebuild.rebuild(Callers.requireRole(request, Role.ADMIN), Boolean.TRUE.equals(recreate));
    }
}
