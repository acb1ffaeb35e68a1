package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.review.ReviewService;
import jp.shinsa.interfaces.rest.ReviewResource.ReviewedFindingView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Findings with officers' reviews and remediation state applied. */
@Path("contracts/{id}/reviewed-findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OFFICER", "VENDOR", "SUPPLIER"})
public class ReviewedFindingsResource {

  @Inject private ReviewService reviews;
  @Inject private ContractService contracts;

  @GET
  @Operation(
      summary = "Findings of a version (?version=N, default latest) with reviews applied",
      description =
          "effectiveOutcome is the officer's outcome where a review applies (overridden=true for"
              + " an override), else the engine's; remediationState is the item's state, if any.")
  public List<ReviewedFindingView> reviewed(
      @PathParam("id") long id, @QueryParam("version") Integer version) {
    return RemediationResource.guard(
        () ->
            reviews
                .findings(
                    id, version == null ? contracts.latestVersion(id).getVersionNo() : version)
                .stream()
                .map(ReviewedFindingView::of)
                .toList());
  }
}
