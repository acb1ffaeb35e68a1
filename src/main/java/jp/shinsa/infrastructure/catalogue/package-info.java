/**
 * Reading and writing the checklist catalogue and the model-clause library as JSON (Jakarta
 * JSON-P). The bundled files under {@code contracts-templates/} are the default; administrators can
 * download, edit and upload a catalogue, and these readers refuse any file that does not validate.
 */
package jp.shinsa.infrastructure.catalogue;
