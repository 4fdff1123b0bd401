package org.customerhub.cleansing;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.Failures;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Batch jobs "cleanse all records of source X". A job walks the source's records in id order on a background thread
 * and stores its cursor after every record, so that a job a restart interrupted resumes after the last record it
 * finished. While the cleanser is unavailable (vendor down, circuit open) the job waits and tries again by itself.
 * Records are cleansed one at a time; a proposal made twice is stored once, so a record done twice costs time only.
 */
@Singleton
public class CleansingJobs {
    private static final Logger LOG = LoggerFactory.getLogger(CleansingJobs.class);
    private static final List<String> ACTIVE = List.of(CleansingJob.Status.RUNNING.name(), CleansingJob.Status.WAITING.name());
    private final CleansingJobRepository jobs;
    private final CleansingQueries queries;
    private final CleansingService cleansing;
    private final SourceRegistry sources;
    private final AuditLog audit;
    private final int pageSize;
    private final Duration retryAfter;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService runner = Executors.newFixedThreadPool(1, r -> {
        Thread thread = new Thread(r, "cleansing-jobs");
        thread.setDaemon(true);
        return thread;
    });

    public CleansingJobs(CleansingJobRepository jobs, CleansingQueries queries, CleansingService cleansing, SourceRegistry sources,
                         AuditLog audit, @Value("${hub.cleansing.jobs.page-size:100}") int pageSize,
                         @Value("${hub.cleansing.jobs.retry-after:30s}") Duration retryAfter) {
        this.jobs = jobs;
        this.queries = queries;
        this.cleansing = cleansing;
        this.sources = sources;
        this.audit = audit;
        this.pageSize = pageSize;
        this.retryAfter = retryAfter;
    }

    /** Starts cleansing every record of the source; steward leads and admins. One active job per source. */
    public CleansingJob start(String sourceCode, Principal actor) {
        requireLeadOrAdmin(actor);
        if (sourceCode == null || sourceCode.isBlank())
            throw RequestRefused.invalid("No source", List.of(new Violation("source", "is required: the code of a registered source")));
        SourceInfo source = sources.byCode(sourceCode.strip()).orElseThrow(() -> RequestRefused.notFound("source", sourceCode));
        List<CleansingJob> active = jobs.findBySourceIdAndStatusIn(source.id(), ACTIVE);
        if (!active.isEmpty()) {
            throw RequestRefused.conflict("Job already running", "Cleansing job " + active.get(0).getId() + " for source "
                    + source.code() + " is still " + active.get(0).getStatus().toLowerCase() + "; cancel it or wait until it is done");
        }
        CleansingJob job = jobs.save(new CleansingJob(source.id(), (int) queries.countRecords(source.id()), actor.name()));
        audit.record(actor.name(), "CLEANSING_JOB_STARTED", "cleansing-job:" + job.getId(), "source " + source.code()
                + ", " + job.getTotalRecords() + " records");
        submit(job.getId());
        return job;
    }

    public CleansingJob cancel(long jobId, Principal actor) {
        requireLeadOrAdmin(actor);
        CleansingJob job = job(jobId);
        if (jobs.markCancelled(jobId, Instant.now()) == 0) {
            throw RequestRefused.conflict("Job not running", "Cleansing job " + jobId + " is " + job.getStatus().toLowerCase() + " already");
        }
        audit.record(actor.name(), "CLEANSING_JOB_CANCELLED", "cleansing-job:" + jobId, "after " + job.getProcessed() + " of "
                + job.getTotalRecords() + " records");
        return job(jobId);
    }

    public CleansingJob job(long jobId) {
        return jobs.findById(jobId).orElseThrow(() -> RequestRefused.notFound("cleansing job", String.valueOf(jobId)));
    }

    /** The 50 newest jobs, newest first. */
    public List<CleansingJob> recent() {
        return jobs.findAll(Pageable.from(0, 50, Sort.of(Sort.Order.desc("id")))).getContent();
    }

    /** Goes on with every job a restart interrupted, and with waiting jobs whose pause is over. */
    public void resumeInterrupted() {
        for (CleansingJob job : jobs.findByStatusInOrderById(ACTIVE)) {
            if (running.contains(job.getId())) continue;
            if (job.state() == CleansingJob.Status.WAITING) {
                if (job.getUpdatedAt().plus(retryAfter).isAfter(Instant.now())) continue;
                if (jobs.markRunning(job.getId(), Instant.now()) == 0) continue;
            }
            submit(job.getId());
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            resumeInterrupted();
        } catch (RuntimeException e) {
            // the database may not be ready for it in every environment; the sweep tries again
            LOG.warn("cleansing jobs: resuming at start failed, the sweep retries: {}", Failures.describe(e));
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        runner.shutdownNow();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(long jobId) {
        runner.submit(() -> run(jobId));
    }

    /** Runs a job from its cursor until it is done, cancelled, or has to wait for the cleanser. */
    void run(long jobId) {
        if (!running.add(jobId)) return;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                CleansingJob job = jobs.findById(jobId).orElse(null);
                if (job == null || job.state() != CleansingJob.Status.RUNNING) return;
                List<Long> ids = queries.recordIdsAfter(job.getSourceId(), job.getCursorRecordId(), pageSize);
                if (ids.isEmpty()) {
                    jobs.markDone(jobId, Instant.now());
                    LOG.info("cleansing job {} done: {} records", jobId, job.getProcessed());
                    return;
                }
                for (long recordId : ids) {
                    if (!cleanseOne(jobId, recordId)) return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("cleansing job {} stopped, the sweep resumes it: {}", jobId, Failures.describe(e));
        } finally {
            running.remove(jobId);
        }
    }

    /** False when the job must stop here: cancelled, or the cleanser is unavailable. */
    private boolean cleanseOne(long jobId, long recordId) {
        try {
            CleansingService.Outcome outcome = cleansing.cleanse(recordId, jobId);
            int proposals = (int) outcome.proposals().stream().filter(CleansingProposal::isPending).count();
            if (!outcome.problems().isEmpty()) jobs.noteProblem(jobId, shortened(outcome.problems().get(0)));
            return jobs.advance(jobId, recordId, proposals, outcome.problems().size(), Instant.now()) == 1;
        } catch (CleanserUnavailable unavailable) {
            jobs.markWaiting(jobId, shortened(unavailable.getMessage()), Instant.now());
            LOG.info("cleansing job {} waits before record {}: {}", jobId, recordId, unavailable.getMessage());
            return false;
        } catch (RequestRefused | IllegalStateException e) {
            LOG.warn("cleansing job {}: record {} skipped: {}", jobId, recordId, Failures.describe(e));
            jobs.noteProblem(jobId, "record " + recordId + " skipped: " + e.getClass().getSimpleName());
            return jobs.advance(jobId, recordId, 0, 1, Instant.now()) == 1;
        }
    }

    private static String shortened(String text) {
        return text == null ? null : text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    private static void requireLeadOrAdmin(Principal actor) {
        if (!actor.has(Role.STEWARD_LEAD) && !actor.has(Role.ADMIN))
            throw RequestRefused.forbidden("Cleansing jobs are started and cancelled by steward leads and admins");
    }
}
