package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import jp.shinsa.application.analysis.AnalysisWorker;
import jp.shinsa.application.contract.ContractNotFoundException;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.contract.UploadReceipt;
import jp.shinsa.application.contract.UploadRequest;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.infrastructure.pdf.IngestionLimits;
import jp.shinsa.infrastructure.pdf.InvalidContractFileException;
import jp.shinsa.infrastructure.pdf.PageRenderer;
import jp.shinsa.interfaces.rest.ContractViews.ClauseView;
import jp.shinsa.interfaces.rest.ContractViews.ContractView;
import jp.shinsa.interfaces.rest.ContractViews.FindingView;
import jp.shinsa.interfaces.rest.ContractViews.FindingsView;
import jp.shinsa.interfaces.rest.ContractViews.VersionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Contracts: upload, analysis status, clause tree and findings. */
@Path("contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OFFICER", "VENDOR", "SUPPLIER"})
public class ContractResource {

  public record UploadView(
      long contractId,
      long versionId,
      int versionNo,
      boolean duplicate,
      String sha256,
      String status) {}

  @Inject private ContractService contracts;
  @Inject private AnalysisWorker worker;
  @Inject private IngestionLimits limits;

  /** Response header of the page image: the resolution the page was really drawn at. */
  static final String RENDER_DPI_HEADER = "X-Shinsa-Render-Dpi";

  private final PageRenderer renderer = new PageRenderer();

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({"OFFICER", "SUPPLIER"})
  @Operation(
      summary = "Upload a contract PDF",
      description =
          "Multipart fields: file (PDF), vendorOrganisation (id of the vendor company; suppliers"
              + " omit it), title, procurementModel (M1 general-purpose AI service, M2 customised AI"
              + " service, M3 new AI development). The file is checked at once (422 problem+json with"
              + " a code such as NOT_PDF, ENCRYPTED, CORRUPT, TOO_MANY_PAGES; 413 TOO_LARGE) and then"
              + " analysed in the background: poll GET /contracts/{id}.")
  @APIResponse(responseCode = "202", description = "Stored and queued for analysis")
  @APIResponse(responseCode = "200", description = "The same file was already uploaded")
  public Response upload(
      @FormParam("file") EntityPart file,
      @FormParam("vendorOrganisation") String vendorOrganisation,
      @FormParam("title") String title,
      @FormParam("procurementModel") String procurementModel,
      @Context UriInfo uri) {
    if (file == null) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "MISSING_FILE", "The multipart field 'file' is required");
    }
    byte[] bytes = read(file);
    UploadReceipt receipt =
        guard(
            () ->
                contracts.upload(
                    new UploadRequest(
                        file.getFileName().orElse("contract.pdf"),
                        bytes,
                        parseId(vendorOrganisation),
                        title,
                        parseModel(procurementModel))));
    return accepted(receipt, uri);
  }

  @POST
  @Path("{id}/versions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Upload a revised file as the contract's next version")
  public Response uploadVersion(
      @PathParam("id") long id, @FormParam("file") EntityPart file, @Context UriInfo uri) {
    if (file == null) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "MISSING_FILE", "The multipart field 'file' is required");
    }
    byte[] bytes = read(file);
    UploadReceipt receipt =
        guard(() -> contracts.uploadVersion(id, file.getFileName().orElse("contract.pdf"), bytes));
    return accepted(receipt, uri);
  }

  @GET
  @Operation(
      summary = "Contracts of the caller's organisation (filed by it, or where it is the vendor)",
      description = "Newest first. " + PageRequest.DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "One page of contracts, each with its latest version",
      headers =
          @Header(
              name = PageRequest.TOTAL_COUNT_HEADER,
              description = "Number of contracts in all pages",
              schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ContractView.class)))
  @APIResponse(responseCode = "400", description = "offset below 0 or limit below 1")
  public Response list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("" + PageRequest.DEFAULT_LIMIT) int limit,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(offset, limit);
    return guard(
        () ->
            page.response(
                contracts.latestVersionsOfListed(page.offset(), page.size()).stream()
                    .map(v -> ContractView.of(v.getContract(), v))
                    .toList(),
                contracts.countListed(),
                uri));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One contract with its latest version's analysis status")
  public ContractView get(@PathParam("id") long id) {
    return guard(
        () -> {
          Contract c = contracts.require(id);
          return ContractView.of(c, contracts.latestVersion(id));
        });
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "Every version of the contract")
  public List<VersionView> versions(@PathParam("id") long id) {
    return guard(() -> contracts.versions(id).stream().map(VersionView::of).toList());
  }

  @GET
  @Path("{id}/clauses")
  @Operation(summary = "Clause tree of the latest version")
  public List<ClauseView> clauses(@PathParam("id") long id) {
    return guard(() -> ContractViews.tree(contracts.clauses(contracts.latestVersion(id).getId())));
  }

  @GET
  @Path("{id}/versions/{no}/clauses")
  @Operation(summary = "Clause tree of one version")
  public List<ClauseView> clauses(@PathParam("id") long id, @PathParam("no") int no) {
    return guard(
        () -> ContractViews.tree(contracts.clauses(contracts.requireVersion(id, no).getId())));
  }

  @GET
  @Path("{id}/findings")
  @Operation(
      summary = "Judged checklist items of the latest version",
      description =
          "For each applicable item: itemId, status (SATISFIED, PARTIAL, MISSING,"
              + " UNFAVOURABLE), severity, evidence[] (clauseRef as printed, page, quote), reason; plus"
              + " the procurement model and catalogue version used.")
  public FindingsView findings(@PathParam("id") long id) {
    return guard(() -> findingsOf(contracts.require(id), contracts.latestVersion(id)));
  }

  @GET
  @Path("{id}/versions/{no}/findings")
  @Operation(summary = "Judged checklist items of one version")
  public FindingsView findings(@PathParam("id") long id, @PathParam("no") int no) {
    return guard(() -> findingsOf(contracts.require(id), contracts.requireVersion(id, no)));
  }

  @GET
  @Path("{id}/versions/{no}/pages/{page}")
  @Produces("image/png")
  @Operation(summary = "One page of a version rendered as PNG (for the viewer); dpi 36..200")
  public Response page(
      @PathParam("id") long id,
      @PathParam("no") int no,
      @PathParam("page") int page,
      @jakarta.ws.rs.QueryParam("dpi") @jakarta.ws.rs.DefaultValue("110") int dpi) {
    PageRenderer.RenderedPage rendered =
        guard(
            () -> {
              try {
                return renderer.render(
                    contracts.content(contracts.requireVersion(id, no).getId()),
                    page,
                    Math.min(dpi, 200));
              } catch (IllegalArgumentException e) {
                throw new ProblemException(Response.Status.NOT_FOUND, "NOT_FOUND", e.getMessage());
              }
            });
    // Versions never change once stored, so the browser may keep the image. The viewer reads the
    // resolution header to place clause boxes: huge pages are drawn below the requested dpi.
    return Response.ok(rendered.png())
        .header("Cache-Control", "private, max-age=86400")
        .header(RENDER_DPI_HEADER, String.format(java.util.Locale.ROOT, "%.3f", rendered.dpi()))
        .build();
  }

  @GET
  @Path("{id}/versions/{no}/file")
  @Produces("application/pdf")
  @Operation(summary = "The original file of a version, byte for byte")
  public Response file(@PathParam("id") long id, @PathParam("no") int no) {
    ContractVersion v = guard(() -> contracts.requireVersion(id, no));
    byte[] pdf = contracts.content(v.getId());
    return Response.ok(pdf)
        .header(
            "Content-Disposition", "attachment; filename=\"contract-" + id + "-v" + no + ".pdf\"")
        .header("X-Content-SHA256", v.getSha256())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Path("{id}/rejudge")
  @RolesAllowed({"OFFICER", "SUPPLIER"})
  @Operation(summary = "Judge the latest version again under the active catalogue")
  public Response rejudge(@PathParam("id") long id) {
    guard(
        () -> {
          contracts.rejudge(id);
          return null;
        });
    worker.wake();
    return Response.accepted().build();
  }

  private FindingsView findingsOf(Contract c, ContractVersion v) {
    List<FindingView> findings =
        contracts.findings(v.getId()).stream().map(FindingView::of).toList();
    return new FindingsView(
        c.getId(),
        v.getVersionNo(),
        c.getProcurementModel().name(),
        v.getCatalogueVersion(),
        v.getStatus().name(),
        findings);
  }

  private Response accepted(UploadReceipt r, UriInfo uri) {
    if (!r.duplicate()) {
      worker.wake();
    }
    URI location =
        uri.getBaseUriBuilder().path("contracts").path(String.valueOf(r.contractId())).build();
    UploadView body =
        new UploadView(
            r.contractId(),
            r.versionId(),
            r.versionNo(),
            r.duplicate(),
            r.sha256(),
            r.duplicate() ? "DUPLICATE" : "QUEUED");
    return Response.status(r.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
        .location(location)
        .entity(body)
        .build();
  }

  /**
   * Reads at most the size limit plus one byte, so an oversize upload is refused without being
   * buffered whole.
   */
  private byte[] read(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (bytes.length > limits.maxBytes()) {
        throw new ProblemException(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            "TOO_LARGE",
            "The file is larger than the limit of " + limits.maxBytes() / (1024 * 1024) + " MB");
      }
      return bytes;
    } catch (IOException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST,
          "UNREADABLE",
          "The upload could not be read: " + e.getMessage());
    }
  }

  private static Long parseId(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", "vendorOrganisation must be a number");
    }
  }

  private static ProcurementModel parseModel(String s) {
    if (s == null || s.isBlank()) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST,
          "INVALID_REQUEST",
          "procurementModel is required: M1, M2 or M3");
    }
    try {
      return ProcurementModel.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "INVALID_REQUEST", "procurementModel must be M1, M2 or M3");
    }
  }

  /** Maps the application's exceptions to problem+json. */
  static <T> T guard(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (ContractNotFoundException e) {
      throw new ProblemException(Response.Status.NOT_FOUND, "NOT_FOUND", e.getMessage());
    } catch (SecurityException e) {
      throw new ProblemException(Response.Status.FORBIDDEN, "FORBIDDEN", e.getMessage());
    } catch (InvalidContractFileException e) {
      Response.Status status =
          e.getCode() == InvalidContractFileException.Code.TOO_LARGE
              ? Response.Status.REQUEST_ENTITY_TOO_LARGE
              : null;
      if (status == null) {
        throw new ProblemException422(e.getCode().name(), e.getMessage());
      }
      throw new ProblemException(status, e.getCode().name(), e.getMessage());
    }
  }

  /** 422 has no constant in Response.Status. */
  static final class ProblemException422 extends ProblemException {
    ProblemException422(String code, String detail) {
      super(Response.Status.BAD_REQUEST, code, detail);
    }

    @Override
    public Problem problem() {
      return new Problem(
          "urn:shinsa:problem:" + code(), "Unprocessable Content", 422, getMessage(), code());
    }
  }
}
