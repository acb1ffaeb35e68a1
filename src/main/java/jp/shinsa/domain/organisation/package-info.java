/** Tenants: buyer agencies and vendor/supplier companies. */
package jp.shinsa.domain.organisation;
