package jp.shinsa.domain.checklist;

/** How far a checklist item applies under one procurement model. */
public enum Applicability {
  /** Core item for the model (● in the reference matrix). */
  CORE,
  /** Applies in part (○): judged, but gaps weigh less. */
  PARTIAL,
  /** Usually not applicable (–): not judged for the model. */
  NONE
}
