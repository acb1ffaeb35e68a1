package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shinsa.application.audit.AuditService;
import jp.shinsa.domain.audit.AuditEntry;
import jp.shinsa.domain.audit.AuditVerification;

/** The administrator's view of the audit trail and its verification. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditService audit;

  private transient AuditVerification verification;
  private transient List<AuditEntry> entries;

  public void verify() {
    verification = audit.verify();
    entries = null;
    if (verification.intact()) {
      RemediationMessages.info("audit.intact", verification.entriesChecked());
    } else {
      var b = verification.firstBreak().get();
      RemediationMessages.error(
          "audit.broken", b.sequenceNumber(), b.problem().name(), b.message());
    }
  }

  public AuditVerification getVerification() {
    return verification;
  }

  public List<AuditEntry> getEntries() {
    if (entries == null) {
      entries = audit.latest(200);
    }
    return entries;
  }
}
