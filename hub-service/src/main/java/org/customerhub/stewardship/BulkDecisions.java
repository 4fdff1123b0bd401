package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.Failures;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One decision for several reviews of one kind (all first reviews, or all second approvals), after the steward has
 * seen what it will do. Each review is decided on its own, exactly as if decided alone (the process applies it and
 * audits it); a review that cannot be decided by this steward now (decided meanwhile, claimed by someone else, a
 * second approval of their own first approval) is reported with the reason and left as it is.
 */
@Singleton
public class BulkDecisions {
    private static final Logger LOG = LoggerFactory.getLogger(BulkDecisions.class);
    public static final int MAX_REVIEWS = 50;
    private final ReviewWorkflow workflow;
    private final ReviewService reviews;
    private final AuditLog audit;

    public BulkDecisions(ReviewWorkflow workflow, ReviewService reviews, AuditLog audit) {
        this.workflow = workflow;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** A selected review and why this steward cannot decide it now (null: they can). */
    public record Check(long reviewId, ReviewWorkflow.OpenTask task, String problem) {
        public boolean decidable() {
            return problem == null;
        }
    }

    /**
     * @param result APPROVED, REJECTED, FIRST_APPROVAL (four eyes: waits for a second steward) or REFUSED
     */
    public record Outcome(long reviewId, String result, String reason) {
    }

    /** What deciding these reviews together would do; refused when they are of different kinds or too many. */
    public List<Check> check(Principal steward, List<Long> reviewIds) {
        requireSteward(steward);
        Set<Long> ids = new LinkedHashSet<>(reviewIds == null ? List.of() : reviewIds);
        if (ids.isEmpty() || ids.size() > MAX_REVIEWS) {
            throw RequestRefused.invalid("Choose the reviews", List.of(new Violation("reviews",
                    "select 1 to " + MAX_REVIEWS + " reviews to decide together")));
        }
        List<Check> checks = new ArrayList<>();
        for (long id : ids) checks.add(check(steward, id));
        Set<ReviewWorkflow.TaskKind> kinds = checks.stream().map(Check::task).filter(Objects::nonNull)
                .map(ReviewWorkflow.OpenTask::kind).collect(Collectors.toSet());
        if (kinds.size() > 1) {
            throw RequestRefused.invalid("Tasks of different kinds", List.of(new Violation("reviews",
                    "select either first reviews or second approvals: a bulk decision is for tasks of one kind")));
        }
        return checks;
    }

    public List<Outcome> decide(Principal steward, List<Long> reviewIds, ReviewWorkflow.Decision decision, String comment) {
        if (decision == null) throw RequestRefused.invalid("Invalid decision", List.of(new Violation("decision", "must be APPROVE or REJECT")));
        if (comment != null && comment.length() > 2000)
            throw RequestRefused.invalid("Comment too long", List.of(new Violation("comment", "at most 2000 characters")));
        List<Outcome> outcomes = new ArrayList<>();
        for (Check c : check(steward, reviewIds)) {
            if (!c.decidable()) {
                outcomes.add(new Outcome(c.reviewId(), "REFUSED", c.problem()));
                continue;
            }
            try {
                reviews.decide(c.reviewId(), decision, steward, comment);
                String status = reviews.status(c.reviewId());
                outcomes.add(new Outcome(c.reviewId(), "OPEN".equals(status) ? "FIRST_APPROVAL" : status, null));
            } catch (RequestRefused refused) {
                outcomes.add(new Outcome(c.reviewId(), "REFUSED", refused.getMessage()));
            } catch (RuntimeException e) {
                // each review is decided in its own steps: a failure leaves this one open and the others decided
                LOG.warn("review {}: bulk decision failed, the review stays open: {}", c.reviewId(), Failures.describe(e));
                outcomes.add(new Outcome(c.reviewId(), "REFUSED", "the hub could not decide it now; it stays open, try again"));
            }
        }
        audit.record(steward.name(), "REVIEWS_BULK_DECIDED", "reviews:" + outcomes.size(), decision + " "
                + outcomes.stream().map(o -> o.reviewId() + "=" + o.result()).collect(Collectors.joining(", ")));
        return outcomes;
    }

    private Check check(Principal steward, long reviewId) {
        ReviewWorkflow.OpenTask task = workflow.taskOf(reviewId).orElse(null);
        if (task == null) return new Check(reviewId, null, "no open task: decided already, or not started yet");
        if (task.assignee() != null && !task.assignee().equals(steward.name())) {
            return new Check(reviewId, task, "claimed by " + task.assignee() + "; ask them to release it");
        }
        if (task.secondApproval() && steward.name().equals(task.firstApprover())) {
            return new Check(reviewId, task, "you gave the first approval; the second must come from another steward");
        }
        return new Check(reviewId, task, null);
    }

    private static void requireSteward(Principal p) {
        if (!p.has(Role.STEWARD)) throw RequestRefused.forbidden("Only stewards decide merge reviews");
    }
}
