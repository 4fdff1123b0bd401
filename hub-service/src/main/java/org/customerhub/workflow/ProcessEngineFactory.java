package org.customerhub.workflow;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded Camunda 7 engine on the hub's database. It gets the unwrapped pool, so it runs its own
 * transactions; hub writes and engine steps are kept consistent by idempotent steps (see ReviewDecisions and
 * ReviewService#startMissingProcesses) rather than one shared transaction.
 */
@Factory
public class ProcessEngineFactory {
    static final List<String> PROCESSES = List.of("bpmn/merge-review.bpmn", "dmn/merge-review-routing.dmn",
            "bpmn/mapping-approval.bpmn", "bpmn/cleansing-review.bpmn", "dmn/cleansing-routing.dmn",
            "bpmn/definition-approval.bpmn");
    private ProcessEngine engine;

    /** Eager: processes are deployed and the engine's schema is made at start, not at the first review. */
    @Context
    ProcessEngine processEngine(DataSource dataSource,
                                @Value("${hub.workflow.job-executor:true}") boolean jobExecutor,
                                @Value("${hub.workflow.engine-name:customer-hub}") String engineName,
                                @Value("${hub.workflow.database-schema:}") String databaseSchema,
                                MergeMastersDelegate mergeMasters, RecordNotAMatchDelegate recordNotAMatch,
                                ActivateMappingDelegate activateMapping, RejectMappingDelegate rejectMapping,
                                CleansingDelegates cleansing, DefinitionProcessBeans definitionBeans) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(engineName);
        if (!databaseSchema.isBlank()) {
            // the engine's tables live in this schema (Camunda wants the prefix to name it too)
            configuration.setDatabaseSchema(databaseSchema);
            configuration.setDatabaseTablePrefix(databaseSchema + ".");
        }
        configuration.setDataSource(DelegatingDataSource.unwrapDataSource(dataSource));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(jobExecutor);
        Map<Object, Object> beans = new HashMap<>(Map.of(
                "mergeMastersDelegate", mergeMasters,
                "recordNotAMatchDelegate", recordNotAMatch,
                "activateMappingDelegate", activateMapping,
                "rejectMappingDelegate", rejectMapping));
        beans.putAll(cleansing.beans());
        beans.putAll(definitionBeans.beans());
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment()
                .name("customer-hub-processes")
                .enableDuplicateFiltering(true);
        PROCESSES.forEach(deployment::addClasspathResource);
        deployment.deploy();
        return engine;
    }

    @Singleton
    RuntimeService runtimeService(ProcessEngine engine) {
        return engine.getRuntimeService();
    }

    @Singleton
    TaskService taskService(ProcessEngine engine) {
        return engine.getTaskService();
    }

    @Singleton
    RepositoryService repositoryService(ProcessEngine engine) {
        return engine.getRepositoryService();
    }

    @Singleton
    HistoryService historyService(ProcessEngine engine) {
        return engine.getHistoryService();
    }

    /** Closed before the connection pool, so that the engine's last flush still has a database (STACK.md). */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
