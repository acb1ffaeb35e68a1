package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shinsa.application.dashboard.DashboardCounts;
import jp.shinsa.application.dashboard.DashboardService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.domain.identity.UserAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the caller is, and their dashboard figures. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "OFFICER", "VENDOR", "SUPPLIER"})
public class MeResource {

  public record MeView(
      String username,
      String displayName,
      long organisationId,
      String organisationCode,
      String organisationKind,
      List<String> roles) {}

  @Inject private CurrentUser currentUser;
  @Inject private DashboardService dashboard;

  @GET
  @Operation(summary = "The signed-in user, organisation and roles")
  public MeView me() {
    UserAccount a = currentUser.require();
    return new MeView(
        a.getUsername(),
        a.getDisplayName(),
        a.getOrganisation().getId(),
        a.getOrganisation().getCode(),
        a.getOrganisation().getKind().name(),
        a.getRoles().stream().map(Enum::name).sorted().toList());
  }

  @GET
  @Path("dashboard")
  @Operation(summary = "Dashboard figures scoped to the caller's organisation")
  public DashboardCounts dashboard() {
    return dashboard.counts();
  }
}
