/**
 * Supplier submission packages: a supplier exports its self-assessment (judged terms, answers,
 * evidence) as a verifiable ZIP; an officer imports one, which loads the answers as a submitted
 * questionnaire and files the enclosed terms as a contract the portal judges itself, so that the
 * supplier's claimed outcomes can be compared with the portal's.
 */
package jp.shinsa.application.submission;
