package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.household.HouseholdService;
import org.customerhub.mastering.GoldenValue;
import org.customerhub.mastering.MasterView;
import org.customerhub.mastering.MasteringService;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.time.Instant;
import java.util.List;

/** A household and its members, for stewards and admins. */
@Controller("/api/v1/households")
@ExecuteOn(TaskExecutors.BLOCKING)
public class HouseholdsController {
    private final HouseholdService households;
    private final MasteringService mastering;

    public HouseholdsController(HouseholdService households, MasteringService mastering) {
        this.households = households;
        this.mastering = mastering;
    }

    public record Member(String customerNumber, String givenName, String familyName, String dateOfBirth) {
    }

    public record HouseholdAnswer(String householdNumber, List<Member> members, Instant createdAt) {
    }

    @Get("/{number}")
    public HouseholdAnswer household(HttpRequest<?> request, String number) {
        Principal caller = Callers.of(request);
        if (!caller.has(Role.STEWARD) && !caller.has(Role.ADMIN)) throw org.customerhub.common.RequestRefused.forbidden("Households are read by stewards and admins");
        HouseholdService.HouseholdView view = households.view(number);
        List<Member> members = view.memberNumbers().stream().map(mastering::view).map(HouseholdsController::member).toList();
        return new HouseholdAnswer(view.householdNumber(), members, view.createdAt());
    }

    private static Member member(MasterView m) {
        return new Member(m.customerNumber(), value(m, "given_name"), value(m, "family_name"), value(m, "date_of_birth"));
    }

    private static String value(MasterView m, String attribute) {
        GoldenValue v = m.golden().get(attribute);
        return v == null ? null : v.value();
    }
}
