package org.customerhub.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.common.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * The hub's own faults: logged with an incident id, answered without internals. Client mistakes never get here:
 * they are refused earlier with a 4xx.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
public class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        Throwable cause = exception;
        while (cause != null) {
            if (cause instanceof RequestRefused refused) return Problems.of(refused, request.getPath());
            cause = cause.getCause();
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {} on {} {}: {}", incident, request.getMethodName(), request.getPath(), Failures.describe(exception));
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The hub failed to process the request; incident " + incident, List.of(), request.getPath());
    }
}
