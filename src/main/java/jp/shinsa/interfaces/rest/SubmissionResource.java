package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import jp.shinsa.application.analysis.AnalysisWorker;
import jp.shinsa.application.submission.ImportResult;
import jp.shinsa.application.submission.SelfAssessmentView;
import jp.shinsa.application.submission.SubmissionExport;
import jp.shinsa.application.submission.SubmissionService;
import jp.shinsa.domain.crosscheck.OutcomeDifference;
import jp.shinsa.infrastructure.packaging.SubmissionPackageReader;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Submission packages: suppliers export them, officers import and verify them. */
@Path("submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OFFICER", "SUPPLIER"})
public class SubmissionResource {

  public record DifferenceView(
      String itemId, String claimed, String judged, String direction, String reason) {
    static DifferenceView of(OutcomeDifference d) {
      return new DifferenceView(
          d.itemId(),
          d.claimed() == null ? null : d.claimed().outcome().name(),
          d.judged() == null ? null : d.judged().outcome().name(),
          d.direction().name(),
          d.judged() == null ? null : d.judged().reason());
    }
  }

  public record ComparisonView(
      long contractId,
      String analysisStatus,
      String packageSha256,
      int claimedItems,
      List<DifferenceView> differences) {
    static ComparisonView of(SelfAssessmentView v) {
      return new ComparisonView(
          v.contractId(),
          v.analysisStatus(),
          v.packageSha256(),
          v.claimedItems(),
          v.differences().stream().map(DifferenceView::of).toList());
    }
  }

  @Inject private SubmissionService service;
  @Inject private AnalysisWorker worker;

  @GET
  @Path("{contractId}/package")
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  @RolesAllowed({"SUPPLIER"})
  @Operation(
      summary = "Export the submission package of the supplier's own judged terms",
      description =
          "ZIP with manifest.json (SHA-256 of every file), submission.json, submission.pdf"
              + " (Japanese font embedded), the terms PDF and the evidence files of the answers of"
              + " the questionnaire given as ?questionnaire=ID (optional, addressed to the"
              + " supplier's company). 409 NOT_READY while the terms are being judged.")
  public Response export(
      @PathParam("contractId") long contractId, @QueryParam("questionnaire") Long questionnaire) {
    SubmissionExport export =
        QuestionnaireProblems.guard(() -> service.export(contractId, questionnaire));
    return Response.ok(export.zip(), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({"OFFICER"})
  @Operation(
      summary = "Import a supplier's submission package",
      description =
          "Multipart: file (the ZIP), title and dueDate (optional), questionnaire (optional: id of a"
              + " questionnaire already sent to the supplier, whose questions the answers must match)."
              + " The manifest is verified"
              + " (422 TAMPERED, MISSING_FILE, UNLISTED_FILE, UNSAFE_PATH, BAD_MANIFEST, NOT_A_ZIP,"
              + " BAD_CONTENT); answers become a SUBMITTED questionnaire from the supplier (422"
              + " UNKNOWN_QUESTION, EVIDENCE_TYPE_NOT_ALLOWED, 413 EVIDENCE_TOO_LARGE), the terms are"
              + " filed as a contract and judged by the portal. Nothing is stored if anything is"
              + " refused.")
  public Response importPackage(
      @FormParam("file") EntityPart file,
      @FormParam("title") String title,
      @FormParam("dueDate") String dueDate,
      @FormParam("questionnaire") String questionnaire) {
    if (file == null) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "MISSING_FILE", "The multipart field 'file' is required");
    }
    byte[] zip =
        QuestionnaireResource.read(file, SubmissionPackageReader.Limits.defaults().maxTotalBytes());
    LocalDate due = QuestionnaireResource.date(dueDate, "dueDate");
    Long into = questionnaireId(questionnaire);
    ImportResult result;
    try {
      result = QuestionnaireProblems.guard(() -> service.importPackage(zip, title, due, into));
    } catch (ProblemException e) {
      // In a package an answer to a question that does not exist is bad content, not a missing
      // resource of this URL.
      if ("UNKNOWN_QUESTION".equals(e.code())) {
        throw QuestionnaireProblems.unprocessable(e.code(), e.getMessage());
      }
      throw e;
    }
    if (!result.contractDuplicate()) {
      worker.wake();
    }
    return Response.status(Response.Status.CREATED).entity(result).build();
  }

  private static Long questionnaireId(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", "questionnaire must be a number");
    }
  }

  @GET
  @Path("imported/{questionnaireId}/comparison")
  @RolesAllowed({"OFFICER"})
  @Operation(
      summary = "Where the supplier's claimed outcomes differ from the portal's own judgment",
      description = "Differences appear once the enclosed terms are analysed (analysisStatus).")
  public ComparisonView comparison(@PathParam("questionnaireId") long questionnaireId) {
    return QuestionnaireProblems.guard(
        () -> ComparisonView.of(service.selfAssessment(questionnaireId)));
  }
}
