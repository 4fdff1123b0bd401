package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.governance.MasterFlagging;
import org.customerhub.security.Callers;
import org.customerhub.security.Role;

import java.util.List;

/** Masters the approved new/lost definitions flag, and a flagging pass on request. */
@Controller("/api/v1/masters")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FlaggedMastersController {
    private static final int MAX_SIZE = 500;
    private final MasterFlagging flagging;

    public FlaggedMastersController(MasterFlagging flagging) {
        this.flagging = flagging;
    }

    /** {@code ?flag=lost&page=0&size=50}: newest flags first. */
    @Get
    public MasterFlagging.FlaggedPage flagged(HttpRequest<?> request, @QueryValue String flag,
                                              @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        if (size < 1 || size > MAX_SIZE) throw RequestRefused.invalid("Invalid page", List.of(new Violation("size", "must be 1 to " + MAX_SIZE)));
        if (page < 0) throw RequestRefused.invalid("Invalid page", List.of(new Violation("page", "must be 0 or more")));
        return flagging.flagged(Callers.of(request), flag, page, size);
    }

    /** An admin re-evaluates every master now, instead of waiting for the flagging job. */
    @Post("/flags/evaluate")
    @Consumes(MediaType.ALL)
    public MasterFlagging.PassResult evaluate(HttpRequest<?> request) {
        Callers.requireRole(request, Role.ADMIN);
        return flagging.fullPass();
    }
}
