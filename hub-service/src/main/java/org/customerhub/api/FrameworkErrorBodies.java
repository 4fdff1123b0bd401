package org.customerhub.api;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.customerhub.common.Violation;

import java.util.List;
import java.util.Map;

/**
 * Errors the framework raises before a controller runs (unknown route, wrong method, body too large,
 * unsupported media type) get the same problem-details shape as the hub's own refusals.
 */
@Singleton
@Primary
public class FrameworkErrorBodies implements JsonErrorResponseBodyProvider<Map<String, Object>> {
    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<Violation> violations = context.getErrors().stream()
                .map(e -> new Violation(e.getPath().orElse(""), e.getMessage())).toList();
        String detail = context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        return Problems.body(status, status.getReason(), detail, violations.size() > 1 ? violations : List.of(),
                context.getRequest().getPath());
    }

    @Override
    public String contentType() {
        return Problems.MEDIA_TYPE;
    }
}
