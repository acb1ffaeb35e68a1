package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import jp.shinsa.application.review.GapReportService;
import jp.shinsa.infrastructure.report.ReportFormat;
import jp.shinsa.infrastructure.report.ReportLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Gap and remediation report downloads. */
@Path("contracts/{id}/report")
@RequestScoped
@RolesAllowed({"OFFICER", "VENDOR", "SUPPLIER"})
public class ReportResource {

  @Inject private GapReportService reports;

  @GET
  @Operation(
      summary = "Gap and remediation report of a contract version",
      description =
          "format=pdf|csv|json, lang=ja|en, version=N (default: latest). The PDF embeds a Japanese"
              + " font; the CSV is UTF-8 with BOM; JSON times are UTC.")
  public Response report(
      @PathParam("id") long id,
      @QueryParam("format") @DefaultValue("pdf") String format,
      @QueryParam("lang") @DefaultValue("ja") String lang,
      @QueryParam("version") Integer version) {
    ReportFormat f;
    try {
      f = ReportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", "format must be pdf, csv or json");
    }
    if (!"ja".equals(lang) && !"en".equals(lang)) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", "lang must be ja or en");
    }
    ReportLanguage language = "ja".equals(lang) ? ReportLanguage.JA : ReportLanguage.EN;
    GapReportService.ReportFile file =
        ContractResource.guard(() -> reports.export(id, version, f, language));
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }
}
