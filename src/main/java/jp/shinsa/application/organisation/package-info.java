/** Which organisations a caller may see and deal with. */
package jp.shinsa.application.organisation;
