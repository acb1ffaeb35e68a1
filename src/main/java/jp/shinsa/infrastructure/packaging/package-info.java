/**
 * The supplier's submission package: a ZIP with a manifest of SHA-256 hashes, the self-assessment
 * as JSON and as a PDF (Japanese font embedded), the supplier's terms and the evidence files. The
 * writer produces it; the reader verifies every byte against the manifest and either returns the
 * whole content or refuses with one specific {@link
 * jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem}, never part of it.
 */
package jp.shinsa.infrastructure.packaging;
