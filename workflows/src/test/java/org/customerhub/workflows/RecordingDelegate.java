package org.customerhub.workflows;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stands in for the hub's delegates in process tests: records what the process hands over and can fail on demand. */
final class RecordingDelegate implements JavaDelegate {
    private final List<Call> calls = new ArrayList<>();
    private int failuresLeft;

    record Call(String businessKey, Map<String, Object> variables) {
    }

    static final class Failed extends RuntimeException {
        Failed() {
            super("simulated failure of the hub service");
        }
    }

    void failNextCalls(int failures) {
        failuresLeft = failures;
    }

    List<Call> calls() {
        return calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.add(new Call(execution.getProcessBusinessKey(), new HashMap<>(execution.getVariables())));
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new Failed();
        }
    }
}
