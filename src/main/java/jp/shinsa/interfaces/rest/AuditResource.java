package jp.shinsa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shinsa.application.audit.AuditService;
import jp.shinsa.domain.audit.AuditEntry;
import jp.shinsa.domain.audit.AuditVerification;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail for administrators: recent entries and verification of the hash chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AuditResource {

  /** Result of walking the chain; {@code firstBreak} is null when the trail is intact. */
  public record VerificationView(
      boolean intact, int entriesChecked, String headHash, BreakView firstBreak) {
    static VerificationView of(AuditVerification v) {
      return new VerificationView(
          v.intact(),
          v.entriesChecked(),
          v.headHash(),
          v.firstBreak()
              .map(b -> new BreakView(b.sequenceNumber(), b.problem().name(), b.message()))
              .orElse(null));
    }
  }

  public record BreakView(long sequenceNumber, String problem, String message) {}

  public record EntryView(
      long sequenceNumber,
      String at,
      String actor,
      String organisation,
      String action,
      String subjectType,
      String subjectId,
      String details,
      String previousHash,
      String hash) {
    public static EntryView of(AuditEntry e) {
      return new EntryView(
          e.getSequenceNumber(),
          e.getAt().toString(),
          e.getActor(),
          e.getOrganisation(),
          e.getAction(),
          e.getSubjectType(),
          e.getSubjectId(),
          e.getDetailsJson(),
          e.getPreviousHash(),
          e.getHash());
    }
  }

  @Inject private AuditService audit;

  @GET
  @Path("verify")
  @Operation(
      summary = "Verify the hash chain of the audit trail",
      description =
          "Walks every entry in sequence and reports the first one whose sequence number, link to"
              + " the previous entry or own hash does not hold (SEQUENCE_GAP, BROKEN_LINK,"
              + " HASH_MISMATCH).")
  public VerificationView verify() {
    return VerificationView.of(audit.verify());
  }

  @GET
  @Operation(summary = "The most recent audit entries, newest first")
  public List<EntryView> latest(@QueryParam("max") @DefaultValue("100") int max) {
    return audit.latest(Math.max(1, Math.min(max, 1000))).stream().map(EntryView::of).toList();
  }
}
