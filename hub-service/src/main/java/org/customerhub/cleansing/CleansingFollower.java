package org.customerhub.cleansing;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.common.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Cleanses new and changed records after ingestion stored them, in the background: it walks the stored records in
 * (updated_at, id) order from a cursor kept in the database. Ingestion never waits for it; while the cleanser is
 * unavailable the follower stops where it is and the next round goes on from there. Records younger than the
 * settle time are left for the next round, so that a transaction committing late cannot slip behind the cursor.
 * On its first round the follower starts at that moment: older records are a batch job's work.
 */
@Singleton
public class CleansingFollower {
    private static final Logger LOG = LoggerFactory.getLogger(CleansingFollower.class);
    static final String NAME = "ingestion";
    private final FollowCursorRepository cursors;
    private final CleansingQueries queries;
    private final CleansingService cleansing;
    private final Duration settle;

    public CleansingFollower(FollowCursorRepository cursors, CleansingQueries queries, CleansingService cleansing,
                             @Value("${hub.cleansing.follow.settle:2s}") Duration settle) {
        this.cursors = cursors;
        this.queries = queries;
        this.cleansing = cleansing;
        this.settle = settle;
    }

    /** Follows from this moment on (what a first round does by itself); for an operator, and for tests. */
    public void followFrom(Instant from) {
        FollowCursor cursor = cursors.findById(NAME).orElseGet(() -> new FollowCursor(NAME, from));
        cursor.setCursorUpdatedAt(from);
        cursor.setCursorRecordId(0);
        cursor.setUpdatedAt(Instant.now());
        if (cursors.existsById(NAME)) cursors.update(cursor);
        else cursors.save(cursor);
    }

    /** One round: cleanses up to {@code max} records past the cursor; answers how many. */
    public synchronized int follow(int max) {
        FollowCursor cursor = cursors.findById(NAME).orElse(null);
        if (cursor == null) {
            followFrom(Instant.now());
            return 0;
        }
        List<CleansingQueries.Changed> changed = queries.changedAfter(cursor.getCursorUpdatedAt(), cursor.getCursorRecordId(),
                Instant.now().minus(settle), max);
        int done = 0;
        try {
            for (CleansingQueries.Changed record : changed) {
                try {
                    cleansing.cleanse(record.id(), null);
                } catch (RequestRefused gone) {
                    LOG.info("cleansing follower: record {} skipped: {}", record.id(), gone.getMessage());
                }
                cursor.setCursorUpdatedAt(record.updatedAt());
                cursor.setCursorRecordId(record.id());
                cursor.setRecordsCleansed(cursor.getRecordsCleansed() + 1);
                done++;
            }
            cursor.setLastProblem(null);
        } catch (CleanserUnavailable unavailable) {
            cursor.setLastProblem(unavailable.getMessage().length() > 500 ? unavailable.getMessage().substring(0, 500) : unavailable.getMessage());
            LOG.info("cleansing follower waits after {} records: {}", done, unavailable.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("cleansing follower stopped after {} records, the next round goes on: {}", done, Failures.describe(e));
        } finally {
            cursor.setUpdatedAt(Instant.now());
            cursors.update(cursor);
        }
        return done;
    }

    /** Where the follower stands, for the API: null before its first round. */
    public FollowCursor position() {
        return cursors.findById(NAME).orElse(null);
    }
}
