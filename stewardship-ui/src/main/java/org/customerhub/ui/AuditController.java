package org.customerhub.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.audit.AuditLog;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The audit log for admins: newest first, paged, filtered by actor and action. */
@Controller("/ui/audit")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {
    private static final int PAGE_SIZE = 50;
    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Get
    public HttpResponse<?> log(HttpRequest<?> request, @Nullable @QueryValue String actor, @Nullable @QueryValue String action,
                               @QueryValue(defaultValue = "0") int page) {
        Principal admin = Pages.require(request, Role.ADMIN);
        String who = Pages.given(actor);
        String what = Pages.given(action);
        AuditLog.AuditPage entries = audit.browse(admin, who, what, page, PAGE_SIZE);
        Map<String, Object> model = Pages.model(request);
        model.put("log", entries);
        model.put("actor", who);
        model.put("action", what);
        model.put("actions", audit.actions());
        model.put("previous", link(who, what, entries.page() - 1));
        model.put("next", link(who, what, entries.page() + 1));
        return Pages.page(request, "audit", model);
    }

    private static String link(String actor, String action, int page) {
        StringBuilder url = new StringBuilder("/ui/audit?page=").append(Math.max(0, page));
        if (actor != null) url.append("&actor=").append(URLEncoder.encode(actor, StandardCharsets.UTF_8));
        if (action != null) url.append("&action=").append(URLEncoder.encode(action, StandardCharsets.UTF_8));
        return url.toString();
    }
}
