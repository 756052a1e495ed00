package com.payorcontracts.contract.service.transparency;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ProviderGroup;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ReportingPlan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes a contract's rates as a CMS Transparency in Coverage in-network-rates file (schema
 * v2.0.0), streamed so a fee schedule of any size never becomes a JSON tree in memory.
 *
 * <p>The provider group is written once under {@code provider_references} (id 1) and every rate
 * refers to it. {@code billing_code_type_version} is the year of {@code lastUpdatedOn}: the
 * CPT/HCPCS code set in force when the rates last changed. How lines become entries and prices
 * is {@link InNetworkItems}'s job. Stateless and thread-safe.
 */
public final class InNetworkRatesWriter {

    /** The schema version the file declares. */
    public static final String SCHEMA_VERSION = "2.0.0";

    /** CMS: a rate without an expiration date expires on 9999-12-31. */
    private static final String NO_EXPIRATION = "9999-12-31";
    private static final int PROVIDER_GROUP_ID = 1;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /**
     * Writes the file to {@code out} as UTF-8 and flushes it; {@code out} stays open. Nothing
     * is written when the source cannot make a valid file.
     *
     * @throws IllegalArgumentException when no line has a rate to report (the schema needs at
     *     least one), or a line's place of service is not one the schema accepts
     */
    public void write(InNetworkRatesSource source, OutputStream out) throws IOException {
        List<InNetworkItem> items = InNetworkItems.of(source);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no fee-schedule line has a rate above zero to report; "
                    + "a TiC in-network-rates file needs at least one");
        }
        String expirationDate = source.expirationDate() == null ? NO_EXPIRATION : source.expirationDate().toString();
        String codeSetVersion = String.valueOf(source.lastUpdatedOn().getYear());
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("reporting_entity_name", source.reportingEntityName());
            json.writeStringField("reporting_entity_type", source.reportingEntityType());
            if (source.plan() != null) {
                writePlan(json, source.plan());
            }
            json.writeStringField("last_updated_on", source.lastUpdatedOn().toString());
            json.writeStringField("version", SCHEMA_VERSION);
            writeProviderReferences(json, source);
            json.writeArrayFieldStart("in_network");
            for (InNetworkItem item : items) {
                writeItem(json, source, item, codeSetVersion, expirationDate);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writePlan(JsonGenerator json, ReportingPlan plan) throws IOException {
        json.writeStringField("plan_name", plan.planName());
        json.writeStringField("issuer_name", plan.issuerName());
        if (plan.planSponsorName() != null) {
            json.writeStringField("plan_sponsor_name", plan.planSponsorName());
        }
        json.writeStringField("plan_id_type", lowerCase(plan.planIdType()));
        json.writeStringField("plan_id", plan.planId());
        json.writeStringField("plan_market_type", lowerCase(plan.planMarketType()));
    }

    private static void writeProviderReferences(JsonGenerator json, InNetworkRatesSource source) throws IOException {
        ProviderGroup group = source.providerGroup();
        json.writeArrayFieldStart("provider_references");
        json.writeStartObject();
        json.writeNumberField("provider_group_id", PROVIDER_GROUP_ID);
        json.writeArrayFieldStart("network_name");
        for (String network : source.networkNames()) {
            json.writeString(network);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("provider_groups");
        json.writeStartObject();
        json.writeArrayFieldStart("npi");
        if (group.npis().isEmpty()) {
            json.writeNumber(0); // the schema's way of saying "no NPI"
        }
        for (long npi : group.npis()) {
            json.writeNumber(npi);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("tin");
        json.writeStringField("type", lowerCase(group.tinType()));
        json.writeStringField("value", group.tin());
        if (group.businessName() != null) {
            json.writeStringField("business_name", group.businessName());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeItem(JsonGenerator json, InNetworkRatesSource source, InNetworkItem item,
            String codeSetVersion, String expirationDate) throws IOException {
        String description = description(source, item.billingCode(), item.billingCodeType());
        json.writeStartObject();
        json.writeStringField("negotiation_arrangement", item.arrangement().json);
        json.writeStringField("name", description);
        json.writeStringField("billing_code_type", item.billingCodeType().name());
        json.writeStringField("billing_code_type_version", codeSetVersion);
        json.writeStringField("billing_code", item.billingCode());
        json.writeStringField("description", description);
        json.writeArrayFieldStart("negotiated_rates");
        json.writeStartObject();
        json.writeArrayFieldStart("provider_references");
        json.writeNumber(PROVIDER_GROUP_ID);
        json.writeEndArray();
        json.writeArrayFieldStart("negotiated_prices");
        for (NegotiatedPrice price : item.prices()) {
            writePrice(json, price, expirationDate);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        if (!item.bundledCodes().isEmpty()) {
            json.writeArrayFieldStart("bundled_codes");
            for (String code : item.bundledCodes()) {
                BillingCodeType type = BillingCodeType.of(code);
                json.writeStartObject();
                json.writeStringField("billing_code_type", type.name());
                json.writeStringField("billing_code_type_version", codeSetVersion);
                json.writeStringField("billing_code", code);
                json.writeStringField("description", description(source, code, type));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writePrice(JsonGenerator json, NegotiatedPrice price, String expirationDate)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("negotiated_type", price.type().json);
        json.writeNumberField("negotiated_rate", price.rate());
        json.writeStringField("expiration_date", expirationDate);
        json.writeStringField("billing_class", price.billingClass());
        json.writeStringField("setting", price.setting().json);
        if (price.serviceCodes() != null) {
            json.writeArrayFieldStart("service_code");
            for (String code : price.serviceCodes()) {
                json.writeString(code);
            }
            json.writeEndArray();
        }
        if (price.modifier() != null) {
            json.writeArrayFieldStart("billing_code_modifier");
            json.writeString(price.modifier());
            json.writeEndArray();
        }
        if (price.additionalInformation() != null) {
            json.writeStringField("additional_information", price.additionalInformation());
        }
        json.writeEndObject();
    }

    private static String description(InNetworkRatesSource source, String code, BillingCodeType type) {
        String description = source.codeDescriptions().get(code);
        return description == null || description.isBlank() ? type.name() + " code " + code : description;
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
