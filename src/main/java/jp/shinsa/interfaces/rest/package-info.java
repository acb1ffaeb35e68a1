/**
 * The REST API under /api/v1: resources, JSON views and RFC 9457 problem+json error mapping.
 * Documented by MicroProfile OpenAPI at /openapi.
 */
package jp.shinsa.interfaces.rest;
