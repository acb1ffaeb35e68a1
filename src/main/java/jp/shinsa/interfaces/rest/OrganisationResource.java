package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.shinsa.application.organisation.OrganisationService;
import jp.shinsa.domain.organisation.Organisation;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Organisations the caller may see. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "OFFICER", "VENDOR", "SUPPLIER"})
public class OrganisationResource {

  public record OrganisationView(long id, String code, String name, String nameEn, String kind) {
    static OrganisationView of(Organisation o) {
      return new OrganisationView(
          o.getId(), o.getCode(), o.getName(), o.getNameEn(), o.getKind().name());
    }
  }

  @Inject private OrganisationService organisations;

  @GET
  @Operation(
      summary = "Organisations visible to the caller (own organisation; officers also see vendors)")
  public List<OrganisationView> list() {
    return organisations.visible().stream().map(OrganisationView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One organisation, if visible to the caller (404 otherwise)")
  public OrganisationView get(@PathParam("id") long id) {
    return organisations
        .find(id)
        .map(OrganisationView::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    Response.Status.NOT_FOUND, "NOT_FOUND", "No such organisation"));
  }
}
