/**
 * The datasource (one JDBC URL switches H2 and PostgreSQL), Flyway migrations at startup, JPA
 * converters and EclipseLink tuning (batch reading).
 */
package jp.shinsa.infrastructure.persistence;
