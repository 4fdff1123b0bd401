package org.customerhub.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.customerhub.common.RequestRefused;

/** A refused request becomes its problem details with the matching 4xx status. */
@Produces
@Singleton
@Requires(classes = {RequestRefused.class, ExceptionHandler.class})
public class RequestRefusedHandler implements ExceptionHandler<RequestRefused, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, RequestRefused exception) {
        return Problems.of(exception, request.getPath());
    }
}
