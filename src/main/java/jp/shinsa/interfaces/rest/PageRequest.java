package jp.shinsa.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * One page of a list resource: {@code offset} rows skipped, at most {@code size} rows. Lists that
 * grow with an organisation's history (contracts, remediation items) are read a page at a time, so
 * that a client asking for "everything" cannot make the node read tens of thousands of rows.
 *
 * @param offset rows to skip, 0 or more
 * @param size rows in the page, between 1 and {@link #MAX_LIMIT}
 */
record PageRequest(int offset, int size) {

  /** Rows in a page when the caller names no limit. */
  static final int DEFAULT_LIMIT = 100;

  /** The most rows a page holds; a larger limit is cut to it. */
  static final int MAX_LIMIT = 500;

  /** Response header: how many rows there are in all pages. */
  static final String TOTAL_COUNT_HEADER = "X-Total-Count";

  /** What the OpenAPI description of a paged list says about the parameters and headers. */
  static final String DESCRIPTION =
      "One page at a time: offset (rows to skip, default 0) and limit (default "
          + DEFAULT_LIMIT
          + ", at most "
          + MAX_LIMIT
          + "; a larger limit is cut to "
          + MAX_LIMIT
          + "). The body is the page as a JSON array; the header "
          + TOTAL_COUNT_HEADER
          + " gives the number of rows in all pages, and a Link header with rel=\"next\" names the"
          + " next page while there is one. 400 INVALID_PAGE for an offset below 0 or a limit below"
          + " 1.";

  /** The page asked for by the query parameters, or 400 INVALID_PAGE. */
  static PageRequest of(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST,
          "INVALID_PAGE",
          "offset must be 0 or more and limit 1 or more (at most " + MAX_LIMIT + ")");
    }
    return new PageRequest(offset, Math.min(limit, MAX_LIMIT));
  }

  /** The page as a JSON array, with the total and, while more rows follow, a link to the next. */
  Response response(List<?> page, long total, UriInfo uri) {
    Response.ResponseBuilder r = Response.ok(page).header(TOTAL_COUNT_HEADER, total);
    if ((long) offset + size < total) {
      r.link(
          uri.getRequestUriBuilder()
              .replaceQueryParam("offset", offset + size)
              .replaceQueryParam("limit", size)
              .build(),
          "next");
    }
    return r.build();
  }
}
