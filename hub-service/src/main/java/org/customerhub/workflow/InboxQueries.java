package org.customerhub.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.customerhub.stewardship.ReviewWorkflow.InboxCounts;
import org.customerhub.stewardship.ReviewWorkflow.TabCounts;
import org.customerhub.stewardship.ReviewWorkflow.TaskFilter;
import org.customerhub.stewardship.ReviewWorkflow.TaskKind;
import org.customerhub.stewardship.ReviewWorkflow.TaskOrder;
import org.customerhub.stewardship.ReviewWorkflow.Deferral;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inbox's list and counts as SQL over the engine's runtime tables: the ids of a page of tasks, and all counts an
 * inbox shows in one grouped query (per routing queue, the open steward tasks of each tab). The engine's task query
 * counts one tab and one queue per query, each a pass over all open tasks with a variable lookup per task (an inbox
 * shows about ten counts), and its list query reads every open task (select distinct) before it sorts them. The
 * conditions are those of the task queries in {@link CamundaReviewWorkflow}'s filtered(): the process, its two
 * steward tasks, active; a process variable (not a task-local one) equal to the filter's source, band and queue; due
 * means no follow-up date or one not after now. {@code InboxTest} holds the inbox to the task query's figures.
 */
final class InboxQueries {
    /** Not deferred to a time still ahead; its parameter is now. */
    private static final String DUE = "(T.FOLLOW_UP_DATE_ is null or T.FOLLOW_UP_DATE_ <= ?)";
    private final DataSource dataSource;
    private final String prefix;

    InboxQueries(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.dataSource = configuration.getDataSource();
        this.prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    }

    /** Indexes the engine's variable lookups by process instance and name need (its own index by instance alone
     * leaves about a dozen rows to read per task); made when the hub starts, kept by the engine's schema updates. */
    void createIndexes() {
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists HUB_IDX_VAR_PROCINST_NAME on " + prefix + "ACT_RU_VARIABLE(PROC_INST_ID_, NAME_)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not index the process engine's variables: " + e.getMessage(), e);
        }
    }

    /**
     * The ids of one page of the filter's tasks in the order asked for, tasks created in the same millisecond by id
     * (as the task query's orderByTaskCreateTime, orderByProcessVariable and orderByTaskId).
     */
    List<String> page(TaskFilter filter, TaskOrder order, Instant now, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = where(filter, parameters);
        if (filter.assignee() != null) {
            where.append(" and T.ASSIGNEE_ = ?");
            parameters.add(filter.assignee());
        } else if (filter.unassigned()) {
            where.append(" and T.ASSIGNEE_ is null");
        }
        variableEquals(where, parameters, "queue", filter.queue());
        if (filter.deferral() == Deferral.DUE) {
            where.append(" and ").append(DUE);
            parameters.add(Timestamp.from(now));
        } else if (filter.deferral() == Deferral.DEFERRED) {
            where.append(" and T.FOLLOW_UP_DATE_ > ?");
            parameters.add(Timestamp.from(now));
        }
        boolean byProbability = order == TaskOrder.MOST_LIKELY || order == TaskOrder.LEAST_LIKELY;
        String orderBy = switch (order) {
            case OLDEST -> "T.CREATE_TIME_ asc";
            case NEWEST -> "T.CREATE_TIME_ desc";
            case MOST_LIKELY -> "P.DOUBLE_ desc, T.CREATE_TIME_ asc";
            case LEAST_LIKELY -> "P.DOUBLE_ asc, T.CREATE_TIME_ asc";
        };
        String sql = "select T.ID_ from " + prefix + "ACT_RU_TASK T join " + prefix + "ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_"
                + (byProbability ? " left join " + prefix + "ACT_RU_VARIABLE P on P.PROC_INST_ID_ = T.PROC_INST_ID_"
                + " and P.NAME_ = 'probability' and P.TASK_ID_ is null" : "")
                + where + " order by " + orderBy + ", T.ID_ asc offset ? rows fetch next ? rows only";
        parameters.add(first);
        parameters.add(max);
        List<String> ids = new ArrayList<>();
        query(sql, parameters, "Listing the inbox's open tasks", row -> ids.add(row.getString(1)));
        return ids;
    }

    InboxCounts count(TaskFilter filter, String user, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(user, Timestamp.from(now)));
        StringBuilder where = where(filter, parameters);
        String sql = "select QUEUE_,"
                + " sum(case when DUE_ = 1 and ASSIGNEE_ = ? then 1 else 0 end),"
                + " sum(case when DUE_ = 1 and ASSIGNEE_ is null then 1 else 0 end),"
                + " sum(DUE_), sum(1 - DUE_)"
                + " from (select T.ASSIGNEE_, case when " + DUE + " then 1 else 0 end as DUE_,"
                + " (select min(Q.TEXT_) from " + prefix + "ACT_RU_VARIABLE Q where Q.PROC_INST_ID_ = T.PROC_INST_ID_"
                + " and Q.NAME_ = 'queue' and Q.TASK_ID_ is null) as QUEUE_"
                + " from " + prefix + "ACT_RU_TASK T join " + prefix + "ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_"
                + where + ") OPEN_TASKS group by QUEUE_";
        Map<String, TabCounts> byQueue = new LinkedHashMap<>();
        query(sql, parameters, "Counting the inbox's open tasks", row -> byQueue.merge(row.getString(1) == null ? "" : row.getString(1),
                new TabCounts(row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)), TabCounts::plus));
        return new InboxCounts(byQueue);
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, String what, Row each) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) statement.setObject(i + 1, parameters.get(i));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) each.read(rows);
            }
        } catch (SQLException e) {
            throw new ProcessEngineException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** The process, its two steward tasks (or the filter's kind), active, and the filter's source and band. */
    private StringBuilder where(TaskFilter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where D.KEY_ = ? and T.SUSPENSION_STATE_ = 1");
        parameters.add(CamundaReviewWorkflow.PROCESS);
        if (filter.kind() == null) {
            where.append(" and T.TASK_DEF_KEY_ in (?, ?)");
            parameters.add(CamundaReviewWorkflow.TASK);
            parameters.add(CamundaReviewWorkflow.SECOND_APPROVAL);
        } else {
            where.append(" and T.TASK_DEF_KEY_ = ?");
            parameters.add(filter.kind() == TaskKind.REVIEW ? CamundaReviewWorkflow.TASK : CamundaReviewWorkflow.SECOND_APPROVAL);
        }
        variableEquals(where, parameters, "sourceCode", filter.sourceCode());
        variableEquals(where, parameters, "scoreBand", filter.scoreBand());
        return where;
    }

    /** As the task query's processVariableValueEquals for a string: a variable of the instance, not of a task. */
    private void variableEquals(StringBuilder where, List<Object> parameters, String name, String value) {
        if (value == null) return;
        where.append(" and exists (select 1 from ").append(prefix).append("ACT_RU_VARIABLE V where V.PROC_INST_ID_ = T.PROC_INST_ID_")
                .append(" and V.TASK_ID_ is null and V.NAME_ = ? and V.TEXT_ = ?)");
        parameters.add(name);
        parameters.add(value);
    }
}
