package jp.shinsa.domain.checklist;

/**
 * What a vendor can put forward to show it meets a Digital Agency DS-920 item (reference note
 * §2.3). A procurement officer asks for different things per kind, so the catalogue keeps them.
 */
public enum EvidenceKind {
  /** A vendor document or policy. */
  DOC,
  /** A third-party certification or registration (ISMAP, ISO/IEC 27001, SOC 2, ...). */
  CERT,
  /** A signed attestation or declaration. */
  ATT,
  /** A test or evaluation report. */
  TEST,
  /** A clause in the contract itself. */
  CON
}
