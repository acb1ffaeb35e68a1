package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shinsa.application.questionnaire.NewQuestionnaire;
import jp.shinsa.application.questionnaire.QuestionnaireService;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.questionnaire.AnswerValue;
import jp.shinsa.domain.questionnaire.EvidenceFile;
import jp.shinsa.domain.questionnaire.OfficerDecision;
import jp.shinsa.domain.questionnaire.Questionnaire;
import jp.shinsa.interfaces.rest.QuestionnaireViews.CrossCheckView;
import jp.shinsa.interfaces.rest.QuestionnaireViews.EvidenceView;
import jp.shinsa.interfaces.rest.QuestionnaireViews.ExchangeEntryView;
import jp.shinsa.interfaces.rest.QuestionnaireViews.QuestionnaireView;
import jp.shinsa.interfaces.rest.QuestionnaireViews.SummaryView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Questionnaires: officers create, send, review and close them; vendor staff (and suppliers of the
 * same company) answer with evidence files. Another organisation's questionnaire answers 404.
 */
@Path("questionnaires")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OFFICER", "VENDOR", "SUPPLIER"})
public class QuestionnaireResource {

  @Inject private QuestionnaireService service;
  @Inject private Clock clock;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "Questionnaires the caller's organisation sent or received")
  public List<SummaryView> list() {
    return QuestionnaireProblems.guard(
        () ->
            service.list().stream()
                .map(q -> SummaryView.of(q, q.isOverdueAt(clock.instant())))
                .toList());
  }

  @GET
  @Path("overdue")
  @Operation(summary = "Reminders: questionnaires waiting for the vendor past their due date")
  public List<SummaryView> overdue() {
    return QuestionnaireProblems.guard(
        () -> service.overdue().stream().map(q -> SummaryView.of(q, true)).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"OFFICER"})
  @Operation(
      summary = "Create a questionnaire (DRAFT)",
      description =
          "Body: vendorOrganisationId, title, procurementModel (M1/M2/M3), dueDate (yyyy-mm-dd,"
              + " optional), highRisk {viewpoint code: option code} (GET /high-risk-sheet; an"
              + " unanswered viewpoint counts as high-risk), extraItems [catalogue item IDs, e.g."
              + " METI items], ownQuestions [{ja, en}]. The DS-920 items of the model are added;"
              + " baseline items and those the high-risk result brings in are required.")
  public Response create(JsonObject body, @Context UriInfo uri) {
    NewQuestionnaire request = newQuestionnaire(body);
    QuestionnaireView view = QuestionnaireProblems.guard(() -> view(service.create(request)));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One questionnaire with its questions and the answers the caller may see",
      description = "The buyer sees submitted answers only, never the vendor's drafts.")
  public QuestionnaireView get(@PathParam("id") long id) {
    return QuestionnaireProblems.guard(() -> view(service.require(id)));
  }

  @POST
  @Path("{id}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"OFFICER"})
  @Operation(summary = "Add an own question (DRAFT only): {ja, en, required}")
  public QuestionnaireView addQuestion(@PathParam("id") long id, JsonObject body) {
    expectVersion();
    LocalizedText text = new LocalizedText(str(body, "ja"), str(body, "en"));
    boolean required = body.getBoolean("required", true);
    return QuestionnaireProblems.guard(() -> view(service.addOwnQuestion(id, text, required)));
  }

  @DELETE
  @Path("{id}/questions/{no}")
  @RolesAllowed({"OFFICER"})
  @Operation(summary = "Remove a question (DRAFT only)")
  public QuestionnaireView removeQuestion(@PathParam("id") long id, @PathParam("no") int no) {
    expectVersion();
    return QuestionnaireProblems.guard(() -> view(service.removeQuestion(id, no)));
  }

  @POST
  @Path("{id}/send")
  @RolesAllowed({"OFFICER"})
  @Operation(summary = "Send the questionnaire to the vendor")
  public QuestionnaireView send(@PathParam("id") long id) {
    expectVersion();
    return QuestionnaireProblems.guard(() -> view(service.send(id)));
  }

  @PUT
  @Path("{id}/questions/{no}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"VENDOR", "SUPPLIER"})
  @Operation(
      summary = "Save a draft answer: {value: YES|NO|PARTLY|NOT_APPLICABLE, explanation}",
      description =
          "409 QUESTIONNAIRE_CLOSED after close, 404 UNKNOWN_QUESTION for a question the"
              + " questionnaire does not have.")
  public QuestionnaireView answer(
      @PathParam("id") long id, @PathParam("no") int no, JsonObject body) {
    expectVersion();
    AnswerValue value = answerValue(str(body, "value"));
    String explanation = str(body, "explanation");
    return QuestionnaireProblems.guard(
        () -> {
          service.saveAnswer(id, no, value, explanation);
          return view(service.require(id));
        });
  }

  @POST
  @Path("{id}/questions/{no}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({"VENDOR", "SUPPLIER"})
  @Operation(
      summary = "Attach an evidence file to an answer",
      description =
          "Multipart: file (PDF, PNG, JPEG, TXT, CSV, XLSX or DOCX, judged by content; 422"
              + " EVIDENCE_TYPE_NOT_ALLOWED otherwise, 413 EVIDENCE_TOO_LARGE above the limit),"
              + " periodFrom, periodTo (yyyy-mm-dd, optional).")
  public Response attach(
      @PathParam("id") long id,
      @PathParam("no") int no,
      @FormParam("file") EntityPart file,
      @FormParam("periodFrom") String periodFrom,
      @FormParam("periodTo") String periodTo) {
    expectVersion();
    if (file == null) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "MISSING_FILE", "The multipart field 'file' is required");
    }
    LocalDate from = date(periodFrom, "periodFrom");
    LocalDate to = date(periodTo, "periodTo");
    byte[] bytes = read(file, service.evidencePolicy().maxBytes());
    EvidenceFile stored =
        QuestionnaireProblems.guard(
            () ->
                service.attachEvidence(
                    id, no, file.getFileName().orElse("evidence"), bytes, from, to));
    return Response.status(Response.Status.CREATED).entity(EvidenceView.of(stored)).build();
  }

  @DELETE
  @Path("{id}/questions/{no}/evidence/{evidenceId}")
  @RolesAllowed({"VENDOR", "SUPPLIER"})
  @Operation(summary = "Remove an evidence file from an answer")
  public Response removeEvidence(
      @PathParam("id") long id, @PathParam("no") int no, @PathParam("evidenceId") long evidenceId) {
    expectVersion();
    QuestionnaireProblems.run(() -> service.removeEvidence(id, no, evidenceId));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/questions/{no}/exchange")
  @Operation(
      summary = "The full exchange on one question, oldest first",
      description =
          "Every submitted answer (round, value, explanation, evidence files with name, period and"
              + " SHA-256, who, when) and every officer decision (ACCEPTED or"
              + " CLARIFICATION_REQUESTED with the request text, who, when). Entries are only"
              + " appended: earlier rounds stay as they were. Drafts never appear here.")
  public List<ExchangeEntryView> exchange(@PathParam("id") long id, @PathParam("no") int no) {
    return QuestionnaireProblems.guard(
        () -> service.exchange(id, no).stream().map(ExchangeEntryView::of).toList());
  }

  @GET
  @Path("{id}/evidence/{evidenceId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an evidence file")
  public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
    EvidenceFile f = QuestionnaireProblems.guard(() -> service.evidence(id, evidenceId));
    byte[] bytes = f.bytes();
    return Response.ok(bytes, f.getMediaType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(
                        f.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .header("X-Content-SHA256", f.getSha256())
        .build();
  }

  @POST
  @Path("{id}/submit")
  @RolesAllowed({"VENDOR", "SUPPLIER"})
  @Operation(summary = "Submit the answers (every required question answered)")
  public QuestionnaireView submit(@PathParam("id") long id) {
    expectVersion();
    return QuestionnaireProblems.guard(() -> view(service.submit(id)));
  }

  @POST
  @Path("{id}/questions/{no}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"OFFICER"})
  @Operation(
      summary = "Accept an answer or ask for clarification",
      description = "Body: {decision: ACCEPTED|CLARIFICATION_REQUESTED, request: text}")
  public QuestionnaireView decide(
      @PathParam("id") long id, @PathParam("no") int no, JsonObject body) {
    expectVersion();
    OfficerDecision decision = decision(str(body, "decision"));
    String request = str(body, "request");
    return QuestionnaireProblems.guard(() -> view(service.decide(id, no, decision, request)));
  }

  @POST
  @Path("{id}/review-complete")
  @RolesAllowed({"OFFICER"})
  @Operation(
      summary = "End the review round: back to the vendor if clarification is asked, else ACCEPTED")
  public QuestionnaireView completeReview(@PathParam("id") long id) {
    expectVersion();
    return QuestionnaireProblems.guard(() -> view(service.completeReview(id)));
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed({"OFFICER"})
  @Operation(summary = "Close the questionnaire; nothing can change afterwards")
  public QuestionnaireView close(@PathParam("id") long id) {
    expectVersion();
    return QuestionnaireProblems.guard(() -> view(service.close(id)));
  }

  @PUT
  @Path("{id}/contract")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"OFFICER"})
  @Operation(
      summary = "Link one of the vendor's contracts to cross-check the answers against",
      description = "Body: {contractId} (null unlinks).")
  public QuestionnaireView linkContract(@PathParam("id") long id, JsonObject body) {
    Long contractId = contractId(body);
    return QuestionnaireProblems.guard(
        () -> {
          service.linkContract(id, contractId);
          return view(service.require(id));
        });
  }

  @GET
  @Path("{id}/crosscheck")
  @Operation(
      summary = "Contradictions between the answers and the linked contract",
      description =
          "Each with the vendor's answer, explanation and evidence files and the contract's"
              + " judged items with clause references and quotes. Empty until a contract is linked"
              + " and analysed.")
  public CrossCheckView crossCheck(@PathParam("id") long id) {
    return QuestionnaireProblems.guard(() -> CrossCheckView.of(service.crossCheck(id)));
  }

  /**
   * Optimistic locking for REST clients: an If-Match header with the questionnaire's version (the
   * "version" of its JSON) makes the change fail with 409 CONCURRENT_CHANGE if someone changed the
   * questionnaire since the client read it.
   */
  private void expectVersion() {
    expectVersion(headers, service);
  }

  static void expectVersion(HttpHeaders headers, QuestionnaireService service) {
    String ifMatch = headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return;
    }
    String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      service.expectVersion(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      throw bad("If-Match must carry the questionnaire's version number");
    }
  }

  private QuestionnaireView view(Questionnaire q) {
    return QuestionnaireView.of(q, service, clock.instant());
  }

  private static NewQuestionnaire newQuestionnaire(JsonObject body) {
    if (body == null) {
      throw bad("a JSON body is required");
    }
    if (!body.containsKey("vendorOrganisationId")
        || body.get("vendorOrganisationId").getValueType() != JsonValue.ValueType.NUMBER) {
      throw bad("vendorOrganisationId is required");
    }
    List<LocalizedText> own = new ArrayList<>();
    if (body.containsKey("ownQuestions")) {
      body.getJsonArray("ownQuestions")
          .getValuesAs(JsonObject.class)
          .forEach(o -> own.add(new LocalizedText(str(o, "ja"), str(o, "en"))));
    }
    return new NewQuestionnaire(
        body.getJsonNumber("vendorOrganisationId").longValue(),
        str(body, "title"),
        model(str(body, "procurementModel")),
        date(str(body, "dueDate"), "dueDate"),
        highRisk(body),
        extraItems(body),
        own);
  }

  /** The high-risk determination of a request body: {viewpoint code: option code}. */
  static Map<String, String> highRisk(JsonObject body) {
    Map<String, String> highRisk = new LinkedHashMap<>();
    if (body.get("highRisk") instanceof JsonObject hr) {
      hr.forEach(
          (k, v) -> {
            if (v instanceof JsonString s) {
              highRisk.put(k, s.getString());
            }
          });
    }
    return highRisk;
  }

  /** Further catalogue item IDs of a request body. */
  static List<String> extraItems(JsonObject body) {
    return itemIds(body, "extraItems");
  }

  /** A list of catalogue item IDs under {@code key}; absent means none. */
  static List<String> itemIds(JsonObject body, String key) {
    List<String> ids = new ArrayList<>();
    if (body.get(key) instanceof jakarta.json.JsonArray items) {
      items.forEach(
          v -> {
            if (v instanceof JsonString s) {
              ids.add(s.getString());
            } else {
              throw bad(key + " must be a list of catalogue item IDs");
            }
          });
    } else if (body.containsKey(key) && body.get(key).getValueType() != JsonValue.ValueType.NULL) {
      throw bad(key + " must be a list of catalogue item IDs");
    }
    return ids;
  }

  /** A contract id in a request body, or null when absent or null. */
  static Long contractId(JsonObject body) {
    return body != null
            && body.containsKey("contractId")
            && body.get("contractId").getValueType() == JsonValue.ValueType.NUMBER
        ? body.getJsonNumber("contractId").longValue()
        : null;
  }

  static String str(JsonObject o, String key) {
    return o != null && o.get(key) instanceof JsonString s ? s.getString() : null;
  }

  static LocalDate date(String s, String field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw bad(field + " must be a date like 2026-12-31");
    }
  }

  static ProcurementModel model(String s) {
    try {
      return s == null ? null : ProcurementModel.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad("procurementModel must be M1, M2 or M3");
    }
  }

  private static AnswerValue answerValue(String s) {
    try {
      return AnswerValue.valueOf(s == null ? "" : s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad("value must be YES, NO, PARTLY or NOT_APPLICABLE");
    }
  }

  private static OfficerDecision decision(String s) {
    try {
      return OfficerDecision.valueOf(s == null ? "" : s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad("decision must be ACCEPTED or CLARIFICATION_REQUESTED");
    }
  }

  static ProblemException bad(String detail) {
    return new ProblemException(Response.Status.BAD_REQUEST, "INVALID_REQUEST", detail);
  }

  /** Reads at most the limit plus one byte, so an oversize file is refused without buffering it. */
  static byte[] read(EntityPart part, long limit) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new ProblemException(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            "EVIDENCE_TOO_LARGE",
            "The file is larger than the limit of " + limit / (1024 * 1024) + " MB");
      }
      return bytes;
    } catch (IOException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST,
          "UNREADABLE",
          "The upload could not be read: " + e.getMessage());
    }
  }
}
