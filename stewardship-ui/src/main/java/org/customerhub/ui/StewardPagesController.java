package org.customerhub.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.mastering.GoldenValue;
import org.customerhub.mastering.MasterView;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.FieldContribution;
import org.customerhub.security.Principal;
import org.customerhub.security.Callers;
import org.customerhub.security.Role;
import org.customerhub.stewardship.ReviewDetail;
import org.customerhub.stewardship.ReviewService;
import org.customerhub.stewardship.ReviewWorkflow;
import org.customerhub.stewardship.TaskAssignment;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The steward's pages: home and the side-by-side review with the match explanation (the master page: MasterPageController). */
@Controller("/ui")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class StewardPagesController {
    private final ReviewWorkflow workflow;
    private final ReviewService reviews;
    private final MasteringService mastering;
    private final TaskAssignment assignment;

    public StewardPagesController(ReviewWorkflow workflow, ReviewService reviews, MasteringService mastering,
                                 TaskAssignment assignment) {
        this.assignment = assignment;
        this.workflow = workflow;
        this.reviews = reviews;
        this.mastering = mastering;
    }

    @Get("/home")
    public HttpResponse<?> home(HttpRequest<?> request) {
        return Pages.page(request, "home", Pages.model(request));
    }

    @Get("/reviews/{id}")
    public HttpResponse<?> review(HttpRequest<?> request, long id, @Nullable @QueryValue String notice) {
        Pages.require(request, Role.STEWARD);
        Map<String, Object> model = Pages.model(request);
        ReviewDetail detail = reviewParts(model, id);
        model.put("back", "/ui/reviews/" + id);
        model.put("notice", notice);
        model.put("rows", comparisonRows(detail.recordMaster(), detail.candidateMaster()));
        return Pages.page(request, "review", model);
    }

    /**
     * What the review page and the comparison page of a review share: the review, its task, the explanation bars, the
     * golden record a merge would give, and the stewards a lead can assign to.
     */
    ReviewDetail reviewParts(Map<String, Object> model, long id) {
        ReviewDetail detail = reviews.detail(id);
        model.put("review", detail);
        model.put("task", workflow.taskOf(id).orElse(null));
        model.put("stewards", assignment.assignableStewards());
        model.put("contributions", bars(detail.score().contributions()));
        model.put("priorWeight", detail.score().priorWeight());
        model.put("matchWeight", detail.score().matchWeight());
        model.put("probabilityPercent", String.format("%.1f", detail.score().probability() * 100));
        model.put("preview", previewRows(reviews.mergePreview(id)));
        model.put("tomorrow", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString());
        return detail;
    }

    @Post("/reviews/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        ReviewWorkflow.Decision decision = Pages.decision(form, ReviewWorkflow.Decision.class);
        reviews.decide(id, decision, steward, form.get("comment"));
        ReviewDetail after = reviews.detail(id);
        String notice = switch (after.status()) {
            case "APPROVED" -> "Review " + id + " approved: records merged into " + after.candidateMaster().customerNumber();
            case "REJECTED" -> "Review " + id + " rejected: recorded as not a match";
            // four eyes: the first approval is in, the review waits for a second steward
            default -> "Review " + id + " approved by you; it now needs a second steward's approval";
        };
        return HttpResponse.seeOther(URI.create("/ui/inbox?notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8)));
    }

    public record ComparisonRow(String attribute, String left, String right, String state) {
    }

    public record Bar(String attribute, String level, String weight, int width, boolean positive, String left, String right) {
    }

    static List<ComparisonRow> comparisonRows(MasterView left, MasterView right) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (CanonicalAttribute a : CanonicalAttribute.values()) {
            if (a == CanonicalAttribute.CUSTOMER_NUMBER) continue;
            String l = value(left.golden().get(a.wireName()));
            String r = value(right.golden().get(a.wireName()));
            if (l == null && r == null) continue;
            String state = l == null || r == null ? "missing" : l.equalsIgnoreCase(r) ? "agree" : "conflict";
            rows.add(new ComparisonRow(a.wireName().replace('_', ' '), l, r, state));
        }
        return rows;
    }

    private static List<Bar> bars(List<FieldContribution> contributions) {
        double max = contributions.stream().mapToDouble(c -> Math.abs(c.weight())).max().orElse(1);
        // an exact agreement weighed by how common the shared value is says so next to its level
        return contributions.stream().map(c -> new Bar(c.attribute().replace('_', ' '),
                c.termFrequencyAdjusted() ? c.level() + ", value frequency " + String.format("%.2g", c.termFrequency()) : c.level(),
                String.format("%+.1f", c.weight()), (int) Math.round(Math.abs(c.weight()) / max * 100), c.weight() >= 0,
                c.left(), c.right())).toList();
    }

    /** A golden value of the merge preview with its lineage. */
    public record GoldenRow(String attribute, String value, String source, String sourceKey, String rule) {
    }

    /** The golden record a merge would give, in the order of the canonical model. */
    private static List<GoldenRow> previewRows(Map<String, GoldenValue> golden) {
        return java.util.Arrays.stream(CanonicalAttribute.values()).filter(a -> golden.containsKey(a.wireName())).map(a -> {
            GoldenValue g = golden.get(a.wireName());
            return new GoldenRow(a.wireName().replace('_', ' '), g.value(), g.source(), g.sourceKey(), g.rule());
        }).toList();
    }

    private static String value(GoldenValue v) {
        return v == null ? null : v.value();
    }
}
