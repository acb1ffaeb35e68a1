package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import jp.shinsa.application.questionnaire.NewSelfAssessment;
import jp.shinsa.application.questionnaire.QuestionnaireService;
import jp.shinsa.domain.questionnaire.Questionnaire;
import jp.shinsa.interfaces.rest.QuestionnaireViews.QuestionnaireView;
import jp.shinsa.interfaces.rest.QuestionnaireViews.SummaryView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A supplier's self-assessments: the DS-920 questionnaire answered in advance for its own
 * organisation, to travel in a submission package. Created, completed and reopened here; read,
 * answered and given evidence through {@code /questionnaires/{id}} like any questionnaire. Only
 * suppliers of the organisation see one; everyone else gets 404.
 */
@Path("self-assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"SUPPLIER"})
public class SelfAssessmentResource {

  @Inject private QuestionnaireService service;
  @Inject private Clock clock;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "The caller's organisation's self-assessments")
  public List<SummaryView> list() {
    return QuestionnaireProblems.guard(
        () -> service.selfAssessments().stream().map(q -> SummaryView.of(q, false)).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a self-assessment (PREPARING) for the caller's own organisation",
      description =
          "Body: title, procurementModel (M1/M2/M3, the model the supplier will bid under),"
              + " highRisk {viewpoint code: option code} as the agency is expected to determine it"
              + " (GET /high-risk-sheet; an unanswered viewpoint counts as high-risk), extraItems"
              + " [catalogue item IDs, e.g. METI items], contractId (optional: the supplier's own"
              + " terms to cross-check the answers against). Answer it with PUT"
              + " /questionnaires/{id}/questions/{no}/answer and .../evidence, then POST"
              + " /self-assessments/{id}/complete. It is never sent; agencies see its answers only"
              + " in an imported submission package.")
  public Response create(JsonObject body, @Context UriInfo uri) {
    if (body == null) {
      throw QuestionnaireResource.bad("a JSON body is required");
    }
    NewSelfAssessment request =
        new NewSelfAssessment(
            QuestionnaireResource.str(body, "title"),
            QuestionnaireResource.model(QuestionnaireResource.str(body, "procurementModel")),
            QuestionnaireResource.highRisk(body),
            QuestionnaireResource.extraItems(body),
            QuestionnaireResource.contractId(body));
    QuestionnaireView view =
        QuestionnaireProblems.guard(() -> view(service.createSelfAssessment(request)));
    return Response.created(
            uri.getBaseUriBuilder().path("questionnaires").path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  @POST
  @Path("{id}/items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add catalogue items as optional questions while PREPARING: {items: [item IDs]}",
      description =
          "e.g. METI items the supplier also wants to evidence. 422 INVALID_QUESTION for an item"
              + " the questionnaire's catalogue version lacks or one already asked (nothing is"
              + " added then), 409 WRONG_STATUS once complete (reopen first).")
  public QuestionnaireView addItems(@PathParam("id") long id, JsonObject body) {
    if (body == null) {
      throw QuestionnaireResource.bad("a JSON body is required");
    }
    List<String> items = QuestionnaireResource.itemIds(body, "items");
    QuestionnaireResource.expectVersion(headers, service);
    return QuestionnaireProblems.guard(() -> view(service.addSelfAssessmentItems(id, items)));
  }

  @DELETE
  @Path("{id}/questions/{no}")
  @Operation(
      summary = "Drop an optional question while PREPARING",
      description =
          "A required question (one an agency would require under the model) stays: 422"
              + " INVALID_QUESTION.")
  public QuestionnaireView removeQuestion(@PathParam("id") long id, @PathParam("no") int no) {
    QuestionnaireResource.expectVersion(headers, service);
    return QuestionnaireProblems.guard(() -> view(service.removeSelfAssessmentQuestion(id, no)));
  }

  @POST
  @Path("{id}/complete")
  @Operation(
      summary = "Mark the self-assessment complete (every required question answered)",
      description =
          "Its answers are then what GET /submissions/{contractId}/package?questionnaire={id}"
              + " exports; each completion records the changed answers as a new round of their"
              + " exchange. 422 REQUIRED_UNANSWERED, 409 WRONG_STATUS.")
  public QuestionnaireView complete(@PathParam("id") long id) {
    QuestionnaireResource.expectVersion(headers, service);
    return QuestionnaireProblems.guard(() -> view(service.complete(id)));
  }

  @POST
  @Path("{id}/reopen")
  @Operation(summary = "Reopen a completed self-assessment to fix answers")
  public QuestionnaireView reopen(@PathParam("id") long id) {
    QuestionnaireResource.expectVersion(headers, service);
    return QuestionnaireProblems.guard(() -> view(service.reopen(id)));
  }

  @PUT
  @Path("{id}/contract")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cross-check the answers against the supplier's own judged terms",
      description =
          "Body: {contractId} of terms the supplier filed for self-assessment (null unlinks). The"
              + " contradictions are at GET /questionnaires/{id}/crosscheck.")
  public QuestionnaireView linkContract(@PathParam("id") long id, JsonObject body) {
    Long contractId = QuestionnaireResource.contractId(body);
    return QuestionnaireProblems.guard(
        () -> {
          Questionnaire q = service.require(id);
          if (!q.isSelfAssessment()) {
            throw new jp.shinsa.application.questionnaire.QuestionnaireNotFoundException();
          }
          service.linkContract(id, contractId);
          return view(service.require(id));
        });
  }

  private QuestionnaireView view(Questionnaire q) {
    return QuestionnaireView.of(q, service, clock.instant());
  }
}
