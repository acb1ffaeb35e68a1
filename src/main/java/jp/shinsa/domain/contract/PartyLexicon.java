package jp.shinsa.domain.contract;

import java.util.List;

/**
 * Role vocabulary for party detection, loaded from {@code contracts-templates/lexicon/parties.json}
 * so that new wording is added as data, not code.
 *
 * @param vendorRoleWords nouns that name the vendor side (受託者, Provider...)
 * @param buyerRoleWords nouns that name the buyer side (委託者, Customer...)
 * @param buyerOrganisationWords parts of a name that mark a public buyer (省, 庁, Ministry...)
 * @param organisationWords parts of a name that mark any organisation (株式会社, Inc...)
 * @param genericPartyLabels labels that say nothing about the role (甲, 乙...)
 * @param nonPartyLabels defined terms that are not parties (本契約, Services...)
 * @param vendorVerbs phrases that a vendor is the subject of (を提供, provide...)
 * @param buyerVerbs phrases that a buyer is the subject of (を委託, pay...)
 * @param termsOfServiceTitles titles that mark a terms-of-service document
 * @param termsOfServiceVendorLabels labels that mean the vendor in terms of service (当社, we...)
 * @param termsOfServiceBuyerLabels labels that mean the buyer in terms of service (利用者, you...)
 * @param buyerNameEndings endings that mark a public body's own name (横浜市, 千代田区, 〇〇県), unless the
 *     name is a company's (株式会社…都市)
 * @param firstPersonLabelPrefixes prefixes that make a short defined label the drafter speaking of
 *     itself (当省, 当市, 弊機構), which decides the we/you convention when its definition names a side
 */
public record PartyLexicon(
    List<String> vendorRoleWords,
    List<String> buyerRoleWords,
    List<String> buyerOrganisationWords,
    List<String> organisationWords,
    List<String> genericPartyLabels,
    List<String> nonPartyLabels,
    List<String> vendorVerbs,
    List<String> buyerVerbs,
    List<String> termsOfServiceTitles,
    List<String> termsOfServiceVendorLabels,
    List<String> termsOfServiceBuyerLabels,
    List<String> buyerNameEndings,
    List<String> firstPersonLabelPrefixes) {}
