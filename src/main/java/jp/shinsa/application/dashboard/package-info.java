/** Figures for the dashboard, scoped to the caller's organisation. */
package jp.shinsa.application.dashboard;
