package jp.shinsa.domain.checklist;

/**
 * A heading under which checklist items are shown ("IN-USE", "AUD", "DA-DATA", ...). Groups are
 * data so that a revised catalogue can add or drop headings without a code change.
 *
 * @param code stable group code that items refer to
 * @param source the instrument the heading belongs to
 * @param title heading, ja/en
 */
public record ChecklistGroup(String code, ItemSource source, LocalizedText title) {}
