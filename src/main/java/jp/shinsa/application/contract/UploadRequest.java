package jp.shinsa.application.contract;

import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * A contract file to file under a new contract.
 *
 * @param fileName the name the uploader gave the file
 * @param content the PDF bytes
 * @param vendorOrganisationId the vendor company (ignored for suppliers: their own company)
 * @param title a title for the contract
 * @param model the procurement model the contract is reviewed under
 */
public record UploadRequest(
    String fileName,
    byte[] content,
    Long vendorOrganisationId,
    String title,
    ProcurementModel model) {}
