package jp.shinsa.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.infrastructure.persistence.DatabaseUnavailable;

/**
 * Every error leaves the API as problem+json. Unexpected failures are logged with an incident id
 * that the response repeats, so support can find the stack trace without exposing it.
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  @Provider
  public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
      return e.problem().toResponse();
    }
  }

  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      return Problem.of(status, e.getMessage(), null).toResponse();
    }
  }

  @Provider
  public static class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), "INVALID_REQUEST")
          .toResponse();
    }
  }

  @Provider
  public static class ConstraintViolationMapper
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), "INVALID_REQUEST")
          .toResponse();
    }
  }

  @Provider
  public static class NotSignedInMapper
      implements ExceptionMapper<CurrentUser.NotSignedInException> {
    @Override
    public Response toResponse(CurrentUser.NotSignedInException e) {
      return Problem.of(Response.Status.UNAUTHORIZED, "Authentication required", null).toResponse();
    }
  }

  @Provider
  public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
      return Problem.of(
              Response.Status.CONFLICT,
              "The record was changed by someone else; reload and try again",
              "CONCURRENT_CHANGE")
          .toResponse();
    }
  }

  @Provider
  public static class FallbackMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof ProblemException pe) {
        return pe.problem().toResponse();
      }
      if (cause instanceof IllegalArgumentException iae) {
        return new IllegalArgumentMapper().toResponse(iae);
      }
      if (DatabaseUnavailable.isCauseOf(e)) {
        // Not a bug: the database is away (restart, failover). Nothing was stored; retry later.
        LOG.warning(() -> "event=api.database.unavailable error=" + e);
        return Response.fromResponse(
                Problem.of(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "The database is temporarily unavailable; nothing was saved. Try again"
                            + " shortly",
                        "DATABASE_UNAVAILABLE")
                    .toResponse())
            .header("Retry-After", "5")
            .build();
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "event=api.error incident=" + incident, e);
      return Problem.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              "Unexpected error; quote incident " + incident + " to support",
              "INTERNAL_ERROR")
          .toResponse();
    }
  }
}
