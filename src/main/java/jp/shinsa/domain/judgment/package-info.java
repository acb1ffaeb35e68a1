/**
 * Judging a parsed contract against the checklist catalogue: sentence analysis (who is bound, with
 * which modality, what exceptions take back), detection knowledge loaded from data, and the
 * aggregation that turns per-sentence findings into one outcome per checklist item.
 */
package jp.shinsa.domain.judgment;
