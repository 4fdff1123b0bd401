package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.ingestion.RecordQueries;
import org.customerhub.mastering.CustomerNumber;
import org.customerhub.mastering.MasterEvent;
import org.customerhub.mastering.MasterView;
import org.customerhub.mastering.MasteringService;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.util.List;
import java.util.Map;

/** Golden records by customer number (a merged number answers with its survivor) and by source key. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MastersController {
    private final MasteringService mastering;
    private final RecordQueries records;

    public MastersController(MasteringService mastering, RecordQueries records) {
        this.mastering = mastering;
        this.records = records;
    }

    @Get("/masters/{number}")
    public MasterView master(HttpRequest<?> request, String number) {
        requireReader(request);
        new CustomerNumber(number);
        return mastering.view(number);
    }

    @Get("/masters/{number}/history")
    public List<Map<String, Object>> history(HttpRequest<?> request, String number) {
        requireReader(request);
        new CustomerNumber(number);
        return mastering.history(number).stream().map(MastersController::event).toList();
    }

    @Get("/xref/{code}/{+sourceKey}")
    public MasterView bySourceKey(HttpRequest<?> request, String code, String sourceKey) {
        requireReader(request);
        return mastering.view(records.customerNumberOf(code, sourceKey));
    }

    private static Map<String, Object> event(MasterEvent e) {
        return Map.of("kind", e.getKind(), "actor", e.getActor(), "at", e.getAt().toString(),
                "detail", org.customerhub.common.Json.readMap(e.getDetail()));
    }

    private static void requireReader(HttpRequest<?> request) {
        Principal caller = Callers.of(request);
        if (caller.kind() != Principal.Kind.SOURCE && !caller.has(Role.STEWARD) && !caller.has(Role.ADMIN))
            throw RequestRefused.forbidden("Masters are read by sources, stewards and admins");
    }
}
