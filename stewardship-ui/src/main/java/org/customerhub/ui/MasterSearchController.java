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
import org.customerhub.api.Problems;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.mastering.MasterSearch;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Master search: one box, searching by customer number, source key, phone, e-mail or name. A customer number opens
 * its master directly (the top bar's search); anything else lists the masters found.
 */
@Controller("/ui/masters")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MasterSearchController {
    private static final String SOURCE_PREFIX = "source:";
    private final MasterSearch search;
    private final SourceRegistry sources;
    private final ErrorPages pages;

    public MasterSearchController(MasterSearch search, SourceRegistry sources, ErrorPages pages) {
        this.search = search;
        this.sources = sources;
        this.pages = pages;
    }

    /**
     * @param by      auto (default), number, phone, email, name, or source:&lt;code&gt; for a key of that source
     * @param number  the older form of a number lookup, kept for bookmarks
     */
    @Get
    public HttpResponse<?> search(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String by,
                                  @Nullable @QueryValue String number) {
        Principal steward = Pages.require(request, Role.STEWARD);
        String text = Pages.given(q) != null ? q.strip() : Pages.given(number);
        String choice = Pages.given(by) != null ? by.strip() : number != null && q == null ? "number" : "auto";
        Map<String, Object> model = Pages.model(request);
        model.put("q", text == null ? "" : text);
        model.put("by", choice);
        model.put("sources", sources.list().stream().map(SourceInfo::code).toList());
        if (text == null) return Pages.page(request, "masters", model);
        try {
            MasterSearch.Result result = search.search(steward, kind(choice), sourceOf(choice), text);
            if (result.by() == MasterSearch.By.NUMBER && result.masters().size() == 1) {
                // the number as asked: the master page says when it was merged into another
                return HttpResponse.seeOther(URI.create("/ui/masters/" + text.toUpperCase(Locale.ROOT)));
            }
            model.put("result", result);
            return Pages.page(request, "masters", model);
        } catch (RequestRefused refused) {
            if (refused.reason() != RequestRefused.Reason.INVALID) throw refused;
            // the form again, filled in, with what was wrong
            model.put("error", refused.violations().isEmpty() ? refused.getMessage()
                    : String.join("; ", refused.violations().stream().map(Violation::message).toList()));
            return pages.page(request, Problems.statusOf(refused), "masters", model);
        }
    }

    private static MasterSearch.By kind(String choice) {
        if (choice.startsWith(SOURCE_PREFIX)) return MasterSearch.By.SOURCE_KEY;
        return switch (choice) {
            case "auto" -> MasterSearch.By.AUTO;
            case "number" -> MasterSearch.By.NUMBER;
            case "phone" -> MasterSearch.By.PHONE;
            case "email" -> MasterSearch.By.EMAIL;
            case "name" -> MasterSearch.By.NAME;
            default -> throw RequestRefused.invalid("Cannot search like that", List.of(new Violation(
                    "by", "'" + choice + "' is not one of auto, number, phone, email, name or source:<code>")));
        };
    }

    private static String sourceOf(String choice) {
        return choice.startsWith(SOURCE_PREFIX) ? choice.substring(SOURCE_PREFIX.length()) : null;
    }
}
