package jp.shinsa.domain.checklist;

/**
 * The three METI procurement models (METI AI contract checklist, use-case types 1–3; reference note
 * §3).
 */
public enum ProcurementModel {
  /** 汎用的AIサービス利用型: a general-purpose AI service on the vendor's standard terms. */
  M1,
  /** カスタマイズ型: a customised AI service built on a general-purpose model. */
  M2,
  /** 新規開発型: new development of an AI model or system. */
  M3
}
