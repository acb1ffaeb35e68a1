/**
 * The datasource (one JDBC URL switches H2 and PostgreSQL), Flyway migrations at startup, and JPA
 * converters.
 */
package jp.shinsa.infrastructure.persistence;
