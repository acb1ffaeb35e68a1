package jp.shinsa.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code code} is a stable machine-readable reason (e.g. NOT_PDF) so
 * that clients need not parse the human-readable detail.
 */
public record Problem(String type, String title, int status, String detail, String code) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Problem of(Response.StatusType status, String detail, String code) {
    return new Problem(
        code == null ? "about:blank" : "urn:shinsa:problem:" + code,
        status.getReasonPhrase(),
        status.getStatusCode(),
        detail,
        code);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
