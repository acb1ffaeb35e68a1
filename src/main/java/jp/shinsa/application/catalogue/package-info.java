/** The checklist catalogue in force, and loading revised versions. */
package jp.shinsa.application.catalogue;
