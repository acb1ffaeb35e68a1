package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.StoredCatalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The checklist catalogue: read by everyone, replaced by administrators. */
@Path("catalogue")
@RequestScoped
@RolesAllowed({"ADMIN", "OFFICER", "VENDOR", "SUPPLIER"})
public class CatalogueResource {

  public record VersionView(
      String version,
      String effectiveDate,
      int items,
      String sha256,
      String loadedAt,
      String loadedBy,
      boolean active) {
    static VersionView of(StoredCatalogue c) {
      return new VersionView(
          c.getVersion(),
          c.getEffectiveDate().toString(),
          c.getItemCount(),
          c.getSha256(),
          c.getLoadedAt().toString(),
          c.getLoadedBy(),
          c.isActive());
    }
  }

  /** problem+json with every validation error and its location in the file. */
  public record CatalogueProblem(
      String type,
      String title,
      int status,
      String detail,
      String code,
      List<CatalogueError> errors) {}

  @Inject private CatalogueService catalogues;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The active catalogue in its file format (download, edit, upload as a new version)")
  public String active() {
    return catalogues.activeJson();
  }

  @GET
  @Path("versions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every catalogue version loaded, newest first")
  public List<VersionView> versions() {
    return catalogues.versions().stream().map(VersionView::of).toList();
  }

  @POST
  @RolesAllowed("ADMIN")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
  @Operation(
      summary = "Load a revised catalogue; it becomes active",
      description =
          "The whole file is validated; on any error nothing is loaded and 422 lists all errors.")
  public Response upload(byte[] body, @Context SecurityContext security) {
    try {
      StoredCatalogue stored = catalogues.upload(body, security.getUserPrincipal().getName());
      return Response.status(Response.Status.CREATED)
          .type(MediaType.APPLICATION_JSON)
          .entity(VersionView.of(stored))
          .build();
    } catch (CatalogueValidationException e) {
      return Response.status(422)
          .type(Problem.MEDIA_TYPE)
          .entity(
              new CatalogueProblem(
                  "urn:shinsa:problem:INVALID_CATALOGUE",
                  "Unprocessable Content",
                  422,
                  e.errors().size() + " problem(s) in the catalogue file; nothing was loaded",
                  "INVALID_CATALOGUE",
                  e.errors()))
          .build();
    }
  }
}
