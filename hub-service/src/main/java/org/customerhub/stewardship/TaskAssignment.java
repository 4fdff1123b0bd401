package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.security.UserAccount;
import org.customerhub.security.UserDirectory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who works on a review: a steward claims an open task or releases it again; a steward lead gives it to any
 * steward; a steward defers it to a follow-up date. Nobody takes a task that someone else holds by claiming it.
 * Every change is audited.
 */
@Singleton
public class TaskAssignment {
    static final Duration MAX_DEFERRAL = Duration.ofDays(90);
    private final ReviewWorkflow workflow;
    private final UserDirectory users;
    private final AuditLog audit;

    public TaskAssignment(ReviewWorkflow workflow, UserDirectory users, AuditLog audit) {
        this.workflow = workflow;
        this.users = users;
        this.audit = audit;
    }

    public void claim(long reviewId, Principal steward) {
        requireSteward(steward);
        ReviewWorkflow.OpenTask task = openTask(reviewId);
        if (steward.name().equals(task.assignee())) return;
        if (task.assignee() != null) {
            throw RequestRefused.conflict("Task claimed by someone else", "Review " + reviewId + " is claimed by "
                    + task.assignee() + "; ask them to release it, or a steward lead to reassign it");
        }
        requireNotFirstApprover(task, steward.name(), "you");
        workflow.claim(task.taskId(), steward.name());
        audit.record(steward.name(), "TASK_CLAIMED", target(reviewId), kind(task));
    }

    /** The holder gives the task back to the group; a steward lead may take it from anyone. */
    public void release(long reviewId, Principal steward) {
        requireSteward(steward);
        ReviewWorkflow.OpenTask task = openTask(reviewId);
        if (task.assignee() == null) return;
        requireHolderOrLead(reviewId, task, steward, "release");
        workflow.setAssignee(task.taskId(), null);
        audit.record(steward.name(), "TASK_RELEASED", target(reviewId), kind(task) + ", was claimed by " + task.assignee());
    }

    /** A claimed task is its holder's: another steward may not {@code act} on it, a steward lead may. */
    static void requireHolderOrLead(long reviewId, ReviewWorkflow.OpenTask task, Principal steward, String act) {
        if (task.assignee() != null && !task.assignee().equals(steward.name()) && !steward.has(Role.STEWARD_LEAD)) {
            throw RequestRefused.forbidden("Review " + reviewId + " is claimed by " + task.assignee()
                    + "; only they or a steward lead can " + act + " it");
        }
    }

    public void assign(long reviewId, String assignee, Principal lead) {
        if (!lead.has(Role.STEWARD_LEAD)) throw RequestRefused.forbidden("Only a steward lead assigns tasks to others");
        String user = assignee == null ? "" : assignee.strip();
        if (assignableStewards().stream().noneMatch(a -> a.getUsername().equals(user))) {
            throw RequestRefused.invalid("Unknown steward", List.of(new Violation("assignee",
                    user.isEmpty() ? "choose a steward" : "'" + user + "' is not a steward of this hub")));
        }
        ReviewWorkflow.OpenTask task = openTask(reviewId);
        if (user.equals(task.assignee())) return;
        requireNotFirstApprover(task, user, user);
        workflow.setAssignee(task.taskId(), user);
        audit.record(lead.name(), "TASK_ASSIGNED", target(reviewId), kind(task) + " to " + user
                + (task.assignee() == null ? "" : ", was claimed by " + task.assignee()));
    }

    /**
     * Defers a review: out of the due inbox until the follow-up time and/or back in the queue for someone else,
     * with a note saying why. The task stays open; the holder, anyone while it is unassigned, or a steward lead may
     * defer it. Audited.
     */
    public void defer(long reviewId, Principal steward, Instant followUp, boolean backToQueue, String note) {
        requireSteward(steward);
        String text = note == null ? "" : note.strip();
        List<Violation> violations = new ArrayList<>();
        if (text.isEmpty()) violations.add(new Violation("comment", "say why the review waits (what you are waiting for)"));
        else if (text.length() > 2000) violations.add(new Violation("comment", "at most 2000 characters"));
        Instant now = Instant.now();
        if (followUp == null && !backToQueue) {
            violations.add(new Violation("until", "choose a follow-up date, put the review back in the queue, or both"));
        } else if (followUp != null && (!followUp.isAfter(now) || followUp.isAfter(now.plus(MAX_DEFERRAL)))) {
            violations.add(new Violation("until", "must be after now and at most " + MAX_DEFERRAL.toDays() + " days ahead"));
        }
        if (!violations.isEmpty()) throw RequestRefused.invalid("Cannot defer the review", violations);
        ReviewWorkflow.OpenTask task = openTask(reviewId);
        requireHolderOrLead(reviewId, task, steward, "defer");
        workflow.defer(task.taskId(), followUp, backToQueue, steward.name(), text);
        audit.record(steward.name(), "REVIEW_DEFERRED", target(reviewId), kind(task)
                + (followUp == null ? "" : " until " + followUp) + (backToQueue ? ", back to the queue" : "") + ": " + text);
    }

    /**
     * A follow-up time as stewards give it: a day (2026-12-24: due again from the start of that day, UTC, the hub's
     * clock) or an instant; null or blank for none.
     */
    public static Instant followUp(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw RequestRefused.invalid("Cannot defer the review", List.of(new Violation("until",
                    "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "' is neither a date (2026-12-24) nor an instant (2026-12-24T08:00:00Z)")));
        }
    }

    /** The configured people who can work on reviews (stewards and steward leads), in configuration order. */
    public List<UserAccount> assignableStewards() {
        return users.all().stream()
                .filter(a -> a.getRoles().contains(Role.STEWARD) || a.getRoles().contains(Role.STEWARD_LEAD))
                .sorted(Comparator.comparingInt(UserAccount::getIndex))
                .toList();
    }

    private ReviewWorkflow.OpenTask openTask(long reviewId) {
        return workflow.taskOf(reviewId).orElseThrow(() -> RequestRefused.conflict("No open review task",
                "Review " + reviewId + " has no open task: it was decided already or its process has not started yet"));
    }

    /** Four eyes: the process would refuse the decision anyway, so the task must not wait with the first approver. */
    private static void requireNotFirstApprover(ReviewWorkflow.OpenTask task, String user, String who) {
        if (task.kind() == ReviewWorkflow.TaskKind.SECOND_APPROVAL && Objects.equals(task.firstApprover(), user)) {
            throw RequestRefused.forbidden("Review " + task.reviewId() + " was first approved by " + user
                    + "; the second approval needs another steward than " + who);
        }
    }

    private static void requireSteward(Principal p) {
        if (!p.has(Role.STEWARD)) throw RequestRefused.forbidden("Only stewards work on merge reviews");
    }

    private static String target(long reviewId) {
        return "review:" + reviewId;
    }

    private static String kind(ReviewWorkflow.OpenTask task) {
        return task.kind() == ReviewWorkflow.TaskKind.SECOND_APPROVAL ? "second approval" : "review";
    }
}
