/**
 * Transparency in Coverage export: a contract's rates as the CMS in-network-rates JSON file
 * (schema v2.0.0, github.com/CMSgov/price-transparency-guide). Plain Java, no framework;
 * {@link com.payorcontracts.contract.service.transparency.InNetworkRatesWriter} is the entry point.
 */
package com.payorcontracts.contract.service.transparency;
