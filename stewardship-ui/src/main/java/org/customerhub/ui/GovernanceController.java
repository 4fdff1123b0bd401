package org.customerhub.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.IsoTimes;
import org.customerhub.common.RequestRefused;
import org.customerhub.governance.DefinitionDiff;
import org.customerhub.governance.DefinitionKind;
import org.customerhub.governance.DefinitionView;
import org.customerhub.governance.DefinitionWorkflow;
import org.customerhub.governance.Definitions;
import org.customerhub.governance.MasterFlagging;
import org.customerhub.governance.RuleScopes;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The committee's pages: proposals and votes, definitions with their versions and diffs, impact previews, and the
 * glossary of approved definitions. Committee members act; admins may look.
 */
@Controller("/ui/governance")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GovernanceController {
    private final Definitions definitions;
    private final MasterFlagging flagging;

    public GovernanceController(Definitions definitions, MasterFlagging flagging) {
        this.definitions = definitions;
        this.flagging = flagging;
    }

    @Get
    public HttpResponse<?> proposals(HttpRequest<?> request, @Nullable @QueryValue String notice) {
        Principal reader = viewer(request);
        Map<String, Object> model = Pages.model(request);
        List<DefinitionView> open = definitions.inReview(reader);
        model.put("proposals", open.stream().map(p -> new Proposal(p, definitions.awaitsAction(reader, p))).toList());
        model.put("definitions", definitions.list(reader));
        model.put("kinds", DefinitionKind.wireNames());
        model.put("member", reader.has(Role.COMMITTEE));
        model.put("notice", notice);
        return Pages.page(request, "governance/proposals", model);
    }

    public record Proposal(DefinitionView version, boolean yourTurn) {
    }

    @Get("/glossary")
    public HttpResponse<?> glossary(HttpRequest<?> request) {
        Principal reader = viewer(request);
        Map<String, Object> model = Pages.model(request);
        model.put("definitions", definitions.list(reader).stream().filter(d -> d.inForceVersion() != null).toList());
        return Pages.page(request, "governance/glossary", model);
    }

    @Get("/definitions/{key}")
    public HttpResponse<?> definition(HttpRequest<?> request, String key, @Nullable @QueryValue Integer version,
                                      @Nullable @QueryValue Integer from, @Nullable @QueryValue Integer to,
                                      @Nullable @QueryValue String notice) {
        Principal reader = viewer(request);
        Map<String, Object> model = Pages.model(request);
        List<DefinitionView> versions = definitions.history(reader, key, Instant.now());
        DefinitionView shown = version == null ? versions.get(0)
                : versions.stream().filter(v -> v.version() == version).findFirst().orElseThrow(() -> RequestRefused.notFound("definition version", key + " v" + version));
        model.put("key", key);
        model.put("versions", versions);
        model.put("shown", shown);
        model.put("flags", DefinitionKind.fromWire(shown.kind()).map(DefinitionKind::flags).orElse(false));
        model.put("member", reader.has(Role.COMMITTEE));
        model.put("canVote", reader.has(Role.COMMITTEE) && shown.pendingVoters().contains(reader.name()));
        model.put("canDecide", reader.has(Role.COMMITTEE) && shown.awaitsChair() && reader.name().equals(definitions.settings().chair()));
        model.put("canPropose", reader.has(Role.COMMITTEE) && "DRAFT".equals(shown.status()) && shown.version() == versions.get(0).version());
        model.put("latest", versions.get(0));
        int diffTo = to != null ? to : shown.version();
        int diffFrom = from != null ? from : Math.max(1, diffTo - 1);
        if (versions.size() > 1 && diffFrom != diffTo) {
            DefinitionView a = versions.stream().filter(v -> v.version() == diffFrom).findFirst().orElse(null);
            DefinitionView b = versions.stream().filter(v -> v.version() == diffTo).findFirst().orElse(null);
            if (a != null && b != null) model.put("diff", DefinitionDiff.of(a, b));
        }
        model.put("facts", RuleScopes.reference());
        model.put("notice", notice);
        return Pages.page(request, "governance/definition", model);
    }

    @Get("/definitions/{key}/versions/{version}/impact")
    public HttpResponse<?> impact(HttpRequest<?> request, String key, int version) {
        Principal reader = viewer(request);
        Map<String, Object> model = Pages.model(request);
        model.put("impact", flagging.preview(reader, key, version));
        model.put("key", key);
        return Pages.page(request, "governance/impact", model);
    }

    @Post("/definitions/{key}/versions/{version}/vote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> vote(HttpRequest<?> request, String key, int version, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal member = Pages.require(request, Role.COMMITTEE);
        DefinitionWorkflow.Vote vote = voteOf(form.get("vote"));
        String back = "/ui/governance/definitions/" + key + "?version=" + version;
        DefinitionView after = definitions.vote(member, key, version, vote, form.get("comment"));
        return Pages.backWithNotice(back, "Your vote (" + vote.name().toLowerCase() + ") on " + key + " v" + version + " is recorded"
                + (after.inReview() ? "" : "; the version is now " + after.status().toLowerCase().replace('_', ' ')));
    }

    @Post("/definitions/{key}/versions/{version}/chair-decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, String key, int version, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal chair = Pages.require(request, Role.COMMITTEE);
        DefinitionView after = definitions.decideAsChair(chair, key, version, voteOf(form.get("vote")), form.get("comment"));
        return Pages.backWithNotice("/ui/governance/definitions/" + key + "?version=" + version,
                "Decided: " + key + " v" + version + " is " + after.status().toLowerCase().replace('_', ' '));
    }

    @Post("/definitions/{key}/revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revise(HttpRequest<?> request, String key, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal member = Pages.require(request, Role.COMMITTEE);
        String back = "/ui/governance/definitions/" + key;
        try {
            Definitions.Revision revision = definitions.revise(member, key, form.get("description"), normalise(form.get("body")));
            return Pages.backWithNotice(back + "?version=" + revision.version().version(), revision.changed()
                    ? "Saved as draft v" + revision.version().version() : "Nothing changed");
        } catch (RequestRefused refused) {
            return Pages.backWithNotice(back, "Not saved: " + refused.getMessage());
        }
    }

    @Post("/definitions/{key}/versions/{version}/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> propose(HttpRequest<?> request, String key, int version, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal member = Pages.require(request, Role.COMMITTEE);
        String back = "/ui/governance/definitions/" + key + "?version=" + version;
        String effective = Pages.given(form.get("effectiveFrom"));
        try {
            DefinitionView proposed = definitions.propose(member, key, version, effective == null ? null : IsoTimes.parse(effective));
            return Pages.backWithNotice(back, "Proposed: the committee votes until " + proposed.dueAt());
        } catch (DateTimeParseException e) {
            return Pages.backWithNotice(back, "Not proposed: the effective date must be " + IsoTimes.EXPECTED);
        } catch (RequestRefused refused) {
            return Pages.backWithNotice(back, "Not proposed: " + refused.getMessage());
        }
    }

    @Post("/definitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal member = Pages.require(request, Role.COMMITTEE);
        try {
            DefinitionView created = definitions.create(member, Pages.given(form.get("key")), form.get("kind"), form.get("description"),
                    normalise(form.get("body")));
            return Pages.backWithNotice("/ui/governance/definitions/" + created.key(), "Drafted v1 of " + created.key());
        } catch (RequestRefused refused) {
            return Pages.backWithNotice("/ui/governance", "Not saved: " + refused.getMessage());
        }
    }

    private static Principal viewer(HttpRequest<?> request) {
        Principal p = org.customerhub.security.Callers.of(request);
        if (!p.has(Role.COMMITTEE) && !p.has(Role.ADMIN)) throw RequestRefused.forbidden("The committee pages are for committee members (admins may look)");
        return p;
    }

    private static DefinitionWorkflow.Vote voteOf(String value) {
        if ("APPROVE".equals(value)) return DefinitionWorkflow.Vote.APPROVE;
        if ("REJECT".equals(value)) return DefinitionWorkflow.Vote.REJECT;
        throw RequestRefused.invalid("Invalid vote", List.of(new org.customerhub.common.Violation("vote", "must be APPROVE or REJECT")));
    }

    /** Browsers send text areas with CRLF line ends; definitions are stored with LF, so that versions diff cleanly. */
    private static String normalise(String body) {
        return body == null ? null : body.replace("\r\n", "\n");
    }
}
