package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.shinsa.application.audit.AuditService;
import jp.shinsa.application.contract.ContractNotFoundException;
import jp.shinsa.application.remediation.ConcurrentChangeException;
import jp.shinsa.application.remediation.RemediationNotFoundException;
import jp.shinsa.application.remediation.RemediationService;
import jp.shinsa.domain.remediation.IllegalTransitionException;
import jp.shinsa.domain.remediation.Priority;
import jp.shinsa.domain.remediation.RemediationException;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationState;
import jp.shinsa.domain.review.ReviewException;
import jp.shinsa.interfaces.rest.RemediationViews.ItemView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Remediation items. Officers of the buyer run the workflow; vendor staff see the items of their
 * own organisation's contracts once sent, and answer. Another organisation's item is a 404.
 */
@Path("remediation-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OFFICER", "VENDOR", "SUPPLIER"})
public class RemediationResource {

  @Inject private RemediationService remediation;
  @Inject private AuditService audit;

  @GET
  @Operation(
      summary = "Remediation items the caller may see, newest contract first",
      description =
          "?contract=ID narrows to one contract, ?state=OPEN|IN_PROGRESS|... to one state. "
              + PageRequest.DESCRIPTION)
  public Response list(
      @QueryParam("contract") Long contractId,
      @QueryParam("state") String state,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("" + PageRequest.DEFAULT_LIMIT) int limit,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(offset, limit);
    RemediationState wanted = state(state);
    return guard(
        () ->
            page.response(
                remediation.page(contractId, wanted, page.offset(), page.size()).stream()
                    .map(ItemView::of)
                    .toList(),
                remediation.count(contractId, wanted),
                uri));
  }

  private static RemediationState state(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return RemediationState.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST,
          "INVALID_STATE",
          "state must be one of " + java.util.Arrays.toString(RemediationState.values()));
    }
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One item with its history and comment thread")
  public ItemView get(@PathParam("id") long id) {
    return guard(() -> ItemView.of(remediation.require(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("OFFICER")
  @Operation(
      summary = "Open an item by hand for a finding of the latest version",
      description = "Body: {contractId, itemId}. Gaps the policy covers are opened automatically.")
  public Response open(JsonObject body) {
    ItemView view =
        guard(
            () ->
                ItemView.of(
                    remediation.open(longOf(body, "contractId"), requiredText(body, "itemId"))));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move the item",
      description =
          "Body: {action, version, note, wording, approver}. action: SEND (to vendor), RETURN (the"
              + " vendor's proposal, note = reason), AGREE, VERIFY, WAIVE (note = justification,"
              + " approver = another officer), REOPEN (note = reason) for officers; PROPOSE (wording"
              + " required, note = message) for the vendor. version is the item version the caller"
              + " saw; a stale one gives 409 CONCURRENT_CHANGE naming who changed the item.")
  public ItemView transition(@PathParam("id") long id, JsonObject body) {
    String action = requiredText(body, "action").toUpperCase(Locale.ROOT);
    Long version = optionalLong(body, "version");
    String note = text(body, "note");
    return guard(
        () ->
            ItemView.of(
                switch (action) {
                  case "SEND" -> remediation.send(id, version, note);
                  case "RETURN" -> remediation.returnToVendor(id, version, note);
                  case "AGREE" -> remediation.agree(id, version, note);
                  case "VERIFY" -> remediation.verify(id, version, note);
                  case "WAIVE" -> remediation.waive(id, version, text(body, "approver"), note);
                  case "REOPEN" -> remediation.reopen(id, version, note);
                  case "PROPOSE" ->
                      remediation.proposeWording(id, version, note, text(body, "wording"));
                  default ->
                      throw new ProblemException(
                          Response.Status.BAD_REQUEST,
                          "INVALID_REQUEST",
                          "action must be SEND, RETURN, AGREE, VERIFY, WAIVE, REOPEN or PROPOSE");
                }));
  }

  @PUT
  @Path("{id}/plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("OFFICER")
  @Operation(
      summary = "Set owner, vendor contact, due date (yyyy-mm-dd) and priority (HIGH, MEDIUM, LOW)")
  public ItemView plan(@PathParam("id") long id, JsonObject body) {
    String due = text(body, "dueDate");
    String priority = text(body, "priority");
    return guard(
        () ->
            ItemView.of(
                remediation.plan(
                    id,
                    optionalLong(body, "version"),
                    text(body, "owner"),
                    text(body, "vendorContact"),
                    due == null || due.isBlank() ? null : LocalDate.parse(due.strip()),
                    priority == null || priority.isBlank()
                        ? null
                        : Priority.valueOf(priority.strip().toUpperCase(Locale.ROOT)))));
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add to the item's thread: {text, proposedWording}")
  public ItemView comment(@PathParam("id") long id, JsonObject body) {
    return guard(
        () ->
            ItemView.of(
                remediation.comment(id, text(body, "text"), text(body, "proposedWording"))));
  }

  @GET
  @Path("{id}/trail")
  @Operation(summary = "The audit-trail entries about this item, oldest first")
  public List<AuditResource.EntryView> trail(@PathParam("id") long id) {
    return guard(
        () -> {
          RemediationItem item = remediation.require(id);
          if (!remediation.isBuyerSide(item)) {
            throw new SecurityException("Only the buyer's officers read an item's trail");
          }
          return audit.about("remediation-item", String.valueOf(id)).stream()
              .map(AuditResource.EntryView::of)
              .toList();
        });
  }

  /** Maps the remediation and review rules' exceptions to problem+json. */
  static <T> T guard(Supplier<T> action) {
    try {
      return ContractResource.guard(action);
    } catch (RemediationNotFoundException | ContractNotFoundException e) {
      throw new ProblemException(Response.Status.NOT_FOUND, "NOT_FOUND", e.getMessage());
    } catch (ConcurrentChangeException e) {
      throw new ProblemException(Response.Status.CONFLICT, "CONCURRENT_CHANGE", e.getMessage());
    } catch (IllegalTransitionException e) {
      throw new ProblemException(Response.Status.CONFLICT, "ILLEGAL_TRANSITION", e.getMessage());
    } catch (RemediationException | ReviewException e) {
      throw new ContractResource.ProblemException422("RULE_VIOLATED", e.getMessage());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", "dates are written yyyy-mm-dd");
    }
  }

  static String text(JsonObject body, String key) {
    if (body == null) {
      return null;
    }
    JsonValue v = body.get(key);
    return v instanceof JsonString s ? s.getString() : null;
  }

  static String requiredText(JsonObject body, String key) {
    String s = text(body, key);
    if (s == null || s.isBlank()) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", "'" + key + "' is required");
    }
    return s.strip();
  }

  static Long optionalLong(JsonObject body, String key) {
    if (body == null) {
      return null;
    }
    JsonValue v = body.get(key);
    if (v instanceof JsonNumber n) {
      return n.longValue();
    }
    if (v instanceof JsonString s && s.getString().matches("\\d+")) {
      return Long.parseLong(s.getString());
    }
    return null;
  }

  static long longOf(JsonObject body, String key) {
    Long v = optionalLong(body, key);
    if (v == null) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", "'" + key + "' is required");
    }
    return v;
  }
}
