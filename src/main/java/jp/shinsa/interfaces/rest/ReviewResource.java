package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import jp.shinsa.application.review.ReviewService;
import jp.shinsa.application.review.ReviewedFinding;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.review.Review;
import jp.shinsa.domain.review.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Officers' reviews of findings. The root path is the full review path so that this class never
 * takes over requests meant for {@link ContractResource} (JAX-RS picks one root class by path).
 */
@Path("contracts/{id}/findings/{itemId}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OFFICER", "VENDOR", "SUPPLIER"})
public class ReviewResource {

  public record ReviewView(
      long id,
      String itemId,
      String decision,
      String engineOutcome,
      String overrideOutcome,
      String reason,
      String clausePath,
      String reviewer,
      String reviewedAt) {
    static ReviewView of(Review r) {
      return new ReviewView(
          r.getId(),
          r.getItemId(),
          r.getDecision().name(),
          r.getEngineOutcome().name(),
          r.getOverrideOutcome() == null ? null : r.getOverrideOutcome().name(),
          r.getReason(),
          r.getClausePath(),
          r.getReviewer(),
          r.getReviewedAt().toString());
    }
  }

  public record ReviewedFindingView(
      String itemId,
      String group,
      String engineOutcome,
      String effectiveOutcome,
      boolean overridden,
      String severity,
      List<ContractViews.EvidenceView> evidence,
      String reason,
      String reasonJa,
      ReviewView review,
      Long remediationItemId,
      String remediationState) {
    static ReviewedFindingView of(ReviewedFinding f) {
      return new ReviewedFindingView(
          f.itemId(),
          f.groupCode(),
          f.engineOutcome().name(),
          f.effectiveOutcome().name(),
          f.overridden(),
          f.severity() == null ? null : f.severity().name(),
          f.evidence().stream()
              .map(
                  e ->
                      new ContractViews.EvidenceView(
                          e.clauseRef(), e.clausePath(), e.page(), e.quote()))
              .toList(),
          f.judgment().reason(),
          f.judgment().reasonJa(),
          f.review() == null ? null : ReviewView.of(f.review()),
          f.remediation() == null ? null : f.remediation().getId(),
          f.remediation() == null ? null : f.remediation().getState().name());
    }
  }

  @Inject private ReviewService reviews;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("OFFICER")
  @Operation(
      summary = "Review a finding of the latest version (or of body.versionNo)",
      description =
          "Body: {decision: CONFIRMED|OVERRIDDEN|NOT_APPLICABLE, outcome (for OVERRIDDEN:"
              + " SATISFIED, PARTIAL, MISSING or UNFAVOURABLE), reason (required for OVERRIDDEN and"
              + " NOT_APPLICABLE), versionNo}. An override holds across re-judging and new versions"
              + " until the clause it was about changes.")
  public Response review(
      @PathParam("id") long id, @PathParam("itemId") String itemId, JsonObject body) {
    String decision = RemediationResource.requiredText(body, "decision");
    String outcome = RemediationResource.text(body, "outcome");
    Long versionNo = RemediationResource.optionalLong(body, "versionNo");
    Review review =
        RemediationResource.guard(
            () ->
                reviews.review(
                    id,
                    versionNo == null ? null : versionNo.intValue(),
                    itemId,
                    parse(ReviewDecision.class, decision, "decision"),
                    outcome == null || outcome.isBlank()
                        ? null
                        : parse(Outcome.class, outcome, "outcome"),
                    RemediationResource.text(body, "reason")));
    return Response.status(Response.Status.CREATED).entity(ReviewView.of(review)).build();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", field + " '" + value + "' is not known");
    }
  }
}
