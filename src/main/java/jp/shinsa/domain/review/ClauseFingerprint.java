package jp.shinsa.domain.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;

/**
 * Identifies the text of the clause a finding was about, independent of where the clause sits. The
 * text is NFKC-normalised and its whitespace removed before hashing so that re-extraction of the
 * same wording (different line breaks, full-width vs half-width digits, renumbering) keeps the
 * fingerprint, while any change to the words produces a new one. A finding without evidence
 * (MISSING) has the fingerprint of the word "none": the review then holds until some clause on the
 * point appears.
 *
 * @param value SHA-256 as 64 lowercase hex digits
 */
public record ClauseFingerprint(String value) {

  private static final String NONE_MARKER = "none";

  public ClauseFingerprint {
    Objects.requireNonNull(value, "fingerprint");
    if (!value.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a clause fingerprint is 64 lowercase hex digits");
    }
  }

  /** The fingerprint of a clause's text; blank text counts as no clause. */
  public static ClauseFingerprint ofClauseText(String clauseText) {
    if (clauseText == null || canonical(clauseText).isEmpty()) {
      return none();
    }
    return new ClauseFingerprint(sha256(canonical(clauseText)));
  }

  /**
   * The fingerprint of the clause a finding rests on: its first (most decisive) evidence clause,
   * looked up by normalised path. Falls back to the quoted sentence when the clause text is not at
   * hand, and to {@link #none()} for a finding without evidence.
   *
   * @param clauseTextByPath normalised text of a clause of the judged version by its path, or null
   */
  public static ClauseFingerprint ofFinding(
      ItemJudgment finding, Function<String, String> clauseTextByPath) {
    if (finding.evidence().isEmpty()) {
      return none();
    }
    Evidence decisive = finding.evidence().get(0);
    String text =
        decisive.clausePath() == null ? null : clauseTextByPath.apply(decisive.clausePath());
    return ofClauseText(text != null && !text.isBlank() ? text : decisive.quote());
  }

  /** The fingerprint of "no clause" (a MISSING finding). */
  public static ClauseFingerprint none() {
    return new ClauseFingerprint(sha256(NONE_MARKER));
  }

  public boolean isNone() {
    return equals(none());
  }

  static String canonical(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
