/**
 * Remediation as use cases: items proposed automatically when an analysis finishes (and moved to
 * "fixed in version N — verify" or reopened when a new version is judged), the officers' and
 * vendors' actions on an item with optimistic locking, and the dashboard figures.
 */
package jp.shinsa.application.remediation;
