package jp.shinsa.infrastructure.packaging;

import java.time.LocalDate;

/**
 * An evidence file as an answer refers to it.
 *
 * @param path the file's path in the package (under evidence/)
 * @param fileName the original file name
 * @param mediaType detected media type
 * @param size size in bytes
 * @param sha256 hex SHA-256 of the content
 * @param periodFrom first day the evidence covers, or null
 * @param periodTo last day the evidence covers, or null
 */
public record EvidenceRef(
    String path,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    LocalDate periodFrom,
    LocalDate periodTo) {}
