package org.customerhub.workflows;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The engine the process tests run on: built in code, not from a {@code camunda.cfg.xml} beans file, the way the hub
 * builds its own, on an in-memory H2 database. The job executor is off, so timers fire only when a test executes
 * their job. The mock expression manager resolves {@code ${mergeMastersDelegate}} against {@link Mocks} instead of
 * a bean container.
 */
final class InMemoryEngine {
    private InMemoryEngine() {
    }

    static ProcessEngine named(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration.buildProcessEngine();
    }
}
