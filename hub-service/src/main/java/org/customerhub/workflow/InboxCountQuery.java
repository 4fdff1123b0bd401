package org.customerhub.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.customerhub.stewardship.ReviewWorkflow.InboxCounts;
import org.customerhub.stewardship.ReviewWorkflow.TabCounts;
import org.customerhub.stewardship.ReviewWorkflow.TaskFilter;
import org.customerhub.stewardship.ReviewWorkflow.TaskKind;

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
 * All counts of the inbox in one grouped query over the engine's runtime tables: per routing queue, the open steward
 * tasks of each tab. The engine's task query counts one tab and one queue per query, each a pass over all open tasks
 * with a variable lookup per task; an inbox shows about ten such counts. The conditions are those of the task queries
 * in {@link CamundaReviewWorkflow#filtered}: the process, its two steward tasks, active; a process variable (not a
 * task-local one) equal to the filter's source, band and queue; due means no follow-up date or one not after now.
 * {@code InboxCountsTest} holds the two to the same figures.
 */
final class InboxCountQuery {
    private final DataSource dataSource;
    private final String prefix;

    InboxCountQuery(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.dataSource = configuration.getDataSource();
        this.prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    }

    InboxCounts count(TaskFilter filter, String user, Instant now) {
        List<Object> parameters = new ArrayList<>();
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
        String sql = "select QUEUE_,"
                + " sum(case when DUE_ = 1 and ASSIGNEE_ = ? then 1 else 0 end),"
                + " sum(case when DUE_ = 1 and ASSIGNEE_ is null then 1 else 0 end),"
                + " sum(DUE_), sum(1 - DUE_)"
                + " from (select T.ASSIGNEE_,"
                + " case when T.FOLLOW_UP_DATE_ is null or T.FOLLOW_UP_DATE_ <= ? then 1 else 0 end as DUE_,"
                + " (select min(Q.TEXT_) from " + prefix + "ACT_RU_VARIABLE Q where Q.PROC_INST_ID_ = T.PROC_INST_ID_"
                + " and Q.TASK_ID_ is null and Q.NAME_ = 'queue') as QUEUE_"
                + " from " + prefix + "ACT_RU_TASK T join " + prefix + "ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_"
                + where + ") OPEN_TASKS group by QUEUE_";
        Map<String, TabCounts> byQueue = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, user);
            statement.setTimestamp(2, Timestamp.from(now));
            for (int i = 0; i < parameters.size(); i++) statement.setString(i + 3, (String) parameters.get(i));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String queue = rows.getString(1) == null ? "" : rows.getString(1);
                    byQueue.merge(queue, new TabCounts(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)), TabCounts::plus);
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Counting the inbox's open tasks failed: " + e.getMessage(), e);
        }
        return new InboxCounts(byQueue);
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
