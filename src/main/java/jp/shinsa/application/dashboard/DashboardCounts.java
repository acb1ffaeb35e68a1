package jp.shinsa.application.dashboard;

/**
 * Figures on the dashboard, all scoped to the caller's organisation.
 *
 * @param organisationUsers people in the caller's organisation
 * @param visibleOrganisations organisations the caller deals with
 * @param contracts contracts the caller's organisation owns or is the vendor on
 * @param analysedVersions contract versions whose analysis has finished
 * @param openGaps findings that are MISSING, PARTIAL or UNFAVOURABLE on the latest versions
 */
public record DashboardCounts(
    long organisationUsers,
    long visibleOrganisations,
    long contracts,
    long analysedVersions,
    long openGaps) {}
