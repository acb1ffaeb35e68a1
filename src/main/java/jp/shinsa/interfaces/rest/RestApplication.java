package jp.shinsa.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API root. Versioned in the path so that clients can rely on it across releases. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Shinsa API",
            version = "1",
            description =
                "Review of AI vendor contracts against the METI AI contract checklist and the"
                    + " Digital Agency DS-920 guideline. Errors are application/problem+json"
                    + " (RFC 9457)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Enforce @RolesAllowed on resources, and parse multipart uploads (Jersey leaves both off).
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature,"
            + "org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
