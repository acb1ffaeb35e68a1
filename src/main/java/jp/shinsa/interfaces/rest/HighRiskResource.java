package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shinsa.application.questionnaire.HighRiskSheets;
import jp.shinsa.domain.checklist.HighRiskSheet;
import jp.shinsa.domain.checklist.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The DS-920 high-risk determination sheet an officer fills when creating a questionnaire, and a
 * supplier when it prepares a self-assessment the way it expects the agency to determine it.
 */
@Path("high-risk-sheet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OFFICER", "SUPPLIER"})
public class HighRiskResource {

  public record OptionView(
      String code, LocalizedText label, boolean highRisk, List<String> requires) {}

  public record ViewpointView(
      String code, LocalizedText title, LocalizedText question, List<OptionView> options) {}

  public record SheetView(
      String version,
      LocalizedText sourceNote,
      List<ViewpointView> viewpoints,
      List<String> requiredWhenHighRisk) {}

  @Inject private HighRiskSheets sheets;

  @GET
  @Operation(
      summary = "The high-risk determination sheet",
      description =
          "Four viewpoints, each answered with one option code; pass the answers as highRisk"
              + " {viewpoint: option} when creating a questionnaire.")
  public SheetView sheet() {
    HighRiskSheet s = sheets.current();
    return new SheetView(
        s.version(),
        s.sourceNote(),
        s.viewpoints().stream()
            .map(
                v ->
                    new ViewpointView(
                        v.code(),
                        v.title(),
                        v.question(),
                        v.options().stream()
                            .map(
                                o ->
                                    new OptionView(o.code(), o.label(), o.highRisk(), o.requires()))
                            .toList()))
            .toList(),
        s.requiredWhenHighRisk());
  }
}
