package jp.shinsa.interfaces.rest;

import jakarta.ws.rs.core.Response;

/** Thrown by resources to answer with a specific problem+json. */
public class ProblemException extends RuntimeException {

  private final Response.Status status;
  private final String code;

  public ProblemException(Response.Status status, String code, String detail) {
    super(detail);
    this.status = status;
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Problem problem() {
    return Problem.of(status, getMessage(), code);
  }
}
